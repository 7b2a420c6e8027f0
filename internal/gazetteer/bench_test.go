package gazetteer

import (
	"testing"

	"timeline/internal/content"
	"timeline/internal/corpus"
)

// corpusSentences returns the sentences of the first n articles of the
// synthetic corpus (French and English news text) and those of them in
// which neither a place nor an actor is found.
func corpusSentences(tb testing.TB, n int) (all, none []string) {
	g := Default()
	for i := range n {
		a := corpus.New(1, i)
		art, _ := content.Parse(a.Name, a.Data, content.Options{})
		if art == nil {
			tb.Fatalf("article %d does not parse", i)
		}
		for _, s := range art.Sentences {
			all = append(all, s.Text)
			if len(g.FindPlaces(s.Text)) == 0 && len(g.FindActors(s.Text)) == 0 {
				none = append(none, s.Text)
			}
		}
	}
	return all, none
}

// TestNoAllocs: a sentence that names nothing costs no allocation, the
// build's common case.
func TestNoAllocs(t *testing.T) {
	_, none := corpusSentences(t, 20)
	if len(none) == 0 {
		t.Fatal("no sentence without a match in the corpus")
	}
	g := Default()
	allocs := testing.AllocsPerRun(5, func() {
		for _, s := range none {
			g.FindPlaces(s)
			g.FindActors(s)
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations for %d sentences without a match, want 0", allocs, len(none))
	}
}

func benchFind(b *testing.B, ss []string) {
	g := Default()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range ss {
			g.FindPlaces(s)
			g.FindActors(s)
		}
	}
	b.ReportMetric(float64(len(ss))*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkFind finds places and actors in every sentence of 100 articles.
func BenchmarkFind(b *testing.B) {
	all, _ := corpusSentences(b, 100)
	benchFind(b, all)
}

// BenchmarkFindNone finds places and actors in the sentences that name
// neither, most of a build's.
func BenchmarkFindNone(b *testing.B) {
	_, none := corpusSentences(b, 100)
	benchFind(b, none)
}

// BenchmarkSpeaker resolves the speakers of the speaker table.
func BenchmarkSpeaker(b *testing.B) {
	g := Default()
	speakers := []string{"le ministère azerbaïdjanais de la Défense", "Ilham Aliev", "Bakou", "the ICRC", "le porte-parole du Kremlin Dmitri Peskov", "Armenia's foreign ministry", "un responsable"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range speakers {
			g.Speaker(s)
		}
	}
}

// FuzzFind: whatever the text, the matches lie inside it, in order, and
// the speaker's id is an actor's or "".
func FuzzFind(f *testing.F) {
	for _, s := range []string{"d’Erevan", "Haut-Karabakh", "Şuşa\u0301", "à Bakou", "Azerbaijan's", "\xff\xfeBerd", "UN Un", "corridor de", "ministère azerbaïdjanais de la"} {
		f.Add(s)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, s string) {
		for _, ms := range [][]Match{g.FindPlaces(s), g.FindActors(s)} {
			end := 0
			for _, m := range ms {
				if m.Start < end || m.End <= m.Start || m.End > len(s) {
					t.Fatalf("%q: bad span %v after %d", s, m, end)
				}
				end = m.End
			}
		}
		if id := g.Speaker(s); id != "" && g.Actor(id) == nil {
			t.Fatalf("Speaker(%q) = %q, no actor", s, id)
		}
	})
}

// BenchmarkLoad reads and indexes the embedded files, once a build.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Load(File{}, File{})
	}
}
