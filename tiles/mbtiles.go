package tiles

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	_ "github.com/mattn/go-sqlite3" // the "sqlite3" database/sql driver
	"github.com/paulmach/orb"
)

// mbtiles reads an MBTiles file: SQLite with tiles(zoom_level, tile_column,
// tile_row, tile_data) in TMS row order and metadata(name, value).
type mbtiles struct {
	db   *sql.DB
	get  *sql.Stmt
	info Meta
}

// FlipY converts between XYZ rows (y down, as the map draws) and the TMS
// rows MBTiles stores (row up): row = 2^z − 1 − y. It is its own inverse.
func FlipY(z, y int) int { return 1<<z - 1 - y }

func sqliteURI(path string) string {
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return "file:" + r.Replace(path) + "?mode=ro&immutable=1&_query_only=1"
}

func openMBTiles(path string) (reader, error) {
	db, err := sql.Open("sqlite3", sqliteURI(path))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(4)
	m := &mbtiles{db: db}
	if err := m.readMeta(); err != nil {
		db.Close()
		return nil, err
	}
	m.get, err = db.Prepare("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("no tiles table: %w", err)
	}
	return m, nil
}

func (m *mbtiles) readMeta() error {
	rows, err := m.db.Query("SELECT name, value FROM metadata")
	if err != nil {
		if strings.Contains(err.Error(), "no such table") {
			return fmt.Errorf("%w: no metadata table", ErrNoMetadata)
		}
		return fmt.Errorf("not a readable SQLite database: %w", err)
	}
	defer rows.Close()
	kv := map[string]string{}
	for rows.Next() {
		var k, v sql.NullString
		if err := rows.Scan(&k, &v); err != nil {
			return fmt.Errorf("metadata: %w", err)
		}
		kv[strings.ToLower(strings.TrimSpace(k.String))] = strings.TrimSpace(v.String)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("metadata: %w", err)
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
	if err := m.db.QueryRow("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").Scan(&a, &b); err != nil {
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
	err := m.get.QueryRow(z, x, FlipY(z, y)).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return b, err
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
		v[i] = f
	}
	if v[0] > v[2] || v[1] > v[3] || v[1] < -90 || v[3] > 90 {
		return orb.Bound{}, fmt.Errorf("metadata: bounds %q: not a lon/lat box", s)
	}
	return orb.Bound{Min: orb.Point{v[0], v[1]}, Max: orb.Point{v[2], v[3]}}, nil
}
