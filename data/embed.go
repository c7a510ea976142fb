package data

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

// content holds the basemap and the layer files built into the binary. The
// layers folder is embedded whole (it keeps a README so that it is never
// empty); only its *.geojson files are read.
//
//go:embed basemap/*.geojson layers
var content embed.FS

const (
	basemapPath = "basemap/districts.geojson"
	layersDir   = "layers"
	// embeddedPrefix makes embedded names read as repository paths in
	// messages ("data/layers/service.geojson").
	embeddedPrefix = "data/"
)

// fileData is a content file read into memory.
type fileData struct {
	name string
	data []byte
}

// embeddedLayerFiles returns the embedded layer files sorted by name.
func embeddedLayerFiles() ([]fileData, []error) {
	entries, err := fs.ReadDir(content, layersDir)
	if err != nil {
		return nil, []error{&FeatureError{File: embeddedPrefix + layersDir, Err: err}}
	}
	var files []fileData
	var errs []error
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".geojson") {
			continue
		}
		p := path.Join(layersDir, e.Name())
		b, err := content.ReadFile(p)
		if err != nil {
			errs = append(errs, &FeatureError{File: embeddedPrefix + p, Err: err})
			continue
		}
		files = append(files, fileData{name: embeddedPrefix + p, data: b})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].name < files[j].name })
	return files, errs
}

// embeddedDistricts returns the embedded basemap, decoded once. Each call
// returns a fresh slice; the geometries are shared and must not be
// modified.
func embeddedDistricts() ([]District, []error) {
	ds, errs := decodeEmbeddedDistricts()
	return append([]District(nil), ds...), errs
}

// decodeEmbeddedDistricts decodes the basemap the first time it is called.
var decodeEmbeddedDistricts = sync.OnceValues(func() ([]District, []error) {
	b, err := content.ReadFile(basemapPath)
	if err != nil {
		return nil, []error{&FeatureError{File: embeddedPrefix + basemapPath, Err: err}}
	}
	return parseBasemap(embeddedPrefix+basemapPath, b)
})
