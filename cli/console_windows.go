package cli

import (
	"log"
	"os"

	"golang.org/x/sys/windows"
)

// AttachConsole is called through kernel32 directly: golang.org/x/sys/windows at the
// version go.mod pins has no wrapper for it.
var procAttachConsole = windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1.
const attachParentProcess = ^uintptr(0) & 0xFFFFFFFF

// AttachConsole gives the sub-commands a place to print when run from a terminal.
//
// The Windows build is a GUI program (linked with -H=windowsgui) so that double-clicking
// it opens no console window; such a program starts without a console. When it was
// started from one (cmd, PowerShell, Windows Terminal), it attaches to that console and
// writes to it; started from Explorer, there is no parent console and nothing changes.
// Streams that are already redirected (to a file or a pipe) are kept as they are.
func AttachConsole() {
	outOK, errOK := usable(windows.STD_OUTPUT_HANDLE), usable(windows.STD_ERROR_HANDLE)
	if outOK && errOK {
		return
	}
	if r, _, _ := procAttachConsole.Call(attachParentProcess); r == 0 {
		return
	}
	name, _ := windows.UTF16PtrFromString("CONOUT$")
	h, err := windows.CreateFile(name, windows.GENERIC_READ|windows.GENERIC_WRITE,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE, nil, windows.OPEN_EXISTING, 0, 0)
	if err != nil {
		return
	}
	if !outOK {
		windows.SetStdHandle(windows.STD_OUTPUT_HANDLE, h)
		os.Stdout = os.NewFile(uintptr(h), "/dev/stdout")
	}
	if !errOK {
		windows.SetStdHandle(windows.STD_ERROR_HANDLE, h)
		os.Stderr = os.NewFile(uintptr(h), "/dev/stderr")
		log.SetOutput(os.Stderr)
	}
	if in, err := windows.GetStdHandle(windows.STD_INPUT_HANDLE); err != nil || in == 0 || in == windows.InvalidHandle {
		name, _ := windows.UTF16PtrFromString("CONIN$")
		if h, err := windows.CreateFile(name, windows.GENERIC_READ|windows.GENERIC_WRITE,
			windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE, nil, windows.OPEN_EXISTING, 0, 0); err == nil {
			windows.SetStdHandle(windows.STD_INPUT_HANDLE, h)
			os.Stdin = os.NewFile(uintptr(h), "/dev/stdin")
		}
	}
}

// usable reports whether standard handle std leads somewhere (a file, pipe or console).
func usable(std uint32) bool {
	h, err := windows.GetStdHandle(std)
	if err != nil || h == 0 || h == windows.InvalidHandle {
		return false
	}
	t, err := windows.GetFileType(h)
	return err == nil && t != windows.FILE_TYPE_UNKNOWN
}
