package attribution

import (
	"testing"

	"timeline/internal/content"
	"timeline/internal/corpus"
)

// sentences returns the sentences of the first n articles of the synthetic
// corpus: French and English news text with its attributions.
func sentences(tb testing.TB, n int) []string {
	var ss []string
	for i := range n {
		a := corpus.New(1, i)
		art, _ := content.Parse(a.Name, a.Data, content.Options{})
		if art == nil {
			tb.Fatalf("article %d does not parse", i)
		}
		for _, s := range art.Sentences {
			ss = append(ss, s.Text)
		}
	}
	return ss
}

func BenchmarkFind(b *testing.B) {
	ss := sentences(b, 100)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range ss {
			Find(s, nil)
		}
	}
}
