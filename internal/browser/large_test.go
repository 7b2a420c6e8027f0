package browser

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"timeline/internal/corpus"
)

var large = flag.Int("large", 0, "build a synthetic site of this many articles for BenchmarkSearchLarge (make bench-search: 10000)")

var (
	largeOnce sync.Once
	largeSite *site
	largeErr  error
)

// bigSite writes a synthetic site of *large articles (internal/corpus),
// builds it and serves it, once.
func bigSite(b *testing.B) *site {
	b.Helper()
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
var searchQueries = []string{"Chouchi", "susa", "Stepanakert", "evacues", "bombardements", "Aliev", "cessez", "armee", "2020"}

// BenchmarkSearchLarge searches a large synthetic site in Chromium, each
// query on a fresh page with the cache off, as a reader arriving on the
// site: ms/query is the time site.js reports from the query to the first
// results on screen, downloads included; KB/query is what the query
// downloaded (the server sends it uncompressed; gzKB/query, compressed as a
// host would). A query that downloads more than 300 KB fails.
func BenchmarkSearchLarge(b *testing.B) {
	s := bigSite(b)
	br := newBrowser(b, 1280, 900).ctx
	b.ResetTimer()
	var total, kb, gz float64
	n := 0
	for range b.N {
		for _, q := range searchQueries {
			if err := chromedp.Run(br, network.SetCacheDisabled(true),
				chromedp.Navigate(s.url+"search/index.html?q="+url.QueryEscape(q)),
				chromedp.Poll(`document.getElementById("results").dataset.state === "done"`, nil)); err != nil {
				b.Fatalf("%s: %v", q, err)
			}
			var ms float64
			var files []string
			var count string
			if err := chromedp.Run(br,
				chromedp.Evaluate(`Number(document.getElementById("results").dataset.ms)`, &ms),
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
			if n < len(searchQueries) {
				fmt.Printf("search %-14q %6.1f ms  %4d KB (%3d KB gzip) in %2d files  %s\n", q, ms, raw>>10, zipped>>10, len(files), count)
			}
			total += ms
			kb += float64(raw) / 1024
			gz += float64(zipped) / 1024
			n++
		}
	}
	b.ReportMetric(total/float64(n), "ms/query")
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
