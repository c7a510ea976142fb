package main

import (
	"cmp"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/maptile"

	"ningbomap/internal/fixture"
	"ningbomap/tiles"
)

// The fixture's zooms: the wide box from 7 to 12, the village from 13 to 15.
const (
	minZoom, coreZoom, maxZoom = 7, 13, 15
	extent                     = 4096
	bufferPixels               = 4 // planetiler's default, in 256-pixel units
)

// writeProtomaps encodes the Protomaps v4 fixture into an MBTiles file.
func writeProtomaps(path string, gzip bool) error {
	feats := protomapsFeatures()
	wide := orb.Bound{Min: at(-12, -9), Max: at(12, 9)}
	core := orb.Bound{Min: at(-1.5, -1.5), Max: at(1.5, 1.5)}
	var ts []fixture.Tile
	for z := minZoom; z <= maxZoom; z++ {
		area := wide
		if z >= coreZoom {
			area = core
		}
		for _, t := range tilesOver(area, z) {
			ls := tileLayers(feats, t)
			if len(ls) == 0 {
				continue
			}
			var b []byte
			var err error
			if gzip {
				b, err = mvt.MarshalGzipped(ls)
			} else {
				b, err = mvt.Marshal(ls)
			}
			if err != nil {
				return fmt.Errorf("tile %d/%d/%d: %w", t.Z, t.X, t.Y, err)
			}
			ts = append(ts, fixture.Tile{Z: int(t.Z), X: int(t.X), Y: int(t.Y), Data: b})
		}
	}
	format := "pbf"
	if !gzip {
		format = "mvt"
	}
	js, err := json.Marshal(map[string]any{"vector_layers": vectorLayers(feats)})
	if err != nil {
		return err
	}
	c := wide.Center()
	meta := map[string]string{
		"name":        "Protomaps Basemap",
		"version":     "4.0.0",
		"description": "Synthetic tiles in the Protomaps basemap schema v4: a test fixture of ningbomap (tiles/internal/vectorfixture)",
		"attribution": "Synthetic test tiles (Protomaps basemap schema v4)",
		"format":      format,
		"type":        "baselayer",
		"bounds":      fmt.Sprintf("%.6f,%.6f,%.6f,%.6f", wide.Min[0], wide.Min[1], wide.Max[0], wide.Max[1]),
		"center":      fmt.Sprintf("%.6f,%.6f,%d", c[0], c[1], 14),
		"minzoom":     fmt.Sprint(minZoom),
		"maxzoom":     fmt.Sprint(maxZoom),
		"json":        string(js),
	}
	return fixture.WriteMBTiles(path, meta, ts)
}

// tilesOver returns the tiles of zoom z over a lon/lat box.
func tilesOver(b orb.Bound, z int) []maptile.Tile {
	lo := maptile.At(orb.Point{b.Min[0], b.Max[1]}, maptile.Zoom(z))
	hi := maptile.At(orb.Point{b.Max[0], b.Min[1]}, maptile.Zoom(z))
	var out []maptile.Tile
	for x := lo.X; x <= hi.X; x++ {
		for y := lo.Y; y <= hi.Y; y++ {
			out = append(out, maptile.New(x, y, maptile.Zoom(z)))
		}
	}
	return out
}

// tileLayers returns the layers of tile t: each feature of its zooms,
// projected to tile coordinates and clipped to the tile and its buffer.
func tileLayers(feats []feature, t maptile.Tile) mvt.Layers {
	byLayer := map[string]*mvt.Layer{}
	z := int(t.Z)
	for _, f := range feats {
		if z < f.minZ || z > f.maxZ {
			continue
		}
		buf := float64(max(f.bufferPixels, bufferPixels)) * extent / 256
		gf := geojson.NewFeature(orb.Clone(f.geom))
		gf.Properties = f.props.Clone()
		if f.id != 0 {
			gf.ID = f.id
		}
		l := &mvt.Layer{Name: f.layer, Version: 2, Extent: extent, Features: []*geojson.Feature{gf}}
		l.ProjectToTile(t)
		g := clip.Geometry(orb.Bound{Min: orb.Point{-buf, -buf}, Max: orb.Point{extent + buf, extent + buf}}, gf.Geometry)
		if g == nil || isEmpty(g) {
			continue
		}
		gf.Geometry = roundGeometry(g)
		if byLayer[f.layer] == nil {
			byLayer[f.layer] = &mvt.Layer{Name: f.layer, Version: 2, Extent: extent}
		}
		byLayer[f.layer].Features = append(byLayer[f.layer].Features, gf)
	}
	var out mvt.Layers
	for _, name := range []string{"earth", "landcover", "landuse", "water", "roads", "buildings", "boundaries", "places", "pois"} {
		if l := byLayer[name]; l != nil {
			out = append(out, l)
		}
	}
	return out
}

