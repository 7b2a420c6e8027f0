// Package profile writes the CPU and heap profiles a command is asked for
// (timeline build -cpuprofile F -memprofile F), in the format go tool pprof
// reads. It knows nothing of what is profiled.
package profile

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// Start starts a CPU profile into cpu and arranges a heap profile into mem,
// either name "" for none. The returned stop writes what was started; call
// it once the work is done.
func Start(cpu, mem string) (stop func() error, err error) {
	var cpuFile *os.File
	if cpu != "" {
		cpuFile, err = os.Create(cpu)
		if err != nil {
			return nil, fmt.Errorf("cpu profile: %w", err)
		}
		if err := pprof.StartCPUProfile(cpuFile); err != nil {
			cpuFile.Close()
			return nil, fmt.Errorf("cpu profile: %w", err)
		}
	}
	return func() error {
		var errs []error
		if cpuFile != nil {
			pprof.StopCPUProfile()
			if err := cpuFile.Close(); err != nil {
				errs = append(errs, fmt.Errorf("cpu profile: %w", err))
			}
		}
		if mem != "" {
			errs = append(errs, writeHeap(mem))
		}
		return errors.Join(errs...)
	}, nil
}

// writeHeap writes the heap profile after a collection, so that its
// in-use figures are those of live data; its alloc figures count every
// allocation since the program started.
func writeHeap(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("memory profile: %w", err)
	}
	runtime.GC()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("memory profile: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("memory profile: %w", err)
	}
	return nil
}
