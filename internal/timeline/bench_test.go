package timeline_test

import (
	"testing"

	"timeline/internal/content"
	"timeline/internal/corpus"
	"timeline/internal/profile"
	"timeline/internal/timeline"
)

// BenchmarkExtract measures turning an article into mentions (tagging,
// resolving, attribution), on one goroutine, over 500 generated articles.
func BenchmarkExtract(b *testing.B) {
	var arts []*content.Article
	for i := range 500 {
		a := corpus.New(1, i)
		art, probs := content.Parse("content/"+a.Name, a.Data, content.Options{Language: "fr"})
		if probs.HasErrors() {
			b.Fatal(probs)
		}
		arts = append(arts, art)
	}
	mentions := 0
	b.ReportAllocs()
	cpu := profile.CPUTime()
	b.ResetTimer()
	for range b.N {
		mentions = 0
		for _, a := range arts {
			mentions += len(timeline.Extract(a, nil).Mentions)
		}
	}
	b.StopTimer()
	n := float64(b.N * len(arts))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/article")
	b.ReportMetric(float64((profile.CPUTime()-cpu).Nanoseconds())/n, "cpu-ns/article")
	b.ReportMetric(float64(mentions)/float64(len(arts)), "mentions/article")
}
