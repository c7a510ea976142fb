package contrast

import (
	"fmt"
	"image"
	"image/color"
	"slices"
)

// Text is one text on a picture.
type Text struct {
	Text   string          // what it says (for the report)
	Bounds image.Rectangle // where its glyphs are, in the picture's pixels
	Colour color.Color     // the colour it is drawn in; a translucent one is mixed with the background
	Size   float64         // its size in units (CSS pixels), which with Bold picks its floor
	Bold   bool
}

// Result is the contrast of one text.
type Result struct {
	Text
	Ratio      float64     // against the background, at the Percentile
	Background color.NRGBA // the background colour that ratio is against
	Floor      float64     // the least ratio the text needs
}

// OK reports whether the text meets its floor.
func (r Result) OK() bool { return r.Ratio >= r.Floor }

func (r Result) String() string {
	return fmt.Sprintf("%q (%.0f units%s) %v on %v: %.2f:1, needs %.1f:1", r.Text.Text, r.Size,
		map[bool]string{true: " bold"}[r.Bold], hex(r.Colour), hex(r.Background), r.Ratio, r.Floor)
}

// Percentile is the share of the pixels behind a text allowed to fall under the ratio
// the text is given: the lowest ratio of all but the worst 2 % of them. An anti-aliased
// edge of a neighbour, the tip of a scroll bar, does not fail a text; a background that is
// poor behind a real part of it does.
const Percentile = 0.02

// inkStep is how much a channel must change where a text is drawn for the pixel to count
// as the text's ink.
const inkStep = 8

// Measure finds the background behind each text and its contrast. bg is the picture
// drawn without the texts; shown, when not nil, the same picture with them: the pixels
// where the two differ are the glyphs' ink, and only the background behind the ink counts
// (a text's box is larger than its glyphs, and the corners of a box may lie off the
// shape a text is written on). Without shown, every pixel of a text's box counts. A text
// that shows no ink (covered, clipped away) or lies off the picture is skipped.
func Measure(shown, bg image.Image, texts []Text) []Result {
	var out []Result
	var ratios []float64
	var colours []color.NRGBA
	for _, t := range texts {
		b := t.Bounds.Intersect(bg.Bounds())
		if b.Empty() {
			continue
		}
		ratios, colours = ratios[:0], colours[:0]
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				under := color.NRGBAModel.Convert(bg.At(x, y)).(color.NRGBA)
				under.A = 0xFF
				if shown != nil && !differs(shown.At(x, y), under) {
					continue
				}
				ratios = append(ratios, Ratio(Over(t.Colour, under), under))
				colours = append(colours, under)
			}
		}
		if len(ratios) == 0 {
			continue
		}
		idx := make([]int, len(ratios))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(i, j int) int {
			switch {
			case ratios[i] < ratios[j]:
				return -1
			case ratios[i] > ratios[j]:
				return 1
			}
			return 0
		})
		k := idx[int(float64(len(idx)-1)*Percentile)]
		out = append(out, Result{Text: t, Ratio: ratios[k], Background: colours[k], Floor: Floor(t.Size, t.Bold)})
	}
	return out
}

// differs reports whether a pixel of the picture with the texts differs from the one
// without: ink.
func differs(a color.Color, b color.NRGBA) bool {
	n := color.NRGBAModel.Convert(a).(color.NRGBA)
	d := func(x, y uint8) bool { return int(x) > int(y)+inkStep || int(y) > int(x)+inkStep }
	return d(n.R, b.R) || d(n.G, b.G) || d(n.B, b.B)
}

// Failures are the results under their floor, worst first.
func Failures(rs []Result) []Result {
	var out []Result
	for _, r := range rs {
		if !r.OK() {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b Result) int {
		switch {
		case a.Ratio/a.Floor < b.Ratio/b.Floor:
			return -1
		case a.Ratio/a.Floor > b.Ratio/b.Floor:
			return 1
		}
		return 0
	})
	return out
}

// Worst is the result with the least ratio for its floor; false when rs is empty.
func Worst(rs []Result) (Result, bool) {
	if len(rs) == 0 {
		return Result{}, false
	}
	w := rs[0]
	for _, r := range rs[1:] {
		if r.Ratio/r.Floor < w.Ratio/w.Floor {
			w = r
		}
	}
	return w, true
}

func hex(c color.Color) string {
	if c == nil {
		return "none"
	}
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	if n.A == 0xFF {
		return fmt.Sprintf("#%02X%02X%02X", n.R, n.G, n.B)
	}
	return fmt.Sprintf("#%02X%02X%02X%02X", n.R, n.G, n.B, n.A)
}
