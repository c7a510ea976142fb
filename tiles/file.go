package tiles

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/paulmach/orb"

	"ningbomap/budget"
)

// Meta describes a tile file.
type Meta struct {
	Name             string
	Format           string    // "png", "jpg" or "webp"; "mvt" for vector tiles (OpenVector)
	Bounds           orb.Bound // lon/lat box the tiles cover; the world when the file does not say
	MinZoom, MaxZoom int
	Attribution      string // the file's own credits line (may hold HTML links, as QGIS and MapTiler write it)
}

// reader is one container format.
type reader interface {
	meta() Meta
	// tile returns the stored bytes of tile z/x/y (XYZ numbering, y down),
	// nil when the file has no such tile.
	tile(z, x, y int) ([]byte, error)
	close() error
}

// File is an open tile file. Its methods are safe for concurrent use.
type File struct {
	path     string
	r        reader
	m        Meta
	warnings []error
	stop     context.CancelFunc // interrupts queries running on the file
}

var world = orb.Bound{Min: orb.Point{-180, -85.0511287798066}, Max: orb.Point{180, 85.0511287798066}}

const sqliteMagic = "SQLite format 3\x00"

// Open opens an MBTiles or PMTiles v3 file of raster tiles. Its errors are
// *FileError values naming the file and what is wrong: not a tile file,
// vector tiles (ErrVectorTiles: open those with OpenVector), missing
// metadata, a corrupt directory.
//
// Only a regular file is opened (a named pipe or a device is refused
// unread), and what it holds is read within the budgets of package budget:
// directory sizes and entries, metadata, query time; its name and
// attribution are cut to their budgets (see Warnings).
func Open(path string) (*File, error) { return open(path, checkMeta) }

// open opens a tile file whose metadata check accepts.
func open(path string, check func(*Meta) error) (*File, error) {
	fail := func(err error) (*File, error) { return nil, &FileError{Path: path, Err: err} }
	fh, err := budget.OpenRegular(path)
	if err != nil {
		return fail(err)
	}
	head := make([]byte, 16)
	n, err := io.ReadFull(fh, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		fh.Close()
		return fail(err)
	}
	head = head[:n]
	ctx, stop := context.WithCancel(context.Background())
	var r reader
	switch {
	case n == 0:
		fh.Close()
		stop()
		return fail(fmt.Errorf("empty file: %w", ErrNotTileFile))
	case bytes.HasPrefix(head, []byte(sqliteMagic)):
		fh.Close()
		r, err = openMBTiles(ctx, path)
	case bytes.HasPrefix(head, []byte("PMTiles")):
		r, err = openPMTiles(fh)
		if err != nil {
			fh.Close()
		}
	default:
		fh.Close()
		stop()
		return fail(ErrNotTileFile)
	}
	if err != nil {
		stop()
		return fail(err)
	}
	m := r.meta()
	if err := check(&m); err != nil {
		stop()
		r.close()
		return fail(err)
	}
	f := &File{path: path, r: r, m: m, stop: stop}
	for _, c := range []struct {
		s     *string
		b     budget.Budget
		field string
	}{{&f.m.Name, budget.Name, "name"}, {&f.m.Attribution, budget.Attribution, "attribution"}} {
		if err := budget.CutWarn(c.s, c.b); err != nil {
			f.warnings = append(f.warnings, &FileError{Path: path, Err: fmt.Errorf("metadata: %s: %w", c.field, err)})
		}
	}
	return f, nil
}

// Warnings returns what Open changed to keep within its budgets: a name or
// attribution cut short. Each names the file.
func (f *File) Warnings() []error { return f.warnings }

// checkMeta refuses vector and unknown formats and fills defaults.
func checkMeta(m *Meta) error {
	switch m.Format {
	case "png", "webp":
	case "jpg", "jpeg":
		m.Format = "jpg"
	case "pbf", "mvt", "mlt":
		return fmt.Errorf("format %q: %w", m.Format, ErrVectorTiles)
	case "":
		return fmt.Errorf("%w: no tile format", ErrNoMetadata)
	default:
		return fmt.Errorf("tile format %q is not png, jpg or webp", m.Format)
	}
	return checkRange(m)
}

// checkRange checks the zoom range and puts the world in place of missing
// or impossible bounds.
func checkRange(m *Meta) error {
	if m.MinZoom < 0 || m.MaxZoom > 30 || m.MinZoom > m.MaxZoom {
		return fmt.Errorf("zoom range %d..%d is not valid", m.MinZoom, m.MaxZoom)
	}
	if m.Bounds.IsEmpty() || m.Bounds.Min[0] < -180 || m.Bounds.Max[0] > 180 {
		m.Bounds = world
	}
	return nil
}

// Path returns the file's path as given to Open.
func (f *File) Path() string { return f.path }

// Meta returns the file's metadata.
func (f *File) Meta() Meta { return f.m }

// Attribution returns the file's own credits line ("" when it has none).
func (f *File) Attribution() string { return f.m.Attribution }

// ZoomRange returns the lowest and highest zoom the file holds.
func (f *File) ZoomRange() (lo, hi int) { return f.m.MinZoom, f.m.MaxZoom }

// Raw returns the stored bytes of tile z/x/y (XYZ numbering: y grows
// southwards), or nil when the file has no such tile.
func (f *File) Raw(z, x, y int) ([]byte, error) {
	if z < 0 || z > 30 || x < 0 || y < 0 || x >= 1<<z || y >= 1<<z {
		return nil, nil
	}
	b, err := f.r.tile(z, x, y)
	if err != nil {
		return nil, &TileError{Path: f.path, Z: z, X: x, Y: y, Err: err}
	}
	return b, nil
}

// Close interrupts the queries running on the file and closes it.
func (f *File) Close() error {
	f.stop()
	return f.r.close()
}
