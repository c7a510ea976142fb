package visitors

import (
	"bufio"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/data"
	"ningbomap/fleet"
	"ningbomap/internal/golden"
	"ningbomap/resources"
)

var update = flag.Bool("update", false, "rewrite the golden images")

// today is the day the tests run on.
var today = time.Date(2025, 11, 30, 16, 0, 0, 0, time.Local)

// writeUsage writes days of usage up to today into dir, from a seeded
// source: visits of one to four cards between 9:00 and 17:00, busier at
// weekends, now and then a guided tour, and the attract loop.
func writeUsage(t testing.TB, dir string, days int, seed int64, ids []string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(seed))
	for d := range days {
		day := today.AddDate(0, 0, -d)
		date := day.Format("2006-01-02")
		f, err := os.Create(filepath.Join(dir, "usage-"+date+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		w.WriteString("date,time,place_id,event,value\n")
		visits := 6 + rng.Intn(8)
		if wd := day.Weekday(); wd == time.Saturday || wd == time.Sunday {
			visits *= 2
		}
		secs := 9 * 3600
		for range visits {
			secs += 150 + rng.Intn(2*8*3600/visits)
			if secs > 17*3600 {
				break
			}
			at := secs
			for range 1 + rng.Intn(4) {
				id := ids[min(rng.Intn(len(ids)), rng.Intn(len(ids)))] // the first places more often
				read := 10 + rng.Intn(80)
				fmt.Fprintf(w, "%s,%s,%s,open,1\n", date, clock(at), id)
				at += read
				fmt.Fprintf(w, "%s,%s,%s,dwell_seconds,%d\n", date, clock(at), id, read)
				at += 5
			}
			if rng.Intn(6) == 0 {
				fmt.Fprintf(w, "%s,%s,guided,tour_complete,1\n", date, clock(at+60))
			}
			secs = at
		}
		fmt.Fprintf(w, "%s,18:30:00,attract,tour_complete,1\n", date)
		w.Flush()
		f.Close()
	}
}

func clock(s int) string { return fmt.Sprintf("%02d:%02d:%02d", s/3600, s/60%60, s%60) }

// testView is a dashboard in Fyne's test app.
type testView struct {
	v     *View
	w     fyne.Window
	posts chan func()
}

// newTestView makes the dashboard in language lang over the embedded
// exhibition, in a window of size.
func newTestView(t testing.TB, lang string, h Host, size fyne.Size) *testView {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(style.NewTheme())
	c, err := locale.New(resources.Translations, resources.TranslationsDir, lang)
	if err != nil {
		t.Fatal(err)
	}
	locale.SetCatalog(c)
	t.Cleanup(func() { locale.SetCatalog(nil) })
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	tv := &testView{posts: make(chan func(), 256)}
	tv.w = test.NewTempWindow(t, nil)
	h.Window = tv.w
	h.Lang = func() string { return lang }
	h.Now = func() time.Time { return today }
	h.Post = func(f func()) { tv.posts <- f }
	h.Place = func(id string) (string, color.NRGBA, bool) {
		s := ds.Site(id)
		if s == nil {
			return "", color.NRGBA{}, false
		}
		col := style.PartyRed
		if th := ds.Theme(s.Theme); th != nil {
			col = style.HexColour(th.Color, col)
		}
		return s.Name.In(data.Lang(lang)), col, true
	}
	tv.v = New(h)
	tv.w.SetContent(tv.v.Object())
	tv.w.Resize(size)
	return tv
}

// settle runs what the background work posts until nothing is pending.
func (tv *testView) settle(t testing.TB) {
	t.Helper()
	deadline := time.After(60 * time.Second)
	for tv.v.Busy() {
		select {
		case f := <-tv.posts:
			f()
		case <-deadline:
			t.Fatal("the dashboard is still busy after 60 s")
		}
	}
}

// placeIDs are the embedded places, in tour order.
func placeIDs(t testing.TB) []string {
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range ds.Sites {
		ids = append(ids, s.ID)
	}
	return ids
}

// TestDashboardGolden shows 60 days of one computer's usage, the last 30
// of them, in both languages.
func TestDashboardGolden(t *testing.T) {
	dir := t.TempDir()
	writeUsage(t, dir, 60, 1, placeIDs(t))
	for _, lang := range []string{"en", "zh"} {
		t.Run(lang, func(t *testing.T) {
			tv := newTestView(t, lang, Host{Usage: dir}, fyne.NewSize(1280, 2500))
			tv.v.Open(Source{Dir: dir})
			tv.settle(t)
			f := tv.v.figures
			if len(f.Days) != 30 || f.Visits == 0 || f.Total.Opens == 0 {
				t.Fatalf("figures: %d days, %d visits, %d opens", len(f.Days), f.Visits, f.Total.Opens)
			}
			golden.Assert(t, filepath.Join("testdata", "dashboard_"+lang+".png"), capture(tv.w), *update, "go test ./app/visitors -update")
		})
	}
}

// capture is the window's picture as RGBA.
func capture(w fyne.Window) *image.RGBA {
	img := w.Canvas().Capture()
	out := image.NewRGBA(img.Bounds())
	draw.Draw(out, out.Rect, img, img.Bounds().Min, draw.Src)
	return out
}

// TestDashboardFleet reads a fleet folder of three kiosks: every kiosk and
// one, spans, and what could not be read.
func TestDashboardFleet(t *testing.T) {
	ids := placeIDs(t)
	fleetDir := t.TempDir()
	for k, id := range []string{"hall-a-1", "hall-a-2", "ningbo-library"} {
		writeUsage(t, fleet.KioskUsageDir(fleetDir, id), 20+10*k, int64(k+2), ids)
	}
	os.WriteFile(filepath.Join(fleet.KioskUsageDir(fleetDir, "hall-a-2"), "usage-2025-11-29.csv"),
		[]byte("date,time,place_id,event,value\ngarbage\n2025-11-29,10:00:00,tengtou,open,1\n"), 0o644)
	tv := newTestView(t, "en", Host{Usage: t.TempDir(), Fleet: fleetDir}, fyne.NewSize(1280, 900))
	tv.v.Open(Source{Fleet: fleetDir})
	tv.settle(t)
	all := tv.v.figures
	if got := tv.v.kiosks.Options; strings.Join(got, "|") != "All kiosks|hall-a-1|hall-a-2|ningbo-library" {
		t.Errorf("kiosk choice %q", got)
	}
	if !strings.Contains(tv.v.note.Text, "1 lines, files or folders could not be read") || !tv.v.details.Visible() {
		t.Errorf("note %q", tv.v.note.Text)
	}

	tv.v.kiosks.SetSelectedIndex(2) // hall-a-2
	one := tv.v.figures
	if one.Visits == 0 || one.Visits >= all.Visits || one.Total.Opens >= all.Total.Opens {
		t.Errorf("hall-a-2: %d visits of %d", one.Visits, all.Visits)
	}
	tv.v.span.SetSelectedIndex(0) // the last 7 days
	week := tv.v.figures
	if len(week.Days) != 7 || week.Visits >= one.Visits {
		t.Errorf("a week: %d days, %d visits (30 days: %d)", len(week.Days), week.Visits, one.Visits)
	}
	tv.v.span.SetSelectedIndex(4) // everything
	if f := tv.v.figures; len(f.Days) != 30 {
		t.Errorf("everything of hall-a-2: %d days, want 30", len(f.Days))
	}
	// Dates picked: the span of the fields.
	from, to := time.Date(2025, 11, 20, 0, 0, 0, 0, time.Local), time.Date(2025, 11, 22, 0, 0, 0, 0, time.Local)
	test.Type(tv.v.fromDate, "") // make the renderer, so that typing reaches OnChanged
	tv.v.fromDate.SetDate(&from)
	tv.v.toDate.SetDate(&to)
	if f := tv.v.figures; len(f.Days) != 3 || tv.v.preset != custom {
		t.Errorf("dates chosen: %d days (preset %v)", len(f.Days), tv.v.preset)
	}
	tv.settle(t)
}

// TestDashboardEmpty: a computer without usage shows the charts' "no
// visits yet" and zeros, not an error.
func TestDashboardEmpty(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "none")
	tv := newTestView(t, "zh", Host{Usage: dir}, fyne.NewSize(1000, 800))
	tv.v.Open(Source{Dir: dir})
	tv.settle(t)
	if !tv.v.figures.Empty() || tv.v.note.Visible() {
		t.Errorf("figures %+v, note %q", tv.v.figures, tv.v.note.Text)
	}
	for _, c := range tv.v.charts {
		if c.img.Image == nil {
			t.Error("a chart was not drawn")
		}
	}
}

