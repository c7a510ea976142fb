package app

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
)

// TestUnsavedAsks: leaving edit mode or closing asks only when edits are unsaved; Cancel
// stays, the skip choice goes on without writing, and Save goes on once the files are
// written and not when the save fails.
func TestUnsavedAsks(t *testing.T) {
	tu := newEditUI(t)
	var asked []string
	answer := unsavedCancel
	tu.answerUnsavedWith(func(msg, skip string, choose func(unsavedChoice)) { // the question's answer
		asked = append(asked, skip)
		choose(answer)
	})
	ran := 0
	then := func() { ran++ }

	tu.closeWindow(then)
	if len(asked) != 0 || ran != 1 {
		t.Fatalf("nothing edited: asked %v, ran %d times; want no question and one run", asked, ran)
	}

	tu.form().SetFigureValue(1, "86500", "")
	if !tu.edits().Dirty() {
		t.Fatal("the edit is not pending")
	}
	tu.closeWindow(then)
	if len(asked) != 1 || ran != 1 || !tu.edits().Dirty() {
		t.Fatalf("cancel: asked %v, ran %d, dirty %v; want one question, no run, still unsaved", asked, ran, tu.edits().Dirty())
	}

	t.Run("save fails", func(t *testing.T) {
		// A file where the data folder should be made: the save cannot write.
		dir := tu.edits().Dir()
		if err := os.WriteFile(dir, []byte("in the way"), 0o644); err != nil {
			t.Fatal(err)
		}
		defer os.Remove(dir)
		answer = unsavedSave
		tu.closeWindow(then)
		if ran != 1 {
			t.Error("went on after a failed save")
		}
		if !tu.edits().Dirty() {
			t.Error("the edit is gone after a failed save")
		}
	})

	t.Run("done, not now", func(t *testing.T) {
		answer = unsavedSkip
		tu.tapButton(t, locale.T("edit.done"))
		if tu.mode() == editing {
			t.Fatal("still in edit mode")
		}
		if v := tu.content().Site("tengtou").Indicators[1].Value; v != 86500 {
			t.Errorf("the unsaved edit left the map: %v", v)
		}
		if !tu.edits().Dirty() {
			t.Error("not now saved the edit")
		}
	})

	t.Run("close, save", func(t *testing.T) {
		answer = unsavedSave
		n := len(asked)
		tu.closeWindow(then)
		if len(asked) != n+1 || ran != 2 {
			t.Fatalf("asked %d more, ran %d; want one more question and the close", len(asked)-n, ran)
		}
		if tu.edits().Dirty() {
			t.Error("closed with the edit unsaved")
		}
		b, err := os.ReadFile(tu.content().Site("tengtou").File)
		if err != nil || !strings.Contains(string(b), "86500") {
			t.Errorf("the saved layer %s lacks the edit (%v)", tu.content().Site("tengtou").File, err)
		}
	})
}

// TestUnsavedDialog: the question in the window offers Cancel, the skip choice and Save,
// and a tap answers it.
func TestUnsavedDialog(t *testing.T) {
	tu := newEditUI(t)
	tu.form().SetFigureValue(1, "86500", "") // an edit not saved yet
	closed := false
	tu.closeWindow(func() { closed = true }) // no answer set: the question shows in the window
	top := tu.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	var labels []string
	var save *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Button:
			labels = append(labels, v.Text)
			if v.Text == locale.T("edit.save") {
				save = v
			}
		case *style.Paragraph:
			labels = append(labels, v.String())
		case fyne.Widget:
			for _, c := range test.TempWidgetRenderer(t, v).Objects() {
				walk(c)
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		}
	}
	walk(top)
	joined := strings.Join(labels, "|")
	for _, want := range []string{"取消", "不保存", "保存", "关闭前保存吗"} {
		if !strings.Contains(joined, want) {
			t.Errorf("the dialog lacks %q: %s", want, joined)
		}
	}
	if save == nil {
		t.Fatal("no Save button")
	}
	test.Tap(save)
	if !closed || tu.edits().Dirty() {
		t.Errorf("tapping Save: closed %v, still unsaved %v; want the edit saved, then the close", closed, tu.edits().Dirty())
	}
	if tu.w.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stayed open")
	}
}
