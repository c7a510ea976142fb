// Command binarycheck fails when git tracks an executable: an ELF, PE (Windows)
// or Mach-O file, told by its first bytes, whatever its name. `make test` runs it
// (the Makefile's no-binaries target), so that a program built in the work tree
// is not committed by accident. Build output belongs in .gitignore.
//
// usage: binarycheck [DIR]    (default: the current directory's checkout)
//
// Exit status 1 names every executable tracked; 2 when git cannot list the files.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
)

func main() {
	switch len(os.Args) {
	case 1:
		os.Exit(run(".", os.Stdout, os.Stderr))
	case 2:
		os.Exit(run(os.Args[1], os.Stdout, os.Stderr))
	}
	fmt.Fprintln(os.Stderr, "usage: binarycheck [DIR]")
	os.Exit(2)
}

// run checks every file git tracks in the checkout at dir and returns the exit status.
func run(dir string, stdout, stderr io.Writer) int {
	cmd := exec.Command("git", "ls-files", "-z")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		fmt.Fprintf(stderr, "binarycheck: git ls-files in %s: %v\n", dir, err)
		return 2
	}
	found := 0
	for _, name := range bytes.Split(out, []byte{0}) {
		if len(name) == 0 {
			continue
		}
		kind, err := executableFile(filepath.Join(dir, string(name)))
		if errors.Is(err, fs.ErrNotExist) {
			continue // deleted in the work tree, not yet from the index
		}
		if err != nil {
			fmt.Fprintln(stderr, "binarycheck:", err)
			return 2
		}
		if kind != "" {
			fmt.Fprintf(stderr, "binarycheck: %s is a tracked %s executable: git rm --cached it and add it to .gitignore\n", name, kind)
			found++
		}
	}
	if found > 0 {
		return 1
	}
	fmt.Fprintln(stdout, "binarycheck: git tracks no executable")
	return 0
}
