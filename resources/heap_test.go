package resources_test

import (
	"bytes"
	"runtime"
	"testing"

	"github.com/go-text/typesetting/font"

	"ningbomap/data"
	"ningbomap/resources"
	"ningbomap/search"
)

// heapMB is the Go heap in use after two collections, in MB.
func heapMB() float64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / 1e6
}

// TestHeapBreakdown measures what the non-UI parts hold on the Go heap, step by step, and
// holds each to a bar: package initialisation (a dictionary built as a map at start-up
// would show here), the embedded data, the search index, one parse of each embedded face
// (what Fyne pays per text style it draws) and the character maps behind HasRune.
//
//	go test -run TestHeapBreakdown -v ./resources
func TestHeapBreakdown(t *testing.T) {
	var keep []any
	step := func(name string, bar float64, f func() any) {
		t.Helper()
		before := heapMB()
		keep = append(keep, f())
		got := heapMB() - before
		t.Logf("%-36s %+6.2f MB", name, got)
		if got > bar {
			t.Errorf("%s holds %.2f MB, want ≤ %.2f MB", name, got, bar)
		}
	}
	start := heapMB()
	t.Logf("%-36s %6.2f MB", "after package init", start)
	if start > 1 {
		t.Errorf("the heap after package init is %.2f MB, want ≤ 1 MB", start)
	}
	var ds *data.Dataset
	// The places, the districts and the 18 neighbouring counties (43,000 vertices, kept
	// whole so that they meet Ningbo's borders without gaps).
	step("data.LoadEmbedded", 2, func() any {
		var err error
		if ds, err = data.LoadEmbedded(); err != nil {
			t.Fatal(err)
		}
		return ds
	})
	step("search.NewDatasetIndex", 0.5, func() any { return search.NewDatasetIndex(ds) })
	for _, f := range []struct {
		name string
		b    []byte
	}{{"parse " + resources.FontName, resources.Font}, {"parse " + resources.FontBoldName, resources.FontBold}} {
		step(f.name, 3, func() any {
			face, err := font.ParseTTF(bytes.NewReader(f.b))
			if err != nil {
				t.Fatal(err)
			}
			return face
		})
	}
	step("resources.HasRune (cmaps)", 0.5, func() any { return resources.HasRune('宁') })
	runtime.KeepAlive(keep)
}
