package vtile

import (
	"database/sql"
	"fmt"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"
	"golang.org/x/image/font/gofont/gobold"

	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/internal/cputime"
	"ningbomap/tiles"
	"ningbomap/vector"
)

// The benchmarks' view: Fenghua, where six of the story places lie within
// 12 km (滕头村, its academy, 龙头村, the drainage service, 岳林街道, 老山),
// 1920×1080 at zoom 14: 54 tiles.
var fenghua = geo.Viewport{Center: orb.Point{121.38, 29.672}, Zoom: 14, Width: 1920, Height: 1080, Scale: 1}

// sfDense is the densest real tile at hand: downtown San Francisco at zoom
// 14, 181 KB gzipped, 13,115 features (OpenMapTiles by tilemaker).
var sfDense = maptile.New(2621, 6332, 14)

// cityFile writes an MBTiles of OpenMapTiles tiles over the Fenghua view:
// no Ningbo extract can be had here, so real tiles of elsewhere are laid
// over it. "city" cycles through Monaco's five zoom 14 tiles and the San
// Francisco one (a sixth of the tiles downtown-dense, the rest a town by
// the sea); "dense" is the San Francisco tile everywhere, the worst case.
// Zooms 10–13 hold the San Francisco tile's ancestors.
func cityFile(tb testing.TB, mix string) string {
	tb.Helper()
	var z14 [][]byte
	if mix == "city" {
		for _, id := range [][2]uint32{{8529, 5973}, {8529, 5974}, {8530, 5973}, {8530, 5974}, {8529, 5975}} {
			z14 = append(z14, stored(tb, monaco, maptile.New(id[0], id[1], 14)))
		}
	}
	z14 = append(z14, stored(tb, "../tiles/testdata/omt-sf-z14.mbtiles", sfDense))
	path := filepath.Join(tb.TempDir(), mix+".mbtiles")
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	meta, err := metadata(monaco)
	if err != nil {
		tb.Fatal(err)
	}
	b := fenghua.Bounds()
	b = b.Pad(0.05)
	meta["bounds"] = fmt.Sprintf("%f,%f,%f,%f", b.Min[0], b.Min[1], b.Max[0], b.Max[1])
	meta["minzoom"], meta["maxzoom"] = "10", "14"
	meta["description"] = "benchmark: real OpenStreetMap tiles of Monaco and San Francisco laid over Fenghua"
	for _, q := range []string{
		`CREATE TABLE metadata (name TEXT, value TEXT)`,
		`CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)`,
		`CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)`,
	} {
		if _, err := db.Exec(q); err != nil {
			tb.Fatal(err)
		}
	}
	for k, v := range meta {
		if _, err := db.Exec(`INSERT INTO metadata VALUES (?, ?)`, k, v); err != nil {
			tb.Fatal(err)
		}
	}
	for z := 10; z <= 14; z++ {
		lo := maptile.At(orb.Point{b.Min[0], b.Max[1]}, maptile.Zoom(z))
		hi := maptile.At(orb.Point{b.Max[0], b.Min[1]}, maptile.Zoom(z))
		data := z14
		if z < 14 {
			p := sfDense
			for p.Z > maptile.Zoom(z) {
				p = p.Parent()
			}
			data = [][]byte{stored(tb, "../tiles/testdata/omt-sf-z14.mbtiles", p)}
		}
		i := 0
		for x := lo.X; x <= hi.X; x++ {
			for y := lo.Y; y <= hi.Y; y++ {
				if _, err := db.Exec(`INSERT INTO tiles VALUES (?, ?, ?, ?)`, z, x, tiles.FlipY(z, int(y)), data[i%len(data)]); err != nil {
					tb.Fatal(err)
				}
				i++
			}
		}
	}
	return path
}

