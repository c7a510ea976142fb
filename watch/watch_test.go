package watch

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"
)

// testDebounce keeps the tests fast while leaving room for slow machines.
const testDebounce = 100 * time.Millisecond

// waitTimeout bounds every wait for a batch.
const waitTimeout = 5 * time.Second

// sentinel is written after an action whose extra or missing batches a test
// must rule out: the next batch must then name only what the test expects.
const sentinel = "zz-sentinel.geojson"

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func rename(t *testing.T, dir, from, to string) {
	t.Helper()
	if err := os.Rename(filepath.Join(dir, from), filepath.Join(dir, to)); err != nil {
		t.Fatal(err)
	}
}

func remove(t *testing.T, dir, name string) {
	t.Helper()
	if err := os.Remove(filepath.Join(dir, name)); err != nil {
		t.Fatal(err)
	}
}

// next waits for the next batch and returns it with base names.
func next(t *testing.T, w *Watcher) (names []string, removed []string) {
	t.Helper()
	select {
	case c, ok := <-w.Changes():
		if !ok {
			t.Fatal("Changes closed")
		}
		for _, p := range c.Paths {
			if filepath.Dir(p) != w.Dir() {
				t.Errorf("path %q not in %q", p, w.Dir())
			}
			names = append(names, filepath.Base(p))
		}
		for p, gone := range c.Removed {
			if !gone {
				t.Errorf("Removed[%q] = false; want only true entries", p)
			}
			if !slices.Contains(c.Paths, p) {
				t.Errorf("Removed names %q, which is not in Paths", p)
			}
			removed = append(removed, filepath.Base(p))
		}
		slices.Sort(removed)
		return names, removed
	case err := <-w.Errors():
		t.Fatalf("unexpected error: %v", err)
	case <-time.After(waitTimeout):
		t.Fatal("no batch within timeout")
	}
	return nil, nil
}

func newWatcher(t *testing.T, dir string) *Watcher {
	t.Helper()
	w, err := New(dir, Options{Debounce: testDebounce})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := w.Close(); err != nil {
			t.Error(err)
		}
	})
	return w
}

func TestBatches(t *testing.T) {
	tests := []struct {
		name        string
		existing    []string
		act         func(t *testing.T, dir string)
		want        []string
		wantRemoved []string
		// settle writes the sentinel afterwards and expects a batch with
		// only the sentinel, proving there was exactly one batch before.
		settle bool
	}{
		{
			name:   "write",
			act:    func(t *testing.T, dir string) { write(t, dir, "a.geojson", "1") },
			want:   []string{"a.geojson"},
			settle: true,
		},
		{
			name:     "three quick writes",
			existing: []string{"a.geojson"},
			act: func(t *testing.T, dir string) {
				for _, s := range []string{"1", "22", "333"} {
					write(t, dir, "a.geojson", s)
				}
			},
			want:   []string{"a.geojson"},
			settle: true,
		},
		{
			name:     "temp file renamed over target",
			existing: []string{"layer.geojson"},
			act: func(t *testing.T, dir string) {
				write(t, dir, "layer.geojson.tmp", "new")
				rename(t, dir, "layer.geojson.tmp", "layer.geojson")
			},
			want:   []string{"layer.geojson"},
			settle: true,
		},
		{
			name:     "delete",
			existing: []string{"a.geojson", "b.csv"},
			act:      func(t *testing.T, dir string) { remove(t, dir, "b.csv") },
			want:     []string{"b.csv"}, wantRemoved: []string{"b.csv"},
		},
		{
			name: "create new file",
			act:  func(t *testing.T, dir string) { write(t, dir, "new.kml", "<kml/>") },
			want: []string{"new.kml"},
		},
		{
			name:     "delete then create",
			existing: []string{"a.json"},
			act: func(t *testing.T, dir string) {
				remove(t, dir, "a.json")
				write(t, dir, "a.json", "{}")
			},
			want: []string{"a.json"},
		},
		{
			name:     "renamed away counts as removed",
			existing: []string{"a.geojson"},
			act:      func(t *testing.T, dir string) { rename(t, dir, "a.geojson", "a.geojson~") },
			want:     []string{"a.geojson"}, wantRemoved: []string{"a.geojson"},
		},
		{
			name:     "vim save with backup",
			existing: []string{"a.geojson"},
			act: func(t *testing.T, dir string) {
				write(t, dir, "4913", "")
				remove(t, dir, "4913")
				rename(t, dir, "a.geojson", "a.geojson~")
				write(t, dir, "a.geojson", "new")
				remove(t, dir, "a.geojson~")
			},
			want:   []string{"a.geojson"},
			settle: true,
		},
		{
			name: "ignored names",
			act: func(t *testing.T, dir string) {
				write(t, dir, ".x.geojson.swp", "swap")
				write(t, dir, "a.geojson~", "backup")
				write(t, dir, "notes.txt", "notes")
				write(t, dir, "b.tmp", "temp")
				if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
					t.Fatal(err)
				}
				write(t, filepath.Join(dir, "sub"), "deep.geojson", "not recursive")
				write(t, dir, sentinel, "s")
			},
			want: []string{sentinel},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, name := range tt.existing {
				write(t, dir, name, "old")
			}
			w := newWatcher(t, dir)
			tt.act(t, dir)
			got, removed := next(t, w)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Paths = %q, want %q", got, tt.want)
			}
			if !slices.Equal(removed, tt.wantRemoved) {
				t.Errorf("Removed = %q, want %q", removed, tt.wantRemoved)
			}
			if tt.settle {
				write(t, dir, sentinel, "s")
				if got, _ := next(t, w); !slices.Equal(got, []string{sentinel}) {
					t.Errorf("batch after settling = %q, want only the sentinel", got)
				}
			}
		})
	}
}

