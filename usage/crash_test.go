package usage

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The rows of the fault tests: row i is place "r<i>", opened once and read for
// truthDwell(i) seconds, so every row on disk says which record made it.

// truthDwell is the dwell time recorded for row i.
func truthDwell(i int) float64 { return float64(i%997) + 0.75 }

// recordRow records row i.
func recordRow(l *Log, i int) error {
	place := "r" + strconv.Itoa(i)
	return errors.Join(l.Record(place, Open, 1), l.Record(place, DwellSeconds, truthDwell(i)))
}

// checkTruth reads every usage file of dir, which must all parse, and checks
// that no row of 0…max is counted twice and that no value is above what was
// recorded. It returns the number of rows found whole (open and dwell).
func checkTruth(t *testing.T, dir string, max int) (opens, dwells int) {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, name := range names {
		if fileDate(filepath.Base(name)) == "" {
			t.Errorf("stray file %s", name)
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		err = readRecords(f, name, func(r record) {
			i, err := strconv.Atoi(strings.TrimPrefix(r.Place, "r"))
			key := r.Place + " " + string(r.Event)
			switch {
			case err != nil || i < 0 || i > max:
				t.Errorf("%s: row %q was never recorded", name, key)
			case seen[key]:
				t.Errorf("%s: row %q counted twice", name, key)
			case r.Event == Open && r.Value != 1:
				t.Errorf("%s: row %q has value %v", name, key, r.Value)
			case r.Event == DwellSeconds && r.Value > truthDwell(i):
				t.Errorf("%s: row %q has %v s, more than the %v recorded", name, key, r.Value, truthDwell(i))
			}
			seen[key] = true
			if r.Event == Open {
				opens++
			} else {
				dwells++
			}
		})
		f.Close()
		if err != nil {
			t.Errorf("file does not parse: %v", err)
		}
	}
	return opens, dwells
}

// faultyWrites makes writes fail after a random number of bytes, half the
// time, until the returned function restores the real writes. With failTruncate
// the undo of a short write fails too.
func faultyWrites(t *testing.T, seed uint64, failTruncate bool) (restore func()) {
	rng := rand.New(rand.NewPCG(seed, 1))
	var mu sync.Mutex
	realWrite, realTruncate := writeAt, truncate
	writeAt = func(f *os.File, b []byte, off int64) (int, error) {
		mu.Lock()
		k, fail := rng.IntN(len(b)), rng.IntN(2) == 0
		mu.Unlock()
		if !fail || len(b) == 1 {
			return realWrite(f, b, off)
		}
		n, _ := realWrite(f, b[:k], off)
		return n, errors.New("injected: disk full")
	}
	if failTruncate {
		truncate = func(*os.File, int64) error { return errors.New("injected: cannot truncate") }
	}
	restore = func() { writeAt, truncate = realWrite, realTruncate }
	t.Cleanup(restore)
	return restore
}

func TestFlushAfterShortWrites(t *testing.T) {
	for _, failTruncate := range []bool{false, true} {
		t.Run(fmt.Sprintf("undo fails %v", failTruncate), func(t *testing.T) {
			dir := t.TempDir()
			clock := &stepClock{now: time.Date(2025, 11, 26, 23, 55, 0, 0, time.Local)} // crosses midnight
			l, err := New(dir, Options{Now: clock.Now, FlushEvery: time.Hour})
			if err != nil {
				t.Fatal(err)
			}
			restore := faultyWrites(t, 7, failTruncate)
			rng := rand.New(rand.NewPCG(3, 4))
			row := 0
			failures := 0
			for range 300 {
				for range 1 + rng.IntN(5) {
					mustDo(t, recordRow(l, row))
					row++
				}
				if l.Flush() != nil {
					failures++
				}
			}
			restore()
			mustDo(t, l.Close())
			if failures < 50 {
				t.Fatalf("only %d of 300 flushes failed: the fault injection is not working", failures)
			}
			// A reopened log repairs what the failed undos left.
			l2, err := New(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			torn := l.TornLines() + l2.TornLines()
			mustDo(t, l2.Close())
			opens, dwells := checkTruth(t, dir, row-1)
			switch {
			case !failTruncate && (opens != row || dwells != row || torn != 0):
				t.Errorf("%d opens and %d dwells on disk (%d torn), want all %d", opens, dwells, torn, row)
			case failTruncate && opens+dwells+torn < 2*row-failures:
				// Each failed flush may lose at most its one partial row.
				t.Errorf("%d opens, %d dwells and %d torn lines of %d rows after %d failures: too many lost", opens, dwells, torn, 2*row, failures)
			}
			t.Logf("%d rows recorded, %d flushes failed: %d opens, %d dwells on disk, %d torn lines dropped", row, failures, opens, dwells, torn)
		})
	}
}

func TestRepairTornLastLine(t *testing.T) {
	const row = "2025-11-26,14:03:41,tengtou,dwell_seconds,34.2\n"
	cases := []struct {
		name, content, want string
		torn                int
	}{
		{"whole", header + "\n" + row, header + "\n" + row, 0},
		{"empty", "", "", 0},
		{"row cut in its value is completed", header + "\n" + row + row[:len(row)-3], header + "\n" + row + row[:len(row)-3] + "\n", 0},
		{"row cut before its value is dropped", header + "\n" + row + row[:30], header + "\n" + row, 1},
		{"row cut after its last comma is dropped", header + "\n" + row + "2025-11-26,14:03:41,tengtou,open,", header + "\n" + row, 1},
		{"header cut is dropped", "date,ti", "", 1},
		{"whole header without newline", header, header + "\n", 0},
		{"overlong last line is dropped", header + "\n" + strings.Repeat("x", 3000), header + "\n", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			name := filepath.Join(dir, fileName("2025-11-26"))
			mustDo(t, os.WriteFile(name, []byte(tc.content), 0o644))
			l, err := New(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			mustDo(t, l.Close())
			if got := readFile(t, dir, filepath.Base(name)); got != tc.want {
				t.Errorf("repaired to %q, want %q", got, tc.want)
			}
			if l.TornLines() != tc.torn {
				t.Errorf("TornLines() = %d, want %d", l.TornLines(), tc.torn)
			}
		})
	}
}

// childEnv names the folder a child process of TestLogSurvivesKills writes to.
const childEnv = "NINGBOMAP_USAGE_CHILD"

// TestLogSurvivesKills runs a writer in a child process (this test binary again)
// many times over the same folder and kills it at random moments: from outside
// (SIGKILL at a random time) or in the middle of a write (the child writes a
// random part of a batch and kills itself). Every file must parse afterwards,
// no row may be counted twice, and no value may be above what was recorded.
func TestLogSurvivesKills(t *testing.T) {
	if dir := os.Getenv(childEnv); dir != "" {
		runChild(dir)
		return
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(11, 12))
	next, repaired := 0, 0
	runs := 40
	if testing.Short() {
		runs = 10
	}
	for run := range runs {
		crashInWrite := run%2 == 1
		cmd := exec.Command(os.Args[0], "-test.run=^TestLogSurvivesKills$")
		cmd.Env = append(os.Environ(), childEnv+"="+dir, "CHILD_START="+strconv.Itoa(next),
			"CHILD_SEED="+strconv.Itoa(run), "CHILD_CRASH="+strconv.FormatBool(crashInWrite))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		last := make(chan int)
		go func() {
			max := next - 1
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				f := strings.Fields(sc.Text())
				switch {
				case len(f) == 2 && f[0] == "row":
					if i, err := strconv.Atoi(f[1]); err == nil && i > max {
						max = i
					}
				case len(f) == 3 && f[0] == "repaired":
					a, _ := strconv.Atoi(f[1])
					b, _ := strconv.Atoi(f[2])
					repaired += a + b
				}
			}
			last <- max
		}()
		if !crashInWrite {
			time.Sleep(time.Duration(5+rng.IntN(60)) * time.Millisecond)
			cmd.Process.Kill()
		}
		max := <-last
		cmd.Wait()
		next = max + 1
	}
	l, err := New(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	repaired += l.TornLines() + l.mended
	mustDo(t, l.Close())
	opens, dwells := checkTruth(t, dir, next-1)
	t.Logf("%d runs, %d rows recorded: %d opens and %d dwells on disk, %d torn or cut-short lines repaired", runs, next, opens, dwells, repaired)
	if next < runs || opens == 0 {
		t.Errorf("the children recorded %d rows and wrote %d: the test did not exercise the log", next, opens)
	}
	if repaired == 0 {
		t.Error("no torn line was ever repaired: the crashes in mid-write did not happen")
	}
}

// runChild is the child of TestLogSurvivesKills: it records rows, announcing
// each on stdout before recording it, and flushes every millisecond or so,
// until it is killed. With CHILD_CRASH=true it kills itself in the middle of a
// random write, after writing part of it.
func runChild(dir string) {
	start, _ := strconv.Atoi(os.Getenv("CHILD_START"))
	seed, _ := strconv.Atoi(os.Getenv("CHILD_SEED"))
	rng := rand.New(rand.NewPCG(uint64(seed), 99))
	if os.Getenv("CHILD_CRASH") == "true" {
		countdown := 1 + rng.IntN(20)
		writeAt = func(f *os.File, b []byte, off int64) (int, error) {
			if countdown--; countdown > 0 || len(b) < 2 {
				return f.WriteAt(b, off)
			}
			f.WriteAt(b[:1+rng.IntN(len(b)-1)], off)
			p, _ := os.FindProcess(os.Getpid())
			p.Kill()
			select {} // the kill lands
		}
	}
	l, err := New(dir, Options{FlushEvery: time.Millisecond})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	fmt.Printf("repaired %d %d\n", l.TornLines(), l.mended)
	for i := start; ; i++ {
		fmt.Printf("row %d\n", i) // announced before it is recorded: the parent's count is never short
		if recordRow(l, i) != nil {
			os.Exit(1)
		}
		if rng.IntN(8) == 0 {
			l.Flush()
		}
		if rng.IntN(4) == 0 {
			time.Sleep(time.Duration(rng.IntN(300)) * time.Microsecond)
		}
	}
}
