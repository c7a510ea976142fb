package tiles

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Extensions are the file name endings of tile files, for file dialogs and
// for Find.
var Extensions = []string{".mbtiles", ".pmtiles"}

// Find returns the tile file in folder dir (a --data folder): the first,
// by name, whose name ends in one of Extensions; "" when there is none.
// Only dir itself is searched, not its sub-folders.
func Find(dir string) (string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	var names []string
	for _, e := range ents {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if !e.IsDir() && slices.Contains(Extensions, ext) {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return "", nil
	}
	slices.Sort(names)
	return filepath.Join(dir, names[0]), nil
}
