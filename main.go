// Command ningbomap is an offline desktop map of Ningbo's grassroots Party-building
// stories. "ningbomap --help" lists its commands (see commands.go); exit statuses are
// 0 ok, 1 a problem found, 2 bad usage.
//
//	ningbomap --version
//	ningbomap help [COMMAND]
//	ningbomap [--lang zh|en] [--size 1280x800] [--data DIR] [--view LON,LAT,ZOOM]
//	ningbomap check [--encoding NAME] [PATH...]
//	ningbomap render [--site ID] [--lang zh|en] [--size 1920x1080] [--scale 1] --out FILE.png
//	ningbomap --kiosk [--config FILE]
//	ningbomap kiosk-pin
//	ningbomap stats [--since YYYY-MM-DD] [--dir DIR]
//	ningbomap export --format kml|geojson [--lang zh|en] [--layer ID | --from FILE [--encoding NAME]] --out FILE
//	ningbomap bundle [--data DIR] --out FILE.zip
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/paulmach/orb/geojson"

	"ningbomap/app"
	"ningbomap/data"
	"ningbomap/export"
	"ningbomap/importer"
	"ningbomap/kiosk"
	"ningbomap/resources"
	"ningbomap/tiles"
	"ningbomap/usage"
)

func main() {
	attachConsole()
	os.Exit(dispatch(os.Args[1:]))
}

// dispatch runs the command args name, or the map window when args start with a flag
// (or are empty), and returns the exit status.
func dispatch(args []string) int {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
			printVersion(os.Stdout)
			return exitOK
		}
		return runWindow(args)
	}
	if c, ok := lookup(args[0]); ok {
		return c.run(args[1:])
	}
	return unknownCommand(args[0])
}

func runWindow(args []string) int {
	fs := newFlags("")
	langFlag := fs.String("lang", "", "UI language: zh or en (default: from the locale)")
	size := fs.String("size", "1280x800", "initial window size, WIDTHxHEIGHT")
	dataDir := fs.String("data", "", "folder whose layers replace or extend the embedded ones, or a bundle FILE.zip to install and use")
	view := fs.String("view", "", "start at LON,LAT,ZOOM instead of the overview")
	kioskFlag := fs.Bool("kiosk", false, "run unattended: fullscreen, locked down, attract loop (needs a PIN in the config)")
	config := fs.String("config", "", "kiosk and tour configuration file (default: "+kiosk.DefaultPath()+")")
	basemap := fs.String("basemap", "", "tile package (MBTiles or PMTiles) to draw under the map (default: the configuration's basemap, else one in --data)")
	encoding := fs.String("encoding", "", "text encoding of the --layer files: "+encodingHelp)
	usageDir := fs.String("usage-dir", "", "folder for the daily usage counts (default: "+usage.DefaultDir()+"; - for none)")
	var layers []string
	fs.Func("layer", "show FILE (GeoJSON, KML, KMZ, GPX or CSV) as an extra layer; may be repeated", func(s string) error {
		layers = append(layers, s)
		return nil
	})
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	enc, err := importer.ParseEncoding(*encoding)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap:", err)
		return 2
	}
	opts := app.Options{Lang: app.StartupLanguage(), DataDir: dataFolder(*dataDir), UsageDir: *usageDir, Layers: layers,
		Basemap: *basemap, Encoding: enc}
	cfg, err := kiosk.Load(*config)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap:", err)
		return 2
	}
	cfg.Kiosk = cfg.Kiosk || *kioskFlag
	for _, w := range cfg.Warnings() {
		fmt.Fprintln(os.Stderr, "ningbomap: warning:", w)
	}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap:", err)
		if cfg.Kiosk {
			fmt.Fprintln(os.Stderr, "ningbomap: kiosk mode not started")
		}
		return 2
	}
	opts.Kiosk, opts.Config = cfg.Kiosk, cfg
	if *view != "" {
		v := &opts.View
		if n, err := fmt.Sscanf(*view, "%f,%f,%f", &v.Lon, &v.Lat, &v.Zoom); err != nil || n != 3 || v.Zoom <= 0 {
			fmt.Fprintf(os.Stderr, "ningbomap: --view %q: want LON,LAT,ZOOM\n", *view)
			return 2
		}
	}
	if opts.Lang, err = language(*langFlag, cfg.Lang); err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap:", err)
		return 2
	}
	if _, err := fmt.Sscanf(*size, "%fx%f", &opts.Width, &opts.Height); err != nil {
		fmt.Fprintf(os.Stderr, "ningbomap: --size %q: want WIDTHxHEIGHT\n", *size)
		return 2
	}
	if err := app.Run(opts); err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap:", err)
		return 1
	}
	return 0
}

