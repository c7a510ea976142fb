// Command osmfixture makes the test tiles of package vector from real
// OpenStreetMap extracts (see vector/testdata/README.md; vector/testdata/make.sh
// runs it):
//
//	osmfixture sea COAST.geojson MINLON MINLAT MAXLON MAXLAT OUT.geojson
//	    the sea inside a box, from the coastline lines of an extract
//	    (osmium export of natural=coastline): tilemaker's ocean layer
//	osmfixture extract IN.mbtiles Z X Y OUT.pbf
//	    one tile (XYZ numbering) out of an MBTiles, as stored (gzip MVT)
//	osmfixture protomaps IN.pbf OUT.mvt
//	    an OpenMapTiles tile rewritten in the Protomaps basemap schema v4
//	    with orb's MVT encoder (gzip)
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "osmfixture:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: osmfixture sea|extract|protomaps …")
	}
	nums := func(s []string) ([]float64, error) {
		var out []float64
		for _, a := range s {
			f, err := strconv.ParseFloat(a, 64)
			if err != nil {
				return nil, err
			}
			out = append(out, f)
		}
		return out, nil
	}
	switch {
	case args[0] == "sea" && len(args) == 7:
		b, err := nums(args[2:6])
		if err != nil {
			return err
		}
		return sea(args[1], b, args[6])
	case args[0] == "extract" && len(args) == 6:
		t, err := nums(args[2:5])
		if err != nil {
			return err
		}
		return extract(args[1], int(t[0]), int(t[1]), int(t[2]), args[5])
	case args[0] == "protomaps" && len(args) == 3:
		return protomaps(args[1], args[2])
	}
	return fmt.Errorf("usage: osmfixture sea COAST.geojson MINLON MINLAT MAXLON MAXLAT OUT.geojson | extract IN.mbtiles Z X Y OUT | protomaps IN.pbf OUT")
}
