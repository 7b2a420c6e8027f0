//go:build !unix

package profile

import (
	"os"
	"time"
)

// CPUTime returns 0: this system's CPU time is not read.
func CPUTime() time.Duration { return 0 }

// PeakMemory returns 0: this system's peak memory is not read.
func PeakMemory(*os.ProcessState) int64 { return 0 }
