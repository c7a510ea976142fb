package cli

import (
	"fmt"
	"os"

	"ningbomap/app"
	"ningbomap/crs"
	"ningbomap/importer"
	"ningbomap/kiosk"
	"ningbomap/usage"
)

// runWindow opens the map window (or the kiosk) with the flags args.
func runWindow(args []string) error {
	fs := newFlags("")
	langFlag := fs.String("lang", "", "UI language: zh or en (default: from the locale)")
	size := fs.String("size", "1280x800", "initial window size, WIDTHxHEIGHT")
	dataDir := fs.String("data", "", "folder whose layers replace or extend the embedded ones, or a bundle FILE.zip to install and use")
	view := fs.String("view", "", "start at LON,LAT,ZOOM instead of the overview")
	kioskFlag := fs.Bool("kiosk", false, "run unattended: fullscreen, locked down, attract loop (needs a PIN in the config)")
	config := fs.String("config", "", "kiosk and tour configuration file (default: "+kiosk.DefaultPath()+")")
	basemap := fs.String("basemap", "", "tile package (MBTiles or PMTiles, raster or vector) to draw under the map (default: the configuration's basemap, else one in --data)")
	basemapCRS := fs.String("basemap-crs", "", "frame the --basemap tiles were cut in: wgs84 (OpenStreetMap; the default) or gcj02 (a Chinese web map's)")
	layerCRS := fs.String("crs", "", crsHelp)
	encoding := fs.String("encoding", "", "text encoding of the --layer files: "+encodingHelp)
	usageDir := fs.String("usage-dir", "", "folder for the daily usage counts (default: "+usage.DefaultDir()+"; - for none)")
	var layers []string
	fs.Func("layer", "show FILE (GeoJSON, KML, KMZ, GPX or CSV) as an extra layer; may be repeated", func(s string) error {
		layers = append(layers, s)
		return nil
	})
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	enc, err := importer.ParseEncoding(*encoding)
	if err != nil {
		return fail(exitUsage, err)
	}
	opts := app.Options{Lang: app.StartupLanguage(), DataDir: dataFolder(*dataDir), UsageDir: *usageDir, Layers: layers,
		Basemap: *basemap, Encoding: enc, Version: version}
	if opts.LayerCRS, err = parseFrame("crs", *layerCRS); err != nil {
		return err
	}
	cfg, err := kiosk.Load(*config)
	if err != nil {
		return fail(exitUsage, err)
	}
	cfg.Kiosk = cfg.Kiosk || *kioskFlag
	for _, w := range cfg.Warnings() {
		fmt.Fprintln(os.Stderr, "ningbomap: warning:", w)
	}
	if err := cfg.Validate(); err != nil {
		if cfg.Kiosk {
			err = fmt.Errorf("%w\nningbomap: kiosk mode not started", err)
		}
		return fail(exitUsage, err)
	}
	opts.Kiosk, opts.Config = cfg.Kiosk, cfg
	if opts.BasemapCRS, err = basemapFrame(*basemapCRS, *basemap, cfg); err != nil {
		return err
	}
	if *view != "" {
		v := &opts.View
		if v.Lon, v.Lat, v.Zoom, err = parseView(*view); err != nil {
			return fail(exitUsage, err)
		}
	}
	if opts.Lang, err = language(*langFlag, cfg.Lang); err != nil {
		return fail(exitUsage, err)
	}
	if opts.Width, opts.Height, err = parseWindowSize(*size); err != nil {
		return fail(exitUsage, err)
	}
	if err := app.Run(opts); err != nil {
		return fail(exitProblem, err)
	}
	return nil
}

// basemapFrame is the frame the basemap's tiles were cut in: --basemap-crs, else (for
// the configuration's basemap, when --basemap names none) the configuration's
// basemap_crs. An unknown frame is bad usage.
func basemapFrame(flagValue, basemap string, cfg kiosk.Config) (crs.Frame, error) {
	v := flagValue
	if v == "" && basemap == "" {
		v = cfg.BasemapCRS
	}
	f, err := kiosk.BasemapFrame(v)
	if err != nil {
		return f, fail(exitUsage, fmt.Errorf("--basemap-crs: %w", err))
	}
	return f, nil
}
