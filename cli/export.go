package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/paulmach/orb/geojson"

	"ningbomap/app"
	"ningbomap/export"
	"ningbomap/importer"
)

// runExport writes the places and the tour as KML (for Google Earth) or GeoJSON. --crs
// is the frame of the file written (WGS 84 unless a Chinese web map is to read it);
// --from-crs the frame of the --from file read. Two flags, not one --crs meaning the
// input with --from and the output without: `--from amap.csv --from-crs gcj02 --crs
// bd09` converts between the two web maps' frames.
func runExport(args []string) error {
	fs := newFlags("export")
	format := fs.String("format", "kml", "kml (places, cards and the tour for Google Earth) or geojson (the places)")
	langFlag := fs.String("lang", "", "language of names and cards: zh or en (default: from the locale)")
	dataDir := fs.String("data", "", "folder whose layers replace or extend the embedded ones")
	out := fs.String("out", "", "file to write")
	layerID := fs.String("layer", "", "geojson: export this data layer (e.g. service) in the map's layer format")
	from := fs.String("from", "", "geojson: export this imported file (GeoJSON, KML, KMZ, GPX, CSV) as GeoJSON")
	encoding := fs.String("encoding", "", "with --from: "+encodingHelp)
	toFrame := fs.String("crs", "", "coordinate frame of the file written: wgs84 (the default: GPS, Google Earth, OpenStreetMap), "+
		"gcj02 (for AMap, Tencent) or bd09 (for Baidu)")
	fromFrame := fs.String("from-crs", "", "with --from: coordinate frame of the file read: "+crsHelp)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *format != "kml" && *format != "geojson":
		return fail(exitUsage, fmt.Errorf("unknown format %q: want kml or geojson", *format))
	case *layerID != "" && *from != "":
		return fail(exitUsage, errors.New("--layer and --from: give one of them"))
	case *format == "kml" && (*layerID != "" || *from != ""):
		return fail(exitUsage, errors.New("--layer and --from are for --format geojson; kml writes the places and the tour"))
	}
	enc, err := importer.ParseEncoding(*encoding)
	if err != nil {
		return fail(exitUsage, err)
	}
	outFrame, err := parseFrame("crs", *toFrame)
	if err != nil {
		return err
	}
	inFrame, err := parseFrame("from-crs", *fromFrame)
	if err != nil {
		return err
	}
	if *fromFrame != "" && *from == "" {
		return fail(exitUsage, errors.New("--from-crs is the frame of the --from file: give --from FILE"))
	}
	if *out == "" {
		return fail(exitUsage, errors.New("--out FILE is required"))
	}
	// The output is written whole or not at all, after every input was read, and never
	// over one of them.
	inputs := export.Sources(*dataDir, *from)
	if err := export.CheckOutput(*out, inputs...); err != nil {
		return fail(exitUsage, err)
	}
	lang, err := language(*langFlag, "")
	if err != nil {
		return fail(exitUsage, err)
	}
	ds, err := app.LoadData(*dataDir)
	if ds == nil {
		return fail(exitProblem, err)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err) // problems of some places; the others export
	}
	var fill func(io.Writer) error
	switch *format {
	case "kml":
		fill = func(w io.Writer) error { return export.KMLIn(w, ds, lang, outFrame) }
	case "geojson":
		var fc *geojson.FeatureCollection
		switch {
		case *from != "":
			l, err := importer.Load(*from, importer.Options{Encoding: enc, CRS: inFrame})
			if l == nil {
				return fail(exitProblem, err)
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, err) // problems of some features; the others export
			}
			fc = export.ImportedLayer(l)
		case *layerID != "":
			l := ds.Layer(*layerID)
			if l == nil {
				return fail(exitProblem, fmt.Errorf("no layer %q", *layerID))
			}
			fc = export.DataLayer(l)
		default:
			fc = export.Places(ds)
		}
		fc = export.InFrame(fc, outFrame)
		fill = func(w io.Writer) error { return export.GeoJSON(w, fc) }
	}
	if err := export.WriteFile(*out, inputs, fill); err != nil {
		return fail(exitProblem, err)
	}
	return nil
}
