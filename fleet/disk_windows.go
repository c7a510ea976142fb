package fleet

import "golang.org/x/sys/windows"

// freeDisk is the space free to this user on the disk holding path; -1 when
// unknown.
func freeDisk(path string) int64 {
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return -1
	}
	var free, total, all uint64
	if err := windows.GetDiskFreeSpaceEx(p, &free, &total, &all); err != nil {
		return -1
	}
	return int64(free)
}
