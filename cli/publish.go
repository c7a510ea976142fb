package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"ningbomap/atomicfile"
	"ningbomap/edit"
	"ningbomap/fleet"
)

// runPublish signs an exhibition into a fleet folder's publish/.
func runPublish(args []string) error { return publishCmd(args, os.Stdout) }

func publishCmd(args []string, stdout io.Writer) error {
	fs := newFlags("publish")
	dataDir := fs.String("data", "", "data folder to publish (default: "+edit.DefaultDir()+")")
	dir := fs.String("fleet", "", "the fleet folder")
	key := fs.String("key", "", "the fleet's private key, fleet.key (ningbomap fleet keygen)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	var missing []error
	if *dir == "" {
		missing = append(missing, errors.New("--fleet FLEET is required"))
	}
	if *key == "" {
		missing = append(missing, errors.New("--key FILE is required"))
	}
	if err := errors.Join(missing...); err != nil {
		return fail(exitUsage, err)
	}
	src := *dataDir
	if src == "" {
		src = edit.DefaultDir()
	}
	b, err := fleet.Publish(src, *dir, *key)
	var outErr *atomicfile.OutputError
	if errors.As(err, &outErr) {
		return fail(exitUsage, err) // the fleet folder inside the exhibition: as --out inside --data
	}
	if err != nil {
		return fail(exitProblem, err)
	}
	fmt.Fprintf(stdout, "published %s\ncontent %s, signed %s\n", filepath.Join(*dir, fleet.PublishDir, b.File),
		b.Hash[:12], b.Published.Local().Format("2006-01-02 15:04:05"))
	return nil
}
