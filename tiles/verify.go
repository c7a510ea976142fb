package tiles

import (
	"errors"
	"fmt"
	"math"
)

// Verify checks the tile file at path as a map would use it, within the
// budgets: it opens it (metadata, directory) and reads and decodes the tiles
// a map draws first — those of its base zoom (see Meta.BaseZoom), and the
// tile at the middle of its bounds at every zoom. It returns what Open
// warned of and the problems found: an Open error, each tile that cannot be
// read or decoded (a *TileError), or, when the file has none of those tiles
// at all, that nothing of it can be drawn. `ningbomap check` and a bundle's
// install use it, so that a file they pass is one the map can draw.
//
// A file of vector tiles is checked by VerifyVector.
func Verify(path string) (warnings []error, err error) {
	f, err := Open(path)
	if errors.Is(err, ErrVectorTiles) {
		return VerifyVector(path)
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.warnings, checkProbes(path, f.m, func(z, x, y int) (bool, error) {
		raw, err := f.Raw(z, x, y)
		if err == nil && raw != nil {
			if _, derr := Decode(f.m.Format, raw); derr != nil {
				err = &TileError{Path: path, Z: z, X: x, Y: y, Err: derr}
			}
		}
		return raw != nil, err
	})
}

// checkProbes reads the probes of m with read, which tells whether the file
// has the tile and what is wrong with it. It returns the problems found,
// stopping after five, or, when none of the probes is in the file, that
// nothing of the file at path can be drawn.
func checkProbes(path string, m Meta, read func(z, x, y int) (found bool, err error)) error {
	var errs []error
	found := 0
	for _, k := range probes(m) {
		z, x, y := k.ZXY()
		has, err := read(z, x, y)
		switch {
		case err != nil:
			errs = append(errs, err)
			if len(errs) >= 5 {
				errs = append(errs, &FileError{Path: path, Err: errors.New("more tiles not checked")})
				return errors.Join(errs...)
			}
		case has:
			found++
		}
	}
	if found == 0 && len(errs) == 0 {
		errs = append(errs, &FileError{Path: path, Err: fmt.Errorf("%w: no tile at zooms %d–%d where its bounds say it has them: nothing of it can be drawn",
			ErrCorruptTile, m.MinZoom, m.MaxZoom)})
	}
	return errors.Join(errs...)
}

// probes are the tiles Verify reads: the base zoom's when they are few,
// then the middle of the bounds at each zoom.
func probes(m Meta) []key {
	var ks []key
	seen := map[key]bool{}
	add := func(k key) {
		if !seen[k] {
			seen[k] = true
			ks = append(ks, k)
		}
	}
	z := m.BaseZoom()
	x0, y0, x1, y1 := m.TileRange(z)
	if z <= 28 && (x1-x0+1)*(y1-y0+1) <= 64 {
		for x := x0; x <= x1; x++ {
			for y := y0; y <= y1; y++ {
				add(mkKey(z, x, y))
			}
		}
	}
	mid := Meta{Bounds: m.Bounds}
	c := m.Bounds.Center()
	mid.Bounds.Min, mid.Bounds.Max = c, c
	for z := m.MinZoom; z <= m.MaxZoom && z <= 28; z++ {
		x, y, _, _ := mid.TileRange(z)
		if !math.IsNaN(c[0]) {
			add(mkKey(z, x, y))
		}
	}
	return ks
}
