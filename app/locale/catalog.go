package locale

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"golang.org/x/text/language"
)

// Catalog translates message keys into one language. Fyne's lang package picks its
// language from the system: from LANGUAGE, LC_ALL and LANG on Linux, but on Windows from
// GetUserDefaultLocaleName (through github.com/jeandeaual/go-locale), which no environment
// variable or flag can change. A Catalog answers for exactly the language it was made for
// on every system, so a --lang choice reaches every translated string. It is safe for
// concurrent use once made.
type Catalog struct {
	lang     string
	messages map[string]string
}

// New reads from dir in fsys the JSON file whose name (before ".json", after an optional
// "prefix.") is a language tag matching lang ("zh" matches zh_Hans.json, "en" matches
// en.json). The files are the flat go-i18n files Fyne's translator also reads: one
// string per key.
func New(fsys fs.FS, dir, lang string) (*Catalog, error) {
	want, err := language.Parse(lang)
	if err != nil {
		return nil, fmt.Errorf("language %q: %w", lang, err)
	}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("translations: %w", err)
	}
	var names []string
	var tags []language.Tag
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		base := strings.TrimSuffix(e.Name(), ".json")
		if i := strings.LastIndexByte(base, '.'); i >= 0 {
			base = base[i+1:]
		}
		t, err := language.Parse(base)
		if err != nil {
			continue
		}
		names, tags = append(names, e.Name()), append(tags, t)
	}
	if len(tags) == 0 {
		return nil, fmt.Errorf("translations: no language files in %s", dir)
	}
	_, i, conf := language.NewMatcher(tags).Match(want)
	if conf == language.No {
		return nil, fmt.Errorf("translations: no file for language %q in %s", lang, dir)
	}
	buf, err := fs.ReadFile(fsys, path.Join(dir, names[i]))
	if err != nil {
		return nil, fmt.Errorf("translations: %w", err)
	}
	c := &Catalog{lang: lang}
	if err := json.Unmarshal(buf, &c.messages); err != nil {
		return nil, fmt.Errorf("translations: %s: %w", names[i], err)
	}
	return c, nil
}

// Lang is the language the catalog was made for.
func (c *Catalog) Lang() string { return c.lang }

// X returns the translation of key, its fields filled from data (nil for none); a key
// without a translation is returned filled as it is.
func (c *Catalog) X(key string, data map[string]any) string {
	if s, ok := c.messages[key]; ok {
		return fill(s, data)
	}
	return fill(key, data)
}

// fill replaces each {{.Name}} in s by data's Name, printed as fmt's %v prints it, and a
// name data lacks by "<no value>", as text/template would. The translations use no other
// template actions (TestTranslationsUseOnlyFields keeps it so): this package may not
// import text/template, which would let Fyne's lang package initialise first (see env.go).
func fill(s string, data map[string]any) string {
	if !strings.Contains(s, "{{") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "{{")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "}}")
		if j < 0 {
			break
		}
		name, ok := field(s[i+2 : i+j])
		if !ok { // not a field: leave it as it is
			b.WriteString(s[:i+j+2])
			s = s[i+j+2:]
			continue
		}
		b.WriteString(s[:i])
		if v, ok := data[name]; ok {
			fmt.Fprint(&b, v)
		} else {
			b.WriteString("<no value>")
		}
		s = s[i+j+2:]
	}
	b.WriteString(s)
	return b.String()
}

// field reads a template action that names a field, ".Name" (spaces around allowed), and
// returns the name.
func field(action string) (string, bool) {
	name, ok := strings.CutPrefix(strings.TrimSpace(action), ".")
	if !ok || name == "" {
		return "", false
	}
	for i, r := range name {
		letter := r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
		if !letter && (i == 0 || r < '0' || r > '9') {
			return "", false
		}
	}
	return name, true
}
