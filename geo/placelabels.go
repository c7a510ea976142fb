package geo

import (
	"cmp"
	"image"
	"image/color"
	"slices"

	"github.com/paulmach/orb"
)

// LabelKind says what a map label names. It picks the label's look and
// its rank: when labels compete for room, kinds are placed in this order
// (the selected place before all of them).
type LabelKind uint8

// Label kinds, in the order they are placed.
const (
	KindPlace     LabelKind = iota // a story place, beside its marker
	KindDistrict                   // a district of the city, centred on its label point
	KindPoint                      // a point of an imported layer, beside its marker
	KindWater                      // a sea or a bay, centred, slanted, blue
	KindNeighbour                  // an area outside the city, centred, muted
	// The names of a vector tile basemap, after all of the map's own.
	KindTown      // a city or town, centred
	KindVillage   // a village, hamlet, suburb or neighbourhood, centred, smaller
	KindTileWater // a sea, lake or river: centred, or along its Path
	KindRoad      // a road, along its Path
	kindCount
)

// beside reports whether labels of kind k go beside a marker (else they
// are centred on their point).
func (k LabelKind) beside() bool { return k == KindPlace || k == KindPoint }

// MapLabel is a name the map draws into its frame with a halo.
type MapLabel struct {
	Text  string
	Point orb.Point // centred kinds: the anchor; beside kinds: used when Marker is ""
	Kind  LabelKind
	// Marker is, for KindPlace and KindPoint, the ID of the marker the label
	// names: the label goes beside that marker's disc, only while the marker
	// is drawn, and first of all when the marker is Selected.
	Marker string
	Order  int     // within a kind, lower is placed first (the tour number)
	Min    float64 // least zoom at which the label shows; 0 takes the kind's default
	// Path, when it has two points or more, is a line (a road, a river)
	// the name is written along, upright, on a stretch straight enough
	// for it; Point is then unused (see pathlabels.go).
	Path []orb.Point
}

// DefaultLabelStyles are the looks of the kinds: dark bold names with a
// white halo for places, the bold district brown the map has always used,
// blue slanted water names, grey neighbours.
var DefaultLabelStyles = [kindCount]LabelStyle{
	KindPlace:     {Size: 14, Color: color.NRGBA{0x22, 0x26, 0x2b, 255}, Halo: color.NRGBA{255, 255, 255, 235}, Width: 2, Bold: true},
	KindDistrict:  {Size: 15, Color: color.NRGBA{0x5D, 0x4A, 0x36, 255}, Halo: color.NRGBA{0xF7, 0xF3, 0xE8, 220}, Width: 1.5, Bold: true},
	KindPoint:     {Size: 12, Color: color.NRGBA{0x33, 0x33, 0x33, 255}, Halo: color.NRGBA{255, 255, 255, 220}, Width: 1.5},
	KindWater:     {Size: 14, Color: color.NRGBA{0x3A, 0x6E, 0xA5, 255}, Halo: color.NRGBA{0xD6, 0xE6, 0xF2, 200}, Width: 1.5, Italic: true},
	KindNeighbour: {Size: 12, Color: color.NRGBA{0x80, 0x80, 0x80, 255}, Halo: color.NRGBA{0xEE, 0xEE, 0xEE, 200}, Width: 1.5},
	KindTown:      {Size: 13, Color: color.NRGBA{0x45, 0x49, 0x4F, 255}, Halo: color.NRGBA{0xFA, 0xF8, 0xF3, 225}, Width: 1.5},
	KindVillage:   {Size: 11.5, Color: color.NRGBA{0x62, 0x66, 0x6C, 255}, Halo: color.NRGBA{0xFA, 0xF8, 0xF3, 215}, Width: 1.5},
	KindTileWater: {Size: 11.5, Color: color.NRGBA{0x4A, 0x78, 0xA3, 255}, Halo: color.NRGBA{0xE4, 0xEE, 0xF5, 200}, Width: 1.25, Italic: true},
	KindRoad:      {Size: 11, Color: color.NRGBA{0x6A, 0x66, 0x60, 255}, Halo: color.NRGBA{0xFF, 0xFF, 0xFF, 220}, Width: 1.5},
}

