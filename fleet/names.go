package fleet

import (
	"path/filepath"
	"strings"
	"time"
)

// Folders and files of the fleet folder.
const (
	PublishDir = "publish"     // signed bundles, written by the office
	KiosksDir  = "kiosks"      // one folder per kiosk, written by that kiosk
	StatusFile = "status.json" // in a kiosk's folder
	UsageDir   = "usage"       // in a kiosk's folder: its daily usage CSVs
)

// bundlePrefix starts the name of every bundle Publish writes.
const bundlePrefix = "exhibition-"

// nameTime is the layout of the time in a bundle's name: UTC, no colons
// (Windows forbids them in names).
const nameTime = "20060102T150405Z"

// bundleName is the file name of a bundle published at t with content hash:
// exhibition-20251126T140307Z-3f2a9c1b7d4e.zip.
func bundleName(t time.Time, hash string) string {
	return bundlePrefix + t.UTC().Format(nameTime) + "-" + hash[:12] + ".zip"
}

// isSyncTemp reports whether name is a sync tool's file in the making:
// Syncthing's .syncthing.NAME.tmp (and ~syncthing~NAME.tmp on Windows), or
// the hidden temporary file of an atomic write (.NAME.tmp-123).
func isSyncTemp(name string) bool {
	return strings.HasPrefix(name, ".syncthing.") && strings.HasSuffix(name, ".tmp") ||
		strings.HasPrefix(name, "~syncthing~") && strings.HasSuffix(name, ".tmp") ||
		strings.HasPrefix(name, ".") && strings.Contains(name, ".tmp-")
}

// isConflictCopy reports whether name is a sync conflict copy:
// NAME.sync-conflict-20251126-140307-ABCDEFG.ext.
func isConflictCopy(name string) bool {
	return strings.Contains(name, ".sync-conflict-")
}

// isBundleName reports whether name may be a bundle: a visible .zip file that
// is neither a temporary file nor a conflict copy.
func isBundleName(name string) bool {
	return !strings.HasPrefix(name, ".") && !isSyncTemp(name) && !isConflictCopy(name) &&
		strings.EqualFold(filepath.Ext(name), ".zip")
}

// ValidKioskID reports whether id may name a kiosk (and its folder on every
// system): 1 to 64 of the letters a-z and A-Z, digits, '-', '_' and '.', not
// starting with '.' or '-'.
func ValidKioskID(id string) bool {
	if id == "" || len(id) > 64 || id[0] == '.' || id[0] == '-' {
		return false
	}
	for _, c := range []byte(id) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return !isConflictCopy(id)
}

// KioskDir is the folder of kiosk id in the fleet folder.
func KioskDir(fleetDir, id string) string { return filepath.Join(fleetDir, KiosksDir, id) }

// KioskUsageDir is where kiosk id writes its usage CSVs.
func KioskUsageDir(fleetDir, id string) string {
	return filepath.Join(KioskDir(fleetDir, id), UsageDir)
}
