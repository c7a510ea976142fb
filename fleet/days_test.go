package fleet

import (
	"ningbomap/internal/usagegen"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDays(t *testing.T) {
	fleetDir := t.TempDir()
	usagegen.Fleet(t, fleetDir, 3, 10, 50, 7)
	u1 := KioskUsageDir(fleetDir, "hall-01")
	os.WriteFile(filepath.Join(u1, "usage-2025-02-01.csv"), []byte("date,time,place_id,event,value\n\x00\xff garbage\n2025-02-01,10:00:00,tengtou,open,1\n"), 0o644)
	os.WriteFile(filepath.Join(u1, "usage-2025-02-01.sync-conflict-20250201-100000-ABCDEFG.csv"),
		[]byte("date,time,place_id,event,value\n2025-02-01,10:00:00,tengtou,open,1\n"), 0o644)
	os.MkdirAll(filepath.Join(fleetDir, KiosksDir, "bad name"), 0o755)
	os.MkdirAll(KioskDir(fleetDir, "hall-new"), 0o755)

	stats, err := Stats(fleetDir, time.Time{}, "")
	if err != nil {
		t.Fatal(err)
	}
	kiosks, skips, err := Days(fleetDir, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if ids := strings.Join(KioskIDs(kiosks), " "); ids != "hall-00 hall-01 hall-02 hall-new" {
		t.Errorf("kiosks %s", ids)
	}
	text := errorsText(skips)
	for _, s := range []string{"kiosk hall-01:", "usage-2025-02-01.csv:2:", "bad name", "a sync conflict copy, not counted"} {
		if !strings.Contains(text, s) {
			t.Errorf("skips lack %q: %s", s, text)
		}
	}
	cases := []struct {
		name     string
		kiosk    string
		from, to time.Time
		days     int
	}{
		{"every kiosk, every day", "", time.Time{}, time.Time{}, 32}, // 1 January to 1 February
		{"one kiosk", "hall-02", time.Time{}, time.Time{}, 10},
		{"a kiosk without usage", "hall-new", time.Time{}, time.Time{}, 0},
		{"a span", "", time.Date(2025, 1, 3, 0, 0, 0, 0, time.UTC), time.Date(2025, 1, 5, 0, 0, 0, 0, time.UTC), 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := Figures(kiosks, c.kiosk, c.from, c.to)
			if len(f.Days) != c.days {
				t.Errorf("%d days, want %d", len(f.Days), c.days)
			}
			if !c.from.IsZero() {
				return
			}
			want := stats.Total
			if c.kiosk != "" {
				for _, k := range stats.Kiosks {
					if k.Kiosk == c.kiosk {
						want = k.Total
					}
				}
			}
			got := f.Total
			got.Tours = f.Guided + f.Attract
			if got.Opens != want.Opens || got.Dwells != want.Dwells || got.Tours != want.Tours {
				t.Errorf("figures %+v, stats --fleet %+v", got, want)
			}
		})
	}
}
