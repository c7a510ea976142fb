package watch

import (
	"path/filepath"
	"strings"
)

// dataExtensions are the file kinds the app can load from a data folder.
var dataExtensions = map[string]bool{
	".geojson": true,
	".json":    true,
	".kml":     true,
	".kmz":     true,
	".gpx":     true,
	".csv":     true,
}

// DefaultMatch reports whether name (a base name) is a data file worth
// reloading: one ending in .geojson, .json, .kml, .kmz, .gpx or .csv (any
// case), and not a hidden file or an editor's backup, swap or temporary file
// (*~, *.swp, *.tmp). Names such as vim's 4913 probe fail the extension test.
func DefaultMatch(name string) bool {
	if name == "" || strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") {
		return false
	}
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".swp" || ext == ".tmp" {
		return false
	}
	return dataExtensions[ext]
}
