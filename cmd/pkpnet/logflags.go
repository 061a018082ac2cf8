package main

import (
	"fmt"
	"log/slog"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/pkpnet/pkpnet/logging"
)

// addLogFlags defines --log-level and --log-format.
func addLogFlags(f *pflag.FlagSet) {
	f.String("log-level", "info", "log level: debug, info, warn, error")
	f.String("log-format", "text", "log format on stderr: text or json (one object per line)")
}

// commandLogger builds the logger --log-level and --log-format ask for,
// writing to the command's stderr.
func commandLogger(cmd *cobra.Command) (*slog.Logger, error) {
	f := cmd.Flags()
	level, _ := f.GetString("log-level")
	format, _ := f.GetString("log-format")
	lv, err := logging.ParseLevel(level)
	if err != nil {
		return nil, fmt.Errorf("--log-level: %w", err)
	}
	log, err := logging.New(cmd.ErrOrStderr(), format, lv)
	if err != nil {
		return nil, fmt.Errorf("--log-format: %w", err)
	}
	return log, nil
}
