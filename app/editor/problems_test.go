package editor

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"ningbomap/app/locale"
	"ningbomap/data"
	"ningbomap/edit"
	"ningbomap/resources"
)

// TestProblemText: the problems staff meet most, as the checks really word them, read in
// Chinese in the Chinese form; others, and every problem in the English form, read as
// the check wrote them.
func TestProblemText(t *testing.T) {
	c, err := locale.New(resources.Translations, resources.TranslationsDir, "zh")
	if err != nil {
		t.Fatal(err)
	}
	locale.SetCatalog(c)
	t.Cleanup(func() { locale.SetCatalog(nil) })

	ed, err := edit.Open(filepath.Join(t.TempDir(), "exhibition"), edit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// refused makes an edit the checks refuse and returns its problem at field.
	refused := func(field string, change func(s *data.Site)) error {
		t.Helper()
		var r *edit.Refused
		if err := ed.Edit("tengtou", edit.Field(strings.Split(field, ".")[0]), change); !errors.As(err, &r) {
			t.Fatalf("%s: the edit was not refused (%v)", field, err)
		}
		err, ok := r.Errors()[field]
		if !ok {
			t.Fatalf("%s: no problem there: %v", field, r.ByField())
		}
		return err
	}
	tests := []struct {
		name, field string
		change      func(s *data.Site)
		zh          string
	}{
		{"name without English", "name", func(s *data.Site) { s.Name.En = "" }, "缺少英文"},
		{"name without Chinese", "name", func(s *data.Site) { s.Name.Zh = " " }, "缺少中文"},
		{"story too short", "story.zh", func(s *data.Site) { s.Story.Zh = "滕头村的故事。" }, "7 字，应为 80–200 字"},
		{"English story too short", "story.en", func(s *data.Site) { s.Story.En = "Tengtou." }, "英文 1 词，应为 60–150 词"},
		{"bad date", "source.date", func(s *data.Site) { s.Source.Date = "July 2024" }, "日期应写成 YYYY-MM-DD，如 2024-07-01"},
		{"name in neither language", "name", func(s *data.Site) { s.Name = data.Text{} }, "缺少中文和英文"},
		{"no coordinate source", "coord_source", func(s *data.Site) { s.CoordSource = "" }, "必填"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := refused(tt.field, tt.change)
			if got := problemText(err, data.Zh); got != tt.zh {
				t.Errorf("%q reads %q in Chinese, want %q", err, got, tt.zh)
			}
			if got := problemText(err, data.En); got != err.Error() {
				t.Errorf("in English %q became %q", err, got)
			}
		})
	}
	other := errors.New(`unknown theme "x"`)
	if got := problemText(other, data.Zh); got != other.Error() {
		t.Errorf("an unlisted problem became %q", got)
	}
}
