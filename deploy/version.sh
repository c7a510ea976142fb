#!/bin/sh
# version.sh prints, as shell assignments, what a release build is stamped with:
# VERSION (FyneApp.toml's), COMMIT (12 hex digits, "-dirty" when the work tree has
# changes to tracked files), BUILD_DATE (the commit's time, UTC, RFC 3339) and
# SOURCE_DATE_EPOCH (the same time in seconds, unless already set) and DEB_VERSION (the
# Debian package's: VERSION with "-" as "~", and Debian revision 1).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
version=$(sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml)
[ -n "$version" ] || { echo "version.sh: no Version in FyneApp.toml" >&2; exit 1; }
if git rev-parse --verify -q HEAD >/dev/null 2>&1; then
	commit=$(git rev-parse --short=12 HEAD)
	git diff --quiet HEAD -- 2>/dev/null || commit=$commit-dirty
	epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct HEAD)}
else
	commit=unknown
	epoch=${SOURCE_DATE_EPOCH:-0}
fi
date=$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ)
echo "VERSION=$version COMMIT=$commit BUILD_DATE=$date SOURCE_DATE_EPOCH=$epoch DEB_VERSION=$(echo "$version" | tr - '~')-1"
