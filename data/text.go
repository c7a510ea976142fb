package data

import (
	"strings"
	"unicode"
)

// Lang is a display language.
type Lang string

// The two languages of the map.
const (
	Zh Lang = "zh" // Simplified Chinese
	En Lang = "en" // English
)

// Text is a string in both languages. In JSON it is {"zh": "...", "en": "..."}.
type Text struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

// In returns the text in language l, falling back to the other language
// when that one is empty.
func (t Text) In(l Lang) string {
	if l == Zh {
		if t.Zh != "" {
			return t.Zh
		}
		return t.En
	}
	if t.En != "" {
		return t.En
	}
	return t.Zh
}

// IsZero reports whether both languages are empty.
func (t Text) IsZero() bool { return t.Zh == "" && t.En == "" }

// missing names the languages of t that are blank, e.g. "zh", "en" or
// "zh and en"; it returns "" when both are present.
func (t Text) missing() string {
	zh, en := strings.TrimSpace(t.Zh) == "", strings.TrimSpace(t.En) == ""
	switch {
	case zh && en:
		return "zh and en"
	case zh:
		return "zh"
	case en:
		return "en"
	}
	return ""
}

// zhLength counts the characters of a Chinese text, white space excluded.
func zhLength(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// enWords counts the words of an English text (runs separated by white
// space).
func enWords(s string) int { return len(strings.Fields(s)) }
