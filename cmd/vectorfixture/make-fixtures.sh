#!/bin/sh
# Remakes the vector tile fixtures of tiles/testdata (tiles/testdata/README.md
# says what each is). Run from the repository's root:
#
#   cmd/vectorfixture/make-fixtures.sh OSMDIR
#
# OSMDIR holds monaco-2025-02-15.osm.pbf and sf-downtown.osm.pbf (from the
# test data of github.com/protomaps/basemaps). Needs Debian's tilemaker (2.2)
# and go; go-pmtiles is run through the Go module proxy.
set -eu
osm=${1:?usage: make-fixtures.sh OSMDIR}
out=tiles/testdata
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pmtiles="go run github.com/protomaps/go-pmtiles@v1.31.2"
ex=/usr/share/doc/tilemaker/examples

# OpenMapTiles schema, real OSM data, by tilemaker's OpenMapTiles configuration.
for area in monaco-2025-02-15 sf-downtown; do
	tilemaker --input "$osm/$area.osm.pbf" --output "$tmp/$area.mbtiles" \
		--config $ex/config-openmaptiles.json --process $ex/process-openmaptiles.lua >/dev/null
done
# Monaco whole (its five z14 tiles and all their ancestors: every tile);
# San Francisco: the densest z14 tile and its ancestors.
go run ./cmd/vectorfixture subset "$tmp/monaco-2025-02-15.mbtiles" $out/omt-monaco.mbtiles \
	14/8529/5973 14/8529/5974 14/8529/5975 14/8530/5973 14/8530/5974
go run ./cmd/vectorfixture subset "$tmp/sf-downtown.mbtiles" $out/omt-sf-z14.mbtiles 14/2621/6332

# Protomaps basemap schema v4, synthetic, by orb's MVT encoder; then PMTiles
# by go-pmtiles: gzipped tiles, and uncompressed ones (an MBTiles of format
# "mvt" is copied as it is, then the header says what the tiles are).
go run ./cmd/vectorfixture protomaps $out/pm4-tengtou.mbtiles
go run ./cmd/vectorfixture protomaps -raw "$tmp/pm4-raw.mbtiles"
rm -f $out/pm4-tengtou.pmtiles $out/pm4-tengtou-raw.pmtiles
$pmtiles convert $out/pm4-tengtou.mbtiles $out/pm4-tengtou.pmtiles
$pmtiles convert "$tmp/pm4-raw.mbtiles" $out/pm4-tengtou-raw.pmtiles
$pmtiles show --header-json $out/pm4-tengtou-raw.pmtiles |
	sed -e 's/"tile_compression": "unknown"/"tile_compression": "none"/' \
		-e 's/"tile_type": ""/"tile_type": "mvt"/' >"$tmp/header.json"
$pmtiles edit $out/pm4-tengtou-raw.pmtiles --header-json "$tmp/header.json"
ls -l $out/omt-*.mbtiles $out/pm4-tengtou*
