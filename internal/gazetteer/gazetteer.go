// Package gazetteer knows the places and the actors of the conflict and
// finds them in sentences: where ("à Latchine", "near Shusha") and who ("le
// ministère azerbaïdjanais de la Défense", "Armenia's foreign ministry").
//
// Its lexicon is two TOML files embedded in the program, places.toml and
// actors.toml, which a site extends with content/places.toml and
// content/actors.toml of the same form: an entry with a known id adds its
// names and replaces the fields it gives, a new id adds a place or an actor.
// Every place has a point taken from an open gazetteer (see places.toml).
//
// Matching is by whole words after folding (case, accents, the Azerbaijani
// letters), a hyphen, a space and an apostrophe taken alike, so that
// "d'Erevan", "Haut Karabakh" and "Azerbaijan's" are found and "Berd" is
// not found in "Berdzor". Where a name is also a common word, four rules
// keep it from matching the word: a name whose first word is capitalised
// in the lexicon needs a capital in the text ("Tartar", not "tartar"); a
// word in capitals needs capitals ("UN", not "Un accord"); a name that is
// a common word capitalised is not found as a sentence's first word
// ("Grenade lancée…"); and a place's name inside an actor's ("groupe de
// Minsk") names the actor. Place names that stand for a government
// ("Bakou affirme") are actors only for Speaker, never after a preposition
// of place ("à Bakou").
//
// It finds names only: it does not tell a town that is the scene of an
// event from one that is merely mentioned, and it reads no file itself:
// the build hands it the site's bytes. A loaded Gazetteer is safe for
// concurrent use.
package gazetteer

import (
	_ "embed"
	"sort"
	"sync"

	"timeline/internal/diag"
	"timeline/internal/fold"
)

// Place is one place of the gazetteer.
type Place struct {
	ID       string   // ascii slug: "shusha"
	Name     string   // French, the site's default language: "Chouchi"
	NameEn   string   // English: "Shusha"
	Names    []string // every other name and spelling: "Şuşa", "Shushi", "Choucha"
	Kind     string   // one of Kinds
	Lat, Lon float64  // decimal degrees, WGS 84: its own point, or Near's
	Near     string   // the id of the place whose point it is drawn at, "" when the point is its own
	Source   string   // where the point comes from: "geonames:147105"

	hasPoint bool // lat and lon are given, not taken from Near
}

// Actor is one actor of the gazetteer: a government, a ministry, an army,
// a person, an organisation.
type Actor struct {
	ID     string   // ascii slug: "azerbaijan-defence-ministry"
	Name   string   // French: "ministère azerbaïdjanais de la Défense"
	NameEn string   // English: "Azerbaijani Defence Ministry"
	Names  []string // every other way the press writes it
	// Metonyms are the names of a place that stand for the actor when it
	// speaks ("Bakou affirme"), not when it is a place ("à Bakou").
	Metonyms []string
	// Adjectives are the adjectives of nationality that name the actor's
	// side ("azerbaïdjanais", "Azerbaijani"), given on a side's government:
	// with a head noun ("le ministère … de la Défense") they name the
	// side's actor of that role.
	Adjectives []string
	Side       string // one of Sides
	Role       string // one of Roles, "" for none
	Parent     string // the id of the actor it belongs to: a ministry's government
}

// Kinds are the kinds of place, in the order the messages list them.
var Kinds = []string{"country", "region", "capital", "city", "town", "village", "road", "border-crossing"}

// Sides are the sides an actor speaks for: a state or party of the
// conflict, a mediator, an international organisation, or other.
var Sides = []string{
	"armenia", "azerbaijan", "nagorno-karabakh", "russia", "turkey", "iran",
	"georgia", "france", "united-states", "european-union",
	"mediator", "international", "other",
}

// Roles are what an actor is for its side, which the nationality rule reads
// ("le premier ministre arménien" is Armenia's prime-minister): at most one
// actor of a side has a role.
var Roles = []string{
	"government", "president", "prime-minister", "parliament",
	"defence-ministry", "defence-minister", "foreign-ministry", "foreign-minister",
	"army", "peacekeepers", "ombudsman",
}

// Bounds are the map's bounds, inside which every place lies.
type Bounds struct{ South, West, North, East float64 }

