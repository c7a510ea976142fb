package chart

import "image/color"

// Style is how charts look. Sizes are in units at Scale 1.
type Style struct {
	Scale float64 // pixels per unit: the canvas scale (a kiosk's zoom included)
	Lang  string  // "zh" or "en": dates, weekdays, numbers and the empty message

	Background color.NRGBA // behind everything
	Text       color.NRGBA // titles and labels
	Muted      color.NRGBA // axis titles, tick labels, the empty message
	Grid       color.NRGBA // grid lines
	Axis       color.NRGBA // the base lines of the axes
	Accent     color.NRGBA // bars and lines without colours of their own
	Empty      color.NRGBA // heat map cells without visits

	TitleSize float64 // em of titles
	TextSize  float64 // em of labels
	SmallSize float64 // em of tick labels, values and axis titles
}

// Colours of the app's light theme (app/style: Fyne's light theme with the
// Party red as primary colour).
var (
	white    = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
	ink      = color.NRGBA{0x21, 0x21, 0x21, 0xFF}
	grey     = color.NRGBA{0x61, 0x61, 0x61, 0xFF}
	rule     = color.NRGBA{0xE6, 0xE6, 0xE6, 0xFF}
	axis     = color.NRGBA{0xA0, 0xA0, 0xA0, 0xFF}
	partyRed = color.NRGBA{0xB7, 0x1C, 0x1C, 0xFF}
	paleGrey = color.NRGBA{0xF3, 0xF1, 0xF0, 0xFF}
)

// NewStyle is the app's style in language lang at scale pixels per unit.
func NewStyle(lang string, scale float64) Style {
	if scale <= 0 {
		scale = 1
	}
	return Style{
		Scale: scale, Lang: lang,
		Background: white, Text: ink, Muted: grey, Grid: rule, Axis: axis, Accent: partyRed, Empty: paleGrey,
		TitleSize: 19, TextSize: 15, SmallSize: 13,
	}
}

// px turns units into pixels.
func (st Style) px(u float64) float64 { return u * st.Scale }
