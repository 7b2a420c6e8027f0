package render

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"

	"timeline/internal/address"
	"timeline/internal/datefmt"
	"timeline/internal/timeline"
)

// Plain lists of events, one kind of page for three uses: every event by
// date (the search page, which is what the search box leads to without
// script), the events two sources or more report, and each outlet's
// events. They are the pages behind the filters when script is off, and
// are split into pages of listPage events so that none grows too large.

// ListData is what a list page shows.
type ListData struct {
	Heading string
	Lead    string
	Search  bool          // the search page: script shows the results of ?q= here
	Map     template.HTML // a place's map, on its list's first page
	Lines   []EventLine   // the events as lines, instead of Events
	Total   int
	Events  []EventView
	Pager   []PageLink // empty when the list fits one page
	Prev    string
	Next    string
}

// PageLink is one page of a list split into several.
type PageLink struct {
	Href    string
	Text    string
	Current bool
}

// listPages returns the search page, the corroborated events, and the
// pages of every outlet; reuse as for plannedPages.
func (s *Site) listPages(t *timeline.Timeline, reuse func(string, uint64) bool) []*Page {
	pages := s.list(strings.TrimSuffix(address.Search, "index.html"), s.T("search_title"), s.T("search_title"), s.T("all_events_lead"), "search", t.Events, true, reuse, listExtra{})
	var multi []*timeline.Event
	for _, ev := range t.Events {
		if corroborated(ev) >= 2 {
			multi = append(multi, ev)
		}
	}
	pages = append(pages, s.list(strings.TrimSuffix(address.Multi, "index.html"), s.T("multi_title"), s.T("multi_title"), s.T("multi_lead"), "timeline", multi, false, reuse, listExtra{})...)
	for _, o := range s.look.outletList() {
		lead := fmt.Sprintf(s.T("outlet_lead"), s.count("articles_count", o.Articles))
		pages = append(pages, s.list(strings.TrimSuffix(address.Outlet(o.Key), "index.html"), o.Name, fmt.Sprintf(s.T("outlet_title"), o.Name), lead, "sources", o.Events, false, reuse, listExtra{})...)
	}
	return pages
}

// outlet is a news outlet with the events its articles report.
type outlet struct {
	Key      string
	Name     string
	Articles int
	Events   []*timeline.Event
}

// listExtra is what some lists show besides their events: a place's map,
// and whether the events are lines (date, headline and outlets: the lists
// of a place, an actor or a kind, which may hold most of the timeline)
// rather than rows with their happenings.
type listExtra struct {
	Map   template.HTML
	Lines bool
}

// list splits events into pages under dir: dir/index.html, dir/2/index.html, …
func (s *Site) list(dir, title, heading, lead, section string, events []*timeline.Event, search bool, reuse func(string, uint64) bool, extra listExtra) []*Page {
	n := max(1, (len(events)+listPage-1)/listPage)
	path := func(i int) string {
		if i == 0 {
			return dir + "index.html"
		}
		return fmt.Sprintf("%s%d/index.html", dir, i+1)
	}
	var pages []*Page
	for i := range n {
		p := path(i)
		t := title
		if i > 0 {
			t = fmt.Sprintf("%s (%d/%d)", title, i+1, n)
		}
		shown := events[i*listPage : min(len(events), (i+1)*listPage)]
		var m template.HTML
		if i == 0 {
			m = extra.Map
		}
		in := &listIn{Path: p, Title: t, Heading: heading, Lead: lead, Section: section, Map: m, Lines: extra.Lines, Search: search, Total: len(events), Pages: n, Events: shown}
		pages = append(pages, s.lazy("list", p, in, reuse, func() *Page {
			root := rootOf(p)
			d := ListData{Heading: heading, Lead: lead, Search: search && i == 0, Map: m, Total: len(events)}
			if extra.Lines {
				d.Lines = s.eventLines(root, shown)
			} else {
				d.Events = s.listRows(root, shown)
			}
			if n > 1 {
				for k := range n {
					d.Pager = append(d.Pager, PageLink{Href: root + path(k), Text: fmt.Sprint(k + 1), Current: k == i})
				}
				if i > 0 {
					d.Prev = root + path(i-1)
				}
				if i < n-1 {
					d.Next = root + path(i+1)
				}
			}
			return &Page{Kind: "list", Path: p, Title: t, Section: section, Description: lead, Data: d}
		}))
	}
	return pages
}

// corroborated returns how many distinct outlets report the most reported
// of ev's happenings happening: one article saved twice, or one wire
// sentence reprinted by two outlets, is one.
func corroborated(ev *timeline.Event) int {
	n := 0
	for _, h := range ev.Happenings {
		n = max(n, h.Outlets)
	}
	return n
}

// EventLine is an event in a list of lines: its date, its headline and
// how many outlets report it, a link to its page.
type EventLine struct {
	Href        string
	Date        string
	Datetime    string
	Title       string
	Outlets     int
	Approximate bool
}

func (EventLine) rowName() string { return "event-line" }

// writeRow writes an event of a list of lines.
func (v EventLine) writeRow(b *bytes.Buffer, s *Site) {
	b.WriteString(`<li><a href="`)
	writeURL(b, v.Href)
	b.WriteString(`">`)
	if v.Approximate {
		b.WriteString(`≈ `)
	}
	writeDate(b, v.Date, v.Datetime)
	b.WriteString(`</a> `)
	htmlEscaper.WriteString(b, v.Title)
	b.WriteString(` <span class="meta">`)
	htmlEscaper.WriteString(b, s.count("outlets_count", v.Outlets))
	b.WriteString(`</span></li>`)
}

// eventLines returns the lines of events on a page at root.
func (s *Site) eventLines(root string, events []*timeline.Event) []EventLine {
	out := make([]EventLine, len(events))
	for i, ev := range events {
		out[i] = EventLine{Href: root + address.Event(ev.ID), Date: datefmt.Date(ev.Date, s.lang),
			Datetime: datetime(ev.Date, ""), Title: ev.Title, Outlets: ev.Outlets, Approximate: approximate(ev)}
	}
	return out
}
