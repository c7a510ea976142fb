package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// printHelp writes the program's overview: the window's flags and the command list.
func printHelp(w io.Writer) {
	fmt.Fprint(w, `ningbomap: offline story map of Ningbo's grassroots Party building.

usage:
  ningbomap [--lang zh|en] [--size 1280x800] [--data DIR] [--view LON,LAT,ZOOM]
            [--layer FILE]... [--kiosk] [--config FILE]    open the map window
  ningbomap COMMAND [ARGS...]                              run a command, no window
  ningbomap --version                                      print version, commit, build date

commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
"ningbomap help COMMAND" or "ningbomap COMMAND --help" explains one.

exit status: 0 ok, 1 a problem found (check) or the work failed, 2 bad usage.
`)
}

// runHelp explains one command, or lists them all.
func runHelp(args []string) error {
	switch len(args) {
	case 0:
		printHelp(os.Stdout)
		return nil
	case 1:
		if c, ok := lookup(args[0]); ok {
			if c.name == "help" {
				fmt.Println(c.usage)
				return nil
			}
			return c.run([]string{"--help"})
		}
		return unknownCommand(args[0])
	}
	fmt.Fprintln(os.Stderr, "usage: ningbomap help [COMMAND]")
	return fail(exitUsage, nil)
}

// unknownCommand is the bad usage of a command that does not exist, naming the
// closest one.
func unknownCommand(name string) error {
	msg := fmt.Sprintf("unknown command %q", name)
	if best := closest(name); best != "" {
		msg += fmt.Sprintf("; did you mean %s?", best)
	}
	return fail(exitUsage, errors.New(msg+"\nrun \"ningbomap --help\" for the list of commands"))
}

// closest is the command name nearest to name, or "" when none is near enough (more
// than half of the name would have to change).
func closest(name string) string {
	best, bestD := "", len(name)/2+1
	for _, c := range commands {
		if d := distance(strings.ToLower(name), c.name); d < bestD ||
			(d == bestD && best == "" && strings.HasPrefix(c.name, name)) {
			best, bestD = c.name, d
		}
	}
	return best
}

// distance is the Levenshtein edit distance between a and b (bytes).
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
