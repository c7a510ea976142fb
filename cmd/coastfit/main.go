// Command coastfit measures how well a basemap's coastline lies on a
// reference shoreline: it finds the shift (east, north, in metres) that
// best lays the basemap's coast onto the shoreline and reports the
// distances before and after that shift. data/README.md reports what it
// measured for the built-in basemap, in GCJ-02 and in WGS 84; run.sh
// runs it (it reads system data and is no test).
//
// The basemap's coast is the part of the outline of all its areas
// (districts and neighbours together) that no two areas share, kept where
// it lies within -near metres of the shoreline (which drops the inland
// borders of the whole). For each shift the distance from every coast
// vertex to the nearest shoreline segment is measured; the shift whose
// median distance is least wins (a search on a 100 m grid over ±2 km, then
// a 5 m grid around the best).
//
// Usage:
//
//	go run ./cmd/coastfit -shore shore.txt [-from FRAME] [-to FRAME] BASEMAP.geojson...
//
// shore.txt is gshhg.py's output (WGS 84). -from names the files' frame
// (they are converted to WGS 84 first, as the generator does); -to then
// converts them to another frame, to measure the basemap as it was before
// the conversion: the built-in WGS 84 files with -to gcj02 are the source's
// GCJ-02 outlines again, to 0.1 m.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"ningbomap/crs"
)

func main() {
	shorePath := flag.String("shore", "", "shoreline as gshhg.py writes it")
	from := flag.String("from", "wgs84", "frame of the basemap files: "+strings.Join(frameNames(), ", "))
	to := flag.String("to", "wgs84", "frame to draw the basemap in before fitting (to measure it as it was in another frame)")
	near := flag.Float64("near", 3000, "coast vertices farther than this from the shoreline (metres, unshifted) are not coast")
	flag.Parse()
	frame, err := crs.Parse(*from)
	target, err2 := crs.Parse(*to)
	if err != nil || err2 != nil || *shorePath == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: coastfit -shore shore.txt [-from FRAME] [-to FRAME] BASEMAP.geojson...", err, err2)
		os.Exit(2)
	}
	shore, err := readShore(*shorePath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "coastfit:", err)
		os.Exit(1)
	}
	coast, err := readCoast(flag.Args(), func(p orb.Point) orb.Point { return target.FromWGS84(frame.ToWGS84(p)) })
	if err != nil {
		fmt.Fprintln(os.Stderr, "coastfit:", err)
		os.Exit(1)
	}
	pl := newPlane(shore)
	idx := newIndex(pl, shore)
	var pts [][2]float64
	for _, p := range coast {
		if !pl.bound.Contains(p) {
			continue
		}
		q := pl.xy(p)
		if idx.distance(q, *near) < *near {
			pts = append(pts, q)
		}
	}
	if len(pts) == 0 {
		fmt.Fprintln(os.Stderr, "coastfit: no coast vertex near the shoreline")
		os.Exit(1)
	}
	fmt.Printf("basemap read in %s, drawn in %s: %d coast vertices within %.0f m of the shoreline (%d shoreline segments)\n",
		frame, target, len(pts), *near, len(shore))
	at0 := stats(idx, pts, 0, 0, *near)
	fmt.Printf("as it is:     median %5.0f m, mean %5.0f m, 90th percentile %5.0f m\n", at0.median, at0.mean, at0.p90)
	dx, dy := search(idx, pts, *near)
	best := stats(idx, pts, dx, dy, *near)
	fmt.Printf("best shift:   %+.0f m east, %+.0f m north (%.0f m)\n", dx, dy, math.Hypot(dx, dy))
	fmt.Printf("after it:     median %5.0f m, mean %5.0f m, 90th percentile %5.0f m\n", best.median, best.mean, best.p90)
}

func frameNames() []string {
	var names []string
	for _, f := range crs.Frames() {
		names = append(names, f.String())
	}
	return names
}

// readShore reads gshhg.py's segments.
func readShore(path string) ([]orb.LineString, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []orb.LineString
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == ">" {
			out = append(out, nil)
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 2 || len(out) == 0 {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		lon, err1 := strconv.ParseFloat(fields[0], 64)
		lat, err2 := strconv.ParseFloat(fields[1], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		out[len(out)-1] = append(out[len(out)-1], orb.Point{lon, lat})
	}
	return out, sc.Err()
}

// readCoast returns the vertices of the edges that belong to one area
// only, over all the areas of the files, each mapped by conv.
func readCoast(files []string, conv func(orb.Point) orb.Point) ([]orb.Point, error) {
	type edge [2]orb.Point
	count := map[edge]int{}
	var edges []edge
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		var fc geojson.FeatureCollectionOf[json.RawMessage]
		if err := json.Unmarshal(b, &fc); err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		for _, f := range fc.Features {
			var mp orb.MultiPolygon
			switch g := f.Geometry.(type) {
			case orb.Polygon:
				mp = orb.MultiPolygon{g}
			case orb.MultiPolygon:
				mp = g
			default:
				continue
			}
			for _, p := range mp {
				for _, r := range p {
					for i := 0; i+1 < len(r); i++ {
						e := edge{r[i], r[i+1]}
						if e[1][0] < e[0][0] || e[1][0] == e[0][0] && e[1][1] < e[0][1] {
							e[0], e[1] = e[1], e[0]
						}
						if count[e] == 0 {
							edges = append(edges, e)
						}
						count[e]++
					}
				}
			}
		}
	}
	seen := map[orb.Point]bool{}
	var out []orb.Point
	for _, e := range edges {
		if count[e] != 1 {
			continue
		}
		for _, p := range e {
			if !seen[p] {
				seen[p] = true
				out = append(out, conv(p))
			}
		}
	}
	return out, nil
}

// result is the distribution of distances for one shift.
type result struct{ median, mean, p90 float64 }

// stats measures the distances of pts shifted by dx, dy to the shoreline,
// each capped at limit.
func stats(idx *index, pts [][2]float64, dx, dy, limit float64) result {
	ds := make([]float64, len(pts))
	sum := 0.0
	for i, p := range pts {
		ds[i] = idx.distance([2]float64{p[0] + dx, p[1] + dy}, limit)
		sum += ds[i]
	}
	sort.Float64s(ds)
	return result{median: ds[len(ds)/2], mean: sum / float64(len(ds)), p90: ds[len(ds)*9/10]}
}

// search finds the shift with the least median distance: a 100 m grid
// over ±2 km, then a 5 m grid over ±100 m around the best.
func search(idx *index, pts [][2]float64, limit float64) (float64, float64) {
	bx, by, best := 0.0, 0.0, math.Inf(1)
	try := func(dx, dy float64) {
		if m := stats(idx, pts, dx, dy, limit).median; m < best {
			bx, by, best = dx, dy, m
		}
	}
	for dx := -2000.0; dx <= 2000; dx += 100 {
		for dy := -2000.0; dy <= 2000; dy += 100 {
			try(dx, dy)
		}
	}
	cx, cy := bx, by
	for dx := cx - 100; dx <= cx+100; dx += 5 {
		for dy := cy - 100; dy <= cy+100; dy += 5 {
			try(dx, dy)
		}
	}
	return bx, by
}
