package vector

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/geojson"

	"ningbomap/geo"
)

// name is a name of a tile, in both languages, ready to be a map label.
// An English name still to be written in pinyin has en "" and its Chinese
// name in han; Tile.Labels writes it the first time English is asked for.
type name struct {
	zh, en string
	han    string
	kind   geo.LabelKind
	order  int
	min    float64     // least zoom the tile gives (Protomaps' min_zoom), 0 for the kind's
	point  orb.Point   // lon/lat of a centred name
	path   []orb.Point // lon/lat of a name along a line
}

// Labels appends the tile's names in lang as map labels for a
// geo.Labeller: towns (KindTown) and villages, suburbs and neighbourhoods
// (KindVillage) by importance (Order), water names (KindTileWater: seas
// and lakes centred, rivers along their course) and road names along
// their roads (KindRoad, from zoom 14, major roads first). Villages show
// from zoom 11, or from the min_zoom a Protomaps tile gives. The labeller
// places them after the map's own places, districts and waters, never
// over anything placed before. Points are lon/lat. Names of the tile's
// buffer (drawn again by the neighbouring tile) are left out, and road
// pieces of the same name that meet are joined, so that names can be
// gathered from every tile of a view and placed together.
func (t *Tile) Labels(dst []geo.MapLabel, lang Lang) []geo.MapLabel {
	if lang == English {
		t.pinyin.Do(t.romanize)
	}
	for i := range t.names {
		n := &t.names[i]
		text := n.zh
		if lang == English {
			text = n.en
		}
		if text == "" {
			continue
		}
		dst = append(dst, geo.MapLabel{Text: text, Kind: n.kind, Order: n.order, Min: n.min, Point: n.point, Path: n.path})
	}
	return dst
}

// romanize writes in pinyin the English names the tile lacks, each
// Chinese name once.
func (t *Tile) romanize() {
	done := map[string]string{}
	for i := range t.names {
		n := &t.names[i]
		if n.han == "" {
			continue
		}
		en, ok := done[n.han]
		if !ok {
			en = Romanize(n.han)
			done[n.han] = en
		}
		n.en = en
	}
}

// lonLat is the lon/lat of a point given in fractions of the tile.
func (t *Tile) lonLat(x, y float64) orb.Point {
	n := math.Exp2(float64(t.id.Z))
	return geo.InverseMercator((float64(t.id.X)+x)/n, (float64(t.id.Y)+y)/n)
}

// names reads a feature's names in both languages as Name does, but
// leaves the pinyin of a Chinese name to be written later: en is "" and
// han the Chinese name then. ok is false when the feature has no name.
func names(f *geojson.Feature) (zh, en, han string, ok bool) {
	p := f.Properties
	zh = Name(p, Chinese)
	if en = first(p, "name:en", "name_en"); en == "" {
		if base := first(p, "name", "name:latin"); hasHan(base) {
			han = base
		} else {
			en = base
		}
	}
	return zh, en, han, zh != "" || en != "" || han != ""
}

// place adds the name of a place at its point, if the point is in the
// tile itself (not its buffer), from zoom min (0: the kind's default).
func (b *builder) place(kind geo.LabelKind, order int, min float64, f *geojson.Feature) {
	zh, en, han, ok := names(f)
	if !ok {
		return
	}
	if x, y, in := b.inTile(f.Geometry); in {
		b.t.names = append(b.t.names, name{zh: zh, en: en, han: han, kind: kind, order: order, min: min, point: b.t.lonLat(x, y)})
		b.t.count++
	}
}

// inTile returns the first point of a point geometry as fractions of the
// tile, and whether it lies in the tile itself.
func (b *builder) inTile(g orb.Geometry) (x, y float64, ok bool) {
	var p orb.Point
	switch g := g.(type) {
	case orb.Point:
		p = g
	case orb.MultiPoint:
		if len(g) == 0 {
			return 0, 0, false
		}
		p = g[0]
	default:
		return 0, 0, false
	}
	x, y = p[0]/b.ext, p[1]/b.ext
	return x, y, x >= 0 && y >= 0 && x < 1 && y < 1
}

