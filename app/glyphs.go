package app

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"fyne.io/fyne/v2/theme"

	"ningbomap/resources"
)

// glyphDrawer draws marker icons (one CJK character per theme) and cluster counts for the
// geo renderer with the embedded CJK font, and Fyne's bold font for the digits it lacks. Each glyph is rasterised once per pixel size into
// an alpha mask and then only composited, so drawing a frame does not allocate.
type glyphDrawer struct {
	mu    sync.Mutex
	fonts []*opentype.Font // the embedded CJK font, then Fyne's bold Latin font
	buf   sfnt.Buffer
	faces map[faceKey]font.Face
	masks map[glyphKey]*image.Alpha
}

type faceKey struct {
	font, size int
}

type glyphKey struct {
	r    rune
	size int
}

func newGlyphDrawer() (*glyphDrawer, error) {
	g := &glyphDrawer{faces: map[faceKey]font.Face{}, masks: map[glyphKey]*image.Alpha{}}
	for _, b := range [][]byte{resources.Font, theme.DefaultTextBoldFont().Content()} {
		f, err := opentype.Parse(b)
		if err != nil {
			return nil, err
		}
		g.fonts = append(g.fonts, f)
	}
	return g, nil
}

var white = image.NewUniform(color.White)

// DrawGlyph draws r in white, centred at cx, cy, size pixels high.
func (g *glyphDrawer) DrawGlyph(dst *image.RGBA, r rune, cx, cy, size float64) {
	m := g.mask(r, int(math.Round(size)))
	if m == nil {
		return
	}
	b := m.Bounds()
	x := int(math.Round(cx)) - b.Dx()/2
	y := int(math.Round(cy)) - b.Dy()/2
	draw.DrawMask(dst, image.Rect(x, y, x+b.Dx(), y+b.Dy()), white, image.Point{}, m, b.Min, draw.Over)
}

// mask returns the tightly cropped alpha mask of r at size pixels.
func (g *glyphDrawer) mask(r rune, size int) *image.Alpha {
	if size < 4 {
		return nil
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	k := glyphKey{r, size}
	if m, ok := g.masks[k]; ok {
		return m
	}
	fi := 0
	for i, f := range g.fonts {
		if gi, err := f.GlyphIndex(&g.buf, r); err == nil && gi != 0 {
			fi = i
			break
		}
	}
	face, ok := g.faces[faceKey{fi, size}]
	if !ok {
		f, err := opentype.NewFace(g.fonts[fi], &opentype.FaceOptions{Size: float64(size), DPI: 72, Hinting: font.HintingNone})
		if err != nil {
			return nil
		}
		face = f
		g.faces[faceKey{fi, size}] = f
	}
	bounds, _, ok := face.GlyphBounds(r)
	if !ok {
		g.masks[k] = nil
		return nil
	}
	rect := image.Rect(bounds.Min.X.Floor(), bounds.Min.Y.Floor(), bounds.Max.X.Ceil(), bounds.Max.Y.Ceil())
	m := image.NewAlpha(image.Rect(0, 0, rect.Dx(), rect.Dy()))
	d := font.Drawer{Dst: m, Src: image.Opaque, Face: face, Dot: fixed.P(-rect.Min.X, -rect.Min.Y)}
	d.DrawString(string(r))
	g.masks[k] = m
	return m
}
