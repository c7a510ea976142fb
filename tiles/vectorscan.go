package tiles

import (
	"fmt"
)

// The checks below follow the Mapbox Vector Tile specification 2.1
// (github.com/mapbox/vector-tile-spec) and the verdicts of its fixture suite
// (mvt-fixtures): a tile is refused (fatal) when its structure is broken —
// a field of the wrong wire type, a layer without name or version, a value
// that is not exactly one of the seven kinds, tags that point past the keys or
// values, geometry commands that do not add up; a single feature is skipped
// (recoverable) when it lacks a type or geometry, has an odd tag list or a
// second geometry; a second layer of the same name is skipped. The check
// runs before orb's decoder, counts what decoding would allocate (checked
// against the Limits) and notes the edits that make the tile decodable.

// Fields of the vector tile messages (vector_tile.proto 2.1).
const (
	tileLayers = 3

	layerName     = 1
	layerFeatures = 2
	layerKeys     = 3
	layerValues   = 4
	layerExtent   = 5
	layerVersion  = 15

	featID    = 1
	featTags  = 2
	featType  = 3
	featGeom  = 4
	geomPoint = 1
	geomLine  = 2
	geomPoly  = 3
)

// mvtScan is what the check of one tile found.
type mvtScan struct {
	lim                                   Limits
	layers, features, vertices, tags, kvs int
	edits                                 []layerEdit // in tile order; none when the tile decodes as it is
	repeats                               bool        // a line or ring repeats a point: remove after decoding
	skipped                               []string    // the recoverable problems, in tile order
	ignored                               int         // features of type UNKNOWN, left out without complaint
}

// layerEdit drops a layer or changes some of its features.
type layerEdit struct {
	start, payload, end int // the layer field in the tile: key, payload start, end
	drop                bool
	feats               []featEdit
}

// featEdit drops a feature (repl nil) or replaces its field with repl.
type featEdit struct {
	start, end int // the feature field in the layer payload, key included
	repl       []byte
}

