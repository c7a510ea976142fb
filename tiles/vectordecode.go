package tiles

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/paulmach/orb/encoding/mvt"
)

// The budgets of one vector tile, checked before the work they bound: the
// stored size before the tile is read, the unpacked size while it is
// gunzipped, the counts and the memory they will take by a pass over the
// protobuf before orb's decoder allocates anything. The densest real tile at
// hand (downtown San Francisco, OpenMapTiles schema, z14) is 181 KB stored,
// 374 KB unpacked, 12 layers, 13,115 features, 56,528 vertices, 27,649
// properties, 2,774 keys and values, 7.4 MB decoded: the caps leave 8–45
// times that.
const (
	MaxVectorTileBytes   = 4 << 20   // stored (usually gzip) bytes of one tile
	MaxVectorTileDecoded = 16 << 20  // bytes after gunzip: a gzip bomb stops here
	MaxVectorTileMemory  = 64 << 20  // memory the decoded tile will take, estimated (VectorTile.Bytes)
	MaxVectorLayers      = 64        // layers in one tile (OpenMapTiles has 16, Protomaps 10)
	MaxVectorFeatures    = 200_000   // features in one tile
	MaxVectorVertices    = 2_000_000 // points of all geometries in one tile (32 MB decoded)
	MaxVectorTags        = 1_000_000 // key/value properties of all features in one tile
	MaxVectorKeysValues  = 500_000   // entries of the layers' key and value tables
)

// Limits are the budgets a vector tile is checked against; DefaultLimits
// holds the Max… constants.
type Limits struct {
	StoredBytes, DecodedBytes, Memory            int
	Layers, Features, Vertices, Tags, KeysValues int
}

// DefaultLimits returns the Max… constants as Limits.
func DefaultLimits() Limits {
	return Limits{
		StoredBytes: MaxVectorTileBytes, DecodedBytes: MaxVectorTileDecoded, Memory: MaxVectorTileMemory,
		Layers: MaxVectorLayers, Features: MaxVectorFeatures, Vertices: MaxVectorVertices,
		Tags: MaxVectorTags, KeysValues: MaxVectorKeysValues,
	}
}

// Problems of a vector tile, wrapped in a *TileError naming the file and
// the tile; ErrCorruptTile (errors.go) is the third.
var (
	ErrTileTooLarge = errors.New("tile over budget")
	ErrPartialTile  = errors.New("parts of the tile skipped")
)

// size writes a byte count in KB or MB.
func size(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

func overBudget(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrTileTooLarge, fmt.Sprintf(format, args...))
}

// VectorTile is one decoded vector tile, the caller's own: each call of
// VectorFile.Tile decodes the tile again.
type VectorTile struct {
	// Layers hold the features in tile coordinates: 0..Extent (4096 as a
	// rule), y down; a geometry may reach a little past the edges (the
	// tile's buffer) and must be clipped when drawn.
	Layers   mvt.Layers
	Features int // features kept
	Vertices int // points of their geometries
	// Skipped lists what was left out as the specification allows
	// (recoverable problems): "layer "roads": feature 12: no geometry, skipped".
	Skipped []string
	bytes   int64
}

// Bytes estimates the memory the decoded tile holds.
func (t *VectorTile) Bytes() int64 { return t.bytes }

// decodedBytes estimates the memory of a decoded tile: 16 bytes a point;
// 450 a feature for the geojson.Feature, its boxed geometry and id and a
// small properties map; 32 a property beyond. On the San Francisco tile it
// says 7.7 MB for 7.4 MB measured after a collection.
func decodedBytes(features, vertices, tags int) int64 {
	return int64(vertices)*16 + int64(features)*450 + int64(tags)*32 + 512
}

// Layer returns the layer of the given name, or nil.
func (t *VectorTile) Layer(name string) *mvt.Layer {
	for _, l := range t.Layers {
		if l.Name == name {
			return l
		}
	}
	return nil
}

// DecodeVector decodes the stored bytes of one Mapbox Vector Tile, gzipped
// or not, within lim. It refuses a tile over a budget (ErrTileTooLarge) or
// broken in its structure (ErrCorruptTile) and skips what the specification
// calls recoverable (VectorTile.Skipped). It never panics.
func DecodeVector(b []byte, lim Limits) (*VectorTile, error) { return decodeVector(b, lim, nil) }

