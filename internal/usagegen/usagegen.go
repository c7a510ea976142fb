// Package usagegen writes usage files for tests and benchmarks: a fleet
// folder's kiosks with days of rows in the usage log's format, from a
// seeded random source. It is for tests only.
package usagegen

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Places are the place ids the rows count, the two tours last.
var Places = []string{"ningbo", "kuangyan", "tengtou", "longtou", "zhaobaoshan", "bailong", "anfeng",
	"santang", "fenghua-water", "gaoni", "baiyu", "lingfeng", "yangming", "yuelin", "guided", "attract"}

// First is the first day written: 1 January 2025.
var First = time.Date(2025, 1, 1, 0, 0, 0, 0, time.Local)

// Fleet writes days of usage files from First for each of kiosks kiosks
// (hall-00, hall-01, …) into fleet/kiosks/ID/usage/, rowsPerDay rows a day
// from 9:00 on, and returns the card opens and tour completions they hold.
func Fleet(t testing.TB, fleet string, kiosks, days, rowsPerDay int, seed int64) (opens, tours int) {
	t.Helper()
	rng := rand.New(rand.NewSource(seed))
	for k := range kiosks {
		dir := filepath.Join(fleet, "kiosks", fmt.Sprintf("hall-%02d", k), "usage")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for d := range days {
			day := First.AddDate(0, 0, d)
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
				p := Places[rng.Intn(len(Places))]
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
