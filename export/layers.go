package export

import (
	"encoding/json"

	"github.com/paulmach/orb/geojson"

	"ningbomap/data"
	"ningbomap/importer"
)

// ImportedLayer turns an imported layer into a FeatureCollection: each
// feature keeps its geometry and properties, and gains "name",
// "description" and "folder" properties from the feature when it has no
// property of that name. The layer's name becomes the foreign member
// "name", which the importer reads back as the layer's name.
func ImportedLayer(l *importer.Layer) *geojson.FeatureCollection {
	fc := geojson.NewFeatureCollection()
	if l == nil {
		return fc
	}
	if l.Name != "" {
		fc.ExtraMembers = geojson.Properties{"name": l.Name}
	}
	fc.Features = make([]*geojson.Feature, 0, len(l.Features))
	for _, f := range l.Features {
		gf := geojson.NewFeature(f.Geometry)
		for k, v := range f.Properties {
			gf.Properties[k] = v
		}
		for _, extra := range []struct{ key, value string }{
			{"name", f.Name}, {"description", f.Description}, {"folder", f.Folder},
		} {
			if _, taken := gf.Properties[extra.key]; !taken && extra.value != "" {
				gf.Properties[extra.key] = extra.value
			}
		}
		fc.Append(gf)
	}
	return fc
}

// DataLayer turns a layer of places into a FeatureCollection in the
// layer-file schema (data/layers/*.geojson): the "layer" foreign member
// and one Feature per place, so that the result loads back with
// data.LoadDir.
func DataLayer(l *data.Layer) *geojson.FeatureCollection {
	fc := geojson.NewFeatureCollection()
	if l == nil {
		return fc
	}
	fc.ExtraMembers = geojson.Properties{"layer": map[string]any{"id": l.ID, "theme": l.Theme, "name": l.Name}}
	for _, s := range l.Sites {
		fc.Append(siteFeature(s))
	}
	return fc
}

// Places turns every place of ds, the overview first and then the places
// in tour order, into one FeatureCollection in the layer-file schema, with
// a "layer" property naming each place's layer.
func Places(ds *data.Dataset) *geojson.FeatureCollection {
	fc := geojson.NewFeatureCollection()
	if ds == nil {
		return fc
	}
	sites := ds.Sites
	if ds.Overview != nil {
		sites = append([]*data.Site{ds.Overview}, sites...)
	}
	for _, s := range sites {
		f := siteFeature(s)
		f.Properties["layer"] = s.Layer
		fc.Append(f)
	}
	return fc
}

// siteFeature is the layer-file Feature of one place.
func siteFeature(s *data.Site) *geojson.Feature {
	f := geojson.NewFeature(s.Point)
	f.ID = s.ID
	admin, honours := texts(s.Admin), texts(s.Honours)
	indicators := make([]map[string]any, 0, len(s.Indicators))
	for _, ind := range s.Indicators {
		indicators = append(indicators, indicator(ind))
	}
	f.Properties = geojson.Properties{
		"id":           s.ID,
		"name":         s.Name,
		"admin":        admin,
		"district":     s.District,
		"precision":    s.Precision,
		"coord_source": s.CoordSource,
		"theme":        s.Theme,
		"tour":         s.Tour,
		"story":        s.Story,
		"indicators":   indicators,
		"honours":      honours,
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

// indicator writes an indicator by its JSON tags, leaving out the
// optional members that are not set (null, "", or a Text with both
// languages empty), as the layer files do. Going through the tags keeps
// members added to data.Indicator later.
func indicator(ind data.Indicator) map[string]any {
	m := map[string]any{}
	b, err := json.Marshal(ind)
	if err == nil {
		err = json.Unmarshal(b, &m)
	}
	if err != nil { // cannot happen for plain data; keep the essentials
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
func texts(ts []data.Text) []data.Text {
	if ts == nil {
		return []data.Text{}
	}
	return ts
}
