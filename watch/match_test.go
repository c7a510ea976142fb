package watch

import "testing"

func TestDefaultMatch(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"layer.geojson", true},
		{"LAYER.GeoJSON", true},
		{"themes.json", true},
		{"route.kml", true},
		{"route.kmz", true},
		{"track.gpx", true},
		{"sites.csv", true},
		{"notes.txt", false},
		{"4913", false},
		{"a.geojson~", false},
		{".x.geojson.swp", false},
		{"x.geojson.swp", false},
		{"x.geojson.tmp", false},
		{".hidden.geojson", false},
		{"geojson", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DefaultMatch(tt.name); got != tt.want {
				t.Errorf("DefaultMatch(%q) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}
