package data

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/paulmach/orb/geojson"
)

// WriteLayer writes l as a layer file (the schema of layers/*.geojson, which
// LoadDir reads back): the "layer" member, then one Feature per place, in the
// order of l.Sites, one a line. Writing the same layer gives the same bytes,
// so that an editor can tell a changed layer from an unchanged one by its
// file. A place whose values JSON cannot hold (a NaN figure) fails with an
// error naming it; w may then hold part of the file.
func WriteLayer(w io.Writer, l *Layer) error {
	bw := bufio.NewWriterSize(w, 16<<10)
	header, err := json.Marshal(layerMember(l))
	if err != nil {
		return fmt.Errorf("layer %s: %w", l.ID, err)
	}
	bw.WriteString(`{"type":"FeatureCollection","layer":`)
	bw.Write(header)
	bw.WriteString(`,"features":[`)
	for i, s := range l.Sites {
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
		b, err := SiteFeature(s).MarshalJSON()
		if err != nil {
			return fmt.Errorf("layer %s: feature %d (%s): %w", l.ID, i+1, s.ID, err)
		}
		bw.Write(b)
	}
	bw.WriteString("\n]}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("layer %s: %w", l.ID, err)
	}
	return nil
}

// EncodeLayer returns the layer file WriteLayer writes.
func EncodeLayer(l *Layer) ([]byte, error) {
	var b bytes.Buffer
	if err := WriteLayer(&b, l); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// LayerCollection is l as the FeatureCollection of its layer file: the
// "layer" foreign member and one Feature per place (SiteFeature), for
// writers of other GeoJSON shapes.
func LayerCollection(l *Layer) *geojson.FeatureCollection {
	fc := geojson.NewFeatureCollection()
	if l == nil {
		return fc
	}
	fc.ExtraMembers = geojson.Properties{"layer": layerMember(l)}
	for _, s := range l.Sites {
		fc.Append(SiteFeature(s))
	}
	return fc
}

// layerMember is the "layer" member of a layer file.
func layerMember(l *Layer) map[string]any {
	return map[string]any{"id": l.ID, "theme": l.Theme, "name": l.Name}
}

// SiteFeature is the Feature of one place in a layer file: every property
// the loader reads, the optional "short" and "photos" only when set.
func SiteFeature(s *Site) *geojson.Feature {
	f := geojson.NewFeature(s.Point)
	f.ID = s.ID
	indicators := make([]map[string]any, 0, len(s.Indicators))
	for _, ind := range s.Indicators {
		indicators = append(indicators, indicatorMembers(ind))
	}
	f.Properties = geojson.Properties{
		"id":           s.ID,
		"name":         s.Name,
		"admin":        texts(s.Admin),
		"district":     s.District,
		"precision":    s.Precision,
		"coord_source": s.CoordSource,
		"theme":        s.Theme,
		"tour":         s.Tour,
		"story":        s.Story,
		"indicators":   indicators,
		"honours":      texts(s.Honours),
		"source":       s.Source,
	}
	if len(s.Photos) > 0 {
		f.Properties["photos"] = s.Photos
	}
	if !s.Short.IsZero() {
		f.Properties["short"] = s.Short
	}
	return f
}

// indicatorMembers writes an indicator by its JSON tags, leaving out the
// optional members that are not set (null, "", or a Text with both
// languages empty), as the layer files do; indicatorGiven says which
// members that leaves. Going through the tags keeps members added to
// Indicator later.
func indicatorMembers(ind Indicator) map[string]any {
	m := map[string]any{}
	b, err := json.Marshal(ind)
	if err == nil {
		err = json.Unmarshal(b, &m)
	}
	if err != nil { // a NaN or infinite value: keep the essentials, and let the encoder name the problem
		return map[string]any{"key": ind.Key, "label": ind.Label, "value": ind.Value, "unit": ind.Unit}
	}
	for k, v := range m {
		switch v := v.(type) {
		case nil:
			delete(m, k)
		case string:
			if v == "" {
				delete(m, k)
			}
		case map[string]any:
			if len(v) == 2 && v["zh"] == "" && v["en"] == "" {
				delete(m, k)
			}
		}
	}
	return m
}

// texts returns ts, or an empty list for nil, so that it encodes as [].
func texts(ts []Text) []Text {
	if ts == nil {
		return []Text{}
	}
	return ts
}
