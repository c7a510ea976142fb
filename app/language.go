package app

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"ningbomap/app/locale"
	"ningbomap/data"
	"ningbomap/resources"
)

// StartupLanguage is the language settled before Fyne started: from --lang, else the
// locale (Chinese for zh*, English otherwise).
func StartupLanguage() data.Lang {
	return data.Lang(locale.Lang)
}

// ParseLanguage reads a --lang value.
func ParseLanguage(s string) (data.Lang, error) {
	l, ok := locale.Parse(s)
	if !ok {
		return "", fmt.Errorf("unknown language %q: use zh or en", s)
	}
	return data.Lang(l), nil
}

// SetLanguage makes l the language of the app's texts (locale.T) and of Fyne's
// translator and (re)loads the translations; calling it again switches the language at
// run time, after which visible widgets must be rebuilt.
//
// The app's own texts come from a catalog of exactly l, on every system. Fyne's
// translator (its own dialog buttons and menus) follows the environment set here on
// Linux and BSD, but on Windows and macOS it follows the system's language whatever l is.
func SetLanguage(l data.Lang) error {
	if err := locale.Use(string(l)); err != nil {
		return err
	}
	// Registering the files makes lang re-read the locale from the environment.
	return lang.AddTranslationsFS(resources.Translations, resources.TranslationsDir)
}

// toggleLanguage switches between Chinese and English (the top bar's button).
func (ui *mainUI) toggleLanguage() {
	l := data.Zh
	if ui.lang == data.Zh {
		l = data.En
	}
	ui.setLanguage(l)
}

// setLanguage shows the window in l: rebuilt, with what was open opened again.
func (ui *mainUI) setLanguage(l data.Lang) {
	ui.useLanguage(l)
	ui.open(ui.state.target)
}

// useLanguage rebuilds the window in l, opening nothing (the caller opens what should be
// open).
func (ui *mainUI) useLanguage(l data.Lang) {
	ui.lang = l
	_ = SetLanguage(l)
	ui.tour.setLang(l)
	if ui.kiosk != nil {
		ui.kiosk.setLang(l)
	}
	ui.build()
}
