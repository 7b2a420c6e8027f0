package dates_test

import (
	"testing"
	"time"

	"timeline/internal/content"
	"timeline/internal/corpus"
	"timeline/internal/dates"
)

// doc is one article as the tagger sees it: its publication date,
// language and sentences.
type doc struct {
	published time.Time
	lang      string
	sentences []string
}

// corpusDocs parses n generated articles into the tagger's input.
func corpusDocs(tb testing.TB, n int) (docs []doc, sentences int) {
	tb.Helper()
	for i := range n {
		a := corpus.New(1, i)
		art, probs := content.Parse("content/"+a.Name, a.Data, content.Options{Language: "fr"})
		if probs.HasErrors() {
			tb.Fatalf("%s: %v", a.Name, probs)
		}
		d := doc{published: art.Published, lang: art.Language}
		for _, s := range art.Sentences {
			d.sentences = append(d.sentences, s.Text)
		}
		docs = append(docs, d)
		sentences += len(d.sentences)
	}
	return docs, sentences
}

// BenchmarkTagCorpus measures the tagger alone, on one goroutine (one core):
// every sentence of 500 generated articles, tagged and resolved in order
// as the build does. The figure to watch is sentences/s (target: 50,000).
func BenchmarkTagCorpus(b *testing.B) {
	docs, sentences := corpusDocs(b, 500)
	found := 0
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		found = 0
		for _, d := range docs {
			doc := dates.NewDoc(d.published, d.lang)
			for _, s := range d.sentences {
				found += len(doc.Tag(s))
			}
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(sentences), "ns/sentence")
	b.ReportMetric(float64(found)/float64(len(docs)), "exprs/article")
}
