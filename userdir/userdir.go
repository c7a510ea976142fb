// Package userdir says where ningbomap keeps its files among the user's folders,
// on Linux (and the BSDs), Windows and macOS. Each folder is ningbomap's own,
// inside the system's folder of its kind:
//
//	          Linux, BSD                       Windows                  macOS
//	Data      $XDG_DATA_HOME/ningbomap         %LOCALAPPDATA%\ningbomap  ~/Library/Application Support/ningbomap
//	          (~/.local/share/ningbomap)
//	State     $XDG_STATE_HOME/ningbomap        %LOCALAPPDATA%\ningbomap  ~/Library/Application Support/ningbomap
//	          (~/.local/state/ningbomap)
//	Config    $XDG_CONFIG_HOME/ningbomap       %APPDATA%\ningbomap       ~/Library/Application Support/ningbomap
//	          (~/.config/ningbomap)
//
// Data holds the exhibition folder, the usage counts and the editor's recovery
// files; they belong to this machine, so on Windows they stay out of the
// roaming profile. State holds the kiosk's count of wrong PINs; Config the
// kiosk configuration. An XDG variable that is not an absolute path is ignored,
// as the XDG Base Directory specification asks. Each function returns "" when
// the environment names no such folder (no HOME, no %LOCALAPPDATA%).
package userdir

import (
	"os"
	"path"
	"path/filepath"
	"runtime"
)

// kind is one of the user's folders.
type kind int

const (
	data kind = iota
	state
	config
)

// Data is the file elem... in ningbomap's data folder, or "" when there is none.
func Data(elem ...string) string { return join(folder(data, runtime.GOOS, os.Getenv), elem) }

// State is the file elem... in ningbomap's state folder, or "" when there is none.
func State(elem ...string) string { return join(folder(state, runtime.GOOS, os.Getenv), elem) }

// Config is the file elem... in ningbomap's configuration folder, or "" when there
// is none.
func Config(elem ...string) string { return join(folder(config, runtime.GOOS, os.Getenv), elem) }

// join is elem under dir, or "" when dir is "".
func join(dir string, elem []string) string {
	if dir == "" {
		return ""
	}
	return filepath.Join(append([]string{dir}, elem...)...)
}

// xdg is, per kind, the XDG variable naming the folder and the folder under HOME
// when it is not set.
var xdg = [...]struct{ env, home string }{
	data:   {"XDG_DATA_HOME", ".local/share"},
	state:  {"XDG_STATE_HOME", ".local/state"},
	config: {"XDG_CONFIG_HOME", ".config"},
}

// windowsEnv is, per kind, the variable naming the folder on Windows.
var windowsEnv = [...]string{data: "LOCALAPPDATA", state: "LOCALAPPDATA", config: "APPDATA"}

// folder is ningbomap's folder of kind k on the system goos, with the environment
// read through getenv; "" when there is none.
func folder(k kind, goos string, getenv func(string) string) string {
	var base string
	switch goos {
	case "windows":
		base = getenv(windowsEnv[k])
	case "darwin":
		if home := getenv("HOME"); home != "" {
			base = filepath.Join(home, "Library", "Application Support")
		}
	default:
		if x := getenv(xdg[k].env); path.IsAbs(x) {
			base = x
		} else if home := getenv("HOME"); home != "" {
			base = filepath.Join(home, filepath.FromSlash(xdg[k].home))
		}
	}
	if base == "" {
		return ""
	}
	return filepath.Join(base, "ningbomap")
}
