package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// subcommand is one command of `ningbomap fleet SUB`.
type subcommand struct {
	name  string
	usage string // synopsis, a blank line, what it does
	run   func(args []string, stdout io.Writer) error
}

// fleetCommands are the sub-commands of `ningbomap fleet`, one file each
// (fleetkeygen.go, fleetstatus.go).
var fleetCommands []subcommand

func init() {
	fleetCommands = []subcommand{
		{name: "keygen", usage: `ningbomap fleet keygen --out DIR

Makes the fleet's Ed25519 key pair: DIR/fleet.key (private, readable by you alone; it
signs what "ningbomap publish" sends to the kiosks: keep it on the office laptop, out
of the fleet folder, and back it up) and DIR/fleet.pub. Refuses to replace an existing
key. Prints the fleet_key line to paste into each kiosk's configuration.`, run: runFleetKeygen},
		{name: "status", usage: `ningbomap fleet status --fleet FLEET

Prints one row per kiosk of the fleet folder: its id, when it was last seen (STALE
after 5 minutes of silence), the bundle it shows against the newest published one
(BEHIND), and its last problem (TROUBLE: a refused bundle and why, an unreadable
status). Exits with 1 when any kiosk is stale, behind or in trouble, so that a cron
job can mail the table.`, run: runFleetStatus},
	}
}

// fleetUsage is the `fleet` command's usage text.
func fleetUsage() string {
	return `ningbomap fleet keygen --out DIR
       ningbomap fleet status --fleet FLEET

Keeps a fleet of kiosks in step through a folder a sync tool (Syncthing) copies:
FLEET/publish/ holds the signed bundles "ningbomap publish" writes, FLEET/kiosks/ID/
what each kiosk reports (see deploy/README.md, "A fleet of kiosks").

  keygen   make the fleet's signing key and print the kiosks' fleet_key line
  status   one row per kiosk: last seen, bundle shown, problem; exit 1 if any needs care

"ningbomap fleet SUB --help" explains one.`
}

// runFleet runs `ningbomap fleet SUB ARGS...`.
func runFleet(args []string) error {
	if len(args) == 0 {
		return fail(exitUsage, errors.New("which one? usage: "+fleetUsage()))
	}
	if wantsHelp(args[:1]) {
		c, _ := lookup("fleet")
		fmt.Printf("usage: %s\n", c.usage)
		return nil
	}
	for _, c := range fleetCommands {
		if c.name == args[0] {
			return c.run(args[1:], os.Stdout)
		}
	}
	return fail(exitUsage, fmt.Errorf("unknown fleet command %q: want keygen or status", args[0]))
}

// newFleetFlags makes the flag set of `fleet SUB`, its usage that sub-command's.
func newFleetFlags(sub string) *flag.FlagSet {
	fs := flag.NewFlagSet("ningbomap fleet "+sub, flag.ContinueOnError)
	fs.Usage = func() {
		for _, c := range fleetCommands {
			if c.name == sub {
				fmt.Fprintf(fs.Output(), "usage: %s\n\nflags:\n", c.usage)
			}
		}
		fs.PrintDefaults()
	}
	return fs
}

// noArgs is the bad usage of arguments a command does not take.
func noArgs(fs *flag.FlagSet) error {
	if fs.NArg() > 0 {
		return fail(exitUsage, fmt.Errorf("unexpected argument %q", fs.Arg(0)))
	}
	return nil
}
