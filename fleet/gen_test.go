package fleet

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// places are place ids the generated usage counts.
var places = []string{"ningbo", "kuangyan", "tengtou", "longtou", "zhaobaoshan", "bailong", "anfeng",
	"santang", "fenghua-water", "gaoni", "baiyu", "lingfeng", "yangming", "yuelin", "guided", "attract"}

// genUsage writes days of usage files for each kiosk into
// fleet/kiosks/ID/usage/, rowsPerDay rows a day in the usage format, from a
// seeded random source, and returns what they add up to.
func genUsage(t testing.TB, fleet string, kiosks, days, rowsPerDay int, seed int64) (opens, tours int) {
	t.Helper()
	rng := rand.New(rand.NewSource(seed))
	first := time.Date(2025, 1, 1, 0, 0, 0, 0, time.Local)
	for k := range kiosks {
		dir := KioskUsageDir(fleet, fmt.Sprintf("hall-%02d", k))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for d := range days {
			day := first.AddDate(0, 0, d)
			f, err := os.Create(filepath.Join(dir, "usage-"+day.Format("2006-01-02")+".csv"))
			if err != nil {
				t.Fatal(err)
			}
			w := bufio.NewWriter(f)
			w.WriteString("date,time,place_id,event,value\n")
			secs := 9 * 3600
			for range rowsPerDay {
				secs += rng.Intn(90)
				clock := fmt.Sprintf("%02d:%02d:%02d", secs/3600%24, secs/60%60, secs%60)
				p := places[rng.Intn(len(places))]
				switch {
				case p == "guided" || p == "attract":
					fmt.Fprintf(w, "%s,%s,%s,tour_complete,1\n", day.Format("2006-01-02"), clock, p)
					tours++
				case rng.Intn(2) == 0:
					fmt.Fprintf(w, "%s,%s,%s,open,1\n", day.Format("2006-01-02"), clock, p)
					opens++
				default:
					fmt.Fprintf(w, "%s,%s,%s,dwell_seconds,%.1f\n", day.Format("2006-01-02"), clock, p, rng.Float64()*120)
				}
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}
	}
	return opens, tours
}
