package export

import (
	"encoding/json"
	"math"
	"sort"

	"timeline/internal/address"
	"timeline/internal/jsonstr"
	"timeline/internal/timeline"
)

// The lists of events.json that name what the entries' ids stand for:
// the places, actors and kinds of event the events name, each with its
// page. They depend on the whole timeline and are a few hundred entries
// on any site, so they are made every build, without pieces.
type (
	jsonPlace struct {
		ID    string   `json:"id"`
		Name  string   `json:"name"`  // in the site's language
		Names []string `json:"names"` // every other name, each once
		Kind  string   `json:"kind"`  // one of gazetteer.Kinds
		Lat   float64  `json:"lat"`
		Lon   float64  `json:"lon"`
		Near  string   `json:"near"` // the place whose point lat, lon are; "" when the point is its own
		Page  string   `json:"page"`
	}
	jsonActor struct {
		ID    string   `json:"id"`
		Name  string   `json:"name"`
		Names []string `json:"names"`
		Side  string   `json:"side"` // one of gazetteer.Sides
		Page  string   `json:"page"`
	}
	jsonKind struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Page string `json:"page"`
	}
)

// entitiesJSON returns the lists "places", "actors" and "kinds" of
// events.json, each with its name and a comma before it:
// `,"places":[…],"actors":[…],"kinds":[…]`. lang is the site's language.
func entitiesJSON(t *timeline.Timeline, lang string) ([]byte, error) {
	ps := []jsonPlace{}
	for _, p := range t.Places {
		name := p.NameIn(lang)
		lat, lon, ok := point(p.Lat, p.Lon)
		if !ok {
			// The gazetteer keeps no place outside its map (a site's place
			// with such a point is an error): were one to come, its entry
			// stays, at 0, 0, and the file stays JSON.
			lat, lon = 0, 0
		}
		ps = append(ps, jsonPlace{ID: p.ID, Name: name, Names: p.OtherNames(name),
			Kind: p.Kind, Lat: lat, Lon: lon, Near: p.Near, Page: page(address.Place(p.ID))})
	}
	actors := []jsonActor{}
	for _, a := range t.Actors {
		name := a.NameIn(lang)
		actors = append(actors, jsonActor{ID: a.ID, Name: name, Names: a.OtherNames(name),
			Side: a.Side, Page: page(address.Actor(a.ID))})
	}
	ks := []jsonKind{}
	for _, id := range eventKinds(t) {
		ks = append(ks, jsonKind{ID: id, Name: kindName(t, id, lang), Page: page(address.Kind(id))})
	}
	var b []byte
	for _, l := range []struct {
		name string
		v    any
	}{{"places", ps}, {"actors", actors}, {"kinds", ks}} {
		data, err := json.Marshal(l.v)
		if err != nil {
			return nil, err
		}
		b = append(b, `,"`+l.name+`":`...)
		b = append(b, data...)
	}
	return b, nil
}

// eventKinds returns the ids of the kinds of event the events signal, in
// the typology's order; an id the typology does not know (a timeline
// made without it) after them, in the order of the ids.
func eventKinds(t *timeline.Timeline) []string {
	used := map[string]bool{}
	for _, ev := range t.Events {
		for _, id := range ev.Kinds {
			used[id] = true
		}
	}
	var out []string
	if t.Lexicons != nil && t.Lexicons.Kinds != nil {
		for _, k := range t.Lexicons.Kinds.Kinds() {
			if used[k.ID] {
				out = append(out, k.ID)
				delete(used, k.ID)
			}
		}
	}
	rest := make([]string, 0, len(used))
	for id := range used {
		rest = append(rest, id)
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// kindName returns the name of kind id in lang; the id itself when the
// timeline has no typology.
func kindName(t *timeline.Timeline, id, lang string) string {
	if t.Lexicons == nil || t.Lexicons.Kinds == nil {
		return id
	}
	return t.Lexicons.Kinds.Name(id, lang)
}

// coordDecimals is how many decimals a coordinate keeps: 6, a tenth of a
// metre, finer than any gazetteer's point for a town, and what RFC 7946
// (section 11.2) suggests is enough.
const coordDecimals = 1e6

// point returns the point lat, lon rounded to coordDecimals, and whether
// it is one a map can draw: finite, its latitude within ±90 and its
// longitude within ±180.
func point(lat, lon float64) (float64, float64, bool) {
	lat, lon = round(lat), round(lon)
	ok := !math.IsNaN(lat) && !math.IsNaN(lon) && math.Abs(lat) <= 90 && math.Abs(lon) <= 180
	return lat, lon, ok
}

// round rounds x to coordDecimals; -0 becomes 0, which json.Marshal
// would write "-0".
func round(x float64) float64 {
	r := math.Round(x*coordDecimals) / coordDecimals
	if r == 0 {
		return 0
	}
	return r
}

// appendStrings appends ss as json.Marshal writes a []string that is not
// nil: [] for none.
func appendStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsonstr.Append(b, s)
	}
	return append(b, ']')
}

// placesByID returns the places of t (those its events name) by id.
func placesByID(t *timeline.Timeline) map[string]*timeline.Place {
	m := make(map[string]*timeline.Place, len(t.Places))
	for _, p := range t.Places {
		m[p.ID] = p
	}
	return m
}
