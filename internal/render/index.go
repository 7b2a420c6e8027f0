package render

import (
	"sort"

	"timeline/internal/address"
	"timeline/internal/chart"
	"timeline/internal/fold"
	"timeline/internal/timeline"
)

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
			f.Episodes = append(f.Episodes, Option{Value: ep.ID, Text: ep.Title, Href: root + address.Episode(ep.ID)})
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
		f.Outlets = append(f.Outlets, Option{Value: k, Text: name, Href: root + address.Outlet(k)})
	}
	sort.Slice(f.Outlets, func(i, j int) bool {
		a, b := fold.String(f.Outlets[i].Text), fold.String(f.Outlets[j].Text)
		if a != b {
			return a < b
		}
		return f.Outlets[i].Value < f.Outlets[j].Value
	})
	f.Multi = root + address.Multi
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
				ie.Events = append(ie.Events, s.listedIn("", ep, ev, false))
			}
		} else {
			for _, ev := range ep.Events {
				ie.Events = append(ie.Events, s.listedIn("", ep, ev, true))
			}
		}
		d.Episodes = append(d.Episodes, ie)
	}
	// An event listed in every episode it overlaps is one mark.
	var shown []*timeline.Event
	marked := map[*timeline.Event]bool{}
	for _, ep := range t.Episodes {
		list := ep.Events
		if d.Summary {
			list = mostReported(ep.Events, indexTop)
		}
		for _, ev := range list {
			if !marked[ev] {
				marked[ev] = true
				shown = append(shown, ev)
			}
		}
	}
	sort.SliceStable(shown, func(i, j int) bool { return shown[i].Date.Compare(shown[j].Date) < 0 })
	d.Chart, d.HasChart = s.charts().Timeline("", t, shown)
	d.Filters = s.filters("", t.Episodes, t.Events)
	return &Page{Kind: "index", Path: "index.html", Title: "", Description: s.Config.Description, Section: "timeline", Data: d}
}
