package cli

import (
	"errors"
	"fmt"
	"os"

	"ningbomap/app"
	"ningbomap/export"
	"ningbomap/importer"
	"ningbomap/kiosk"
	"ningbomap/tiles"
)

// The smallest picture, in units: the window's smallest layout.
const minPictureWidth, minPictureHeight = 320, 300

// runRender draws the map with a place's card open into a PNG, without a window.
func runRender(args []string) error {
	fs := newFlags("render")
	site := fs.String("site", "", "id of the place whose card is open (default: the Ningbo overview)")
	langFlag := fs.String("lang", "", "language: zh or en (default: from the locale)")
	size := fs.String("size", "1920x1080", "picture size in pixels, WIDTHxHEIGHT")
	scale := fs.Float64("scale", 1, "pixels per unit: 2 draws text and lines twice as sharp")
	dataDir := fs.String("data", "", "folder whose layers replace or extend the embedded ones")
	basemap := fs.String("basemap", "", "tile package (MBTiles or PMTiles, raster or vector) to draw under the map (default: one in --data)")
	basemapCRS := fs.String("basemap-crs", "", "frame the --basemap tiles were cut in: wgs84 (OpenStreetMap; the default) or gcj02 (a Chinese web map's)")
	layerCRS := fs.String("crs", "", crsHelp)
	encoding := fs.String("encoding", "", "text encoding of the --layer files: "+encodingHelp)
	out := fs.String("out", "", "PNG file to write")
	var layers []string
	fs.Func("layer", "draw FILE (GeoJSON, KML, KMZ, GPX or CSV) as an extra layer; may be repeated", func(s string) error {
		layers = append(layers, s)
		return nil
	})
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return fail(exitUsage, errors.New("--out FILE.png is required"))
	}
	enc, err := importer.ParseEncoding(*encoding)
	if err != nil {
		return fail(exitUsage, err)
	}
	opts := app.PictureOptions{Site: *site, Scale: float32(*scale), Layers: layers, Basemap: *basemap, Encoding: enc,
		Problems: func(err error) { fmt.Fprintln(os.Stderr, err) }}
	if opts.LayerCRS, err = parseFrame("crs", *layerCRS); err != nil {
		return err
	}
	if opts.BasemapCRS, err = basemapFrame(*basemapCRS, "", kiosk.Config{}); err != nil {
		return err
	}
	if opts.Width, opts.Height, err = parsePictureSize(*size); err != nil {
		return fail(exitUsage, err)
	}
	if err := checkScale(*scale); err != nil {
		return fail(exitUsage, err)
	}
	if w, h := float64(opts.Width) / *scale, float64(opts.Height) / *scale; w < minPictureWidth || h < minPictureHeight {
		return fail(exitUsage, fmt.Errorf("--size %s at --scale %g is %.0fx%.0f units: want at least %dx%d (the window's smallest layout)",
			*size, *scale, w, h, minPictureWidth, minPictureHeight))
	}
	if opts.Basemap == "" && *dataDir != "" {
		p, err := tiles.Find(*dataDir)
		if err != nil {
			return fail(exitProblem, err)
		}
		opts.Basemap = p
	}
	// Never over what is read: the data folder (and all in it), the layers, the basemap.
	inputs := append(append(export.Sources(*dataDir, ""), layers...), opts.Basemap)
	if err := export.CheckOutput(*out, inputs...); err != nil {
		return fail(exitUsage, err)
	}
	if opts.Lang, err = language(*langFlag, ""); err != nil {
		return fail(exitUsage, err)
	}
	if opts.Basemap != "" {
		// The basemap is checked as check does: a file of which nothing can be drawn, or
		// whose first tiles are broken, is an error rather than a map without it.
		if err := verifyTiles(opts.Basemap); err != nil {
			return fail(exitProblem, err)
		}
	}
	ds, err := app.LoadData(*dataDir)
	if ds == nil {
		return fail(exitProblem, err)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err) // problems of some places; the others draw
	}
	img, err := app.RenderPicture(ds, opts)
	if err != nil {
		return fail(exitProblem, err)
	}
	if err := app.SavePNG(img, *out); err != nil {
		return fail(exitProblem, err)
	}
	return nil
}
