// Command tiletable reads `go test -bench` output of package tiles and
// prints the tile-basemap speed bars: our median frame time, the peer's
// (github.com/flopp/go-staticmaps at the version pinned in go.mod,
// v0.0.0-20220221183018-c226716bec53, drawing the same view from the same
// tiles in its cache folder, measured in the same run) and their ratio. It
// exits 1 when a bar does not hold.
//
// usage: tiletable tiles-bench.txt
package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

// bar is one row: ours must take at most limitNs, and at most ratio × the peer.
type bar struct {
	work, bench, peer string
	limitNs, ratio    float64
}

var bars = []bar{
	{"1920×1080 frame, tile basemap cached + district outlines + marker, zoom 11", "TileFrame", "PeerStaticMapsFrame", 4e6, 0.5},
	{"1920×1080 tiles only, zoom 11", "TilesOnly", "PeerStaticMapsTiles", 4e6, 0.5},
	{"1920×1080 frame at zoom 11.4, tiles enlarged past the file's max", "TileFrameScaled", "", 4e6, 0},
	{"(for comparison) the same frame without tiles: outlines + marker only", "OutlinesOnly", "", 0, 0},
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: tiletable tiles-bench.txt")
		os.Exit(2)
	}
	runs, err := read(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "tiletable:", err)
		os.Exit(2)
	}
	ok := true
	fmt.Printf("%-74s %12s %8s %14s %8s  %s\n", "work", "ours", "allocs", "peer", "ratio", "bar")
	for _, b := range bars {
		ns, n := median(runs[b.bench], "ns/op")
		allocs, _ := median(runs[b.bench], "allocs/op")
		if n == 0 {
			fmt.Printf("%-74s %12s  MISSING\n", b.work, "-")
			ok = false
			continue
		}
		hold := b.limitNs == 0 || ns <= b.limitNs
		peer, ratio := "-", "-"
		if b.peer != "" {
			if p, m := median(runs[b.peer], "ns/op"); m > 0 {
				peer = ms(p)
				ratio = fmt.Sprintf("%.3f", ns/p)
				hold = hold && ns/p <= b.ratio
			} else {
				peer = "missing"
				hold = false
			}
		}
		verdict := "no bar"
		if b.limitNs > 0 {
			verdict = fmt.Sprintf("≤ %s", ms(b.limitNs))
		}
		if b.ratio > 0 {
			verdict += fmt.Sprintf(", ≤ %.1f× peer", b.ratio)
		}
		if hold {
			verdict = "holds (" + verdict + ")"
		} else {
			verdict = "FAILS (" + verdict + ")"
			ok = false
		}
		fmt.Printf("%-74s %12s %8.0f %14s %8s  %s\n", b.work, ms(ns), allocs, peer, ratio, verdict)
	}
	if !ok {
		os.Exit(1)
	}
}

func ms(ns float64) string { return fmt.Sprintf("%.2f ms", ns/1e6) }

// read collects each benchmark's samples (unit → value), keyed by name
// without "Benchmark" and the -N suffix.
func read(path string) (map[string][]map[string]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string][]map[string]float64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 4 || !strings.HasPrefix(fs[0], "Benchmark") {
			continue
		}
		name := strings.TrimPrefix(fs[0], "Benchmark")
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			name = name[:i]
		}
		s := map[string]float64{}
		for i := 2; i+1 < len(fs); i += 2 {
			v, err := strconv.ParseFloat(fs[i], 64)
			if err != nil {
				break
			}
			s[fs[i+1]] = v
		}
		out[name] = append(out[name], s)
	}
	return out, sc.Err()
}

// median returns the median of unit over the samples and how many there were.
func median(runs []map[string]float64, unit string) (float64, int) {
	var xs []float64
	for _, s := range runs {
		if v, ok := s[unit]; ok {
			xs = append(xs, v)
		}
	}
	if len(xs) == 0 {
		return 0, 0
	}
	slices.Sort(xs)
	return xs[len(xs)/2], len(xs)
}
