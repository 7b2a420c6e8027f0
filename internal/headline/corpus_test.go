package headline

import (
	"testing"

	"timeline/internal/content"
	"timeline/internal/corpus"
	"timeline/internal/dates"
)

// events returns the candidates of the events of the first n articles of
// the synthetic corpus: the sentences that give one date, grouped by it,
// with their expressions' spans, as a timeline would hand them over.
func events(tb testing.TB, n int) [][]Candidate {
	var evs [][]Candidate
	for i := range n {
		a := corpus.New(1, i)
		art, _ := content.Parse(a.Name, a.Data, content.Options{})
		if art == nil {
			tb.Fatalf("article %d does not parse", i)
		}
		doc := dates.NewDoc(art.Published, art.Language)
		byDate := map[dates.Date]int{}
		for _, s := range art.Sentences {
			for _, e := range doc.Tag(s.Text) {
				c := Candidate{Sentence: s.Text, Start: e.Start, End: e.End, Lang: art.Language,
					Role: "event", Coarse: e.Value.Precision < dates.Day}
				k, ok := byDate[e.Value]
				if !ok {
					k = len(evs)
					byDate[e.Value] = k
					evs = append(evs, nil)
				}
				evs[k] = append(evs[k], c)
			}
		}
	}
	return evs
}

// TestPickCorpus checks what a test of the whole site would: no headline
// Pick gives a usable candidate opens with an anaphor or is furniture.
func TestPickCorpus(t *testing.T) {
	for _, cs := range events(t, 40) {
		i, h := Pick(cs)
		if Score(cs[i]) <= 0 {
			continue
		}
		if Anaphoric(h) || Furniture(h) {
			t.Errorf("Pick of %q = %q: anaphoric %v, furniture %v", cs[i].Sentence, h, Anaphoric(h), Furniture(h))
		}
	}
}
