package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"ningbomap/app"
	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/importer"
)

// command is one sub-command: `ningbomap NAME ARGS...`. run returns nil, or an error
// made by fail with the exit status.
type command struct {
	name    string
	summary string // one line for the command list
	usage   string // synopsis lines, then a blank line and what the command does
	run     func(args []string) error
}

// commands lists the sub-commands in the order --help shows them. To add one, add an
// entry in init and its run function in a file of its own (cli/NAME.go). (The list is filled in init
// because the run functions print the list's own help texts.)
var commands []command

func init() {
	commands = []command{
		{
			name:    "check",
			summary: "validate data folders, layer files and files to import",
			usage: `ningbomap check [--encoding NAME] [--crs wgs84|gcj02|bd09] [PATH...]

Checks the embedded data (no PATH), data folders and layer files of the map's own schema,
tile files (MBTiles, PMTiles) and files to import (GeoJSON, KML, KMZ, GPX, CSV), and
prints every problem found as FILE: feature N (ID): FIELD: PROBLEM. It runs every check
loading and bundling run: photos are read to their header and costed, a folder's tile
file is opened and its first tiles decoded, every file is read within its budget. For a
file to import it also prints its format, its number of features and the text encoding
it was read in (--encoding chooses one), and warns of repaired geometry and characters
the embedded font lacks. Exits with 1 when it finds a problem (warnings alone do not
count), with 2 for an unknown --crs. --crs reads the files to import in a Chinese web
map's frame (gcj02: AMap, Tencent; bd09: Baidu) and checks their positions converted to
WGS 84.`,
			run: runCheck,
		},
		{
			name:    "render",
			summary: "draw the map (a place's card open) into a PNG picture",
			usage: `ningbomap render [--site ID] [--lang zh|en] [--size 1920x1080] [--scale 1]
                 [--data DIR] [--layer FILE]... [--encoding NAME] [--crs wgs84|gcj02|bd09]
                 [--basemap FILE.mbtiles|FILE.pmtiles [--basemap-crs wgs84|gcj02]] --out FILE.png

Draws the map as the window shows it, with the card of place ID open (the Ningbo overview
without --site), into a PNG file, without opening a window. --crs is the frame the --layer
files are in (gcj02: AMap, Tencent; bd09: Baidu). --basemap draws a tile package, raster
or vector (OpenMapTiles, Protomaps v4), under the map; --basemap-crs gcj02 shifts one cut
from a Chinese web map onto WGS 84. A file that is not one, or of which nothing can be
drawn, is an error (exit status 1). --size is at most 16,384 pixels a side and 16,777,216
in all, --scale from 0.25 to 8; --out may not be one of the files read, nor lie inside
--data (exit status 2).`,
			run: runRender,
		},
		{
			name:    "export",
			summary: "write the places and the tour as KML (Google Earth) or GeoJSON",
			usage: `ningbomap export --format kml|geojson [--lang zh|en] [--data DIR] [--crs wgs84|gcj02|bd09]
                 [--layer ID | --from FILE [--encoding NAME] [--from-crs wgs84|gcj02|bd09]] --out FILE

Writes the places, their cards and the guided tour as KML for Google Earth, or the places
(one data layer with --layer, an imported file with --from) as GeoJSON. The file written
is in WGS 84 (GPS, Google Earth, OpenStreetMap), or with --crs in the frame of the web map
that is to read it: gcj02 (AMap, Tencent) or bd09 (Baidu). --from-crs is the frame of the
--from file (an export of AMap or Baidu): export --from amap.csv --from-crs gcj02 writes
it in WGS 84.`,
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
       ningbomap stats --fleet FLEET [--since YYYY-MM-DD] [--kiosk ID] [--csv]

Prints a table of how often each place was opened and read, from the daily usage files
the map writes (no names of visitors: only counts). With --fleet, from every kiosk of
the fleet folder: per place over all kiosks, per kiosk, and in total (--kiosk: one
kiosk; --csv: kiosk × place rows with the totals, for a spreadsheet). Files and lines
it cannot read are listed on standard error; the rest is counted.`,
			run: runStats,
		},
		{
			name:    "publish",
			summary: "sign an exhibition and send it to every kiosk of a fleet",
			usage: `ningbomap publish [--data DIR] --fleet FLEET --key FILE

Checks the data folder as "ningbomap check" does (a folder with a problem is not
published), packs it as "ningbomap bundle" does, signs it with the fleet's private key
(ningbomap fleet keygen) and writes it into FLEET/publish/ as a new file named with the
time and the content's hash. Every kiosk of the fleet installs it and switches to it at
its next idle moment. Without --data: the user's exhibition folder.`,
			run: runPublish,
		},
		{
			name:    "fleet",
			summary: "a fleet of kiosks: keygen makes its key, status shows every kiosk",
			usage:   fleetUsage(),
			run:     runFleet,
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

// parseFlags parses args into fs. A non-nil error stops the command: with status 0
// after --help (printed to standard output), 2 for bad usage (the problem and the
// usage printed to standard error by the flag package).
func parseFlags(fs *flag.FlagSet, args []string) error {
	if wantsHelp(args) {
		fs.SetOutput(os.Stdout)
	}
	err := fs.Parse(args)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		return fail(exitOK, nil)
	}
	return fail(exitUsage, nil)
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

// language is the language --lang asks for, else fallback (a configuration's), else the
// locale's.
func language(flagValue, fallback string) (data.Lang, error) {
	for _, v := range []string{flagValue, fallback} {
		if v != "" {
			return app.ParseLanguage(v)
		}
	}
	return app.StartupLanguage(), nil
}

// encodingHelp describes the --encoding flag.
var encodingHelp = func() string {
	var names []string
	for _, c := range importer.Encodings()[1:] {
		names = append(names, c.Name)
	}
	return "text encoding of imported files: " + strings.Join(names, ", ") + " (also gbk, latin1; default: detected)"
}()

// crsHelp describes the --crs flags of files read.
const crsHelp = "coordinate frame of the files: wgs84 (GPS, OpenStreetMap, Google Earth; the default), " +
	"gcj02 (AMap, Tencent) or bd09 (Baidu)"

// parseFrame reads the value of frame flag name; an unknown frame is bad
// usage, naming the flag and the accepted values.
func parseFrame(name, value string) (crs.Frame, error) {
	f, err := crs.Parse(value)
	if err != nil {
		return f, fail(exitUsage, fmt.Errorf("--%s: %w", name, err))
	}
	return f, nil
}
