package tiles_test

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	sm "github.com/flopp/go-staticmaps"
	"github.com/golang/geo/s2"

	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/internal/fixture"
	"ningbomap/internal/golden"
	"ningbomap/tiles"
)

// The peer of BenchmarkTileFrame and BenchmarkTilesOnly is the library
// github.com/flopp/go-staticmaps itself (package sm), pinned in go.mod at
// v0.0.0-20220221183018-c226716bec53 and used only by this file.
//
// Its Context.Render draws a tile grid at an integer zoom into an RGBA
// image with gg, one goroutine per tile through a TileFetcher, draws the
// map objects over it with gg, and crops the view into a new image. The
// fetcher first reads CACHE/PROVIDER/Z/X/Y (no file extension) and decodes
// it with image.Decode; only on a miss, and only when the context is
// online, does it download the tile with http.DefaultClient.
//
// Here the cache folder is filled from the fixture before timing, with the
// same zoom-11 tiles our frame draws, and three things keep the network
// out: the context is offline (SetOnline(false): a cache miss is an error,
// never a download), the provider's URL points at a closed local port, and
// http.DefaultClient's transport is swapped for one that refuses and counts
// every request. A miss would leave a transparent hole (no background is
// set) and a line in the standard logger: each benchmark checks its first
// rendering (1920×1080, fully opaque, nothing logged), fails if a timed one
// logs anything, and fails at its end if any request was made; and
// TestPeerStaticMapsFromCache compares the pixels with our frame's. The view is the same as benchView's (1920×1080, centre
// 121.55,29.80, zoom 11). The district outlines are sm.Path values (closed
// rings, 2 px, the colour of ours): a Path only strokes, where an Area with
// a transparent fill would also fill every ring for nothing. One sm.Marker
// stands for our marker; the provider has no attribution, as our frame
// draws none.

// peerProvider names the tile provider, and so the cache subfolder.
const peerProvider = "ningbo-fixture"

// peerZoom is the zoom of both frames, the fixture's max zoom.
const peerZoom = 11

