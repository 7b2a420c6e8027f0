package claims

import (
	"testing"

	"timeline/internal/content"
	"timeline/internal/corpus"
)

// corpusSentences returns the sentences of the first n articles of the
// synthetic corpus (French and English news text, with dates, numbers
// that are no figures, tolls and claims), split into those that give a
// figure and those that give none.
func corpusSentences(tb testing.TB, n int) (with, without []sentence) {
	for i := range n {
		a := corpus.New(1, i)
		art, _ := content.Parse(a.Name, a.Data, content.Options{})
		if art == nil {
			tb.Fatalf("article %d does not parse", i)
		}
		for _, s := range art.Sentences {
			ss := sentence{s.Text, art.Language}
			if Find(s.Text, "", art.Language, "") != nil {
				with = append(with, ss)
			} else {
				without = append(without, ss)
			}
		}
	}
	return with, without
}

// BenchmarkFindNoFigure measures the sentences that give no figure, most
// of what a build reads: the metric is sentences per second.
func BenchmarkFindNoFigure(b *testing.B) {
	_, without := corpusSentences(b, 100)
	bench(b, without)
}

// BenchmarkFindFigures measures the sentences that give figures.
func BenchmarkFindFigures(b *testing.B) {
	with, _ := corpusSentences(b, 100)
	bench(b, with)
}

// sentence is a sentence of the corpus and its language.
type sentence struct{ text, lang string }

func bench(b *testing.B, ss []sentence) {
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range ss {
			Find(s.text, "", s.lang, "")
		}
	}
	b.ReportMetric(float64(b.N*len(ss))/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(0, "ns/op")
}
