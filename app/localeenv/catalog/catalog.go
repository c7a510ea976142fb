// Package catalog holds the user-interface translations of one language, chosen by the
// program rather than by the operating system.
//
// Fyne's lang package picks its language from the system: from LANGUAGE, LC_ALL and LANG
// on Linux, but on Windows from GetUserDefaultLocaleName (through
// github.com/jeandeaual/go-locale), which no environment variable or flag can change. A
// Catalog answers for exactly the language it was made for on every system, so a --lang
// choice reaches every translated string.
package catalog

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"text/template"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Catalog translates message keys into one language. It is safe for concurrent use once
// made.
type Catalog struct {
	lang      string
	localizer *i18n.Localizer
}

// New reads from dir in fsys the go-i18n JSON file whose name (before ".json", after an
// optional "prefix.") is a language tag matching lang ("zh" matches zh_Hans.json, "en"
// matches en.json).
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
	b := i18n.NewBundle(tags[i])
	b.RegisterUnmarshalFunc("json", json.Unmarshal)
	if _, err := b.ParseMessageFileBytes(buf, names[i]); err != nil {
		return nil, fmt.Errorf("translations: %s: %w", names[i], err)
	}
	return &Catalog{lang: lang, localizer: i18n.NewLocalizer(b, tags[i].String())}, nil
}

// Lang is the language the catalog was made for.
func (c *Catalog) Lang() string { return c.lang }

// X returns the translation of key, its template filled from data (nil for none); a key
// without a translation is returned filled as it is.
func (c *Catalog) X(key string, data any) string {
	s, err := c.localizer.Localize(&i18n.LocalizeConfig{
		DefaultMessage: &i18n.Message{ID: key, Other: key},
		TemplateData:   data,
	})
	var notFound *i18n.MessageNotFoundErr
	if err == nil || (errors.As(err, &notFound) && s != "") {
		return s
	}
	return fill(key, data)
}

// fill executes s as a template with data, or returns s when it is not one.
func fill(s string, data any) string {
	t, err := template.New("").Parse(s)
	if err != nil {
		return s
	}
	var sb strings.Builder
	if t.Execute(&sb, data) != nil {
		return s
	}
	return sb.String()
}
