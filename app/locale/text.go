// Package locale is the one home of the user interface's languages: the language the app
// starts in (the locale, or --lang, settled before Fyne reads the environment: env.go),
// the translations of one language (Catalog, read from resources.Translations) and T and
// TData, which every UI package asks for its texts.
//
// It knows neither Fyne nor the map's data, and imports nothing that needs text/template:
// its initialiser must run before Fyne's lang package reads the locale (see env.go). The
// app registers the same files with Fyne's translator for Fyne's own texts (dialog
// buttons).
package locale

import (
	"sync/atomic"

	"ningbomap/resources"
)

// current is the catalog T and TData answer from; nil until Use or SetCatalog.
var current atomic.Pointer[Catalog]

// Use makes lang ("zh" or "en") the language of T and TData, read from the embedded
// translations, and of Fyne's translator through the environment (Apply); calling it
// again switches the language at run time.
func Use(lang string) error {
	c, err := New(resources.Translations, resources.TranslationsDir, lang)
	if err != nil {
		return err
	}
	SetCatalog(c)
	Apply(lang)
	return nil
}

// SetCatalog makes c the translations T and TData answer from (nil: none, so that T
// returns its key).
func SetCatalog(c *Catalog) { current.Store(c) }

// T returns the translation of key in the current UI language.
func T(key string) string { return TData(key, nil) }

// TData returns the translation of key, its {{.Name}} fields filled from d.
func TData(key string, d map[string]any) string {
	if c := current.Load(); c != nil {
		return c.X(key, d)
	}
	return fill(key, d)
}
