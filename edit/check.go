package edit

import (
	"strings"

	"ningbomap/data"
)

// Refused is the error of an edit that would break a rule of `ningbomap
// check`; the content is left as it was. Each problem's Field is the path of
// the field concerned ("name", "story.zh", "indicators[2].value",
// "photos[1].credit", positions counted from 1), so that the UI can show the
// message next to that field.
type Refused struct {
	Problems []*data.FeatureError
}

// Error lists the problems, one a line.
func (r *Refused) Error() string {
	lines := make([]string, len(r.Problems))
	for i, p := range r.Problems {
		lines[i] = p.Error()
	}
	return "edit refused: " + strings.Join(lines, "\n")
}

// ByField maps each field path to the message of its first problem (the
// problem without file and feature: "missing", "unknown unit \"furlongs\"").
func (r *Refused) ByField() map[string]string {
	m := map[string]string{}
	for field, err := range r.Errors() {
		m[field] = err.Error()
	}
	return m
}

// Errors is ByField with the problems themselves (data.LangError, data.LengthError…),
// for a UI that words them in its own language.
func (r *Refused) Errors() map[string]error {
	m := map[string]error{}
	for _, p := range r.Problems {
		if _, ok := m[p.Field]; !ok && p.Err != nil {
			m[p.Field] = p.Err
		}
	}
	return m
}

// Preview is a figure as the card will show it in both languages.
type Preview struct {
	Zh, En data.Figure
}

// FigurePreview formats ind in Chinese and English as the card does
// (130.60亿元 / 13.06 billion yuan), for the editor to show while the user
// types; Problems names what Edit would refuse, by field relative to the
// indicator ("value", "counter", "rank.position"), empty when it is fine.
func FigurePreview(ind data.Indicator) (Preview, map[string]string) {
	return Preview{Zh: ind.Format(data.Zh), En: ind.Format(data.En)}, data.CheckIndicator(ind)
}
