package content_test

import (
	"testing"

	"timeline/internal/content"
	"timeline/internal/corpus"
)

// BenchmarkParse measures reading one article from its bytes: front
// matter, Markdown text, furniture lines, sentences; on one goroutine, over
// 500 generated articles.
func BenchmarkParse(b *testing.B) {
	type file struct {
		path string
		data []byte
	}
	var files []file
	size := 0
	for i := range 500 {
		a := corpus.New(1, i)
		files = append(files, file{"content/" + a.Name, a.Data})
		size += len(a.Data)
	}
	opt := content.Options{Language: "fr"}
	b.ReportAllocs()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, f := range files {
			if _, probs := content.Parse(f.path, f.data, opt); probs.HasErrors() {
				b.Fatal(probs)
			}
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(files)), "ns/article")
}
