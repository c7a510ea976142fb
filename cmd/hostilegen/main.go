// Command gen writes the hostile files of package hostile into a folder, to
// try the program against them by hand:
//
//	go run ./cmd/hostilegen DIR
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"ningbomap/internal/fixture"
	"ningbomap/internal/hostile"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gen DIR")
		os.Exit(2)
	}
	if err := write(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	steps := []struct {
		name string
		fn   func() error
	}{
		{"png-bomb.mbtiles", func() error {
			if err := hostile.PNGFile(p("png-bomb.png"), 20000, 20000, 8, 6, false); err != nil {
				return err
			}
			b, err := os.ReadFile(p("png-bomb.png"))
			if err != nil {
				return err
			}
			ts := []fixture.Tile{{Z: 0, X: 0, Y: 0, Data: b}}
			meta := hostile.RasterMeta()
			meta["minzoom"], meta["maxzoom"] = "0", "0"
			return fixture.WriteMBTilesFast(p("png-bomb.mbtiles"), meta, ts)
		}},
		{"dir-bomb.pmtiles", func() error { return hostile.PMTilesDirBomb(p("dir-bomb.pmtiles"), 67_000_000) }},
		{"attribution.mbtiles", func() error {
			meta := hostile.RasterMeta()
			b := make([]byte, 1<<20)
			for i := range b {
				b[i] = 'a' + byte(i%26)
			}
			meta["attribution"] = string(b)
			return fixture.WriteMBTilesFast(p("attribution.mbtiles"), meta, nil)
		}},
		{"endless.mbtiles", func() error { return hostile.EndlessViewMBTiles(p("endless.mbtiles")) }},
		{"endless-meta.mbtiles", func() error { return hostile.EndlessMetadataMBTiles(p("endless-meta.mbtiles")) }},
		{"name100k.geojson", func() error { return hostile.GeoJSONName(p("name100k.geojson"), 100_000) }},
		{"name1m.geojson", func() error { return hostile.GeoJSONName(p("name1m.geojson"), 1_000_000) }},
		{"points5m.csv", func() error { return hostile.CSVPoints(p("points5m.csv"), 5_000_000) }},
		{"usage", func() error {
			os.MkdirAll(p("usage"), 0o755)
			return hostile.UsageGarbage(p("usage/usage-2025-01-01.csv"), 10<<20)
		}},
		{"photo16", func() error {
			if _, err := hostile.DataFolder(p("photo16"), "photos/p.png"); err != nil {
				return err
			}
			os.MkdirAll(p("photo16/photos"), 0o755)
			return hostile.PNGFile(p("photo16/photos/p.png"), 10000, 10000, 16, 6, true)
		}},
		{"photoprog", func() error {
			if _, err := hostile.DataFolder(p("photoprog"), "photos/p.jpg"); err != nil {
				return err
			}
			os.MkdirAll(p("photoprog/photos"), 0o755)
			return hostile.ProgressiveJPEGFile(p("photoprog/photos/p.jpg"), 10000, 10000)
		}},
	}
	for _, s := range steps {
		if err := s.fn(); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		fmt.Println("wrote", s.name)
	}
	return nil
}
