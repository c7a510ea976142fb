package tiles

import (
	"encoding/binary"
	"testing"

	"ningbomap/budget"
)

// FuzzDirectory feeds bytes to the PMTiles directory decoder: it must not
// panic, and it allocates only for entries the bytes can hold, within
// budget.TileEntries.
func FuzzDirectory(f *testing.F) {
	var dir []byte
	dir = binary.AppendUvarint(dir, 3)
	for _, col := range [][]uint64{{5, 1, 1}, {1, 1, 2}, {10, 20, 30}, {1, 0, 0}} {
		for _, v := range col {
			dir = binary.AppendUvarint(dir, v)
		}
	}
	f.Add(dir)
	f.Add(binary.AppendUvarint(nil, 67_000_000))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		es, err := parseDirectory(b)
		if err != nil {
			return
		}
		if len(es) > budget.TileEntries.Int() || len(es) > len(b) {
			t.Fatalf("%d entries from %d bytes", len(es), len(b))
		}
		for _, id := range []uint64{0, 1, 5, 1 << 40} {
			findEntry(es, id)
		}
	})
}

// FuzzHeader feeds bytes to the PMTiles header parser.
func FuzzHeader(f *testing.F) {
	h := make([]byte, pmHeaderLen)
	copy(h, "PMTiles\x03")
	f.Add(h)
	f.Add([]byte("PMTiles\x02"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ph, err := parsePMHeader(b)
		if err != nil {
			return
		}
		if len(b) < pmHeaderLen {
			t.Fatalf("accepted a %d-byte header", len(b))
		}
		m := Meta{Format: pmTypes[ph.tileType], MinZoom: int(ph.minZoom), MaxZoom: int(ph.maxZoom), Bounds: ph.bounds}
		if checkMeta(&m) == nil {
			probes(m)
		}
	})
}
