package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"timeline/internal/attribution"
	"timeline/internal/content"
	"timeline/internal/dates"
)

// articleGold is testdata/articles.toml: short articles written for this
// package after real reporting, with their figures.
type articleGold struct {
	Article []struct {
		File      string
		Published time.Time
		Lang      string
		Figures   []goldFigure
	}
}

// TestArticles reads the articles of testdata/articles as the build
// would, sentence by sentence with the sentence after it and the speaker
// attribution finds, and scores the figures against the gold: recall,
// precision and the share of right claimants have floors.
func TestArticles(t *testing.T) {
	var gold articleGold
	if _, err := toml.DecodeFile("testdata/articles.toml", &gold); err != nil {
		t.Fatal(err)
	}
	var total score
	for _, a := range gold.Article {
		raw, err := os.ReadFile(filepath.Join("testdata/articles", a.File))
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		total.add(compare(a.File, text, a.Figures, readArticle(text, a.Lang, a.Published)))
	}
	for _, m := range total.misses {
		t.Log(m)
	}
	t.Logf("%d figures in %d articles: recall %.1f%%, precision %.1f%%, claimant right %.1f%%, side right %.1f%%, civilian right %.1f%%",
		total.gold, len(gold.Article), 100*total.recall(), 100*total.precision(), 100*total.claimants(),
		100*ratio(total.side, total.right), 100*ratio(total.civilian, total.right))
	if total.gold < 50 || len(gold.Article) < 10 {
		t.Errorf("the gold holds %d figures in %d articles, want at least 50 in 10", total.gold, len(gold.Article))
	}
	if total.recall() < 0.95 {
		t.Errorf("recall %.1f%%, want at least 95%%", 100*total.recall())
	}
	if total.precision() < 0.95 {
		t.Errorf("precision %.1f%%, want at least 95%%", 100*total.precision())
	}
	if total.claimants() < 0.90 {
		t.Errorf("claimant right %.1f%%, want at least 90%%", 100*total.claimants())
	}
}

// readArticle finds the figures of a plain text, one paragraph a line,
// with the speaker of each sentence as the build finds it: a Finder that
// skips the sentence's date expressions.
func readArticle(text, lang string, published time.Time) []found {
	var lines []content.Line
	for i, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, content.Line{N: i + 1, Text: l})
		}
	}
	starts := lineStarts(text)
	ss := content.Sentences(lines)
	doc := dates.NewDoc(published, lang)
	var speakers attribution.Finder
	var out []found
	for i, s := range ss {
		if i > 0 && s.Line > ss[i-1].Line+1 {
			speakers.Paragraph()
		}
		next, nextAt := "", 0
		if i+1 < len(ss) {
			next, nextAt = ss[i+1].Text, sentenceAt(starts, ss[i+1])
		}
		at := sentenceAt(starts, s)
		var spans [][2]int
		for _, e := range doc.Tag(s.Text) {
			spans = append(spans, [2]int{e.Start, e.End})
		}
		for _, f := range Find(s.Text, next, lang, speakers.Find(s.Text, spans)) {
			in, off := s.Text, at
			if f.Next {
				in, off = next, nextAt
			}
			f.Start += off
			f.End += off
			out = append(out, found{Figure: f, sentence: in})
		}
	}
	return out
}
