package vtile

import (
	"bytes"
	"compress/gzip"
	"database/sql"
	"errors"
	"image"
	"image/color"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	_ "github.com/mattn/go-sqlite3"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	"ningbomap/geo"
	"ningbomap/tiles"
	"ningbomap/vector"
)

// The fixtures are tiles' (../tiles/testdata/README.md says where they come
// from): synthetic Protomaps v4 tiles around 滕头村, zooms 7–15, and real
// OpenStreetMap tiles of Monaco in the OpenMapTiles schema (ODbL).
const (
	tengtou = "../tiles/testdata/pm4-tengtou.pmtiles"
	monaco  = "../tiles/testdata/omt-monaco.mbtiles"
)

// tengtouTile is a zoom 15 tile of the Tengtou fixture, with the village.
var tengtouTile = maptile.New(27429, 13552, 15)

// open opens a vector file and a source of it, closed with the test.
func open(tb testing.TB, path string, opt Options) *Source {
	tb.Helper()
	vf, err := tiles.OpenVector(path)
	if err != nil {
		tb.Fatal(err)
	}
	s := New(vf, opt)
	tb.Cleanup(func() { s.Close() })
	return s
}

// reference draws tile at from data tile from of the file at path as the
// source must: decoded, prepared, drawn 256 pixels square.
func reference(tb testing.TB, path string, from, at maptile.Tile, scale float64) *image.RGBA {
	tb.Helper()
	vf, err := tiles.OpenVector(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer vf.Close()
	vt, err := vf.Tile(int(from.Z), int(from.X), int(from.Y))
	if err != nil || vt == nil {
		tb.Fatalf("%v: %v, %v", from, vt, err)
	}
	t := vector.Prepare(vt.Layers, Schema(vf.Schema()), from)
	img := image.NewRGBA(image.Rect(0, 0, geo.TileSize, geo.TileSize))
	var d vector.Drawer
	if err := d.Draw(img, t, at, scale); err != nil {
		tb.Fatal(err)
	}
	return img
}

// drawnNow asks for tile at, waits for the workers, and returns it.
func drawnNow(tb testing.TB, s *Source, at maptile.Tile) *image.RGBA {
	tb.Helper()
	s.Tile(int(at.Z), int(at.X), int(at.Y))
	s.Wait()
	img, ok := s.Tile(int(at.Z), int(at.X), int(at.Y))
	if !ok {
		tb.Fatalf("%v: not drawn", at)
	}
	o, ok := img.(geo.OpaqueTile)
	if !ok {
		tb.Fatalf("%v: a %T, want an opaque tile", at, img)
	}
	return o.OpaqueRGBA()
}

// TestSourceDraws: a tile is queued, drawn off the caller's goroutine as
// the style draws its data tile, and served opaque; past the file's highest
// zoom it is drawn again from the tile there, crisp.
func TestSourceDraws(t *testing.T) {
	for _, c := range []struct {
		name     string
		path     string
		from, at maptile.Tile
		scale    float64
	}{
		{"protomaps z15", tengtou, tengtouTile, tengtouTile, 1},
		{"protomaps z17 from z15", tengtou, tengtouTile, maptile.New(27429*4+1, 13552*4+2, 17), 1},
		{"protomaps z16 scale 2", tengtou, tengtouTile, maptile.New(27429*2, 13552*2+1, 16), 2},
		{"openmaptiles z14", monaco, maptile.New(8529, 5974, 14), maptile.New(8529, 5974, 14), 1},
		{"openmaptiles z16 from z14", monaco, maptile.New(8529, 5974, 14), maptile.New(8529*4+2, 5974*4+1, 16), 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := open(t, c.path, Options{Scale: c.scale})
			if _, ok := s.Peek(int(c.at.Z), int(c.at.X), int(c.at.Y)); ok {
				t.Fatal("drawn before it was asked for")
			}
			got := drawnNow(t, s, c.at)
			want := reference(t, c.path, c.from, c.at, c.scale)
			if !bytes.Equal(got.Pix, want.Pix) {
				t.Error("the drawn tile differs from the style's drawing of its data tile")
			}
			if _, ok := s.Peek(int(c.at.Z), int(c.at.X), int(c.at.Y)); !ok {
				t.Error("Peek does not find the drawn tile")
			}
		})
	}
}

// TestSourceZoomRange: levels from the file's lowest zoom to 12 past its
// highest, drawn from the nearest data zoom.
func TestSourceZoomRange(t *testing.T) {
	s := open(t, tengtou, Options{})
	if lo, hi := s.ZoomRange(); lo != 7 || hi != 22 {
		t.Errorf("ZoomRange %d..%d, want 7..22", lo, hi)
	}
	for z, want := range map[int]int{5: 7, 7: 7, 12: 12, 15: 15, 16: 15, 22: 15} {
		if got := s.DataZoom(z); got != want {
			t.Errorf("DataZoom(%d) = %d, want %d", z, got, want)
		}
	}
	if _, ok := s.Tile(23, 0, 0); ok {
		t.Error("a level past the range")
	}
}

