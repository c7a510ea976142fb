package main

import (
	"fmt"
	"os"
	"strings"

	"ningbomap/bundle"
	"ningbomap/edit"
)

// runBundle writes a data folder as one bundle file for another kiosk.
func runBundle(args []string) int {
	fs := newFlags("bundle")
	dataDir := fs.String("data", "", "data folder to pack (default: "+edit.DefaultDir()+")")
	out := fs.String("out", "", "bundle file to write, FILE.zip")
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	if *out == "" {
		fmt.Fprintln(os.Stderr, "ningbomap bundle: --out FILE.zip is required")
		return 2
	}
	dir := *dataDir
	if dir == "" {
		dir = edit.DefaultDir()
	}
	if err := bundle.Write(dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap", err)
		return 1
	}
	fmt.Println("wrote", *out)
	return 0
}

// dataFolder turns a --data value into a folder: a bundle (FILE.zip) is
// installed into the user's exhibition folder (edit.DefaultDir) and that
// folder is used; a bundle that fails its checks is reported and the
// current content of that folder is used as it is.
func dataFolder(value string) string {
	if !strings.HasSuffix(strings.ToLower(value), ".zip") {
		return value
	}
	dest := edit.DefaultDir()
	if err := bundle.Install(value, dest); err != nil {
		fmt.Fprintln(os.Stderr, "ningbomap: bundle not installed, keeping the current content:", err)
	} else {
		fmt.Fprintf(os.Stderr, "ningbomap: installed %s into %s\n", value, dest)
	}
	return dest
}
