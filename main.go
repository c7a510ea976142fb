// Command ningbomap is an offline desktop map of Ningbo's grassroots Party-building
// stories: with no command it opens the map window, with one it runs it without a
// window. The command line lives in package cli ("ningbomap --help" lists the
// commands); exit statuses are 0 ok, 1 a problem found, 2 bad usage.
package main

import (
	"os"

	"ningbomap/cli"
)

func main() {
	cli.AttachConsole()
	os.Exit(cli.Run(os.Args[1:]))
}
