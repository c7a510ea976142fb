package app

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"ningbomap/app/localeenv"
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

// SetLanguage makes l the language of Fyne's translator and (re)loads the app's
// translations; calling it again switches the language at run time, after which visible
// widgets must be rebuilt.
func SetLanguage(l data.Lang) error {
	localeenv.Apply(string(l))
	// Registering the files makes lang re-read the locale from the environment.
	return lang.AddTranslationsFS(resources.Translations, resources.TranslationsDir)
}

// T returns the translation of key in the current UI language.
func T(key string) string {
	return lang.X(key, key)
}

// TData returns the translation of key, filled from d.
func TData(key string, d map[string]any) string {
	return lang.X(key, key, d)
}
