package data

import (
	"regexp"
	"testing"
)

func TestThemes(t *testing.T) {
	hex := regexp.MustCompile(`^#[0-9A-F]{6}$`)
	want := []string{ThemeRevitalisation, ThemeGovernance, ThemeService, ThemePioneers, ThemeOverview}
	themes := Themes()
	if len(themes) != len(want) {
		t.Fatalf("got %d themes, want %d", len(themes), len(want))
	}
	for i, th := range themes {
		t.Run(th.ID, func(t *testing.T) {
			if th.ID != want[i] || th.Order != i+1 {
				t.Errorf("theme %d = %s order %d, want %s order %d", i, th.ID, th.Order, want[i], i+1)
			}
			if !hex.MatchString(th.Color) {
				t.Errorf("colour %q is not #RRGGBB", th.Color)
			}
			if th.Name.missing() != "" || len([]rune(th.Icon)) != 1 {
				t.Errorf("name %v or icon %q incomplete", th.Name, th.Icon)
			}
			if !knownTheme(th.ID) || themeOrder(th.ID) != th.Order {
				t.Errorf("lookup of %s disagrees", th.ID)
			}
		})
	}
	if knownTheme("weather") || themeOrder("weather") <= len(want) {
		t.Error("an unknown theme is known")
	}
}

func TestDatasetLookups(t *testing.T) {
	a := &Site{ID: "a", Tour: 1}
	o := &Site{ID: "ningbo", Theme: ThemeOverview}
	// A Dataset built by hand (as tests elsewhere do) has no index.
	ds := &Dataset{
		Sites: []*Site{a}, Overview: o, Themes: Themes(),
		Districts: []District{{Code: "330213"}},
		Layers:    []*Layer{{ID: "l", Sites: []*Site{a}}},
	}
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"site", ds.Site("a"), a},
		{"overview", ds.Site("ningbo"), o},
		{"no site", ds.Site("b"), (*Site)(nil)},
		{"district", ds.DistrictOf("330213"), &ds.Districts[0]},
		{"no district", ds.DistrictOf("330283"), (*District)(nil)},
		{"theme", ds.Theme(ThemeService), &ds.Themes[2]},
		{"no theme", ds.Theme("x"), (*Theme)(nil)},
		{"layer", ds.Layer("l"), ds.Layers[0]},
		{"no layer", ds.Layer("x"), (*Layer)(nil)},
		{"nil dataset", (*Dataset)(nil).Site("a"), (*Site)(nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
}
