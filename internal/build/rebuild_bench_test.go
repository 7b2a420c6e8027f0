package build

import (
	"context"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/pprof"
	"testing"
	"time"

	"timeline/internal/corpus"
	"timeline/internal/profile"
)

var rebuildProfile = flag.String("rebuildprofile", "", "write a CPU profile of BenchmarkRebuild's rebuilds alone (not of the cold build) to `file`")

// BenchmarkRebuild measures what an editor waits for after adding one
// article to a site of 10,000: a rebuild with the cache of the build
// before, kept in memory (serve, told the new file's path as its watcher
// tells it) or on disk in .timeline-cache/ (build), against a cold build of the same site in the same mode. Besides the time
// per rebuild it reports the cold build's time, the rebuild's as a
// percentage of it, the process's CPU time per rebuild (the machine may be
// shared: CPU time moves less with the load than wall time does), how
// many pages and files (pages, data files, the search index) the rebuild
// wrote, and the time of each of its stages (ms-read, ms-pages, …).
//
//	go test -run '^$' -bench Rebuild -benchtime 5x ./internal/build
//
// With -rebuildprofile F, F gets a CPU profile of the rebuilds alone
// (of the last mode run), where -cpuprofile would mix in the cold build.
func BenchmarkRebuild(b *testing.B) {
	const n = 10000
	for _, mode := range []string{"memory", "disk"} {
		site := writeCorpus(b, n)
		age(b, site)
		var cold time.Duration
		var c *Cache
		next := n
		b.Run("articles=10000/"+mode, func(b *testing.B) {
			opt := Options{SiteDir: site, Now: benchNow}
			if mode == "memory" {
				if c == nil {
					c = NewCache()
				}
				opt.Cache = c
			} else {
				opt.DiskCache = true
			}
			if cold == 0 {
				start := time.Now()
				rebuild(b, opt)
				cold = time.Since(start)
			}
			written, files := 0, 0
			var cpu time.Duration
			stages := map[string]time.Duration{}
			if *rebuildProfile != "" {
				f, err := os.Create(*rebuildProfile)
				if err != nil {
					b.Fatal(err)
				}
				if err := pprof.StartCPUProfile(f); err != nil {
					b.Fatal(err)
				}
				defer f.Close()
				defer pprof.StopCPUProfile()
			}
			b.ResetTimer()
			for range b.N {
				b.StopTimer()
				added, err := corpus.Add(site, next, benchSeed)
				if err != nil {
					b.Fatal(err)
				}
				if mode == "memory" {
					// What serve's watcher reports.
					rel, err := filepath.Rel(site, added)
					if err != nil {
						b.Fatal(err)
					}
					opt.Changed = []string{filepath.ToSlash(rel)}
				}
				next++
				b.StartTimer()
				c := profile.CPUTime()
				sum := rebuild(b, opt)
				cpu += profile.CPUTime() - c
				written += sum.PagesWritten
				files += sum.FilesWritten
				for _, st := range sum.Stages {
					stages[st.Name] += st.Time
				}
			}
			b.StopTimer()
			if *rebuildProfile != "" {
				pprof.StopCPUProfile()
			}
			per := b.Elapsed() / time.Duration(b.N)
			b.ReportMetric(float64(cold.Milliseconds()), "cold-ms")
			b.ReportMetric(100*float64(per)/float64(cold), "%-of-cold")
			b.ReportMetric(float64(written)/float64(b.N), "pages-written")
			b.ReportMetric(float64(files)/float64(b.N), "files-written")
			b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms")
			for name, d := range stages {
				b.ReportMetric(float64(d.Microseconds())/1000/float64(b.N), "ms-"+name)
			}
		})
	}
}

// rebuild builds opt's site as BenchmarkRebuild does: in memory with a
// cache, else to disk.
func rebuild(b *testing.B, opt Options) *Summary {
	if opt.Cache != nil {
		res, sum, probs := Make(context.Background(), opt)
		if res == nil || probs.HasErrors() {
			b.Fatalf("build failed:\n%v", probs)
		}
		return sum
	}
	sum, probs := Run(context.Background(), opt)
	if probs.HasErrors() {
		b.Fatalf("build failed:\n%v", probs)
	}
	return sum
}

// age dates every file of the site a day back, as the files of an archive
// are: a file written the second before a build is read again by the next
// one, since its time cannot yet tell a later change (see stable).
func age(tb testing.TB, site string) {
	tb.Helper()
	old := time.Now().Add(-24 * time.Hour)
	err := filepath.WalkDir(site, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		return os.Chtimes(p, old, old)
	})
	if err != nil {
		tb.Fatal(err)
	}
}
