package watch

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"sync"
)

// Own remembers the files a program wrote itself and what it wrote, so that
// a Watcher on the same folder does not report them back (see
// Options.Ignore): an editor that saves into the data folder it shows must
// not reload, and lose its place, for its own save. A file whose content on
// disk differs from what was recorded (someone else saved after) is
// reported as usual. Its methods are safe for concurrent use; the zero
// value is ready to use.
type Own struct {
	mu     sync.Mutex
	hashes map[string][sha256.Size]byte // absolute path → hash of what was written
}

// Record notes that the program wrote content to path.
func (o *Own) Record(path string, content []byte) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.hashes == nil {
		o.hashes = map[string][sha256.Size]byte{}
	}
	o.hashes[abs] = sha256.Sum256(content)
}

// Owns reports whether the file at path holds exactly what was last
// recorded for it. Pass it as Options.Ignore.
func (o *Own) Owns(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	o.mu.Lock()
	want, ok := o.hashes[abs]
	o.mu.Unlock()
	if !ok {
		return false
	}
	b, err := os.ReadFile(abs)
	return err == nil && sha256.Sum256(b) == want
}
