// Package fleet keeps an exhibition's kiosks in step through a fleet folder
// that a file-sync tool (Syncthing) copies between the office and the kiosks:
//
//	FLEET/publish/                      office → kiosks: signed exhibition bundles
//	FLEET/kiosks/<kiosk-id>/status.json each kiosk → office: what it shows, when it was last alive
//	FLEET/kiosks/<kiosk-id>/usage/      each kiosk → office: its daily usage CSVs
//
// One writer per file: the office writes only publish/, each kiosk only its
// own folder, and every file is written whole (atomicfile) or appended by
// whole lines (usage). Names of the sync tool's temporary files
// (.syncthing.NAME.tmp) and conflict copies (NAME.sync-conflict-…) are
// ignored everywhere; a conflict copy is reported.
//
// A signed bundle is an ordinary bundle (package bundle) whose zip comment
// carries an Ed25519 signature over the bundle's manifest, and the manifest
// holds every file's size and SHA-256 (see signature.go). Publish writes
// one; a Kiosk watches publish/, verifies and installs the newest; Statuses
// and Stats read the kiosks' folders at the office.
//
// The package knows nothing of windows: the app drives a Kiosk through its
// methods and callbacks.
package fleet
