package e2e

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckImports runs `ningbomap check` and `export --from` on imports
// (no window): check names the encoding used and each warning with file,
// line, feature and part; warnings alone do not fail it; --encoding
// overrides detection.
func TestCheckImports(t *testing.T) {
	bin := binary(t)
	dir := filepath.Join("..", "importer", "testdata")
	tests := []struct {
		args     []string
		code     int
		stdout   string
		stderr   []string
		noStderr bool
	}{
		{[]string{"check", filepath.Join(dir, "enc", "big5.csv")}, 0,
			"big5.csv: csv, 3 features, 0 warnings, encoding Big5", nil, true},
		{[]string{"check", filepath.Join(dir, "enc", "latin1.csv")}, 0,
			"latin1.csv: csv, 3 features, 0 warnings, encoding windows-1252", nil, true},
		{[]string{"check", filepath.Join(dir, "enc", "ambiguous.csv")}, 0,
			"ambiguous.csv: csv, 1 features, 1 warnings, encoding GB18030",
			[]string{"ambiguous.csv: warning: ambiguous text encoding: read as GB18030, but Big5 fits almost as well"}, false},
		{[]string{"check", "--encoding", "big5", filepath.Join(dir, "enc", "ambiguous.csv")}, 0,
			"ambiguous.csv: csv, 1 features, 0 warnings, encoding Big5", nil, true},
		{[]string{"check", filepath.Join(dir, "corpus", "segments.gpx")}, 1,
			"segments.gpx: gpx, 6 features, 7 warnings, encoding UTF-8",
			[]string{"segments.gpx:3: feature 1: trkseg 2: warning: unusable geometry: one point; dropped",
				"segments.gpx:18: feature 5: unusable geometry: empty LineString"}, false},
		{[]string{"check", "--encoding", "klingon", filepath.Join(dir, "enc", "big5.csv")}, 2, "",
			[]string{`unknown encoding "klingon"`}, false},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, stdout, stderr := runCLI(t, bin, tt.args...)
			if code != tt.code || !strings.Contains(stdout, tt.stdout) {
				t.Errorf("exit %d, stdout %q; want %d, %q\nstderr: %s", code, stdout, tt.code, tt.stdout, stderr)
			}
			for _, s := range tt.stderr {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr does not say %q:\n%s", s, stderr)
				}
			}
			if tt.noStderr && stderr != "" {
				t.Errorf("stderr: %s", stderr)
			}
		})
	}

	out := filepath.Join(t.TempDir(), "segments.geojson")
	code, _, stderr := runCLI(t, bin, "export", "--format", "geojson", "--encoding", "utf-8",
		"--from", filepath.Join(dir, "corpus", "segments.gpx"), "--out", out)
	if code != 0 || !strings.Contains(stderr, "trkseg 2: warning") {
		t.Fatalf("export: exit %d\n%s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil || !json.Valid(data) || !bytes.Contains(data, []byte(`"Single fix"`)) {
		t.Fatalf("export wrote %q, %v", data, err)
	}
}

// runCLI runs bin with args in a home folder of its own (ownHome) and returns its exit
// code and output.
func runCLI(t *testing.T, bin string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = ownHome(t)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return exit.ExitCode(), stdout.String(), stderr.String()
	case err != nil:
		t.Fatal(err)
	}
	return 0, stdout.String(), stderr.String()
}
