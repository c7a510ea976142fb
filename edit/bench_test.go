package edit

import (
	"path/filepath"
	"testing"

	"ningbomap/data"
)

// BenchmarkEdit is one checked edit (and its undo): what a keystroke in an
// edit field costs when the UI checks as the user types.
func BenchmarkEdit(b *testing.B) {
	e, err := Open(filepath.Join(b.TempDir(), "x"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	names := []data.Text{{Zh: "滕头", En: "Tengtou"}, {Zh: "滕头村", En: "Tengtou Village"}}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := e.SetName("tengtou", names[i%2]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
