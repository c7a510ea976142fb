package hostile

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"ningbomap/data"
)

// DataFolder writes the embedded layers into dir (made if needed) with the
// given photo files listed on the first place of the revitalisation layer
// (paths relative to dir, '/' separated). It returns the layer file that
// lists the photos.
func DataFolder(dir string, photos ...string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	var withPhotos string
	for _, f := range data.EmbeddedLayers() {
		b := f.Data
		name := filepath.Join(dir, filepath.Base(f.Name))
		if len(photos) > 0 && filepath.Base(f.Name) == "revitalisation.geojson" {
			var err error
			if b, err = addPhotos(b, photos); err != nil {
				return "", err
			}
			withPhotos = name
		}
		if err := os.WriteFile(name, b, 0o644); err != nil {
			return "", err
		}
	}
	return withPhotos, nil
}

// addPhotos lists photos on the first feature of a layer file.
func addPhotos(b []byte, photos []string) ([]byte, error) {
	var fc map[string]any
	if err := json.Unmarshal(b, &fc); err != nil {
		return nil, err
	}
	feats, _ := fc["features"].([]any)
	if len(feats) == 0 {
		return nil, fmt.Errorf("no features")
	}
	props := feats[0].(map[string]any)["properties"].(map[string]any)
	var list []any
	for _, p := range photos {
		list = append(list, map[string]any{
			"file":    p,
			"caption": map[string]string{"zh": "照片", "en": "Photo"},
			"credit":  "Test",
		})
	}
	props["photos"] = list
	return json.MarshalIndent(fc, "", " ")
}

// GeoJSONName writes a GeoJSON layer of one point near Ningbo whose name is
// n bytes of text.
func GeoJSONName(path string, n int) error {
	name := strings.Repeat("宁波", n/6+1)[:n/3*3]
	fc := map[string]any{
		"type": "FeatureCollection",
		"features": []any{map[string]any{
			"type":       "Feature",
			"geometry":   map[string]any{"type": "Point", "coordinates": []float64{121.55, 29.87}},
			"properties": map[string]any{"name": name},
		}},
	}
	b, err := json.Marshal(fc)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// CSVPoints writes a CSV of n points around Ningbo with a lon,lat header.
func CSVPoints(path string, n int) error {
	return writeFile(path, func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<16)
		bw.WriteString("lon,lat\n")
		r := rand.New(rand.NewPCG(1, 2))
		for range n {
			fmt.Fprintf(bw, "121.%d,29.%d\n", r.IntN(10), r.IntN(10))
		}
		return bw.Flush()
	})
}

// UsageGarbage writes a usage file of size bytes of two-byte lines that
// are not rows ("x\n"): millions of bad lines.
func UsageGarbage(path string, size int) error {
	return writeFile(path, func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<16)
		for range size / 2 {
			bw.WriteString("x\n")
		}
		return bw.Flush()
	})
}
