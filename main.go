// Command ningbomap is an offline desktop map of Ningbo's grassroots Party-building
// stories.
//
//	ningbomap [--lang zh|en] [--size 1280x800] [--data DIR] [--view LON,LAT,ZOOM]
//	ningbomap check [PATH...]
//	ningbomap render [--site ID] [--lang zh|en] [--size 1920x1080] [--scale 1] --out FILE.png
//	ningbomap --kiosk [--config FILE]
//	ningbomap kiosk-pin
//	ningbomap stats [--since YYYY-MM-DD] [--dir DIR]
package main

import (
	"flag"
	"fmt"
	"os"

	"ningbomap/app"
	"ningbomap/data"
	"ningbomap/kiosk"
	"ningbomap/usage"
)

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "check":
			os.Exit(runCheck(os.Args[2:]))
		case "render":
			os.Exit(runRender(os.Args[2:]))
		case "kiosk-pin":
			if err := kiosk.RunHashPIN(os.Stdin, os.Stdout); err != nil {
				fmt.Fprintln(os.Stderr, "ningbomap kiosk-pin:", err)
				os.Exit(1)
			}
			os.Exit(0)
		case "stats":
			os.Exit(runStats(os.Args[2:]))
		}
	}
	os.Exit(runWindow(os.Args[1:]))
}

func runWindow(args []string) int {
	fs := flag.NewFlagSet("ningbomap", flag.ContinueOnError)
	langFlag := fs.String("lang", "", "UI language: zh or en (default: from the locale)")
	size := fs.String("size", "1280x800", "initial window size, WIDTHxHEIGHT")
	dataDir := fs.String("data", "", "folder whose layers replace or extend the embedded ones")
	view := fs.String("view", "", "start at LON,LAT,ZOOM instead of the overview")
	kioskFlag := fs.Bool("kiosk", false, "run unattended: fullscreen, locked down, attract loop (needs a PIN in the config)")
	config := fs.String("config", "", "kiosk and tour configuration file (default: "+kiosk.DefaultPath()+")")
	usageDir := fs.String("usage-dir", "", "folder for the daily usage counts (default: "+usage.DefaultDir()+"; - for none)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	opts := app.Options{Lang: app.StartupLanguage(), DataDir: *dataDir, UsageDir: *usageDir}
	cfg, err := kiosk.Load(*config)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap:", err)
		return 2
	}
	cfg.Kiosk = cfg.Kiosk || *kioskFlag
	if err := cfg.Validate(); err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap:", err)
		if cfg.Kiosk {
			fmt.Fprintln(os.Stderr, "ningbomap: kiosk mode not started")
		}
		return 2
	}
	opts.Kiosk, opts.Config = cfg.Kiosk, cfg
	if cfg.Lang != "" && *langFlag == "" {
		if l, err := app.ParseLanguage(cfg.Lang); err == nil {
			opts.Lang = l
		}
	}
	if *view != "" {
		v := &opts.View
		if n, err := fmt.Sscanf(*view, "%f,%f,%f", &v.Lon, &v.Lat, &v.Zoom); err != nil || n != 3 || v.Zoom <= 0 {
			fmt.Fprintf(os.Stderr, "ningbomap: --view %q: want LON,LAT,ZOOM\n", *view)
			return 2
		}
	}
	if *langFlag != "" {
		l, err := app.ParseLanguage(*langFlag)
		if err != nil {
			fmt.Fprintln(os.Stderr, "ningbomap:", err)
			return 2
		}
		opts.Lang = l
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

// runCheck validates layer files or folders (the embedded data when none is given) and
// prints every problem found.
func runCheck(args []string) int {
	if err := data.Check(args...); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	what := "embedded data"
	if len(args) > 0 {
		what = fmt.Sprint(args)
	}
	fmt.Println("ok:", what)
	return 0
}

// runRender draws the map with a place's card open into a PNG, without a window.
func runRender(args []string) int {
	fs := flag.NewFlagSet("ningbomap render", flag.ContinueOnError)
	site := fs.String("site", "", "id of the place whose card is open (default: the Ningbo overview)")
	langFlag := fs.String("lang", "", "language: zh or en (default: from the locale)")
	size := fs.String("size", "1920x1080", "picture size in pixels, WIDTHxHEIGHT")
	scale := fs.Float64("scale", 1, "pixels per unit: 2 draws text and lines twice as sharp")
	dataDir := fs.String("data", "", "folder whose layers replace or extend the embedded ones")
	out := fs.String("out", "", "PNG file to write")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" {
		fmt.Fprintln(os.Stderr, "ningbomap render: --out FILE.png is required")
		return 2
	}
	opts := app.PictureOptions{Site: *site, Lang: app.StartupLanguage(), Scale: float32(*scale)}
	if *langFlag != "" {
		l, err := app.ParseLanguage(*langFlag)
		if err != nil {
			fmt.Fprintln(os.Stderr, "ningbomap render:", err)
			return 2
		}
		opts.Lang = l
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
	if err := usage.RunStats(args, os.Stdout, os.Stderr, names); err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap:", err)
		return 2
	}
	return 0
}
