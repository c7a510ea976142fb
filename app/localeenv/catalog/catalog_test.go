package catalog

import (
	"testing"
	"testing/fstest"

	"ningbomap/resources"
)

var files = fstest.MapFS{
	"tr/en.json":           {Data: []byte(`{"hello": "Hello", "count": "{{.N}} places"}`)},
	"tr/base.zh_Hans.json": {Data: []byte(`{"hello": "你好", "count": "{{.N}} 个地点"}`)},
	"tr/README.txt":        {Data: []byte("not a translation")},
}

func TestX(t *testing.T) {
	for _, tc := range []struct {
		lang, key string
		data      any
		want      string
	}{
		{"zh", "hello", nil, "你好"},
		{"en", "hello", nil, "Hello"},
		{"zh-CN", "hello", nil, "你好"},
		{"zh", "count", map[string]any{"N": 3}, "3 个地点"},
		{"en", "count", map[string]any{"N": 1}, "1 places"},
		{"zh", "missing.key", nil, "missing.key"},
		{"en", "{{.N}} left", map[string]any{"N": 2}, "2 left"},
	} {
		t.Run(tc.lang+"/"+tc.key, func(t *testing.T) {
			c, err := New(files, "tr", tc.lang)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.X(tc.key, tc.data); got != tc.want {
				t.Errorf("X(%q) = %q, want %q", tc.key, got, tc.want)
			}
		})
	}
}

func TestNewErrors(t *testing.T) {
	for _, tc := range []struct{ name, dir, lang string }{
		{"no folder", "nope", "en"},
		{"bad tag", "tr", "!!"},
		{"no files", "empty", "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"empty/x.txt": {Data: []byte("x")}}
			for k, v := range files {
				fsys[k] = v
			}
			if _, err := New(fsys, tc.dir, tc.lang); err == nil {
				t.Errorf("New(%s, %s): want an error", tc.dir, tc.lang)
			}
		})
	}
}

// TestIgnoresEnvironment checks the point of the package: the catalog answers in its own
// language whatever the locale variables say (as on Windows, where Fyne ignores them).
func TestIgnoresEnvironment(t *testing.T) {
	for _, env := range []string{"en_US.UTF-8", "zh_CN.UTF-8", "C"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv("LANGUAGE", env)
			t.Setenv("LANG", env)
			for lang, want := range map[string]string{"zh": "全市概览", "en": "Overview"} {
				c, err := New(resources.Translations, resources.TranslationsDir, lang)
				if err != nil {
					t.Fatal(err)
				}
				if got := c.X("map.overview", nil); got != want {
					t.Errorf("%s catalog under %s: %q, want %q", lang, env, got, want)
				}
			}
		})
	}
}