// waterName adds the name of a sea or lake (a point) or of a river (a
// line).
func (b *builder) waterName(f *geojson.Feature) {
	switch f.Geometry.(type) {
	case orb.Point, orb.MultiPoint:
		b.place(geo.KindTileWater, 0, 0, f)
	case orb.LineString, orb.MultiLineString:
		b.linesName(geo.KindTileWater, 1, f)
	}
}

// roadName adds the name of a road of class rc; major roads are placed
// first.
func (b *builder) roadName(rc int, f *geojson.Feature) {
	b.linesName(geo.KindRoad, rcMotorway-rc, f)
}

// roadPiece is a named line cut to the tile, joined with the pieces of
// the same name that meet it before it becomes a name.
type roadPiece struct {
	zh, en string
	han    string
	kind   geo.LabelKind
	order  int
	pts    orb.LineString // fractions of the tile
}

// tileBound is the tile itself in fractions of it.
var tileBound = orb.Bound{Max: orb.Point{1, 1}}

// linesName keeps the named lines of f, cut to the tile.
func (b *builder) linesName(kind geo.LabelKind, order int, f *geojson.Feature) {
	zh, en, han, ok := names(f)
	if !ok {
		return
	}
	add := func(ls orb.LineString) {
		frac := make(orb.LineString, len(ls))
		inside := true
		for i, p := range ls {
			frac[i] = orb.Point{p[0] / b.ext, p[1] / b.ext}
			inside = inside && tileBound.Contains(frac[i])
		}
		if inside {
			if len(frac) >= 2 {
				b.roads = append(b.roads, roadPiece{zh, en, han, kind, order, frac})
			}
			return
		}
		for _, part := range clip.LineString(tileBound, frac) {
			if len(part) >= 2 {
				b.roads = append(b.roads, roadPiece{zh, en, han, kind, order, part})
			}
		}
	}
	switch g := f.Geometry.(type) {
	case orb.LineString:
		add(g)
	case orb.MultiLineString:
		for _, ls := range g {
			add(ls)
		}
	}
}

// mergeRoadNames joins the named pieces that meet end to end and have the
// same names, kind and order, and adds each line as a name along it.
func (b *builder) mergeRoadNames() {
	type key struct {
		zh, en, han string
		kind        geo.LabelKind
		order       int
	}
	groups := map[key][]int{}
	var keys []key // in order of first appearance, so tiles prepare the same way every time
	for i, r := range b.roads {
		k := key{r.zh, r.en, r.han, r.kind, r.order}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], i)
	}
	for _, k := range keys {
		idx := groups[k]
		used := make([]bool, len(idx))
		for i := range idx {
			if used[i] {
				continue
			}
			used[i] = true
			line := append(orb.LineString(nil), b.roads[idx[i]].pts...)
			for joined := true; joined; {
				joined = false
				for j := range idx {
					if used[j] {
						continue
					}
					if l, ok := join(line, b.roads[idx[j]].pts); ok {
						line, used[j], joined = l, true, true
					}
				}
			}
			path := make([]orb.Point, len(line))
			for i, p := range line {
				path[i] = b.t.lonLat(p[0], p[1])
			}
			b.t.names = append(b.t.names, name{zh: k.zh, en: k.en, han: k.han, kind: k.kind, order: k.order, path: path})
			b.t.count++
		}
	}
	b.roads = nil
}

// join joins line and piece where an end of one is an end of the other.
func join(line, piece orb.LineString) (orb.LineString, bool) {
	first, last := line[0], line[len(line)-1]
	pf, pl := piece[0], piece[len(piece)-1]
	switch {
	case last == pf:
		return append(line, piece[1:]...), true
	case last == pl:
		for i := len(piece) - 2; i >= 0; i-- {
			line = append(line, piece[i])
		}
		return line, true
	case first == pl:
		return append(append(orb.LineString(nil), piece[:len(piece)-1]...), line...), true
	case first == pf:
		out := make(orb.LineString, 0, len(line)+len(piece)-1)
		for i := len(piece) - 1; i >= 1; i-- {
			out = append(out, piece[i])
		}
		return append(out, line...), true
	}
	return line, false
}
