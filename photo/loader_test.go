package photo

import (
	"fmt"
	"image"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"
)

// load asks l for a photo and waits for the answer.
func load(t testing.TB, l *Loader, path string, maxSide int) Result {
	t.Helper()
	ch := make(chan Result, 1)
	l.Load(path, maxSide, func(r Result) { ch <- r })
	select {
	case r := <-ch:
		return r
	case <-time.After(30 * time.Second):
		t.Fatal("no answer in 30 s")
	}
	return Result{}
}

func TestLoaderCachesAndShares(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.jpg", encodeJPEG(t, halfRed(400, 300), 90))
	l := NewLoader(LoaderOptions{Workers: 2})
	defer l.Close()
	if _, ok := l.Cached(p, 100); ok {
		t.Fatal("cached before any load")
	}
	// Many concurrent requests for the same photo share one decoding.
	var wg sync.WaitGroup
	imgs := make([]*image.RGBA, 8)
	for i := range imgs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := load(t, l, p, 100)
			if r.Err != nil {
				t.Error(r.Err)
			}
			imgs[i] = r.Image
		}()
	}
	wg.Wait()
	for i, img := range imgs {
		if img == nil || img != imgs[0] {
			t.Fatalf("request %d got %p, want the shared %p", i, img, imgs[0])
		}
	}
	if img, ok := l.Cached(p, 100); !ok || img != imgs[0] || img.Bounds().Dx() != 100 {
		t.Errorf("Cached = %v, %v", img.Bounds(), ok)
	}
	if _, ok := l.Cached(p, 200); ok {
		t.Error("another size must not come from the cache")
	}
	// An edited file is read again.
	time.Sleep(10 * time.Millisecond)
	writeFile(t, dir, "a.jpg", encodeJPEG(t, halfRed(200, 300), 90))
	if r := load(t, l, p, 100); r.Err != nil || r.Image.Bounds().Dx() != 67 {
		t.Errorf("after edit: %v, %v; want 67 px wide", r.Image.Bounds(), r.Err)
	}
}

func TestLoaderEvicts(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i := range 4 {
		paths = append(paths, writeFile(t, dir, fmt.Sprintf("%d.jpg", i), encodeJPEG(t, halfRed(100, 100), 90)))
	}
	l := NewLoader(LoaderOptions{CacheBytes: 3 * 100 * 100 * 4})
	defer l.Close()
	for _, p := range paths {
		if r := load(t, l, p, 100); r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	if _, ok := l.Cached(paths[0], 100); ok {
		t.Error("the least recently used photo stayed over the limit")
	}
	for _, p := range paths[1:] {
		if _, ok := l.Cached(p, 100); !ok {
			t.Errorf("%s evicted too early", p)
		}
	}
	if got := l.CacheBytes(); got != 3*100*100*4 {
		t.Errorf("CacheBytes = %d", got)
	}
}

func TestLoaderErrorsAndClose(t *testing.T) {
	dir := t.TempDir()
	l := NewLoader(LoaderOptions{})
	if r := load(t, l, writeFile(t, dir, "junk.png", []byte("junk")), 100); r.Err == nil {
		t.Error("junk decoded")
	}
	if r := load(t, l, dir+"/none.png", 100); r.Err == nil {
		t.Error("a missing file loaded")
	}
	l.Close()
	l.Close()
	p := writeFile(t, dir, "ok.jpg", encodeJPEG(t, halfRed(10, 10), 90))
	if r := load(t, l, p, 100); r.Err == nil {
		t.Error("a load after Close succeeded")
	}
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func heap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// BenchmarkDecode24MP is the first decoding of a 24-megapixel JPEG to the
// card's size (bar: ≤ 400 ms).
func BenchmarkDecode24MP(b *testing.B) {
	src := bigJPEG(b)
	b.Logf("24 MP JPEG: %.1f MB", float64(len(src))/(1<<20))
	for _, side := range []int{CardSide, ViewerSide} {
		b.Run(fmt.Sprint(side), func(b *testing.B) {
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				if _, err := DecodeBytes(src, side); err != nil {
					b.Fatal(err)
				}
			}
			// On a shared machine wall time counts other programs' turns
			// too; the process's CPU time (GC workers included) does not.
			b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}
