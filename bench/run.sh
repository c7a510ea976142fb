#!/usr/bin/env bash
# bench/run.sh — the geo and tiles packages' speed bars, each printed with its
# peer measured in the same run: fogleman/gg (a Go benchmark in geo's tests),
# Node's supercluster (bench/supercluster.mjs, installed into a temporary
# folder) and flopp/go-staticmaps (a Go benchmark in tiles' tests). `make
# bench` calls this. Benchmarks run one after the other.
# The gg peer draws the same cached, simplified paths as our frame; the
# cluster index bar is our one-core time (-cpu 1) against supercluster,
# which is single-threaded, with the all-core time beside it.
#
#   BENCH_COUNT=5        samples per Go benchmark (the table shows medians)
#   SUPERCLUSTER_DIR=dir a folder that already has node_modules/supercluster
#   BENCH_POINTS=1000000 points for the node peer (must match the Go benchmark)
set -euo pipefail
cd "$(dirname "$0")/.."

count=${BENCH_COUNT:-5}
points=${BENCH_POINTS:-1000000}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== go test -bench . -benchmem -count $count ./geo/"
go test -run '^$' -bench . -benchmem -count "$count" -timeout 30m ./geo/ | tee "$out/go.txt"

# supercluster indexes on one thread: the index bar is judged on one core too.
echo
echo "== go test -bench 'ClusterIndex1M\$' -cpu 1 -benchmem -count $count ./geo/"
go test -run '^$' -bench 'ClusterIndex1M$' -cpu 1 -benchmem -count "$count" -timeout 30m ./geo/ | tee "$out/go-cpu1.txt"

echo
echo "== peer: supercluster 8.0.1 under node"
if ! command -v node >/dev/null 2>&1; then
	echo "SKIP: node is not installed, so supercluster was not measured" | tee "$out/node.txt"
else
	dir=${SUPERCLUSTER_DIR:-$out/supercluster}
	if [ ! -d "$dir/node_modules/supercluster" ]; then
		mkdir -p "$dir"
		if ! (cd "$dir" && npm install --silent --no-audit --no-fund supercluster@8.0.1 >"$out/npm.log" 2>&1); then
			echo "SKIP: npm install supercluster@8.0.1 failed: $(tail -n 3 "$out/npm.log" | tr '\n' ' ')" | tee "$out/node.txt"
		fi
	fi
	if [ -d "$dir/node_modules/supercluster" ]; then
		node bench/supercluster.mjs "$dir" "$points" | tee "$out/node.txt"
	fi
fi

# ---- coordinate frames (package crs) ----------------------------------------
# WGS 84 <-> GCJ-02 <-> BD-09 per point, around Ningbo; bar: <= 200 ns forward and inverse
# (read cpu-ns/op on a shared machine).
echo
echo "== go test -bench . -benchmem -count $count ./crs/"
go test -run '^$' -bench . -benchmem -count "$count" ./crs/ | tee "$out/crs.txt"
# ---- end of coordinate frames -------------------------------------------------

# ---- tile basemap (package tiles) -------------------------------------------
# Our frame over a cached MBTiles fixture against github.com/flopp/go-staticmaps
# itself (test-only, pinned in go.mod at v0.0.0-20220221183018-c226716bec53)
# drawing the same view from the same tiles, pre-filled into its cache folder;
# offline, nothing goes over a network (tiles/peer_staticmaps_test.go). Same
# run. Printed as its own table; a failing bar fails the script after the geo
# table.
echo
echo "== go test -bench 'Tile|Outlines|PeerStaticMaps' -benchmem -count $count ./tiles/"
go test -run '^$' -bench 'Tile|Outlines|PeerStaticMaps' -benchmem -count "$count" -timeout 30m ./tiles/ | tee "$out/tiles.txt"
echo
tiles_ok=0
go run ./cmd/tiletable "$out/tiles.txt" || tiles_ok=$?
# ---- end of tile basemap -----------------------------------------------------

# ---- vector tile basemap (packages vector and vtile) -------------------------
# Bars: the densest real z14 tile (downtown San Francisco, ~13,000 features)
# decoded, prepared and drawn <= 20 ms on one core (vector: the style's own
# path; vtile: the worker's, read from the file and checked first); a
# 1920x1080 frame from drawn tiles with the district outlines, the story
# markers and the names <= 5 ms; a jump to a view not seen before: its first
# frame all stand-ins (checked), the view complete <= 400 ms on two cores
# (ms-to-complete). On a shared machine read cpu-ns/op (processor time).
echo
echo "== go test -bench 'Tile/strip.decode.prepare.draw' -cpu 1 -count $count ./vector/"
go test -run '^$' -bench 'Tile/strip.decode.prepare.draw' -cpu 1 -benchmem -count "$count" ./vector/ | grep -E '^Benchmark'
echo "== go test -bench 'DenseTile|Frame' -cpu 1 -count $count ./vtile/"
go test -run '^$' -bench 'DenseTile|Frame' -cpu 1 -benchmem -count "$count" ./vtile/ | grep -E '^Benchmark'
echo "== go test -bench 'Jump' -cpu 2 -benchtime 5x -count $count ./vtile/"
go test -run '^$' -bench 'Jump' -cpu 2 -benchtime 5x -benchmem -count "$count" ./vtile/ | grep -E '^Benchmark'
# The window's own renderer over the Protomaps v4 fixture: a 1920x1080 frame (districts'
# fill, tiles, borders, markers, names; bar <= 5 ms) and a jump (first frame from the
# stand-ins; bar: complete <= 400 ms on two cores).
echo "== go test -bench 'VectorBasemap' -cpu 2 -count $count ./app/"
go test -run '^$' -bench 'VectorBasemap' -cpu 2 -benchmem -count "$count" ./app/ | grep -E '^Benchmark'
# ---- end of vector tile basemap ------------------------------------------------

echo
go run ./cmd/benchtable -cpu1 "$out/go-cpu1.txt" "$out/go.txt" "$out/node.txt"
exit "$tiles_ok"
