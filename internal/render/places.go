package render

import (
	"fmt"
	"html/template"
	"sort"
	"strings"

	"timeline/internal/address"
	"timeline/internal/fold"
	"timeline/internal/gazetteer"
	"timeline/internal/geomap"
	"timeline/internal/kinds"
	"timeline/internal/timeline"
)

// The places and actors of the gazetteer that the events name: a page
// listing each kind (places/, with the map; actors/), and a page for each
// place, actor and kind of event with its events by date (a list page,
// split as the others are).

// EntitiesData is what the list of the places, or of the actors, shows.
type EntitiesData struct {
	Heading string
	Lead    string
	Map     template.HTML // the map of the places; "" on the actors' list
	Off     []Link        // the places beyond the map's edges
	Groups  []EntityGroup
}

// EntityGroup is the places of one kind, or the actors of one side.
type EntityGroup struct {
	Heading string
	Items   []EntityItem
}

// EntityItem is a place or an actor in its list.
type EntityItem struct {
	Name   string
	Href   string
	Names  string // its other names, as one line
	Events int
}

// placeName returns the name of p in the site's language: the lexicons
// name places in French and English, and a site in another language
// reads them in English.
func (s *Site) placeName(p *gazetteer.Place) string { return p.NameIn(s.lang) }

// actorName returns the name of a in the site's language, as placeName.
func (s *Site) actorName(a *gazetteer.Actor) string { return a.NameIn(s.lang) }

// kindName returns the name of a kind of event in the site's language,
// in English when the typology has none in it.
func (s *Site) kindName(k kinds.Kind) string {
	if n := k.Names[s.lang]; n != "" {
		return n
	}
	return k.Names["en"]
}

// sideName returns the heading of a side's actors: the interface's text
// side_<side> for the sides that are states, mediators or organisations,
// else the name of the actor whose id is the side, as the lexicon the
// site reads gives it (a party that is no state: its authorities), else
// the side's id.
func (s *Site) sideName(side string) string {
	if v, ok := s.text.Lookup("side_" + side); ok {
		return v
	}
	if lex := s.look.lex; lex != nil && lex.Gazetteer != nil {
		if a := lex.Gazetteer.Actor(side); a != nil {
			return s.actorName(a)
		}
	}
	return side
}

// kinds returns the kinds of event of the timeline's typology.
func (s *Site) kinds() []kinds.Kind {
	if s.look.lex == nil || s.look.lex.Kinds == nil {
		return nil
	}
	return s.look.lex.Kinds.Kinds()
}

// mainMarks is how many of a map's places are named on it, the most
// reported first, when there is room.
const mainMarks = 12

// placesMap draws the map of the places that events name, on a page at
// root: one mark per place sized by its events, and, where they crowd, a
// closer map of that area right after it (named after a region of the
// gazetteer when one is there: "Haut-Karabakh et alentours"). Places
// drawn at another's point (a road, a bridge) are left to their list.
func (s *Site) placesMap(root, title string, counts map[*timeline.Place]int) (template.HTML, []Link) {
	var marks []geomap.Mark
	var areas []geomap.Area
	for _, p := range s.look.places {
		if p.Kind == "region" {
			areas = append(areas, geomap.Area{Name: s.placeName(p.Place), Lat: p.Lat, Lon: p.Lon})
		}
		n := counts[p]
		if n == 0 || p.Near != "" || p.Kind == "country" || p.Kind == "region" {
			continue
		}
		marks = append(marks, geomap.Mark{ID: p.ID, Name: s.placeName(p.Place), Lat: p.Lat, Lon: p.Lon,
			Count: n, Href: root + address.Place(p.ID)})
	}
	if len(marks) == 0 {
		return "", nil
	}
	byCount := make([]int, len(marks))
	for i := range marks {
		byCount[i] = i
	}
	sort.SliceStable(byCount, func(i, j int) bool { return marks[byCount[i]].Count > marks[byCount[j]].Count })
	for _, i := range byCount[:min(mainMarks, len(byCount))] {
		marks[i].Main = true
	}
	d, err := geomap.Render(geomap.Map{ID: "map", Title: title, Lang: s.lang, Marks: marks, Areas: areas})
	if err != nil {
		return "", nil
	}
	var off []Link
	for _, m := range d.Off {
		off = append(off, Link{Href: m.Href, Text: fmt.Sprintf("%s (%s)", m.Name, s.count("events_count", m.Count))})
	}
	// geomap writes the SVG, escaping every text it holds.
	return template.HTML(append(d.SVG, d.Inset...)), off
}

// eventCounts counts, for each place, how many of events name it.
func eventCounts(events []*timeline.Event, places []*timeline.Place) map[*timeline.Place]int {
	byID := make(map[string]*timeline.Place, len(places))
	for _, p := range places {
		byID[p.ID] = p
	}
	counts := map[*timeline.Place]int{}
	for _, ev := range events {
		for _, id := range ev.Places {
			if p := byID[id]; p != nil {
				counts[p]++
			}
		}
	}
	return counts
}

