//go:build !unix

package crs

import (
	"testing"
	"time"
)

// processCPU is not measured where getrusage is missing.
func processCPU() time.Duration { return 0 }

// reportCPU reports nothing where getrusage is missing.
func reportCPU(*testing.B, time.Duration) {}
