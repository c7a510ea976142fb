//go:build !race

// The memory test decodes fifteen 24-megapixel photos: minutes under the race detector,
// and its heap figures mean little there. make test runs it without -race.

package photo

import (
	"fmt"
	"testing"
)

// TestLoaderMemory: fifteen places with a 24-megapixel photo each, every
// card opened (photos fitted in CardSide pixels), add at most 60 MB to the
// Go heap once the garbage of decoding is collected.
func TestLoaderMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes fifteen 24-megapixel photos (about 10 s); run without -short")
	}
	dir := t.TempDir()
	b := bigJPEG(t)
	var paths []string
	for i := range 15 {
		paths = append(paths, writeFile(t, dir, fmt.Sprintf("p%02d.jpg", i), b))
	}
	b = nil
	before := heap()
	l := NewLoader(LoaderOptions{})
	defer l.Close()
	for _, p := range paths {
		if r := load(t, l, p, CardSide); r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	for _, p := range paths {
		if _, ok := l.Cached(p, CardSide); !ok {
			t.Fatalf("%s not cached", p)
		}
	}
	added := int64(heap()) - int64(before)
	t.Logf("fifteen 24 MP photos at %d px: heap +%.1f MB, cache %.1f MB", CardSide, float64(added)/(1<<20), float64(l.CacheBytes())/(1<<20))
	if added > 60<<20 {
		t.Errorf("heap grew by %.1f MB, want ≤ 60 MB", float64(added)/(1<<20))
	}
}
