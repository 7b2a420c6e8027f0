package render

import (
	"sort"

	"timeline/internal/chart"
	"timeline/internal/timeline"
)

// FilterData is what the filters test on an event, as data attributes.
// An event's row in a listing and its mark on a chart carry the same, so
// it is defined where the marks are.
type FilterData = chart.FilterData

// stripMax is how many events an episode strip draws marks for, the most
// reported.
const stripMax = 150

// charts returns the drawer of the site's charts: its words, its
// episodes' colours, and each event's filter data.
func (s *Site) charts() chart.Drawer {
	return chart.Drawer{Text: s.text, Colours: s.colours, Filter: s.look.filter}
}

// mostReported returns at most n of events, those with the most sources,
// in date order.
func mostReported(events []*timeline.Event, n int) []*timeline.Event {
	if len(events) <= n {
		return events
	}
	top := append([]*timeline.Event(nil), events...)
	// By the outlets that report them happening: "2016", recalled by
	// hundreds of articles, does not outrank the days things happened.
	sort.SliceStable(top, func(i, j int) bool {
		if top[i].Outlets != top[j].Outlets {
			return top[i].Outlets > top[j].Outlets
		}
		return len(top[i].Articles) > len(top[j].Articles)
	})
	top = top[:n]
	sort.SliceStable(top, func(i, j int) bool { return top[i].Date.Compare(top[j].Date) < 0 })
	return top
}
