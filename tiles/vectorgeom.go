package tiles

import (
	"errors"
	"fmt"
	"math"
)

// Geometry commands (spec 4.3.1).
const (
	cmdMoveTo = 1
	cmdLineTo = 2
	cmdClose  = 7
)

// featScan is the verdict on one feature: keep it (as it is, or without
// fields of unknown number when unknown is set), skip it for a reason
// (problem), keep it with a repaired geometry (geom), or — none of these —
// leave it out quietly (geometry type UNKNOWN, valid but not drawable).
type featScan struct {
	keep, unknown bool
	problem       string
	geom          []byte
}

// feature checks one Feature message of a layer with the given number of
// keys and values.
func (s *mvtScan) feature(p []byte, keys, values int, version uint64) (featScan, error) {
	var (
		typ            uint64
		hasType        bool
		geom           []byte
		geoms, oddTags int
		unknown        bool
		w              = wire{b: p}
	)
	for w.more() {
		field, wt, err := w.key()
		if err != nil {
			return featScan{}, err
		}
		switch field {
		case featID, featType:
			what := "type"
			if field == featID {
				what = "id"
			}
			if err := want(what, wt, wireVarint); err != nil {
				return featScan{}, err
			}
			v, err := w.varint()
			if err != nil {
				return featScan{}, err
			}
			if field == featType {
				typ, hasType = v, true
			}
		case featTags:
			if err := want("tags", wt, wireBytes); err != nil {
				return featScan{}, err
			}
			b, err := w.bytes()
			if err != nil {
				return featScan{}, err
			}
			n, err := checkTags(b, keys, values)
			if err != nil {
				return featScan{}, err
			}
			oddTags += n % 2
			s.tags += n / 2
		case featGeom:
			if err := want("geometry", wt, wireBytes); err != nil {
				return featScan{}, err
			}
			if geom, err = w.bytes(); err != nil {
				return featScan{}, err
			}
			geoms++
		default:
			if err := w.skip(wt); err != nil {
				return featScan{}, fmt.Errorf("field %d: %w", field, err)
			}
			unknown = true
		}
	}
	switch {
	case !hasType:
		return featScan{problem: "no geometry type"}, nil
	case typ == 0:
		return featScan{}, nil
	case typ > geomPoly:
		return featScan{problem: fmt.Sprintf("geometry type %d", typ)}, nil
	case geoms == 0 || len(geom) == 0:
		return featScan{problem: "no geometry"}, nil
	case geoms > 1:
		return featScan{problem: fmt.Sprintf("%d geometry fields", geoms)}, nil
	case oddTags > 0:
		return featScan{problem: "an odd number of tags"}, nil
	}
	g, err := checkGeometry(geom, typ, version)
	if err != nil {
		return featScan{}, err
	}
	s.vertices += g.verts
	s.repeats = s.repeats || g.repeats
	switch {
	case g.problem != "":
		return featScan{problem: g.problem}, nil
	case g.closesLine:
		return featScan{geom: closeLines(geom)}, nil
	}
	return featScan{keep: true, unknown: unknown}, nil
}

// checkTags checks a packed tag list: key and value indexes by turns, each
// within the layer's keys and values. It returns how many there are.
func checkTags(b []byte, keys, values int) (int, error) {
	w := wire{b: b}
	n := 0
	for ; w.more(); n++ {
		v := uint64(w.b[w.i])
		var err error
		if v < 0x80 {
			w.i++
		} else {
			v, err = w.varintLong()
		}
		if err != nil {
			return 0, fmt.Errorf("tags: %w", err)
		}
		if n%2 == 0 && v >= uint64(keys) {
			return 0, fmt.Errorf("tag %d points to key %d, the layer has %d", n, v, keys)
		}
		if n%2 == 1 && v >= uint64(values) {
			return 0, fmt.Errorf("tag %d points to value %d, the layer has %d", n, v, values)
		}
	}
	return n, nil
}

// geomCheck is what checkGeometry found in a valid command list.
type geomCheck struct {
	verts      int
	repeats    bool   // a LineTo that does not move
	closesLine bool   // a version-1 line closed with ClosePath
	problem    string // recoverable: a ring of fewer than three points
}

var cmdNames = map[uint32]string{cmdMoveTo: "MoveTo", cmdLineTo: "LineTo", cmdClose: "ClosePath"}

func cmdName(cmd, n uint32) string {
	if s, ok := cmdNames[cmd]; ok {
		return fmt.Sprintf("%s(%d)", s, n)
	}
	return fmt.Sprintf("command %d", cmd)
}

// geomReader walks a geometry's packed command integers.
type geomReader struct {
	wire
	x, y int64
}

func (g *geomReader) uint32() (uint32, error) {
	v, err := g.varint()
	if err == nil && v > math.MaxUint32 {
		err = errors.New("geometry integer over 32 bits")
	}
	return uint32(v), err
}

func (g *geomReader) command() (cmd, count uint32, err error) {
	v, err := g.uint32()
	return v & 7, v >> 3, err
}

