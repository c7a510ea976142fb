package geo

import (
	"image"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// FontGlyphs is a TextDrawer that draws with an OpenType font (the app's
// CJK font for marker icons like 村 or 党, any font for digits). Faces are
// made per pixel size on first use; it is meant for sprite making, which
// happens once per icon and size.
type FontGlyphs struct {
	Font  *opentype.Font
	faces map[int]font.Face
}

// NewFontGlyphs parses an OpenType/TrueType font (not a collection).
func NewFontGlyphs(ttf []byte) (*FontGlyphs, error) {
	f, err := opentype.Parse(ttf)
	if err != nil {
		return nil, err
	}
	return &FontGlyphs{Font: f}, nil
}

// DrawText draws text in white with its ink box centred at cx, cy and an
// em of size pixels.
func (g *FontGlyphs) DrawText(dst *image.RGBA, text string, cx, cy, size float64) {
	px := max(int(math.Round(size)), 1)
	if g.faces == nil {
		g.faces = make(map[int]font.Face)
	}
	face, ok := g.faces[px]
	if !ok {
		var err error
		face, err = opentype.NewFace(g.Font, &opentype.FaceOptions{Size: float64(px), DPI: 72, Hinting: font.HintingNone})
		if err != nil {
			return
		}
		g.faces[px] = face
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
