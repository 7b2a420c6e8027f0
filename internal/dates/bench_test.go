package dates

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// benchSentences returns a mix of real news sentences: the seed articles,
// split as the seeds test splits them, and testdata/bench.txt.
func benchSentences(b *testing.B) []string {
	var out []string
	seeds, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		b.Fatalf("no seed articles: %v", err)
	}
	for _, name := range append(seeds, "testdata/bench.txt") {
		raw, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		text := string(raw)
		if strings.HasSuffix(name, "bench.txt") {
			sc := bufio.NewScanner(strings.NewReader(text))
			for sc.Scan() {
				if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
					out = append(out, l)
				}
			}
			continue
		}
		for _, s := range splitSentences(text) {
			out = append(out, text[s[0]:s[1]])
		}
	}
	return out
}

// BenchmarkTag measures sentences tagged per second, one Doc per pass over
// the mix, as the pipeline uses one Doc per article.
func BenchmarkTag(b *testing.B) {
	sentences := benchSentences(b)
	pub := time.Date(2023, 9, 20, 0, 0, 0, 0, time.UTC)
	var d *Doc
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(sentences)
		if k == 0 {
			d = NewDoc(pub, "fr")
		}
		d.Tag(sentences[k])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