// stored returns the stored bytes of a tile of an MBTiles file.
func stored(tb testing.TB, path string, id maptile.Tile) []byte {
	tb.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	var b []byte
	if err := db.QueryRow(`SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?`,
		id.Z, id.X, tiles.FlipY(int(id.Z), int(id.Y))).Scan(&b); err != nil {
		tb.Fatalf("%s %v: %v", path, id, err)
	}
	return b
}

// metadata reads an MBTiles file's metadata table.
func metadata(path string) (map[string]string, error) {
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	rows, err := db.Query(`SELECT name, value FROM metadata`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		m[k] = v
	}
	return m, rows.Err()
}

// mapScene is the map as the app draws it over a vector basemap: the
// districts as outlines over the tiles, the city's outline, the story
// places as markers with their names, the districts' names, then the
// tiles' names, all placed by one labeller.
type mapScene struct {
	r   *geo.Renderer
	lb  *geo.Labeller
	src *Source
}

func newMapScene(tb testing.TB, src *Source) *mapScene {
	tb.Helper()
	ds, err := data.LoadEmbedded()
	if err != nil {
		tb.Fatal(err)
	}
	ttf, err := os.ReadFile("../resources/fonts/NotoSansCJKsc-Regular.otf")
	if err != nil {
		tb.Fatal(err)
	}
	font, err := geo.NewFontGlyphs(ttf, gobold.TTF)
	if err != nil {
		tb.Fatal(err)
	}
	s := &mapScene{r: geo.NewRenderer(), lb: geo.NewLabeller(font)}
	var own []geo.MapLabel
	s.r.SetBackground(color.NRGBA{0xD6, 0xE6, 0xF2, 0xFF})
	s.r.SetTextDrawer(font)
	s.r.SetTiles(src.TileSource())
	var polys []orb.MultiPolygon
	for i, d := range ds.Districts {
		polys = append(polys, d.Geometry)
		own = append(own, geo.MapLabel{Text: d.Name.In(data.Zh), Point: d.Label, Kind: geo.KindDistrict, Order: i})
	}
	s.r.SetPolygons("districts", polys, geo.Style{Stroke: color.NRGBA{0xA8, 0x96, 0x7A, 0xFF}, StrokeWidth: 1.2})
	s.r.SetLines("outline", geo.OuterEdges(polys), geo.OutlineStyle)
	var ms []geo.Marker
	for _, site := range ds.Sites {
		if site.IsOverview() {
			continue
		}
		ms = append(ms, geo.Marker{ID: site.ID, Point: site.Point, Color: color.NRGBA{0xC8, 0x3A, 0x2E, 0xFF}, Icon: '党', Radius: 11})
		own = append(own, geo.MapLabel{Text: site.ShortName(data.Zh), Kind: geo.KindPlace, Marker: site.ID, Order: site.Tour, Point: site.Point})
	}
	s.r.SetMarkers(ms)
	s.lb.SetLabels(own)
	s.r.SetLabeller(s.lb)
	s.use(src, vector.Chinese)
	return s
}

// use draws the basemap src with its names in lang.
func (s *mapScene) use(src *Source, lang vector.Lang) {
	s.src = src
	s.r.SetTiles(src.TileSource())
	s.lb.SetSource(src.Names(lang))
}

// frame draws v as the app does.
func (s *mapScene) frame(img *image.RGBA, v geo.Viewport) { s.r.Render(img, v) }

