package usage

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunStats(t *testing.T) {
	dir := writeUsageDir(t)
	names := func(id string) string {
		if id == "gaoni" {
			return "高泥村"
		}
		return ""
	}
	cases := []struct {
		name    string
		args    []string
		out     []string // lines expected in stdout
		stderr  string   // part of stderr
		err     string   // part of the error
		noNames bool
	}{
		{"everything", []string{"--dir", dir}, []string{
			"gaoni         2    0:00:46    0:00:23       0  高泥村",
			"total         5    0:01:55    0:00:29       3",
		}, "usage-2025-11-26.csv:4: 4 fields, want 5", "", false},
		{"since a day", []string{"--dir", dir, "--since", "2025-11-26"}, []string{
			"total         2    0:00:29    0:00:29       2",
		}, "skipped:", "", false},
		{"since after everything", []string{"--dir", dir, "--since", "2030-01-01"}, []string{
			"total       0    0:00:00    0:00:00       0",
		}, "", "", false},
		{"without names", []string{"--dir", dir}, []string{
			"gaoni         2    0:00:46    0:00:23       0",
		}, "", "", true},
		{"bad date", []string{"--dir", dir, "--since", "26/11/2025"}, nil, "", "want a date such as 2025-11-01", false},
		{"missing folder", []string{"--dir", filepath.Join(dir, "none")}, nil, "", "no usage recorded yet", false},
		{"stray argument", []string{"--dir", dir, "extra"}, nil, "", `unexpected argument "extra"`, false},
		{"unknown flag", []string{"--until", "2025-11-01"}, nil, "flag provided but not defined", "not defined", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			name := names
			if tc.noNames {
				name = nil
			}
			err := RunStats(tc.args, &out, &errOut, name)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Errorf("RunStats = %v, want an error with %q", err, tc.err)
				}
			} else if err != nil {
				t.Fatalf("RunStats: %v", err)
			}
			lines := strings.Split(out.String(), "\n")
			for _, want := range tc.out {
				found := false
				for _, l := range lines {
					found = found || l == want
				}
				if !found {
					t.Errorf("output lacks the line %q:\n%s", want, out.String())
				}
			}
			if tc.noNames && strings.Contains(out.String(), "高泥村") {
				t.Errorf("names printed without a name function:\n%s", out.String())
			}
			if !strings.Contains(errOut.String(), tc.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.stderr, errOut.String())
			}
		})
	}
}
