package cli

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"ningbomap/fleet"
)

// runFleetKeygen makes the fleet's key pair and prints the kiosks' fleet_key line.
func runFleetKeygen(args []string, stdout io.Writer) error {
	fs := newFleetFlags("keygen")
	out := fs.String("out", "", "folder for fleet.key and fleet.pub (made if missing)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	if *out == "" {
		return fail(exitUsage, errors.New("--out DIR is required"))
	}
	pub, err := fleet.Keygen(*out)
	if err != nil {
		return fail(exitProblem, err)
	}
	fmt.Fprintf(stdout, "wrote %s (private: keep it on this machine, out of the fleet folder, and back it up)\n",
		filepath.Join(*out, fleet.PrivateKeyFile))
	fmt.Fprintf(stdout, "wrote %s\n\nput this line in each kiosk's configuration (kiosk.toml):\n\n%s\n",
		filepath.Join(*out, fleet.PublicKeyFile), pub.ConfigLine())
	return nil
}
