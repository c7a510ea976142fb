// Package procstart tells how long ago the process started, as the kernel recorded it, so
// that loading the binary and its libraries counts: ningbomap's start-up trace and the
// bare Fyne window `make memory` compares it with measure the same way.
package procstart

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"time"
)

// initTime stands in for the process's start where /proc cannot tell it.
var initTime = time.Now()

// Since is the time since the process started: from /proc on Linux (10 ms steps),
// elsewhere since this package was initialised.
func Since() time.Duration {
	stat, err1 := os.ReadFile("/proc/self/stat")
	up, err2 := os.ReadFile("/proc/uptime")
	if err1 != nil || err2 != nil {
		return time.Since(initTime)
	}
	return since(stat, up, initTime)
}

// since reads the start from stat (/proc/self/stat) and the clock from up (/proc/uptime);
// from init when they cannot be read.
func since(stat, up []byte, init time.Time) time.Duration {
	// The command name (field 2) may hold spaces: count fields after its ")".
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return time.Since(init)
	}
	f := strings.Fields(string(stat[i+1:]))
	u := strings.Fields(string(up))
	if len(f) < 20 || len(u) < 1 {
		return time.Since(init)
	}
	ticks, err1 := strconv.ParseFloat(f[19], 64) // field 22, starttime, in clock ticks (100 Hz)
	now, err2 := strconv.ParseFloat(u[0], 64)
	if err1 != nil || err2 != nil {
		return time.Since(init)
	}
	return time.Duration((now - ticks/100) * float64(time.Second))
}
