//go:build unix

package hostile_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The real binary runs in a child process under an address-space limit and
// deadlines: what a command may take of any input, the bar.
const (
	realUse     = 1 << 30          // 1 GB of memory actually used
	cpuDeadline = 30               // seconds of processor time (RLIMIT_CPU)
	wallBase    = 30 * time.Second // of wall time, on a machine with a core free
	wallMax     = 180 * time.Second
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
	limitOnce sync.Once
	asLimit   int64 // bytes of address space: realUse and what the runtime reserves
)

// binary builds ningbomap once for the tests of this package, or returns
// $NINGBOMAP_BIN.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the real binary")
	}
	if runtime.GOOS != "linux" {
		t.Skip("address-space limits and /proc are Linux's")
	}
	buildOnce.Do(func() {
		if p := os.Getenv("NINGBOMAP_BIN"); p != "" { // another build, e.g. an older one to compare
			binPath = p
			return
		}
		dir, err := os.MkdirTemp("", "hostile-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "ningbomap")
		cmd := exec.Command("go", "build", "-o", binPath, "ningbomap")
		cmd.Dir = "../.."
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// result is how a run of the binary ended.
type result struct {
	code           int // exit status; -1 when killed
	stdout, stderr string
	wall, cpu      time.Duration
	peakRSS        int64 // bytes (VmHWM)
	peakVM         int64 // bytes of address space (VmPeak)
	killed         string
}

func (r result) String() string {
	return fmt.Sprintf("exit %d%s after %v (cpu %v), peak RSS %d MB, address space %d MB\nstderr: %.2000s",
		r.code, r.killed, r.wall.Round(time.Millisecond), r.cpu.Round(time.Millisecond), r.peakRSS>>20, r.peakVM>>20, r.stderr)
}

// wallDeadline is wallBase scaled by how loaded the machine is (the load
// average per core, at least 1), at most wallMax: a command that blocks is
// caught either way, and a busy machine does not fail a command that only
// waited for a core. Processor time has its own fixed limit.
func wallDeadline() time.Duration {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return wallBase
	}
	load, _ := strconv.ParseFloat(strings.Fields(string(b))[0], 64)
	f := max(1, load/float64(runtime.NumCPU()))
	return min(time.Duration(float64(wallBase)*f), wallMax)
}

// limit is the address space a command may take: realUse plus what Go's
// runtime, the C libraries and the mapped binary reserve beyond what they
// use, measured on a normal render (VmPeak − VmHWM).
func limit(t *testing.T) int64 {
	limitOnce.Do(func() {
		out := filepath.Join(t.TempDir(), "normal.png")
		r := runUnlimited(t, binary(t), "", "render", "--out", out)
		if r.code != 0 {
			t.Fatalf("a normal render fails: %v", r)
		}
		asLimit = r.peakVM - r.peakRSS + realUse
		t.Logf("normal render: %v; address-space limit %d MB", r, asLimit>>20)
	})
	return asLimit
}

// run runs the binary with args in dir ("" for the test's folder) under the
// limits and returns how it ended.
func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return runWith(t, binary(t), dir, limit(t), args...)
}

func runUnlimited(t *testing.T, bin, dir string, args ...string) result {
	return runWith(t, bin, dir, 0, args...)
}

// runWith runs bin; as > 0 limits its address space to as bytes. The limits
// are set by the shell (ulimit) that then becomes the binary (exec).
func runWith(t *testing.T, bin, dir string, as int64, args ...string) result {
	t.Helper()
	script := fmt.Sprintf("ulimit -t %d; ", cpuDeadline)
	if as > 0 {
		script += fmt.Sprintf("ulimit -v %d; ", as>>10)
	}
	script += `exec "$0" "$@"`
	deadline := wallDeadline()
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", append([]string{"-c", script, bin}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "DISPLAY=", "WAYLAND_DISPLAY=")
	if dir != "" { // the user's own configuration, exhibition and counts stay out of it
		cmd.Env = append(cmd.Env, "HOME="+dir, "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_STATE_HOME="+dir, "XDG_CACHE_HOME="+dir)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var peakRSS, peakVM int64
	done := make(chan struct{})
	go func() { // /proc/PID/status while it runs
		defer close(done)
		for ctx.Err() == nil {
			rss, vm, ok := procPeaks(cmd.Process.Pid)
			if !ok {
				return
			}
			peakRSS, peakVM = max(peakRSS, rss), max(peakVM, vm)
			time.Sleep(20 * time.Millisecond)
		}
	}()
	err := cmd.Wait()
	<-done
	r := result{stdout: stdout.String(), stderr: stderr.String(), wall: time.Since(start), peakRSS: peakRSS, peakVM: peakVM}
	if st, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.cpu = time.Duration(st.Utime.Nano() + st.Stime.Nano())
		r.peakRSS = max(r.peakRSS, st.Maxrss<<10)
	}
	r.code = cmd.ProcessState.ExitCode()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		r.killed = " (killed by " + ws.Signal().String() + ")"
	}
	if ctx.Err() != nil {
		r.killed = fmt.Sprintf(" (still running after %v)", deadline)
	}
	_ = err
	return r
}

// procPeaks reads VmHWM and VmPeak of a process; ok is false once it is
// gone.
func procPeaks(pid int) (rss, vm int64, ok bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		v, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmHWM:":
			rss = v << 10
		case "VmPeak:":
			vm = v << 10
		case "State:":
			if f[1] == "Z" {
				return rss, vm, false
			}
		}
	}
	return rss, vm, true
}
