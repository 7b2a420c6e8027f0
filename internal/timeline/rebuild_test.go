package timeline

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"timeline/internal/content"
	"timeline/internal/store"
)

// TestRebuild checks that Build with the store of a build before, after a
// change, gives what Build gives from scratch, and that it takes the
// mentions of the events the change leaves alone from the timeline
// before, and only those.
func TestRebuild(t *testing.T) {
	// Three articles citing the start of the war, two of them 1994; "c"
	// alone cites October 2020.
	arts := []*content.Article{article("a", "2020-09-28"), article("b", "2020-10-01"), article("c", "2020-10-06")}
	exts := []Extraction{
		mentions("a", "2020-09-27", "1994"),
		mentions("b", "2020-09-27", "2020-09-27", "1994"),
		mentions("c", "2020-09-27", "2020-10"),
	}
	tests := []struct {
		name   string
		change func(arts []*content.Article, exts []Extraction) ([]*content.Article, []Extraction)
		kept   []string // the events whose mentions are taken from before
	}{
		{"nothing changes", func(a []*content.Article, x []Extraction) ([]*content.Article, []Extraction) { return a, x },
			[]string{"1994", "2020-09-27", "2020-10"}},
		{"an article added last", func(a []*content.Article, x []Extraction) ([]*content.Article, []Extraction) {
			return append(a, article("d", "2020-10-09")), append(x, mentions("d", "2020-09-27"))
		}, []string{"1994", "2020-10"}},
		{"an article added first, before the others in each event", func(a []*content.Article, x []Extraction) ([]*content.Article, []Extraction) {
			return append(a, article("d", "2020-09-27")), append(x, mentions("d", "1994", "2020-10"))
		}, []string{"2020-09-27"}},
		{"an article removed", func(a []*content.Article, x []Extraction) ([]*content.Article, []Extraction) {
			return a[1:], x[1:]
		}, []string{"2020-10"}},
		{"an article extracted again, the same mentions: the same key", func(a []*content.Article, x []Extraction) ([]*content.Article, []Extraction) {
			x = slices.Clone(x)
			x[2] = mentions("c", "2020-09-27", "2020-10")
			return a, x
		}, []string{"1994", "2020-09-27", "2020-10"}},
		{"an article whose extraction has no key", func(a []*content.Article, x []Extraction) ([]*content.Article, []Extraction) {
			x = slices.Clone(x)
			x[2] = mentions("c", "2020-09-27", "2020-10")
			x[2].Key = 0
			return a, x
		}, []string{"1994"}},
		{"a mention more in an article", func(a []*content.Article, x []Extraction) ([]*content.Article, []Extraction) {
			x = slices.Clone(x)
			x[0] = mentions("a", "2020-09-27", "1994", "1994")
			return a, x
		}, []string{"2020-10"}},
		{"an article published later, after another", func(a []*content.Article, x []Extraction) ([]*content.Article, []Extraction) {
			a = slices.Clone(a)
			a[0] = article("a", "2020-10-02")
			return a, x
		}, []string{"2020-10"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := store.New()
			st.Begin()
			prev, _ := Build(site(t), nil, arts, exts, nil, st)
			a, x := tt.change(arts, exts)
			want, _ := Build(site(t), nil, a, x, nil, nil)
			st.Begin()
			got, _ := Build(site(t), nil, a, x, nil, st)
			if g, w := describe(got), describe(want); g != w {
				t.Errorf("Build from the timeline before gives\n%s\nfrom scratch\n%s", g, w)
			}
			checkRuns(t, got)
			var kept []string
			for _, ev := range got.Events {
				for _, p := range prev.Events {
					if p.ID == ev.ID && &p.Mentions[0] == &ev.Mentions[0] {
						kept = append(kept, ev.ID)
					}
				}
			}
			if !slices.Equal(kept, tt.kept) {
				t.Errorf("mentions taken from before: %v, want %v", kept, tt.kept)
			}
		})
	}
}

// mentions returns an extraction of slug with one mention of each date.
func mentions(slug string, dates ...string) Extraction {
	// The key hashes what the extraction is made of, as a reader's does.
	x := Extraction{Slug: slug, Key: store.Texts(append([]string{slug}, dates...)...)}
	for i, d := range dates {
		x.Mentions = append(x.Mentions, Mention{Slug: slug, Date: date(d), Sentence: fmt.Sprintf("%s, phrase %d.", slug, i)})
	}
	return x
}

// describe writes out every field of t that Build sets.
func describe(t *Timeline) string {
	var b strings.Builder
	for _, ev := range t.Events {
		fmt.Fprintf(&b, "event %s %s %q", ev.ID, ev.Episode.ID, ev.Title)
		for _, m := range ev.Mentions {
			fmt.Fprintf(&b, " [%s %s %q]", m.Anchor, m.Slug, m.Sentence)
		}
		for i, a := range ev.Articles {
			from, to := ev.Run(i)
			fmt.Fprintf(&b, " %s:%d-%d", a.Slug, from, to)
		}
		if ev.Prev != nil {
			fmt.Fprintf(&b, " prev %s", ev.Prev.ID)
		}
		if ev.Next != nil {
			fmt.Fprintf(&b, " next %s", ev.Next.ID)
		}
		b.WriteString("\n")
	}
	for _, a := range t.Articles {
		fmt.Fprintf(&b, "article %s rank %d mentions %d events", a.Slug, a.Rank(), a.Mentions)
		for _, ev := range a.Events {
			fmt.Fprintf(&b, " %s", ev.ID)
		}
		b.WriteString("\n")
	}
	for _, ep := range t.Episodes {
		fmt.Fprintf(&b, "episode %s", ep.ID)
		for _, ev := range ep.Events {
			fmt.Fprintf(&b, " %s", ev.ID)
		}
		for _, a := range ep.Articles {
			fmt.Fprintf(&b, " %s", a.Slug)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// checkRuns checks that Event.Run gives each article's mentions, and all
// of them, as an event Build did not make finds them too.
func checkRuns(t *testing.T, tl *Timeline) {
	t.Helper()
	for _, ev := range tl.Events {
		bare := &Event{ID: ev.ID, Mentions: ev.Mentions, Articles: ev.Articles}
		next := 0
		for i, a := range ev.Articles {
			from, to := ev.Run(i)
			if from != next || to <= from {
				t.Errorf("%s: run of %s is %d-%d, after %d", ev.ID, a.Slug, from, to, next)
			}
			for _, m := range ev.Mentions[from:to] {
				if m.Slug != a.Slug {
					t.Errorf("%s: run of %s holds a mention of %s", ev.ID, a.Slug, m.Slug)
				}
			}
			if f, u := bare.Run(i); f != from || u != to {
				t.Errorf("%s: run of %s is %d-%d in an event Build did not make, %d-%d in Build's", ev.ID, a.Slug, f, u, from, to)
			}
			next = to
		}
		if next != len(ev.Mentions) {
			t.Errorf("%s: runs end at %d of %d mentions", ev.ID, next, len(ev.Mentions))
		}
	}
}