func TestSlowConsumerMerges(t *testing.T) {
	dir := t.TempDir()
	w := newWatcher(t, dir)
	write(t, dir, "a.geojson", "1")
	// Let the first batch be built and wait unreceived before the next write.
	time.Sleep(3 * testDebounce)
	write(t, dir, "b.geojson", "2")
	// Receive only once the second write has been merged in.
	time.Sleep(3 * testDebounce)
	got, _ := next(t, w)
	if want := []string{"a.geojson", "b.geojson"}; !slices.Equal(got, want) {
		t.Errorf("Paths = %q, want %q", got, want)
	}
}

func TestFolderReplaced(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "data")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "a.geojson", "old")
	w := newWatcher(t, dir)

	if err := os.Rename(dir, filepath.Join(parent, "data.old")); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-w.Errors():
		if !errors.Is(err, ErrFolderLost) {
			t.Fatalf("error = %v, want ErrFolderLost", err)
		}
	case <-time.After(waitTimeout):
		t.Fatal("no error after the folder was renamed")
	}
	got, removed := next(t, w)
	if want := []string{"a.geojson"}; !slices.Equal(got, want) || !slices.Equal(removed, want) {
		t.Errorf("after loss: Paths = %q, Removed = %q; want both %q", got, removed, want)
	}

	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "b.geojson", "new")
	got, removed = next(t, w)
	if want := []string{"b.geojson"}; !slices.Equal(got, want) || len(removed) != 0 {
		t.Errorf("after return: Paths = %q, Removed = %q; want %q, none", got, removed, want)
	}
	// The new folder is watched.
	write(t, dir, "c.geojson", "new")
	if got, _ := next(t, w); !slices.Equal(got, []string{"c.geojson"}) {
		t.Errorf("in new folder: Paths = %q, want c.geojson", got)
	}
}

func TestNewErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file.geojson")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		dir     string
		wantErr error
	}{
		{"missing folder", filepath.Join(t.TempDir(), "missing"), os.ErrNotExist},
		{"file, not folder", file, ErrNotFolder},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := New(tt.dir, Options{})
			if err == nil {
				w.Close()
				t.Fatal("New succeeded, want error")
			}
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("error = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func TestCloseClosesChannels(t *testing.T) {
	before := runtime.NumGoroutine()
	dir := t.TempDir()
	w, err := New(dir, Options{Debounce: testDebounce})
	if err != nil {
		t.Fatal(err)
	}
	if runtime.NumGoroutine() <= before {
		t.Fatal("New started no goroutine")
	}
	write(t, dir, "a.geojson", "pending, never received")

	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w.Close(); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	select {
	case c, ok := <-w.Changes():
		if ok {
			t.Errorf("Changes delivered %v after Close, want closed", c)
		}
	default:
		t.Error("Changes not closed after Close")
	}
	select {
	case err, ok := <-w.Errors():
		if ok {
			t.Errorf("Errors delivered %v after Close, want closed", err)
		}
	default:
		t.Error("Errors not closed after Close")
	}

	deadline := time.Now().Add(waitTimeout)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			t.Fatalf("goroutines: %d before, %d after Close", before, runtime.NumGoroutine())
		}
		time.Sleep(10 * time.Millisecond)
	}
}
