package edit

import "time"

// TypingRun is how long a pause in typing may last and the edits before and after it
// still be one undo step. Edits to one field of one place (its name, story, a figure, a
// photo's caption…) that follow each other within TypingRun, with no other edit, undo or
// redo between them, are undone together: a word typed into the story is one Ctrl+Z, not
// one per character.
const TypingRun = 2 * time.Second

// run is the typing run the last edit belongs to.
type run struct {
	field string    // "" for an edit that is not typing
	at    time.Time // when its last edit was kept
	depth int       // len(undo) after it: an undo or redo in between ends the run
}

// typed runs update as typing into field (a key naming the place and the field).
func (e *Editor) typed(field string, update func() error) error {
	e.field = field
	defer func() { e.field = "" }()
	return update()
}

// joinsRun reports whether an edit kept now continues the current typing run, so that
// the undo step recorded when the run began stands for it too.
func (e *Editor) joinsRun(now time.Time) bool {
	return e.field != "" && e.field == e.last.field && len(e.undo) > 0 &&
		len(e.undo) == e.last.depth && now.Sub(e.last.at) < TypingRun
}

// now is the clock (Options.Now, for tests, or the time of day).
func (e *Editor) now() time.Time {
	if e.opt.Now != nil {
		return e.opt.Now()
	}
	return time.Now()
}

// fieldKey is the typing run key of field f of the place id.
func fieldKey(id string, f Field) string { return id + "/" + string(f) }
