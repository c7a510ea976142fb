package export

import (
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
// layer-file schema (data/layers/*.geojson), as data.LayerCollection does:
// GeoJSON writes it byte for byte as data.WriteLayer does, and the result
// loads back with data.LoadDir.
func DataLayer(l *data.Layer) *geojson.FeatureCollection {
	return data.LayerCollection(l)
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
		f := data.SiteFeature(s)
		f.Properties["layer"] = s.Layer
		fc.Append(f)
	}
	return fc
}
