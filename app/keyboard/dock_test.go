package keyboard

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// TestDock: the keyboard spans the bottom of the area and what it types into shows right
// above it, never under it, as large as it asks where there is room and cut to the room
// where there is not.
func TestDock(t *testing.T) {
	for _, tc := range []struct {
		area  fyne.Size
		above fyne.Size
	}{
		{fyne.NewSize(1920, 1010), fyne.NewSize(420, 400)},
		{fyne.NewSize(1080, 1850), fyne.NewSize(420, 400)},
		{fyne.NewSize(1280, 700), fyne.NewSize(420, 600)}, // more than the room
		{fyne.NewSize(700, 900), fyne.NewSize(900, 100)},  // wider than the area
	} {
		t.Run(fmt.Sprintf("%gx%g", tc.area.Width, tc.area.Height), func(t *testing.T) {
			test.NewTempApp(t)
			kb := New(labels["en"], (&typist{}).actions(), kioskSide)
			results := canvas.NewRectangle(nil)
			results.SetMinSize(tc.above)
			d := Dock(kb, container.NewStack(results))
			d.Resize(tc.area)
			above := d.Objects[0]
			kp, ks := kb.Position(), kb.Size()
			if kp.X != 0 || ks.Width != tc.area.Width || kp.Y+ks.Height != tc.area.Height {
				t.Errorf("keyboard at %v %v: want along the bottom of %v", kp, ks, tc.area)
			}
			ap, as := above.Position(), above.Size()
			if ap.Y+as.Height > kp.Y {
				t.Errorf("results at %v %v reach under the keyboard at y %g", ap, as, kp.Y)
			}
			if ap.Y < 0 || ap.X < 0 || ap.X+as.Width > tc.area.Width {
				t.Errorf("results at %v %v leave the area %v", ap, as, tc.area)
			}
			room := tc.area.Height - ks.Height - dockGap
			if want := min(tc.above.Height, room); as.Height != want {
				t.Errorf("results %g high, want %g", as.Height, want)
			}
			above.Hide()
			d.Resize(tc.area.AddWidthHeight(0, 1))
			if kb.Position().Y+kb.Size().Height != tc.area.Height+1 {
				t.Error("without results the keyboard left the bottom")
			}
		})
	}
}
