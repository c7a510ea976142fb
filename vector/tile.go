package vector

import (
	"math"
	"slices"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/maptile"
)

// Tile is one decoded vector tile made ready to draw: its features sorted
// into the style's sets, their coordinates kept as float32 fractions of
// the tile, and its names. It is much smaller than the decoded layers:
// keep Tiles, not mvt.Layers, in a cache. Any number of goroutines may
// draw a Tile and ask for its labels at once.
type Tile struct {
	id      maptile.Tile
	schema  Schema
	sets    [numSets]paths
	names   []name
	unknown []string
	count   int
	pinyin  sync.Once // writes the names' pinyin, when English is first asked for
}

// paths are the shapes of one set: rings of areas, or lines.
type paths struct {
	pts   []float32 // x, y pairs, fractions of the tile (0..1, a little past it in the buffer)
	ends  []int32   // end of each path, in points
	boxes []float32 // min x, min y, max x, max y of each path
}

// ID is the tile's zoom, column and row.
func (t *Tile) ID() maptile.Tile { return t.id }

// Schema is the schema the tile was prepared with.
func (t *Tile) Schema() Schema { return t.schema }

// Features is how many features of the tile the style draws or names.
func (t *Tile) Features() int { return t.count }

// Size is about how many bytes the prepared tile holds, for a cache's
// budget.
func (t *Tile) Size() int {
	n := 256
	for i := range t.sets {
		ps := &t.sets[i]
		n += 4*(cap(ps.pts)+cap(ps.ends)+cap(ps.boxes)) + 72
	}
	for i := range t.names {
		nm := &t.names[i]
		n += 112 + len(nm.zh) + len(nm.en) + len(nm.han) + 16*cap(nm.path)
	}
	return n
}

// Unknown lists the tile's layers that neither schema knows: drawn
// nothing of. Known layers the style leaves out on purpose (points of
// interest, house numbers, boundaries: the map draws its own districts)
// are not listed.
func (t *Tile) Unknown() []string { return t.unknown }

// Prepare sorts the features of a decoded tile (tile coordinates, as
// mvt.Unmarshal gives them, not projected) into the style's sets and
// reads their names. schema says how to read the layers; SchemaUnknown
// reads each layer by its name in whichever schema has it (see
// DetectSchema). Features the style does not know are skipped.
func Prepare(layers mvt.Layers, schema Schema, id maptile.Tile) *Tile {
	t := &Tile{id: id, schema: schema}
	b := builder{t: t}
	for _, l := range layers {
		if l == nil {
			continue
		}
		b.ext = 4096
		if l.Extent > 0 {
			b.ext = float64(l.Extent)
		}
		read := layerReader(schema, l.Name)
		if read == nil {
			if !slices.Contains(t.unknown, l.Name) {
				t.unknown = append(t.unknown, l.Name)
			}
			continue
		}
		for _, f := range l.Features {
			if f != nil && f.Geometry != nil {
				read(&b, f)
			}
		}
	}
	b.mergeRoadNames()
	for i := range t.sets {
		t.sets[i].fit()
	}
	return t
}

// fit gives the set's slices their exact size: prepared tiles are kept in
// a cache for long, their growth room would be wasted.
func (ps *paths) fit() {
	if cap(ps.pts) > len(ps.pts)+len(ps.pts)/8 {
		ps.pts = append([]float32(nil), ps.pts...)
		ps.ends = append([]int32(nil), ps.ends...)
		ps.boxes = append([]float32(nil), ps.boxes...)
	}
}

// skippedLayers are the layers of either schema the style reads nothing
// of: points of interest, house numbers, peaks and airport names (the map
// stays calm), boundaries (the map draws its own districts), protected
// areas (OpenMapTiles' park: they would paint whole hillsides) and the
// outside of an extract (mask, in Protomaps' earlier schema).
var skippedLayers = map[string]bool{
	"poi": true, "housenumber": true, "boundary": true, "mountain_peak": true, "aerodrome_label": true,
	"park": true, "pois": true, "boundaries": true, "mask": true,
}

// skip reads a layer the style leaves out.
func skip(*builder, *geojson.Feature) {}

// layerReader returns how to read a layer of schema, nil for a layer
// neither schema has.
func layerReader(schema Schema, layer string) func(*builder, *geojson.Feature) {
	if skippedLayers[layer] {
		return skip
	}
	if schema != Protomaps {
		if r, ok := omtLayers[layer]; ok {
			return r
		}
	}
	if schema != OpenMapTiles {
		if r, ok := pmLayers[layer]; ok {
			return r
		}
	}
	if schema == SchemaUnknown {
		return nil
	}
	// A layer of the other schema in a tile of this one: read it too.
	if r, ok := omtLayers[layer]; ok {
		return r
	}
	return pmLayers[layer]
}

