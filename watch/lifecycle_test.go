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
