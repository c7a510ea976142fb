// Command vectorfixture makes the vector tile fixtures of package tiles
// (tiles/testdata/README.md says how each was made; make-fixtures.sh beside
// this file runs the whole recipe).
//
//	vectorfixture protomaps [-raw] OUT.mbtiles
//	    writes the Protomaps basemap schema v4 fixture: synthetic features
//	    around 滕头村, zooms 7–15, encoded with orb's MVT encoder; gzipped, or
//	    with -raw not (and format "mvt", which go-pmtiles convert leaves
//	    as it is).
//	vectorfixture subset IN.mbtiles OUT.mbtiles Z/X/Y...
//	    copies the listed tiles (XYZ numbering) and all their ancestors with
//	    the metadata, bounds set to the listed tiles.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "protomaps":
		fs := flag.NewFlagSet("protomaps", flag.ExitOnError)
		raw := fs.Bool("raw", false, "write the tiles uncompressed (format mvt)")
		fs.Parse(os.Args[2:])
		if fs.NArg() != 1 {
			usage()
		}
		err = writeProtomaps(fs.Arg(0), !*raw)
	case "subset":
		if len(os.Args) < 5 {
			usage()
		}
		err = subset(os.Args[2], os.Args[3], os.Args[4:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "vectorfixture:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, strings.TrimSpace(`
usage: vectorfixture protomaps [-raw] OUT.mbtiles
       vectorfixture subset IN.mbtiles OUT.mbtiles Z/X/Y...`))
	os.Exit(2)
}