// entityPages returns the lists of the places and of the actors, and the
// page of each place, actor and kind of event; reuse as for plannedPages.
func (s *Site) entityPages(t *timeline.Timeline, reuse func(string, uint64) bool) []*Page {
	var pages []*Page
	const root = "../"
	// The places, by kind, each kind by name.
	pd := EntitiesData{Heading: s.T("places_title"), Lead: s.T("places_lead")}
	counts := map[*timeline.Place]int{}
	for _, p := range t.Places {
		counts[p] = len(p.Events)
	}
	pd.Map, pd.Off = s.placesMap(root, s.T("places_map"), counts)
	for _, kind := range gazetteer.Kinds {
		g := EntityGroup{Heading: s.T("place_kind_" + kind)}
		for _, p := range t.Places {
			if p.Kind == kind {
				g.Items = append(g.Items, EntityItem{Name: s.placeName(p.Place), Href: root + address.Place(p.ID),
					Names: strings.Join(p.OtherNames(s.placeName(p.Place)), ", "), Events: len(p.Events)})
			}
		}
		if len(g.Items) > 0 {
			sortItems(g.Items)
			pd.Groups = append(pd.Groups, g)
		}
	}
	pages = append(pages, &Page{Kind: "entities", Path: address.Places, Title: pd.Heading, Section: "places", Description: pd.Lead, Data: pd})

	ad := EntitiesData{Heading: s.T("actors_title"), Lead: s.T("actors_lead")}
	for _, side := range gazetteer.Sides {
		g := EntityGroup{Heading: s.sideName(side)}
		for _, a := range t.Actors {
			if a.Side == side {
				g.Items = append(g.Items, EntityItem{Name: s.actorName(a.Actor), Href: root + address.Actor(a.ID),
					Names: strings.Join(a.OtherNames(s.actorName(a.Actor)), ", "), Events: len(a.Events)})
			}
		}
		if len(g.Items) > 0 {
			sortItems(g.Items)
			ad.Groups = append(ad.Groups, g)
		}
	}
	pages = append(pages, &Page{Kind: "entities", Path: address.Actors, Title: ad.Heading, Section: "places", Description: ad.Lead, Data: ad})

	for _, p := range t.Places {
		name := s.placeName(p.Place)
		dir := strings.TrimSuffix(address.Place(p.ID), "index.html")
		lead := s.T("place_kind_" + p.Kind)
		if names := strings.Join(p.OtherNames(name), ", "); names != "" {
			lead += " · " + fmt.Sprintf(s.T("also_named"), names)
		}
		var locator template.HTML
		if p.Kind != "country" && p.Kind != "region" {
			lat, lon := p.Lat, p.Lon
			if svg, err := geomap.Locate(geomap.Locator{ID: "loc", Name: name, Lat: lat, Lon: lon, Lang: s.lang}); err == nil {
				locator = template.HTML(svg)
			}
		}
		pages = append(pages, s.list(dir, name, name, lead, "places", p.Events, false, reuse, listExtra{Map: locator, Lines: true})...)
	}
	for _, a := range t.Actors {
		name := s.actorName(a.Actor)
		dir := strings.TrimSuffix(address.Actor(a.ID), "index.html")
		lead := s.sideName(a.Side)
		if names := strings.Join(a.OtherNames(name), ", "); names != "" {
			lead += " · " + fmt.Sprintf(s.T("also_named"), names)
		}
		pages = append(pages, s.list(dir, name, name, lead, "places", a.Events, false, reuse, listExtra{Lines: true})...)
	}
	byKind := map[string][]*timeline.Event{}
	for _, ev := range t.Events {
		for _, k := range ev.Kinds {
			byKind[k] = append(byKind[k], ev)
		}
	}
	for _, k := range s.kinds() {
		if evs := byKind[k.ID]; len(evs) > 0 {
			name := s.kindName(k)
			dir := strings.TrimSuffix(address.Kind(k.ID), "index.html")
			pages = append(pages, s.list(dir, name, name, s.T("kind_lead"), "timeline", evs, false, reuse, listExtra{Lines: true})...)
		}
	}
	return pages
}

// sortItems sorts a list by folded name.
func sortItems(items []EntityItem) {
	sort.SliceStable(items, func(i, j int) bool { return fold.String(items[i].Name) < fold.String(items[j].Name) })
}

// facets returns the links of ev's places, actors and kinds of event, on
// a page at root.
func (s *Site) facets(root string, ev *timeline.Event) (places, actors, ks []Link) {
	lex := s.look.lex
	if lex == nil {
		return nil, nil, nil
	}
	if g := lex.Gazetteer; g != nil {
		for _, id := range ev.Places {
			if p := g.Place(id); p != nil {
				places = append(places, Link{Href: root + address.Place(id), Text: s.placeName(p)})
			}
		}
		for _, id := range ev.Actors {
			if a := g.Actor(id); a != nil {
				actors = append(actors, Link{Href: root + address.Actor(id), Text: s.actorName(a)})
			}
		}
	}
	if lex.Kinds != nil {
		for _, id := range ev.Kinds {
			if name := lex.Kinds.Name(id, s.lang); name != "" {
				ks = append(ks, Link{Href: root + address.Kind(id), Text: name})
			}
		}
	}
	return places, actors, ks
}
