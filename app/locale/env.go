package locale

import (
	"os"
	"strings"
)

// The start-up language.
//
// Fyne's lang package reads the locale from the environment in its package initialiser and
// logs "Error parsing user locale C" for LANG=C.UTF-8. This package's initialiser runs
// first: Go initialises packages in import-path order among those whose imports are done,
// and fyne.io/fyne/v2/lang waits for text/template, which sorts after ningbomap/... while
// this package needs no text/template (see the package comment).
//
// The language is Chinese for a zh* locale and English otherwise; a --lang zh|en argument
// on the command line overrides it. The result is written to LANGUAGE, which is what Fyne's
// translator then follows.

// vars are the variables gettext consults for messages, most significant first.
var vars = [...]string{"LC_ALL", "LC_MESSAGES", "LANG"}

// Lang is the language chosen at start-up: "zh" or "en".
var Lang string

func init() {
	Lang = FromEnv(os.Getenv)
	if l, ok := FromArgs(os.Args[1:]); ok {
		Lang = l
	}
	Apply(Lang)
}

// FromEnv picks the language from the locale variables: "zh" for zh*, "en" for anything
// else, including an unset, C or POSIX locale.
func FromEnv(getenv func(string) string) string {
	for _, k := range vars {
		v := getenv(k)
		if v == "" {
			continue
		}
		if IsC(v) {
			return "en"
		}
		if lv := getenv("LANGUAGE"); lv != "" {
			v = lv
		}
		if strings.HasPrefix(strings.ToLower(v), "zh") {
			return "zh"
		}
		return "en"
	}
	return "en"
}

// FromArgs finds a --lang or -lang argument (as "--lang zh" or "--lang=zh").
func FromArgs(args []string) (string, bool) {
	for i, a := range args {
		if a == "--" {
			break
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return "", false
			}
			val = args[i+1]
		}
		if l, ok := Parse(val); ok {
			return l, true
		}
		return "", false
	}
	return "", false
}

// Parse reads a language name: zh (also cn, zh-CN, zh_Hans…) or en.
func Parse(s string) (string, bool) {
	s = strings.ToLower(s)
	switch {
	case s == "en" || strings.HasPrefix(s, "en-") || strings.HasPrefix(s, "en_"):
		return "en", true
	case s == "zh" || s == "cn" || strings.HasPrefix(s, "zh-") || strings.HasPrefix(s, "zh_"):
		return "zh", true
	}
	return "", false
}

// IsC reports whether v names the C or POSIX locale (C, C.UTF-8, POSIX).
func IsC(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	return base == "C" || base == "POSIX"
}

// Apply makes lang the language Fyne's translator reads from the environment. A bare C or
// POSIX value, which is the same as unset to the C library, is removed because it would
// make Fyne ignore LANGUAGE; C.UTF-8 stays (it matters to the C library) and LANGUAGE
// decides.
func Apply(lang string) {
	for _, k := range vars {
		if v := os.Getenv(k); v == "C" || v == "POSIX" {
			os.Unsetenv(k)
		}
	}
	os.Setenv("LANGUAGE", lang)
}

// fontLanguage is the language the locale names while Fyne loads its text faces:
// Cherokee, for which none of the sans-serif system fonts Fyne looks at is made.
const fontLanguage = "chr"

// WhileFontsLoad runs load, which has Fyne load the faces of its text styles, with the
// locale naming a language no sans-serif system font is made for, then puts the locale
// back. For each text style Fyne loads, beside the theme's face, a system face for the
// locale's language whether or not a character needs it (DejaVu Sans for zh and en,
// about 2.4 MB of heap a style; a Chinese one where the system has it): with the theme's
// faces covering the app's text (Noto Sans CJK SC), this keeps it from loading any. A
// character those faces lack still finds a system face that has it: that look-up goes
// by the character, not the locale. Fyne's translator, set up before, is not affected.
func WhileFontsLoad(load func()) {
	prev, had := os.LookupEnv("LANGUAGE")
	os.Setenv("LANGUAGE", fontLanguage)
	defer func() {
		if had {
			os.Setenv("LANGUAGE", prev)
		} else {
			os.Unsetenv("LANGUAGE")
		}
	}()
	load()
}
