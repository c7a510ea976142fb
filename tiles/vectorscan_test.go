package tiles

import (
	"encoding/binary"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// Hand-built tiles for the cases the fixture suite lacks.

func varints(vs ...uint64) []byte {
	var b []byte
	for _, v := range vs {
		b = appendVarint(b, v)
	}
	return b
}

func varintField(field, v uint64) []byte {
	return appendVarint(appendVarint(nil, field<<3|wireVarint), v)
}

func fixed64Field(field, v uint64) []byte {
	return binary.LittleEndian.AppendUint64(appendVarint(nil, field<<3|wire64), v)
}

// feat returns a Feature message of geometry type typ and commands geom.
func feat(typ uint64, geom []byte, extra ...[]byte) []byte {
	b := varintField(featType, typ)
	b = appendField(b, featGeom, geom)
	for _, e := range extra {
		b = append(b, e...)
	}
	return b
}

// tile returns a tile of one layer "l" of the given version and features.
func tile(version uint64, feats [][]byte, extra ...[]byte) []byte {
	l := varintField(layerVersion, version)
	l = appendField(l, layerName, []byte("l"))
	for _, f := range feats {
		l = appendField(l, layerFeatures, f)
	}
	for _, e := range extra {
		l = append(l, e...)
	}
	return appendField(nil, tileLayers, l)
}

func cmd(id, n uint64) uint64 { return n<<3 | id }

func zz(v int64) uint64 { return uint64(zigzag(v)) }

func TestDecodeVectorHandBuilt(t *testing.T) {
	square := varints(cmd(cmdMoveTo, 1), zz(0), zz(0), cmd(cmdLineTo, 3), zz(10), zz(0), zz(0), zz(10), zz(-10), zz(0), cmd(cmdClose, 1))
	closedLine := varints(cmd(cmdMoveTo, 1), zz(1), zz(1), cmd(cmdLineTo, 2), zz(4), zz(0), zz(0), zz(4), cmd(cmdClose, 1))
	repeats := varints(cmd(cmdMoveTo, 1), zz(0), zz(0), cmd(cmdLineTo, 3), zz(5), zz(0), zz(0), zz(0), zz(5), zz(5))
	cases := []struct {
		name    string
		data    []byte
		geom    orb.Geometry // of the first feature
		skipped string
		err     string
	}{
		{"version-1 line closed with ClosePath", tile(1, [][]byte{feat(geomLine, closedLine)}),
			orb.LineString{{1, 1}, {5, 1}, {5, 5}, {1, 1}}, "", ""},
		{"version-1 lines, the first closed", tile(1, [][]byte{feat(geomLine, append(closedLine, varints(cmd(cmdMoveTo, 1), zz(10), zz(10), cmd(cmdLineTo, 1), zz(1), zz(0))...))}),
			orb.MultiLineString{{{1, 1}, {5, 1}, {5, 5}, {1, 1}}, {{15, 15}, {16, 15}}}, "", ""}, // ClosePath leaves the cursor at (5, 5)
		{"version-2 line closed with ClosePath", tile(2, [][]byte{feat(geomLine, closedLine)}),
			nil, "", "a line has no ClosePath in a version-2 layer"},
		{"repeated point", tile(2, [][]byte{feat(geomLine, repeats)}),
			orb.LineString{{0, 0}, {5, 0}, {10, 5}}, "", ""},
		{"ring of two points", tile(2, [][]byte{feat(geomPoly, varints(cmd(cmdMoveTo, 1), 0, 0, cmd(cmdLineTo, 1), zz(3), zz(3), cmd(cmdClose, 1))), feat(geomPoly, square)}),
			orb.Polygon{{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}}, `layer "l": feature 0: ring 0 has 2 points, a ring needs 3, skipped`, ""},
		{"ring without ClosePath", tile(2, [][]byte{feat(geomPoly, square[:len(square)-1])}),
			nil, "", "ring 0 after LineTo: message cut short"},
		{"unknown 64-bit fields at the end of feature, layer and tile", append(
			tile(2, [][]byte{feat(geomPoly, square, fixed64Field(9, 7))}, fixed64Field(20, 7)), fixed64Field(16, 7)...),
			orb.Polygon{{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}}, "", ""},
		{"layer of extent 0", tile(2, [][]byte{feat(geomPoly, square)}, varintField(layerExtent, 0)),
			nil, "", `layer "l": extent 0`},
		{"geometry integer over 32 bits", tile(2, [][]byte{feat(geomPoint, varints(cmd(cmdMoveTo, 1), 1<<33, 0))}),
			nil, "", "geometry integer over 32 bits"},
		{"varint of eleven bytes", append([]byte{0x1a, 0x0b}, strings.Repeat("\xff", 11)...),
			nil, "", "varint longer than ten bytes"},
		{"group wire type", []byte{0x0b, 0x0c},
			nil, "", "tile: field 1: wire type 3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			vt, err := DecodeVector(c.data, DefaultLimits())
			if c.err != "" {
				if err == nil || !errors.Is(err, ErrCorruptTile) || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(vt.Skipped, "; "); got != c.skipped {
				t.Errorf("skipped %q, want %q", got, c.skipped)
			}
			if len(vt.Layers) != 1 || len(vt.Layers[0].Features) == 0 {
				t.Fatalf("layers %v", vt.Layers)
			}
			if g := vt.Layers[0].Features[0].Geometry; !reflect.DeepEqual(g, c.geom) {
				t.Errorf("geometry %v, want %v", g, c.geom)
			}
		})
	}
}
