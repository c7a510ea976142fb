package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/paulmach/orb/geojson"
)

// GeoJSON writes fc as a GeoJSON FeatureCollection: its bbox and foreign
// members (sorted by name) first, then one feature per line. Features are
// encoded by orb's geojson, so coordinates keep every digit of their
// float64 values and read back identical. A degenerate geometry (a line
// of one position, a ring of fewer than four or not closed) is refused
// with an error naming its feature, so that what is written is valid
// RFC 7946 GeoJSON; w may then hold part of the output.
func GeoJSON(w io.Writer, fc *geojson.FeatureCollection) error {
	if fc == nil {
		return fmt.Errorf("export geojson: no feature collection")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(`{"type":"FeatureCollection"`)
	if len(fc.BBox) > 0 {
		if err := member(bw, "bbox", fc.BBox); err != nil {
			return err
		}
	}
	names := make([]string, 0, len(fc.ExtraMembers))
	for name := range fc.ExtraMembers {
		if name != "type" && name != "features" && name != "bbox" {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		if err := member(bw, name, fc.ExtraMembers[name]); err != nil {
			return err
		}
	}
	bw.WriteString(`,"features":[`)
	for i, f := range fc.Features {
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
		if err := validGeometry(f.Geometry); err != nil {
			return fmt.Errorf("export geojson: feature %d: geometry: %w", i+1, err)
		}
		b, err := f.MarshalJSON()
		if err != nil {
			return fmt.Errorf("export geojson: feature %d: %w", i+1, err)
		}
		if _, err := bw.Write(b); err != nil {
			return fmt.Errorf("export geojson: %w", err)
		}
	}
	bw.WriteString("\n]}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export geojson: %w", err)
	}
	return nil
}

// member writes `,"name":value`.
func member(w *bufio.Writer, name string, value any) error {
	k, err := json.Marshal(name)
	if err != nil {
		return fmt.Errorf("export geojson: member %q: %w", name, err)
	}
	v, err := json.Marshal(value)
	if err != nil {
		return fmt.Errorf("export geojson: member %q: %w", name, err)
	}
	w.WriteByte(',')
	w.Write(k)
	w.WriteByte(':')
	w.Write(v)
	return nil
}
