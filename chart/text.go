package chart

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"sync"

	"ningbomap/geo"
	"ningbomap/linebreak"
	"ningbomap/resources"
)

// faces are the embedded Noto Sans CJK faces, parsed once on first use and
// shared by every chart, with a rasteriser whose buffers are kept from one
// chart to the next: neither is safe for concurrent use, so a chart holds
// the lock while it draws.
var faces struct {
	sync.Mutex
	regular, bold *geo.FontGlyphs
	err           error
	canvas        geo.Canvas
	pts           []float32
}

// lockFaces locks the faces, parsing them the first time, and returns them
// with the function that unlocks them.
func lockFaces() (regular, bold *geo.FontGlyphs, unlock func(), err error) {
	faces.Lock()
	if faces.regular == nil && faces.err == nil {
		faces.regular, faces.err = geo.NewFontGlyphs(resources.Font)
		if faces.err == nil {
			faces.bold, faces.err = geo.NewFontGlyphs(resources.FontBold)
		}
	}
	if faces.err != nil {
		faces.Unlock()
		return nil, nil, nil, faces.err
	}
	return faces.regular, faces.bold, faces.Unlock, nil
}

// Align is where a text stands against the x it is drawn at.
type align int

const (
	left align = iota
	center
	right
)

// centreShift moves a text's box down by this part of its em so that the
// ink, not the box (which holds the font's whole ascent and descent), is
// centred on the y asked for.
const centreShift = 0.07

// font is one face at one size, in pixels.
type font struct {
	g  *geo.FontGlyphs
	px float64
}

// width is the advance of s in pixels.
func (f font) width(s string) float64 { return f.g.Advance(s, f.px) }

// height is the height of a line of text in pixels.
func (f font) height() float64 { return math.Round(f.px * 1.3) }

// draw draws s in col with its line's middle at y and its left, centre or
// right at x, on whole pixels so that it is crisp; it returns the width.
func (f font) draw(dst *image.RGBA, s string, x, y float64, a align, col color.NRGBA) float64 {
	if s == "" {
		return 0
	}
	m := f.g.TextMask(s, f.px)
	w := f.width(s)
	switch a {
	case center:
		x -= w / 2
	case right:
		x -= w
	}
	x0 := int(math.Round(x))
	y0 := int(math.Round(y - float64(m.Rect.Dy())/2 + centreShift*f.px))
	r := image.Rect(x0, y0, x0+m.Rect.Dx(), y0+m.Rect.Dy())
	draw.DrawMask(dst, r, image.NewUniform(col), image.Point{}, m, image.Point{}, draw.Over)
	return w
}

// lines breaks s into lines of at most width pixels (UAX #14, so Chinese
// breaks between characters and English between words), at most n of
// them: the last line shown ends with an ellipsis when text is left over.
func (f font) lines(s string, width float64, n int) []string {
	ls := linebreak.Lines(s, float32(width), func(t string) float32 { return float32(f.width(t)) })
	if len(ls) <= n {
		return ls
	}
	ls = ls[:n]
	ls[n-1] = f.cut(ls[n-1], width)
	return ls
}

// ellipsis shortens s to width pixels, marking the cut (see cut).
func (f font) ellipsis(s string, width float64) string {
	if f.width(s) <= width {
		return s
	}
	return f.cut(s, width)
}

// cut ends s with an ellipsis, shortening it to fit width pixels: "…"
// after Chinese, "..." after a Latin letter (the CJK face's "…" sits
// mid-line, as Chinese wants it).
func (f font) cut(s string, width float64) string {
	rs := []rune(s)
	for n := len(rs); n > 0; n-- {
		t := strings.TrimRight(string(rs[:n]), " ,，、")
		if r := []rune(t); len(r) > 0 && r[len(r)-1] < 0x2E80 {
			t += "..."
		} else {
			t += "…"
		}
		if f.width(t) <= width {
			return t
		}
	}
	return "…"
}