// Contains reports whether the point lat, lon lies inside b.
func (b Bounds) Contains(lat, lon float64) bool {
	return b.South <= lat && lat <= b.North && b.West <= lon && lon <= b.East
}

// File is a file the build hands over: its path, as the editor knows it,
// and its bytes. The zero File is no file.
type File struct {
	Path string
	Data []byte
}

// Match is a place or an actor found in a sentence: its id and the byte span
// of the name in the sentence.
type Match struct {
	ID         string
	Start, End int
}

// Gazetteer holds the places and the actors, and the indexes that find them.
type Gazetteer struct {
	Places []Place
	Actors []Actor
	Map    Bounds

	placeIndex, actorIndex index
	placeByID, actorByID   map[string]int
	depth                  []int          // per actor, the number of parents above it
	byRole                 map[string]int // side + " " + role → actor
	markers                index          // names and adjectives of each side's government → that actor
}

var (
	//go:embed places.toml
	defaultPlaces []byte
	//go:embed actors.toml
	defaultActors []byte

	defaultOnce sync.Once
	defaultG    *Gazetteer
)

// Default returns the gazetteer of the embedded files alone. Its files are
// tested to load without a problem; the result is shared and must not be
// changed.
func Default() *Gazetteer {
	defaultOnce.Do(func() { defaultG, _ = Load(File{}, File{}) })
	return defaultG
}

// Load returns the embedded gazetteer extended by the site's files (either
// may be the zero File) and every problem found in them. On errors it still
// returns a usable gazetteer, built from the entries without an error.
func Load(places, actors File) (*Gazetteer, diag.List) {
	var probs diag.List
	g := &Gazetteer{}
	pf := readPlaces(File{Path: "gazetteer/places.toml", Data: defaultPlaces}, &probs)
	af := readActors(File{Path: "gazetteer/actors.toml", Data: defaultActors}, &probs)
	g.Map = pf.bounds
	for _, e := range pf.entries {
		g.Places = append(g.Places, e.Place)
	}
	for _, e := range af.entries {
		g.Actors = append(g.Actors, e.Actor)
	}
	if places.Data != nil {
		site := readPlaces(places, &probs)
		g.Places = mergePlaces(g.Places, site.entries)
		if site.hasBounds {
			g.Map = site.bounds
		}
		checkPlaces(g, pf, site, &probs)
	} else {
		checkPlaces(g, pf, placeFile{}, &probs)
	}
	if actors.Data != nil {
		site := readActors(actors, &probs)
		g.Actors = mergeActors(g.Actors, site.entries)
		checkActors(g, af, site)
	} else {
		checkActors(g, af, actorFile{})
	}
	g.build()
	probs.Sort()
	return g, probs
}

// Place returns the place of id, nil when there is none.
func (g *Gazetteer) Place(id string) *Place {
	if i, ok := g.placeByID[id]; ok {
		return &g.Places[i]
	}
	return nil
}

// Actor returns the actor of id, nil when there is none.
func (g *Gazetteer) Actor(id string) *Actor {
	if i, ok := g.actorByID[id]; ok {
		return &g.Actors[i]
	}
	return nil
}

// Name is one name of a place or an actor as search compares it: folded
// (see Fold), its words separated by one space.
type Name struct {
	Text  string // "haut karabakh"
	ID    string // "nagorno-karabakh"
	Actor bool   // the ID is an actor's, else a place's
}

// Names returns every name of every place and actor, the French and
// English names included, folded, sorted by text with places first: what
// search needs to send "Chouchi", "Shusha" and "Şuşa" to one place.
func (g *Gazetteer) Names() []Name {
	var out []Name
	add := func(id string, actor bool, names ...string) {
		for _, n := range names {
			if t := Fold(n); t != "" {
				out = append(out, Name{Text: t, ID: id, Actor: actor})
			}
		}
	}
	for _, p := range g.Places {
		add(p.ID, false, p.Name, p.NameEn)
		add(p.ID, false, p.Names...)
	}
	for _, a := range g.Actors {
		add(a.ID, true, a.Name, a.NameEn)
		add(a.ID, true, a.Names...)
		add(a.ID, true, a.Metonyms...)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Text != b.Text {
			return a.Text < b.Text
		}
		if a.Actor != b.Actor {
			return !a.Actor
		}
		return a.ID < b.ID
	})
	// One name of one entry once: "Baku" may be its English name and one of its names.
	k := 0
	for i, n := range out {
		if i == 0 || n != out[k-1] {
			out[k] = n
			k++
		}
	}
	return out[:k]
}

