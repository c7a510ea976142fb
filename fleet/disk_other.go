//go:build !unix && !windows

package fleet

// freeDisk is unknown on this system.
func freeDisk(string) int64 { return -1 }
