package app

import (
	"time"

	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/kiosk"
	"ningbomap/tour"
)

// What no person sees. Each accessor here reads state a test needs to prove something a
// person cannot tell from the screen (that work ran once, that it did not run, what the
// program keeps for later), and says why.

// counts is what the window did so far (transitions, cards shown, marker indexes built,
// scenes handed to the map, titles worked out): a person sees one card and one title,
// not whether they were made once or three times, nor whether a keystroke in the editor
// updated the markers or built them again.
func (tu *testUI) counts() counts { return tu.ui.counts }

// markerContent is the content the map's markers were last made from: the markers look
// the same whether they follow the edited content or an older copy with the same figure.
func (tu *testUI) markerContent() *data.Dataset { return tu.ui.markers.ds }

// coveredBoxes are the frame's pixels that map names keep off (under the panels and
// buttons over the map): where a name is not drawn cannot be told from where none was
// to be placed.
func (tu *testUI) coveredBoxes() []geo.Box { return tu.ui.coveredBoxes() }

// tourState is the tour's state (stopped, playing, paused): the tour bar shows whether a
// tour runs, but a pause shows only as the play button's icon.
func (tu *testUI) tourState() tour.State { return tu.ui.tour.t.State() }

// tourDwell is how long the tour stays on its i-th stop: a person sees the tour move on,
// the test needs the time to tick to just before and just after.
func (tu *testUI) tourDwell(i int) time.Duration { return tu.ui.tour.t.Dwell(i) }

// tourStops are the places the map's tour steps through, in order: while staff edit,
// PgDn is the form's, so the order the editor set cannot be stepped through on screen.
func (tu *testUI) tourStops() []*data.Site { return tu.ui.tourSites() }

// panics is how many panics in callbacks the window caught: a caught panic shows only as
// the overview coming back, which a person's Home does too.
func (tu *testUI) panics() int { return tu.ui.guard.panics }

// recoveryFile is where the editor keeps unsaved edits against a crash (no person sees
// the file, only the offer to restore it in the next session).
func (tu *testUI) recoveryFile() string { return tu.ui.editing.recoveryPath() }

// editorFolder is the data folder the editor saves into (after a fleet's switch, the
// exhibition folder shown); a person sees it only after a save.
func (tu *testUI) editorFolder() string { return tu.ui.editing.dir }

// kioskState is the kiosk's attract cycle (active, countdown, attract): the countdown
// banner and the loop's hint show the last two, but "active" cannot be told apart from
// a kiosk that stopped counting.
func (ku *kioskUI) kioskState() kiosk.State { return ku.ui.kiosk.attract.State() }

// loopState is the attract loop's own tour: after a touch it must be stopped, not just
// no longer on the screen.
func (ku *kioskUI) loopState() tour.State { return ku.ui.kiosk.attract.Tour().State() }

// pinChecking reports whether a PIN check runs off the UI goroutine (the pad says
// "checking" also while it waits for a second press).
func (ku *kioskUI) pinChecking() bool { return ku.ui.kiosk.checking }
