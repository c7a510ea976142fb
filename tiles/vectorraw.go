package tiles

import (
	"database/sql"
	"fmt"
)

// rawReader reads a tile's stored bytes, refusing one of more than max
// bytes before reading it.
type rawReader interface {
	raw(z, x, y, max int) ([]byte, error)
	close() error
}

func newRawReader(r reader) (rawReader, error) {
	switch r := r.(type) {
	case *mbtiles:
		// octet_length is the stored size in bytes, of a BLOB or a TEXT
		// alike; the tile is read only when it fits.
		st, err := r.db.Prepare(`SELECT octet_length(tile_data),
			CASE WHEN octet_length(tile_data) <= ? THEN tile_data END
			FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?`)
		if err != nil {
			return nil, fmt.Errorf("no tiles table: %w", err)
		}
		return mbRaw{r, st}, nil
	case *pmtiles:
		return pmRaw{r}, nil
	}
	return nil, fmt.Errorf("%T: no raw tile reader", r)
}

type mbRaw struct {
	m  *mbtiles
	st *sql.Stmt
}

// raw runs under budget.Query through mbtiles.tileRow, as the raster tiles' query does.
func (m mbRaw) raw(z, x, y, max int) ([]byte, error) {
	var n sql.NullInt64
	var b []byte
	found, err := m.m.tileRow(m.st, []any{&n, &b}, max, z, x, FlipY(z, y))
	switch {
	case err != nil || !found:
		return nil, err
	case n.Int64 > int64(max):
		return nil, overBudget("%d bytes stored, over the cap of %d", n.Int64, max)
	case b == nil:
		return []byte{}, nil // an empty tile: nothing there
	}
	return b, nil
}

func (m mbRaw) close() error { return m.st.Close() }

type pmRaw struct{ p *pmtiles }

// raw finds the tile's entry through the root and leaf directories (as
// pmtiles.tile does) and reads its bytes as stored, without unpacking them.
func (r pmRaw) raw(z, x, y, max int) ([]byte, error) {
	p := r.p
	id := TileID(z, x, y)
	dir := p.root
	for depth := 0; depth < 4; depth++ {
		e, ok := findEntry(dir, id)
		if !ok {
			return nil, nil
		}
		if e.run == 0 {
			var err error
			if dir, err = p.leaf(e.offset, uint64(e.length)); err != nil {
				return nil, err
			}
			continue
		}
		if int64(e.length) > int64(max) {
			return nil, overBudget("%d bytes stored, over the cap of %d", e.length, max)
		}
		off := p.h.dataOff + e.offset
		if off < p.h.dataOff || off > uint64(p.size) || uint64(e.length) > uint64(p.size)-off {
			return nil, fmt.Errorf("%w: tile at %d+%d lies outside the file (%d bytes)", ErrBadDirectory, off, e.length, p.size)
		}
		b := make([]byte, e.length)
		if _, err := p.f.ReadAt(b, int64(off)); err != nil {
			return nil, err
		}
		return b, nil
	}
	return nil, fmt.Errorf("%w: leaf directories nested too deep", ErrBadDirectory)
}

func (r pmRaw) close() error { return nil }