// DefaultPointLabelLimit is the most points an imported layer may have for
// its points to be named by default (KindPoint labels); a larger layer
// starts with its names off, and the layer's setting turns them on.
const DefaultPointLabelLimit = 200

// DefaultLabelMinZoom is the least zoom of each kind (MapLabel.Min 0).
var DefaultLabelMinZoom = [kindCount]float64{KindDistrict: 7.5, KindNeighbour: 8, KindWater: 7, KindVillage: 11, KindRoad: 14}

// PlacedMapLabel is a label that fits: its sprite's top-left corner is at
// X, Y and it covers Box.
type PlacedMapLabel struct {
	Index  int // into the labels set
	Box    Box
	Anchor Anchor
	// A label along a path is turned by Angle (radians, clockwise on
	// screen, within ±90° so it reads upright); Box then bounds its
	// turned sprite, and Parts are the smaller boxes it keeps clear
	// (valid until the next Place or Draw). Straight labels have no Parts.
	Angle float64
	Parts []Box

	part0, part1 int32 // Parts in the labeller's parts
	deg          int16 // Angle in whole degrees, for the sprite
}

// Labeller places map labels clear of each other, the markers and the
// bubbles, and draws them. Like the Renderer it is owned by the render
// goroutine; after the first frame showing a text it does not allocate.
type Labeller struct {
	Styles  [kindCount]LabelStyle
	MinZoom [kindCount]float64
	// TextScale enlarges every name (the app's text size, A+ for visitors); 0 is 1. Set
	// it on the render goroutine, as the rest of the labeller.
	TextScale float64

	font    LabelFont
	labels  []MapLabel
	sprites map[textKey]*sprite
	order   []int
	sorted  []int // labels by kind, then Order, then index
	taken   []Box
	circles []circleBox
	markers map[string]int
	placed  []PlacedMapLabel
	grid    labelGrid
	covered []Box // frame pixels under the window's panels and buttons
	paths   labelPaths
	turned  map[textKey]*sprite // sprites of names along paths

	own    []MapLabel  // the labels set (SetLabels)
	src    LabelSource // labels that change with the view, or nil
	srcKey uint64      // the key of the source's labels in extra
	asked  bool        // extra holds the source's labels
	extra  []MapLabel  // the source's labels for the last view asked
}

type textKey struct {
	text  string
	kind  LabelKind
	scale float64
	deg   int16 // turned by this many degrees (path labels); 0 straight
}

// circleBox is a marker or bubble as an obstacle.
type circleBox struct{ x, y, r float64 }

// NewLabeller returns a labeller drawing with font in the default styles.
func NewLabeller(font LabelFont) *Labeller {
	return &Labeller{Styles: DefaultLabelStyles, MinZoom: DefaultLabelMinZoom, font: font,
		sprites: make(map[textKey]*sprite), markers: make(map[string]int)}
}

// SetLabels replaces the labels (copied); texts already drawn once keep
// their sprites, so switching language back and forth is cheap. The
// sprites are dropped when they far outnumber the labels.
func (lb *Labeller) SetLabels(labels []MapLabel) {
	lb.own = append(lb.own[:0], labels...)
	lb.combine()
}

// combine makes the labels placed: those set, then the source's.
func (lb *Labeller) combine() {
	lb.labels = append(append(lb.labels[:0], lb.own...), lb.extra...)
	if len(lb.sprites) > 4*len(lb.labels)+64 {
		clear(lb.sprites)
	}
	lb.paths.index(lb.labels)
	lb.sorted = lb.sorted[:0]
	for i := range lb.labels {
		lb.sorted = append(lb.sorted, i)
	}
	slices.SortStableFunc(lb.sorted, func(a, b int) int {
		x, y := &lb.labels[a], &lb.labels[b]
		if c := cmp.Compare(x.Kind, y.Kind); c != 0 {
			return c
		}
		return cmp.Compare(x.Order, y.Order)
	})
}

// SetCovered sets the parts of the frame, in pixels, that something else
// covers (a panel, buttons, an inset over the map): no label is placed
// there. The slice is copied.
func (lb *Labeller) SetCovered(boxes []Box) { lb.covered = append(lb.covered[:0], boxes...) }

// Labels returns the labels placed: those set, then those the source gave
// for the last view placed.
func (lb *Labeller) Labels() []MapLabel { return lb.labels }

