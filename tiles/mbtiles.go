package tiles

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	_ "github.com/mattn/go-sqlite3" // the "sqlite3" database/sql driver
	"github.com/paulmach/orb"

	"ningbomap/budget"
)

// mbtiles reads an MBTiles file: SQLite with tiles(zoom_level, tile_column,
// tile_row, tile_data) in TMS row order and metadata(name, value). Every
// query runs under budget.Query: tables may be views (MBTiles allows it),
// and a view can be slow or endless. A tile query that runs out of time
// marks the file too slow, and later tiles fail at once rather than each
// wait its turn.
type mbtiles struct {
	ctx  context.Context // cancelled when the file closes
	db   *sql.DB
	get  *sql.Stmt
	info Meta
	slow atomic.Pointer[error] // the first query that ran out of time
}

// FlipY converts between XYZ rows (y down, as the map draws) and the TMS
// rows MBTiles stores (row up): row = 2^z − 1 − y. It is its own inverse.
func FlipY(z, y int) int { return 1<<z - 1 - y }

func sqliteURI(path string) string {
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return "file:" + r.Replace(path) + "?mode=ro&immutable=1&_query_only=1"
}

// heapLimit bounds the memory SQLite itself may take (for all files: the
// limit is the process's), so that a view building huge values fails
// rather than exhaust memory.
const heapLimit = 256 << 20

var setHeapLimit sync.Once

func openMBTiles(ctx context.Context, path string) (reader, error) {
	db, err := sql.Open("sqlite3", sqliteURI(path))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(4)
	var herr error
	setHeapLimit.Do(func() { _, herr = db.Exec(fmt.Sprintf("PRAGMA hard_heap_limit = %d", heapLimit)) })
	if herr != nil {
		db.Close()
		return nil, fmt.Errorf("not a readable SQLite database: %w", herr)
	}
	m := &mbtiles{ctx: ctx, db: db}
	if err := m.readMeta(); err != nil {
		db.Close()
		return nil, err
	}
	// A stored tile over its budget comes back as NULL with its length, so
	// that it is never read whole.
	m.get, err = db.PrepareContext(ctx, "SELECT CASE WHEN length(tile_data) <= ? THEN tile_data END, length(tile_data) "+
		"FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("no tiles table: %w", err)
	}
	return m, nil
}

// query runs fn with a context that ends after budget.Query (or when the
// file closes); a query that ran out of time is reported as such.
func (m *mbtiles) query(what string, fn func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(m.ctx, budget.Query.Duration())
	defer cancel()
	err := fn(ctx)
	if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return &budget.Error{Budget: budget.Query, Detail: what}
	}
	return err
}

