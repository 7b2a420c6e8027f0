package render

import (
	"html/template"
	"strings"

	"timeline/internal/address"
	"timeline/internal/datefmt"
	"timeline/internal/dates"
	"timeline/internal/timeline"
)

// Page is one HTML page to render: its template, where it goes, and the
// data it shows. Data is a flat view (no pointers back into the timeline),
// so a build can hash it to know whether the page changed.
type Page struct {
	Kind        string // the template: one of Kinds
	Path        string // output path: "events/2023-09-19/index.html"
	Root        string // relative path from the page to the site root: "../../"
	Title       string // the <title>, before the site's name
	Description string
	Canonical   string // absolute URL, when base_url is set
	Section     string // the navigation entry the page belongs to
	Data        any
	Deps        uint64 // for a page made from an input (see keys.go): the key of its input

	// load computes the page when plan left it for later (see
	// compute): the views of every page of a large site at once would
	// take more memory than the build may.
	load func() *Page `key:"-"`
	// held is true for a page the output holds (see plan): it is not drawn.
	held bool `key:"-"`
}

// compute computes the page's data if it is not there yet: key and draw
// call it. Pages of one build may be computed concurrently, each by one
// goroutine.
func (p *Page) compute() {
	if p.load == nil {
		return
	}
	q := p.load()
	q.Root, q.Canonical, q.Deps = p.Root, p.Canonical, p.Deps
	*p = *q
}

// Link is a link inside the site, relative to the site root; templates
// prefix it with the page's Root.
type Link struct {
	Href string
	Text string
}

// MentionView is one quotation as pages show it.
type MentionView struct {
	ID          string // the element's id on this page
	Permalink   string // the mention's stable address: its anchor on the event page
	Lang        string // the quotation's language, when it differs from the page's
	Attribution string
	Source      Link   // the source page
	Outlet      string // the outlet, or "" when not known
	Published   string // formatted publication date
	URL         string // the original article
	Since       bool
	Manual      bool
	Cite        bool       // the source is named: not on its own source page
	Role        string     // "background" or "forecast" when the sentence does not report the date's happening; "" when it does
	Approx      bool       // the date is approximate ("il y a 30 ans")
	Also        []AlsoLink // the other articles that carry the same sentence
	EventHref   string     // the event page (for lists of mentions by source)
	Date        string     // the event's formatted date (idem)

	// mention is the quotation itself: its sentence is written from it,
	// straight into the page (writeQuote).
	mention *timeline.Mention
}

// EventView is an event as a page shows it.
type EventView struct {
	ID        string
	Href      string
	Date      string // "mardi 19 septembre 2023"
	Datetime  string
	EDTF      string
	Precision string
	Title     string
	Episode   Link
	Colour    string // the episode's colour class
	Sources   int    // distinct articles (see FilterData.Sources for the outlets of the most reported happening)
	Outlets   int    // distinct outlets that report it happening
	Mentioned int    // how many quotations, shown or not
	Filter    FilterData
	Mentions  []MentionView // on the page of a month of a split event
	// Happenings are its happenings: in a listing, the first few's
	// headlines, or all with their quotations when the listing is small.
	Happenings  []HappeningView
	More        int  // how many happenings a listing does not name
	Approximate bool // every mention gives the date approximately
	Spans       bool // listed in an episode it overlaps but is not filed in

	// A row of a list page (listRows) has its key from its event, and
	// its other fields only when fill makes them: the partial function
	// calls it when no build has drawn the row.
	row  uint64
	fill func() EventView `key:"-"`
}

// EpisodeView is an episode as pages show it.
type EpisodeView struct {
	ID          string
	Title       string
	Href        string
	Range       string // "27 septembre 2020 – 10 novembre 2020"
	Description template.HTML
	EventCount  int
	SourceCount int
	Colour      string
}

// pageKey is the subpage an event is listed on when an episode is split:
// its month ("2022-12"), or its year or decade when less precise.
func pageKey(d dates.Date) string {
	switch d.Precision {
	case dates.Day, dates.Month, dates.Season:
		return d.First().Format("2006-01")
	case dates.Year:
		return d.String()
	}
	return strings.ToLower(d.String())
}

// Limits that keep every page bounded however large the archive grows.
const (
	fullMentions  = 400 // a listing shows every quotation up to this many, else summaries
	episodeEvents = 150 // an episode of more events is split by month
	indexTop      = 10  // most-reported events listed per episode on a summary index
	sourcesPage   = 500 // the sources list is split by year beyond this many articles
	othersMax     = 4   // other sources of an event listed on a source page
	listPage      = 250 // events per page of a plain list (all events, an outlet's, …)
)

// rootOf returns the relative path from a page to the site root.
func rootOf(p string) string { return strings.Repeat("../", strings.Count(p, "/")) }

// plannedPages returns every HTML page of the site. The pages made from an
// input (see keys.go) get its key first, in Deps; when reuse(path, key)
// is true the caller still has that page, which comes back without its
// data (Kind, Path, Root and Deps only).
func (s *Site) plannedPages(t *timeline.Timeline, reuse func(path string, key uint64) bool) []*Page {
	s.look = newLookup(t, s.lang)
	var pages []*Page
	add := func(p *Page) {
		p.Root = rootOf(p.Path)
		if p.Kind == "404" {
			p.Root = s.basePath()
		}
		if s.Config.BaseURL != "" {
			p.Canonical = s.Config.BaseURL + strings.TrimSuffix(p.Path, "index.html")
		}
		pages = append(pages, p)
	}
	add(s.indexPage(t))
	for _, ep := range t.Episodes {
		for _, p := range s.episodePages(ep, reuse) {
			add(p)
		}
	}
	for _, p := range s.listPages(t, reuse) {
		add(p)
	}
	for _, p := range s.entityPages(t, reuse) {
		add(p)
	}
	for _, ev := range t.Events {
		for _, p := range s.eventPages(ev, reuse) {
			add(p)
		}
	}
	for _, p := range s.sourcesPages(t, reuse) {
		add(p)
	}
	for _, a := range t.Articles {
		add(s.lazy("source", address.Source(a.Slug), s.sourceInput(a), reuse, func() *Page { return s.sourcePage(a) }))
	}
	add(&Page{Kind: "about", Path: "about/index.html", Title: s.T("about_title"), Section: "about", Data: s.aboutData()})
	add(&Page{Kind: "404", Path: "404.html", Title: s.T("notfound_title")})
	return pages
}

