//go:build unix

package syncthingtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"testing"
	"time"
)

// client is the REST API's HTTP client: every call is bounded.
var client = &http.Client{Timeout: 30 * time.Second}

// call sends a REST request with the API key and returns the response body;
// body, when not nil, is sent as JSON.
func (in *Instance) call(method, path string, body any) ([]byte, error) {
	var r io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, "http://"+in.GUI+path, r)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-API-Key", in.APIKey)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode/100 != 2 {
		return out, fmt.Errorf("syncthing %s: %s %s: %s: %s", in.Name, method, path, resp.Status, bytes.TrimSpace(out))
	}
	return out, nil
}

// Must sends a REST request and fails the test on an error.
func (in *Instance) Must(t testing.TB, method, path string, body any) []byte {
	t.Helper()
	out, err := in.call(method, path, body)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Pair makes a and b know each other: each adds the other's device with its
// static loopback address.
func Pair(t testing.TB, a, b *Instance) {
	t.Helper()
	a.AddDevice(t, b)
	b.AddDevice(t, a)
}

// AddDevice adds the device o, reached at its static address only.
func (in *Instance) AddDevice(t testing.TB, o *Instance) {
	t.Helper()
	in.Must(t, "POST", "/rest/config/devices", map[string]any{
		"deviceID": o.ID, "name": o.Name, "addresses": []string{o.Listen}, "autoAcceptFolders": false,
	})
}

// AddFolder shares the folder id at path with the devices peers, as kind
// (SendOnly, ReceiveOnly, SendReceive). The folder is watched for changes
// with a 1 s delay and rescanned every 10 s, and the temporary files of
// atomic writes (.NAME.tmp-*) are ignored.
func (in *Instance) AddFolder(t testing.TB, id, path, kind string, peers ...*Instance) {
	t.Helper()
	devices := []map[string]string{{"deviceID": in.ID}}
	for _, p := range peers {
		devices = append(devices, map[string]string{"deviceID": p.ID})
	}
	in.Must(t, "POST", "/rest/config/folders", map[string]any{
		"id": id, "label": id, "path": path, "type": kind, "devices": devices,
		"rescanIntervalS": 10, "fsWatcherEnabled": true, "fsWatcherDelayS": 1,
	})
	in.Must(t, "POST", "/rest/db/ignores?folder="+url.QueryEscape(id), map[string]any{
		"ignore": []string{"(?d).*.tmp-*"},
	})
}

// Scan asks for an immediate scan of the folder id.
func (in *Instance) Scan(t testing.TB, id string) {
	t.Helper()
	in.Must(t, "POST", "/rest/db/scan?folder="+url.QueryEscape(id), nil)
}

// Connected reports whether the instance is connected to the device o.
func (in *Instance) Connected(o *Instance) bool {
	b, err := in.call("GET", "/rest/system/connections", nil)
	if err != nil {
		return false
	}
	var c struct {
		Connections map[string]struct {
			Connected bool `json:"connected"`
		} `json:"connections"`
	}
	return json.Unmarshal(b, &c) == nil && c.Connections[o.ID].Connected
}

// Wait polls cond every 250 ms until it is true or timeout passes, and
// returns how long it took; on timeout the test fails with what, and the
// instances' logs.
func Wait(t testing.TB, timeout time.Duration, what string, cond func() bool, logs ...*Instance) time.Duration {
	t.Helper()
	start := time.Now()
	for !cond() {
		if time.Since(start) > timeout {
			for _, in := range logs {
				t.Logf("syncthing %s log (end):\n%s", in.Name, in.Log())
			}
			t.Fatalf("%s: not within %v", what, timeout)
		}
		time.Sleep(250 * time.Millisecond)
	}
	return time.Since(start)
}