func (m *mbtiles) readMeta() error {
	kv := map[string]string{}
	var total int64
	err := m.query("reading the metadata table", func(ctx context.Context) error {
		// At most MetadataRows rows are asked for, and of each value no more
		// than the metadata budget: a view may be endless, a value huge.
		rows, err := m.db.QueryContext(ctx, "SELECT name, substr(value, 1, ?), length(value) FROM metadata LIMIT ?",
			budget.TileMetadata.Limit, budget.MetadataRows.Limit+1)
		if err != nil {
			if strings.Contains(err.Error(), "no such table") {
				return fmt.Errorf("%w: no metadata table", ErrNoMetadata)
			}
			return fmt.Errorf("not a readable SQLite database: %w", err)
		}
		defer rows.Close()
		n := 0
		for rows.Next() {
			if n++; n > budget.MetadataRows.Int() {
				return fmt.Errorf("metadata: %w", &budget.Error{Budget: budget.MetadataRows})
			}
			var k, v sql.NullString
			var size sql.NullInt64
			if err := rows.Scan(&k, &v, &size); err != nil {
				return fmt.Errorf("metadata: %w", err)
			}
			if total += int64(len(k.String)) + size.Int64; total > budget.TileMetadata.Limit {
				return fmt.Errorf("metadata: %w", &budget.Error{Budget: budget.TileMetadata})
			}
			kv[strings.ToLower(strings.TrimSpace(k.String))] = strings.TrimSpace(v.String)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("metadata: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(kv) == 0 {
		return fmt.Errorf("%w: the metadata table is empty", ErrNoMetadata)
	}
	info := Meta{Name: kv["name"], Format: strings.ToLower(kv["format"]), Attribution: kv["attribution"]}
	var errs []error
	if s, ok := kv["bounds"]; ok {
		b, err := parseBounds(s)
		errs = append(errs, err)
		info.Bounds = b
	}
	lo, hi, zerr := m.zoomRange(kv)
	info.MinZoom, info.MaxZoom = lo, hi
	m.info = info
	return errors.Join(append(errs, zerr)...)
}

// zoomRange takes minzoom and maxzoom from the metadata, or from the tiles
// table when the metadata lacks them (both are optional in MBTiles 1.3).
func (m *mbtiles) zoomRange(kv map[string]string) (lo, hi int, err error) {
	smin, okMin := kv["minzoom"]
	smax, okMax := kv["maxzoom"]
	if okMin && okMax {
		lo, err1 := strconv.Atoi(smin)
		hi, err2 := strconv.Atoi(smax)
		if err1 != nil || err2 != nil {
			return 0, 0, fmt.Errorf("metadata: minzoom %q, maxzoom %q: not whole numbers", smin, smax)
		}
		return lo, hi, nil
	}
	var a, b sql.NullInt64
	err = m.query("finding the zoom range in the tiles table (the metadata has no minzoom and maxzoom)", func(ctx context.Context) error {
		return m.db.QueryRowContext(ctx, "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").Scan(&a, &b)
	})
	if errors.Is(err, budget.ErrOver) {
		return 0, 0, err
	}
	if err != nil {
		return 0, 0, fmt.Errorf("no tiles table: %w", err)
	}
	if !a.Valid {
		return 0, 0, errors.New("the tiles table is empty")
	}
	return int(a.Int64), int(b.Int64), nil
}

func (m *mbtiles) meta() Meta { return m.info }

func (m *mbtiles) tile(z, x, y int) ([]byte, error) {
	var b []byte
	var size sql.NullInt64
	found, err := m.tileRow(m.get, []any{&b, &size}, budget.TileData.Limit, z, x, FlipY(z, y))
	switch {
	case err != nil || !found:
		return nil, err
	case b == nil && size.Int64 > budget.TileData.Limit:
		return nil, &budget.Error{Budget: budget.TileData, Got: size.Int64}
	}
	return b, nil
}

// tileRow runs the tile query st with args under the query budget and
// scans its row into dst; found is false when the file has no such tile. A
// query that runs out of time marks the file slow: every later call fails
// at once with the same error.
func (m *mbtiles) tileRow(st *sql.Stmt, dst []any, args ...any) (found bool, err error) {
	if slow := m.slow.Load(); slow != nil {
		return false, *slow
	}
	err = m.query("reading a tile", func(ctx context.Context) error {
		return st.QueryRowContext(ctx, args...).Scan(dst...)
	})
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	case errors.Is(err, budget.ErrOver):
		m.slow.CompareAndSwap(nil, &err)
		return false, err
	}
	return err == nil, err
}

func (m *mbtiles) close() error {
	m.get.Close()
	return m.db.Close()
}

// parseBounds reads MBTiles' "left,bottom,right,top" in degrees.
func parseBounds(s string) (orb.Bound, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return orb.Bound{}, fmt.Errorf("metadata: bounds %q: want left,bottom,right,top", s)
	}
	var v [4]float64
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return orb.Bound{}, fmt.Errorf("metadata: bounds %q: %w", s, err)
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return orb.Bound{}, fmt.Errorf("metadata: bounds %q: not a lon/lat box", s)
		}
		v[i] = f
	}
	if v[0] > v[2] || v[1] > v[3] || v[1] < -90 || v[3] > 90 {
		return orb.Bound{}, fmt.Errorf("metadata: bounds %q: not a lon/lat box", s)
	}
	return orb.Bound{Min: orb.Point{v[0], v[1]}, Max: orb.Point{v[2], v[3]}}, nil
}
