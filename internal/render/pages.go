package render

import (
	"fmt"
	"html/template"
	"sort"
	"strings"

	"timeline/internal/address"
	"timeline/internal/chart"
	"timeline/internal/datefmt"
	"timeline/internal/dates"
	"timeline/internal/fold"
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
	Deps        uint64 // for pages PagesReusing can skip: a hash of the timeline entities the page is made from

	// load computes the page when PagesReusing left it for later (see
	// Load): the views of every page of a large site at once would take
	// more memory than the build may.
	load func() *Page `key:"-"`
	// held is true for a page the output holds (see plan): it is not drawn.
	held bool `key:"-"`
}

// Load computes the page's data if it is not there yet: Key and Render
// call it; anyone else reading a page of PagesReusing calls it first.
// Pages of one build may be loaded concurrently, each by one goroutine.
func (p *Page) Load() {
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
	Cite        bool   // the source is named: not on its own source page
	EventHref   string // the event page (for lists of mentions by source)
	Date        string // the event's formatted date (idem)

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
	Sources   int
	Mentioned int // how many quotations, shown or not
	Filter    FilterData
	Mentions  []MentionView // empty in summary listings

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

// The addresses of the pages (see package address), under their old names
// until the views call address themselves.
func eventPath(id string) string      { return address.Event(id) }
func episodePath(id string) string    { return address.Episode(id) }
func monthPath(ep, key string) string { return address.Month(ep, key) }
func sourcePath(slug string) string   { return address.Source(slug) }
func outletPath(key string) string    { return address.Outlet(key) }
func outletKey(name string) string    { return address.OutletKey(name) }

const (
	searchPath = address.Search
	multiPath  = address.Multi
)

// rootOf returns the relative path from a page to the site root.
func rootOf(p string) string { return strings.Repeat("../", strings.Count(p, "/")) }

// Pages returns every HTML page of the site.
func (s *Site) Pages(t *timeline.Timeline) []*Page { return s.PagesReusing(t, nil) }

// PagesReusing is Pages for a rebuild. The event, source and month pages
// get their Deps first; when reuse(path, deps) is true the caller still
// has that page from a build with the same deps, and the page comes back
// without its data (Kind, Path, Root and Deps only). See deps.go.
func (s *Site) PagesReusing(t *timeline.Timeline, reuse func(path string, deps uint64) bool) []*Page {
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
	for _, ev := range t.Events {
		for _, p := range s.eventPages(ev, reuse) {
			add(p)
		}
	}
	for _, p := range s.sourcesPages(t, reuse) {
		add(p)
	}
	for _, a := range t.Articles {
		add(s.lazy("source", sourcePath(a.Slug), s.sourceInput(a), reuse, func() *Page { return s.sourcePage(a) }))
	}
	add(&Page{Kind: "about", Path: "about/index.html", Title: s.T("about_title"), Section: "about", Data: s.aboutData()})
	add(&Page{Kind: "404", Path: "404.html", Title: s.T("notfound_title")})
	return pages
}

func (s *Site) episodeView(root string, ep *timeline.Episode) EpisodeView {
	return EpisodeView{
		ID: ep.ID, Title: ep.Title, Href: root + episodePath(ep.ID), Range: s.episodeRange(ep),
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

func (s *Site) eventView(root string, ev *timeline.Event, withMentions bool) EventView {
	v := EventView{
		ID: ev.ID, Href: root + eventPath(ev.ID), Date: datefmt.Date(ev.Date, s.lang),
		Datetime: datetime(ev.Date, ""), EDTF: ev.Date.String(), Precision: ev.Date.Precision.String(),
		Title: ev.Title, Episode: Link{Href: root + episodePath(ev.Episode.ID), Text: ev.Episode.Title},
		Colour: s.colours[ev.Episode.ID], Sources: len(ev.Articles), Mentioned: len(ev.Mentions), Filter: s.look.filter(ev),
	}
	if withMentions {
		v.Mentions = make([]MentionView, len(ev.Mentions))
		for i := range ev.Mentions {
			v.Mentions[i] = s.mentionView(root, ev, &ev.Mentions[i], v.Date)
		}
	}
	return v
}

// mentionView returns the view of m, a quotation of ev, on a page at
// root; date is ev's date, formatted (datefmt.Date).
func (s *Site) mentionView(root string, ev *timeline.Event, m *timeline.Mention, date string) MentionView {
	art := s.look.article(ev, m.Source)
	href := root + eventPath(ev.ID)
	v := MentionView{
		ID: "m-" + ev.ID + "-" + m.Anchor, Permalink: href + "#" + m.Anchor,
		Attribution: m.Attribution, Since: m.Since, Manual: m.Manual, Cite: true,
		EventHref: href, Date: date, mention: m,
	}
	if art != nil {
		v.Source = Link{Href: s.look.sourceHref(root, art), Text: art.Title}
		v.Outlet = art.Source
		v.Published = s.look.publishedOn(art, s.lang)
		v.URL = art.URL
		if art.Language != s.lang {
			v.Lang = art.Language
		}
	}
	return v
}

// listing returns the views of events, with their quotations when the
// listing stays small enough, else as summaries.
func (s *Site) listing(root string, events []*timeline.Event) []EventView {
	n := 0
	for _, ev := range events {
		n += len(ev.Mentions)
	}
	full := n <= fullMentions
	out := make([]EventView, len(events))
	for i, ev := range events {
		out[i] = s.eventView(root, ev, full)
	}
	return out
}

// IndexData is what the index shows: the chart of the whole conflict, the
// filters, and every episode, with its events in full while the timeline
// is small, else a summary.
type IndexData struct {
	Summary  bool
	Events   int
	Articles int
	Chart    chart.View
	HasChart bool
	Filters  FiltersView
	Episodes []IndexEpisode
}

// FiltersView is the filter form of a listing, and the plain pages that
// give each filter's result without script.
type FiltersView struct {
	Episodes []Option // empty on an episode page
	Outlets  []Option
	Multi    string // the page of the events reported by two sources or more
}

// Option is one choice of a filter, with the page that lists it.
type Option struct {
	Value string
	Text  string
	Href  string
}

// filters returns the filter choices for a listing of events: the
// episodes when there is more than one, and the outlets that report them.
func (s *Site) filters(root string, episodes []*timeline.Episode, events []*timeline.Event) FiltersView {
	var f FiltersView
	if len(episodes) > 1 {
		for _, ep := range episodes {
			f.Episodes = append(f.Episodes, Option{Value: ep.ID, Text: ep.Title, Href: root + episodePath(ep.ID)})
		}
	}
	names := map[string]string{}
	for _, ev := range events {
		for _, r := range s.look.eventOutlets(ev) {
			if _, ok := names[r.key]; !ok {
				names[r.key] = r.name
			}
		}
	}
	for k, name := range names {
		f.Outlets = append(f.Outlets, Option{Value: k, Text: name, Href: root + outletPath(k)})
	}
	sort.Slice(f.Outlets, func(i, j int) bool {
		a, b := fold.String(f.Outlets[i].Text), fold.String(f.Outlets[j].Text)
		if a != b {
			return a < b
		}
		return f.Outlets[i].Value < f.Outlets[j].Value
	})
	f.Multi = root + multiPath
	return f
}

// IndexEpisode is one episode's section of the index.
type IndexEpisode struct {
	EpisodeView
	Events []EventView // all of them, or the most reported in a summary
}

func (s *Site) indexPage(t *timeline.Timeline) *Page {
	total := 0
	for _, ev := range t.Events {
		total += len(ev.Mentions)
	}
	d := IndexData{Summary: total > fullMentions, Events: len(t.Events), Articles: len(t.Articles)}
	for _, ep := range t.Episodes {
		ie := IndexEpisode{EpisodeView: s.episodeView("", ep)}
		if d.Summary {
			for _, ev := range mostReported(ep.Events, indexTop) {
				ie.Events = append(ie.Events, s.eventView("", ev, false))
			}
		} else {
			for _, ev := range ep.Events {
				ie.Events = append(ie.Events, s.eventView("", ev, true))
			}
		}
		d.Episodes = append(d.Episodes, ie)
	}
	var shown []*timeline.Event
	for _, ep := range t.Episodes {
		if d.Summary {
			shown = append(shown, mostReported(ep.Events, indexTop)...)
		} else {
			shown = append(shown, ep.Events...)
		}
	}
	d.Chart, d.HasChart = s.charts().Timeline("", t, shown)
	d.Filters = s.filters("", t.Episodes, t.Events)
	return &Page{Kind: "index", Path: "index.html", Title: "", Description: s.Config.Description, Section: "timeline", Data: d}
}

// EpisodeData is what an episode page shows: its events, or when there are
// too many, the months they are split into.
type EpisodeData struct {
	Episode  EpisodeView
	Events   []EventView
	Months   []Link // set when the episode is split
	Month    string // on a month page, the month shown
	Up       Link   // on a month page, the episode page
	Sources  []Link
	Strip    chart.View // the episode day by day
	HasStrip bool
	Bars     chart.BarChart // events per month
	HasBars  bool
	Filters  FiltersView
}

func (s *Site) episodePages(ep *timeline.Episode, reuse func(string, uint64) bool) []*Page {
	const root = "../../"
	view := s.episodeView(root, ep)
	var sources []Link
	if len(ep.Articles) <= sourcesPage { // else too many to list
		for _, a := range ep.Articles {
			sources = append(sources, Link{Href: s.look.sourceHref(root, a), Text: a.Title})
		}
	}
	main := &Page{Kind: "episode", Path: episodePath(ep.ID), Title: ep.Title, Section: "episodes",
		Description: fmt.Sprintf("%s (%s)", ep.Title, view.Range)}
	d := EpisodeData{Episode: view, Sources: sources}
	d.Strip, d.HasStrip = s.charts().Strip(root, ep, mostReported(ep.Events, stripMax))
	if len(ep.Events) <= episodeEvents {
		d.Bars, d.HasBars = s.charts().Bars(ep, nil)
		d.Events = s.listing(root, ep.Events)
		d.Filters = s.filters(root, nil, ep.Events)
		main.Data = d
		return []*Page{main}
	}
	var keys []string
	groups := map[string][]*timeline.Event{}
	for _, ev := range ep.Events {
		k := pageKey(ev.Date)
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], ev)
	}
	sort.Strings(keys)
	d.Bars, d.HasBars = s.charts().Bars(ep, func(key string) string {
		if _, ok := groups[key]; ok {
			return key + "/index.html"
		}
		return ""
	})
	pages := []*Page{main}
	const sub = "../../../"
	// A month page names its episode but not the episode's counts: those
	// change with every article, the month's events do not.
	subView := EpisodeView{ID: ep.ID, Title: ep.Title, Href: sub + episodePath(ep.ID), Range: view.Range}
	for _, k := range keys {
		name := s.monthName(k)
		path := monthPath(ep.ID, k)
		d.Months = append(d.Months, Link{Href: k + "/index.html", Text: fmt.Sprintf("%s (%s)", name, s.count("events_count", len(groups[k])))})
		pages = append(pages, s.lazy("month", path, &monthIn{Episode: ep, Key: k, Events: groups[k]}, reuse, func() *Page {
			return &Page{Kind: "month", Path: path, Title: name + " — " + ep.Title, Section: "episodes",
				Data: EpisodeData{Episode: subView, Events: s.listing(sub, groups[k]), Month: name, Up: Link{Href: subView.Href, Text: ep.Title},
					Filters: s.filters(sub, nil, groups[k])}}
		}))
	}
	main.Data = d
	return pages
}

// monthName formats a page key: "décembre 2022", "1991", "années 1990".
func (s *Site) monthName(key string) string {
	if len(key) == 7 {
		if d, err := dates.ParseEDTF(key); err == nil {
			return datefmt.Date(d, s.lang)
		}
	}
	if d, err := dates.ParseEDTF(strings.ToUpper(key)); err == nil {
		return datefmt.Date(d, s.lang)
	}
	return key
}

// EventData is what an event page shows: every quotation, or when there
// are too many for one page, an index of them by the month their article
// was published, each month on a page of its own.
type EventData struct {
	Event      EventView
	Prev, Next *Link
	Months     []EventMonth // set on the main page of a split event
	Month      string       // on a month's page, the month shown
	Up         Link         // on a month's page, the event's main page
}

// EventMonth is the quotations of an event published in one month, as the
// main page of a split event lists them.
type EventMonth struct {
	Label    string
	Href     string
	Mentions []MentionStub

	// A month with deps has its key from them, and its quotations only
	// when fill makes them: the partial function calls it when no build
	// has drawn the month (an event quoted thousands of times gets a
	// quotation or two in a rebuild, in one month).
	row  uint64
	fill func() EventMonth `key:"-"`
}

// MentionStub is a quotation named on a split event's main page: its
// stable anchor stays there (site.js follows it to the month's page).
type MentionStub struct {
	ID   string
	Text string // outlet and day: the month is the list's heading
}

// eventMentions is the most quotations an event page shows in full.
const eventMentions = 150

// eventPages returns the pages of an event (see eventPage): those reuse
// says the caller has with their keys come without their data.
func (s *Site) eventPages(ev *timeline.Event, reuse func(string, uint64) bool) []*Page {
	keys, groups := s.look.eventMonths(ev)
	paths := []string{eventPath(ev.ID)}
	deps := []uint64{s.inputKey("event", &eventIn{Event: ev})}
	runs := &runCursor{ev: ev}
	for _, k := range keys {
		paths = append(paths, eventMonthPath(ev.ID, k))
		deps = append(deps, s.inputKey("event", eventMonthInput(ev, k, groups[k], runs)))
	}
	// Each computed alone when loaded: a rebuild draws one month of an
	// event quoted thousands of times, not its hundred months.
	pages := make([]*Page, len(paths))
	for i, p := range paths {
		if reuse != nil && deps[i] != 0 && reuse(p, deps[i]) {
			pages[i] = &Page{Kind: "event", Path: p, Deps: deps[i]}
			continue
		}
		pages[i] = &Page{Kind: "event", Path: p, Deps: deps[i], load: func() *Page {
			if i == 0 {
				return s.eventPage(ev, keys, groups, deps[1:])
			}
			return s.eventMonthPage(ev, keys[i-1], groups[keys[i-1]])
		}}
	}
	return pages
}

// eventMonthInput returns what the page of month of ev is made of: the
// articles of the month's quotations (at indexes in ev.Mentions) and what
// each says of ev. runs, shared by the event's months, finds the articles
// without reading the mentions: the months come in the order of the
// event's articles.
func eventMonthInput(ev *timeline.Event, month string, indexes []int, runs *runCursor) *eventMonthIn {
	in := &eventMonthIn{Event: ev, Month: month}
	last := -1
	for _, i := range indexes {
		if j := runs.place(i); j >= 0 && j != last {
			in.Articles = append(in.Articles, ev.Articles[j])
			in.Runs = append(in.Runs, ev.RunKey(j))
			last = j
		}
	}
	return in
}

// eventMonths splits the mentions of an event quoted more than
// eventMentions times by the month their article was published ("2023-09"),
// returning the months in order and the indexes of each month's mentions;
// nil for an event that fits on one page. A mention's month is its
// article's: it never changes, so neither does the page that quotes it.
func (l *lookup) eventMonths(ev *timeline.Event) ([]string, map[string][]int) {
	if len(ev.Mentions) <= eventMentions || len(ev.Articles) == 0 {
		return nil, nil
	}
	// The month changes with the article only: the map is asked then,
	// and the mentions, thousands, are not read, only counted. A month's
	// mentions follow one another: its indexes are a window of all, not
	// a slice grown index by index.
	all := make([]int, len(ev.Mentions))
	for i := range all {
		all[i] = i
	}
	groups := map[string][]int{}
	add := func(k string, s []int) {
		if g, ok := groups[k]; ok { // a month met again further on
			s = append(g[:len(g):len(g)], s...)
		}
		groups[k] = s[:len(s):len(s)]
	}
	k, start, end := "", 0, 0 // the month's mentions so far: all[start:end]
	for i, a := range ev.Articles {
		from, to := ev.Run(i)
		if next := l.month(a); i == 0 || next != k || from != end {
			if i > 0 {
				add(k, all[start:end])
			}
			k, start = next, from
		}
		end = to
	}
	add(k, all[start:end])
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, groups
}

// runCursor finds the article of a mention of ev through ev's runs (see
// timeline.Event.Run), asked in order of the mentions: each from where
// the last was found.
type runCursor struct {
	ev       *timeline.Event
	i        int // the run of the last mention asked
	from, to int // its mentions
}

// article returns the article of ev.Mentions[m], or nil.
func (c *runCursor) article(m int) *timeline.Article {
	if i := c.place(m); i >= 0 {
		return c.ev.Articles[i]
	}
	return nil
}

// place returns the place in ev.Articles of the article of ev.Mentions[m],
// or -1.
func (c *runCursor) place(m int) int {
	if m >= c.from && m < c.to {
		return c.i
	}
	if m < c.from || c.i >= len(c.ev.Articles) {
		c.i = 0
	}
	for ; c.i < len(c.ev.Articles); c.i++ {
		if c.from, c.to = c.ev.Run(c.i); m >= c.from && m < c.to {
			return c.i
		}
	}
	c.from, c.to = 0, 0
	return -1
}

func eventMonthPath(id, month string) string { return address.EventMonth(id, month) }

// eventPage returns the page of ev; for an event split by month (keys
// and groups, from eventMonths), with the list of its months, each with
// the deps of its page (eventMonthDeps; 0 when unknown).
func (s *Site) eventPage(ev *timeline.Event, keys []string, groups map[string][]int, deps []uint64) *Page {
	const root = "../../"
	d := EventData{Event: s.eventView(root, ev, len(ev.Mentions) <= eventMentions)}
	// On its own page, a mention's id is its stable anchor.
	for i := range d.Event.Mentions {
		d.Event.Mentions[i].ID = ev.Mentions[i].Anchor
	}
	if ev.Prev != nil {
		d.Prev = &Link{Href: root + eventPath(ev.Prev.ID), Text: datefmt.Date(ev.Prev.Date, s.lang)}
	}
	if ev.Next != nil {
		d.Next = &Link{Href: root + eventPath(ev.Next.ID), Text: datefmt.Date(ev.Next.Date, s.lang)}
	}
	title := datefmt.Date(ev.Date, s.lang)
	if keys != nil {
		// A stub names a quotation by its outlet and its day: one text an
		// article, made at its first quotation (such an event has
		// thousands), each day formatted once. Stubs are made only when a
		// month is drawn: a rebuild draws one month of the hundred of
		// "2016", whose thousands of articles it need not format. The
		// months of a page are drawn one after the other, by one goroutine.
		texts := make([]string, len(ev.Articles))
		days := map[dates.Date]string{}
		runs := &runCursor{ev: ev}
		stubs := func(k string) []MentionStub {
			out := make([]MentionStub, 0, len(groups[k]))
			for _, i := range groups[k] {
				text := ", " // a quotation of no article of the event
				if j := runs.place(i); j >= 0 {
					if texts[j] == "" {
						a := ev.Articles[j]
						day := dates.DayOf(a.Published)
						published, ok := days[day]
						if !ok {
							published = datefmt.Short(day, s.lang) // datefmt.Time
							days[day] = published
						}
						outlet := a.Source
						if outlet == "" {
							outlet = a.Title
						}
						texts[j] = outlet + ", " + strings.TrimSuffix(published, " "+k[:4])
					}
					text = texts[j]
				}
				out = append(out, MentionStub{ID: ev.Mentions[i].Anchor, Text: text})
			}
			return out
		}
		for j, k := range keys {
			em := EventMonth{Label: fmt.Sprintf("%s (%s)", s.monthName(k), s.count("mentions_count", len(groups[k]))), Href: k + "/index.html"}
			if j < len(deps) && deps[j] != 0 {
				em.row = deps[j]
				em.fill = func() EventMonth {
					full := em
					full.Mentions = stubs(k)
					return full
				}
			} else {
				em.Mentions = stubs(k)
			}
			d.Months = append(d.Months, em)
		}
	}
	return &Page{Kind: "event", Path: eventPath(ev.ID), Title: title, Section: "timeline",
		Description: title + " : " + ev.Title, Data: d}
}

// eventMonthPage returns the page of the quotations of ev whose articles
// were published in month, at indexes in ev.Mentions.
func (s *Site) eventMonthPage(ev *timeline.Event, month string, indexes []int) *Page {
	const sub = "../../../"
	title := datefmt.Date(ev.Date, s.lang)
	name := s.monthName(month)
	// A month's page counts its own sources and quotations: it changes
	// with the articles of that month only (eventMonthDeps).
	md := EventData{Event: s.eventView(sub, ev, false), Month: name, Up: Link{Href: "../index.html", Text: title}}
	md.Event.Title, md.Event.Filter, md.Event.Mentioned = "", FilterData{}, len(indexes)
	sources := map[string]bool{}
	for _, i := range indexes {
		sources[ev.Mentions[i].Source] = true
	}
	md.Event.Sources = len(sources)
	md.Event.Mentions = make([]MentionView, len(indexes))
	for j, i := range indexes {
		m := &ev.Mentions[i]
		md.Event.Mentions[j] = s.mentionView(sub, ev, m, md.Event.Date)
		md.Event.Mentions[j].ID = m.Anchor
	}
	return &Page{Kind: "event", Path: eventMonthPath(ev.ID, month),
		Title: title + " — " + name, Section: "timeline", Data: md,
		Description: title + " : " + timeline.Headline(ev.Mentions[indexes[0]].Sentence)}
}

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
	v := ArticleView{Slug: a.Slug, Href: s.look.sourceHref(root, a), Title: a.Title, Outlet: a.Source, URL: a.URL,
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
		outlets = append(outlets, Option{Value: o.Key, Text: fmt.Sprintf("%s (%s)", o.Name, s.count("events_count", len(o.Events))), Href: "../" + outletPath(o.Key)})
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
		se := SourceEvent{Event: s.eventView(root, ev, false)}
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
	return &Page{Kind: "source", Path: sourcePath(a.Slug), Title: a.Title, Section: "sources",
		Description: fmt.Sprintf("%s — %s", a.Title, d.Article.Published), Data: d}
}

// sourceInput returns what a's page is made of (see sourceIn).
func (s *Site) sourceInput(a *timeline.Article) *sourceIn {
	in := &sourceIn{Article: a, Events: make([]sourceEventIn, len(a.Events))}
	for k, ev := range a.Events {
		near, more := neighbours(ev, a)
		in.Events[k] = sourceEventIn{Event: ev, Run: ev.RunKey(ev.Index(a)), Near: near, More: more}
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
