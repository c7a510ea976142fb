package importer

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"ningbomap/data"
)

// TestDataMessagesUnchanged checks that plugging the fast codec into orb,
// which the data package also uses, leaves the data package's results and
// messages exactly as they are with encoding/json.
func TestDataMessagesUnchanged(t *testing.T) {
	files, _ := filepath.Glob("../data/testdata/*/*.geojson")
	corpus, _ := filepath.Glob("../data/testdata/fuzz/FuzzLoadLayer/*")
	if len(files) == 0 || len(corpus) == 0 {
		t.Fatalf("the data package's test files are missing: %d layer files, %d fuzz finds", len(files), len(corpus))
	}
	dir := t.TempDir()
	for _, c := range corpus { // the data package's fuzz finds, as layer files
		b, err := os.ReadFile(c)
		if err != nil {
			t.Fatal(err)
		}
		_, lit, _ := strings.Cut(string(b), "[]byte(")
		content, err := strconv.Unquote(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(lit), ")")))
		if err != nil {
			continue // not a []byte entry
		}
		path := filepath.Join(dir, filepath.Base(c)+".geojson")
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			var std, fast string
			withCodec(nil, func() { std = errText(data.Check(file)) })
			withCodec(&fastJSON{}, func() { fast = errText(data.Check(file)) })
			if std != fast {
				t.Errorf("messages differ:\nencoding/json: %s\nfast codec:    %s", std, fast)
			}
		})
	}
}

// errText is err's message, or "" for nil.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