// TestDashboardKiosk: a kiosk shows its own usage, chooses no folder and
// saves nothing.
func TestDashboardKiosk(t *testing.T) {
	dir := t.TempDir()
	writeUsage(t, dir, 5, 9, placeIDs(t))
	tv := newTestView(t, "en", Host{Usage: dir, Fleet: t.TempDir(), Kiosk: true}, fyne.NewSize(1280, 800))
	tv.v.Open(Source{Fleet: "/somewhere/else"})
	tv.settle(t)
	if tv.v.Source() != (Source{Dir: dir}) || tv.v.figures.Visits == 0 {
		t.Errorf("source %+v, %d visits", tv.v.Source(), tv.v.figures.Visits)
	}
	if tv.v.save.Visible() || !tv.v.source.Disabled() || len(tv.v.source.Options) != 1 {
		t.Errorf("save shown %v, source choice %q (disabled %v)", tv.v.save.Visible(), tv.v.source.Options, tv.v.source.Disabled())
	}
	var buttons []string
	walk(tv.v.Object(), func(b *widget.Button) {
		if b.Visible() {
			buttons = append(buttons, b.Text)
		}
	})
	for _, b := range buttons {
		if strings.Contains(b, "Save") {
			t.Errorf("a kiosk shows %q", b)
		}
	}
}

// walk calls f for every button under o that is shown.
func walk(o fyne.CanvasObject, f func(*widget.Button)) {
	if !o.Visible() {
		return
	}
	switch x := o.(type) {
	case *widget.Button:
		f(x)
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, f)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walk(c, f)
		}
	}
}
