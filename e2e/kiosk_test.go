package e2e

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ningbomap/kiosk"
)

// TestE2EKiosk starts the real binary with --kiosk and a test configuration: the window
// covers the whole screen; Alt+F4, Ctrl+Q and Ctrl+W leave it running; left alone it
// plays the attract tour (screenshots a few seconds apart differ); Ctrl+Alt+Shift+Q and
// the PIN end it with status 0.
func TestE2EKiosk(t *testing.T) {
	requireX(t)
	cfg := kioskConfig(t, "idle_seconds = 10\ncountdown_seconds = 4\ndwell_base_seconds = 2\ndwell_max_seconds = 3\nlang = \"zh\"\n")
	dir := filepath.Dir(cfg)
	// Without a PIN, kiosk mode refuses to start and says why.
	nopin := filepath.Join(dir, "nopin.toml")
	if err := os.WriteFile(nopin, []byte("kiosk = true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	refused := exec.Command(binary(t), "--config", nopin)
	refused.Env = ownHome(t)
	out, err := refused.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() == 0 || !strings.Contains(string(out), "kiosk-pin") {
		t.Errorf("kiosk without a PIN: err %v, output %q; want a refusal naming ningbomap kiosk-pin", err, out)
	}

	a := start(t, nil, "--config", cfg, "--usage-dir", filepath.Join(dir, "usage"))
	screen := screenshot(t).Bounds()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if a.rect = a.geometry(a.win); a.rect == screen {
			break
		}
	}
	if a.rect != screen {
		t.Errorf("kiosk window %v does not cover the screen %v", a.rect, screen)
	}
	for _, k := range []string{"alt+F4", "ctrl+q", "ctrl+w", "Escape"} {
		xdo(t, "key", "--window", a.win, k)
	}
	time.Sleep(500 * time.Millisecond)
	if a.cmd.ProcessState != nil || !alive(a) {
		t.Fatal("a shortcut ended the kiosk")
	}

	// Idle for 10 s: the countdown, then the attract loop moves the map by itself.
	time.Sleep(12 * time.Second)
	s1 := screenshot(t)
	time.Sleep(4 * time.Second)
	s2 := screenshot(t)
	save(t, "kiosk-attract-1.png", s1)
	save(t, "kiosk-attract-2.png", s2)
	if d := shiftError(s1, s2, screen, 0, 0); d < 0.5 {
		t.Errorf("left alone, the kiosk did not move: difference %.2f", d)
	}

	// A touch stops it: the screen settles.
	xdo(t, "mousemove", itoa(screen.Dx()/4), itoa(screen.Dy()*3/4))
	xdo(t, "click", "1")
	time.Sleep(3 * time.Second)
	s3 := screenshot(t)
	time.Sleep(4 * time.Second)
	s4 := screenshot(t)
	save(t, "kiosk-touched.png", s4)
	if d := shiftError(s3, s4, screen, 0, 0); d > 0.5 {
		t.Errorf("after a touch the kiosk kept moving: difference %.2f", d)
	}

	// The staff exit.
	xdo(t, "key", "--window", a.win, "ctrl+alt+shift+q")
	time.Sleep(500 * time.Millisecond)
	xdo(t, "type", "--delay", "80", "246810")
	xdo(t, "key", "--window", a.win, "Return")
	done := make(chan error, 1)
	go func() { done <- a.cmd.Wait() }()
	// The PIN check is slow on purpose; then the pad offers "edit" or "exit", and Enter
	// again exits. Enter while the check runs does nothing, so press it until the end.
	timeout := time.After(15 * time.Second)
	for exited := false; !exited; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("staff exit ended with %v, want status 0", err)
			}
			exited = true
		case <-timeout:
			save(t, "kiosk-exit-timeout.png", screenshot(t))
			t.Fatal("the right PIN and Enter did not end the kiosk")
		case <-time.After(time.Second):
			_ = exec.Command("xdotool", "key", "--window", a.win, "Return").Run()
		}
	}
}

// kioskConfig writes a kiosk configuration with body, kiosk mode on and the staff PIN
// 246810, into a folder of the test's own, and returns its path.
func kioskConfig(t *testing.T, body string) string {
	t.Helper()
	hash, err := kiosk.HashPIN("246810")
	if err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(t.TempDir(), "kiosk.toml")
	body = "kiosk = true\n" + body + "pin_hash = \"" + hash + "\"\n"
	if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// alive reports whether the app's process still runs.
func alive(a *app) bool {
	b, err := os.ReadFile(filepath.Join("/proc", itoa(a.cmd.Process.Pid), "stat"))
	return err == nil && !strings.Contains(string(b), ") Z ")
}
