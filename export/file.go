package export

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"ningbomap/atomicfile"
)

// Sources lists the files an export reads besides the embedded data: the
// layer files of the data folder dataDir (a folder's *.geojson files, or
// dataDir itself when it is a file) and the imported file from. Empty
// arguments are left out.
func Sources(dataDir, from string) []string {
	var files []string
	if dataDir != "" {
		if info, err := os.Stat(dataDir); err == nil && info.IsDir() {
			names, _ := filepath.Glob(filepath.Join(dataDir, "*.geojson"))
			files = append(files, names...)
		} else {
			files = append(files, dataDir)
		}
	}
	if from != "" {
		files = append(files, from)
	}
	return files
}

// CheckOutput refuses an output path that names one of the inputs (the same
// file after resolving links, see atomicfile.SameFile): writing it would
// destroy what is being read. The error wraps atomicfile.ErrSameFile.
func CheckOutput(out string, inputs ...string) error {
	for _, in := range inputs {
		if atomicfile.SameFile(out, in) {
			if filepath.Clean(out) == filepath.Clean(in) {
				return fmt.Errorf("--out %s: %w; choose another output file", out, atomicfile.ErrSameFile)
			}
			return fmt.Errorf("--out %s: %w %s; choose another output file", out, atomicfile.ErrSameFile, in)
		}
	}
	return nil
}

// WriteFile writes an export to path whole or not at all (atomicfile.Write,
// mode 0644): fill writes the content, and when it fails an existing file at
// path is left exactly as it was. It refuses a path that is one of inputs
// (CheckOutput).
func WriteFile(path string, inputs []string, fill func(w io.Writer) error) error {
	if strings.TrimSpace(path) == "" {
		return fmt.Errorf("export: no output file")
	}
	if err := CheckOutput(path, inputs...); err != nil {
		return err
	}
	return atomicfile.Write(path, 0o644, fill)
}
