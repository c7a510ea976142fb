package cli

import (
	"fmt"
	"os"

	"ningbomap/kiosk"
)

// runKioskPIN reads a staff PIN and prints its hash for the kiosk configuration.
func runKioskPIN(args []string) error {
	if len(args) > 0 {
		c, _ := lookup("kiosk-pin")
		if wantsHelp(args) {
			fmt.Printf("usage: %s\n", c.usage)
			return nil
		}
		return fail(exitUsage, fmt.Errorf("unexpected argument %q\nusage: %s", args[0], c.usage))
	}
	if err := kiosk.RunHashPIN(os.Stdin, os.Stdout); err != nil {
		return fail(exitProblem, err)
	}
	return nil
}
