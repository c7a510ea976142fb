#!/bin/sh
# make.sh OSM_DIR — makes the test tiles of package vector (see README.md)
# from the OpenStreetMap extracts monaco-2025-02-15.osm.pbf and
# sf-downtown.osm.pbf in OSM_DIR. Needs tilemaker, osmium-tool and gdal-bin
# (ogr2ogr); run from vector/testdata.
set -eu
osm=$(cd "$1" && pwd)
here=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gen="$work/osmfixture"
(cd ../.. && go build -o "$gen" ./cmd/osmfixture)

# tilemaker's OpenMapTiles profile, writing the OSM name to name (not
# name:latin) and name:en, name:zh, name:zh-Hans where they differ from it.
cp /usr/share/doc/tilemaker/examples/config-openmaptiles.json "$work/config.json"
sed -e 's/^preferred_language_attribute = "name:latin"/preferred_language_attribute = "name"/' \
    -e 's/^additional_languages = { }/additional_languages = { "en", "zh", "zh-Hans" }/' \
    /usr/share/doc/tilemaker/examples/process-openmaptiles.lua >"$work/process.lua"

# tiles NAME EXTRACT MINLON MINLAT MAXLON MAXLAT: the sea in the box from
# the extract's coastline (tilemaker's ocean layer), then the MBTiles, with
# the box as the extract's bounds (tilemaker cuts the sea to them).
tiles() {
	name=$1 extract=$2
	shift 2
	mkdir -p "$work/$name/coastline"
	osmium extract --set-bounds -b "$1,$2,$3,$4" -o "$work/$name.osm.pbf" "$osm/$extract"
	osmium tags-filter -o "$work/$name-coast.osm.pbf" "$osm/$extract" w/natural=coastline
	osmium export -f geojson -o "$work/$name-coast.geojson" "$work/$name-coast.osm.pbf"
	"$gen" sea "$work/$name-coast.geojson" "$@" "$work/$name-sea.geojson"
	ogr2ogr -f "ESRI Shapefile" "$work/$name/coastline/water_polygons.shp" "$work/$name-sea.geojson"
	(cd "$work/$name" && tilemaker --input "$work/$name.osm.pbf" --output "$name.mbtiles" \
		--config "$work/config.json" --process "$work/process.lua" >/dev/null)
}
tiles monaco monaco-2025-02-15.osm.pbf 7.3828125 43.580390855607845 7.734375 43.83452678223683
tiles sf sf-downtown.osm.pbf -122.431640625 37.75334401310657 -122.34375 37.80544394934271

# extract NAME Z X Y: one tile as made (OpenMapTiles); protomaps NAME Z X Y:
# that tile in the Protomaps v4 schema.
extract() { "$gen" extract "$work/$1/$1.mbtiles" "$2" "$3" "$4" "$here/omt/$1-$2-$3-$4.pbf"; }
protomaps() { "$gen" protomaps "$here/omt/$1-$2-$3-$4.pbf" "$here/protomaps/$1-$2-$3-$4.mvt"; }
mkdir -p omt protomaps
for t in "10 533 373" "13 4264 2986" "13 4265 2986" "13 4264 2987" "13 4265 2987"; do
	extract monaco $t
	protomaps monaco $t
done
for t in "14 2620 6331" "14 2621 6331" "14 2620 6332" "14 2621 6332"; do
	extract sf $t
done
protomaps sf 14 2621 6332
