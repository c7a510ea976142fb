// Command ningbomap is an offline desktop map of Ningbo's grassroots Party-building
// stories.
//
//	ningbomap [--lang zh|en] [--size 1280x800] [--data DIR]
//	ningbomap check [PATH...]
package main

import (
	"flag"
	"fmt"
	"os"

	"ningbomap/app"
	"ningbomap/data"
)

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "check":
			os.Exit(runCheck(os.Args[2:]))
		}
	}
	os.Exit(runWindow(os.Args[1:]))
}

func runWindow(args []string) int {
	fs := flag.NewFlagSet("ningbomap", flag.ContinueOnError)
	langFlag := fs.String("lang", "", "UI language: zh or en (default: from the locale)")
	size := fs.String("size", "1280x800", "initial window size, WIDTHxHEIGHT")
	dataDir := fs.String("data", "", "folder whose layers replace or extend the embedded ones")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	opts := app.Options{Lang: app.StartupLanguage(), DataDir: *dataDir}
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
