package usage

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"time"
)

// RunStats is the "ningbomap stats [--since DATE] [--dir DIR]" command: it
// sums the usage files and prints the table. name, when not nil, gives the
// name shown beside a place id. Lines or files it had to skip are listed on
// stderr after the table; the command fails only for bad arguments or a
// missing folder.
func RunStats(args []string, stdout, stderr io.Writer, name func(id string) string) error {
	flags := flag.NewFlagSet("ningbomap stats", flag.ContinueOnError)
	flags.SetOutput(stderr)
	since := flags.String("since", "", "count from this day on, YYYY-MM-DD (default: everything)")
	dir := flags.String("dir", DefaultDir(), "folder of the usage files")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return fmt.Errorf("stats: unexpected argument %q", flags.Arg(0))
	}
	var from time.Time
	if *since != "" {
		t, err := time.ParseInLocation(dateLayout, *since, time.Local)
		if err != nil {
			return fmt.Errorf("stats: --since %q: want a date such as 2025-11-01", *since)
		}
		from = t
	}
	rows, err := Summarise(*dir, from)
	if errors.Is(err, fs.ErrNotExist) && len(rows) == 0 {
		return fmt.Errorf("stats: no usage recorded yet: %s does not exist", *dir)
	}
	if name != nil {
		for i := range rows {
			rows[i].Name = name(rows[i].Place)
		}
	}
	if werr := WriteTable(stdout, rows); werr != nil {
		return werr
	}
	if err != nil {
		fmt.Fprintf(stderr, "skipped:\n%v\n", err)
	}
	return nil
}