// TestSourceStandIn: the tiles of BaseZoom are drawn at the start and kept,
// so a tile asked for after a jump has a stand-in at once, and a frame of
// the renderer shows the area before any of its own tiles is drawn.
func TestSourceStandIn(t *testing.T) {
	s := open(t, tengtou, Options{DrawnBytes: 1}) // a cache that keeps nothing but the pinned tiles
	if z := s.BaseZoom(); z != 12 {
		t.Fatalf("BaseZoom %d, want 12 (the lowest zoom with at most 16 tiles over the bounds)", z)
	}
	s.Wait()
	for range 3 { // other tiles pass through the cache: the pinned ones stay
		drawnNow(t, s, maptile.New(27428, 13553, 15))
		drawnNow(t, s, maptile.New(27430, 13553, 15))
	}
	if _, pinned, _ := s.CachedBytes(); pinned != 12*(256*256*4+64) {
		t.Errorf("pinned %d bytes, want the 12 tiles of zoom 12", pinned)
	}
	img, part, dz, ok := geo.StandIn(s, 16, 27429*2, 13552*2, 7)
	if !ok || dz != 4 || part.Dx() != 16 || img == nil {
		t.Fatalf("stand-in for 16/%d/%d: %v, dz %d, part %v", 27429*2, 13552*2, ok, dz, part)
	}

	// A flood of requests before the stand-ins are drawn does not push them out.
	s2 := open(t, tengtou, Options{Workers: 1})
	s2.mu.Lock()
	for i := range 2 * maxPending {
		s2.push(mkKey(15, 27000+i, 13552))
	}
	s2.mu.Unlock()
	s2.Wait()
	for x := 3427; x <= 3430; x++ {
		for y := 1693; y <= 1695; y++ {
			if _, ok := s2.Peek(12, x, y); !ok {
				t.Errorf("stand-in 12/%d/%d not drawn after a flood of requests", x, y)
			}
		}
	}

	r := geo.NewRenderer()
	sea := [4]uint8{1, 2, 3, 255}
	r.SetBackground(color.NRGBA{sea[0], sea[1], sea[2], sea[3]})
	r.SetTiles(s)
	v := geo.Viewport{Center: orb.Point{121.3458, 29.6786}, Zoom: 16.2, Width: 800, Height: 600, Scale: 1}
	frame := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	r.Render(frame, v) // the first frame after the jump: every tile queued, none drawn
	for i := 0; i < len(frame.Pix); i += 4 {
		if [4]uint8(frame.Pix[i:i+4]) == sea {
			t.Fatalf("pixel %d shows the background: no stand-in", i/4)
		}
	}
}

// corrupt copies the MBTiles fixture path into a temporary folder with the
// data of the tiles given replaced, and returns the copy's path.
func corrupt(tb testing.TB, path string, data map[maptile.Tile][]byte) string {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	out := filepath.Join(tb.TempDir(), filepath.Base(path))
	if err := os.WriteFile(out, b, 0o644); err != nil {
		tb.Fatal(err)
	}
	db, err := sql.Open("sqlite3", out)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	for id, d := range data {
		res, err := db.Exec(`UPDATE tiles SET tile_data = ? WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?`,
			d, id.Z, id.X, tiles.FlipY(int(id.Z), int(id.Y)))
		if err != nil {
			tb.Fatal(err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			tb.Fatalf("tile %v not in %s", id, path)
		}
	}
	return out
}

// tileBytes returns the stored bytes of a tile of an MBTiles file, gunzipped.
func tileBytes(tb testing.TB, path string, id maptile.Tile) []byte {
	tb.Helper()
	b := stored(tb, path, id)
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		tb.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// reports collects OnError's errors.
type reports struct {
	mu   sync.Mutex
	errs []error
}

func (r *reports) add(err error) {
	r.mu.Lock()
	r.errs = append(r.errs, err)
	r.mu.Unlock()
}

func (r *reports) all() []error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]error(nil), r.errs...)
}

