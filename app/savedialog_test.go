package app

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"ningbomap/atomicfile"
)

func TestOutputPath(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "exhibition")
	os.Mkdir(data, 0o755)
	layer := filepath.Join(data, "service.geojson")
	os.WriteFile(layer, []byte("{}"), 0o644)
	extra := filepath.Join(dir, "extra.kml")
	os.WriteFile(extra, []byte("<kml/>"), 0o644)
	os.Symlink(extra, filepath.Join(dir, "link.kml"))
	inputs := []string{data, extra}
	tests := []struct {
		dir, name string
		is        error
	}{
		{dir, "ningbo.kml", nil},
		{dir, "  ningbo.kml ", nil},
		{dir, "extra.kml", atomicfile.ErrSameFile},
		{dir, "link.kml", atomicfile.ErrSameFile},
		{data, "ningbo.kml", atomicfile.ErrInsideInput},
		{data, "service.geojson", atomicfile.ErrInsideInput},
		{dir, "../" + filepath.Base(dir) + "/exhibition", atomicfile.ErrSameFile}, // the name's folder parts are dropped
	}
	for _, tc := range tests {
		_, err := outputPath(tc.dir, tc.name, inputs)
		if tc.is == nil && err != nil || tc.is != nil && !errors.Is(err, tc.is) {
			t.Errorf("outputPath(%s, %q) = %v, want %v", tc.dir, tc.name, err, tc.is)
		}
	}
	if _, err := outputPath(dir, "  ", inputs); err == nil {
		t.Error("an empty name passed")
	}
}
