//go:build unix

package fleet

import "golang.org/x/sys/unix"

// freeDisk is the space free to this user on the disk holding path; -1 when
// unknown.
func freeDisk(path string) int64 {
	var st unix.Statfs_t
	if err := unix.Statfs(path, &st); err != nil {
		return -1
	}
	return int64(st.Bavail) * int64(st.Bsize)
}
