package cli

import (
	"fmt"
	"os"

	"ningbomap/data"
	"ningbomap/usage"
)

// runStats prints the usage counts per place, of this machine or (--fleet) of
// every kiosk of a fleet.
func runStats(args []string) error {
	names := placeNames()
	if wantsHelp(args) {
		c, _ := lookup("stats")
		fmt.Printf("usage: %s\n\nflags:\n", c.usage)
		usage.RunStats([]string{"--help"}, os.Stdout, os.Stdout, nil)
		fmt.Println("\nflags with --fleet:")
		fs := newFlags("stats")
		fleetStatsFlags(fs)
		fs.SetOutput(os.Stdout)
		fs.PrintDefaults()
		return nil
	}
	if isFleetStats(args) {
		return runFleetStats(args, os.Stdout, os.Stderr, names)
	}
	if err := usage.RunStats(args, os.Stdout, os.Stderr, names); err != nil {
		return fail(exitUsage, err)
	}
	return nil
}

// placeNames names a place id of the embedded data ("滕头村 Tengtou Village"); nil
// when the data cannot be read.
func placeNames() func(string) string {
	ds, _ := data.LoadEmbedded()
	if ds == nil {
		return nil
	}
	return func(id string) string {
		if s := ds.Site(id); s != nil {
			return s.Name.Zh + " " + s.Name.En
		}
		return ""
	}
}
