package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrInsideInput is returned by CheckOutput for an output in a folder the command
// reads.
var ErrInsideInput = errors.New("the output lies inside an input folder")

// OutputError is an output that CheckOutput refuses: Input names the input it would
// write over or into, and Err is ErrSameFile, ErrInsideInput or ErrNotRegular.
type OutputError struct {
	Out, Input string
	Err        error
}

// Error returns "OUT: the output is the input file IN" and the like.
func (e *OutputError) Error() string {
	switch {
	case e.Input == "":
		return fmt.Sprintf("%s: %v", e.Out, e.Err)
	case errors.Is(e.Err, ErrInsideInput):
		return fmt.Sprintf("%s: %v %s", e.Out, e.Err, e.Input)
	case filepath.Clean(e.Out) == filepath.Clean(e.Input):
		return fmt.Sprintf("%s: %v", e.Out, e.Err)
	}
	return fmt.Sprintf("%s: %v %s", e.Out, e.Err, e.Input)
}

// Unwrap returns the problem.
func (e *OutputError) Unwrap() error { return e.Err }

// CheckOutput is the one check every command and every saver makes before writing out:
// it refuses (with an *OutputError) an out that is one of inputs — the files and
// folders the command reads —, or that lies inside one of the folders among them,
// links resolved on both sides (a link to an input, a hard link, a folder reached
// through a link all count), and an out that exists and is not a regular file (Write
// would refuse it too). Writing such an out would destroy what the command reads, or
// change a folder it reads and watches. Inputs that do not exist, and "", are ignored.
func CheckOutput(out string, inputs ...string) error {
	if err := checkOutput(out, inputs); err != nil {
		return err
	}
	if info, err := os.Lstat(out); err == nil && !info.Mode().IsRegular() {
		return &OutputError{Out: out, Err: notRegular(info.Mode())}
	}
	return nil
}

// checkOutput is CheckOutput's comparison with the inputs.
func checkOutput(out string, inputs []string) error {
	outInfo, outErr := os.Stat(out)
	var folders []os.FileInfo // of out, found when an input is a folder
	var inside *OutputError
	for _, in := range inputs {
		if in == "" {
			continue
		}
		inInfo, err := os.Stat(in)
		if err != nil {
			continue
		}
		if outErr == nil && os.SameFile(outInfo, inInfo) {
			return &OutputError{Out: out, Input: in, Err: ErrSameFile}
		}
		if !inInfo.IsDir() || inside != nil {
			continue
		}
		if folders == nil {
			folders = ancestors(out)
		}
		for _, f := range folders {
			if os.SameFile(f, inInfo) {
				inside = &OutputError{Out: out, Input: in, Err: ErrInsideInput}
				break
			}
		}
	}
	if inside != nil { // the same file, named by another input, says more
		return inside
	}
	return nil
}

// ancestors returns the folders that hold path, innermost first, up to the root: those
// of its folder with links resolved, and of the folder as written.
func ancestors(path string) []os.FileInfo {
	var out []os.FileInfo
	seen := map[string]bool{}
	add := func(dir string) {
		for {
			if !seen[dir] {
				seen[dir] = true
				if info, err := os.Stat(dir); err == nil {
					out = append(out, info)
				}
			}
			up := filepath.Dir(dir)
			if up == dir {
				return
			}
			dir = up
		}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil
	}
	dir := filepath.Dir(abs)
	add(dir)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		add(real)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil { // out is a link: where it points
		add(filepath.Dir(real))
	}
	return out
}

// Within returns the first of folders that holds path (at any depth), links resolved on
// both sides, and true; "" and false when none does or path does not exist. A folder is
// not within itself.
func Within(path string, folders ...string) (string, bool) {
	if _, err := os.Stat(path); err != nil {
		return "", false
	}
	holders := ancestors(path)
	for _, dir := range folders {
		info, err := os.Stat(dir)
		if err != nil || !info.IsDir() {
			continue
		}
		for _, h := range holders {
			if os.SameFile(h, info) {
				return dir, true
			}
		}
	}
	return "", false
}
