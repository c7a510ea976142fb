package data

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckGlyphs(t *testing.T) {
	ds, err := LoadEmbedded()
	if err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	for _, tc := range []struct {
		name    string
		lacking rune   // the character has rejects
		want    string // one of the messages
	}{
		{"none lacking", 0, ""},
		{"site name", '招', "layers/governance.geojson: feature 1 (zhaobaoshan): name.zh: character '招' (U+62DB) is not in the embedded font"},
		{"admin path", '镇', "(zhaobaoshan): admin[1].zh: character '镇' (U+9547) is not in the embedded font"},
		{"english", 'Z', "(zhaobaoshan): name.en: character 'Z' (U+005A) is not in the embedded font"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckGlyphs(ds, func(r rune) bool { return r != tc.lacking })
			if tc.want == "" {
				if err != nil {
					t.Fatalf("CheckGlyphs = %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, ErrNoGlyph) {
				t.Fatalf("CheckGlyphs = %v, want ErrNoGlyph", err)
			}
			var fe *FeatureError
			if !errors.As(err, &fe) {
				t.Fatalf("CheckGlyphs = %T, want *FeatureError", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("CheckGlyphs = %v\nwant a line containing %q", err, tc.want)
			}
		})
	}
}

func TestTexts(t *testing.T) {
	ds, err := LoadEmbedded()
	if err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	fields := map[string]int{}
	n := 0
	for at := range ds.Texts() {
		if at.Text == "" || at.File == "" {
			t.Errorf("text %+v has no text or no file", at)
		}
		f := at.Field
		if i := strings.IndexByte(f, '['); i >= 0 {
			f = f[:i]
		}
		fields[strings.SplitN(f, ".", 2)[0]]++
		n++
		if n == 3 {
			break // stopping early must not panic
		}
	}
	for at := range ds.Texts() {
		f := at.Field
		if i := strings.IndexAny(f, "[."); i >= 0 {
			f = f[:i]
		}
		fields[f]++
	}
	for _, f := range []string{"layer", "name", "story", "admin", "indicators", "honours", "source"} {
		if fields[f] == 0 {
			t.Errorf("no %s texts", f)
		}
	}
}
