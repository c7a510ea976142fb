#!/bin/sh
# generate.sh rewrites amap-gcj02.csv and baidu-bd09.csv from
# places-wgs84.csv with the npm package gcoord (README.md). Needs npm, node
# and tar; run from anywhere.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent gcoord@1.0.7 >/dev/null && tar -xzf gcoord-*.tgz)
node "$here/generate.cjs" "$tmp/package"
echo "wrote $here/amap-gcj02.csv and $here/baidu-bd09.csv"
