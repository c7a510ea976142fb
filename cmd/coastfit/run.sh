#!/bin/sh
# run.sh measures the built-in basemap's coastline against the GSHHG
# full-resolution shoreline (WGS 84), as it is (WGS 84) and as it was
# before the generator's conversion (GCJ-02, the source's frame), and
# prints both fits; data/README.md reports them. It reads system data and
# is not run by the tests.
#
# Needs: Debian's gmt-gshhg-full (the shoreline, in GMT's binned netCDF
# file) and python3-gdal (to read it), and go:
#   apt-get install gmt-gshhg-full python3-gdal
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
gshhg=${GSHHG:-/usr/share/gmt-gshhg/binned_GSHHS_f.nc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The box of the districts and the neighbours' coasts (Hangzhou Bay to Sanmen Bay, Zhoushan).
/usr/bin/python3 "$here/gshhg.py" "$gshhg" 120.5 122.9 28.6 30.9 >"$tmp/shore.txt"
cd "$root"
for frame in gcj02 wgs84; do
	echo
	go run ./cmd/coastfit -shore "$tmp/shore.txt" -to "$frame" \
		data/basemap/districts.geojson data/basemap/neighbours.geojson
done
