package gazetteer

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/BurntSushi/toml"

	"timeline/internal/content"
	"timeline/internal/dates"
)

// TestSeeds reads the five seed articles as the pipeline does (content's
// sentences, the tagger's dates, as timeline.Extract) and compares the
// places each resolved date's sentences name with the gold read by hand.
func TestSeeds(t *testing.T) {
	var gold struct {
		Article []struct {
			Slug  string
			Dates []struct {
				Date   string
				Places []string
			}
		}
	}
	if _, err := toml.DecodeFile("testdata/seeds.toml", &gold); err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob("../../content/*.md")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed article: %v", err)
	}
	got := map[string]map[string][]string{} // slug → date → places
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := content.Parse(p, data, content.Options{Language: "fr"})
		if a == nil {
			t.Fatalf("%s does not parse", p)
		}
		got[a.Slug] = placesByDate(Default(), a)
	}
	g := Default()
	right, total := 0, 0
	for _, a := range gold.Article {
		found, ok := got[a.Slug]
		if !ok {
			t.Errorf("%s: no such article in content/", a.Slug)
			continue
		}
		for _, d := range a.Dates {
			total++
			ids, dated := found[d.Date]
			if !dated {
				t.Errorf("%s %s: the tagger dates no sentence so (update the gold)", a.Slug, d.Date)
				continue
			}
			delete(found, d.Date)
			want := slices.Sorted(slices.Values(d.Places))
			for _, id := range want {
				if g.Place(id) == nil {
					t.Errorf("%s %s: the gold names %q, which is no place", a.Slug, d.Date, id)
				}
			}
			if !slices.Equal(ids, want) {
				t.Errorf("%s %s: places %v, want %v", a.Slug, d.Date, ids, want)
				continue
			}
			right++
		}
		for date, ids := range found {
			t.Errorf("%s %s: dated by the tagger, not in the gold (places %v)", a.Slug, date, ids)
		}
	}
	t.Logf("seed events whose places are right: %d of %d", right, total)
}

// placesByDate returns, for each date a's sentences resolve to, the sorted
// ids of the places its sentences name.
func placesByDate(g *Gazetteer, a *content.Article) map[string][]string {
	doc := dates.NewDoc(a.Published, a.Language)
	out := map[string][]string{}
	for _, s := range a.Sentences {
		for _, e := range doc.Tag(s.Text) {
			d := e.Value.String()
			if _, ok := out[d]; !ok {
				out[d] = []string{}
			}
			for _, m := range g.FindPlaces(s.Text) {
				if !slices.Contains(out[d], m.ID) {
					out[d] = append(out[d], m.ID)
				}
			}
		}
	}
	for d := range out {
		slices.Sort(out[d])
	}
	return out
}
