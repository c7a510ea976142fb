package geo

import (
	"image"
	"image/color"
	"slices"

	"github.com/paulmach/orb"
)

// Style is how a polygon or line layer is drawn.
type Style struct {
	Fill        color.NRGBA // polygon fill; alpha 0 for none
	Stroke      color.NRGBA // outline or line colour; alpha 0 for none
	StrokeWidth float64     // pixels at Scale 1
	Opacity     float64     // multiplies fill and stroke alpha; 0 means 1
}

func (s Style) opacity() float64 {
	if s.Opacity <= 0 {
		return 1
	}
	return s.Opacity
}

// Marker is a point drawn as a coloured disc with a white ring; a selected
// marker is bigger, with a dark ring outside.
type Marker struct {
	ID       string
	Point    orb.Point
	Color    color.NRGBA
	Icon     rune // a one-letter glyph or 0; drawn only when a TextDrawer is set
	Selected bool
	Radius   float64 // radius of the coloured disc in pixels at Scale 1; 0 means 7
}

// TextDrawer draws a short text in white over dst, its ink centred at
// cx, cy, with an em of size pixels. The app supplies one (FontGlyphs with
// its font will do) to put icons on markers and counts on cluster bubbles;
// without one the renderer draws counts with a built-in digit font and no
// icons. It is called only when a sprite is made.
type TextDrawer interface {
	DrawText(dst *image.RGBA, text string, cx, cy, size float64)
}

// layer is one named polygon or line layer with its projection cache.
type layer struct {
	id      string
	polys   []orb.MultiPolygon
	topo    *topology
	lines   []orb.LineString
	style   Style
	hidden  bool
	proj    projection
	fill    shapes
	outline shapes
}

// Renderer draws layers into a reused *image.RGBA. It is not safe for
// concurrent use: the app owns one per render goroutine. After the first
// frame at a zoom level, Render does not allocate.
type Renderer struct {
	bg        premul
	layers    []*layer
	markers   []Marker
	clusters  []Cluster
	clusterSt ClusterStyle
	glyphs    TextDrawer
	tl        tileLayer // tile basemap under the layers (tilelayer.go)
	labeller  *Labeller

	ras       raster // frame-sized coverage
	spr       raster // sprite-sized coverage
	pts       []float32
	circlePts []float32
	sprites   map[spriteKey]*sprite
	order     []int
}

// NewRenderer returns a renderer with a white background and no layers.
func NewRenderer() *Renderer {
	return &Renderer{
		bg:        premultiply(color.NRGBA{255, 255, 255, 255}, 1),
		sprites:   make(map[spriteKey]*sprite),
		clusterSt: DefaultClusterStyle,
	}
}

// SetBackground sets the colour every frame starts from.
func (r *Renderer) SetBackground(c color.NRGBA) { r.bg = premultiply(c, 1) }

// SetTextDrawer sets what draws marker icons and cluster counts; nil
// restores the defaults. Cached sprites are dropped.
func (r *Renderer) SetTextDrawer(g TextDrawer) {
	r.glyphs = g
	clear(r.sprites)
}

// SetLabeller makes Render draw lb's labels over each frame, clear of the
// markers and bubbles (see DrawLabels); nil draws none. lb then belongs to
// the renderer: change its labels only where the renderer is used (in the
// function a map widget's Stage or Update runs).
func (r *Renderer) SetLabeller(lb *Labeller) { r.labeller = lb }

// Labeller returns the labeller set by SetLabeller, or nil.
func (r *Renderer) Labeller() *Labeller { return r.labeller }

// SetPolygons adds a polygon layer or replaces the layer with the same id,
// which keeps its place in the drawing order. Layers draw in the order they
// were first set, under lines of later layers and under all markers.
func (r *Renderer) SetPolygons(id string, polys []orb.MultiPolygon, style Style) {
	l := r.layer(id)
	l.polys, l.lines, l.style = polys, nil, style
	l.topo = nil
	l.proj.valid = false
}

// SetLines adds a line layer or replaces the layer with the same id; lines
// are drawn with the style's Stroke and StrokeWidth.
func (r *Renderer) SetLines(id string, lines []orb.LineString, style Style) {
	l := r.layer(id)
	l.polys, l.lines, l.style = nil, lines, style
	l.proj.valid = false
}

// SetStyle changes the style of a layer without reprojecting it.
func (r *Renderer) SetStyle(id string, style Style) {
	if l := r.find(id); l != nil {
		l.style = style
	}
}

// SetVisible shows or hides a layer.
func (r *Renderer) SetVisible(id string, visible bool) {
	if l := r.find(id); l != nil {
		l.hidden = !visible
	}
}

