package render

import (
	"fmt"
	"sort"
	"strings"

	"timeline/internal/address"
	"timeline/internal/datefmt"
	"timeline/internal/dates"
	"timeline/internal/timeline"
)

// EventData is what an event page shows: every quotation, or when there
// are too many for one page, an index of them by the month their article
// was published, each month on a page of its own.
type EventData struct {
	Event      EventView
	Prev, Next *Link
	Months     []EventMonth    // set on the main page of a split event
	Month      string          // on a month's page, the month shown
	Up         Link            // on a month's page, the event's main page
	Spans      []Link          // the other episodes the event overlaps
	Happenings int             // how many happenings it has, named or not
	Items      []HappeningItem // the list of its happenings that opens its main page, when it has several or is split
	Places     []Link          // the places its sentences name
	Actors     []Link          // the actors they name
	Kinds      []Link          // its kinds of event
	Claims     []ClaimRow      // the figures its quotations give, the most reported happenings' first
	ClaimsMore int             // how many more its quotations give than Claims shows
}

// eventClaims is the most figures an event page tables: a date quoted
// thousands of times gives hundreds, which its quotations still show.
const eventClaims = 40

// splitHappenings is the most happenings the main page of a split event
// names: its quotations are on the pages of its months.
const splitHappenings = 50

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
	paths := []string{address.Event(ev.ID)}
	deps := []uint64{s.inputKey("event", &eventIn{Event: ev})}
	runs := &runCursor{ev: ev}
	for _, k := range keys {
		paths = append(paths, address.EventMonth(ev.ID, k))
		deps = append(deps, s.inputKey("event", s.eventMonthInput(ev, k, groups[k], runs)))
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
func (s *Site) eventMonthInput(ev *timeline.Event, month string, indexes []int, runs *runCursor) *eventMonthIn {
	in := &s.scratch.month // for its key alone, as sourceInput's
	in.Event, in.Month, in.Articles, in.Runs = ev, month, in.Articles[:0], in.Runs[:0]
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

// eventPage returns the page of ev; for an event split by month (keys
// and groups, from eventMonths), with the list of its months, each with
// the deps of its page (eventMonthDeps; 0 when unknown).
func (s *Site) eventPage(ev *timeline.Event, keys []string, groups map[string][]int, deps []uint64) *Page {
	const root = "../../"
	d := EventData{Event: s.eventView(root, ev), Happenings: len(ev.Happenings)}
	// On its own page, a quotation's id is its stable anchor.
	if keys == nil {
		d.Event.Happenings = s.happeningViews(root, ev, -1, true, d.Event.Date)
	} else {
		d.Event.Happenings = s.happeningViews(root, ev, splitHappenings, false, d.Event.Date)
	}
	d.Event.More = 0
	if len(ev.Happenings) > 1 || keys != nil {
		d.Items = make([]HappeningItem, len(d.Event.Happenings))
		for i, h := range d.Event.Happenings {
			d.Items[i] = HappeningItem{HappeningView: h, Anchored: keys != nil}
		}
	}
	for _, ep := range ev.Episodes {
		if ep != ev.Episode {
			d.Spans = append(d.Spans, Link{Href: root + address.Episode(ep.ID), Text: ep.Title})
		}
	}
	d.Places, d.Actors, d.Kinds = s.facets(root, ev)
	d.Claims = s.claimRows(root, ev)
	if len(d.Claims) > eventClaims {
		d.Claims, d.ClaimsMore = d.Claims[:eventClaims], len(d.Claims)-eventClaims
	}
	if ev.Prev != nil {
		d.Prev = &Link{Href: root + address.Event(ev.Prev.ID), Text: datefmt.Date(ev.Prev.Date, s.lang)}
	}
	if ev.Next != nil {
		d.Next = &Link{Href: root + address.Event(ev.Next.ID), Text: datefmt.Date(ev.Next.Date, s.lang)}
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
						outlet := a.Outlet
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
	return &Page{Kind: "event", Path: address.Event(ev.ID), Title: title, Section: "timeline",
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
	md := EventData{Event: s.eventView(sub, ev), Month: name, Up: Link{Href: "../index.html", Text: title}}
	md.Event.Title, md.Event.Filter, md.Event.Mentioned = "", FilterData{}, len(indexes)
	md.Event.Outlets, md.Event.Approximate = 0, false
	sources := map[string]bool{}
	for _, i := range indexes {
		sources[ev.Mentions[i].Slug] = true
	}
	md.Event.Sources = len(sources)
	md.Event.Mentions = make([]MentionView, len(indexes))
	for j, i := range indexes {
		m := &ev.Mentions[i]
		md.Event.Mentions[j] = s.mentionView(sub, ev, m, md.Event.Date)
		md.Event.Mentions[j].ID = m.Anchor
	}
	// The page's own first quotation describes it: the key of the page
	// covers its articles' mentions, not the event's headline.
	first, lang := &ev.Mentions[indexes[0]], s.lang
	if a := s.look.article(ev, first.Slug); a != nil {
		lang = a.Language
	}
	return &Page{Kind: "event", Path: address.EventMonth(ev.ID, month),
		Title: title + " — " + name, Section: "timeline", Data: md,
		Description: title + " : " + first.Headline(lang)}
}
