package render

import (
	"fmt"
	"html/template"
	"sort"
	"strings"

	"timeline/internal/address"
	"timeline/internal/dates"
	"timeline/internal/timeline"
)

// ArticleView is an article as the source pages show it.
type ArticleView struct {
	Slug      string
	Href      string
	Title     string
	Outlet    string
	URL       string
	Published string
	Datetime  string
	Lang      string
	Events    int

	// A row of a list of sources (articleRows) has its key from its
	// article, and its other fields only when fill makes them: the
	// partial function calls it when no build has drawn the row.
	row  uint64
	fill func() ArticleView `key:"-"`
}

func (s *Site) articleView(root string, a *timeline.Article) ArticleView {
	v := ArticleView{Slug: a.Slug, Href: s.look.sourceHref(root, a), Title: a.Title, Outlet: a.Outlet, URL: a.URL,
		Published: s.look.publishedOn(a, s.lang), Datetime: dates.DayOf(a.Published).String(), Events: len(a.Events)}
	if a.Language != s.lang {
		v.Lang = a.Language
	}
	return v
}

// SourcesData is what the list of sources shows.
type SourcesData struct {
	Articles []ArticleView
	Years    []Link   // set when the list is split by year
	Year     string   // on a year page
	Outlets  []Option // on the main page: each outlet's page of events
}

func (s *Site) sourcesPages(t *timeline.Timeline, reuse func(string, uint64) bool) []*Page {
	main := &Page{Kind: "sources", Path: "sources/index.html", Title: s.T("sources_title"), Section: "sources"}
	var outlets []Option
	for _, o := range s.look.outletList() {
		outlets = append(outlets, Option{Value: o.Key, Text: fmt.Sprintf("%s (%s)", o.Name, s.count("events_count", len(o.Events))), Href: "../" + address.Outlet(o.Key)})
	}
	if len(t.Articles) <= sourcesPage {
		d := SourcesData{Outlets: outlets}
		for _, a := range t.Articles {
			d.Articles = append(d.Articles, s.articleView("../", a))
		}
		main.Data = d
		return []*Page{main}
	}
	byYear := map[int][]*timeline.Article{}
	var years []int
	for _, a := range t.Articles {
		y := a.Published.Year()
		if _, ok := byYear[y]; !ok {
			years = append(years, y)
		}
		byYear[y] = append(byYear[y], a)
	}
	sort.Ints(years)
	d := SourcesData{Outlets: outlets}
	pages := []*Page{main}
	for _, y := range years {
		href := fmt.Sprintf("sources/%d/index.html", y)
		d.Years = append(d.Years, Link{Href: fmt.Sprintf("%d/index.html", y), Text: fmt.Sprintf("%d (%s)", y, s.count("articles_count", len(byYear[y])))})
		arts := byYear[y]
		pages = append(pages, s.lazy("sources", href, &sourcesYearIn{Year: y, Articles: arts}, reuse, func() *Page {
			yd := SourcesData{Year: fmt.Sprint(y), Articles: s.articleRows("../../", arts)}
			return &Page{Kind: "sources", Path: href, Title: fmt.Sprintf("%s %d", s.T("sources_title"), y), Section: "sources", Data: yd}
		}))
	}
	main.Data = d
	return pages
}

// SourceData is what a source page shows: the article's facts and each
// event it reports, with its quotations and the other sources of the event.
type SourceData struct {
	Article ArticleView
	Events  []SourceEvent
}

// SourceEvent is one event on a source page. A source page changes only
// with its article and its neighbours in each event: an event's headline,
// its count of sources and its full list of sources, which change with
// every article that reports it, are on the event page, not here.
type SourceEvent struct {
	Event    EventView     // the event's id, date and page
	Mentions []MentionView // this article's quotations of the event
	Others   []Link        // the other articles published around it that report the event, at most othersMax
	More     bool          // more articles report it: the event page lists them all
}

func (s *Site) sourcePage(a *timeline.Article) *Page {
	const root = "../../"
	d := SourceData{Article: s.articleView(root, a)}
	if len(a.Events) > 0 {
		d.Events = make([]SourceEvent, 0, len(a.Events))
	}
	for _, ev := range a.Events {
		se := SourceEvent{Event: s.eventView(root, ev)}
		se.Event.Title, se.Event.Sources, se.Event.Episode = "", 0, Link{}
		idx := s.look.mentionsOf(ev, a)
		se.Mentions = make([]MentionView, len(idx))
		for j, i := range idx {
			se.Mentions[j] = s.mentionView(root, ev, &ev.Mentions[i], se.Event.Date)
			se.Mentions[j].Cite = false
		}
		near, more := neighbours(ev, a)
		if len(near) > 1 {
			se.Others = make([]Link, 0, len(near)-1)
		}
		for _, o := range near {
			if o != a {
				se.Others = append(se.Others, Link{Href: s.look.sourceHref(root, o), Text: o.Title})
			}
		}
		se.More = more
		d.Events = append(d.Events, se)
	}
	return &Page{Kind: "source", Path: address.Source(a.Slug), Title: a.Title, Section: "sources",
		Description: fmt.Sprintf("%s — %s", a.Title, d.Article.Published), Data: d}
}

// sourceInput returns what a's page is made of (see sourceIn).
// It is made in the site's scratch, for its key alone: the next call
// makes another in its place (plannedPages plans the pages one after the
// other, and ten thousand articles would otherwise make ten thousand
// inputs a rebuild).
func (s *Site) sourceInput(a *timeline.Article) *sourceIn {
	in := &s.scratch.source
	in.Article, in.Events = a, in.Events[:0]
	for _, ev := range a.Events {
		near, more := neighbours(ev, a)
		in.Events = append(in.Events, sourceEventIn{Event: ev, Run: ev.RunKey(ev.Index(a)), Near: near, More: more})
	}
	return in
}

// neighbours returns the articles of ev published around a (a included):
// othersMax others, as many before as after it where there are; more is
// true when ev has other articles beyond them. A new article changes the
// neighbours of the few articles around it only, however many report ev.
func neighbours(ev *timeline.Event, a *timeline.Article) (near []*timeline.Article, more bool) {
	k := othersMax + 1
	if len(ev.Articles) <= k {
		return ev.Articles, false
	}
	i := ev.Index(a)
	start := min(max(i-k/2, 0), len(ev.Articles)-k)
	return ev.Articles[start : start+k], true
}

// AboutData is what the about page shows.
type AboutData struct {
	Body    template.HTML
	Contact *Link // where to report an error, from site.toml
}

func (s *Site) aboutData() AboutData {
	d := AboutData{Body: s.about}
	if c := s.Config.Contact; c != "" {
		href := c
		if strings.Contains(c, "@") && !strings.Contains(c, ":") {
			href = "mailto:" + c
		}
		d.Contact = &Link{Href: href, Text: c}
	}
	return d
}
