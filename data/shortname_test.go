package data

import (
	"testing"
)

func TestShortName(t *testing.T) {
	long := Text{Zh: "奉化区水利局排水管理服务处", En: "Drainage Management Service Office"}
	cases := []struct {
		name    string
		short   Text
		zh, en  string
		wantErr bool
	}{
		{"none: the name", Text{}, long.Zh, long.En, false},
		{"both", Text{Zh: "奉化排水服务处", En: "Fenghua Drainage Office"}, "奉化排水服务处", "Fenghua Drainage Office", false},
		{"zh only: the name in en", Text{Zh: "排水处"}, "排水处", long.En, true},
		{"too long", Text{Zh: "一二三四五六七八九", En: "Twenty-five characters ok"}, "一二三四五六七八九", "Twenty-five characters ok", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := &Site{Name: long, Short: c.short}
			if got := s.ShortName(Zh); got != c.zh {
				t.Errorf("zh %q, want %q", got, c.zh)
			}
			if got := s.ShortName(En); got != c.en {
				t.Errorf("en %q, want %q", got, c.en)
			}
			if c.short.IsZero() {
				return
			}
			var errs []error
			checkShort(c.short, &report{file: "f", index: 1, id: "x", errs: &errs})
			if (len(errs) > 0) != c.wantErr {
				t.Errorf("errors %v, want some: %v", errs, c.wantErr)
			}
		})
	}
}

// TestEmbeddedShortNames checks that every place's map label is short: the
// long names carry a short one.
func TestEmbeddedShortNames(t *testing.T) {
	ds, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ds.Sites {
		for _, l := range []Lang{Zh, En} {
			max := MaxShortZh
			if l == En {
				max = MaxShortEn
			}
			if n := len([]rune(s.ShortName(l))); n > max {
				t.Errorf("%s: label %q has %d characters, give it a short name", s.ID, s.ShortName(l), n)
			}
		}
	}
}
