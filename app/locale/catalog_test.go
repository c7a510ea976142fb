package locale

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"testing/fstest"

	"ningbomap/resources"
)

var files = fstest.MapFS{
	"tr/en.json":           {Data: []byte(`{"hello": "Hello", "count": "{{.N}} places"}`)},
	"tr/base.zh_Hans.json": {Data: []byte(`{"hello": "你好", "count": "{{.N}} 个地点"}`)},
	"tr/README.txt":        {Data: []byte("not a translation")},
}

func TestCatalog(t *testing.T) {
	for _, tc := range []struct {
		lang, key string
		data      map[string]any
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

func TestFill(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		data     map[string]any
		want     string
	}{
		{"plain", "no fields", nil, "no fields"},
		{"one", "{{.N}} places", map[string]any{"N": 3}, "3 places"},
		{"two and spaces", "{{ .Name }} · {{.Count}}", map[string]any{"Name": "滕头村", "Count": 15}, "滕头村 · 15"},
		{"missing", "{{.Gone}} left", map[string]any{}, "<no value> left"},
		{"not a field", "{{if .X}}y{{end}} {{.X}}", map[string]any{"X": 1}, "{{if .X}}y{{end}} 1"},
		{"unclosed", "{{.X", map[string]any{"X": 1}, "{{.X"},
		{"empty", "{{.}}", nil, "{{.}}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fill(tc.in, tc.data); got != tc.want {
				t.Errorf("fill(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTranslationsUseOnlyFields: every template action in the translations is a field,
// {{.Name}}, the only kind fill fills; and both languages have the same keys.
func TestTranslationsUseOnlyFields(t *testing.T) {
	keys := map[string]map[string]bool{}
	for _, lang := range []string{"zh", "en"} {
		c, err := New(resources.Translations, resources.TranslationsDir, lang)
		if err != nil {
			t.Fatal(err)
		}
		keys[lang] = map[string]bool{}
		for k, s := range c.messages {
			keys[lang][k] = true
			for rest := s; ; {
				i := strings.Index(rest, "{{")
				if i < 0 {
					break
				}
				j := strings.Index(rest[i:], "}}")
				if j < 0 {
					t.Errorf("%s: %s: an unclosed {{ in %q", lang, k, s)
					break
				}
				if _, ok := field(rest[i+2 : i+j]); !ok {
					t.Errorf("%s: %s: %q is not a {{.Name}} field", lang, k, rest[i:i+j+2])
				}
				rest = rest[i+j+2:]
			}
		}
	}
	for k := range keys["zh"] {
		if !keys["en"][k] {
			t.Errorf("%s is translated into Chinese only", k)
		}
	}
	for k := range keys["en"] {
		if !keys["zh"][k] {
			t.Errorf("%s is translated into English only", k)
		}
	}
}

// TestUse switches the language back and forth, also under a C locale: T follows, and
// LANGUAGE (what Fyne's translator reads) with it.
func TestUse(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "C.UTF-8")
	t.Setenv("LANGUAGE", "")
	t.Cleanup(func() { SetCatalog(nil) })
	for _, step := range []struct{ lang, want string }{{"zh", "全市概览"}, {"en", "Overview"}, {"zh", "全市概览"}} {
		if err := Use(step.lang); err != nil {
			t.Fatal(err)
		}
		if got := T("map.overview"); got != step.want {
			t.Errorf("after Use(%s): T(map.overview) = %q, want %q", step.lang, got, step.want)
		}
		if got := os.Getenv("LANGUAGE"); got != step.lang {
			t.Errorf("after Use(%s): LANGUAGE = %q", step.lang, got)
		}
	}
	if got := TData("layer.loading", map[string]any{"Name": "x.csv"}); !strings.Contains(got, "x.csv") {
		t.Errorf("TData(layer.loading) = %q, want the name filled in", got)
	}
	SetCatalog(nil)
	if got := T("map.overview"); got != "map.overview" {
		t.Errorf("without a catalog T(map.overview) = %q, want the key", got)
	}
}

// TestNoTextTemplate: nothing this package imports needs text/template, so its
// initialiser runs before Fyne's lang package reads the locale (env.go).
func TestNoTextTemplate(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list the imports with")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if p == "text/template" || strings.HasPrefix(p, "fyne.io/") {
			t.Errorf("the package depends on %s", p)
		}
	}
}
