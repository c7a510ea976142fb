package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"ningbomap/budget"
	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/importer"
	"ningbomap/resources"
	"ningbomap/tiles"
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
		if isTileFile(p) {
			failed = !checkTiles(p, true) || failed
			continue
		}
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
		ok := err == nil
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
		for _, p := range layerPaths {
			ok = checkFolderTiles(p) && ok
		}
		switch {
		case !ok:
			failed = true
		case len(args) == 0:
			fmt.Println("ok: embedded data")
		default:
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

// verifyTiles checks the tile file p as a map draws it (tiles.Verify: metadata,
// directory, the first tiles decoded within their budgets), prints its warnings and
// returns its problem.
func verifyTiles(p string) error {
	warnings, err := tiles.Verify(p)
	for _, w := range warnings {
		fmt.Fprintln(os.Stderr, "warning:", w)
	}
	return err
}

// checkTiles checks the tile file p (verifyTiles), prints its problem and, when say is
// true and it passes, an ok line; it reports whether it passed.
func checkTiles(p string, say bool) bool {
	if err := verifyTiles(p); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return false
	}
	if say {
		fmt.Printf("ok: %s: tile file\n", p)
	}
	return true
}

// checkFolderTiles checks the tile file of the data folder p, its basemap, as loading
// and bundling use it (nothing to do for a file, or a folder without one); it reports
// whether all is well.
func checkFolderTiles(p string) bool {
	if info, err := os.Stat(p); err != nil || !info.IsDir() {
		return true
	}
	t, err := tiles.Find(p)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return false
	}
	return t == "" || checkTiles(t, false)
}

// isTileFile reports whether p is named as a tile file (MBTiles, PMTiles).
func isTileFile(p string) bool {
	return slices.Contains(tiles.Extensions, strings.ToLower(filepath.Ext(p)))
}

// isDataLayer reports whether p is a folder or a layer file of the map's own schema. A
// file is only looked into when it is a regular file within the data layer file budget
// (a named pipe is left to the importer, which refuses it).
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
	f, err := budget.Open(p, budget.DataLayerFile)
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
