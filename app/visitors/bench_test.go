package visitors

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"ningbomap/internal/cputime"
	"ningbomap/internal/usagegen"
)

// BenchmarkOpen opens the dashboard on a fleet folder of 50 kiosks with a
// year of usage each, 200 rows a day (3.65 million rows, about 130 MB),
// everything shown, in a 1920×1080 window on Fyne's test driver: from the
// click to the last chart drawn. cpu-ns/op is the processor time, which a
// busy shared machine does not inflate as it does the wall time.
func BenchmarkOpen(b *testing.B) {
	fleetDir := b.TempDir()
	opens, _ := usagegen.Fleet(b, fleetDir, 50, 365, 200, 1)
	tv := newTestView(b, "zh", Host{Usage: b.TempDir(), Fleet: fleetDir}, fyne.NewSize(1920, 1080))
	tv.v.preset = everything
	b.ReportAllocs()
	timer := cputime.Start()
	for b.Loop() {
		tv.v.data.src = Source{} // read again
		tv.v.Open(Source{Fleet: fleetDir})
		tv.settle(b)
		if f := tv.v.figures; f.Total.Opens != opens || len(f.Days) != 365 {
			b.Fatalf("%d opens over %d days, want %d over 365", f.Total.Opens, len(f.Days), opens)
		}
	}
	timer.Report(b)
}

// BenchmarkChoose shows another kiosk and span of the same fleet: adding up
// and drawing, without reading.
func BenchmarkChoose(b *testing.B) {
	fleetDir := b.TempDir()
	usagegen.Fleet(b, fleetDir, 50, 365, 200, 1)
	tv := newTestView(b, "zh", Host{Usage: b.TempDir(), Fleet: fleetDir, Now: func() time.Time { return today }}, fyne.NewSize(1920, 1080))
	tv.v.preset = everything
	tv.v.Open(Source{Fleet: fleetDir})
	tv.settle(b)
	b.ReportAllocs()
	timer := cputime.Start()
	k := 0
	for b.Loop() {
		k = k%50 + 1
		tv.v.kiosks.SetSelectedIndex(k)
		tv.settle(b)
	}
	timer.Report(b)
}
