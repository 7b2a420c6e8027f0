package browser

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"timeline/internal/corpus"
)

var (
	large    = flag.Int("large", 0, "build a synthetic site of this many articles for BenchmarkSearchLarge (make bench-search: 10000)")
	largeOut = flag.String("large-out", "", "with -large 0: serve this already built site folder instead")
)

var (
	largeOnce sync.Once
	largeSite *site
	largeErr  error
)

// bigSite writes a synthetic site of *large articles (internal/corpus),
// builds it and serves it, once.
func bigSite(b *testing.B) *site {
	b.Helper()
	if *large == 0 && *largeOut != "" {
		largeOnce.Do(func() { largeSite = serve(*largeOut) })
		return largeSite
	}
	if *large == 0 {
		b.Skip("BenchmarkSearchLarge: run it with make bench-search (-large 10000)")
	}
	largeOnce.Do(func() {
		dir, err := os.MkdirTemp("", "timeline-large-")
		if err != nil {
			largeErr = err
			return
		}
		if err := corpus.Write(dir, *large, 1); err != nil {
			largeErr = err
			return
		}
		largeSite, largeErr = buildAndServe(dir, filepath.Join(dir, "public"))
	})
	if largeErr != nil {
		b.Fatal(largeErr)
	}
	return largeSite
}

// searchQueries are one-word queries a reader types, with and without
// accents, names and common words.
var searchQueries = []string{"Chouchi", "susa", "Stepanakert", "Latchine", "evacue", "bombard", "Aliev", "cessez", "armee", "2020"}

// BenchmarkSearchLarge searches a large synthetic site in Chromium as a
// reader does: on the search page, loaded with the browser cache off, a
// query is typed. ms/query is the time site.js reports from the query
// (after the 120 ms typing pause) to its first results on screen, the
// downloads of its chunks and documents included; KB/query is what the
// page downloaded of the index, the manifest included (the test server
// sends it uncompressed; gzKB/query is the same compressed, as a host
// would send it). A query that downloads more than 300 KB fails.
func BenchmarkSearchLarge(b *testing.B) {
	s := bigSite(b)
	br := newBrowser(b, 1280, 900).ctx
	b.ResetTimer()
	var total, totalWarm, kb, gz float64
	n := 0
	for range b.N {
		for _, q := range searchQueries {
			// A reader on the search page, loaded, types a query.
			if err := chromedp.Run(br, network.SetCacheDisabled(true),
				chromedp.Navigate(s.url+"search/index.html"),
				chromedp.Poll(`document.getElementById("results").dataset.ready === "1"`, nil),
				chromedp.Evaluate(fmt.Sprintf(`(() => { const q = document.getElementById("q"); q.value = %q; q.dispatchEvent(new Event("input")); return true })()`, q), nil),
				chromedp.Poll(fmt.Sprintf(`document.getElementById("results").dataset.state === "done" && new URLSearchParams(location.search).get("q") === %q`, q), nil)); err != nil {
				b.Fatalf("%s: %v", q, err)
			}
			var ms, warm float64
			var files []string
			var count string
			if err := chromedp.Run(br,
				chromedp.Evaluate(`Number(document.getElementById("results").dataset.ms)`, &ms),
				// The same words again, as typing goes on: the files are in memory.
				chromedp.Evaluate(fmt.Sprintf(`(() => { const q = document.getElementById("q"); document.getElementById("results").dataset.ms = ""; q.value = %q; q.dispatchEvent(new Event("input")); return true })()`, strings.ToUpper(q)+" "), nil),
				chromedp.Poll(`document.getElementById("results").dataset.state === "done" && document.getElementById("results").dataset.ms !== ""`, nil),
				chromedp.Evaluate(`Number(document.getElementById("results").dataset.ms)`, &warm),
				chromedp.Evaluate(`document.querySelector(".results-count").textContent`, &count),
				chromedp.Evaluate(`performance.getEntriesByType("resource").filter(e => e.name.includes("/search/data/")).map(e => new URL(e.name).pathname)`, &files)); err != nil {
				b.Fatal(err)
			}
			raw, zipped := 0, 0
			for _, f := range files {
				data, err := os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(strings.TrimPrefix(f, base))))
				if err != nil {
					b.Fatal(err)
				}
				raw += len(data)
				zipped += gzipSize(data)
			}
			if raw > 300<<10 {
				b.Errorf("%q downloads %d KB, over the 300 KB budget (%s)", q, raw>>10, strings.Join(files, " "))
			}
			if os.Getenv("SEARCH_TRACE") != "" {
				var trace []string
				chromedp.Run(br, chromedp.Evaluate(`performance.getEntriesByType("resource").filter(e => e.name.includes("/search/data/")).map(e => e.name.split("/").pop() + " start " + e.startTime.toFixed(1) + " end " + e.responseEnd.toFixed(1))`, &trace))
				fmt.Println(strings.Join(trace, "\n"))
			}
			if n < len(searchQueries) {
				fmt.Printf("search %-14q %6.1f ms (%4.1f ms warm)  %4d KB (%3d KB gzip) in %2d files  %s\n", q, ms, warm, raw>>10, zipped>>10, len(files), count)
			}
			total += ms
			totalWarm += warm
			kb += float64(raw) / 1024
			gz += float64(zipped) / 1024
			n++
		}
	}
	b.ReportMetric(total/float64(n), "ms/query")
	b.ReportMetric(totalWarm/float64(n), "warm-ms/query")
	b.ReportMetric(kb/float64(n), "KB/query")
	b.ReportMetric(gz/float64(n), "gzKB/query")
}

func gzipSize(data []byte) int {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(data)
	w.Close()
	return buf.Len()
}
