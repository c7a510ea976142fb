package fleet

import (
	"bytes"
	"encoding/csv"
	"ningbomap/internal/usagegen"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestStats(t *testing.T) {
	fleetDir := t.TempDir()
	opens, tours := usagegen.Fleet(t, fleetDir, 3, 10, 50, 7)
	// hall-01 also has a garbage file and a garbage line; a folder that
	// cannot be a kiosk; a kiosk without usage.
	u1 := KioskUsageDir(fleetDir, "hall-01")
	os.WriteFile(filepath.Join(u1, "usage-2025-02-01.csv"), []byte("date,time,place_id,event,value\n\x00\xff garbage\n2025-02-01,10:00:00,tengtou,open,1\n"), 0o644)
	os.MkdirAll(filepath.Join(fleetDir, KiosksDir, ".syncthing.x.tmp"), 0o755)
	os.MkdirAll(filepath.Join(fleetDir, KiosksDir, "bad name"), 0o755)
	os.MkdirAll(KioskDir(fleetDir, "hall-new"), 0o755)
	os.WriteFile(filepath.Join(u1, "usage-2025-02-01.sync-conflict-20250201-100000-ABCDEFG.csv"),
		[]byte("date,time,place_id,event,value\n2025-02-01,10:00:00,tengtou,open,1\n"), 0o644)

	u, err := Stats(fleetDir, time.Time{}, "")
	if err != nil {
		t.Fatal(err)
	}
	if u.Total.Opens != opens+1 || u.Total.Tours != tours {
		t.Errorf("total %+v, want %d opens and %d tours", u.Total, opens+1, tours)
	}
	if len(u.Kiosks) != 4 {
		t.Errorf("%d kiosks, want 4", len(u.Kiosks))
	}
	skips := errorsText(u.Skips)
	for _, s := range []string{"kiosk hall-01:", "usage-2025-02-01.csv:2:", "bad name", "sync-conflict-20250201-100000-ABCDEFG.csv: a sync conflict copy, not counted"} {
		if !strings.Contains(skips, s) {
			t.Errorf("skips lack %q: %s", s, skips)
		}
	}
	var perKiosk int
	for _, k := range u.Kiosks {
		perKiosk += k.Total.Opens
	}
	if perKiosk != u.Total.Opens {
		t.Errorf("kiosks add up to %d opens, total %d", perKiosk, u.Total.Opens)
	}

	one, err := Stats(fleetDir, time.Time{}, "hall-02")
	if err != nil || len(one.Kiosks) != 1 || one.Total != one.Kiosks[0].Total {
		t.Errorf("--kiosk hall-02: %+v, %v", one, err)
	}
	if _, err := Stats(fleetDir, time.Time{}, "hall-99"); err == nil || !strings.Contains(err.Error(), "hall-99") {
		t.Errorf("an unknown kiosk: %v", err)
	}
	since, err := Stats(fleetDir, time.Date(2025, 2, 1, 0, 0, 0, 0, time.Local), "")
	if err != nil || since.Total.Opens != 1 {
		t.Errorf("since 2025-02-01: %d opens, %v; want 1", since.Total.Opens, err)
	}

	var out bytes.Buffer
	u.Name(func(id string) string {
		if id == "tengtou" {
			return "滕头村"
		}
		return ""
	})
	if err := u.WriteTable(&out); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"All 4 kiosks, per place:", "tengtou", "滕头村", "Per kiosk:", "hall-new", "total"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, out.String())
		}
	}
	out.Reset()
	if err := u.WriteCSV(&out); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(recs[0], ",") != "kiosk,place,opens,dwell_seconds,dwells,average_seconds,tours,name" {
		t.Errorf("header %v", recs[0])
	}
	last := recs[len(recs)-1]
	if last[0] != "all" || last[1] != "total" || last[2] != strconv.Itoa(u.Total.Opens) {
		t.Errorf("last line %v, want the grand total %d", last, u.Total.Opens)
	}
}

func errorsText(errs []error) string {
	var s []string
	for _, e := range errs {
		s = append(s, e.Error())
	}
	return strings.Join(s, "\n")
}
