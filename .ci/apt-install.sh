#!/bin/sh
# apt-install.sh PKG... installs the Debian/Ubuntu packages that are not installed yet.
set -eu
missing=""
for p in "$@"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
	echo "missing packages:$missing (no apt-get here: install them with your package manager)" >&2
	exit 1
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
echo "installing:$missing"
# Wait (up to ten minutes) for another apt or dpkg run to finish instead of failing.
lock="-o DPkg::Lock::Timeout=600"
$SUDO apt-get $lock update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get $lock install -y -qq --no-install-recommends $missing
