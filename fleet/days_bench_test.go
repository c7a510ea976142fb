package fleet

import (
	"ningbomap/internal/usagegen"
	"testing"
	"time"

	"ningbomap/internal/cputime"
)

// BenchmarkDashboard reads a year of usage of 50 kiosks, 200 rows a day each
// (3.65 million rows, about 130 MB), and adds up the figures the visitors
// dashboard opens with: every kiosk, the whole year. cpu-ns/op is the
// processor time per opening, which a busy shared machine does not inflate
// as it does the wall time.
func BenchmarkDashboard(b *testing.B) {
	fleet := b.TempDir()
	opens, _ := usagegen.Fleet(b, fleet, 50, 365, 200, 1)
	b.ReportAllocs()
	timer := cputime.Start()
	b.ResetTimer()
	for b.Loop() {
		kiosks, skips, err := Days(fleet, time.Time{}, time.Time{})
		if err != nil || len(skips) != 0 {
			b.Fatal(err, skips)
		}
		f := Figures(kiosks, "", time.Time{}, time.Time{})
		if f.Total.Opens != opens || len(f.Days) != 365 {
			b.Fatalf("%d opens over %d days, want %d over 365", f.Total.Opens, len(f.Days), opens)
		}
	}
	timer.Report(b)
}

// BenchmarkDashboardSelect adds up the figures of one kiosk and of one
// month from usage already read: what changing the dashboard's choices costs.
func BenchmarkDashboardSelect(b *testing.B) {
	fleet := b.TempDir()
	usagegen.Fleet(b, fleet, 50, 365, 200, 1)
	kiosks, _, err := Days(fleet, time.Time{}, time.Time{})
	if err != nil {
		b.Fatal(err)
	}
	from, to := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		all := Figures(kiosks, "", time.Time{}, time.Time{})
		one := Figures(kiosks, "hall-07", from, to)
		if len(all.Days) != 365 || len(one.Days) != 30 {
			b.Fatal(len(all.Days), len(one.Days))
		}
	}
}
