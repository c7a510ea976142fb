package geo

import (
	"image"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// FontGlyphs is a TextDrawer that draws with OpenType fonts: the first font that has
// every character of a text draws it (the app's CJK font for marker icons like 兴 or 治,
// a Latin font for the digits of cluster counts). Faces are made per font and pixel size
// on first use; it is meant for sprite making, which happens once per icon and size. Like
// the Renderer that calls it, it is not safe for concurrent use.
type FontGlyphs struct {
	Fonts []*opentype.Font
	buf   sfnt.Buffer
	faces map[faceKey]font.Face
}

type faceKey struct{ font, px int }

// NewFontGlyphs parses OpenType/TrueType fonts (not collections), in order of preference.
func NewFontGlyphs(ttfs ...[]byte) (*FontGlyphs, error) {
	g := &FontGlyphs{}
	for _, ttf := range ttfs {
		f, err := opentype.Parse(ttf)
		if err != nil {
			return nil, err
		}
		g.Fonts = append(g.Fonts, f)
	}
	return g, nil
}

// DrawText draws text in white with its ink box centred at cx, cy and an
// em of size pixels.
func (g *FontGlyphs) DrawText(dst *image.RGBA, text string, cx, cy, size float64) {
	if len(g.Fonts) == 0 {
		return
	}
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

// fontFor is the first font that has every character of text (the last one when none has).
func (g *FontGlyphs) fontFor(text string) int {
	for i, f := range g.Fonts {
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
	return len(g.Fonts) - 1
}

func (g *FontGlyphs) face(fi, px int) font.Face {
	if g.faces == nil {
		g.faces = make(map[faceKey]font.Face)
	}
	k := faceKey{fi, px}
	if f, ok := g.faces[k]; ok {
		return f
	}
	f, err := opentype.NewFace(g.Fonts[fi], &opentype.FaceOptions{Size: float64(px), DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil
	}
	g.faces[k] = f
	return f
}