// fillStaticMapsCache writes the fixture's zoom-11 tiles into a new
// go-staticmaps cache folder (CACHE/PROVIDER/Z/X/Y) and returns CACHE.
func fillStaticMapsCache(tb testing.TB) string {
	tb.Helper()
	f, err := tiles.Open(fixturePath("ningbo.mbtiles"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	root := tb.TempDir()
	x0, y0, x1, y1 := fixture.Range(peerZoom)
	for x := x0; x <= x1; x++ {
		for y := y0; y <= y1; y++ {
			raw, err := f.Raw(peerZoom, x, y)
			if err != nil || raw == nil {
				tb.Fatalf("tile %d/%d/%d: %v", peerZoom, x, y, err)
			}
			p := filepath.Join(root, peerProvider, fmt.Sprint(peerZoom), fmt.Sprint(x), fmt.Sprint(y))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				tb.Fatal(err)
			}
			if err := os.WriteFile(p, raw, 0o644); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return root
}

// refuseNetwork replaces http.DefaultClient's transport, the one the
// library's TileFetcher downloads with, by one that refuses every request,
// and fails tb at cleanup if any was made.
func refuseNetwork(tb testing.TB) {
	tb.Helper()
	rt := &refusingTransport{}
	old := http.DefaultClient.Transport
	http.DefaultClient.Transport = rt
	tb.Cleanup(func() {
		http.DefaultClient.Transport = old
		if n := rt.n.Load(); n > 0 {
			tb.Errorf("go-staticmaps made %d network requests (first: %v)", n, rt.first.Load())
		}
	})
}

// refusingTransport is an http.RoundTripper that sends nothing.
type refusingTransport struct {
	n     atomic.Int64
	first atomic.Value // string: the first URL asked for
}

var errNoNetwork = errors.New("no network in the tile benchmarks")

// RoundTrip counts the request and refuses it.
func (t *refusingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if t.n.Add(1) == 1 {
		t.first.Store(req.URL.String())
	}
	return nil, errNoNetwork
}

// captureLog sends the standard logger, where the library reports fetch
// errors, into the returned buffer until the end of tb. Read it only
// between renderings: Render has waited for its fetch goroutines.
func captureLog(tb testing.TB) *bytes.Buffer {
	tb.Helper()
	var buf bytes.Buffer
	old := log.Writer()
	log.SetOutput(&buf)
	tb.Cleanup(func() { log.SetOutput(old) })
	return &buf
}

// peerContext sets up go-staticmaps for the benchmark view over the cache
// folder root, offline, with the district outlines and a marker when
// outlines is true.
func peerContext(tb testing.TB, root string, outlines bool) *sm.Context {
	tb.Helper()
	ctx := sm.NewContext()
	ctx.SetSize(1920, 1080)
	ctx.SetCenter(s2.LatLngFromDegrees(29.80, 121.55))
	ctx.SetZoom(peerZoom)
	ctx.SetTileProvider(&sm.TileProvider{
		Name:       peerProvider,
		TileSize:   256,
		URLPattern: "http://127.0.0.1:1/%[2]d/%[3]d/%[4]d.png", // closed port; never asked (offline)
	})
	ctx.SetCache(sm.NewTileCache(root, 0o755))
	ctx.SetOnline(false)
	if !outlines {
		return ctx
	}
	ds, err := data.LoadEmbedded()
	if err != nil {
		tb.Fatal(err)
	}
	stroke := color.RGBA{0xb0, 0x30, 0x30, 0xff}
	for _, d := range ds.Districts {
		for _, p := range d.Geometry {
			for _, r := range p {
				if len(r) < 2 {
					continue
				}
				ll := make([]s2.LatLng, 0, len(r)+1)
				for _, q := range r {
					ll = append(ll, s2.LatLngFromDegrees(q[1], q[0]))
				}
				if r[0] != r[len(r)-1] {
					ll = append(ll, ll[0])
				}
				ctx.AddObject(sm.NewPath(ll, stroke, 2))
			}
		}
	}
	ctx.AddObject(sm.NewMarker(s2.LatLngFromDegrees(29.6925, 121.3947), color.RGBA{0xc0, 0x20, 0x20, 0xff}, 16))
	return ctx
}

// renderPeer renders ctx and fails tb unless the result is the whole view
// drawn from cached tiles: 1920×1080, no transparent pixel (a tile that
// did not come from the cache leaves a hole: no background is set), and
// nothing in the log.
func renderPeer(tb testing.TB, ctx *sm.Context, logged *bytes.Buffer) *image.RGBA {
	tb.Helper()
	img, err := ctx.Render()
	if err != nil {
		tb.Fatal(err)
	}
	if logged.Len() > 0 {
		tb.Fatalf("go-staticmaps logged: %s", logged.String())
	}
	rgba, ok := img.(*image.RGBA)
	if !ok {
		tb.Fatalf("go-staticmaps returned a %T", img)
	}
	if rgba.Rect != image.Rect(0, 0, 1920, 1080) {
		tb.Fatalf("go-staticmaps drew %v, want 1920×1080", rgba.Rect)
	}
	holes := 0
	for i := 3; i < len(rgba.Pix); i += 4 {
		if rgba.Pix[i] != 0xff {
			holes++
		}
	}
	if holes > 0 {
		tb.Fatalf("%d pixels of go-staticmaps' frame are not covered by a tile", holes)
	}
	return rgba
}

func benchmarkPeer(b *testing.B, outlines bool) {
	root := fillStaticMapsCache(b)
	refuseNetwork(b)
	logged := captureLog(b)
	ctx := peerContext(b, root, outlines)
	renderPeer(b, ctx, logged)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := ctx.Render(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if logged.Len() > 0 {
		b.Fatalf("go-staticmaps logged while timed: %s", logged.String())
	}
}

// BenchmarkPeerStaticMapsFrame is the peer of BenchmarkTileFrame:
// go-staticmaps drawing the same view from the same tiles in its cache
// folder, with the district outlines and a marker.
func BenchmarkPeerStaticMapsFrame(b *testing.B) { benchmarkPeer(b, true) }

// BenchmarkPeerStaticMapsTiles is the peer of BenchmarkTilesOnly:
// go-staticmaps drawing the tiles alone.
func BenchmarkPeerStaticMapsTiles(b *testing.B) { benchmarkPeer(b, false) }

// TestPeerStaticMapsFromCache renders the peers once and checks that they
// draw the frame the benchmarks time: the size asked, every pixel from a
// cached tile, no request and nothing logged, and the tiles where our
// renderer puts them (go-staticmaps truncates the centre pixel where we
// round, so a shift of one pixel is allowed).
func TestPeerStaticMapsFromCache(t *testing.T) {
	root := fillStaticMapsCache(t)
	refuseNetwork(t)
	logged := captureLog(t)

	src := openSource(t, "ningbo.mbtiles", tiles.SourceOptions{})
	v := benchView(peerZoom)
	ours := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	r := geo.NewRenderer()
	r.SetTiles(src)
	drawSettled(r, src, ours, v)
	peer := renderPeer(t, peerContext(t, root, false), logged)
	dx, dy, share := bestShift(ours, peer)
	t.Logf("tiles only: %.4f of the pixels equal ours at shift (%d,%d)", share, dx, dy)
	if share < 0.999 {
		t.Errorf("tiles only: at best %.4f of go-staticmaps' pixels equal ours (shift %d,%d)", share, dx, dy)
	}

	oursFrame := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	drawSettled(basemapRenderer(t, src), src, oursFrame, v)
	peerFrame := renderPeer(t, peerContext(t, root, true), logged)
	fdx, fdy, fshare := bestShift(oursFrame, peerFrame)
	t.Logf("frame: %.4f of the pixels equal ours at shift (%d,%d)", fshare, fdx, fdy)
	if fdx != dx || fdy != dy || fshare < 0.97 {
		t.Errorf("frame: at best %.4f of go-staticmaps' pixels equal ours (shift %d,%d)", fshare, fdx, fdy)
	}
	if n := differing(peer, peerFrame); n < 1000 {
		t.Errorf("the outlines and the marker changed only %d pixels of go-staticmaps' tiles", n)
	}
}

// bestShift finds the shift of at most one pixel each way at which most of
// peer's pixels equal ours (within 2 per channel), and the share that do.
func bestShift(ours, peer *image.RGBA) (int, int, float64) {
	bx, by, best, total := 0, 0, -1, 0
	for sy := -1; sy <= 1; sy++ {
		for sx := -1; sx <= 1; sx++ {
			n, all := 0, 0
			for y := 1; y < peer.Rect.Dy()-1; y++ {
				for x := 1; x < peer.Rect.Dx()-1; x++ {
					all++
					if golden.Near(ours.RGBAAt(x+sx, y+sy), peer.RGBAAt(x, y)) {
						n++
					}
				}
			}
			if n > best {
				bx, by, best, total = sx, sy, n, all
			}
		}
	}
	return bx, by, float64(best) / float64(total)
}

// differing counts the pixels where a and b are not near.
func differing(a, b *image.RGBA) int {
	n := 0
	for y := 0; y < a.Rect.Dy(); y++ {
		for x := 0; x < a.Rect.Dx(); x++ {
			if !golden.Near(a.RGBAAt(x, y), b.RGBAAt(x, y)) {
				n++
			}
		}
	}
	return n
}
