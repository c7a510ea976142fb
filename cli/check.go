package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/importer"
	"ningbomap/resources"
)

// runCheck validates files or folders (the embedded data when none is given) and prints
// every problem found. Folders and layer files of the map's own schema (a GeoJSON
// FeatureCollection with a "layer" member) are checked as data layers; any other file is
// checked as an import (GeoJSON, KML, KMZ, GPX, CSV), read in --encoding or the
// encoding detected, which is printed, and in the coordinate frame --crs names (its
// positions converted to WGS 84 and checked); warnings alone (a repaired geometry, a
// close guess of encoding) do not fail the check.
func runCheck(args []string) error {
	fs := newFlags("check")
	encoding := fs.String("encoding", "", encodingHelp)
	frameFlag := fs.String("crs", "", "files to import: "+crsHelp)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	args = fs.Args()
	enc, err := importer.ParseEncoding(*encoding)
	if err != nil {
		return fail(exitUsage, err)
	}
	frame, err := parseFrame("crs", *frameFlag)
	if err != nil {
		return err
	}
	var layerPaths []string
	failed := false
	for _, p := range args {
		if isDataLayer(p) {
			layerPaths = append(layerPaths, p)
			continue
		}
		l, err := importer.Load(p, importer.Options{Encoding: enc, CRS: frame})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
		warnings, problems := importer.Warnings(err)
		failed = failed || len(problems) > 0
		if l != nil {
			read := ""
			if l.CRS != crs.WGS84 {
				read = ", read in " + l.CRS.Title()
			}
			fmt.Printf("%s: %s, %d features, %d warnings, encoding %s%s\n", p, l.Format, len(l.Features), len(warnings), l.Encoding, read)
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
		return fail(exitProblem, nil) // every problem is printed above
	}
	return nil
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
