package build

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"timeline/internal/corpus"
	"timeline/internal/profile"
)

// benchSeed is the seed of every generated corpus of the benchmarks, so
// that two runs measure the same input.
const benchSeed = 1

// writeCorpus writes a generated site of n articles into a new temporary
// folder of tb and returns it. It is slow for large n (about 0.4 ms an
// article): call it outside the timed loop.
func writeCorpus(tb testing.TB, n int) string {
	tb.Helper()
	dir := filepath.Join(tb.TempDir(), fmt.Sprintf("corpus-%d", n))
	if err := corpus.Write(dir, n, benchSeed); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// BenchmarkBuild measures a cold build, read to write, of generated sites
// of 100, 1,000 and 10,000 articles. Besides time per build it reports time
// and allocations per article, the bytes written, and each stage's time.
//
//	go test -run '^$' -bench Build -benchtime 3x ./internal/build
func BenchmarkBuild(b *testing.B) {
	outs := newOutputs(b)
	for _, n := range []int{100, 1000, 10000} {
		site := writeCorpus(b, n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			var sum *Summary
			var before, after runtime.MemStats
			stages := map[string]time.Duration{}
			var order []string
			b.ReportAllocs()
			runtime.ReadMemStats(&before)
			var cpu time.Duration
			b.ResetTimer()
			for range b.N {
				c := profile.CPUTime()
				s, probs := Run(context.Background(), Options{SiteDir: site, Out: outs.next(), Now: benchNow})
				cpu += profile.CPUTime() - c
				if probs.HasErrors() {
					b.Fatalf("build failed:\n%v", probs)
				}
				sum = s
				for _, st := range s.Stages {
					if _, ok := stages[st.Name]; !ok {
						order = append(order, st.Name)
					}
					stages[st.Name] += st.Time
				}
			}
			b.StopTimer()
			runtime.ReadMemStats(&after)
			ops := float64(b.N)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/ops/float64(n), "ns/article")
			b.ReportMetric(float64(cpu.Nanoseconds())/ops/float64(n), "cpu-ns/article")
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/ops/float64(n), "allocs/article")
			b.ReportMetric(float64(sum.Bytes), "bytes-written")
			b.ReportMetric(float64(sum.Files), "files")
			for _, name := range order {
				b.ReportMetric(float64(stages[name].Milliseconds())/ops, "ms-"+name)
			}
		})
	}
}

// outputs hands out new output folders, one per cold build, all removed
// when the benchmark ends. Removing each site before the next build, as
// these benchmarks did, made them measure the file system as much as the
// build: ext4 without a journal (this project's machine) does not reuse
// an inode freed in the last minute, and scans past each one, so a build
// of 10,000 articles right after removing the previous one took 13.9 s
// where one into a new folder took 4.4 s. (make bench puts TMPDIR on
// tmpfs when there is one, out of the disk's way altogether.)
type outputs struct {
	dir string
	n   int
}

func newOutputs(b *testing.B) *outputs { return &outputs{dir: b.TempDir()} }

// next returns a folder that does not exist yet.
func (o *outputs) next() string {
	o.n++
	return filepath.Join(o.dir, fmt.Sprintf("public-%d", o.n))
}

// benchNow is the build's "now" in benchmarks: after every generated date.
var benchNow = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// BenchmarkPeakMemory builds 10,000 generated articles in a fresh process
// and reports its peak resident memory, wall and CPU time: what "timeline build"
// costs an editor's machine. GOMAXPROCS is passed on, so
// GOMAXPROCS=2 go test -bench PeakMemory measures two cores.
func BenchmarkPeakMemory(b *testing.B) {
	const n = 10000
	site := writeCorpus(b, n)
	outs := newOutputs(b)
	var peak int64
	var wall, cpu time.Duration
	b.ResetTimer()
	for range b.N {
		cmd := exec.Command(os.Args[0], "-test.run=^TestBuildProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), "TIMELINE_BUILD_SITE="+site, "TIMELINE_BUILD_OUT="+outs.next())
		start := time.Now()
		msg, err := cmd.CombinedOutput()
		wall += time.Since(start)
		if err != nil {
			b.Fatalf("build process: %v\n%s", err, msg)
		}
		peak = max(peak, profile.PeakMemory(cmd.ProcessState))
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	if peak == 0 {
		b.Skip("this system does not report a child's peak memory")
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	b.ReportMetric(wall.Seconds()/float64(b.N), "wall-s")
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s")
}

// TestBuildProcess is the build BenchmarkPeakMemory runs in a child
// process; it does nothing unless the benchmark set its environment.
func TestBuildProcess(t *testing.T) {
	site, out := os.Getenv("TIMELINE_BUILD_SITE"), os.Getenv("TIMELINE_BUILD_OUT")
	if site == "" || out == "" {
		t.Skip("run by BenchmarkPeakMemory only")
	}
	_, probs := Run(context.Background(), Options{SiteDir: site, Out: out, Now: benchNow})
	if probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
}
