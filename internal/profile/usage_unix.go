//go:build unix

package profile

import (
	"os"
	"runtime"
	"syscall"
	"time"
)

// CPUTime returns the CPU time, user and system, the process has used so
// far on all its threads, or 0 where the system does not say. Benchmarks
// report its growth besides wall time: it counts the work done, whatever
// else the machine is running.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// PeakMemory returns the peak resident memory, in bytes, of a child
// process that has exited, or 0 where the system does not say.
func PeakMemory(ps *os.ProcessState) int64 {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return ru.Maxrss // in bytes there
	}
	return ru.Maxrss * 1024 // in kilobytes on Linux and the BSDs
}