func (s *Site) episodeView(root string, ep *timeline.Episode) EpisodeView {
	return EpisodeView{
		ID: ep.ID, Title: ep.Title, Href: root + address.Episode(ep.ID), Range: s.episodeRange(ep),
		Description: s.markdown(ep.Description), EventCount: len(ep.Events), SourceCount: len(ep.Articles),
		Colour: s.colours[ep.ID],
	}
}

func (s *Site) episodeRange(ep *timeline.Episode) string {
	from, to := s.T("open_start"), s.T("open_end")
	if !ep.Start.IsZero() {
		from = datefmt.Short(ep.Start, s.lang)
	}
	if !ep.End.IsZero() {
		to = datefmt.Short(ep.End, s.lang)
	}
	return from + " " + s.T("range_sep") + " " + to
}

// eventView returns ev as a page shows it, without its happenings (see
// listedView).
func (s *Site) eventView(root string, ev *timeline.Event) EventView {
	v := EventView{
		ID: ev.ID, Href: root + address.Event(ev.ID), Date: datefmt.Date(ev.Date, s.lang),
		Datetime: datetime(ev.Date, ""), EDTF: ev.Date.String(), Precision: ev.Date.Precision.String(),
		Title: ev.Title, Episode: Link{Href: root + address.Episode(ev.Episode.ID), Text: ev.Episode.Title},
		Colour: s.colours[ev.Episode.ID], Sources: len(ev.Articles), Outlets: ev.Outlets, Mentioned: len(ev.Mentions),
		Filter: s.look.filter(ev), Approximate: approximate(ev),
	}
	return v
}

// listedView returns the view of ev in a listing: eventView with its
// happenings, the first few's headlines, or with withMentions all of them
// with their quotations.
func (s *Site) listedView(root string, ev *timeline.Event, withMentions bool) EventView {
	v := s.eventView(root, ev)
	n := headlinesShown
	if withMentions {
		n = -1
	}
	v.Happenings = s.happeningViews(root, ev, n, withMentions, v.Date)
	v.More = len(ev.Happenings) - len(v.Happenings)
	if withMentions {
		// In a listing, a quotation's id names its event too.
		for _, h := range v.Happenings {
			for _, g := range h.Groups {
				for i := range g.Mentions {
					g.Mentions[i].ID = "m-" + ev.ID + "-" + g.Mentions[i].ID
					for j := range g.Mentions[i].Also {
						g.Mentions[i].Also[j].ID = "m-" + ev.ID + "-" + g.Mentions[i].Also[j].ID
					}
				}
			}
		}
	}
	return v
}

// approximate reports whether every happening of ev gives its date
// approximately.
func approximate(ev *timeline.Event) bool {
	for _, h := range ev.Happenings {
		if !h.Approximate {
			return false
		}
	}
	return len(ev.Happenings) > 0
}

// listedIn returns the view of ev in a listing of episode ep: an event
// filed in another episode that it overlaps is marked as spanning, and
// shown by its headlines only, without ids: its own episode's listing has
// them.
func (s *Site) listedIn(root string, ep *timeline.Episode, ev *timeline.Event, withMentions bool) EventView {
	if ev.Episode == ep {
		return s.listedView(root, ev, withMentions)
	}
	v := s.listedView(root, ev, false)
	v.Spans = true
	return v
}

// mentionView returns the view of m, a quotation of ev, on a page at
// root; date is ev's date, formatted (datefmt.Date).
func (s *Site) mentionView(root string, ev *timeline.Event, m *timeline.Mention, date string) MentionView {
	art := s.look.article(ev, m.Slug)
	href := root + address.Event(ev.ID)
	v := MentionView{
		ID: "m-" + ev.ID + "-" + m.Anchor, Permalink: href + "#" + m.Anchor,
		Attribution: m.Attribution, Since: m.Since, Manual: m.Manual, Cite: true,
		EventHref: href, Date: date, mention: m, Approx: m.Approx,
	}
	if m.Role != dates.Event {
		v.Role = m.Role.String()
	}
	if art != nil {
		v.Source = Link{Href: s.look.sourceHref(root, art), Text: art.Title}
		v.Outlet = art.Outlet
		v.Published = s.look.publishedOn(art, s.lang)
		v.URL = art.URL
		if art.Language != s.lang {
			v.Lang = art.Language
		}
	}
	return v
}

// listing returns the views of events listed in episode ep (nil for
// none), with their quotations when the listing stays small enough, else
// as summaries.
func (s *Site) listing(root string, ep *timeline.Episode, events []*timeline.Event) []EventView {
	n := 0
	for _, ev := range events {
		n += len(ev.Mentions)
	}
	full := n <= fullMentions
	out := make([]EventView, len(events))
	for i, ev := range events {
		if ep != nil {
			out[i] = s.listedIn(root, ep, ev, full)
		} else {
			out[i] = s.listedView(root, ev, full)
		}
	}
	return out
}
