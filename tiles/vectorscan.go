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
	drop                                  func(layer string) bool // layers left out unread (nil: none)
	layers, features, vertices, tags, kvs int
	edits                                 []layerEdit // in tile order; none when the tile decodes as it is
	repeats                               bool        // a line or ring repeats a point: remove after decoding
	skipped                               []string    // the recoverable problems, in tile order
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
// Layers drop names (nil: none) are checked in their fields but not in
// their features, and left out.
func scanMVT(data []byte, lim Limits, drop func(layer string) bool) (*mvtScan, error) {
	s := &mvtScan{lim: lim, drop: drop}
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
			// An unknown field (an extension) is left out for orb, whose
			// protobuf reader fails on a 64-bit field at a message's end.
			s.edits = append(s.edits, layerEdit{start: start, end: w.i, drop: true})
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

// fieldName names the fields of a layer in errors.
var fieldName = map[uint64]string{layerName: "name", layerFeatures: "feature", layerKeys: "key",
	layerValues: "value", layerExtent: "extent", layerVersion: "version"}

// layerHead is what a layer's fields other than its features say.
type layerHead struct {
	where                  string // "layer "roads"", or "layer 3" until the name is read
	name                   string
	version, extent        uint64
	hasName, hasVersion    bool
	keys, values, features int
}

// head checks a layer's fields, its features only for their wire type and
// count.
func (s *mvtScan) head(p []byte) (layerHead, error) {
	h := layerHead{where: fmt.Sprintf("layer %d", s.layers-1), extent: 4096}
	w := wire{b: p}
	for w.more() {
		field, typ, err := w.key()
		if err != nil {
			return h, fmt.Errorf("%s: field key: %w", h.where, err)
		}
		n := 0 // the key's, value's or feature's number, for the error
		switch field {
		case layerVersion, layerExtent:
			if err = want(fieldName[field], typ, wireVarint); err == nil {
				var v uint64
				if v, err = w.varint(); field == layerVersion {
					h.version, h.hasVersion = v, true
				} else {
					h.extent = v
				}
			}
		case layerName:
			if err = want("name", typ, wireBytes); err == nil {
				var b []byte
				if b, err = w.bytes(); err == nil {
					h.name, h.hasName = string(b), true
					h.where = fmt.Sprintf("layer %q", h.name)
				}
			}
		case layerKeys:
			n = h.keys
			if err = want("key", typ, wireBytes); err == nil {
				_, err = w.bytes()
			}
			h.keys++
		case layerValues:
			n = h.values
			if err = want("value", typ, wireBytes); err == nil {
				var b []byte
				if b, err = w.bytes(); err == nil {
					err = checkValue(b)
				}
			}
			h.values++
		case layerFeatures:
			n = h.features
			if err = want("feature", typ, wireBytes); err == nil {
				_, err = w.bytes()
			}
			if h.features++; s.features+h.features > s.lim.Features {
				return h, overBudget("more than %d features", s.lim.Features)
			}
		default:
			err = w.skip(typ)
		}
		if err != nil {
			what := fieldName[field]
			switch field {
			case layerKeys, layerValues, layerFeatures:
				what = fmt.Sprint(what, " ", n)
			case layerName, layerVersion, layerExtent:
			default:
				what = fmt.Sprint("field ", field)
			}
			return h, fmt.Errorf("%s: %s: %w", h.where, what, err)
		}
		if s.kvs+h.keys+h.values > s.lim.KeysValues {
			return h, overBudget("more than %d keys and values", s.lim.KeysValues)
		}
	}
	return h, nil
}

// layer checks one layer message: its head, then each feature.
func (s *mvtScan) layer(p []byte, edit layerEdit, names map[string]bool) error {
	h, err := s.head(p)
	switch {
	case err != nil:
		return err
	case !h.hasName || h.name == "":
		return fmt.Errorf("%s has no name", h.where)
	case !h.hasVersion:
		return fmt.Errorf("%s has no version", h.where)
	case h.version != 1 && h.version != 2:
		return fmt.Errorf("%s: version %d is not 1 or 2", h.where, h.version)
	case h.extent == 0 || h.extent > 1<<16:
		return fmt.Errorf("%s: extent %d", h.where, h.extent)
	case names[h.name]:
		s.skipped = append(s.skipped, h.where+": a second layer of that name, skipped")
		edit.drop = true
		s.edits = append(s.edits, edit)
		return nil
	case s.drop != nil && s.drop(h.name):
		edit.drop = true // the reader wants nothing of it: not decoded, not counted
		s.edits = append(s.edits, edit)
		return nil
	}
	names[h.name] = true
	s.kvs += h.keys + h.values
	w := wire{b: p}
	for i := 0; w.more(); {
		start := w.i
		field, typ, _ := w.key() // all checked by head
		if field != layerFeatures {
			w.skip(typ)
			if field > layerExtent && field != layerVersion { // unknown: left out, as at the tile's level
				edit.feats = append(edit.feats, featEdit{start: start, end: w.i})
			}
			continue
		}
		b, _ := w.bytes()
		fe, err := s.feature(b, h.keys, h.values, h.version)
		switch {
		case err != nil:
			return fmt.Errorf("%s: feature %d: %w", h.where, i, err)
		case s.vertices > s.lim.Vertices:
			return overBudget("more than %d vertices", s.lim.Vertices)
		case s.tags > s.lim.Tags:
			return overBudget("more than %d feature properties", s.lim.Tags)
		case fe.keep && !fe.unknown:
			s.features++
		case fe.problem != "":
			s.skipped = append(s.skipped, fmt.Sprintf("%s: feature %d: %s, skipped", h.where, i, fe.problem))
			edit.feats = append(edit.feats, featEdit{start: start, end: w.i})
		case fe.keep || fe.geom != nil:
			s.features++
			edit.feats = append(edit.feats, featEdit{start: start, end: w.i, repl: fe.rewrite(b)})
		default: // type UNKNOWN: valid, but nothing to draw
			edit.feats = append(edit.feats, featEdit{start: start, end: w.i})
		}
		i++
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
