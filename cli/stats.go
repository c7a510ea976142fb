package cli

import (
	"fmt"
	"os"

	"ningbomap/data"
	"ningbomap/usage"
)

// runStats prints the usage counts per place.
func runStats(args []string) error {
	var names func(string) string
	if ds, _ := data.LoadEmbedded(); ds != nil {
		names = func(id string) string {
			if s := ds.Site(id); s != nil {
				return s.Name.Zh + " " + s.Name.En
			}
			return ""
		}
	}
	if wantsHelp(args) {
		c, _ := lookup("stats")
		fmt.Printf("usage: %s\n\nflags:\n", c.usage)
		usage.RunStats([]string{"--help"}, os.Stdout, os.Stdout, nil)
		return nil
	}
	if err := usage.RunStats(args, os.Stdout, os.Stderr, names); err != nil {
		return fail(exitUsage, err)
	}
	return nil
}
