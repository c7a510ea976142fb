package edit

import (
	"path/filepath"
	"testing"

	"ningbomap/data"
)

// BenchmarkEdit is one checked edit of a place's name, as the form makes it: what a
// keystroke in an edit field costs, checked as the user types.
func BenchmarkEdit(b *testing.B) {
	e, err := Open(filepath.Join(b.TempDir(), "x"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	names := []data.Text{{Zh: "滕头", En: "Tengtou"}, {Zh: "滕头村", En: "Tengtou Village"}}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := setName(e, "tengtou", names[i%2]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
