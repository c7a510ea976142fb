package main

import (
	"encoding/binary"
	"errors"
	"io"
	"os"
)

// headerSize is how much of a file executableKind reads: the DOS header's pointer
// to the PE header is at 0x3c, and a PE header usually follows within the first
// kilobyte.
const headerSize = 4096

// executableFile reads the start of the file at path and returns executableKind of it.
func executableFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return "", err // a link or a submodule is no executable of ours
	}
	b := make([]byte, headerSize)
	n, err := io.ReadFull(f, b)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return "", err
	}
	return executableKind(b[:n]), nil
}

// executableKind names the executable format whose header b starts with ("ELF",
// "PE", "Mach-O"), or returns "" for any other content.
func executableKind(b []byte) string {
	switch {
	case len(b) >= 4 && string(b[:4]) == "\x7fELF":
		return "ELF"
	case isPE(b):
		return "PE"
	case isMachO(b):
		return "Mach-O"
	}
	return ""
}

// isPE reports a DOS stub ("MZ") whose e_lfanew (at 0x3c) points to "PE\0\0": a
// Windows executable or DLL. "MZ" alone starts plenty of text.
func isPE(b []byte) bool {
	if len(b) < 0x40 || string(b[:2]) != "MZ" {
		return false
	}
	off := int(binary.LittleEndian.Uint32(b[0x3c:]))
	return off >= 0x40 && off+4 <= len(b) && string(b[off:off+4]) == "PE\x00\x00"
}

// isMachO reports a Mach-O header, 32 or 64 bit in either byte order, or a
// universal ("fat") file. A fat file starts 0xcafebabe like a Java class file; a
// fat file's next word is its number of architectures (a handful), a class
// file's its version (45 and up).
func isMachO(b []byte) bool {
	if len(b) < 8 {
		return false
	}
	switch binary.BigEndian.Uint32(b) {
	case 0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe:
		return true
	case 0xcafebabe, 0xcafebabf:
		n := binary.BigEndian.Uint32(b[4:])
		return n > 0 && n < 45
	}
	return false
}
