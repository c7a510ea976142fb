#!/usr/bin/env bash
# e2e/soak.sh — `make soak`: runs the kiosk in a virtual X server (xvfb-run -a) for
# SOAK_MINUTES (30) minutes. Each minute starts with SOAK_BUSY (30) seconds of random
# input, a tap, a drag or a key every 2 to 5 s, then stays idle so that the idle reset
# fires and the attract loop plays until the next minute's first touch. It samples the
# resident memory every minute and reads the app's trace lines (NINGBOMAP_TRACE=1).
#
# It fails when the app exits early, when resident memory grows by SOAK_MAX_GROWTH_MB (10)
# MB or more between the end of the SOAK_WARMUP (5) minute warm-up and the end, when no
# frames were drawn, or when a panic was recovered. The frame and panic counts come from
# the app's periodic trace line, cumulative since start:
#
#	trace: frames=N panics=N
#
# usage: e2e/soak.sh [BINARY]        (default ./ningbomap)
set -euo pipefail

bin=$(realpath "${1:-./ningbomap}")
minutes=${SOAK_MINUTES:-30}
busy=${SOAK_BUSY:-30}
warmup=${SOAK_WARMUP:-5}
max_growth=${SOAK_MAX_GROWTH_MB:-10}

if [ -z "${SOAK_INNER:-}" ]; then
	for tool in xvfb-run xdotool; do
		command -v "$tool" >/dev/null || { echo "soak: $tool is needed (make test-deps installs it)"; exit 2; }
	done
	[ -x "$bin" ] || { echo "soak: no binary $bin (make build)"; exit 2; }
	export SOAK_INNER=1 LIBGL_ALWAYS_SOFTWARE=1
	exec xvfb-run -a -s "-screen 0 1920x1080x24 +extension GLX" "$0" "$bin"
fi

work=$(mktemp -d)
app_pid=
cleanup() {
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
		kill "$app_pid" 2>/dev/null || true
		sleep 1
		kill -9 "$app_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

# A kiosk configuration of its own: a throwaway PIN, a short idle limit so the attract loop
# plays within each minute, and folders under $work.
hash_line=$(printf '246810\n246810\n' | "$bin" kiosk-pin | grep '^pin_hash')
cat >"$work/kiosk.toml" <<TOML
kiosk = true
idle_seconds = 15
countdown_seconds = 5
$hash_line
TOML
chmod 600 "$work/kiosk.toml"
export HOME="$work/home" XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
mkdir -p "$HOME"

NINGBOMAP_TRACE=1 LANG=zh_CN.UTF-8 "$bin" --config "$work/kiosk.toml" --usage-dir "$work/usage" \
	>"$work/out.log" 2>"$work/err.log" &
app_pid=$!

rss_mb() {
	awk '/^VmRSS:/ { if ($3 != "kB" || $2 !~ /^[0-9]+$/) exit 1; printf "%.1f\n", $2 / 1024; found = 1 }
	     END { if (!found) exit 1 }' "/proc/$app_pid/status"
}
alive() {
	if ! kill -0 "$app_pid" 2>/dev/null; then
		echo "soak: FAIL: the app exited during minute $1"
		echo "--- stderr (last lines):"; tail -n 20 "$work/err.log"
		exit 1
	fi
}

# Random input: a tap, a drag or a key, anywhere on the 1920×1080 screen. Staff exit needs
# a 5 s hold or Ctrl+Alt+Shift+Q, which this never sends.
keys=(Next Prior Home Escape space plus minus Left Right Up Down t a n g)
act() {
	local x=$((100 + RANDOM % 1720)) y=$((100 + RANDOM % 880))
	case $((RANDOM % 3)) in
	0) xdotool mousemove "$x" "$y" click 1 ;;
	1)
		xdotool mousemove "$x" "$y" mousedown 1
		for _ in 1 2 3 4 5; do
			x=$((x + RANDOM % 81 - 40)) y=$((y + RANDOM % 81 - 40))
			xdotool mousemove "$x" "$y"
			sleep 0.03
		done
		xdotool mouseup 1
		;;
	2) xdotool key "${keys[RANDOM % ${#keys[@]}]}" ;;
	esac
}

sleep 5
alive 0
start_rss=$(rss_mb)
echo "soak: $minutes minutes; resident memory at start ${start_rss} MB"
declare -a rss
actions=0
for ((m = 1; m <= minutes; m++)); do
	t0=$SECONDS
	while ((SECONDS - t0 < busy)); do
		act || true
		actions=$((actions + 1))
		sleep $((2 + RANDOM % 4))
	done
	# Idle for the rest of the minute: countdown, reset, attract loop.
	sleep $((60 - (SECONDS - t0) > 0 ? 60 - (SECONDS - t0) : 0))
	alive "$m"
	rss[m]=$(rss_mb) || { echo "soak: FAIL: cannot read VmRSS"; exit 1; }
	line=$(grep -a '^trace: frames=' "$work/out.log" | tail -n 1 || true)
	echo "minute $m: rss ${rss[m]} MB; ${line:-no frames trace line yet}"
done

fail=0
echo "cards opened (trace: card lines): $(grep -ac '^trace: card ' "$work/out.log" || true)"
last=${rss[minutes]}
if ((minutes > warmup)); then
	base=${rss[warmup]}
	growth=$(awk -v a="$base" -v b="$last" 'BEGIN { printf "%.1f", b - a }')
	verdict=$(awk -v g="$growth" -v max="$max_growth" 'BEGIN { print (g < max) ? "ok" : "FAIL" }')
	echo "resident memory: ${base} MB after the ${warmup}-minute warm-up, ${last} MB at the end: ${growth} MB growth (bar < ${max_growth} MB): $verdict"
	[ "$verdict" = ok ] || fail=1
else
	echo "resident memory: ${last} MB at the end (the run is too short to judge growth after a ${warmup}-minute warm-up)"
fi
line=$(grep -a '^trace: frames=' "$work/out.log" | tail -n 1 || true)
if [[ $line =~ ^trace:\ frames=([0-9]+)\ panics=([0-9]+)$ ]]; then
	frames=${BASH_REMATCH[1]} panics=${BASH_REMATCH[2]}
	echo "frames drawn: $frames; panics recovered: $panics (bar 0); input actions: $actions"
	((frames > 0)) || { echo "soak: FAIL: no frames drawn"; fail=1; }
	((panics == 0)) || { echo "soak: FAIL: $panics panics recovered"; fail=1; }
else
	echo "soak: FAIL: no 'trace: frames=N panics=N' line from the app (NINGBOMAP_TRACE=1)"
	fail=1
fi
if grep -aq -i 'panic' "$work/err.log"; then
	echo "soak: FAIL: the app's standard error mentions a panic:"
	grep -a -i -m 5 'panic' "$work/err.log"
	fail=1
fi
exit $fail
