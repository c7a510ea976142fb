#!/bin/sh
# memory.sh measures ningbomap's memory and start-up against a bare Fyne window (cmd/bare)
# of the same size, both started in the same X server (one xvfb-run, Mesa's software
# OpenGL), and prints the bars of issue 23 side by side:
#
#   heap         Go heap in use after every card has been opened           <= 30 MB
#   resident     ningbomap's resident size minus the one-label window's    <= +15 MB
#                (both at rest: the app 4 s after the walk through the cards ends, the
#                window 3 s after it opened)
#   first frame  process start to the first map frame, median of RUNS, over the same
#                for the one-label window (its first paint), runs taking turns  <= 1.5
#
# The one-label window is the bare window showing one label "宁波 Ningbo" in Fyne's default
# theme: what any text costs a Fyne app on the same X server. The empty window is shown too.
# Fyne's default theme has no Chinese: it draws 宁波 with the system's Chinese font, as on
# any Chinese desktop (and on the machine the bars were set on: one label then was 163 MB).
# So both programs run with Debian's standard one, Noto Sans CJK (fonts-noto-cjk): taken
# from /usr/share/fonts when installed, else fetched once with `apt-get download` into
# ~/.cache/ningbomap/fonts-noto-cjk and shown to both programs through XDG_DATA_HOME, the
# host left as it is. SYSTEM_CJK=0 measures without it: the label then draws two boxes,
# and the reference is a window that shows no Chinese.
#
# The app is driven with xdotool (Page Down walks the tour order until it wraps to the
# overview) and reports through NINGBOMAP_TRACE=1; an interrupt closes its window, and as
# it closes it prints its final heap figures and, with PPROF=FILE, writes a heap profile
# there (go tool pprof -top -inuse_space FILE).
#
# Environment: SIZE (window, default 1280x800), RUNS (first-frame runs, default 5),
# STRICT=1 (exit 1 when a bar is missed; by default it only reports), PPROF=FILE, SYSTEM_CJK=0,
# GO (default go), GOFLAGS (build tags, e.g. -tags=no_emoji). Needs xvfb-run and xdotool.
set -eu

if [ -z "${MEMORY_IN_X:-}" ]; then
	for tool in xvfb-run xdotool; do
		command -v $tool >/dev/null || { echo "memory.sh: $tool is missing (make test-deps)" >&2; exit 2; }
	done
	MEMORY_IN_X=1 LIBGL_ALWAYS_SOFTWARE=1 exec xvfb-run -a -s "-screen 0 1920x1080x24 +extension GLX" "$0" "$@"
fi

root=$(cd "$(dirname "$0")/.." && pwd)
GO=${GO:-go}
SIZE=${SIZE:-1280x800}
RUNS=${RUNS:-5}
work=$(mktemp -d)
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT INT TERM
echo "memory.sh: building ningbomap and the bare window (GOFLAGS=${GOFLAGS:-})"
(cd "$root" && nice $GO build -o "$work/ningbomap" . && nice $GO build -o "$work/bare" ./cmd/bare)

# cjk_font prints the path of Noto Sans CJK Regular (fonts-noto-cjk), fetching it once when
# the system has none; nothing when it cannot.
cjk_font() {
	f=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
	[ -f "$f" ] && { echo "$f"; return 0; }
	cache="${XDG_CACHE_HOME:-$HOME/.cache}/ningbomap/fonts-noto-cjk"
	if [ ! -f "$cache/NotoSansCJK-Regular.ttc" ] && command -v apt-get >/dev/null; then
		echo "memory.sh: fetching fonts-noto-cjk (57 MB, once) into $cache" >&2
		fetch="$work/fetch"
		mkdir -p "$fetch" "$cache"
		(cd "$fetch" && apt-get download fonts-noto-cjk >/dev/null 2>&1 && dpkg -x fonts-noto-cjk_*.deb x) &&
			for w in Regular Bold; do
				cp "$fetch/x/usr/share/fonts/opentype/noto/NotoSansCJK-$w.ttc" "$cache/.NotoSansCJK-$w.ttc" &&
					mv "$cache/.NotoSansCJK-$w.ttc" "$cache/NotoSansCJK-$w.ttc"
			done
		rm -rf "$fetch"
	fi
	[ -f "$cache/NotoSansCJK-Regular.ttc" ] && echo "$cache/NotoSansCJK-Regular.ttc"
	return 0
}
cjk=
[ "${SYSTEM_CJK:-1}" = 0 ] || cjk=$(cjk_font)