// BenchmarkDenseTile is the worker's whole path for the densest real tile:
// read from the file, checked, decoded without the layers the style never
// reads, prepared and drawn 256 pixels square. Bar: 20 ms on one core
// (-cpu 1; read cpu-ns/op on a shared machine).
func BenchmarkDenseTile(b *testing.B) {
	vf, err := tiles.OpenVector("../tiles/testdata/omt-sf-z14.mbtiles")
	if err != nil {
		b.Fatal(err)
	}
	defer vf.Close()
	vf.DropLayers(vector.Skips)
	img := image.NewRGBA(image.Rect(0, 0, geo.TileSize, geo.TileSize))
	var d vector.Drawer
	b.ReportAllocs()
	cpu := cputime.Start()
	defer cpu.Report(b)
	for b.Loop() {
		vt, err := vf.Tile(int(sfDense.Z), int(sfDense.X), int(sfDense.Y))
		if err != nil || vt == nil {
			b.Fatal(vt, err)
		}
		t := vector.Prepare(vt.Layers, vector.OpenMapTiles, sfDense)
		if err := d.Draw(img, t, sfDense, 1); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFrame is a 1920×1080 frame of the map over a vector basemap
// whose tiles are drawn: the tiles copied (zoom 14) or scaled (13.6), the
// districts' outlines, the story places' markers, and the places', the
// districts' and the tiles' names placed and drawn. Bar: 5 ms.
func BenchmarkFrame(b *testing.B) {
	path := cityFile(b, "city")
	for _, c := range []struct {
		zoom float64
		lang vector.Lang
	}{{14, vector.Chinese}, {14, vector.English}, {13.6, vector.Chinese}} {
		b.Run(fmt.Sprintf("z%g_%s", c.zoom, []string{"zh", "en"}[c.lang]), func(b *testing.B) {
			src := open(b, path, Options{})
			v := fenghua
			v.Zoom = c.zoom
			s := newMapScene(b, src)
			s.use(src, c.lang)
			img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
			s.frame(img, v)
			src.Wait()
			s.frame(img, v) // the names' sprites are made once
			b.ReportAllocs()
			cpu := cputime.Start()
			for b.Loop() {
				s.frame(img, v)
			}
			cpu.Report(b)
			b.ReportMetric(float64(len(s.lb.Placed())), "names")
		})
	}
}

// BenchmarkJump is a jump to a view not seen before (the caches hold only
// the stand-ins of BaseZoom, as after a search): the first frame, which
// must show the area at once from the stand-ins (a pixel of background
// fails the benchmark), then the workers drawing the view's 54 tiles from
// 54 data tiles decoded and prepared, and the complete frame with the
// tiles' names. ms-to-complete is the wall time from the jump to the
// complete frame; bar: 400 ms on two cores (-cpu 2). On a shared machine
// read cpu-ns/op too: processor time over both cores.
func BenchmarkJump(b *testing.B) {
	for _, mix := range []string{"city", "dense"} {
		b.Run(mix, func(b *testing.B) {
			path := cityFile(b, mix)
			img := image.NewRGBA(image.Rect(0, 0, fenghua.Width, fenghua.Height))
			var s *mapScene
			var first, complete time.Duration
			b.ReportAllocs()
			cpu := cputime.Start()
			for b.Loop() {
				b.StopTimer()
				cpu.Pause()
				vf, err := tiles.OpenVector(path)
				if err != nil {
					b.Fatal(err)
				}
				src := New(vf, Options{})
				src.Wait() // the stand-ins, drawn at the start
				if s == nil {
					s = newMapScene(b, src)
				}
				s.use(src, vector.Chinese)
				cpu.Resume()
				b.StartTimer()
				start := time.Now()
				s.frame(img, fenghua)
				first += time.Since(start)
				for i := 0; i < len(img.Pix); i += 4 {
					if img.Pix[i] == 0xD6 && img.Pix[i+1] == 0xE6 && img.Pix[i+2] == 0xF2 {
						b.Fatalf("the first frame shows the background at pixel %d: no stand-in", i/4)
					}
				}
				src.Wait()
				s.frame(img, fenghua)
				complete += time.Since(start)
				b.StopTimer()
				cpu.Pause()
				src.Close()
				cpu.Resume()
				b.StartTimer()
			}
			cpu.Report(b)
			b.ReportMetric(float64(first.Microseconds())/1e3/float64(b.N), "ms-first-frame")
			b.ReportMetric(float64(complete.Microseconds())/1e3/float64(b.N), "ms-to-complete")
		})
	}
}