// RemoveLayer drops a layer.
func (r *Renderer) RemoveLayer(id string) {
	r.layers = slices.DeleteFunc(r.layers, func(l *layer) bool { return l.id == id })
}

// SetMarkers sets the point markers drawn on top of the layers; the slice
// is copied. Selected markers are drawn last.
func (r *Renderer) SetMarkers(markers []Marker) {
	r.markers = append(r.markers[:0], markers...)
}

func (r *Renderer) find(id string) *layer {
	for _, l := range r.layers {
		if l.id == id {
			return l
		}
	}
	return nil
}

func (r *Renderer) layer(id string) *layer {
	if l := r.find(id); l != nil {
		return l
	}
	l := &layer{id: id}
	r.layers = append(r.layers, l)
	return l
}

// Render draws the background, the visible layers, cluster bubbles,
// markers and the labeller's labels (if one is set) for view v into dst. dst's size is the view's size: Width and
// Height of v are taken from dst.
func (r *Renderer) Render(dst *image.RGBA, v Viewport) {
	v.Width, v.Height = dst.Rect.Dx(), dst.Rect.Dy()
	if v.Width <= 0 || v.Height <= 0 {
		return
	}
	if dst.Rect.Min != (image.Point{}) {
		dst = &image.RGBA{Pix: dst.Pix, Stride: dst.Stride, Rect: image.Rect(0, 0, v.Width, v.Height)}
	}
	if r.TilesShown() && r.tl.after == "" {
		r.drawTiles(dst, v, false) // with the background where no tile covers
	} else {
		fillImage(dst, r.bg)
	}
	r.ras.reset(v.Width, v.Height)
	for _, l := range r.layers {
		if !l.hidden {
			r.drawLayer(dst, l, v)
		}
		if l.id == r.tl.after && r.TilesShown() {
			r.drawTiles(dst, v, true)
		}
	}
	r.drawClusters(dst, v)
	r.drawMarkers(dst, v)
	if r.labeller != nil {
		r.DrawLabels(dst, v, r.labeller)
	}
}

func (r *Renderer) drawLayer(dst *image.RGBA, l *layer, v Viewport) {
	sc := v.ScaleFactor()
	width := l.style.StrokeWidth * sc
	if !l.proj.covers(v, width+2) {
		l.proj = newProjection(v)
		if l.lines != nil {
			l.fill.reset()
			l.proj.buildLines(l.lines, &l.outline)
		} else {
			if l.topo == nil {
				l.topo = newTopology(l.polys)
			}
			l.proj.buildPolygons(l.topo, &l.fill, &l.outline)
		}
	}
	s, tx, ty := l.proj.transform(v)
	op := l.style.opacity()
	if fill := premultiply(l.style.Fill, op); fill.a > 0 && len(l.fill.ends) > 0 {
		r.addPaths(&l.fill, s, tx, ty, 0, v, func(p []float32) { r.ras.polygon(p) })
		r.ras.fill(dst, fill)
	}
	if stroke := premultiply(l.style.Stroke, op); stroke.a > 0 && width > 0 {
		w := float32(width)
		r.addPaths(&l.outline, s, tx, ty, width, v, func(p []float32) { r.ras.strokePath(p, w) })
		r.ras.fill(dst, stroke)
	}
}

// addPaths transforms each path of sh that may show in v into pixels and
// hands it to add.
func (r *Renderer) addPaths(sh *shapes, s, tx, ty, margin float64, v Viewport, add func([]float32)) {
	fs, ftx, fty := float32(s), float32(tx), float32(ty)
	m := float32(margin + 1)
	w, h := float32(v.Width), float32(v.Height)
	for i := range sh.ends {
		b := sh.boxes[4*i : 4*i+4]
		if b[0]*fs+ftx > w+m || b[2]*fs+ftx < -m || b[1]*fs+fty > h+m || b[3]*fs+fty < -m {
			continue
		}
		p := sh.path(i)
		buf := r.pts[:0]
		for j := 0; j < len(p); j += 2 {
			buf = append(buf, p[j]*fs+ftx, p[j+1]*fs+fty)
		}
		r.pts = buf
		add(buf)
	}
}

func (r *Renderer) drawMarkers(dst *image.RGBA, v Viewport) {
	sc := v.ScaleFactor()
	for pass := range 2 {
		for i := range r.markers {
			m := &r.markers[i]
			if m.Selected != (pass == 1) {
				continue
			}
			x, y := v.Project(m.Point)
			rad := m.OuterRadius(sc) + 1
			if x < -rad || y < -rad || x > float64(v.Width)+rad || y > float64(v.Height)+rad {
				continue
			}
			blit(dst, r.markerSprite(m, sc), x, y)
		}
	}
}
