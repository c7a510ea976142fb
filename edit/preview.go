package edit

import "ningbomap/data"

// Preview is a figure as the card will show it in both languages.
type Preview struct {
	Zh, En data.Figure
}

// FigurePreview formats ind in Chinese and English as the card does
// (130.60亿元 / 13.06 billion yuan), for the editor to show while the user
// types; Problems names what Update would refuse, by field relative to the
// indicator ("value", "counter", "rank.position"), empty when it is fine.
func FigurePreview(ind data.Indicator) (Preview, map[string]string) {
	return Preview{Zh: ind.Format(data.Zh), En: ind.Format(data.En)}, data.CheckIndicator(ind)
}
