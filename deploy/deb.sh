#!/bin/sh
# deb.sh BIN builds the Debian package of the map from the Linux release binary BIN
# (deploy/build.sh linux): OUT/ningbomap_VERSION_amd64.deb (OUT default dist/) with
#
#   /usr/bin/ningbomap                                     the map
#   /usr/share/applications/ID.desktop, icons/hicolor/512x512/apps/ID.png
#   /usr/lib/systemd/user/ningbomap-kiosk.service          the kiosk's user unit (not enabled)
#   /usr/share/doc/ningbomap/                              deploy guide, unit, autostart entry,
#                                                          copyright, changelog.Debian.gz
#   /usr/share/man/man1/ningbomap.1.gz
#
# Depends are found by dpkg-shlibdeps from the libraries the binary links. Built with
# dpkg-deb, every file dated at the commit (SOURCE_DATE_EPOCH): one commit, one package.
set -eu

bin=${1:?usage: deb.sh BIN}
root=$(cd "$(dirname "$0")/.." && pwd)
case "$bin" in /*) ;; *) bin=$(pwd)/$bin ;; esac
cd "$root"
OUT=${OUT:-$root/dist}
appid=cn.ningbo.partybuilding.storymap
[ -n "${COMMIT:-}" ] || eval "$(deploy/version.sh)"
export SOURCE_DATE_EPOCH
debversion=$DEB_VERSION

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT INT TERM
r=$stage/root
doc=$r/usr/share/doc/ningbomap
install -Dm755 "$bin" "$r/usr/bin/ningbomap"
install -Dm644 deploy/ningbomap.desktop "$r/usr/share/applications/$appid.desktop"
install -Dm644 resources/icons/icon.png "$r/usr/share/icons/hicolor/512x512/apps/$appid.png"
# The packaged unit and autostart entry run /usr/bin/ningbomap.
sed 's|%h/\.local/bin/ningbomap|/usr/bin/ningbomap|; s|with the binary in ~/.local/bin (see README.md here)|from the Debian package|; s|^#   install -Dm644 ningbomap-kiosk.service.*|#   (installed in /usr/lib/systemd/user by the package)|' \
	deploy/ningbomap-kiosk.service >"$stage/unit"
install -Dm644 "$stage/unit" "$r/usr/lib/systemd/user/ningbomap-kiosk.service"
install -Dm644 "$stage/unit" "$doc/examples/ningbomap-kiosk.service"
sed 's|sh -c "exec ~/.local/bin/ningbomap --kiosk"|ningbomap --kiosk|' deploy/ningbomap-kiosk.desktop >"$stage/autostart"
install -Dm644 "$stage/autostart" "$doc/examples/ningbomap-kiosk.desktop"
install -Dm644 deploy/README.md "$doc/README.kiosk.md"
install -Dm644 deploy/debian/copyright "$doc/copyright"
date822=$(date -u -R -d "@$SOURCE_DATE_EPOCH")
cat >"$stage/changelog" <<CHANGES
ningbomap ($debversion) unstable; urgency=medium

  * Release $VERSION, commit $COMMIT.

 -- Ningbo story map maintainers <maintainers@ningbomap.invalid>  $date822
CHANGES
gzip -9n <"$stage/changelog" >"$doc/changelog.Debian.gz"
mkdir -p "$r/usr/share/man/man1"
sed "s/@VERSION@/$VERSION/; s/@DATE@/$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)/" deploy/debian/ningbomap.1 |
	gzip -9n >"$r/usr/share/man/man1/ningbomap.1.gz"
chmod 644 "$doc/changelog.Debian.gz" "$r/usr/share/man/man1/ningbomap.1.gz"

# Depends: the packages of the shared libraries the binary needs.
mkdir -p "$stage/src/debian"
printf 'Source: ningbomap\n\nPackage: ningbomap\nArchitecture: amd64\n' >"$stage/src/debian/control"
depends=$(cd "$stage/src" && dpkg-shlibdeps -O "$r/usr/bin/ningbomap" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "deb.sh: dpkg-shlibdeps found no dependencies" >&2; exit 1; }

mkdir -p "$r/DEBIAN"
size=$(du -sk --exclude=DEBIAN "$r" | cut -f1)
sed -e "s/@VERSION@/$debversion/" -e "s/@DEPENDS@/$depends/" -e "s/@SIZE@/$size/" \
	deploy/debian/control >"$r/DEBIAN/control"
(cd "$r" && find usr -type f | LC_ALL=C sort | xargs md5sum) >"$r/DEBIAN/md5sums"
chmod 644 "$r/DEBIAN/control" "$r/DEBIAN/md5sums"
find "$r" -type d -exec chmod 755 {} +
find "$r" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

mkdir -p "$OUT"
deb=$OUT/ningbomap_${debversion}_amd64.deb
dpkg-deb --root-owner-group -Zxz --build "$r" "$deb" >/dev/null
echo "deb.sh: wrote $deb ($(du -h "$deb" | cut -f1)); Depends: $depends"
