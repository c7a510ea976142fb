package usage

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"ningbomap/budget"
)

// LineError is a line of a usage file that could not be read; the line is
// skipped.
type LineError struct {
	File string
	Line int // from 1
	Err  error
}

// Error formats the problem as "file:line: problem".
func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the problem.
func (e *LineError) Unwrap() error { return e.Err }

// SkippedError counts the bad lines of a usage file past the first
// budget.ProblemsListed, which are reported one by one: a file of garbage
// gives a short message, not a line of message for each of its lines.
type SkippedError struct {
	File  string
	Lines int
}

// Error returns "file: 4,999,990 more bad lines skipped".
func (e *SkippedError) Error() string {
	return fmt.Sprintf("%s: %s more bad lines skipped", e.File, budget.Budget{Unit: budget.Count}.Amount(int64(e.Lines)))
}

// errTooLong is the problem of a line longer than any row.
var errTooLong = fmt.Errorf("line longer than %d bytes", maxLineSize)

// readRecords reads a usage file from r, naming it file in errors, and calls
// fn with every good record. Blank lines and header lines are skipped; every
// other bad line is skipped, the first budget.ProblemsListed reported as a
// *LineError each and the rest counted in a *SkippedError, in the joined
// error, which also holds a read failure.
func readRecords(r io.Reader, file string, fn func(record)) error {
	return newParser().readRecords(r, file, fn)
}

// readRecords is readRecords sharing the parser's strings.
func (p *parser) readRecords(r io.Reader, file string, fn func(record)) error {
	if p.br == nil {
		p.br = bufio.NewReaderSize(r, 16<<10)
	} else {
		p.br.Reset(r)
	}
	br := p.br
	defer br.Reset(nil)
	var errs []error
	skipped := &SkippedError{File: file}
	var line []byte
	for n := 1; ; n++ {
		var tooLong bool
		var err error
		line, tooLong, err = readLine(br, line[:0])
		if len(line) > 0 || tooLong {
			if rec, ok, bad := p.parseLine(line, tooLong); bad != nil {
				if len(errs) < budget.ProblemsListed.Int() {
					errs = append(errs, &LineError{File: file, Line: n, Err: bad})
				} else {
					skipped.Lines++
				}
			} else if ok {
				fn(rec)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", file, err))
			break
		}
	}
	if skipped.Lines > 0 {
		errs = append(errs, skipped)
	}
	return errors.Join(errs...)
}

// parseLine reads one line: ok false and no error for a blank or header line.
func (p *parser) parseLine(line []byte, tooLong bool) (rec record, ok bool, err error) {
	if tooLong {
		return record{}, false, errTooLong
	}
	line = bytes.TrimSuffix(line, []byte("\r"))
	if len(bytes.TrimSpace(line)) == 0 || string(line) == header {
		return record{}, false, nil
	}
	rec, err = p.parse(line)
	if err != nil {
		return record{}, false, err
	}
	return rec, true, nil
}

// parseLine reads one line with a parser that shares nothing.
func parseLine(line []byte, tooLong bool) (*record, error) {
	var p parser
	rec, ok, err := p.parseLine(line, tooLong)
	if !ok {
		return nil, err
	}
	return &rec, nil
}

// readLine reads the next line into buf without its "\n". A line longer than
// maxLineSize is read to its end but not kept, and reported by tooLong. err is
// io.EOF after the last line.
func readLine(br *bufio.Reader, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			buf = append(buf, chunk...)
			if len(buf) > maxLineSize+1 {
				tooLong, buf = true, buf[:0]
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err != nil:
			return buf, tooLong, err
		}
		return bytes.TrimSuffix(buf, []byte("\n")), tooLong, nil
	}
}
