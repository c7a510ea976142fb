package app

import (
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"ningbomap/app/card"
	"ningbomap/app/locale"
	"ningbomap/data"
	"ningbomap/photo"
)

// newEditUI is the window in edit mode on a data folder of the test's own (made by the
// first save), with 滕头村's form open.
func newEditUI(t *testing.T) *testUI { return newEditUIWith(t, windowConfig{}) }

// newEditUIWith is newEditUI made with cfg besides the data folder.
func newEditUIWith(t *testing.T, cfg windowConfig) *testUI {
	t.Helper()
	t.Setenv("XDG_DATA_HOME", t.TempDir()) // never the user's own exhibition folder
	cfg.dataDir = filepath.Join(t.TempDir(), "exhibition")
	tu := newTestUIWith(t, data.Zh, fyne.NewSize(1280, 800), cfg)
	tu.answerDeletes() // the dialog's Yes
	tu.enterEdit(t)
	tu.tapPlace(t, "tengtou")
	if got := tu.form().Shown(); got != "tengtou" {
		t.Fatalf("the form shows %q, want tengtou", got)
	}
	return tu
}

// TestEditFigure changes 滕头村's second figure in the form: the preview shows it in
// both languages, the map's content follows at once, Undo takes it back, and an
// invalid value shows its problem next to the field and is never saved.
func TestEditFigure(t *testing.T) {
	tu := newEditUI(t)
	p := tu.form()
	before := tu.content().Site("tengtou").Indicators[1]

	p.SetFigureValue(1, "13060000000", "2")
	if got := p.Preview(1); !strings.Contains(got, "130.60亿元") || !strings.Contains(got, "13.06 billion yuan") {
		t.Errorf("preview %q, want 130.60亿元 and 13.06 billion yuan", got)
	}
	if v := tu.content().Site("tengtou").Indicators[1].Value; v != 13060000000 {
		t.Errorf("the map's content has %v, want the new value", v)
	}

	t.Run("undo", func(t *testing.T) {
		for n := 0; tu.edits().CanUndo() && n < 10; n++ {
			tu.shortcut(&fyne.ShortcutUndo{}) // Ctrl+Z
		}
		got := tu.content().Site("tengtou").Indicators[1]
		if got.Value != before.Value || got.Decimals != nil {
			t.Errorf("after undo: %v, want %v", got.Value, before.Value)
		}
		if pv := p.Preview(1); strings.Contains(pv, "130.60") {
			t.Errorf("the form still previews the undone value: %q", pv)
		}
		tu.shortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
		if !tu.edits().CanUndo() {
			t.Error("Ctrl+Shift+Z did not redo")
		}
		for tu.edits().CanUndo() {
			p.Undo()
		}
	})

	t.Run("invalid value", func(t *testing.T) {
		for _, bad := range []string{"-5", "lots"} {
			p.SetFigureValue(1, bad, "")
			if p.Problem("indicators[2].value") == "" {
				t.Errorf("value %q: no problem shown next to the field", bad)
			}
			if v := tu.content().Site("tengtou").Indicators[1].Value; v != before.Value {
				t.Errorf("value %q reached the content: %v", bad, v)
			}
		}
		tu.tapButton(t, locale.T("edit.save"))
		b, err := os.ReadFile(filepath.Join(tu.edits().Dir(), filepath.Base(tu.content().Site("tengtou").File)))
		if err != nil {
			t.Fatalf("saved layer: %v", err)
		}
		if strings.Contains(string(b), "-5") {
			t.Error("the invalid value was saved")
		}
		p.SetFigureValue(1, "13060000000", "2")
		if p.Problem("indicators[2].value") != "" {
			t.Errorf("a good value still shows %q", p.Problem("indicators[2].value"))
		}
	})
}

// TestEditMoveMarker drags 滕头村's marker: the place moves to where it was let go, and
// the map was not panned.
func TestEditMoveMarker(t *testing.T) {
	tu := newEditUI(t)
	m := tu.mapView()
	s := tu.content().Site("tengtou")
	vp := m.Viewport()
	x, y := vp.Project(s.Point)
	from := m.PositionOf(x, y)
	to := from.Add(fyne.NewPos(60, 40))
	for i := 1; i <= 4; i++ {
		m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: from.Add(fyne.NewPos(15*float32(i), 10*float32(i)))},
			Dragged: fyne.Delta{DX: 15, DY: 10}})
	}
	m.DragEnd()
	if m.Viewport().Center != vp.Center {
		t.Error("dragging a marker panned the map")
	}
	want := vp.Unproject(m.PixelAt(to))
	got := tu.content().Site("tengtou").Point
	if d := got.X() - want.X() + got.Y() - want.Y(); d > 1e-6 || d < -1e-6 {
		t.Errorf("tengtou at %v, want %v", got, want)
	}
}