// runCheck validates files or folders (the embedded data when none is given) and prints
// every problem found. Folders and layer files of the map's own schema (a GeoJSON
// FeatureCollection with a "layer" member) are checked as data layers; any other file is
// checked as an import (GeoJSON, KML, KMZ, GPX, CSV), read in --encoding or the
// encoding detected, which is printed; warnings alone (a repaired geometry, a close
// guess of encoding) do not fail the check.
func runCheck(args []string) int {
	fs := newFlags("check")
	encoding := fs.String("encoding", "", encodingHelp)
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	args = fs.Args()
	enc, err := importer.ParseEncoding(*encoding)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap check:", err)
		return 2
	}
	var layerPaths []string
	failed := false
	for _, p := range args {
		if isDataLayer(p) {
			layerPaths = append(layerPaths, p)
			continue
		}
		l, err := importer.Load(p, importer.Options{Encoding: enc})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
		warnings, problems := importer.Warnings(err)
		failed = failed || len(problems) > 0
		if l != nil {
			fmt.Printf("%s: %s, %d features, %d warnings, encoding %s\n", p, l.Format, len(l.Features), len(warnings), l.Encoding)
		}
	}
	if len(layerPaths) > 0 || len(args) == 0 {
		ds, err := data.LoadPaths(layerPaths...)
		warnGlyphs(ds)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			failed = true
		} else if len(args) == 0 {
			fmt.Println("ok: embedded data")
		} else {
			fmt.Println("ok:", strings.Join(layerPaths, " "))
		}
	}
	if failed {
		return 1
	}
	return 0
}

// warnGlyphs prints a warning for every character of the data that the embedded font
// lacks: it still shows when the machine has a font with it, but not on every machine.
func warnGlyphs(ds *data.Dataset) {
	if err := data.CheckGlyphs(ds, resources.HasRune); err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintln(os.Stderr, "warning:", line)
		}
	}
}

// isDataLayer reports whether p is a folder or a layer file of the map's own schema.
func isDataLayer(p string) bool {
	info, err := os.Stat(p)
	if err != nil {
		return false
	}
	if info.IsDir() {
		return true
	}
	if ext := strings.ToLower(filepath.Ext(p)); ext != ".geojson" && ext != ".json" {
		return false
	}
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	var top map[string]json.RawMessage
	if json.NewDecoder(f).Decode(&top) != nil {
		return false
	}
	_, ok := top["layer"]
	return ok
}

// runExport writes the places and the tour as KML (for Google Earth) or GeoJSON.
func runExport(args []string) int {
	fs := newFlags("export")
	format := fs.String("format", "kml", "kml (places, cards and the tour for Google Earth) or geojson (the places)")
	langFlag := fs.String("lang", "", "language of names and cards: zh or en (default: from the locale)")
	dataDir := fs.String("data", "", "folder whose layers replace or extend the embedded ones")
	out := fs.String("out", "", "file to write")
	layerID := fs.String("layer", "", "geojson: export this data layer (e.g. service) in the map's layer format")
	from := fs.String("from", "", "geojson: export this imported file (GeoJSON, KML, KMZ, GPX, CSV) as GeoJSON")
	encoding := fs.String("encoding", "", "with --from: "+encodingHelp)
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	enc, err := importer.ParseEncoding(*encoding)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap export:", err)
		return 2
	}
	if *out == "" {
		fmt.Fprintln(os.Stderr, "ningbomap export: --out FILE is required")
		return 2
	}
	// The output is written whole or not at all, after every input was read, and never
	// over one of them.
	inputs := export.Sources(*dataDir, *from)
	if err := export.CheckOutput(*out, inputs...); err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap export:", err)
		return 2
	}
	lang, err := language(*langFlag, "")
	if err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap export:", err)
		return 2
	}
	ds, err := app.LoadData(*dataDir)
	if ds == nil {
		fmt.Fprintln(os.Stderr, "ningbomap export:", err)
		return 1
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err) // problems of some places; the others export
		err = nil
	}
	var fill func(io.Writer) error
	switch *format {
	case "kml":
		fill = func(w io.Writer) error { return export.KML(w, ds, lang) }
	case "geojson":
		var fc *geojson.FeatureCollection
		switch {
		case *from != "":
			l, lerr := importer.Load(*from, importer.Options{Encoding: enc})
			if l != nil {
				if lerr != nil {
					fmt.Fprintln(os.Stderr, lerr)
				}
				fc = export.ImportedLayer(l)
			} else {
				err = lerr
			}
		case *layerID != "":
			if l := ds.Layer(*layerID); l != nil {
				fc = export.DataLayer(l)
			} else {
				err = fmt.Errorf("no layer %q", *layerID)
			}
		default:
			fc = export.Places(ds)
		}
		fill = func(w io.Writer) error { return export.GeoJSON(w, fc) }
	default:
		err = fmt.Errorf("unknown format %q: want kml or geojson", *format)
	}
	if err == nil {
		err = export.WriteFile(*out, inputs, fill)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap export:", err)
		return 1
	}
	return 0
}

