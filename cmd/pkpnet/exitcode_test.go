package main

import (
	"errors"
	"fmt"
	"testing"

	"github.com/pkpnet/pkpnet/client"
)

func TestExitCode(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want int
	}{
		{&client.RequestError{Msg: "request refused by 3 of 3 nodes", Refused: true}, exitRefused},
		{fmt.Errorf("exec: %w", &client.RequestError{Msg: "refused", Refused: true}), exitRefused},
		{&client.RequestError{Msg: "not enough nodes"}, exitFailure},
		{errors.New("open action.js: no such file"), exitFailure},
	} {
		if got := exitCode(tc.err); got != tc.want {
			t.Errorf("exitCode(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}