// TestEditAddDeletePlace adds a place where the map is tapped and deletes it again.
func TestEditAddDeletePlace(t *testing.T) {
	tu := newEditUI(t)
	n := len(tu.content().Sites)
	tu.tapButton(t, locale.T("edit.addPlace"))
	// A tap on land in 奉化区, a little away from 滕头村 (where the layout puts it).
	m := tu.mapView()
	x, y := m.Viewport().Project(tu.content().Site("tengtou").Point)
	m.Tapped(&fyne.PointEvent{Position: m.PositionOf(x, y).Add(fyne.NewPos(6, 24))})
	p := tu.form()
	p.FillNew(data.Text{Zh: "新村"}, data.Text{})
	if len(tu.content().Sites) != n || p.Problem("name") == "" {
		t.Fatalf("a place without its English name or story was added (or no problem shown: %q)", p.Problem("name"))
	}
	story := data.Text{
		Zh: "新村依托党建联盟，把村里的闲置农房改造成民宿和研学基地，带动村民就业增收，村集体经济逐年壮大。村党支部牵头成立合作社，党员带头认领服务岗位，为游客和研学团队提供讲解、餐饮和农事体验，让老村焕发新的活力。",
		En: "Xincun used a Party-building alliance to turn idle farmhouses into guesthouses and study bases, giving villagers work and growing the village's collective income year by year. " +
			"The Party branch set up a cooperative, and members took on service posts of their own, guiding visitors and study groups, cooking for them and showing them the work of the fields, so the old village found new life.",
	}
	p.FillNew(data.Text{Zh: "新村", En: "Xincun"}, story)
	if len(tu.content().Sites) != n+1 {
		t.Fatalf("%d places after adding, want %d (problems: name %q, story %q)", len(tu.content().Sites), n+1, p.Problem("name"), p.Problem("story.zh"))
	}
	id := p.Shown()
	if s := tu.content().Site(id); s == nil || s.Name.En != "Xincun" || tu.openSite() != s {
		t.Fatalf("the new place %q is not open on the map", id)
	}
	if !strings.HasPrefix(tu.title(), "新村") {
		t.Errorf("the window title %q does not name the new place", tu.title())
	}
	tu.tapButton(t, locale.T("edit.delete"))
	if tu.content().Site(id) != nil || len(tu.content().Sites) != n {
		t.Errorf("place %s still there after deleting", id)
	}
}

// TestEditReorderTour drags the first place of the tour list two rows down.
func TestEditReorderTour(t *testing.T) {
	tu := newEditUI(t)
	before := tu.edits().TourOrder()
	list := tu.tourOrderList()
	w := test.NewTempWindow(t, list.Root)
	w.Resize(fyne.NewSize(360, 700))
	test.Drag(w.Canvas(), fyne.NewPos(100, 20), 0, 85)
	after := list.Order()
	if len(after) != len(before) || after[2] != before[0] || after[0] != before[1] {
		t.Fatalf("tour %v, want %s moved to third place of %v", after, before[0], before)
	}
	sites := tu.tourStops() // PgDn is the form's while staff edit
	if len(sites) < 3 || sites[2].ID != before[0] {
		t.Errorf("the map's tour does not follow: third stop %v", sites[2].ID)
	}
}

