package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"ningbomap/bundle"
	"ningbomap/edit"
	"ningbomap/export"
)

// runBundle writes a data folder as one bundle file for another kiosk.
func runBundle(args []string) error {
	fs := newFlags("bundle")
	dataDir := fs.String("data", "", "data folder to pack (default: "+edit.DefaultDir()+")")
	out := fs.String("out", "", "bundle file to write, FILE.zip")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return fail(exitUsage, errors.New("--out FILE.zip is required"))
	}
	dir := *dataDir
	if dir == "" {
		dir = edit.DefaultDir()
	}
	if err := export.CheckOutput(*out, export.Sources(dir, "")...); err != nil {
		return fail(exitUsage, err)
	}
	if err := bundle.Write(dir, *out); err != nil {
		return fail(exitProblem, err)
	}
	fmt.Println("wrote", *out)
	return nil
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
