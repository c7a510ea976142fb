package tiles_test

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"

	"ningbomap/tiles"
)

// FuzzDecodeVector feeds bytes to the vector tile decoder, seeded with the
// specification's fixtures (valid and invalid), real Mapbox Streets tiles and
// the Protomaps v4 fixture's tiles, plain and gzipped. Nothing may panic or
// hang; a refusal is ErrCorruptTile or ErrTileTooLarge; a decoded tile holds
// what its counts say, every geometry whole, and decodes the same twice.
func FuzzDecodeVector(f *testing.F) {
	seeds, _ := filepath.Glob(fixturePath("mvt-fixtures/fixtures/*/tile.mvt"))
	seeds = append(seeds, fixturePath("mvt-fixtures/real-world/compressed/14-9384-9577.mvt.gz"),
		fixturePath("mvt-fixtures/real-world/chicago/13-2102-3042.mvt"))
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	vf, err := tiles.OpenVector(fixturePath("pm4-tengtou-raw.pmtiles"))
	if err != nil {
		f.Fatal(err)
	}
	for _, k := range [][3]int{{15, 27429, 13552}, {12, 3428, 1694}, {7, 107, 52}} {
		vt, err := vf.Tile(k[0], k[1], k[2])
		if err != nil || vt == nil {
			f.Fatalf("seed tile %v: %v", k, err)
		}
		b, err := mvt.Marshal(vt.Layers)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(gz(f, b))
	}
	vf.Close()
	lim := tiles.DefaultLimits()
	lim.Features, lim.Vertices = 20_000, 200_000 // keep each run small
	f.Fuzz(func(t *testing.T, b []byte) {
		vt, err := tiles.DecodeVector(b, lim)
		if err != nil {
			if !errors.Is(err, tiles.ErrCorruptTile) && !errors.Is(err, tiles.ErrTileTooLarge) {
				t.Fatalf("refused with %v", err)
			}
			return
		}
		features, vertices := 0, 0
		names := map[string]bool{}
		for _, l := range vt.Layers {
			if l.Name == "" || names[l.Name] || l.Extent == 0 || l.Version < 1 || l.Version > 2 {
				t.Fatalf("layer %q v%d extent %d (twice: %v)", l.Name, l.Version, l.Extent, names[l.Name])
			}
			names[l.Name] = true
			for _, ft := range l.Features {
				features++
				vertices += checkWhole(t, ft.Geometry)
			}
		}
		if features != vt.Features || vertices > vt.Vertices || vt.Vertices > lim.Vertices {
			t.Fatalf("%d features, %d vertices; counted %d, %d", features, vertices, vt.Features, vt.Vertices)
		}
		again, err := tiles.DecodeVector(b, lim)
		if err != nil || !sameTile(again, vt) {
			t.Fatalf("decoded differently the second time: %v", err)
		}
	})
}

// checkWhole fails on a geometry that is missing or cut short and returns
// its points: a line of two points at least, a ring of three.
func checkWhole(t *testing.T, g orb.Geometry) int {
	t.Helper()
	switch g := g.(type) {
	case orb.Point:
		return 1
	case orb.MultiPoint:
		if len(g) == 0 {
			t.Fatal("empty multipoint")
		}
		return len(g)
	case orb.LineString:
		if len(g) < 2 {
			t.Fatalf("line of %d points", len(g))
		}
		return len(g)
	case orb.MultiLineString:
		n := 0
		for _, l := range g {
			n += checkWhole(t, l)
		}
		return n
	case orb.Polygon:
		n := 0
		for _, r := range g {
			if len(r) < 3 {
				t.Fatalf("ring of %d points", len(r))
			}
			n += len(r)
		}
		return n
	case orb.MultiPolygon:
		n := 0
		for _, p := range g {
			n += checkWhole(t, p)
		}
		return n
	}
	t.Fatalf("geometry %T", g)
	return 0
}

// sameTile compares two decoded tiles, a NaN property (a double value may
// hold one) equal to a NaN.
func sameTile(a, b *tiles.VectorTile) bool {
	if a.Features != b.Features || a.Vertices != b.Vertices || a.Bytes() != b.Bytes() ||
		!reflect.DeepEqual(a.Skipped, b.Skipped) || len(a.Layers) != len(b.Layers) {
		return false
	}
	for i, la := range a.Layers {
		lb := b.Layers[i]
		if la.Name != lb.Name || la.Version != lb.Version || la.Extent != lb.Extent || len(la.Features) != len(lb.Features) {
			return false
		}
		for j, fa := range la.Features {
			fb := lb.Features[j]
			if !reflect.DeepEqual(fa.Geometry, fb.Geometry) || fa.ID != fb.ID || len(fa.Properties) != len(fb.Properties) {
				return false
			}
			for k, va := range fa.Properties {
				vb, ok := fb.Properties[k]
				fa, aNum := va.(float64)
				fb, bNum := vb.(float64)
				if !ok || !(va == vb || aNum && bNum && math.IsNaN(fa) && math.IsNaN(fb)) {
					return false
				}
			}
		}
	}
	return true
}
