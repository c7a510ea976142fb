package style

import (
	"sync/atomic"

	uicatalog "ningbomap/app/localeenv/catalog"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// ShowIf shows o when on and hides it otherwise.
func ShowIf(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

// catalog is the catalog T and TData answer from; nil until SetCatalog.
var catalog atomic.Pointer[uicatalog.Catalog]

// SetCatalog makes c the translations T and TData answer from (the app's --lang
// language, on every system).
func SetCatalog(c *uicatalog.Catalog) { catalog.Store(c) }

// T returns the translation of key in the current UI language.
func T(key string) string { return translate(key, nil) }

// TData returns the translation of key, filled from d.
func TData(key string, d map[string]any) string { return translate(key, d) }

// translate answers from the catalog, or from Fyne's translator before SetCatalog.
func translate(key string, d map[string]any) string {
	if c := catalog.Load(); c != nil {
		return c.X(key, d)
	}
	if d == nil {
		return lang.X(key, key)
	}
	return lang.X(key, key, d)
}
