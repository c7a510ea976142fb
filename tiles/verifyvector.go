package tiles

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
	// The probes add to warnings, so checkProbes runs before they are returned.
	err = checkProbes(path, vf.f.m, func(z, x, y int) (bool, error) {
		t, err := vf.Tile(z, x, y)
		if err == nil && t != nil {
			if w := vf.SkippedError(z, x, y, t); w != nil {
				warnings = append(warnings, w)
			}
		}
		return t != nil, err
	})
	return warnings, err
}