// TestSourceBadTiles: a corrupt tile, a gzip bomb and a tile with a part
// the specification lets a reader skip are each reported once, naming the
// file, the tile and the problem; the refused tile is not drawn (a lower
// zoom stands in), the partial one is drawn without the part, and the
// tiles beside them draw.
func TestSourceBadTiles(t *testing.T) {
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write(make([]byte, 20<<20))
	zw.Close()
	noGeom, err := os.ReadFile("../tiles/testdata/mvt-fixtures/fixtures/004/tile.mvt")
	if err != nil {
		t.Fatal(err)
	}
	src := "../tiles/testdata/pm4-tengtou.mbtiles"
	partial := append(tileBytes(t, src, maptile.New(27428, 13552, 15)), noGeom...)
	for _, c := range []struct {
		name  string
		data  []byte
		want  error
		text  string
		drawn bool
	}{
		{"corrupt", []byte{0x1f, 0x8b, 0, 0}, tiles.ErrCorruptTile, "corrupt tile: gzip", false},
		{"gzip bomb", bomb.Bytes(), tiles.ErrTileTooLarge, "unpacks to more than", false},
		{"not a tile", []byte("<html>404</html>"), tiles.ErrCorruptTile, "corrupt tile", false},
		{"feature without geometry", partial, tiles.ErrPartialTile, `layer "hello": feature 0: no geometry, skipped`, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			bad := maptile.New(27428, 13552, 15)
			path := corrupt(t, src, map[maptile.Tile][]byte{bad: c.data})
			var r reports
			s := open(t, path, Options{OnError: r.add})
			for range 2 { // asked again: remembered, not reported twice
				s.Tile(15, 27428, 13552)
				s.Tile(16, 27428*2+1, 13552*2) // drawn from the same data tile
				s.Wait()
			}
			errs := r.all()
			if len(errs) != 1 || !errors.Is(errs[0], c.want) || !strings.Contains(errs[0].Error(), c.text) {
				t.Fatalf("reports %v, want one %v saying %q", errs, c.want, c.text)
			}
			if prefix := path + ": tile 15/27428/13552: "; !strings.HasPrefix(errs[0].Error(), prefix) {
				t.Errorf("%q does not start with %q", errs[0], prefix)
			}
			if _, ok := s.Peek(15, 27428, 13552); ok != c.drawn {
				t.Errorf("drawn %v, want %v", ok, c.drawn)
			}
			if !c.drawn {
				if _, _, dz, ok := geo.StandIn(s, 15, 27428, 13552, 7); !ok || dz < 1 {
					t.Error("no stand-in for the refused tile")
				}
				if s.Err() != errs[0] {
					t.Errorf("Err %v", s.Err())
				}
			}
			drawnNow(t, s, maptile.New(27429, 13552, 15))
		})
	}
}

// TestSourceBudget: the caches stay under their caps, the least recently
// used tiles going first.
func TestSourceBudget(t *testing.T) {
	const drawnCap, preparedCap = 5 * (256*256*4 + 64), 500_000 // 5 tiles; 2 or 3 of Monaco's zoom 14
	s := open(t, monaco, Options{DrawnBytes: drawnCap, PreparedBytes: preparedCap, Workers: 1})
	s.Wait()
	if s.BaseZoom() != 14 {
		t.Fatalf("BaseZoom %d, want 14: Monaco's six tiles", s.BaseZoom())
	}
	for _, id := range [][2]int{{8529, 5973}, {8529, 5974}, {8529, 5975}, {8530, 5973}, {8530, 5974}} {
		x, y := id[0], id[1]
		for _, z := range []int{15, 16} {
			d := z - 14
			drawnNow(t, s, maptile.New(uint32(x<<d), uint32(y<<d), maptile.Zoom(z)))
			if drawn, _, prepared := s.CachedBytes(); drawn > drawnCap || prepared > preparedCap {
				t.Fatalf("%d/%d/%d: drawn %d, prepared %d bytes: over the caps", z, x<<d, y<<d, drawn, prepared)
			}
		}
	}
	if _, ok := s.Peek(16, 8530<<2, 5974<<2); !ok {
		t.Error("the last tile drawn is not cached")
	}
	if _, ok := s.Peek(15, 8529<<1, 5973<<1); ok {
		t.Error("the first tile drawn was not dropped")
	}
	if _, ok := s.Peek(14, 8529, 5973); !ok {
		t.Error("a pinned tile of BaseZoom was dropped")
	}
}

// TestSourceScale: tiles are drawn for the scale set; SetScale drops those
// drawn for another.
func TestSourceScale(t *testing.T) {
	s := open(t, tengtou, Options{})
	at := maptile.New(27429*2, 13552*2+1, 16)
	one := drawnNow(t, s, at)
	s.SetScale(2)
	if _, ok := s.Peek(16, 27429*2, 13552*2+1); ok {
		t.Fatal("a tile drawn for scale 1 kept after SetScale(2)")
	}
	two := drawnNow(t, s, at)
	if bytes.Equal(one.Pix, two.Pix) {
		t.Error("the same tile at scale 1 and 2")
	}
	if !bytes.Equal(two.Pix, reference(t, tengtou, tengtouTile, at, 2).Pix) {
		t.Error("the tile at scale 2 differs from the style's")
	}
}

// TestSourceConcurrent: the renderer's goroutine, the labels' and the
// workers at once (run with -race).
func TestSourceConcurrent(t *testing.T) {
	s := open(t, tengtou, Options{OnTile: func() {}})
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				z := 13 + (i+g)%5
				d := z - 13
				x, y := 6856<<d+i%(1<<d), 3387<<d+(i/3)%(1<<d)
				s.Tile(z, x, y)
				s.Peek(z-1, x>>1, y>>1)
				if i%20 == 0 {
					v := geo.Viewport{Center: orb.Point{121.3458, 29.6786}, Zoom: float64(z), Width: 640, Height: 480}
					s.Labels(nil, v, vector.Lang(g%2))
					s.LabelsKey(v, vector.English)
				}
			}
		}()
	}
	wg.Wait()
	s.SetScale(2)
	s.Wait()
}
