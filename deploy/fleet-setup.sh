#!/bin/sh
# fleet-setup.sh pairs this machine's Syncthing with the other side of an exhibition
# fleet and shares the fleet folder's parts, through Syncthing's own command line
# (`syncthing cli`, which talks to the running Syncthing's REST API). Run it as the
# user whose Syncthing keeps the fleet folder, with that Syncthing running.
#
#   on a kiosk:      deploy/fleet-setup.sh kiosk OFFICE-DEVICE-ID [OFFICE-ADDRESS]
#   at the office:   deploy/fleet-setup.sh office KIOSK-ID KIOSK-DEVICE-ID [KIOSK-ADDRESS]
#
# A kiosk receives FLEET/publish (Receive Only) and sends FLEET/kiosks/KIOSK-ID (Send
# Only); the office the other way round. An ADDRESS is tcp://HOST:22000; without one
# Syncthing finds the other device on the LAN by local discovery. The kiosk prints its own
# device ID for the office's run.
#
# Environment:
#   FLEET     the fleet folder (default: ~/ningbomap-fleet); the same path as fleet = "…"
#             in the kiosk's configuration
#   KIOSK_ID  on a kiosk: its id, kiosk_id in its configuration (default: the host name)
#   STHOME    Syncthing's home folder, as syncthing --home (default: Syncthing's own)
#   LAN_ONLY  1 (default): global discovery, relays, NAT traversal and usage reporting
#             off, for a closed LAN; 0 leaves those options as they are
set -eu

usage() {
	sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

[ $# -ge 2 ] || usage
role=$1
shift
FLEET=${FLEET:-$HOME/ningbomap-fleet}
LAN_ONLY=${LAN_ONLY:-1}

st() {
	if [ -n "${STHOME:-}" ]; then
		syncthing cli --home "$STHOME" "$@"
	else
		syncthing cli "$@"
	fi
}

# kiosk_id is the host name as the map makes it a kiosk id: lower case, up to the first
# dot, other characters than a-z 0-9 - _ replaced by -.
kiosk_id() {
	hostname | tr 'A-Z' 'a-z' | cut -d. -f1 | sed 's/[^a-z0-9_-]/-/g; s/^-*//; s/-*$//'
}

# add_device ID NAME [ADDRESS] adds a device unless it is there.
add_device() {
	if st config devices list | grep -qx "$1"; then
		echo "device $2 ($1) is known already"
		return
	fi
	st config devices add-json "{\"deviceID\": \"$1\", \"name\": \"$2\", \"addresses\": [\"${3:-dynamic}\"]}"
	echo "added device $2 ($1)"
}

# share FOLDER-ID PATH TYPE DEVICE-ID makes the folder (unless it is there) and shares
# it with the device.
share() {
	mkdir -p "$2"
	if ! st config folders list | grep -qx "$1"; then
		st config folders add-json "{\"id\": \"$1\", \"label\": \"$1\", \"path\": \"$2\", \"type\": \"$3\"}"
		echo "added folder $1: $2 ($3)"
	fi
	if ! st config folders "$1" devices list | grep -qx "$4"; then
		st config folders "$1" devices add-json "{\"deviceID\": \"$4\"}"
		echo "shared $1 with $4"
	fi
	# The temporary files of the map's atomic writes (.NAME.tmp-123) never travel.
	[ -f "$2/.stignore" ] || printf '(?d).*.tmp-*\n' >"$2/.stignore"
}

case $role in
kiosk)
	office=$1
	address=${2:-}
	id=${KIOSK_ID:-$(kiosk_id)}
	[ -n "$id" ] || { echo "fleet-setup: no kiosk id: set KIOSK_ID" >&2; exit 2; }
	add_device "$office" office "$address"
	share ningbomap-publish "$FLEET/publish" receiveonly "$office"
	share "ningbomap-kiosk-$id" "$FLEET/kiosks/$id" sendonly "$office"
	;;
office)
	[ $# -ge 2 ] || usage
	id=$1
	kiosk=$2
	address=${3:-}
	add_device "$kiosk" "$id" "$address"
	share ningbomap-publish "$FLEET/publish" sendonly "$kiosk"
	share "ningbomap-kiosk-$id" "$FLEET/kiosks/$id" receiveonly "$kiosk"
	;;
*)
	usage
	;;
esac

if [ "$LAN_ONLY" = 1 ]; then
	st config options global-ann-enabled set false
	st config options relays-enabled set false
	st config options natenabled set false
	st config options uraccepted set -- -1
	echo "global discovery, relays, NAT traversal and usage reporting: off"
fi

me=$(st show system | sed -n 's/.*"myID": *"\([A-Z0-9-]*\)".*/\1/p')
echo "this device: $me"
if [ "$role" = kiosk ]; then
	echo "at the office, run: deploy/fleet-setup.sh office $id $me"
	echo "and in this kiosk's kiosk.toml: fleet = \"$FLEET\", kiosk_id = \"$id\", fleet_key = \"…\""
fi
