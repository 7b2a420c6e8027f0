package kinds

import (
	"testing"

	"timeline/internal/content"
	"timeline/internal/corpus"
)

// corpusSentences returns the sentences of the first n articles of the
// synthetic corpus, with their language: French and English news text,
// about one sentence in two with a signal.
func corpusSentences(tb testing.TB, n int) (ss, langs []string) {
	tb.Helper()
	for i := range n {
		a := corpus.New(1, i)
		art, _ := content.Parse(a.Name, a.Data, content.Options{})
		if art == nil {
			tb.Fatalf("article %d does not parse", i)
		}
		for _, s := range art.Sentences {
			ss = append(ss, s.Text)
			langs = append(langs, art.Language)
		}
	}
	return ss, langs
}

// BenchmarkOf reads the sentences of 100 generated articles; its
// sentences/s figure is the one the build's 300,000 sentences need.
func BenchmarkOf(b *testing.B) {
	benchOf(b, func([]string) bool { return true })
}

// BenchmarkOfNone reads the sentences that signal nothing: the most of a
// site, which must cost no allocation.
func BenchmarkOfNone(b *testing.B) {
	benchOf(b, func(kinds []string) bool { return kinds == nil })
}

// benchOf measures Of on the corpus sentences whose kinds keep accepts.
func benchOf(b *testing.B, keep func(kinds []string) bool) {
	all, allLangs := corpusSentences(b, 100)
	d := Default()
	var ss, langs []string
	for i, s := range all {
		if keep(d.Of(s, allLangs[i])) {
			ss, langs = append(ss, s), append(langs, allLangs[i])
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, s := range ss {
			d.Of(s, langs[i])
		}
	}
	b.ReportMetric(float64(len(ss)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkLoad compiles the defaults and an editor's file.
func BenchmarkLoad(b *testing.B) {
	f := File{Path: "content/kinds.toml", Data: []byte("[[kind]]\nid = \"strike\"\nfr = [\"shahed*\"]\n")}
	for b.Loop() {
		Load(f)
	}
}
