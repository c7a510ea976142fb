package crs

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Frame
		bad  bool
	}{
		{"", WGS84, false},
		{"wgs84", WGS84, false},
		{"WGS-84", WGS84, false},
		{" wgs 84 ", WGS84, false},
		{"gcj02", GCJ02, false},
		{"GCJ-02", GCJ02, false},
		{"gcj_02", GCJ02, false},
		{"bd09", BD09, false},
		{"BD-09", BD09, false},
		{"gcj", WGS84, true},
		{"epsg:4326", WGS84, true},
		{"mars", WGS84, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if tt.bad {
				if err == nil || !strings.Contains(err.Error(), "want wgs84, gcj02, bd09") || !strings.Contains(err.Error(), tt.in) {
					t.Fatalf("Parse(%q) = %v, %v; want an error naming it and the accepted values", tt.in, got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("Parse(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

// TestFrameText reads and writes frames as text, as a configuration file
// holds them (`basemap_crs = "gcj02"`), and refuses an unknown one there
// with the accepted values.
func TestFrameText(t *testing.T) {
	var cfg struct {
		BasemapCRS Frame `toml:"basemap_crs"`
	}
	if _, err := toml.Decode(`basemap_crs = "GCJ-02"`, &cfg); err != nil || cfg.BasemapCRS != GCJ02 {
		t.Fatalf("decoded %v, %v", cfg.BasemapCRS, err)
	}
	if _, err := toml.Decode(`basemap_crs = "baidu"`, &cfg); err == nil || !strings.Contains(err.Error(), "want wgs84, gcj02, bd09") {
		t.Fatalf("unknown frame: %v", err)
	}
	for _, f := range Frames() {
		b, err := f.MarshalText()
		if err != nil || string(b) != f.String() || f.Title() == "" {
			t.Errorf("%v: %q, %v, title %q", f, b, err, f.Title())
		}
	}
	if _, err := Frame(7).MarshalText(); err == nil {
		t.Error("an unknown frame was written")
	}
}
