package render

import (
	"html/template"
	"slices"

	"timeline/internal/address"
	"timeline/internal/timeline"
)

// HappeningView is one happening of an event as pages show it: its
// headline, how many outlets and articles report it, and on the day's
// page its quotations grouped by outlet, copies of one sentence shown once.
type HappeningView struct {
	ID          string // the stable id events.json gives it
	Anchor      string // its element's id on the day's page
	Href        string // its address: the day's page and its anchor
	Title       string
	Editor      bool          // the headline is the editor's
	Summary     template.HTML // the editor's summary; "" when none
	Role        string        // "event", "background" or "forecast"
	Approximate bool
	Outlets     int
	Articles    int
	Groups      []OutletGroup // on the day's page
}

// OutletGroup is the quotations of one outlet in a happening.
type OutletGroup struct {
	Outlet   string // "" when the editor could not tell it
	Mentions []MentionView
}

// headlinesShown is how many happenings a row of a listing names.
const headlinesShown = 3

// happeningViews returns the views of ev's happenings on a page at root:
// the first n (all for n < 0), with their quotations when quotes is set.
// date is ev's date, formatted.
func (s *Site) happeningViews(root string, ev *timeline.Event, n int, quotes bool, date string) []HappeningView {
	hs := ev.Happenings
	if n >= 0 && len(hs) > n {
		hs = hs[:n]
	}
	href := root + address.Event(ev.ID)
	// The page of an event split by month has its quotations on its
	// months' pages: a headline leads to its first, which site.js finds
	// there from the main page's list.
	split := len(ev.Mentions) > eventMentions
	out := make([]HappeningView, len(hs))
	for k := range hs {
		h := &hs[k]
		v := HappeningView{ID: h.ID, Anchor: h.Anchor, Href: href + "#" + h.Anchor, Title: h.Title,
			Editor: h.TitleFrom == "editor", Summary: template.HTML(h.Summary), Role: h.Role.String(),
			Approximate: h.Approximate, Outlets: h.Outlets, Articles: h.Articles}
		if split {
			v.Href = href + "#" + ev.Mentions[h.Quotes[0].Mention].Anchor
		}
		if quotes {
			v.Groups = s.outletGroups(root, ev, h, date)
		}
		out[k] = v
	}
	return out
}

// outletGroups returns the quotations of h grouped by outlet, the outlets
// in the order of their first quotation; each copy of a sentence is named
// under its quotation, with its anchor kept (every permalink resolves).
func (s *Site) outletGroups(root string, ev *timeline.Event, h *timeline.Happening, date string) []OutletGroup {
	var groups []OutletGroup
	var keys []string // by group: its outlet, or the article of an unknown one
	for _, q := range h.Quotes {
		m := &ev.Mentions[q.Mention]
		mv := s.mentionView(root, ev, m, date)
		mv.ID = m.Anchor
		for _, c := range q.Copies {
			cm := &ev.Mentions[c]
			link := Link{Text: cm.Slug, Href: root + address.Event(ev.ID) + "#" + cm.Anchor}
			if a := s.look.article(ev, cm.Slug); a != nil {
				link.Text = a.Outlet
				if link.Text == "" {
					link.Text = a.Title
				}
				link.Href = s.look.sourceHref(root, a)
			}
			mv.Also = append(mv.Also, AlsoLink{Link: link, ID: cm.Anchor})
		}
		key := mv.Outlet
		if key == "" {
			key = "\x00" + m.Slug // an unknown outlet is its own
		}
		g := slices.Index(keys, key) // a happening has a few outlets
		if g < 0 {
			g = len(groups)
			keys = append(keys, key)
			groups = append(groups, OutletGroup{Outlet: mv.Outlet})
		}
		groups[g].Mentions = append(groups[g].Mentions, mv)
	}
	return groups
}

// AlsoLink is another article that carries a quotation's sentence: its
// outlet, its page, and the anchor of its copy on the event's page.
type AlsoLink struct {
	Link
	ID string
}
