package data

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"ningbomap/budget"
)

// LoadEmbedded loads the basemap and layers built into the binary. The
// Dataset is never nil; the error joins a *FeatureError for every problem
// found, and the places without fatal problems load all the same.
func LoadEmbedded() (*Dataset, error) {
	return load(nil, nil)
}

// LoadDir loads the embedded data, then the *.geojson layer files of dir:
// a layer whose id matches an embedded layer replaces it, any other is
// added. The Dataset is never nil: when dir cannot be read the embedded
// data is returned with the error. Errors are as for LoadEmbedded.
func LoadDir(dir string) (*Dataset, error) {
	files, errs := readLayerFiles(dir)
	return load(files, errs)
}

// Check validates layer files, or every *.geojson in the given folders, as
// they would load over the embedded data (so ids and tour numbers are
// checked against the other layers too). With no paths it checks the
// embedded data. Photos are checked in depth: each file must be a readable
// image (see CheckPhotos). It returns nil when all is well, else the joined
// *FeatureError values.
func Check(paths ...string) error {
	_, err := LoadPaths(paths...)
	return err
}

// LoadPaths is Check that also returns the dataset: the embedded data with the layer files
// and folders of paths laid over it (the embedded data alone when paths is empty). The
// Dataset is never nil; the error is as for Check.
func LoadPaths(paths ...string) (*Dataset, error) {
	if len(paths) == 0 {
		return LoadEmbedded()
	}
	files, errs := readLayerFiles(paths...)
	if len(files) == 0 && len(errs) == 0 {
		errs = append(errs, &FeatureError{File: strings.Join(paths, ", "), Err: fmt.Errorf("%w: no .geojson files", ErrMissing)})
	}
	ds, err := load(files, errs)
	return ds, errors.Join(append(unjoin(err), unjoin(CheckPhotos(ds))...)...)
}

// readLayerFiles reads the named files and the *.geojson files of the named
// folders, in order, each folder's files sorted by name. Only regular files
// within budget.DataLayerFile are read: a named pipe, a device or a folder
// called *.geojson is reported and skipped, unread.
func readLayerFiles(paths ...string) ([]fileData, []error) {
	var files []fileData
	var errs []error
	read := func(name string) {
		b, err := budget.ReadFile(name, budget.DataLayerFile)
		if err != nil {
			errs = append(errs, &FeatureError{File: name, Err: err})
			return
		}
		files = append(files, fileData{name: name, data: b})
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &FeatureError{File: p, Err: err})
			continue
		}
		if !info.IsDir() {
			read(p)
			continue
		}
		names, err := filepath.Glob(filepath.Join(p, "*.geojson"))
		if err != nil {
			errs = append(errs, &FeatureError{File: p, Err: err})
			continue
		}
		sort.Strings(names)
		for _, n := range names {
			read(n)
		}
	}
	return files, errs
}

// load builds the dataset from the embedded files with the extra layer
// files laid over them; errs are problems met before (reading the files).
func load(extra []fileData, errs []error) (*Dataset, error) {
	districts, derrs := embeddedDistricts()
	errs = append(derrs, errs...)
	embedded, eerrs := embeddedLayerFiles()
	errs = append(errs, eerrs...)

	var layers []parsed
	index := map[string]int{} // layer id → position in layers
	for _, f := range embedded {
		p := parseLayer(f.name, f.data, districts)
		if p.layer != nil {
			if _, dup := index[p.layer.ID]; dup {
				p.errs = append(p.errs, duplicateLayer(p.layer, layers[index[p.layer.ID]].layer))
				p.layer = nil
			} else {
				index[p.layer.ID] = len(layers)
			}
		}
		layers = append(layers, p)
	}
	overlaid := map[string]*Layer{}
	for _, f := range extra {
		p := parseLayer(f.name, f.data, districts)
		if p.layer == nil {
			layers = append(layers, p)
			continue
		}
		id := p.layer.ID
		if first, dup := overlaid[id]; dup {
			p.errs = append(p.errs, duplicateLayer(p.layer, first))
			p.layer = nil
			layers = append(layers, p)
			continue
		}
		overlaid[id] = p.layer
		if i, ok := index[id]; ok {
			layers[i] = p // replaces the embedded layer and its problems
			continue
		}
		index[id] = len(layers)
		layers = append(layers, p)
	}

	base := &Dataset{Districts: districts, Neighbours: Neighbours(), Waters: Waters(), Themes: Themes()}
	var loaded []*Layer
	for _, p := range layers {
		errs = append(errs, p.errs...)
		if p.layer != nil {
			loaded = append(loaded, p.layer)
		}
	}
	ds, aerrs := base.assemble(loaded)
	errs = append(errs, aerrs...)
	return ds, errors.Join(errs...)
}

// duplicateLayer reports a layer file whose id another file already uses.
func duplicateLayer(l, first *Layer) error {
	return &FeatureError{File: l.File, Field: "layer.id",
		Err: fmt.Errorf("%w layer id %q (also %s); this file is skipped", ErrDuplicate, l.ID, first.File)}
}

// unjoin returns the errors joined in err (err itself when it is not a
// join), so that joins stay one level deep.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		return u.Unwrap()
	}
	return []error{err}
}