// decodeVector is DecodeVector leaving out the layers drop names (nil:
// none) before they are decoded.
func decodeVector(b []byte, lim Limits, drop func(layer string) bool) (*VectorTile, error) {
	if len(b) > lim.StoredBytes {
		return nil, overBudget("%d bytes stored, over the cap of %d", len(b), lim.StoredBytes)
	}
	data, release, err := gunzipTile(b, lim.DecodedBytes)
	if err != nil {
		return nil, err
	}
	defer release()
	s, err := scanMVT(data, lim, drop)
	if err != nil {
		if errors.Is(err, ErrTileTooLarge) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %v", ErrCorruptTile, err)
	}
	if len(s.edits) > 0 {
		data = s.rewrite(data)
	}
	t := &VectorTile{Features: s.features, Vertices: s.vertices, Skipped: s.skipped,
		bytes: decodedBytes(s.features, s.vertices, s.tags)}
	if t.bytes > int64(lim.Memory) {
		return nil, overBudget("would take about %s decoded, over the cap of %s", size(t.bytes), size(int64(lim.Memory)))
	}
	if len(data) < 2 { // orb reads data[1] when it fails on a shorter slice
		return t, nil
	}
	if t.Layers, err = mvt.Unmarshal(data); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorruptTile, err)
	}
	if s.repeats {
		t.Features, t.Vertices = dropRepeats(t.Layers)
		t.bytes = decodedBytes(t.Features, t.Vertices, s.tags)
	}
	return t, nil
}

// gunzipTile returns b unpacked when it is gzipped (a tile cannot start with
// the gzip magic: 0x1f would be field 3 of wire type 7), refusing more than
// limit bytes of output. Call release when done with the bytes.
func gunzipTile(b []byte, limit int) (data []byte, release func(), err error) {
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		if len(b) > limit {
			return nil, nil, overBudget("%d bytes, over the cap of %d", len(b), limit)
		}
		return b, func() {}, nil
	}
	zr, _ := gzipReaders.Get().(*gzip.Reader)
	if zr == nil {
		zr = new(gzip.Reader)
	}
	defer gzipReaders.Put(zr)
	if err := zr.Reset(bytes.NewReader(b)); err != nil {
		return nil, nil, fmt.Errorf("%w: gzip: %v", ErrCorruptTile, err)
	}
	out, _ := unpacked.Get().(*bytes.Buffer)
	if out == nil {
		out = new(bytes.Buffer)
	}
	out.Reset()
	release = func() {
		if out.Cap() <= 1<<20 {
			unpacked.Put(out)
		}
	}
	out.Grow(min(4*len(b), limit) + 1)
	n, err := io.Copy(out, io.LimitReader(zr, int64(limit)+1))
	if err != nil {
		release()
		return nil, nil, fmt.Errorf("%w: gzip: %v", ErrCorruptTile, err)
	}
	if n > int64(limit) {
		release()
		return nil, nil, overBudget("unpacks to more than %d bytes (from %d)", limit, len(b))
	}
	return out.Bytes(), release, nil
}

// Pools of gzip readers and of buffers for unpacked tiles (up to 1 MiB):
// orb copies what it keeps, so the buffer is free once a tile is decoded.
var gzipReaders, unpacked sync.Pool

// rewrite returns the tile with the scan's edits made: layers dropped,
// features dropped or replaced.
func (s *mvtScan) rewrite(data []byte) []byte {
	out := make([]byte, 0, len(data))
	pos := 0
	for _, le := range s.edits {
		out = append(out, data[pos:le.start]...)
		pos = le.end
		if le.drop {
			continue
		}
		payload := data[le.payload:le.end]
		p := make([]byte, 0, len(payload))
		at := 0
		for _, fe := range le.feats {
			p = append(p, payload[at:fe.start]...)
			p = append(p, fe.repl...)
			at = fe.end
		}
		p = append(p, payload[at:]...)
		out = appendField(out, tileLayers, p)
	}
	return append(out, data[pos:]...)
}
