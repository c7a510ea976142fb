package export

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"ningbomap/atomicfile"
)

// Sources lists what an export reads besides the embedded data: the data
// folder dataDir (a folder, or a file) and its layer files, and the imported
// file from. Empty arguments are left out. CheckOutput refuses an output
// that is one of them or lies inside the folder.
func Sources(dataDir, from string) []string {
	var files []string
	if dataDir != "" {
		files = append(files, dataDir)
		if info, err := os.Stat(dataDir); err == nil && info.IsDir() {
			names, _ := filepath.Glob(filepath.Join(dataDir, "*.geojson"))
			files = append(files, names...)
		}
	}
	if from != "" {
		files = append(files, from)
	}
	return files
}

// CheckOutput refuses an output path that is one of the inputs or lies
// inside an input folder, links resolved (atomicfile.CheckOutput), or is not
// a regular file: writing it would destroy what is being read. The error
// wraps atomicfile.ErrSameFile, ErrInsideInput or ErrNotRegular.
func CheckOutput(out string, inputs ...string) error {
	if err := atomicfile.CheckOutput(out, inputs...); err != nil {
		return fmt.Errorf("--out %w; choose another output file", err)
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
