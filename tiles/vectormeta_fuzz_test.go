package tiles

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzVectorMeta feeds bytes to the metadata reader and the schema
// detection, seeded with the metadata of a Protomaps legacy build, a
// planetiler OpenMapTiles build and tilemaker's. Nothing may panic; the
// layers read stay within the caps, named, once each, their zooms 0–30 or
// unset; the schema's name goes with its kind.
func FuzzVectorMeta(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("testdata", "firenze-legacy-metadata.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"name":"OpenMapTiles","version":"3.15.0","attribution":"© OpenMapTiles © OpenStreetMap contributors","vector_layers":[{"id":"water","fields":{"class":"String"},"minzoom":0,"maxzoom":14},{"id":"transportation","fields":{"class":"String","brunnel":"String"}},{"id":"place","fields":{"name":"String"},"minzoom":2.0}]}`))
	f.Add([]byte(`{"vector_layers":[{"id":"earth"},{"id":"roads","fields":{"kind":"String","is_bridge":"Boolean"}},{"id":"places"}],"name":"Protomaps Basemap","version":"4.13.4"}`))
	f.Add([]byte(`{"vector_layers":[{"id":3},{"id":"x","minzoom":-1}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, _ := parseVectorMeta(b)
		if len(m.Layers) > MaxVectorMetaLayers {
			t.Fatalf("%d layers", len(m.Layers))
		}
		seen := map[string]bool{}
		fields := 0
		for _, l := range m.Layers {
			if l.ID == "" || seen[l.ID] || l.MinZoom < -1 || l.MinZoom > 30 || l.MaxZoom < -1 || l.MaxZoom > 30 {
				t.Fatalf("layer %+v", l)
			}
			seen[l.ID] = true
			fields += len(l.Fields)
		}
		if fields > MaxVectorMetaFields {
			t.Fatalf("%d fields", fields)
		}
		s := detectSchema(m.Layers, m)
		if (s.Kind == SchemaUnknown) != (s.Name == "") || (s.Err() == nil) != (s.Kind != SchemaUnknown) || s.String() == "" {
			t.Fatalf("schema %+v", s)
		}
	})
}
