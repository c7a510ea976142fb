package usage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"ningbomap/budget"
	"ningbomap/internal/hostile"
)

// TestGarbageSummarised reads a usage file of 10 MB of garbage lines: the
// first few are listed, the rest counted, and the message stays short.
func TestGarbageSummarised(t *testing.T) {
	dir := t.TempDir()
	if err := hostile.UsageGarbage(filepath.Join(dir, "usage-2025-01-01.csv"), 10<<20); err != nil {
		t.Fatal(err)
	}
	good := record{Date: "2025-01-02", Clock: "10:00:00", Place: "tengtou", Event: Open, Value: 1}
	os.WriteFile(filepath.Join(dir, "usage-2025-01-02.csv"), good.append([]byte(header+"\n")), 0o644)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rows, err := Summarise(dir, time.Time{})
	runtime.ReadMemStats(&after)
	if len(rows) != 1 || rows[0].Opens != 1 {
		t.Errorf("rows %+v", rows)
	}
	var skipped *SkippedError
	if !errors.As(err, &skipped) || skipped.Lines < 100_000 {
		t.Fatalf("err %.500v", err)
	}
	if n := strings.Count(err.Error(), "\n") + 1; n != budget.ProblemsListed.Int()+1 {
		t.Errorf("%d lines of message:\n%v", n, err)
	}
	if len(err.Error()) > 4000 {
		t.Errorf("a message of %d bytes", len(err.Error()))
	}
	if a := after.TotalAlloc - before.TotalAlloc; a > 64<<20 {
		t.Errorf("reading it allocated %d MB", a>>20)
	}
}

// TestUsageLinksNotFollowed puts links among the usage files: stats does
// not read them, and the log neither repairs nor appends to their targets.
func TestUsageLinksNotFollowed(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(t.TempDir(), "precious.txt")
	const precious = "2025-01-01,10:00:00,a,open,1\nthe last line, not a row"
	os.WriteFile(other, []byte(precious), 0o600)
	link := filepath.Join(dir, "usage-2025-01-01.csv")
	if err := os.Symlink(other, link); err != nil {
		t.Skip(err)
	}
	rows, err := Summarise(dir, time.Time{})
	if len(rows) != 0 || err == nil || !strings.Contains(err.Error(), link) || !errors.Is(err, budget.ErrLink) {
		t.Errorf("Summarise read the link: %v, %v", rows, err)
	}
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.Local)
	l, err := New(dir, Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	l.Opened("tengtou")
	ferr := l.Flush()
	l.Close()
	if b, _ := os.ReadFile(other); string(b) != precious {
		t.Errorf("the link's target became %q", b)
	}
	if ferr == nil || !strings.Contains(ferr.Error(), link) {
		t.Errorf("Flush: %v; want the link named", ferr)
	}
}

func TestUsagePlacesBudget(t *testing.T) {
	old := budget.UsagePlaces
	budget.UsagePlaces.Limit = 5
	t.Cleanup(func() { budget.UsagePlaces = old })
	dir := t.TempDir()
	b := []byte(header + "\n")
	for i := range 20 {
		b = record{Date: "2025-01-02", Clock: "10:00:00", Place: fmt.Sprint("p", i), Event: Open, Value: 1}.append(b)
	}
	os.WriteFile(filepath.Join(dir, "usage-2025-01-02.csv"), b, 0o644)
	rows, err := Summarise(dir, time.Time{})
	if len(rows) != 5 || err == nil || !strings.Contains(err.Error(), "15 rows of further places not counted: over the usage places budget of 5") {
		t.Errorf("%d rows, %v", len(rows), err)
	}
}
