package data

// Reload loads the embedded data and the layer files of dir like LoadDir, for a folder
// that is being edited while the app runs. lastGood holds, per file, the last contents
// that gave a layer; a file that now gives none (broken JSON, a missing "layer" header,
// a half-written save) is loaded from there instead, so the map keeps the last good
// version of that layer while the error still names the file, feature and field. A
// file deleted from dir is simply gone. Reload returns the updated lastGood for the
// next call (lastGood itself is not modified).
func Reload(dir string, lastGood map[string][]byte) (*Dataset, map[string][]byte, error) {
	files, errs := readLayerFiles(dir)
	good := make(map[string][]byte, len(files))
	kept := make([]fileData, 0, len(files))
	districts, _ := embeddedDistricts()
	for _, f := range files {
		if p := parseLayer(f.name, f.data, districts); p.layer != nil {
			good[f.name] = f.data
			kept = append(kept, f)
			continue
		}
		if old, ok := lastGood[f.name]; ok {
			good[f.name] = old
			kept = append(kept, fileData{name: f.name, data: old})
			// The new contents' problems are what the editor must see.
			errs = append(errs, parseLayer(f.name, f.data, districts).errs...)
			continue
		}
		kept = append(kept, f)
	}
	ds, err := load(kept, errs)
	return ds, good, err
}
