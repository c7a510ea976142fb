package fleet

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"ningbomap/bundle"
	"ningbomap/data"
	"ningbomap/edit"
)

// exhibition makes a data folder as the editor leaves it, with the first
// figure of 滕头村 set to value. The editor saves one folder per test
// binary, with a marker value; each exhibition copies it with the marker
// replaced, which is the same file the editor would write.
func exhibition(t testing.TB, value float64) string {
	t.Helper()
	baseOnce.Do(func() {
		baseDir, baseErr = os.MkdirTemp("", "fleet-exhibition-*")
		if baseErr == nil {
			writeExhibition(t, baseDir, markerValue)
		}
	})
	if baseErr != nil {
		t.Fatal(baseErr)
	}
	dir := filepath.Join(t.TempDir(), "exhibition")
	err := filepath.WalkDir(baseDir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(baseDir, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		b = bytes.ReplaceAll(b, []byte(strconv.Itoa(markerValue)), []byte(strconv.FormatFloat(value, 'f', -1, 64)))
		return os.WriteFile(filepath.Join(dir, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// markerValue stands for the figure in the saved base exhibition.
const markerValue = 987654321

var (
	baseOnce sync.Once
	baseDir  string
	baseErr  error
)

// TestMain removes the base exhibition after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if baseDir != "" {
		os.RemoveAll(baseDir)
	}
	os.Exit(code)
}

// writeExhibition saves the embedded layers into dir with 滕头村's first
// figure set to value.
func writeExhibition(t testing.TB, dir string, value float64) {
	t.Helper()
	e, err := edit.Open(dir, edit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Edit("tengtou", edit.Figure(0), func(s *data.Site) { s.Indicators[0].Value = value }); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Save(); err != nil {
		t.Fatal(err)
	}
}

// figure reads 滕头村's first figure from the data folder dir.
func figure(t testing.TB, dir string) float64 {
	t.Helper()
	ds, err := data.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return ds.Site("tengtou").Indicators[0].Value
}

// keys makes a key pair in a new folder and returns the public key and the
// private key file.
func keys(t testing.TB) (PublicKey, string) {
	t.Helper()
	dir := t.TempDir()
	pub, err := Keygen(dir)
	if err != nil {
		t.Fatal(err)
	}
	return pub, filepath.Join(dir, PrivateKeyFile)
}

// publishAt publishes dataDir into fleet at t and returns the bundle's path.
func publishAt(t testing.TB, dataDir, fleet, keyFile string, at time.Time) string {
	t.Helper()
	b, err := publish(dataDir, fleet, keyFile, at)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(fleet, PublishDir, b.File)
}

// rewrite copies the zip src to dst through change, which gets each entry's
// name and content and returns the new content (nil drops the entry); extra
// entries are added at the end, and the comment is kept.
func rewrite(t testing.TB, src, dst string, change func(name string, body []byte) []byte, extra map[string]string) {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if change != nil {
			body = change(f.Name, body)
		}
		if body == nil {
			continue
		}
		w, _ := zw.Create(f.Name)
		w.Write(body)
	}
	for name, body := range extra {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.SetComment(zr.Comment)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// epoch is the tests' first publishing time.
var epoch = time.Date(2025, 11, 26, 14, 3, 7, 0, time.UTC)

// bundleWrite is bundle.Write.
var bundleWrite = bundle.Write
