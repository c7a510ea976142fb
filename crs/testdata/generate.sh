#!/bin/sh
# generate.sh rewrites gcoord.csv, the crs package's expected values, with
# the npm package gcoord (an independent implementation of the same
# formulas). Needs npm, node and tar; run from anywhere.
set -eu

pkg=gcoord@1.0.7
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent "$pkg" >/dev/null && tar -xzf gcoord-*.tgz)
cp "$tmp/package/LICENSE" "$here/LICENSE-gcoord.txt"
node "$here/generate.cjs" "$tmp/package" >"$tmp/gcoord.csv"
mv "$tmp/gcoord.csv" "$here/gcoord.csv"
echo "wrote $here/gcoord.csv ($(($(wc -l <"$here/gcoord.csv") - 2)) positions)"