// runRender draws the map with a place's card open into a PNG, without a window.
func runRender(args []string) int {
	fs := newFlags("render")
	site := fs.String("site", "", "id of the place whose card is open (default: the Ningbo overview)")
	langFlag := fs.String("lang", "", "language: zh or en (default: from the locale)")
	size := fs.String("size", "1920x1080", "picture size in pixels, WIDTHxHEIGHT")
	scale := fs.Float64("scale", 1, "pixels per unit: 2 draws text and lines twice as sharp")
	dataDir := fs.String("data", "", "folder whose layers replace or extend the embedded ones")
	basemap := fs.String("basemap", "", "tile package (MBTiles or PMTiles) to draw under the map (default: one in --data)")
	encoding := fs.String("encoding", "", "text encoding of the --layer files: "+encodingHelp)
	out := fs.String("out", "", "PNG file to write")
	var layers []string
	fs.Func("layer", "draw FILE (GeoJSON, KML, KMZ, GPX or CSV) as an extra layer; may be repeated", func(s string) error {
		layers = append(layers, s)
		return nil
	})
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	if *out == "" {
		fmt.Fprintln(os.Stderr, "ningbomap render: --out FILE.png is required")
		return 2
	}
	if err := export.CheckOutput(*out, append(append([]string{}, layers...), *basemap)...); err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap render:", err)
		return 2
	}
	enc, err := importer.ParseEncoding(*encoding)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap render:", err)
		return 2
	}
	opts := app.PictureOptions{Site: *site, Scale: float32(*scale), Layers: layers, Basemap: *basemap, Encoding: enc}
	if opts.Basemap == "" && *dataDir != "" {
		p, err := tiles.Find(*dataDir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "ningbomap render:", err)
			return 1
		}
		opts.Basemap = p
	}
	if opts.Lang, err = language(*langFlag, ""); err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap render:", err)
		return 2
	}
	if _, err := fmt.Sscanf(*size, "%dx%d", &opts.Width, &opts.Height); err != nil {
		fmt.Fprintf(os.Stderr, "ningbomap render: --size %q: want WIDTHxHEIGHT\n", *size)
		return 2
	}
	ds, err := app.LoadData(*dataDir)
	if ds == nil {
		fmt.Fprintln(os.Stderr, "ningbomap render:", err)
		return 1
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	img, err := app.RenderPicture(ds, opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap render:", err)
		return 1
	}
	if err := app.SavePNG(img, *out); err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap render:", err)
		return 1
	}
	return 0
}

// runStats prints the usage counts per place.
func runStats(args []string) int {
	var names func(string) string
	if ds, _ := data.LoadEmbedded(); ds != nil {
		names = func(id string) string {
			if s := ds.Site(id); s != nil {
				return s.Name.Zh + " " + s.Name.En
			}
			return ""
		}
	}
	if wantsHelp(args) {
		c, _ := lookup("stats")
		fmt.Printf("usage: %s\n\nflags:\n", c.usage)
		usage.RunStats([]string{"--help"}, os.Stdout, os.Stdout, nil)
		return exitOK
	}
	if err := usage.RunStats(args, os.Stdout, os.Stderr, names); err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap:", err)
		return exitUsage
	}
	return exitOK
}

// runKioskPIN reads a staff PIN and prints its hash for the kiosk configuration.
func runKioskPIN(args []string) int {
	if len(args) > 0 {
		c, _ := lookup("kiosk-pin")
		if wantsHelp(args) {
			fmt.Printf("usage: %s\n", c.usage)
			return exitOK
		}
		fmt.Fprintf(os.Stderr, "ningbomap kiosk-pin: unexpected argument %q\nusage: %s\n", args[0], c.usage)
		return exitUsage
	}
	if err := kiosk.RunHashPIN(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap kiosk-pin:", err)
		return exitProblem
	}
	return exitOK
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
