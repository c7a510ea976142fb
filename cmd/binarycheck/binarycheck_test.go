package main

import (
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// pe is a minimal DOS stub whose e_lfanew points to a PE signature at off.
func pe(off int) []byte {
	b := make([]byte, off+8)
	copy(b, "MZ")
	binary.LittleEndian.PutUint32(b[0x3c:], uint32(off))
	copy(b[off:], "PE\x00\x00")
	return b
}

func be32(words ...uint32) []byte {
	b := make([]byte, 4*len(words))
	for i, w := range words {
		binary.BigEndian.PutUint32(b[4*i:], w)
	}
	return b
}

func TestExecutableKind(t *testing.T) {
	for _, tc := range []struct {
		name string
		b    []byte
		want string
	}{
		{"ELF", []byte("\x7fELF\x02\x01\x01\x00"), "ELF"},
		{"PE", pe(0x80), "PE"},
		{"PE header far in", pe(0x400), "PE"},
		{"MZ text", []byte("MZ is how the text begins, and then it goes on for a while, long enough."), ""},
		{"MZ pointing outside", pe(0x80)[:0x60], ""},
		{"Mach-O 64 little-endian", be32(0xcffaedfe, 7), "Mach-O"},
		{"Mach-O 32 big-endian", be32(0xfeedface, 18), "Mach-O"},
		{"Mach-O universal", be32(0xcafebabe, 2), "Mach-O"},
		{"Java class", be32(0xcafebabe, 0x00000034), ""},
		{"empty", nil, ""},
		{"short", []byte("\x7fEL"), ""},
		{"PNG", []byte("\x89PNG\r\n\x1a\n"), ""},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00"), ""},
		{"Go source", []byte("package main\n"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := executableKind(tc.b); got != tc.want {
				t.Errorf("executableKind = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestFindsTrackedBinary runs the check on a throwaway repository: a committed
// ELF file fails the check and is named; the same bytes untracked do not.
func TestFindsTrackedBinary(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	repo := t.TempDir()
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	write := func(name string, b []byte) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(repo, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(repo, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	check := func() (string, int) {
		t.Helper()
		var out strings.Builder
		code := run(repo, &out, &out)
		return out.String(), code
	}
	git("init", "-q")
	write("README.md", []byte("MZ, a text that starts like a DOS program\n"))
	write("tool", []byte("\x7fELF\x02\x01\x01\x00 untracked"))
	git("add", "README.md")
	if out, code := check(); code != 0 {
		t.Fatalf("clean repository: status %d\n%s", code, out)
	}
	write("sub/dir/prog.exe.txt", pe(0x80))
	git("add", "tool", "sub")
	out, code := check()
	if code != 1 {
		t.Fatalf("status %d, want 1\n%s", code, out)
	}
	for _, want := range []string{"tool is a tracked ELF executable", "sub/dir/prog.exe.txt is a tracked PE executable"} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not say %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "README.md") {
		t.Errorf("README.md named:\n%s", out)
	}
}
