package edit

import (
	"path/filepath"
	"testing"
	"time"

	"ningbomap/data"
)

// TestTypingRuns: edits to one field in quick succession are one undo step; a pause, another
// field, another kind of edit or an undo in between starts a new one.
func TestTypingRuns(t *testing.T) {
	type step struct {
		after time.Duration // since the previous step
		do    string        // "story", "name", "figure", "move", "undo" or "redo"
		text  string
	}
	tests := []struct {
		name  string
		steps []step
		undos int // Undo calls that bring the content back to where it began
	}{
		{"a word typed", []step{{0, "story", "a"}, {200 * time.Millisecond, "story", "ab"}, {300 * time.Millisecond, "story", "abc"}}, 1},
		{"a pause", []step{{0, "story", "a"}, {time.Second, "story", "ab"}, {TypingRun, "story", "abc"}}, 2},
		{"another field between", []step{{0, "story", "a"}, {100 * time.Millisecond, "name", "x"}, {100 * time.Millisecond, "story", "ab"}}, 3},
		{"a figure, then the story", []step{{0, "figure", "90000"}, {100 * time.Millisecond, "figure", "91000"}, {100 * time.Millisecond, "story", "a"}}, 2},
		{"a move ends the run", []step{{0, "story", "a"}, {100 * time.Millisecond, "move", ""}, {100 * time.Millisecond, "story", "ab"}}, 3},
		{"undo ends the run", []step{{0, "story", "a"}, {100 * time.Millisecond, "story", "ab"}, {100 * time.Millisecond, "undo", ""}, {100 * time.Millisecond, "story", "ax"}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := time.Unix(1_700_000_000, 0)
			e, err := Open(filepath.Join(t.TempDir(), "exhibition"), Options{Now: func() time.Time { return now }})
			if err != nil {
				t.Fatal(err)
			}
			orig := *e.Dataset().Site("tengtou")
			story := orig.Story
			for _, s := range tt.steps {
				now = now.Add(s.after)
				var err error
				switch s.do {
				case "story":
					st := story
					st.En = story.En + " " + s.text
					err = e.Edit("tengtou", Story, func(s *data.Site) { s.Story = st })
				case "name":
					err = setName(e, "tengtou", data.Text{Zh: orig.Name.Zh + s.text, En: orig.Name.En})
				case "figure":
					ind := orig.Indicators[1]
					var v float64
					for _, c := range s.text {
						v = v*10 + float64(c-'0')
					}
					ind.Value = v
					err = setFigure(e, "tengtou", 1, ind)
				case "move":
					err = e.Move("tengtou", orig.Point)
				case "undo":
					e.Undo()
				}
				if err != nil {
					t.Fatalf("%s %q: %v", s.do, s.text, err)
				}
			}
			n := 0
			for e.Undo() {
				n++
			}
			if n != tt.undos {
				t.Errorf("%d undo steps, want %d", n, tt.undos)
			}
			got := e.Dataset().Site("tengtou")
			if got.Story != orig.Story || got.Name != orig.Name || got.Indicators[1].Value != orig.Indicators[1].Value {
				t.Error("undoing every step did not bring the place back as it was")
			}
		})
	}
}