# One fresh home for both programs and all runs (after the build, which needs the user's
# Go caches): no settings or font cache of the user's. The Chinese font is found in its
# data folder (Fyne's font look-up reads XDG_DATA_HOME/fonts beside /usr/share/fonts).
export HOME="$work/home"
export XDG_DATA_HOME="$HOME/.local/share"
mkdir -p "$XDG_DATA_HOME/fonts"
case "$cjk" in
"") echo "memory.sh: no system Chinese font: the one-label window draws 宁波 as two boxes" >&2 ;;
/usr/share/fonts/*) ;;
*) ln -s "$(dirname "$cjk")"/NotoSansCJK-*.ttc "$XDG_DATA_HOME/fonts/" ;;
esac

# rss PID prints "VmRSS RssAnon RssFile" in MB.
rss() {
	awk '/^(VmRSS|RssAnon|RssFile):/ { v[$1] = $2 / 1024 }
	     END { printf "%.1f %.1f %.1f\n", v["VmRSS:"], v["RssAnon:"], v["RssFile:"] }' "/proc/$1/status"
}

# wait_lines FILE PATTERN N SECONDS waits until FILE, the output of process $pid, holds
# N lines matching PATTERN; it fails after SECONDS.
wait_lines() {
	end=$(($(date +%s) + $4))
	while [ "$(grep -c "$2" "$1" || true)" -lt "$3" ]; do
		[ "$(date +%s)" -lt "$end" ] || return 1
		kill -0 "$pid" 2>/dev/null || { echo "memory.sh: the app ended:" >&2; cat "$work/err" >&2; exit 2; }
		sleep 0.05
	done
}

# first_ms FILE PATTERN prints the milliseconds of FILE's first-frame line PATTERN
# ("trace: first-frame 812ms").
first_ms() {
	grep "$2" "$1" | awk '{sub(/ms$/, "", $3); print $3}'
}

# window PID waits for the visible window of PID and prints its id.
window() {
	for _ in $(seq 600); do
		w=$(xdotool search --onlyvisible --pid "$1" 2>/dev/null | head -n 1 || true)
		[ -n "$w" ] && { echo "$w"; return 0; }
		sleep 0.1
	done
	echo "memory.sh: no window for process $1" >&2
	return 1
}

# start_app starts ningbomap, tracing, and waits for its first frame.
start_app() {
	: >"$work/out"
	LANG=zh_CN.UTF-8 NINGBOMAP_TRACE=1 NINGBOMAP_PPROF=${PPROF:-} "$work/ningbomap" --size "$SIZE" --usage-dir - \
		>"$work/out" 2>"$work/err" &
	pid=$!
	wait_lines "$work/out" '^trace: first-frame' 1 60 || { echo "memory.sh: no first frame in 60 s" >&2; cat "$work/err" >&2; exit 2; }
}

stop() {
	kill "$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
	pid=
}

# bare_window [ARG...] starts the bare window with ARGs, lets it settle for 3 s and prints
# "VmRSS RssAnon RssFile GoSys HeapInuse" in MB.
bare_window() {
	"$work/bare" --size "$SIZE" "$@" >"$work/bare.out" 2>"$work/err" &
	pid=$!
	window "$pid" >/dev/null
	sleep 3
	r=$(rss "$pid")
	kill -INT "$pid"
	wait "$pid" 2>/dev/null || true
	pid=
	set -- $(grep '^bare: go' "$work/bare.out" || echo "- - - - - -")
	echo "$r $4 $6"
}

# 1. The bare window, settled; and, for comparison, not a bar, the same window showing one
# label "宁波 Ningbo" in Fyne's default theme: what any text costs a Fyne app here.
set -- $(bare_window)
bare_rss=$1 bare_anon=$2 bare_file=$3 bare_gosys=$4 bare_heap=$5
set -- $(bare_window --label "宁波 Ningbo")
label_rss=$1 label_anon=$2 label_file=$3 label_gosys=$4 label_heap=$5

# 2. ningbomap: every card in tour order, then its resident size and final heap.
start_app
win=$(window "$pid")
sleep 1
cards=0
seen=" "
while [ "$cards" -lt 100 ]; do
	n=$(grep -c '^trace: card ' "$work/out" || true)
	xdotool key --window "$win" Next
	wait_lines "$work/out" '^trace: card ' $((n + 1)) 5 || break # the tour wrapped to the overview
	id=$(grep '^trace: card ' "$work/out" | tail -n 1 | awk '{print $3}')
	case "$seen" in *" $id "*) break ;; esac
	seen="$seen$id "
	cards=$((cards + 1))
	sleep 0.4
done
# At rest: the app gives back the garbage of a burst of use once the map has been still
# for 3 s (app/memory.go), as a kiosk does between visitors.
sleep 4
set -- $(rss "$pid")
app_rss=$1 app_anon=$2 app_file=$3
kill -INT "$pid"
wait_lines "$work/out" '^trace: final memory' 1 20 || { echo "memory.sh: no final memory report" >&2; exit 2; }
wait "$pid" 2>/dev/null || true
pid=
set -- $(grep '^trace: final memory' "$work/out" | tail -n 1)
heap=$5 gosys=$7 live=$9 idle=${11} stacks=${13} gorun=${15}
first1=$(first_ms "$work/out" '^trace: first-frame')

# label_first prints the one-label window's first paint in ms after the process started.
label_first() {
	: >"$work/bare.out"
	"$work/bare" --size "$SIZE" --label "宁波 Ningbo" >"$work/bare.out" 2>"$work/err" &
	pid=$!
	wait_lines "$work/bare.out" '^bare: first-frame' 1 60 ||
		{ echo "memory.sh: the one-label window drew nothing in 60 s" >&2; exit 2; }
	stop "$pid"
	first_ms "$work/bare.out" '^bare: first-frame'
}

# 3. First frames: the run above and RUNS-1 more, each followed by the one-label window's.
firsts=$first1
labels=$(label_first)
i=1
while [ "$i" -lt "$RUNS" ]; do
	start_app
	firsts="$firsts $(first_ms "$work/out" '^trace: first-frame')"
	stop "$pid"
	labels="$labels $(label_first)"
	i=$((i + 1))
done
median() { echo "$1" | tr ' ' '\n' | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
app_first=$(median "$firsts")
label_first=$(median "$labels")
ratio=$(awk -v a="$app_first" -v b="$label_first" 'BEGIN { printf "%.2f", a / b }')

verdict() { awk -v v="$1" -v max="$2" 'BEGIN { print (v <= max) ? "PASS" : "FAIL" }'; }
diff=$(awk -v a="$app_rss" -v b="$bare_rss" 'BEGIN { printf "%+.1f", a - b }')
over=$(awk -v a="$app_rss" -v b="$label_rss" 'BEGIN { printf "%+.1f", a - b }')
h=$(verdict "$heap" 30)
r=$(verdict "$over" 15)
f=$(verdict "$ratio" 1.5)

echo
echo "window $SIZE, $cards cards opened, $(date -u '+%Y-%m-%d %H:%M UTC')"
printf '%-34s %12s %12s %12s %12s\n' "" "bare window" "ningbomap" "difference" "one label"
printf '%-34s %12s %12s %12s %12s\n' "resident size at rest, MB" "$bare_rss" "$app_rss" "$diff" "$label_rss"
printf '%-34s %12s %12s %12s %12s\n' "  anonymous, MB" "$bare_anon" "$app_anon" "" "$label_anon"
printf '%-34s %12s %12s %12s %12s\n' "  file-backed (code, libs), MB" "$bare_file" "$app_file" "" "$label_file"
printf '%-34s %12s %12s %12s %12s\n' "Go heap in use, MB" "$bare_heap" "$heap" "" "$label_heap"
printf '%-34s %12s %12s\n' "  live after a collection, MB" "" "$live"
printf '%-34s %12s %12s %12s %12s\n' "Go runtime total, MB" "$bare_gosys" "$gosys" "" "$label_gosys"
printf '%-34s %12s %12s\n' "  free heap not yet returned, MB" "" "$idle"
printf '%-34s %12s %12s\n' "  stacks, MB" "" "$stacks"
printf '%-34s %12s %12s\n' "  collector and allocator, MB" "" "$gorun"
echo "first frames, ms: ningbomap $firsts; one-label window $labels"
echo "system Chinese font: ${cjk:-none (SYSTEM_CJK=0 or none to be had): the label shows no Chinese}"
echo "resident size above the empty window: $diff MB"
echo
echo "$h  heap in use after every card: $heap MB (bar 30 MB)"
echo "$r  resident size above the one-label window: $over MB (bar +15 MB)"
echo "$f  first frame after process start, medians of $RUNS: $app_first ms, one-label window $label_first ms: ${ratio}x (bar 1.5x)"
[ -n "${PPROF:-}" ] && echo "heap profile: $PPROF (go tool pprof -top -inuse_space $PPROF)"

case "$h$r$f" in
*FAIL*) [ "${STRICT:-}" = 1 ] && exit 1 ;;
esac
exit 0
