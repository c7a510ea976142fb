// Package e2e drives the real ningbomap binary in a real X server. The tests run when
// NINGBOMAP_E2E=1 and DISPLAY are set (make e2e does both, under Xvfb); otherwise they skip.
package e2e

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// app is a running ningbomap process and its window.
type app struct {
	t       *testing.T
	cmd     *exec.Cmd
	started time.Time
	stderr  *syncBuffer
	lines   chan traceLine // lines the app printed on standard output
	win     string
	rect    image.Rectangle // window rectangle on the screen
}

// traceLine is a line of the app's standard output and when it arrived.
type traceLine struct {
	at   time.Duration // since the process was started
	text string
}

// syncBuffer is a bytes.Buffer safe to read while the process writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func requireX(t *testing.T) {
	t.Helper()
	if os.Getenv("NINGBOMAP_E2E") != "1" {
		t.Skip("end-to-end tests are off: run `make e2e` (sets NINGBOMAP_E2E=1 under Xvfb)")
	}
	if os.Getenv("DISPLAY") == "" {
		t.Fatal("NINGBOMAP_E2E=1 but there is no X server: DISPLAY is not set (run `make e2e`)")
	}
	for _, tool := range []string{"xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed for the end-to-end test: %v", tool, err)
		}
	}
}

// binary returns the ningbomap binary to test: $NINGBOMAP_BIN, or a fresh build.
func binary(t *testing.T) string {
	t.Helper()
	if b := os.Getenv("NINGBOMAP_BIN"); b != "" {
		return b
	}
	out := filepath.Join(t.TempDir(), "ningbomap")
	cmd := exec.Command("go", "build", "-o", out, "..")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, msg)
	}
	return out
}

// ownHome is the environment with a home folder of the test's own: HOME, and the XDG
// data, state, configuration and cache folders in their places under it, so that the
// program neither reads nor writes the caller's (set or not, the caller's XDG variables
// are replaced).
func ownHome(t *testing.T) []string {
	home := t.TempDir()
	return append(os.Environ(), "HOME="+home,
		"XDG_DATA_HOME="+filepath.Join(home, ".local", "share"),
		"XDG_STATE_HOME="+filepath.Join(home, ".local", "state"),
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"XDG_CACHE_HOME="+filepath.Join(home, ".cache"))
}

// start runs the binary with args in a home folder of its own (ownHome) and waits for
// its window to show the map.
func start(t *testing.T, env []string, args ...string) *app {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Env = append(ownHome(t), env...)
	a := &app{t: t, cmd: cmd, stderr: &syncBuffer{}, lines: make(chan traceLine, 1024)}
	cmd.Stderr = a.stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start: %v", err)
	}
	a.started = time.Now()
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			select {
			case a.lines <- traceLine{time.Since(a.started), sc.Text()}:
			default:
			}
		}
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_, _ = cmd.Process.Wait()
		if t.Failed() {
			t.Logf("app output:\n%s", a.stderr.String())
		}
	})
	a.win = a.waitWindow("Ningbo", 60*time.Second)
	return a
}

// waitWindow waits for a visible window whose name contains name.
func (a *app) waitWindow(name string, timeout time.Duration) string {
	a.t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		out, err := exec.Command("xdotool", "search", "--onlyvisible", "--name", name).Output()
		if err == nil {
			if ids := strings.Fields(string(out)); len(ids) > 0 {
				a.rect = a.geometry(ids[0])
				if a.rect.Dx() > 100 {
					return ids[0]
				}
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	a.t.Fatalf("no window named %q within %v", name, timeout)
	return ""
}

// geometry reads a window's rectangle on the screen.
func (a *app) geometry(win string) image.Rectangle {
	out, err := exec.Command("xdotool", "getwindowgeometry", "--shell", win).Output()
	if err != nil {
		return image.Rectangle{}
	}
	v := map[string]int{}
	for _, line := range strings.Split(string(out), "\n") {
		k, val, ok := strings.Cut(line, "=")
		if ok {
			n, _ := strconv.Atoi(strings.TrimSpace(val))
			v[k] = n
		}
	}
	return image.Rect(v["X"], v["Y"], v["X"]+v["WIDTH"], v["Y"]+v["HEIGHT"])
}

// name returns the window's title.
func (a *app) name() string {
	out, err := exec.Command("xdotool", "getwindowname", a.win).Output()
	if err != nil {
		a.t.Fatalf("getwindowname: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// screenshot captures the whole X screen.
func screenshot(t *testing.T) image.Image {
	t.Helper()
	out, err := exec.Command("import", "-window", "root", "png:-").Output()
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	return img
}

// save writes img to the test's artifact folder ($NINGBOMAP_E2E_SHOTS) when set.
func save(t *testing.T, name string, img image.Image) {
	dir := os.Getenv("NINGBOMAP_E2E_SHOTS")
	if dir == "" {
		return
	}
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Logf("save %s: %v", name, err)
		return
	}
	defer f.Close()
	_ = png.Encode(f, img)
}

// xdo runs xdotool with args.
func xdo(t *testing.T, args ...string) {
	t.Helper()
	if out, err := exec.Command("xdotool", args...).CombinedOutput(); err != nil {
		t.Fatalf("xdotool %v: %v\n%s", args, err, out)
	}
}

func itoa(v int) string { return fmt.Sprint(v) }

func strconvFormat(v float64) string { return strconv.FormatFloat(v, 'f', 6, 64) }

// sscanHex reads "#RRGGBB".
func sscanHex(s string, c *color.NRGBA) (int, error) {
	c.A = 0xFF
	return fmt.Sscanf(s, "#%02x%02x%02x", &c.R, &c.G, &c.B)
}

// waitLine waits for an output line starting with prefix.
func (a *app) waitLine(prefix string, timeout time.Duration) traceLine {
	a.t.Helper()
	deadline := time.After(timeout)
	for {
		select {
		case l := <-a.lines:
			if strings.HasPrefix(l.text, prefix) {
				return l
			}
		case <-deadline:
			a.t.Fatalf("no output line %q within %v", prefix, timeout)
			return traceLine{}
		}
	}
}

// rssMB reads the process's resident memory from /proc.
func (a *app) rssMB() float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", a.cmd.Process.Pid))
	if err != nil {
		a.t.Fatalf("read status: %v", err)
	}
	mb, err := parseVmRSS(string(b))
	if err != nil {
		a.t.Fatal(err)
	}
	return mb
}
