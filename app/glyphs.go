package app

import (
	"image"
	"math"
	"sync"

	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"ningbomap/resources"
)

// glyphDrawer draws marker icons (one CJK character per theme) and cluster counts for the
// geo renderer, which calls it only when it makes a marker sprite. It uses the embedded
// CJK font, or Fyne's bold font for text the CJK font lacks (digits, Latin letters).
type glyphDrawer struct {
	mu    sync.Mutex
	fonts []*opentype.Font
	buf   sfnt.Buffer
	faces map[faceKey]font.Face
}

type faceKey struct {
	font, size int
}

func newGlyphDrawer() (*glyphDrawer, error) {
	g := &glyphDrawer{faces: map[faceKey]font.Face{}}
	for _, b := range [][]byte{resources.Font, theme.DefaultTextBoldFont().Content()} {
		f, err := opentype.Parse(b)
		if err != nil {
			return nil, err
		}
		g.fonts = append(g.fonts, f)
	}
	return g, nil
}

// DrawText draws text in white with its ink centred at cx, cy and an em of size pixels.
func (g *glyphDrawer) DrawText(dst *image.RGBA, text string, cx, cy, size float64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	face := g.face(g.fontFor(text), max(int(math.Round(size)), 1))
	if face == nil {
		return
	}
	b, _ := font.BoundString(face, text)
	w := float64(b.Max.X-b.Min.X) / 64
	h := float64(b.Max.Y-b.Min.Y) / 64
	d := font.Drawer{Dst: dst, Src: image.White, Face: face}
	d.Dot = fixed.Point26_6{
		X: fixed.Int26_6((cx-w/2)*64) - b.Min.X,
		Y: fixed.Int26_6((cy-h/2)*64) - b.Min.Y,
	}
	d.DrawString(text)
}

// fontFor is the first font that has every character of text.
func (g *glyphDrawer) fontFor(text string) int {
	for i, f := range g.fonts {
		ok := true
		for _, r := range text {
			if gi, err := f.GlyphIndex(&g.buf, r); err != nil || gi == 0 {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return len(g.fonts) - 1
}

func (g *glyphDrawer) face(fi, px int) font.Face {
	k := faceKey{fi, px}
	if f, ok := g.faces[k]; ok {
		return f
	}
	f, err := opentype.NewFace(g.fonts[fi], &opentype.FaceOptions{Size: float64(px), DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil
	}
	g.faces[k] = f
	return f
}
