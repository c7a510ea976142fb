package app

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"ningbomap/app/localeenv"
	"ningbomap/app/localeenv/catalog"
	"ningbomap/app/style"
	"ningbomap/data"
	"ningbomap/resources"
)

// StartupLanguage is the language settled before Fyne started: from --lang, else the
// locale (Chinese for zh*, English otherwise).
func StartupLanguage() data.Lang {
	return data.Lang(localeenv.Lang)
}

// ParseLanguage reads a --lang value.
func ParseLanguage(s string) (data.Lang, error) {
	l, ok := localeenv.Parse(s)
	if !ok {
		return "", fmt.Errorf("unknown language %q: use zh or en", s)
	}
	return data.Lang(l), nil
}

// SetLanguage makes l the language of the app's texts and of Fyne's translator and
// (re)loads the translations; calling it again switches the language at run time, after
// which visible widgets must be rebuilt.
//
// The app's own texts come from a catalog of exactly l, on every system. Fyne's
// translator (its own dialog buttons and menus) follows the environment set here on
// Linux and BSD, but on Windows and macOS it follows the system's language whatever l is.
func SetLanguage(l data.Lang) error {
	c, err := catalog.New(resources.Translations, resources.TranslationsDir, string(l))
	if err != nil {
		return err
	}
	style.SetCatalog(c)
	localeenv.Apply(string(l))
	// Registering the files makes lang re-read the locale from the environment.
	return lang.AddTranslationsFS(resources.Translations, resources.TranslationsDir)
}

// T returns the translation of key in the current UI language.
func T(key string) string { return style.T(key) }

// TData returns the translation of key, filled from d.
func TData(key string, d map[string]any) string { return style.TData(key, d) }