// scanMVT checks an uncompressed tile against the specification and lim.
func scanMVT(data []byte, lim Limits) (*mvtScan, error) {
	s := &mvtScan{lim: lim}
	names := map[string]bool{}
	w := wire{b: data}
	for w.more() {
		start := w.i
		field, typ, err := w.key()
		if err != nil {
			return nil, fmt.Errorf("tile: %w", err)
		}
		if field != tileLayers {
			if err := w.skip(typ); err != nil {
				return nil, fmt.Errorf("tile: field %d: %w", field, err)
			}
			continue
		}
		if err := want("tile layer", typ, wireBytes); err != nil {
			return nil, err
		}
		p, err := w.bytes()
		if err != nil {
			return nil, fmt.Errorf("layer %d: %w", s.layers, err)
		}
		payStart := w.i - len(p)
		if s.layers++; s.layers > lim.Layers {
			return nil, overBudget("more than %d layers", lim.Layers)
		}
		if err := s.layer(p, layerEdit{start: start, payload: payStart, end: w.i}, names); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// layer checks one layer message.
func (s *mvtScan) layer(p []byte, edit layerEdit, names map[string]bool) error {
	var (
		version, extent uint64 = 0, 4096
		name            string
		hasName         bool
		keys, values    int
		feats           [][3]int // start, payload start, end in p
		w               = wire{b: p}
		where           = fmt.Sprintf("layer %d", s.layers-1)
		fieldErr        = func(what string, err error) error { return fmt.Errorf("%s: %s: %w", where, what, err) }
		hasVersion      bool
	)
	for w.more() {
		start := w.i
		field, typ, err := w.key()
		if err != nil {
			return fieldErr("field key", err)
		}
		switch field {
		case layerVersion, layerExtent:
			what := "version"
			if field == layerExtent {
				what = "extent"
			}
			if err := want(what, typ, wireVarint); err != nil {
				return fmt.Errorf("%s: %w", where, err)
			}
			v, err := w.varint()
			if err != nil {
				return fieldErr(what, err)
			}
			if field == layerVersion {
				version, hasVersion = v, true
			} else {
				extent = v
			}
		case layerName:
			if err := want("name", typ, wireBytes); err != nil {
				return fmt.Errorf("%s: %w", where, err)
			}
			b, err := w.bytes()
			if err != nil {
				return fieldErr("name", err)
			}
			name, hasName = string(b), true
			where = fmt.Sprintf("layer %q", name)
		case layerKeys:
			if err := want("key", typ, wireBytes); err != nil {
				return fmt.Errorf("%s: key %d: %w", where, keys, err)
			}
			if _, err := w.bytes(); err != nil {
				return fieldErr("key", err)
			}
			keys++
		case layerValues:
			if err := want("value", typ, wireBytes); err != nil {
				return fmt.Errorf("%s: value %d: %w", where, values, err)
			}
			b, err := w.bytes()
			if err != nil {
				return fieldErr("value", err)
			}
			if err := checkValue(b); err != nil {
				return fmt.Errorf("%s: value %d: %w", where, values, err)
			}
			values++
		case layerFeatures:
			if err := want("feature", typ, wireBytes); err != nil {
				return fmt.Errorf("%s: feature %d: %w", where, len(feats), err)
			}
			b, err := w.bytes()
			if err != nil {
				return fieldErr("feature", err)
			}
			if s.features+len(feats) >= s.lim.Features {
				return overBudget("more than %d features", s.lim.Features)
			}
			feats = append(feats, [3]int{start, w.i - len(b), w.i})
		default:
			if err := w.skip(typ); err != nil {
				return fieldErr(fmt.Sprintf("field %d", field), err)
			}
		}
		if s.kvs+keys+values > s.lim.KeysValues {
			return overBudget("more than %d keys and values", s.lim.KeysValues)
		}
	}
	switch {
	case !hasName || name == "":
		return fmt.Errorf("%s has no name", where)
	case !hasVersion:
		return fmt.Errorf("%s has no version", where)
	case version != 1 && version != 2:
		return fmt.Errorf("%s: version %d is not 1 or 2", where, version)
	case extent == 0 || extent > 1<<16:
		return fmt.Errorf("%s: extent %d", where, extent)
	case names[name]:
		s.skipped = append(s.skipped, where+": a second layer of that name, skipped")
		edit.drop = true
		s.edits = append(s.edits, edit)
		return nil
	}
	names[name] = true
	s.kvs += keys + values
	for i, f := range feats {
		fe, err := s.feature(p[f[1]:f[2]], keys, values, version)
		if err != nil {
			return fmt.Errorf("%s: feature %d: %w", where, i, err)
		}
		if s.vertices > s.lim.Vertices {
			return overBudget("more than %d vertices", s.lim.Vertices)
		}
		if s.tags > s.lim.Tags {
			return overBudget("more than %d feature properties", s.lim.Tags)
		}
		switch {
		case fe.keep:
			s.features++
		case fe.problem != "":
			s.skipped = append(s.skipped, fmt.Sprintf("%s: feature %d: %s, skipped", where, i, fe.problem))
			edit.feats = append(edit.feats, featEdit{start: f[0], end: f[2]})
		case fe.geom != nil:
			s.features++
			edit.feats = append(edit.feats, featEdit{start: f[0], end: f[2], repl: fe.rewrite(p[f[1]:f[2]])})
		default: // type UNKNOWN: valid, but nothing to draw
			s.ignored++
			edit.feats = append(edit.feats, featEdit{start: f[0], end: f[2]})
		}
	}
	if len(edit.feats) > 0 {
		s.edits = append(s.edits, edit)
	}
	return nil
}

// valueWire is the wire type of each Value field: string, float, double,
// int64, uint64, sint64, bool.
var valueWire = [8]int{1: wireBytes, 2: wire32, 3: wire64, 4: wireVarint, 5: wireVarint, 6: wireVarint, 7: wireVarint}

// checkValue checks a Value message: exactly one of its seven fields, each
// of its declared wire type.
func checkValue(b []byte) error {
	w := wire{b: b}
	n := 0
	for w.more() {
		field, typ, err := w.key()
		if err != nil {
			return err
		}
		if field < 1 || field > 7 {
			return fmt.Errorf("unknown value field %d", field)
		}
		wantTyp := valueWire[field]
		if typ != wantTyp {
			return fmt.Errorf("value field %d has wire type %d, not %d", field, typ, wantTyp)
		}
		if err := w.skip(typ); err != nil {
			return err
		}
		n++
	}
	if n != 1 {
		return fmt.Errorf("%d fields, not one", n)
	}
	return nil
}