// builder fills a Tile while it is prepared.
type builder struct {
	t     *Tile
	ext   float64     // the layer's extent
	roads []roadPiece // named road pieces, merged at the end
}

// area adds the polygons of g to set s: outer rings turning clockwise on
// screen, holes the other way, so the non-zero rule fills them right.
func (b *builder) area(s set, g orb.Geometry) {
	switch g := g.(type) {
	case orb.Polygon:
		b.polygon(s, g)
	case orb.MultiPolygon:
		for _, p := range g {
			b.polygon(s, p)
		}
	default:
		return
	}
	b.t.count++
}

func (b *builder) polygon(s set, p orb.Polygon) {
	for i, r := range p {
		if len(r) < 3 {
			if i == 0 {
				return
			}
			continue
		}
		ps := &b.t.sets[s]
		start := len(ps.pts)
		ps.add(r, b.ext)
		if area := ringArea(ps.pts[start:]); area == 0 {
			ps.drop()
		} else if (area > 0) != (i == 0) {
			reverse(ps.pts[start:])
		}
	}
}

// line adds the lines of g to set s.
func (b *builder) line(s set, g orb.Geometry) {
	switch g := g.(type) {
	case orb.LineString:
		b.t.sets[s].add(g, b.ext)
	case orb.MultiLineString:
		for _, l := range g {
			b.t.sets[s].add(l, b.ext)
		}
	default:
		return
	}
	b.t.count++
}

// add appends a path of tile coordinates, as fractions of the tile.
func (ps *paths) add(pts []orb.Point, ext float64) {
	if len(pts) < 2 {
		return
	}
	minX, minY := float32(math.Inf(1)), float32(math.Inf(1))
	maxX, maxY := float32(math.Inf(-1)), float32(math.Inf(-1))
	for _, p := range pts {
		x, y := float32(p[0]/ext), float32(p[1]/ext)
		ps.pts = append(ps.pts, x, y)
		minX, maxX = min(minX, x), max(maxX, x)
		minY, maxY = min(minY, y), max(maxY, y)
	}
	ps.ends = append(ps.ends, int32(len(ps.pts)/2))
	ps.boxes = append(ps.boxes, minX, minY, maxX, maxY)
}

// drop removes the last path.
func (ps *paths) drop() {
	n := len(ps.ends)
	start := int32(0)
	if n > 1 {
		start = ps.ends[n-2]
	}
	ps.pts, ps.ends, ps.boxes = ps.pts[:2*start], ps.ends[:n-1], ps.boxes[:4*(n-1)]
}

// path returns the points of path i.
func (ps *paths) path(i int) []float32 {
	start := int32(0)
	if i > 0 {
		start = ps.ends[i-1]
	}
	return ps.pts[2*start : 2*ps.ends[i]]
}

// ringArea is the shoelace area of x, y pairs, positive for rings turning
// clockwise on screen (y down).
func ringArea(pts []float32) float64 {
	n := len(pts) / 2
	var a float64
	px, py := float64(pts[2*n-2]), float64(pts[2*n-1])
	for i := range n {
		x, y := float64(pts[2*i]), float64(pts[2*i+1])
		a += px*y - x*py
		px, py = x, y
	}
	return a / 2
}

// reverse turns x, y pairs back to front.
func reverse(pts []float32) {
	for i, j := 0, len(pts)-2; i < j; i, j = i+2, j-2 {
		pts[i], pts[j] = pts[j], pts[i]
		pts[i+1], pts[j+1] = pts[j+1], pts[i+1]
	}
}

// str is a property as a string, "" when absent or not a string.
func str(f *geojson.Feature, key string) string {
	s, _ := f.Properties[key].(string)
	return s
}

// num is a numeric property, def when absent or not a number.
func num(f *geojson.Feature, key string, def float64) float64 {
	if v, ok := f.Properties[key].(float64); ok && !math.IsNaN(v) {
		return v
	}
	return def
}

// yes reports whether a property is true: a boolean, a non-zero number,
// or "yes"/"true"/"1".
func yes(f *geojson.Feature, key string) bool {
	switch v := f.Properties[key].(type) {
	case bool:
		return v
	case float64:
		return v != 0
	case string:
		return v == "yes" || v == "true" || v == "1"
	}
	return false
}
