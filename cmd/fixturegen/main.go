// Command fixturegen draws the test tile files of package tiles from the
// embedded districts: testdata/ningbo.mbtiles and testdata/ningbo.pmtiles
// (zooms 7–11 over Ningbo, PNG). Run by `go generate ./tiles/`.
//
// usage: fixturegen OUTDIR
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"ningbomap/atomicfile"
	"ningbomap/internal/fixture"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: fixturegen OUTDIR")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "fixturegen:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	ts, err := fixture.Draw()
	if err != nil {
		return err
	}
	mb := filepath.Join(dir, "ningbo.mbtiles")
	if err := fixture.WriteMBTiles(mb, fixture.Meta(), ts); err != nil {
		return fmt.Errorf("%s: %w", mb, err)
	}
	pm := filepath.Join(dir, "ningbo.pmtiles")
	if err := atomicfile.WriteFile(pm, fixture.PMTiles(fixture.Meta(), fixture.TypePNG, ts), 0o644); err != nil {
		return fmt.Errorf("%s: %w", pm, err)
	}
	fmt.Printf("%d tiles: %s, %s\n", len(ts), mb, pm)
	return nil
}
