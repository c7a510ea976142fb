package cli

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// version, commit and buildDate describe the build. Release builds set them from git
// with -ldflags "-X ningbomap/cli.version=... -X ningbomap/cli.commit=...
// -X ningbomap/cli.buildDate=..." (see deploy/build.sh); a plain go build reports
// "dev" and what the Go toolchain recorded about the checkout.
var (
	version   = "dev"
	commit    = ""
	buildDate = ""
)

// printVersion writes one line: name, version, commit, build date, Go version and target.
func printVersion(w io.Writer) {
	c, d := commit, buildDate
	if c == "" || d == "" {
		vc, vd, modified := vcsInfo()
		if c == "" {
			c = vc
			if modified && c != "" {
				c += "+changes"
			}
		}
		if d == "" {
			d = vd
		}
	}
	if c == "" {
		c = "unknown"
	}
	if d == "" {
		d = "unknown"
	}
	fmt.Fprintf(w, "ningbomap %s (commit %s, built %s, %s %s/%s)\n",
		version, c, d, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// vcsInfo returns what go build stamped into the binary about the git checkout.
func vcsInfo() (revision, time string, modified bool) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "", "", false
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			if len(s.Value) > 12 {
				s.Value = s.Value[:12]
			}
			revision = s.Value
		case "vcs.time":
			time = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	return revision, time, modified
}