func isEmpty(g orb.Geometry) bool {
	switch g := g.(type) {
	case orb.LineString:
		return len(g) < 2
	case orb.Polygon:
		return len(g) == 0 || len(g[0]) < 4
	case orb.MultiLineString:
		return len(g) == 0
	case orb.MultiPolygon:
		return len(g) == 0
	}
	return false
}

// roundGeometry rounds tile coordinates to whole units, as the encoder
// stores them.
func roundGeometry(g orb.Geometry) orb.Geometry {
	round := func(p orb.Point) orb.Point { return orb.Point{math.Round(p[0]), math.Round(p[1])} }
	switch g := g.(type) {
	case orb.Point:
		return round(g)
	case orb.LineString:
		for i := range g {
			g[i] = round(g[i])
		}
	case orb.MultiLineString:
		for _, l := range g {
			roundGeometry(l)
		}
	case orb.Polygon:
		for _, r := range g {
			roundGeometry(orb.LineString(r))
		}
	case orb.MultiPolygon:
		for _, p := range g {
			roundGeometry(p)
		}
	}
	return g
}

// vectorLayers lists the layers as a planetiler build does in its metadata:
// id, fields with their types, zooms.
func vectorLayers(feats []feature) []map[string]any {
	type info struct {
		fields     map[string]string
		minZ, maxZ int
	}
	layers := map[string]*info{}
	for _, f := range feats {
		l := layers[f.layer]
		if l == nil {
			l = &info{fields: map[string]string{}, minZ: f.minZ, maxZ: f.maxZ}
			layers[f.layer] = l
		}
		l.minZ, l.maxZ = min(l.minZ, f.minZ), max(l.maxZ, f.maxZ)
		for k, v := range f.props {
			switch v.(type) {
			case string:
				l.fields[k] = "String"
			case bool:
				l.fields[k] = "Boolean"
			default:
				l.fields[k] = "Number"
			}
		}
	}
	names := make([]string, 0, len(layers))
	for n := range layers {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]map[string]any, 0, len(names))
	for _, n := range names {
		l := layers[n]
		out = append(out, map[string]any{"id": n, "fields": l.fields, "minzoom": max(l.minZ, minZoom), "maxzoom": l.maxZ})
	}
	return out
}

// subset copies the tiles keep (Z/X/Y, XYZ numbering) and their ancestors
// from one MBTiles file into a new one, with the metadata; bounds, minzoom
// and maxzoom follow the tiles kept.
func subset(in, out string, keep []string) error {
	if in == out {
		return errors.New("subset writes a new file: IN and OUT are the same")
	}
	db, err := sql.Open("sqlite3", "file:"+in+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	meta := map[string]string{}
	rows, err := db.Query("SELECT name, value FROM metadata")
	if err != nil {
		return err
	}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			rows.Close()
			return err
		}
		meta[k] = v
	}
	rows.Close()
	want := map[maptile.Tile]bool{}
	var bound orb.Bound
	maxZ := 0
	for i, s := range keep {
		var x, y, z uint32
		if _, err := fmt.Sscanf(s, "%d/%d/%d", &z, &x, &y); err != nil {
			return fmt.Errorf("tile %q: want Z/X/Y", s)
		}
		t := maptile.New(x, y, maptile.Zoom(z))
		if i == 0 {
			bound = t.Bound()
		}
		bound = bound.Union(t.Bound())
		maxZ = max(maxZ, int(z))
		for ; ; t = t.Parent() {
			want[t] = true
			if t.Z == 0 {
				break
			}
		}
	}
	var ts []fixture.Tile
	minZ := maxZ
	for t := range want {
		var b []byte
		err := db.QueryRow("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
			t.Z, t.X, tiles.FlipY(int(t.Z), int(t.Y))).Scan(&b)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return err
		}
		minZ = min(minZ, int(t.Z))
		ts = append(ts, fixture.Tile{Z: int(t.Z), X: int(t.X), Y: int(t.Y), Data: b})
	}
	slices.SortFunc(ts, func(a, b fixture.Tile) int {
		return cmp.Or(cmp.Compare(a.Z, b.Z), cmp.Compare(a.X, b.X), cmp.Compare(a.Y, b.Y))
	})
	meta["bounds"] = fmt.Sprintf("%.6f,%.6f,%.6f,%.6f", bound.Min[0], bound.Min[1], bound.Max[0], bound.Max[1])
	meta["minzoom"], meta["maxzoom"] = fmt.Sprint(minZ), fmt.Sprint(maxZ)
	c := bound.Center()
	meta["center"] = fmt.Sprintf("%.6f,%.6f,%d", c[0], c[1], maxZ)
	meta["description"] = strings.TrimSpace(meta["description"] + " (subset: " + strings.Join(keep, " ") + " and their ancestors)")
	return fixture.WriteMBTiles(out, meta, ts)
}
