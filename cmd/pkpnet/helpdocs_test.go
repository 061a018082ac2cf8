package main

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// The docs and the binary agree on flags. Checked convention:
//   - a doc names a command as `pkpnet <command path>` (or `./cmd/pkpnet
//     <command path>`) in an inline code span or a fenced code block, and
//     the flags that follow it in the same span or block line (a trailing
//     backslash continues the line) are that command's: each must be
//     listed by the command's --help (its own flags or the inherited ones);
//   - every flag of every visible command is named, as `--flag`, in some
//     doc (README.md or docs/*.md);
//   - --help shows each flag's value as one word (pflag takes a back-quoted
//     phrase of the usage as the value name).
func TestHelpMatchesDocs(t *testing.T) {
	docs := docFiles(t)
	helpFlags := map[string]map[string]bool{} // command path (without "pkpnet") -> flags its --help lists
	var cmds []*cobra.Command
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden || c.Name() == "completion" || c.Name() == "help" {
			return
		}
		cmds = append(cmds, c)
		flags := map[string]bool{}
		for _, line := range strings.Split(c.UsageString(), "\n") {
			m := helpFlagLine.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			flags[m[1]] = true
			if strings.Contains(strings.TrimSpace(m[2]), " ") {
				t.Errorf("%s --help: flag --%s shows the value name %q (a back-quoted phrase in its usage)", c.CommandPath(), m[1], strings.TrimSpace(m[2]))
			}
		}
		helpFlags[cmdKey(c)] = flags
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(rootCmd)

	// Flags the docs give a command must exist.
	mentioned := map[string]bool{}
	checked := 0
	for _, d := range docs {
		for _, seg := range d.segments {
			for _, f := range docFlag.FindAllStringSubmatch(seg.text, -1) {
				mentioned[f[1]] = true
			}
			for _, use := range commandUses(seg.text, helpFlags) {
				for _, f := range use.flags {
					checked++
					if !helpFlags[use.cmd][f] {
						t.Errorf("%s:%d: `pkpnet %s` has no flag --%s (its --help lists %v)", d.name, seg.line, use.cmd, f, sortedKeys(helpFlags[use.cmd]))
					}
				}
			}
		}
	}
	if checked < 60 {
		t.Fatalf("only %d documented command flags found: the doc parser is broken", checked)
	}
	t.Logf("%d flags given to documented commands, all in their --help", checked)
	// Every flag is documented somewhere.
	for _, c := range cmds {
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.Hidden || f.Name == "help" {
				return
			}
			if !mentioned[f.Name] {
				t.Errorf("%s --%s is named in no doc (README.md, docs/*.md)", c.CommandPath(), f.Name)
			}
		})
	}
}

var (
	// helpFlagLine matches a flag line of --help: "  -n, --name type   usage".
	helpFlagLine = regexp.MustCompile(`^\s+(?:-\w, )?--([a-z0-9][a-z0-9-]*)((?: ?\S+)*?)(?:\s{2,}|$)`)
	docFlag      = regexp.MustCompile(`(?:^|[^\w-])--([a-z0-9][a-z0-9-]*)`)
)

type docFile struct {
	name     string
	segments []segment
}

// segment is an inline code span or a (joined) line of a fenced code block.
type segment struct {
	line int
	text string
}

func docFiles(t *testing.T) []docFile {
	t.Helper()
	paths, err := filepath.Glob("../../docs/*.md")
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, "../../README.md")
	var out []docFile
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		d := docFile{name: strings.TrimPrefix(p, "../../")}
		sc := bufio.NewScanner(f)
		inBlock, cont, n := false, "", 0
		for sc.Scan() {
			n++
			line := sc.Text()
			if strings.HasPrefix(strings.TrimSpace(line), "```") {
				inBlock = !inBlock
				continue
			}
			if inBlock {
				if s, ok := strings.CutSuffix(strings.TrimRight(line, " "), `\`); ok {
					cont += s + " "
					continue
				}
				d.segments = append(d.segments, segment{n, cont + line})
				cont = ""
				continue
			}
			for _, span := range inlineCode.FindAllStringSubmatch(line, -1) {
				d.segments = append(d.segments, segment{n, span[1]})
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	if len(out) < 5 {
		t.Fatalf("found %d doc files", len(out))
	}
	return out
}

var inlineCode = regexp.MustCompile("`([^`]+)`")

type commandUse struct {
	cmd   string
	flags []string
}

// commandUses finds `pkpnet <command path> [args] [--flags]` in text: the
// longest known command path after each pkpnet word, and the flags up to
// the next pkpnet word or shell separator.
func commandUses(text string, known map[string]map[string]bool) []commandUse {
	var out []commandUse
	words := strings.Fields(text)
	for i := 0; i < len(words); i++ {
		if words[i] != "pkpnet" && !strings.HasSuffix(words[i], "/cmd/pkpnet") {
			continue
		}
		// "scope add|remove" names two commands.
		cmds, j := []string{""}, i+1
		for k := i + 1; k < len(words); k++ {
			var next []string
			for _, c := range cmds {
				for _, alt := range strings.Split(words[k], "|") {
					if _, ok := known[strings.TrimSpace(c+" "+alt)]; ok {
						next = append(next, strings.TrimSpace(c+" "+alt))
					}
				}
			}
			if len(next) != len(cmds)*len(strings.Split(words[k], "|")) {
				break
			}
			cmds, j = next, k+1
		}
		if cmds[0] == "" {
			continue // the project, not a command
		}
		var flags []string
		for ; j < len(words); j++ {
			w := words[j]
			if w == "pkpnet" || w == "#" || w == "|" || w == "&&" || w == ";" || w == "||" || strings.HasSuffix(w, "/cmd/pkpnet") {
				break
			}
			if m := docFlag.FindStringSubmatch(w); m != nil && strings.HasPrefix(strings.TrimLeft(w, "[("), "--") {
				flags = append(flags, m[1])
			}
		}
		for _, c := range cmds {
			out = append(out, commandUse{cmd: c, flags: flags})
		}
		i = j - 1
	}
	return out
}

func cmdKey(c *cobra.Command) string {
	return strings.TrimSpace(strings.TrimPrefix(c.CommandPath(), rootCmd.Name()))
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return slices.Clip(out)
}
