package claims

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/BurntSushi/toml"

	"timeline/internal/attribution"
	"timeline/internal/content"
	"timeline/internal/dates"
)

// seedGold is testdata/seeds.toml: the figures of the dated sentences of
// the five seed articles of content/.
type seedGold struct {
	Article []struct {
		Slug    string
		Figures []goldFigure
	}
}

// TestSeeds reads the seed articles of content/ as the build does: parsed
// by content, each sentence tagged by dates, the dated ones kept with the
// sentence after them, their speaker found by an attribution.Finder as
// timeline.Extract finds it. Every figure of the gold must be found with
// its kind, count and claimant, and nothing else.
func TestSeeds(t *testing.T) {
	var gold seedGold
	if _, err := toml.DecodeFile("testdata/seeds.toml", &gold); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../../content/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles in content/: %v", err)
	}
	bySlug := map[string][]found{}
	texts := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, probs := content.Parse("content/"+filepath.Base(f), data, content.Options{Language: "fr"})
		if a == nil {
			t.Fatalf("%s: %v", f, probs)
		}
		text, figs := readDated(a)
		bySlug[a.Slug], texts[a.Slug] = figs, text
	}
	var total score
	for _, g := range gold.Article {
		text, ok := texts[g.Slug]
		if !ok {
			t.Errorf("%s: no such article in content/", g.Slug)
			continue
		}
		total.add(compare(g.Slug, text, g.Figures, bySlug[g.Slug]))
		delete(bySlug, g.Slug)
	}
	for slug, figs := range bySlug {
		total.add(compare(slug, texts[slug], nil, figs))
	}
	for _, m := range total.misses {
		t.Error(m)
	}
	t.Logf("%d figures in the dated sentences of %d articles: recall %.1f%%, precision %.1f%%, claimant right %.1f%%",
		total.gold, len(gold.Article), 100*total.recall(), 100*total.precision(), 100*total.claimants())
	if total.right != total.gold || total.found != total.gold || total.claimant != total.gold {
		t.Errorf("want every figure found with its claimant, and nothing else")
	}
}

// readDated returns the sentences of a, one a line, and the figures of
// its dated sentences, their spans made relative to that text. The next
// sentence of a dated one is the article's next, dated or not.
func readDated(a *content.Article) (string, []found) {
	doc := dates.NewDoc(a.Published, a.Language)
	var speakers attribution.Finder
	offsets := make([]int, len(a.Sentences))
	text := ""
	for i, s := range a.Sentences {
		offsets[i] = len(text)
		text += s.Text + "\n"
	}
	var out []found
	for i, s := range a.Sentences {
		// As timeline.Extract does: a blank line between two sentences
		// starts a paragraph, and an undated sentence is passed.
		if i > 0 && s.Line > a.Sentences[i-1].Line+1 {
			speakers.Paragraph()
		}
		exprs := doc.Tag(s.Text)
		if len(exprs) == 0 {
			speakers.Pass(s.Text)
			continue
		}
		var spans [][2]int
		for _, e := range exprs {
			spans = append(spans, [2]int{e.Start, e.End})
		}
		who := speakers.Find(s.Text, spans)
		next, nextAt := "", 0
		if i+1 < len(a.Sentences) {
			next, nextAt = a.Sentences[i+1].Text, offsets[i+1]
		}
		for _, f := range Find(s.Text, next, a.Language, who) {
			off, in := offsets[i], s.Text
			if f.Next {
				off, in = nextAt, next
			}
			f.Start += off
			f.End += off
			out = append(out, found{Figure: f, sentence: in})
		}
	}
	return text, out
}
