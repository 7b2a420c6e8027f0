package timeline

import (
	"fmt"
	"testing"

	"timeline/internal/content"
)

// TestIndex checks Event.Index against the articles' positions, with
// articles published the same day ordered by slug.
func TestIndex(t *testing.T) {
	var arts []*content.Article
	var exts []Extraction
	for i := range 40 {
		slug := fmt.Sprintf("a%02d", 39-i)
		arts = append(arts, article(slug, fmt.Sprintf("2020-10-%02d", 1+i%7)))
		exts = append(exts, Extraction{Slug: slug, Mentions: []Mention{{Slug: slug, Date: date("2020-09-27"), Sentence: "Le 27 septembre."}}})
	}
	arts = append(arts, article("other", "2020-10-01"))
	exts = append(exts, Extraction{Slug: "other", Mentions: []Mention{{Slug: "other", Date: date("1991"), Sentence: "En 1991."}}})
	tl, probs := Build(site(t), nil, arts, exts, nil, nil)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	ev := tl.Events[len(tl.Events)-1]
	for i, a := range ev.Articles {
		if got := ev.Index(a); got != i {
			t.Errorf("Index(%s) = %d, want %d", a.Slug, got, i)
		}
	}
	for _, a := range tl.Articles {
		if a.Slug == "other" {
			if got := ev.Index(a); got != -1 {
				t.Errorf("Index of an article that does not report the event = %d", got)
			}
		}
	}
}
