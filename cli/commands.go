package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit statuses of every command.
const (
	exitOK      = 0 // done
	exitProblem = 1 // a problem found (check), or the work failed
	exitUsage   = 2 // bad usage: unknown command or flag, missing argument
)

// command is one sub-command: `ningbomap NAME ARGS...`.
type command struct {
	name    string
	summary string // one line for the command list
	usage   string // synopsis lines, then a blank line and what the command does
	run     func(args []string) int
}

// commands lists the sub-commands in the order --help shows them. To add one, add an
// entry in init and its run function in a file of its own. (The list is filled in init
// because the run functions print the list's own help texts.)
var commands []command

func init() {
	commands = []command{
		{
			name:    "check",
			summary: "validate data folders, layer files and files to import",
			usage: `ningbomap check [--encoding NAME] [PATH...]

Checks the embedded data (no PATH), data folders and layer files of the map's own schema,
and files to import (GeoJSON, KML, KMZ, GPX, CSV), and prints every problem found as
FILE: feature N (ID): FIELD: PROBLEM. For a file to import it also prints its format, its
number of features and the text encoding it was read in (--encoding chooses one), and
warns of repaired geometry and characters the embedded font lacks. Exits with 1 when it
finds a problem (warnings alone do not count).`,
			run: runCheck,
		},
		{
			name:    "render",
			summary: "draw the map (a place's card open) into a PNG picture",
			usage: `ningbomap render [--site ID] [--lang zh|en] [--size 1920x1080] [--scale 1]
                 [--data DIR] [--layer FILE]... [--encoding NAME] [--basemap FILE.mbtiles|FILE.pmtiles]
                 --out FILE.png

Draws the map as the window shows it, with the card of place ID open (the Ningbo overview
without --site), into a PNG file, without opening a window. --basemap draws a tile
package under the map; a file that is not one is an error (exit status 1).`,
			run: runRender,
		},
		{
			name:    "export",
			summary: "write the places and the tour as KML (Google Earth) or GeoJSON",
			usage: `ningbomap export --format kml|geojson [--lang zh|en] [--data DIR]
                 [--layer ID | --from FILE [--encoding NAME]] --out FILE

Writes the places, their cards and the guided tour as KML for Google Earth, or the places
(one data layer with --layer, an imported file with --from) as GeoJSON.`,
			run: runExport,
		},
		{
			name:    "bundle",
			summary: "pack an exhibition (layers, photos, checksums) into one file",
			usage: `ningbomap bundle [--data DIR] --out FILE.zip

Packs the data folder's layer files, the photos its places use and a manifest with each
file's SHA-256 into one zip file, to carry to another kiosk; there, ningbomap --data
FILE.zip checks and installs it. Without --data: the user's exhibition folder.`,
			run: runBundle,
		},
		{
			name:    "stats",
			summary: "print how often each place was opened (the usage counts)",
			usage: `ningbomap stats [--since YYYY-MM-DD] [--dir DIR]

Prints a table of how often each place was opened and read, from the daily usage files
the map writes (no names of visitors: only counts).`,
			run: runStats,
		},
		{
			name:    "kiosk-pin",
			summary: "hash a staff PIN for the kiosk configuration file",
			usage: `ningbomap kiosk-pin

Reads a PIN (typed twice) and prints the line to put in the kiosk configuration file.`,
			run: runKioskPIN,
		},
		{
			name:    "help",
			summary: "explain a command: ningbomap help COMMAND",
			usage: `ningbomap help [COMMAND]

Explains COMMAND, or lists every command.`,
			run: runHelp,
		},
	}
}

// lookup returns the command called name.
func lookup(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

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
func runHelp(args []string) int {
	switch len(args) {
	case 0:
		printHelp(os.Stdout)
		return exitOK
	case 1:
		if c, ok := lookup(args[0]); ok {
			if c.name == "help" {
				fmt.Println(c.usage)
				return exitOK
			}
			return c.run([]string{"--help"})
		}
		return unknownCommand(args[0])
	}
	fmt.Fprintln(os.Stderr, "usage: ningbomap help [COMMAND]")
	return exitUsage
}

// unknownCommand reports a command that does not exist, naming the closest one.
func unknownCommand(name string) int {
	fmt.Fprintf(os.Stderr, "ningbomap: unknown command %q", name)
	if best := closest(name); best != "" {
		fmt.Fprintf(os.Stderr, "; did you mean %s?", best)
	}
	fmt.Fprintln(os.Stderr, "\nrun \"ningbomap --help\" for the list of commands")
	return exitUsage
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

// newFlags makes the flag set of command name ("" for the map window); its usage
// message is the command's explanation (the overview for the window) and its flags.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(strings.TrimSpace("ningbomap "+name), flag.ContinueOnError)
	fs.Usage = func() {
		if name == "" {
			printHelp(fs.Output())
			fmt.Fprintln(fs.Output(), "\nflags of the map window:")
		} else if c, ok := lookup(name); ok {
			fmt.Fprintf(fs.Output(), "usage: %s\n\nflags:\n", c.usage)
		}
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args into fs. When it returns false the command stops with the
// status given: 0 after --help (printed to standard output), 2 for bad usage (the
// problem and the usage printed to standard error).
func parseFlags(fs *flag.FlagSet, args []string) (int, bool) {
	if wantsHelp(args) {
		fs.SetOutput(os.Stdout)
	}
	err := fs.Parse(args)
	switch {
	case err == nil:
		return exitOK, true
	case errors.Is(err, flag.ErrHelp):
		return exitOK, false
	}
	return exitUsage, false
}

// wantsHelp reports whether args ask for help (-h, -help or --help before any "--").
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}
