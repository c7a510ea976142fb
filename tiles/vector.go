package tiles

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// ErrRasterTiles: OpenVector was given a file of raster tiles (open those
// with Open).
var ErrRasterTiles = errors.New("holds raster tiles, not vector tiles")

// VectorFile is an open MBTiles or PMTiles v3 file of Mapbox Vector Tiles.
// Its methods are safe for concurrent use.
type VectorFile struct {
	f        *File
	raw      rawReader
	lim      Limits
	drop     func(layer string) bool
	layers   []VectorLayer
	schema   Schema
	problems error
}

// OpenVector opens a vector MBTiles (format pbf) or PMTiles v3 (tile type
// MVT, tiles gzipped or not) file. Its errors are *FileError values naming
// the file and what is wrong (ErrRasterTiles for a raster file). Problems
// of the metadata's layer list do not stop it: Problems reports them.
func OpenVector(path string) (*VectorFile, error) {
	f, err := open(path, checkVectorMeta)
	if err != nil {
		return nil, err
	}
	raw, err := newRawReader(f.r)
	if err != nil {
		f.Close()
		return nil, &FileError{Path: path, Err: err}
	}
	vf := &VectorFile{f: f, raw: raw, lim: DefaultLimits()}
	m, err := readVectorMeta(f.r)
	if err != nil {
		vf.problems = &FileError{Path: path, Err: err}
	}
	vf.layers = m.Layers
	vf.schema = detectSchema(m.Layers, m)
	if len(m.Layers) == 0 {
		vf.schema = vf.sampleSchema(m)
	}
	return vf, nil
}

// checkVectorMeta accepts vector formats and fills defaults.
func checkVectorMeta(m *Meta) error {
	switch m.Format {
	case "pbf", "mvt":
		m.Format = "mvt"
	case "png", "jpg", "jpeg", "webp":
		return fmt.Errorf("format %q: %w", m.Format, ErrRasterTiles)
	case "":
		return fmt.Errorf("%w: no tile format", ErrNoMetadata)
	default:
		return fmt.Errorf("tile format %q is not Mapbox Vector Tiles (pbf, mvt)", m.Format)
	}
	return checkRange(m)
}

// sampleSchema tells the schema from the layers of one tile, for a file
// whose metadata lists none: the tile at the centre of its bounds, at its
// highest zoom (where every layer is present), else at its lowest.
func (vf *VectorFile) sampleSchema(m vectorMeta) Schema {
	meta := vf.f.m
	c := meta.Bounds.Center()
	for _, z := range []int{meta.MaxZoom, meta.MinZoom} {
		x, y := lonLatTile(c[0], c[1], z)
		t, err := vf.Tile(z, x, y)
		if err != nil || t == nil {
			continue
		}
		var ls []VectorLayer
		for _, l := range t.Layers {
			vl := VectorLayer{ID: l.Name, Fields: map[string]string{}, MinZoom: -1, MaxZoom: -1}
			for i, f := range l.Features {
				if i == 64 {
					break
				}
				for k := range f.Properties {
					vl.Fields[k] = ""
				}
			}
			ls = append(ls, vl)
		}
		s := detectSchema(ls, m)
		s.From = fmt.Sprintf("tile %d/%d/%d", z, x, y)
		return s
	}
	return Schema{From: "no tile"}
}

// lonLatTile returns the tile of zoom z holding a point.
func lonLatTile(lon, lat float64, z int) (x, y int) {
	n := float64(int(1) << z)
	s := math.Sin(lat * math.Pi / 180)
	x = int(math.Floor((lon/360 + 0.5) * n))
	y = int(math.Floor((0.5 - math.Log((1+s)/(1-s))/(4*math.Pi)) * n))
	return clampTile(x, z), clampTile(y, z)
}

// Path returns the file's path as given to OpenVector.
func (vf *VectorFile) Path() string { return vf.f.path }

// Meta returns the file's metadata: name, format "mvt", bounds, zooms,
// attribution.
func (vf *VectorFile) Meta() Meta { return vf.f.m }

// Attribution returns the file's own credits line ("" when it has none).
func (vf *VectorFile) Attribution() string { return vf.f.m.Attribution }

// Credits returns the line for the map's credits: the file's attribution,
// or when it has none (tilemaker writes none) what its schema calls for.
func (vf *VectorFile) Credits() string {
	if a := vf.f.m.Attribution; a != "" {
		return a
	}
	return vf.schema.Credits()
}

// ZoomRange returns the lowest and highest zoom the file holds.
func (vf *VectorFile) ZoomRange() (lo, hi int) { return vf.f.ZoomRange() }

// Layers returns the metadata's vector_layers (nil when it has none).
func (vf *VectorFile) Layers() []VectorLayer { return vf.layers }

// Schema returns the file's schema, told from its layers.
func (vf *VectorFile) Schema() Schema { return vf.schema }

// Problems returns what was wrong with the metadata's layer list (a
// *FileError), or nil. The tiles are served either way.
func (vf *VectorFile) Problems() error { return vf.problems }

// SetLimits replaces the budgets tiles are checked against (DefaultLimits
// until then). Call it before the first Tile.
func (vf *VectorFile) SetLimits(lim Limits) { vf.lim = lim }

// DropLayers sets which layers Tile leaves out: those drop names are
// checked for their structure but not decoded (a dense city tile decodes
// about a quarter faster without points of interest, house numbers and
// boundaries; vector.Skips says which layers the map's style never reads).
// nil, the default, keeps every layer. Call it before the first Tile.
func (vf *VectorFile) DropLayers(drop func(layer string) bool) { vf.drop = drop }

// Tile reads and decodes tile z/x/y (XYZ numbering: y grows southwards).
// It returns nil, nil when the file has no such tile; its errors are
// *TileError values naming the file, the tile and the problem
// (ErrTileTooLarge, ErrCorruptTile, ErrBadDirectory). A tile decoded with
// recoverable faults left out lists them in VectorTile.Skipped.
func (vf *VectorFile) Tile(z, x, y int) (*VectorTile, error) {
	if z < 0 || z > 30 || x < 0 || y < 0 || x >= 1<<z || y >= 1<<z {
		return nil, nil
	}
	fail := func(err error) (*VectorTile, error) {
		return nil, &TileError{Path: vf.f.path, Z: z, X: x, Y: y, Err: err}
	}
	b, err := vf.raw.raw(z, x, y, vf.lim.StoredBytes)
	if err != nil {
		return fail(err)
	}
	if b == nil {
		return nil, nil
	}
	t, err := decodeVector(b, vf.lim, vf.drop)
	if err != nil {
		return fail(err)
	}
	return t, nil
}

// SkippedError returns a tile's recoverable faults as one *TileError
// wrapping ErrPartialTile, for the banner; nil when nothing was skipped.
func (vf *VectorFile) SkippedError(z, x, y int, t *VectorTile) error {
	if t == nil || len(t.Skipped) == 0 {
		return nil
	}
	s := t.Skipped
	more := ""
	if len(s) > 3 {
		s, more = s[:3], fmt.Sprintf(" and %d more", len(t.Skipped)-3)
	}
	return &TileError{Path: vf.f.path, Z: z, X: x, Y: y,
		Err: fmt.Errorf("%w: %s%s", ErrPartialTile, strings.Join(s, "; "), more)}
}

// Close closes the file.
func (vf *VectorFile) Close() error {
	return errors.Join(vf.raw.close(), vf.f.Close())
}
