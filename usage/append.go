package usage

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"

	"ningbomap/budget"
)

// A usage file is an append-only log, so it is not rewritten through
// atomicfile on every flush: rows are appended as whole lines with one write,
// and the file is synced. The file is the truth of what was counted:
//
//   - Before appending, a last line without its newline (a crash or power cut
//     in the middle of a write) is completed when it reads as a row, else cut
//     off and counted as torn. A torn row was never reported as written, and
//     the process that wrote it is gone, so it is counted at most once.
//   - After a failed or short write, the partial row is cut off again and only
//     the rows after the last whole line on disk are tried again. When even
//     that cut fails, the partial row is left for the repair (complete or
//     drop) and not tried again, so no row is ever counted twice.
//   - A failed sync keeps the rows as written: they are in the file, and
//     writing them again could count them twice.

// Hooks for fault-injection tests; the real file operations otherwise.
var (
	writeAt  = func(f *os.File, b []byte, off int64) (int, error) { return f.WriteAt(b, off) }
	truncate = func(f *os.File, size int64) error { return f.Truncate(size) }
)

// appendFile appends rows as lines to the file at path, with the header first
// when the file is new or empty, after repairing a torn last line, and syncs
// it. It returns how many of the rows (the first ones) are in the file, the
// number of torn lines dropped by the repair (0 or 1) and the error.
//
// The file is never opened through a link (a link in the usage folder could
// otherwise make the repair cut another file), and must be a regular file.
func appendFile(path string, rows []record) (written, torn int, err error) {
	f, err := budget.OpenNoFollow(path, os.O_RDWR|os.O_CREATE, 0o644, anySize)
	if err != nil {
		return 0, 0, fmt.Errorf("usage log: %w", err)
	}
	defer func() { err = errors.Join(err, closeErr(f)) }()
	size, torn, err := repairEnd(f)
	if err != nil {
		return 0, torn, err
	}
	var buf []byte
	if size == 0 {
		buf = append(buf, header+"\n"...)
	}
	start := len(buf) // end of the header in buf
	ends := make([]int, len(rows))
	for i, r := range rows {
		buf = r.append(buf)
		ends[i] = len(buf)
	}
	n, werr := writeAt(f, buf, size)
	if werr == nil && n < len(buf) {
		werr = io.ErrShortWrite
	}
	if werr == nil {
		if err := f.Sync(); err != nil {
			return len(rows), torn, fmt.Errorf("usage log: %s: sync: %w", path, err)
		}
		return len(rows), torn, nil
	}
	whole, cut := 0, start
	if n < start {
		cut = 0 // not even the header: undo it all
	}
	for whole < len(rows) && ends[whole] <= n {
		cut = ends[whole]
		whole++
	}
	werr = fmt.Errorf("usage log: %s: %w", path, werr)
	if n > cut {
		if terr := truncate(f, size+int64(cut)); terr != nil {
			if whole < len(rows) && n > start {
				whole++ // part of this row is on disk: the repair completes or drops it
			}
			return whole, torn, errors.Join(werr, fmt.Errorf("usage log: %s: %w", path, terr))
		}
	}
	_ = f.Sync()
	return whole, torn, werr
}

// closeErr closes f, naming it in the error.
func closeErr(f *os.File) error {
	if err := f.Close(); err != nil {
		return fmt.Errorf("usage log: %w", err)
	}
	return nil
}

// repairEnd makes the file end with a whole line: a last line without its
// newline is completed when it reads as a row, the header or a blank line,
// and otherwise cut off (torn is then 1). It returns the file's size after.
func repairEnd(f *os.File) (size int64, torn int, err error) {
	size, torn, _, err = mendEnd(f)
	return size, torn, err
}

// mendEnd is repairEnd, also reporting whether a last line was completed.
func mendEnd(f *os.File) (size int64, torn int, completed bool, err error) {
	st, err := f.Stat()
	if err != nil {
		return 0, 0, false, fmt.Errorf("usage log: %w", err)
	}
	size = st.Size()
	if size == 0 {
		return 0, 0, false, nil
	}
	tail := make([]byte, min(size, maxLineSize+2))
	if _, err := f.ReadAt(tail, size-int64(len(tail))); err != nil {
		return size, 0, false, fmt.Errorf("usage log: %s: %w", f.Name(), err)
	}
	if tail[len(tail)-1] == '\n' {
		return size, 0, false, nil
	}
	lineStart := int64(-1) // offset of the torn line; -1 for one longer than any row
	if i := bytes.LastIndexByte(tail, '\n'); i >= 0 {
		lineStart = size - int64(len(tail)) + int64(i) + 1
	} else if int64(len(tail)) == size {
		lineStart = 0
	}
	if lineStart >= 0 {
		if _, bad := parseLine(tail[len(tail)-int(size-lineStart):], false); bad == nil {
			if _, err := writeAt(f, []byte{'\n'}, size); err != nil {
				return size, 0, false, fmt.Errorf("usage log: %s: completing the last line: %w", f.Name(), err)
			}
			return size + 1, 0, true, f.Sync()
		}
	} else if lineStart, err = lastNewline(f, size); err != nil {
		return size, 0, false, err
	}
	if err := truncate(f, lineStart); err != nil {
		return size, 0, false, fmt.Errorf("usage log: %s: dropping a torn last line: %w", f.Name(), err)
	}
	return lineStart, 1, false, f.Sync()
}

// anySize is the budget of a usage file opened to append to or repair: only
// its end is read.
var anySize = budget.Budget{Name: budget.UsageFile.Name, Limit: math.MaxInt64, Unit: budget.Bytes}

// lastNewline returns the offset just after the last newline in the first
// size bytes of f, or 0 when there is none. It reads backwards a block at a
// time, so a last line of any length costs one block of memory.
func lastNewline(f *os.File, size int64) (int64, error) {
	buf := make([]byte, 64<<10)
	for end := size; end > 0; {
		start := max(0, end-int64(len(buf)))
		b := buf[:end-start]
		if _, err := f.ReadAt(b, start); err != nil && err != io.EOF {
			return 0, fmt.Errorf("usage log: %s: %w", f.Name(), err)
		}
		if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
			return start + int64(i) + 1, nil
		}
		end = start
	}
	return 0, nil
}

// repairDir repairs the end of every usage file in dir (see repairEnd) and
// returns the number of torn lines dropped and of last lines completed.
func repairDir(dir string) (torn, completed int, err error) {
	names, err := filepath.Glob(filepath.Join(dir, "usage-*.csv"))
	if err != nil {
		return 0, 0, err
	}
	var errs []error
	for _, name := range names {
		if fileDate(filepath.Base(name)) == "" {
			continue
		}
		if info, err := os.Lstat(name); err != nil || !info.Mode().IsRegular() {
			continue // a link or anything but a file is not ours to repair
		}
		f, err := budget.OpenNoFollow(name, os.O_RDWR, 0, anySize)
		if err != nil {
			errs = append(errs, fmt.Errorf("usage log: %w", err))
			continue
		}
		_, n, mended, err := mendEnd(f)
		torn += n
		if mended {
			completed++
		}
		errs = append(errs, err, closeErr(f))
	}
	return torn, completed, errors.Join(errs...)
}
