package e2e

import (
	"image"
	"image/color"
	"math"
	"strings"
	"testing"
	"time"

	"ningbomap/data"
)

// themeRGB is a theme's marker colour.
func themeRGB(t *testing.T, id string) [3]int {
	t.Helper()
	for _, th := range data.Themes() {
		if th.ID == id {
			var c color.NRGBA
			if _, err := sscanHex(th.Color, &c); err != nil {
				t.Fatal(err)
			}
			return [3]int{int(c.R), int(c.G), int(c.B)}
		}
	}
	t.Fatalf("no theme %q", id)
	return [3]int{}
}

// blobNear returns the centre of the pixels of colour c within radius of p.
func blobNear(img image.Image, p image.Point, radius int, c [3]int) (image.Point, int) {
	sx, sy, n := 0, 0, 0
	for y := p.Y - radius; y <= p.Y+radius; y++ {
		for x := p.X - radius; x <= p.X+radius; x++ {
			if near(img, x, y, c, 12) {
				sx, sy, n = sx+x, sy+y, n+1
			}
		}
	}
	if n == 0 {
		return image.Point{}, 0
	}
	return image.Pt(sx/n, sy/n), n
}

// waitTitle waits until the window title starts with prefix.
func (a *app) waitTitle(prefix string, timeout time.Duration) string {
	a.t.Helper()
	deadline := time.Now().Add(timeout)
	var got string
	for time.Now().Before(deadline) {
		if got = a.name(); strings.HasPrefix(got, prefix) {
			return got
		}
		time.Sleep(150 * time.Millisecond)
	}
	save(a.t, "title-timeout.png", screenshot(a.t))
	a.t.Fatalf("window title %q does not start with %q after %v", got, prefix, timeout)
	return ""
}

// TestE2EClickMarkerOpensCard starts centred on 滕头村, finds its green marker on the
// screen, clicks it with xdotool, and checks that its card opened (the window title
// names the open place) and that the card panel changed on screen.
func TestE2EClickMarkerOpensCard(t *testing.T) {
	requireX(t)
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	s := ds.Site("tengtou")
	view := ftoa(s.Point.Lon()) + "," + ftoa(s.Point.Lat()) + ",15"
	a := start(t, []string{"LANG=zh_CN.UTF-8"}, "--size", "1250x950", "--view", view)
	r := a.rect

	green := themeRGB(t, s.Theme)
	// The map area is left of the 460-unit card; its centre is where the marker is.
	guess := image.Pt(r.Min.X+(1250-460)/2, r.Min.Y+950/2)
	var at image.Point
	before := waitFor(t, 30*time.Second, "the 滕头村 marker", func(img image.Image) bool {
		p, n := blobNear(img, guess, 60, green)
		at = p
		return n > 40
	})
	save(t, "click-before.png", before)
	cardRect := image.Rect(r.Max.X-440, r.Min.Y+80, r.Max.X-20, r.Min.Y+400)

	xdo(t, "mousemove", itoa(at.X), itoa(at.Y))
	xdo(t, "click", "1")
	title := a.waitTitle("滕头村", 10*time.Second)
	t.Logf("title after the click: %q", title)
	after := waitFor(t, 10*time.Second, "the card to change", func(img image.Image) bool {
		return shiftError(before, img, cardRect, 0, 0) > 2
	})
	save(t, "click-after.png", after)
}

// TestE2ESearchOpensCard types into the search field (Ctrl+F) in pinyin and in 汉字 and
// checks that Enter opens 匡堰镇's card.
func TestE2ESearchOpensCard(t *testing.T) {
	requireX(t)
	a := start(t, []string{"LANG=en_US.UTF-8"}, "--size", "1250x950")
	waitFor(t, 30*time.Second, "the basemap", func(img image.Image) bool {
		return fraction(img, a.rect, landRGB) > 0.05
	})
	for _, q := range []struct{ typed, title string }{
		{"kuangyan", "Kuangyan Town"},
		{"匡堰", "Kuangyan Town"},
		{"gaoni", "Gaoni Village"},
	} {
		got := a.search(q.typed, q.title, func(try int) {
			xdo(t, "key", "--window", a.win, "Escape")
			a.ctrlF(try)
		})
		if !strings.HasPrefix(got, q.title) {
			save(t, "search-timeout.png", screenshot(t))
			t.Fatalf("searching %q: window title %q, want %q", q.typed, got, q.title)
		}
		save(t, "search-"+q.title+".png", screenshot(t))
	}
}

// search types typed into the search field and presses Enter until the window's title
// starts with title, and returns the last title seen. focus gives the search field the
// keyboard before each try (try counts from 0). Keys sent while the app is busy can
// arrive before the search field has the focus; a person would simply try again, and so
// does the test (three times, waiting longer each time).
func (a *app) search(typed, title string, focus func(try int)) string {
	a.t.Helper()
	var got string
	for try := 0; try < 3 && !strings.HasPrefix(got, title); try++ {
		if try > 0 {
			a.t.Logf("search %q: try %d", typed, try+1)
		}
		focus(try)
		xdo(a.t, "key", "--window", a.win, "ctrl+a")
		xdo(a.t, "type", "--delay", "60", typed)
		time.Sleep(time.Duration(400*(try+1)) * time.Millisecond)
		xdo(a.t, "key", "--window", a.win, "Return")
		got = a.titleWithin(title, 5*time.Second)
	}
	return got
}

// ctrlF is the usual focus step of search: Ctrl+F, then a pause that grows with try.
func (a *app) ctrlF(try int) {
	xdo(a.t, "key", "--window", a.win, "ctrl+f")
	time.Sleep(time.Duration(300*(try+1)) * time.Millisecond)
}

// titleWithin waits up to timeout for the window title to start with prefix and returns
// the last title seen.
func (a *app) titleWithin(prefix string, timeout time.Duration) string {
	deadline := time.Now().Add(timeout)
	var got string
	for time.Now().Before(deadline) {
		if got = a.name(); strings.HasPrefix(got, prefix) {
			return got
		}
		time.Sleep(150 * time.Millisecond)
	}
	return got
}

func ftoa(v float64) string {
	return strings.TrimRight(strings.TrimRight(formatFloat(v), "0"), ".")
}

func formatFloat(v float64) string {
	return strconvFormat(math.Round(v*1e6) / 1e6)
}
