package tiles

import (
	"errors"
	"fmt"
)

// VerifyVector checks the vector tile file at path as the map would draw it, as Verify
// does raster files: it opens it (metadata, directory, schema) and reads and decodes the
// tiles a map draws first, within the budgets. Its warnings are what the metadata's
// layer list lacks (Problems), an unknown schema (only the layers of a known one are
// drawn) and tiles decoded with parts left out; its error names each tile that cannot be
// read (a *TileError), or says that no tile of it can be drawn.
func VerifyVector(path string) (warnings []error, err error) {
	vf, err := OpenVector(path)
	if err != nil {
		return nil, err
	}
	defer vf.Close()
	warnings = append(warnings, vf.f.warnings...)
	if p := vf.Problems(); p != nil {
		warnings = append(warnings, p)
	}
	if e := vf.Schema().Err(); e != nil {
		warnings = append(warnings, &FileError{Path: path, Err: e})
	}
	var errs []error
	found := 0
	for _, k := range probes(vf.f.m) {
		z, x, y := k.zxy()
		t, err := vf.Tile(z, x, y)
		switch {
		case err != nil:
			errs = append(errs, err)
			if len(errs) >= 5 {
				errs = append(errs, &FileError{Path: path, Err: errors.New("more tiles not checked")})
				return warnings, errors.Join(errs...)
			}
		case t != nil:
			found++
			if w := vf.SkippedError(z, x, y, t); w != nil {
				warnings = append(warnings, w)
			}
		}
	}
	if found == 0 && len(errs) == 0 {
		errs = append(errs, &FileError{Path: path, Err: fmt.Errorf("%w: no tile at zooms %d–%d where its bounds say it has them: nothing of it can be drawn",
			ErrCorruptTile, vf.f.m.MinZoom, vf.f.m.MaxZoom)})
	}
	return warnings, errors.Join(errs...)
}
