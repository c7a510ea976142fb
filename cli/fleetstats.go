package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"ningbomap/fleet"
)

// hasFlag reports whether args set the flag name (-name, --name, -name=…).
func hasFlag(args []string, name string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		for _, p := range []string{"-", "--"} {
			if a == p+name || len(a) > len(p+name) && a[:len(p+name)+1] == p+name+"=" {
				return true
			}
		}
	}
	return false
}

// fleetStatsFlags declares the flags of `stats --fleet`.
func fleetStatsFlags(fs *flag.FlagSet) (dir, since, kioskID *string, asCSV *bool) {
	dir = fs.String("fleet", "", "count every kiosk of this fleet folder (FLEET/kiosks/*/usage)")
	since = fs.String("since", "", "count from this day on, YYYY-MM-DD (default: everything)")
	kioskID = fs.String("kiosk", "", "with --fleet: this kiosk only")
	asCSV = fs.Bool("csv", false, "with --fleet: comma-separated values for a spreadsheet")
	return
}

// runFleetStats is `ningbomap stats --fleet FLEET [--since DATE] [--kiosk ID] [--csv]`.
func runFleetStats(args []string, stdout, stderr io.Writer, names func(string) string) error {
	fs := newFlags("stats")
	fs.SetOutput(stderr)
	dir, since, kioskID, asCSV := fleetStatsFlags(fs)
	if err := fs.Parse(args); err != nil {
		return fail(exitUsage, nil)
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	if *dir == "" {
		return fail(exitUsage, errors.New("--fleet FLEET is required with --kiosk and --csv"))
	}
	var from time.Time
	if *since != "" {
		t, err := time.ParseInLocation("2006-01-02", *since, time.Local)
		if err != nil {
			return fail(exitUsage, fmt.Errorf("--since %q: want a date such as 2025-11-01", *since))
		}
		from = t
	}
	u, err := fleet.Stats(*dir, from, *kioskID)
	if err != nil {
		return fail(exitProblem, err)
	}
	u.Name(names)
	if *asCSV {
		err = u.WriteCSV(stdout)
	} else {
		err = u.WriteTable(stdout)
	}
	if err != nil {
		return fail(exitProblem, err)
	}
	if len(u.Skips) > 0 {
		fmt.Fprintln(stderr, "skipped (the rest is counted):")
		for _, e := range u.Skips {
			fmt.Fprintln(stderr, e)
		}
	}
	return nil
}

// isFleetStats reports whether stats args ask for a fleet's counts.
func isFleetStats(args []string) bool {
	return hasFlag(args, "fleet") || hasFlag(args, "kiosk") || hasFlag(args, "csv")
}