// SetStyles changes the looks and drops the sprites made so far.
func (lb *Labeller) SetStyles(st [kindCount]LabelStyle) {
	lb.Styles = st
	clear(lb.sprites)
	clear(lb.turned)
}

// Placed returns the labels placed by the last Place or Draw (valid until
// the next call).
func (lb *Labeller) Placed() []PlacedMapLabel { return lb.placed }

// Draw places the labels for v (see Place) and draws them into dst, whose
// size is the view's.
func (lb *Labeller) Draw(dst *image.RGBA, v Viewport, markers []Marker, clusters []Cluster, style ClusterStyle) {
	v.Width, v.Height = dst.Rect.Dx(), dst.Rect.Dy()
	if dst.Rect.Min != (image.Point{}) {
		dst = &image.RGBA{Pix: dst.Pix, Stride: dst.Stride, Rect: image.Rect(0, 0, v.Width, v.Height)}
	}
	sc := v.ScaleFactor()
	for _, p := range lb.Place(v, markers, clusters, style) {
		l := &lb.labels[p.Index]
		if p.deg != 0 {
			blit(dst, lb.turnedSprite(l.Text, l.Kind, sc, p.deg), p.Box.MinX, p.Box.MinY)
			continue
		}
		blit(dst, lb.sprite(l.Text, l.Kind, sc), p.Box.MinX, p.Box.MinY)
	}
}

// DrawLabels draws lb's labels into dst over a frame r has rendered for v,
// clear of r's markers and bubbles.
func (r *Renderer) DrawLabels(dst *image.RGBA, v Viewport, lb *Labeller) {
	lb.Draw(dst, v, r.markers, r.clusters, r.clusterSt)
}

// textScale is the factor names are drawn at for the HiDPI factor scale: scale times
// TextScale.
func (lb *Labeller) textScale(scale float64) float64 {
	if lb.TextScale > 0 {
		return scale * lb.TextScale
	}
	return scale
}

// sprite returns the cached sprite of a text in a kind's style, at the HiDPI factor
// scale and the labeller's TextScale.
func (lb *Labeller) sprite(text string, kind LabelKind, scale float64) *sprite {
	scale = lb.textScale(scale)
	k := textKey{text, kind, scale, 0}
	if s, ok := lb.sprites[k]; ok {
		return s
	}
	s := labelSprite(lb.font, text, lb.Styles[kind], scale)
	lb.sprites[k] = s
	return s
}

// rankOf is -1 for the selected marker's label (placed first), else the
// label's kind.
func (lb *Labeller) rankOf(l *MapLabel, markers []Marker) int {
	if l.Kind.beside() && l.Marker != "" {
		if i, ok := lb.markers[l.Marker]; ok && markers[i].Selected {
			return -1
		}
	}
	return int(l.Kind)
}

