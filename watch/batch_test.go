package watch

import (
	"os"
	"path/filepath"
	"slices"
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