// TestEditPhoto adds a photo to 滕头村: without a credit it is refused next to the new
// photo's fields; with one it is copied into the folder's photos/ and, back on the map,
// the card shows it above the story and credits it.
func TestEditPhoto(t *testing.T) {
	loader := photo.NewLoader(photo.LoaderOptions{})
	defer loader.Close()
	tu := newEditUIWith(t, windowConfig{photos: card.Photos{Loader: loader}}) // as the app's, without waiting for the UI goroutine
	src := filepath.Join(t.TempDir(), "IMG_0001.jpg")
	img := image.NewRGBA(image.Rect(0, 0, 300, 200))
	for i := range img.Pix {
		img.Pix[i] = uint8(i)
	}
	f, err := os.Create(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := jpeg.Encode(f, img, nil); err != nil {
		t.Fatal(err)
	}
	f.Close()

	p := tu.form()
	p.SetNewPhotoText(data.Text{Zh: "村口", En: "The village gate"}, "")
	if err := p.AddPhoto(src); err == nil || p.Problem("photos[1].credit") == "" {
		t.Fatalf("a photo without credit: err %v, problem %q", err, p.Problem("photos[1].credit"))
	}
	p.SetNewPhotoText(data.Text{Zh: "村口", En: "The village gate"}, "Exhibition staff")
	if err := p.AddPhoto(src); err != nil {
		t.Fatal(err)
	}
	s := tu.content().Site("tengtou")
	if len(s.Photos) != 1 || !strings.HasPrefix(s.Photos[0].File, "photos/") {
		t.Fatalf("photos %+v", s.Photos)
	}
	if _, err := os.Stat(s.PhotoPath(s.Photos[0])); err != nil {
		t.Errorf("the photo was not copied into the data folder: %v", err)
	}
	tu.answerUnsavedWith(func(_, _ string, choose func(unsavedChoice)) { choose(unsavedSkip) }) // "Not now"
	tu.tapButton(t, locale.T("edit.done"))
	hero, _ := tu.shownCard().PhotoSizes()
	if hero.Width == 0 {
		t.Error("the card shows no photo after leaving edit mode")
	}
	if src := tu.shownCard().SourceText(); !strings.Contains(src, "Exhibition staff") {
		t.Errorf("source line %q does not credit the photo", src)
	}
}

// TestEditAddFigure adds a figure to 滕头村, sets its value, and removes it again.
func TestEditAddFigure(t *testing.T) {
	tu := newEditUI(t)
	p := tu.form()
	n := len(tu.content().Site("tengtou").Indicators)
	p.AddFigure()
	if got := len(tu.content().Site("tengtou").Indicators); got != n+1 {
		t.Fatalf("%d figures after adding, want %d (status %q)", got, n+1, p.Problem("indicators"))
	}
	p.SetFigureValue(n, "28", "")
	if pv := p.Preview(n); !strings.Contains(pv, "28个") || !strings.Contains(pv, "28 items") {
		t.Errorf("preview of the new figure %q", pv)
	}
	p.Undo()
	p.Undo()
	if got := len(tu.content().Site("tengtou").Indicators); got != n {
		t.Errorf("%d figures after undoing, want %d", got, n)
	}
}

// TestEditTypingIsOneStep types a figure's value a digit at a time in the form: one Undo
// takes the whole value back.
func TestEditTypingIsOneStep(t *testing.T) {
	tu := newEditUI(t)
	p := tu.form()
	before := tu.content().Site("tengtou").Indicators[1].Value
	for _, v := range []string{"8", "86", "865", "8650", "86500"} {
		p.SetFigureValue(1, v, "")
	}
	if v := tu.content().Site("tengtou").Indicators[1].Value; v != 86500 {
		t.Fatalf("typed 86500, the map has %v", v)
	}
	p.Undo()
	if v := tu.content().Site("tengtou").Indicators[1].Value; v != before {
		t.Errorf("one Undo gave %v, want the value before typing, %v", v, before)
	}
	if tu.edits().CanUndo() {
		t.Error("typing one value left more than one undo step")
	}
}

// TestEditSourceTitle names another source for 滕头村 in the form: a title in one language
// only is refused next to the field; in both it reaches the content and the saved file.
func TestEditSourceTitle(t *testing.T) {
	tu := newEditUI(t)
	p := tu.form()
	p.SetSourceTitle("《宁波日报》", "")
	if p.Problem("source.title") == "" {
		t.Error("a title without English shows no problem")
	}
	if tu.content().Site("tengtou").Source.Title != nil {
		t.Error("a title without English reached the content")
	}
	p.SetSourceTitle("《宁波日报》", "Ningbo Daily")
	if got := tu.content().Site("tengtou").Source.Title; got == nil || got.En != "Ningbo Daily" {
		t.Fatalf("title %v, want 《宁波日报》 / Ningbo Daily", got)
	}
	if p.Problem("source.title") != "" {
		t.Errorf("a good title still shows %q", p.Problem("source.title"))
	}
	tu.tapButton(t, locale.T("edit.save"))
	b, err := os.ReadFile(tu.content().Site("tengtou").File)
	if err != nil || !strings.Contains(string(b), "Ningbo Daily") {
		t.Errorf("the saved layer lacks the title (%v)", err)
	}
}

// TestEditKeystrokeKeepsTheMarkers types a figure's value in the form: each keystroke
// updates the markers of the place it changed (markerLayer.edited) and builds no cluster
// index, while a move clusters the places again.
func TestEditKeystrokeKeepsTheMarkers(t *testing.T) {
	tu := newEditUI(t)
	p := tu.form()
	before := tu.counts()
	for _, v := range []string{"8", "86", "865"} {
		p.SetFigureValue(1, v, "")
	}
	if got := tu.counts().indexes - before.indexes; got != 0 {
		t.Errorf("typing three keys built %d marker indexes, want 0", got)
	}
	if s := tu.content().Site("tengtou"); tu.markerContent() != tu.content() || s.Indicators[1].Value != 865 {
		t.Error("the markers do not show the content as edited")
	}
	before = tu.counts()
	at := tu.content().Site("tengtou").Point
	tu.dragMarker("tengtou", 60, 40)
	if tu.content().Site("tengtou").Point == at {
		t.Fatal("the drag did not move 滕头村")
	}
	if got := tu.counts().indexes - before.indexes; got != 1 {
		t.Errorf("a move built %d marker indexes, want 1", got)
	}
}
