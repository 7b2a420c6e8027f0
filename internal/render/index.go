package render

import (
	"html/template"
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
	Lead     string // site.toml's lead, or the interface's own
	Summary  bool
	Events   int
	Articles int
	Chart    chart.View
	HasChart bool
	Filters  FiltersView
	Episodes []IndexEpisode
	Map      template.HTML // where the events happened
	MapOff   []Link
}

// FiltersView is the filter form of a listing, and the plain pages that
// give each filter's result without script.
type FiltersView struct {
	Episodes   []Option // empty on an episode page
	Outlets    []Option
	Places     []Option // the places the events name, by name
	Actors     []Option
	Kinds      []Option // in the typology's order
	Multi      string   // the page of the events reported by two sources or more
	PlacesHref string   // the list of the places, with their map
	ActorsHref string
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
	sortOptions(f.Outlets)
	f.Multi = root + address.Multi
	f.PlacesHref, f.ActorsHref = root+address.Places, root+address.Actors
	places, actors, ks := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, ev := range events {
		for _, id := range ev.Places {
			places[id] = true
		}
		for _, id := range ev.Actors {
			actors[id] = true
		}
		for _, id := range ev.Kinds {
			ks[id] = true
		}
	}
	for _, p := range s.look.places {
		if places[p.ID] {
			f.Places = append(f.Places, Option{Value: p.ID, Text: s.placeName(p.Place), Href: root + address.Place(p.ID)})
		}
	}
	sortOptions(f.Places)
	for _, a := range s.look.actors {
		if actors[a.ID] {
			f.Actors = append(f.Actors, Option{Value: a.ID, Text: s.actorName(a.Actor), Href: root + address.Actor(a.ID)})
		}
	}
	sortOptions(f.Actors)
	for _, k := range s.kinds() {
		if ks[k.ID] {
			f.Kinds = append(f.Kinds, Option{Value: k.ID, Text: s.kindName(k), Href: root + address.Kind(k.ID)})
		}
	}
	return f
}

// sortOptions sorts options by their folded text, then value.
func sortOptions(opts []Option) {
	sort.Slice(opts, func(i, j int) bool {
		a, b := fold.String(opts[i].Text), fold.String(opts[j].Text)
		if a != b {
			return a < b
		}
		return opts[i].Value < opts[j].Value
	})
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
	d := IndexData{Lead: s.Config.Lead, Summary: total > fullMentions, Events: len(t.Events), Articles: len(t.Articles)}
	if d.Lead == "" {
		// A site that says nothing of its subject has a lead that names none.
		d.Lead = s.T("index_lead")
	}
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
	d.Map, d.MapOff = s.placesMap("", s.T("index_map"), eventCounts(t.Events, t.Places))
	return &Page{Kind: "index", Path: "index.html", Title: "", Description: s.Config.Description, Section: "timeline", Data: d}
}