// points reads n parameter pairs and moves the cursor; repeats reports a
// pair that does not move it.
func (g *geomReader) points(c cmdWithCount) (repeats bool, err error) {
	for i := uint32(0); i < c.n; i++ {
		if j := g.i; j+1 < len(g.b) && g.b[j] < 0x80 && g.b[j+1] < 0x80 { // both one byte: most deltas
			zx, zy := unzigzag(uint32(g.b[j])), unzigzag(uint32(g.b[j+1]))
			g.i += 2
			repeats = repeats || (zx == 0 && zy == 0)
			g.x += zx
			g.y += zy
			continue
		}
		dx, err := g.uint32()
		if err != nil {
			return false, fmt.Errorf("%s runs past the geometry after %d points: %w", cmdName(c.cmd, c.n), i, err)
		}
		dy, err := g.uint32()
		if err != nil {
			return false, fmt.Errorf("%s runs past the geometry after %d points: %w", cmdName(c.cmd, c.n), i, err)
		}
		zx, zy := unzigzag(dx), unzigzag(dy)
		repeats = repeats || (zx == 0 && zy == 0)
		g.x += zx
		g.y += zy
	}
	return repeats, nil
}

type cmdWithCount struct{ cmd, n uint32 }

// part reads the start of a line part or ring: MoveTo(1), its point, a
// LineTo and its points. The errors name the part (what, i), formatted only
// when there is one.
func (g *geomReader) part(what string, i int) (lineTo cmdWithCount, repeats bool, err error) {
	cmd, n, err := g.command()
	switch {
	case err != nil:
		return lineTo, false, fmt.Errorf("%s %d: %w", what, i, err)
	case cmd != cmdMoveTo || n != 1:
		return lineTo, false, fmt.Errorf("%s %d starts with %s, not MoveTo(1)", what, i, cmdName(cmd, n))
	}
	if _, err := g.points(cmdWithCount{cmd, n}); err != nil {
		return lineTo, false, fmt.Errorf("%s %d: %w", what, i, err)
	}
	if cmd, n, err = g.command(); err != nil || cmd != cmdLineTo {
		if err == nil {
			err = fmt.Errorf("%s, not LineTo", cmdName(cmd, n))
		}
		return lineTo, false, fmt.Errorf("%s %d after MoveTo: %w", what, i, err)
	}
	lineTo = cmdWithCount{cmd, n}
	if repeats, err = g.points(lineTo); err != nil {
		return lineTo, false, fmt.Errorf("%s %d: %w", what, i, err)
	}
	return lineTo, repeats, nil
}

func unzigzag(v uint32) int64 { return int64(int32(v>>1) ^ -int32(v&1)) }

// checkGeometry checks a geometry's commands against its type (spec 4.3.4).
func checkGeometry(b []byte, typ, version uint64) (geomCheck, error) {
	g := geomReader{wire: wire{b: b}}
	var c geomCheck
	switch typ {
	case geomPoint:
		cmd, n, err := g.command()
		switch {
		case err != nil:
			return c, fmt.Errorf("point geometry: %w", err)
		case cmd != cmdMoveTo || n == 0:
			return c, fmt.Errorf("point geometry starts with %s, not MoveTo", cmdName(cmd, n))
		}
		m := cmdWithCount{cmd, n}
		if _, err := g.points(m); err != nil {
			return c, err
		}
		if g.more() {
			return c, errors.New("point geometry: more than one command")
		}
		c.verts = int(m.n)
		return c, nil
	case geomLine:
		for part := 0; g.more(); part++ {
			l, rep, err := g.part("line part", part)
			if err != nil {
				return c, err
			}
			if l.n == 0 {
				return c, fmt.Errorf("line part %d: LineTo(0)", part)
			}
			c.repeats = c.repeats || rep
			c.verts += 1 + int(l.n)
			if at := g.i; g.more() {
				if cmd, n, _ := g.command(); cmd != cmdClose {
					g.i = at
				} else if version != 1 || n != 1 {
					return c, fmt.Errorf("line part %d ends with %s: a line has no ClosePath in a version-%d layer", part, cmdName(cmd, n), version)
				} else {
					c.closesLine = true
					c.verts++
				}
			}
		}
		return c, nil
	case geomPoly:
		for ring := 0; g.more(); ring++ {
			l, rep, err := g.part("ring", ring)
			if err != nil {
				return c, err
			}
			cmd, n, err := g.command()
			switch {
			case err != nil:
				return c, fmt.Errorf("ring %d after LineTo: %w", ring, err)
			case cmd != cmdClose || n != 1:
				return c, fmt.Errorf("ring %d ends with %s, not ClosePath(1)", ring, cmdName(cmd, n))
			}
			if l.n < 2 && c.problem == "" {
				c.problem = fmt.Sprintf("ring %d has %d points, a ring needs 3", ring, l.n+1)
			}
			c.repeats = c.repeats || rep
			c.verts += 2 + int(l.n)
		}
		return c, nil
	}
	return c, fmt.Errorf("geometry type %d", typ)
}