// Place works out where the labels fit in v: on screen, at or past their
// least zoom, clear of each other, of the markers and of the bubbles (drawn
// with style). Labels of a marker not among markers are left out. It
// returns the placed labels in the order they were placed.
func (lb *Labeller) Place(v Viewport, markers []Marker, clusters []Cluster, style ClusterStyle) []PlacedMapLabel {
	lb.fromSource(v)
	sc := v.ScaleFactor()
	W, H := float64(v.Width), float64(v.Height)
	lb.placed, lb.taken, lb.circles = lb.placed[:0], lb.taken[:0], lb.circles[:0]
	clear(lb.markers)
	lb.grid.reset(W, H)
	for i := range markers {
		lb.markers[markers[i].ID] = i
	}
	const margin = 40
	add := func(p orb.Point, r float64) {
		x, y := v.Project(p)
		if x > -margin && y > -margin && x < W+margin && y < H+margin {
			lb.grid.add(Box{x - r, y - r, x + r, y + r}, int32(-1-len(lb.circles)))
			lb.circles = append(lb.circles, circleBox{x, y, r})
		}
	}
	for i := range markers {
		add(markers[i].Point, markers[i].OuterRadius(sc))
	}
	for i := range clusters {
		add(clusters[i].Point, style.BubbleRadius(clusters[i].Count, sc))
	}
	for _, b := range lb.covered {
		lb.grid.add(b, int32(len(lb.taken)))
		lb.taken = append(lb.taken, b)
	}

	// The labels that can show, in the order SetLabels sorted them (kind,
	// then Order), the selected marker's label moved first.
	lb.order = lb.order[:0]
	selected := 0
	for _, i := range lb.sorted {
		l := &lb.labels[i]
		if l.Text == "" || l.Kind >= kindCount || v.Zoom < lb.minZoom(l) || !lb.paths.inView(i, v) {
			continue
		}
		lb.order = append(lb.order, i)
		if lb.rankOf(l, markers) < 0 {
			copy(lb.order[selected+1:], lb.order[selected:len(lb.order)-1])
			lb.order[selected] = i
			selected++
		}
	}
	lb.paths.startFrame()

	for _, i := range lb.order {
		l := &lb.labels[i]
		if lb.paths.has(i) {
			lb.placeAlong(i, v, sc)
			continue
		}
		pt, gap := l.Point, 0.0
		if l.Kind.beside() && l.Marker != "" {
			mi, ok := lb.markers[l.Marker]
			if !ok {
				continue
			}
			pt, gap = markers[mi].Point, markers[mi].OuterRadius(sc)+sc
		}
		x, y := v.Project(pt)
		if x < 0 || y < 0 || x > W || y > H {
			continue
		}
		s := lb.sprite(l.Text, l.Kind, sc)
		w, h := float64(s.img.Rect.Dx()), float64(s.img.Rect.Dy())
		if w == 0 || h == 0 {
			continue
		}
		anchors := centreAnchors
		if l.Kind.beside() {
			anchors = besideAnchors
		} else {
			gap = 0.3 * h // above and below: moved by 0.8 of a line
		}
		for _, a := range anchors {
			b := anchorBox(x, y, w, h, gap, a)
			if b.MinX < 0 || b.MinY < 0 || b.MaxX > W || b.MaxY > H || lb.collides(b) {
				continue
			}
			lb.grid.add(b, int32(len(lb.taken)))
			lb.taken = append(lb.taken, b)
			lb.placed = append(lb.placed, PlacedMapLabel{Index: i, Box: b, Anchor: a})
			break
		}
	}
	for k := range lb.placed {
		if p := &lb.placed[k]; p.part1 > p.part0 {
			p.Parts = lb.paths.parts[p.part0:p.part1:p.part1]
		}
	}
	return lb.placed
}

// minZoom is the least zoom at which l shows.
func (lb *Labeller) minZoom(l *MapLabel) float64 {
	if l.Min != 0 {
		return l.Min
	}
	return lb.MinZoom[l.Kind]
}

// Diagonal sides, tried after the four of labels.go. Names centred on
// their point try the centre, then a little above and below it.
const (
	AnchorAboveRight Anchor = AnchorAbove + 1 + iota
	AnchorBelowRight
	AnchorAboveLeft
	AnchorBelowLeft
)

var (
	centreAnchors = []Anchor{AnchorCenter, AnchorAbove, AnchorBelow}
	besideAnchors = []Anchor{AnchorRight, AnchorLeft, AnchorAbove, AnchorBelow,
		AnchorAboveRight, AnchorBelowRight, AnchorAboveLeft, AnchorBelowLeft}
)

// anchorBox is the box of a w×h label on side a of the point x, y, gap
// pixels from it (diagonals touch the circle of radius gap at 45°).
func anchorBox(x, y, w, h, gap float64, a Anchor) Box {
	d := gap * 0.7071
	switch a {
	case AnchorRight:
		return Box{x + gap, y - h/2, x + gap + w, y + h/2}
	case AnchorLeft:
		return Box{x - gap - w, y - h/2, x - gap, y + h/2}
	case AnchorAbove:
		return Box{x - w/2, y - gap - h, x + w/2, y - gap}
	case AnchorBelow:
		return Box{x - w/2, y + gap, x + w/2, y + gap + h}
	case AnchorAboveRight:
		return Box{x + d, y - d - h, x + d + w, y - d}
	case AnchorBelowRight:
		return Box{x + d, y + d, x + d + w, y + d + h}
	case AnchorAboveLeft:
		return Box{x - d - w, y - d - h, x - d, y - d}
	case AnchorBelowLeft:
		return Box{x - d - w, y + d, x - d, y + d + h}
	}
	return Box{x - w/2, y - h/2, x + w/2, y + h/2}
}
