package app

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"reflect"
	"sort"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"github.com/go-text/typesetting/font"

	"ningbomap/app/style"
	"ningbomap/data"
	"ningbomap/resources"
)

// TestFontCoversContent checks that the theme's fonts, the embedded Noto Sans CJK SC in
// both weights, have a glyph of their own for every character the app can show: the
// embedded data (names, stories, labels, formatted figures) and the translations. Fyne's
// fallback fonts do not count, so that Latin letters and digits inside Chinese text come
// from the same family as the hanzi. resources.HasRune, which `ningbomap check` uses, must
// agree.
func TestFontCoversContent(t *testing.T) {
	th := style.NewTheme()
	for _, tc := range []struct {
		name   string
		style  fyne.TextStyle
		weight font.Weight
	}{
		{"regular", fyne.TextStyle{}, font.WeightNormal},
		{"bold", fyne.TextStyle{Bold: true}, font.WeightBold},
	} {
		t.Run(tc.name, func(t *testing.T) {
			face := parseFont(t, th.Font(tc.style))
			d := face.Describe()
			if d.Family != "Noto Sans CJK SC" || d.Aspect.Weight != tc.weight {
				t.Errorf("font for %+v is %q weight %v, want Noto Sans CJK SC weight %v",
					tc.style, d.Family, d.Aspect.Weight, tc.weight)
			}
			checkCoverage(t, face)
		})
	}
}

func parseFont(t *testing.T, r fyne.Resource) *font.Face {
	t.Helper()
	face, err := font.ParseTTF(bytes.NewReader(r.Content()))
	if err != nil {
		t.Fatalf("parse %s: %v", r.Name(), err)
	}
	return face
}

func checkCoverage(t *testing.T, faces ...*font.Face) {
	t.Helper()
	runes := map[rune]string{}
	add := func(where, s string) {
		for _, r := range s {
			if unicode.IsControl(r) || r == '\u00a0' {
				continue
			}
			if _, ok := runes[r]; !ok {
				runes[r] = where
			}
		}
	}

	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	collectStrings(reflect.ValueOf(ds), func(s string) { add("data", s) })
	sites := append([]*data.Site{ds.Overview}, ds.Sites...)
	for _, s := range sites {
		if s == nil {
			continue
		}
		for _, ind := range s.Indicators {
			for _, l := range []data.Lang{data.Zh, data.En} {
				collectStrings(reflect.ValueOf(ind.Format(l)), func(v string) { add("figure "+s.ID+"/"+ind.Key, v) })
			}
		}
	}

	err = fs.WalkDir(resources.Translations, resources.TranslationsDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(resources.Translations, path)
		if err != nil {
			return err
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		for _, v := range m {
			add(path, v)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(runes) < 500 {
		t.Fatalf("only %d distinct characters collected: the content did not load", len(runes))
	}

	var missing []rune
	for r := range runes {
		if unicode.IsSpace(r) {
			continue
		}
		found := false
		for _, f := range faces {
			if _, ok := f.NominalGlyph(r); ok {
				found = true
				break
			}
		}
		if !found {
			missing = append(missing, r)
		}
		if found != resources.HasRune(r) {
			t.Errorf("resources.HasRune(%q) = %v, the face says %v", r, !found, found)
		}
	}
	sort.Slice(missing, func(i, j int) bool { return missing[i] < missing[j] })
	for _, r := range missing {
		t.Errorf("no glyph for %q (U+%04X), used in %s", r, r, runes[r])
	}
	t.Logf("%d distinct characters, %d missing", len(runes), len(missing))
}

// collectStrings calls f for every string reachable from v.
func collectStrings(v reflect.Value, f func(string)) {
	switch v.Kind() {
	case reflect.String:
		f(v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			collectStrings(v.Elem(), f)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				collectStrings(v.Field(i), f)
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Float64 {
			return
		}
		for i := 0; i < v.Len(); i++ {
			collectStrings(v.Index(i), f)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			collectStrings(v.MapIndex(k), f)
		}
	}
}
