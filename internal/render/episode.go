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
	"timeline/internal/timeline"
)

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
	Map      template.HTML  // where its events happened
	MapOff   []Link         // the places beyond the map's edges
	Claims   *EpisodeClaims // the latest figure each claimant gives
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
	main := &Page{Kind: "episode", Path: address.Episode(ep.ID), Title: ep.Title, Section: "episodes",
		Description: fmt.Sprintf("%s (%s)", ep.Title, view.Range)}
	d := EpisodeData{Episode: view, Sources: sources}
	d.Strip, d.HasStrip = s.charts().Strip(root, ep, mostReported(ep.Events, stripMax))
	d.Map, d.MapOff = s.placesMap(root, fmt.Sprintf(s.T("episode_map"), ep.Title), eventCounts(ep.Events, s.look.places))
	d.Claims = s.episodeClaims(root, ep.Events)
	if len(ep.Events) <= episodeEvents {
		d.Bars, d.HasBars = s.charts().Bars(ep, nil)
		d.Events = s.listing(root, ep, ep.Events)
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
	subView := EpisodeView{ID: ep.ID, Title: ep.Title, Href: sub + address.Episode(ep.ID), Range: view.Range}
	for _, k := range keys {
		name := s.monthName(k)
		path := address.Month(ep.ID, k)
		d.Months = append(d.Months, Link{Href: k + "/index.html", Text: fmt.Sprintf("%s (%s)", name, s.count("events_count", len(groups[k])))})
		pages = append(pages, s.lazy("month", path, &monthIn{Episode: ep, Key: k, Events: groups[k]}, reuse, func() *Page {
			return &Page{Kind: "month", Path: path, Title: name + " — " + ep.Title, Section: "episodes",
				Data: EpisodeData{Episode: subView, Events: s.listing(sub, ep, groups[k]), Month: name, Up: Link{Href: subView.Href, Text: ep.Title},
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
