//go:build unix

// Package syncthingtest runs real Syncthing instances on 127.0.0.1 for
// tests: each with its own home made by the test, static loopback addresses,
// and global discovery, local discovery, relays, NAT traversal, usage and
// crash reporting off, so that nothing leaves the machine. Tests pair them
// and share folders through Syncthing's REST API.
//
//	office := syncthingtest.Start(t, "office")
//	kiosk := syncthingtest.Start(t, "kiosk")
//	syncthingtest.Pair(t, office, kiosk)
//	office.AddFolder(t, "publish", dir, syncthingtest.SendOnly, kiosk)
//
// A test that needs Syncthing calls Require (Start does), which skips the
// test with a clear message only where the syncthing binary is missing.
package syncthingtest

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Folder types.
const (
	SendOnly    = "sendonly"
	ReceiveOnly = "receiveonly"
	SendReceive = "sendreceive"
)

// StartTimeout bounds the wait for an instance's REST API.
const StartTimeout = 60 * time.Second

// Instance is a running Syncthing.
type Instance struct {
	Name   string
	Home   string
	ID     string // device ID
	Listen string // tcp://127.0.0.1:PORT
	GUI    string // 127.0.0.1:PORT, the REST API
	APIKey string

	cmd  *exec.Cmd
	log  *logBuffer
	done chan struct{}
}

// Require skips the test when the syncthing binary is not installed, and
// returns its path.
func Require(t testing.TB) string {
	t.Helper()
	bin, err := exec.LookPath("syncthing")
	if err != nil {
		t.Skip("syncthing is not installed, so the fleet's sync test cannot run: " +
			"`make test` installs it (Debian package syncthing), or apt-get install syncthing")
	}
	return bin
}

// Start makes a home in a temporary folder, generates the device's keys
// and configuration, makes the configuration silent (loopback addresses
// only; discovery, relays, NAT, reporting and upgrades off) before the first
// start, starts `syncthing serve` and waits for its REST API. The instance is
// stopped when the test ends.
func Start(t testing.TB, name string) *Instance {
	t.Helper()
	bin := Require(t)
	home := filepath.Join(t.TempDir(), "syncthing-"+name)
	out, err := exec.Command(bin, "generate", "--home="+home, "--no-default-folder").CombinedOutput()
	if err != nil {
		t.Fatalf("syncthing generate: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`Device ID: ([A-Z0-9-]+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("syncthing generate printed no device ID:\n%s", out)
	}
	in := &Instance{Name: name, Home: home, ID: string(m[1]), Listen: "tcp://127.0.0.1:" + freePort(t),
		GUI: "127.0.0.1:" + freePort(t), log: &logBuffer{}, done: make(chan struct{})}
	if in.APIKey, err = silence(filepath.Join(home, "config.xml"), in.Listen, in.GUI); err != nil {
		t.Fatal(err)
	}
	in.cmd = exec.Command(bin, "serve", "--home="+home, "--no-browser", "--no-restart", "--no-upgrade",
		"--gui-address="+in.GUI)
	in.cmd.Env = append(os.Environ(), "STNORESTART=1", "STNOUPGRADE=1", "HOME="+home)
	in.cmd.Stdout, in.cmd.Stderr = in.log, in.log
	in.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := in.cmd.Start(); err != nil {
		t.Fatalf("syncthing serve: %v", err)
	}
	go func() { in.cmd.Wait(); close(in.done) }()
	t.Cleanup(func() { in.stop(t) })
	deadline := time.Now().Add(StartTimeout)
	for {
		if _, err := in.call("GET", "/rest/system/ping", nil); err == nil {
			break
		}
		select {
		case <-in.done:
			t.Fatalf("syncthing %s exited at start:\n%s", name, in.log.tail())
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("syncthing %s: no REST API on %s after %v:\n%s", name, in.GUI, StartTimeout, in.log.tail())
		}
	}
	// The options again through the REST API, as the deploy script sets
	// them on a running instance.
	in.Must(t, "PATCH", "/rest/config/options", map[string]any{
		"listenAddresses": []string{in.Listen}, "globalAnnounceEnabled": false, "localAnnounceEnabled": false,
		"relaysEnabled": false, "natEnabled": false, "urAccepted": -1, "crashReportingEnabled": false,
		"autoUpgradeIntervalH": 0, "announceLANAddresses": false, "startBrowser": false,
	})
	return in
}

// stop ends the instance: SIGTERM to its process group, SIGKILL after 10 s.
func (in *Instance) stop(t testing.TB) {
	if in.cmd.Process == nil {
		return
	}
	pgid := in.cmd.Process.Pid
	syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-in.done:
	case <-time.After(10 * time.Second):
		syscall.Kill(-pgid, syscall.SIGKILL)
		<-in.done
	}
	if t.Failed() {
		t.Logf("syncthing %s log (end):\n%s", in.Name, in.log.tail())
	}
}

// Log is the end of the instance's log, for messages.
func (in *Instance) Log() string { return in.log.tail() }

// freePort returns a TCP port free on 127.0.0.1 now.
func freePort(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return fmt.Sprint(l.Addr().(*net.TCPAddr).Port)
}

// silence rewrites the generated config.xml so that the first start already
// listens on listen alone, serves its GUI on gui, and contacts nothing: no
// global or local discovery, relays, NAT traversal, usage or crash reports,
// upgrades. It returns the API key.
func silence(path, listen, gui string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	s := string(b)
	set := func(tag, value string) {
		re := regexp.MustCompile(`<` + tag + `( [^>]*)?>[^<]*</` + tag + `>`)
		s = re.ReplaceAllString(s, "<"+tag+"${1}>"+value+"</"+tag+">")
	}
	set("listenAddress", listen)
	set("globalAnnounceEnabled", "false")
	set("localAnnounceEnabled", "false")
	set("relaysEnabled", "false")
	set("natEnabled", "false")
	set("startBrowser", "false")
	set("urAccepted", "-1")
	set("autoUpgradeIntervalH", "0")
	set("crashReportingEnabled", "false")
	set("announceLANAddresses", "false")
	s = regexp.MustCompile(`(<gui [^>]*>\s*<address>)[^<]*(</address>)`).ReplaceAllString(s, "${1}"+gui+"${2}")
	m := regexp.MustCompile(`<apikey>([^<]+)</apikey>`).FindStringSubmatch(s)
	if m == nil {
		return "", fmt.Errorf("%s: no <apikey>", path)
	}
	for _, want := range []string{"<listenAddress>" + listen + "<", "<relaysEnabled>false<", "<globalAnnounceEnabled>false<", "<localAnnounceEnabled>false<"} {
		if !strings.Contains(s, want) {
			return "", fmt.Errorf("%s: could not set %s", path, want)
		}
	}
	return m[1], os.WriteFile(path, []byte(s), 0o600)
}

// logBuffer keeps the end of a process's output.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.b.Len() > 1<<20 {
		keep := append([]byte(nil), l.b.Bytes()[l.b.Len()-64<<10:]...)
		l.b.Reset()
		l.b.Write(keep)
	}
	return l.b.Write(p)
}

// tail is the last 8 KB written.
func (l *logBuffer) tail() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.b.Bytes()
	if len(b) > 8<<10 {
		b = b[len(b)-8<<10:]
	}
	return string(b)
}