// build makes the indexes of the merged entries.
func (g *Gazetteer) build() {
	g.placeByID = make(map[string]int, len(g.Places))
	for i, p := range g.Places {
		g.placeByID[p.ID] = i
	}
	for i := range g.Places {
		p := &g.Places[i]
		if n, ok := g.placeByID[p.Near]; ok && p.Near != "" {
			p.Lat, p.Lon = g.Places[n].Lat, g.Places[n].Lon
		}
	}
	g.actorByID = make(map[string]int, len(g.Actors))
	for i, a := range g.Actors {
		g.actorByID[a.ID] = i
	}
	g.depth = make([]int, len(g.Actors))
	g.byRole = map[string]int{}
	for i, a := range g.Actors {
		seen := map[string]bool{a.ID: true}
		for p := a.Parent; p != "" && !seen[p]; {
			j, ok := g.actorByID[p]
			if !ok {
				break
			}
			seen[p] = true
			g.depth[i]++
			p = g.Actors[j].Parent
		}
		if a.Role != "" {
			g.byRole[a.Side+" "+a.Role] = i
		}
	}
	var places, actors, markers []entry
	placeNames := map[string]bool{}
	for i, p := range g.Places {
		for _, n := range p.names() {
			places = append(places, entry{name: n, id: int32(i)})
			placeNames[Fold(n)] = true
		}
	}
	// "groupe de Minsk", "armée de défense de l'Artsakh", "gouvernement de
	// Bakou": a place's name inside an actor's names the actor, so the
	// actors' names are in the places' index too, found and passed over.
	for _, a := range g.Actors {
		for _, n := range a.names() {
			if !placeNames[Fold(n)] {
				places = append(places, entry{name: n, id: -1})
			}
		}
	}
	for i, a := range g.Actors {
		for _, n := range a.names() {
			actors = append(actors, entry{name: n, id: int32(i)})
		}
		for _, n := range a.Metonyms {
			actors = append(actors, entry{name: n, id: int32(i), metonym: true})
		}
		if a.Role == "government" {
			for _, n := range a.Metonyms {
				markers = append(markers, entry{name: n, id: int32(i), metonym: true})
			}
			for _, n := range a.Adjectives {
				markers = append(markers, entry{name: n, id: int32(i), adjective: true})
			}
		}
	}
	g.placeIndex = newIndex(places)
	g.actorIndex = newIndex(actors)
	g.markers = newIndex(markers)
}

// names returns the place's names: its French and English names and the others.
func (p *Place) names() []string {
	return append([]string{p.Name, p.NameEn}, p.Names...)
}

// names returns the actor's names, its metonyms aside.
func (a *Actor) names() []string {
	return append([]string{a.Name, a.NameEn}, a.Names...)
}

// NameIn returns the place's name for a site written in lang: French for
// "fr", English for any other language (the gazetteer holds the two), the
// other when one is missing.
func (p *Place) NameIn(lang string) string { return nameIn(lang, p.Name, p.NameEn) }

// NameIn returns the actor's name for a site written in lang, as
// Place.NameIn does.
func (a *Actor) NameIn(lang string) string { return nameIn(lang, a.Name, a.NameEn) }

// OtherNames returns the place's names besides shown (the one a page
// shows): its French and English names, then its other spellings, each
// once whatever its case and accents ("Choucha" and "choucha" are one).
func (p *Place) OtherNames(shown string) []string {
	return otherNames(shown, p.Name, p.NameEn, p.Names)
}

// OtherNames returns the actor's names besides shown, as Place.OtherNames
// does.
func (a *Actor) OtherNames(shown string) []string {
	return otherNames(shown, a.Name, a.NameEn, a.Names)
}

func nameIn(lang, fr, en string) string {
	if lang != "fr" && en != "" || fr == "" {
		return en
	}
	return fr
}

func otherNames(shown, fr, en string, more []string) []string {
	out := []string{}
	seen := map[string]bool{fold.String(shown): true}
	for _, n := range append([]string{fr, en}, more...) {
		if k := fold.String(n); n != "" && !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}
