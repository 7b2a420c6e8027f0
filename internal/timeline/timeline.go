// Package timeline turns articles into the site's data model: events (one
// per date at one precision, with every sentence that carries it), the
// episodes they fall in, and the cross-links between events and the
// articles that report them.
//
// It reads no files and writes no HTML: it is handed articles and the
// site's configuration, and hands a Timeline to the renderer.
package timeline

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/dates"
	"timeline/internal/diag"
)

// Timeline is the whole site's data.
type Timeline struct {
	Episodes []*Episode // in calendar order
	Events   []*Event   // sorted by date
	Articles []*Article // sorted by publication date, then slug
}

// Episode is a period of the conflict with the events that fall in it.
type Episode struct {
	config.Episode
	Events   []*Event
	Articles []*Article // the articles that report its events
}

// Event is everything the sources say about one date at one precision.
type Event struct {
	ID       string // from the date alone, so links stay stable as articles are added
	Date     dates.Date
	Episode  *Episode
	Title    string // a headline: the first reporting sentence, shortened
	Mentions []Mention
	Articles []*Article // the distinct articles of the mentions, in mention order
	Prev     *Event
	Next     *Event
}

// Article is an article as the timeline cites it: its facts, not its text
// (the site publishes short quotations, not the articles).
type Article struct {
	Slug      string
	Title     string
	Source    string // the outlet
	URL       string
	Published time.Time
	Language  string
	Path      string // the article's file, for messages
	Hash      uint64 // content.Article.Hash: for one site.toml, the article's facts and mentions depend on nothing else
	Events    []*Event
	Mentions  int // how many mentions it contributes
	input     int // its place in the articles Build was given
	rank      int // its place in Timeline.Articles, in order of publication
}

// EventID returns the id of the event of date d: its EDTF value in lower
// case ("2023-09-19", "2022-12", "199x"). It depends on nothing else, so
// adding articles never changes an existing link.
func EventID(d dates.Date) string { return strings.ToLower(d.String()) }

// Build assembles the timeline from articles and their extractions
// (extractions[i] belongs to arts[i]). Dates that fall in no episode are
// reported and left out.
func Build(site *config.Site, arts []*content.Article, exts []Extraction) (*Timeline, diag.List) {
	var probs diag.List
	t := &Timeline{}
	episodes := map[string]*Episode{}
	for _, e := range site.Episodes {
		ep := &Episode{Episode: e}
		t.Episodes = append(t.Episodes, ep)
		episodes[e.ID] = ep
	}
	bySlug := map[string]*Article{}
	for i, a := range arts {
		art := &Article{Slug: a.Slug, Title: a.Title, Source: a.Source, URL: a.URL,
			Published: a.Published, Language: a.Language, Path: a.Path, Hash: a.Hash, input: i}
		t.Articles = append(t.Articles, art)
		bySlug[a.Slug] = art
	}
	sort.SliceStable(t.Articles, func(i, j int) bool { return articleLess(t.Articles[i], t.Articles[j]) })
	for i, a := range t.Articles {
		a.rank = i
	}

	// Mentions are gathered article by article in order of publication,
	// so that each event's come in that order without sorting them.
	events := map[dates.Date]*Event{}
	for _, art := range t.Articles {
		i := art.input
		for _, m := range exts[i].Mentions {
			ev, ok := events[m.Date]
			if !ok {
				e, found := site.Episode(m.Date)
				if !found {
					probs.Add(diag.Warnf(arts[i].Path, m.Line, m.Col, "%q resolves to %s, which falls in no episode of site.toml (extend the first or last episode)", m.Expression, m.Date))
					continue
				}
				ev = &Event{ID: EventID(m.Date), Date: m.Date, Episode: episodes[e.ID]}
				events[m.Date] = ev
				t.Events = append(t.Events, ev)
			}
			ev.Mentions = append(ev.Mentions, m)
		}
	}
	sort.Slice(t.Events, func(i, j int) bool { return t.Events[i].Date.Compare(t.Events[j].Date) < 0 })
	for i, ev := range t.Events {
		if i > 0 {
			ev.Prev = t.Events[i-1]
			t.Events[i-1].Next = ev
		}
		// An article's mentions of the event come together (see above):
		// n counts them.
		var art *Article
		n := 0
		for k := range ev.Mentions {
			m := &ev.Mentions[k]
			if art == nil || m.Source != art.Slug {
				art, n = bySlug[m.Source], 0
				ev.Articles = append(ev.Articles, art)
				art.Events = append(art.Events, ev)
			}
			n++
			m.Anchor = m.Source
			if n > 1 {
				m.Anchor += "-" + strconv.Itoa(n)
			}
			art.Mentions++
		}
		ev.Title = Headline(ev.Mentions[0].Sentence)
		ev.Episode.Events = append(ev.Episode.Events, ev)
	}
	// An episode's articles, in order of publication: t.Articles is.
	for _, ep := range t.Episodes {
		in := map[*Article]bool{}
		for _, ev := range ep.Events {
			for _, a := range ev.Articles {
				in[a] = true
			}
		}
		for _, a := range t.Articles {
			if in[a] {
				ep.Articles = append(ep.Articles, a)
			}
		}
	}
	return t, probs
}

// Index returns the position of a in ev.Articles, which are in order of
// publication, or -1 when a does not report ev.
func (ev *Event) Index(a *Article) int {
	i := sort.Search(len(ev.Articles), func(i int) bool { return ev.Articles[i].rank >= a.rank })
	if i < len(ev.Articles) && ev.Articles[i] == a {
		return i
	}
	return -1
}

func articleLess(a, b *Article) bool {
	if !a.Published.Equal(b.Published) {
		return a.Published.Before(b.Published)
	}
	return a.Slug < b.Slug
}

// headlineMax is the longest headline, in characters.
const headlineMax = 160

// Headline shortens a sentence to a headline: at most headlineMax
// characters, cut at a word boundary, with an ellipsis when cut.
func Headline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= headlineMax {
		return s
	}
	cut, n := 0, 0
	for i := range s {
		if n == headlineMax {
			break
		}
		if s[i] == ' ' {
			cut = i
		}
		n++
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}
