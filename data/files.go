package data

import "errors"

// File is a layer file held in memory: its name (a path, used in messages
// and to find its photos) and its contents.
type File struct {
	Name string
	Data []byte
}

// LoadFiles loads the embedded data with the given layer files laid over it,
// as LoadDir does with a folder's files: an editor checks its unsaved
// layers this way with exactly the rules of `ningbomap check` (photos are
// looked for beside each file's Name). Errors are as for LoadEmbedded.
func LoadFiles(files ...File) (*Dataset, error) {
	fd := make([]fileData, len(files))
	for i, f := range files {
		fd[i] = fileData{name: f.Name, data: f.Data}
	}
	return load(fd, nil)
}

// EmbeddedLayers returns the layer files built into the binary, sorted by
// name ("data/layers/governance.geojson", …), to seed a new data folder.
func EmbeddedLayers() []File {
	fd, _ := embeddedLayerFiles()
	out := make([]File, len(fd))
	for i, f := range fd {
		out[i] = File{Name: f.name, Data: f.data}
	}
	return out
}

// ReadLayer reads one layer file held in memory with the rules of loading
// (districts as Dataset.Districts gives them): the layer, nil when f is not
// a feature collection, and its problems (joined *FeatureError), those that
// span layers aside. Its places are named f.Name, and look for their photos
// beside it.
func ReadLayer(f File, districts []District) (*Layer, error) {
	p := parseLayer(f.Name, f.Data, districts)
	return p.layer, errors.Join(p.errs...)
}
