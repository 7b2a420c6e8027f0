package timeline

import (
	"slices"

	"timeline/internal/claims"
	"timeline/internal/gazetteer"
	"timeline/internal/kinds"
	"timeline/internal/store"
)

// Lexicons are the lists Extract reads a dated sentence with besides the
// calendar: the places and actors it names (package gazetteer), the kinds
// of event it signals (package kinds). Each is the program's, extended by
// the site's files; Key hashes those files, so that whoever keeps
// extractions between builds keeps them with the lists they were read
// with. A nil *Lexicons, or a nil field, finds nothing.
type Lexicons struct {
	Gazetteer *gazetteer.Gazetteer
	Kinds     *kinds.Typology
	Key       uint64
}

// DefaultLexicons returns the program's lexicons, without a site's files.
func DefaultLexicons() *Lexicons {
	return &Lexicons{Gazetteer: gazetteer.Default(), Kinds: kinds.Default(), Key: LexiconsKey(nil, nil, nil)}
}

// LexiconsKey hashes the site's files the lexicons are made of (nil for a
// file the site does not have), for Lexicons.Key.
func LexiconsKey(places, actors, kinds []byte) uint64 {
	h := store.NewHash()
	h.String("lexicons 1")
	for _, f := range [][]byte{places, actors, kinds} {
		h.Bool(f != nil)
		h.String(string(f))
	}
	return h.Sum()
}

// read gives the mentions of one sentence what the lexicons find in it:
// its places and actors, its speaker's actor, its kinds of event, and its
// figures (next is the sentence after it, which may go on counting). The
// mentions share the slices, as they share the sentence.
func (lx *Lexicons) read(ms []Mention, next, lang string) {
	if len(ms) == 0 {
		return
	}
	m := &ms[0]
	var places, actors, ks []string
	var speaker string
	if g := lx.gazetteer(); g != nil {
		places = ids(g.FindPlaces(m.Sentence))
		actors = ids(g.FindActors(m.Sentence))
		if m.Attribution != "" {
			speaker = g.Speaker(m.Attribution)
		}
		// "a-t-il déclaré": the speaker a paragraph named before is an
		// actor of the sentence too.
		if speaker != "" && !slices.Contains(actors, speaker) {
			actors = append(actors, speaker)
		}
	}
	if lx != nil && lx.Kinds != nil {
		ks = lx.Kinds.Of(m.Sentence, lang)
	}
	var figs []Figure
	for _, f := range claims.Find(m.Sentence, next, lang, m.Attribution) {
		fig := Figure{Figure: f}
		if g := lx.gazetteer(); g != nil && f.Claimant != "" {
			fig.Actor = g.Speaker(f.Claimant)
		}
		figs = append(figs, fig)
	}
	for i := range ms {
		ms[i].Places, ms[i].Actors, ms[i].Speaker, ms[i].Kinds, ms[i].Figures = places, actors, speaker, ks, figs
	}
}

// Figure is a figure a sentence gives (see claims.Figure), with the actor
// its claimant is.
type Figure struct {
	claims.Figure
	Actor string // the id of the actor Claimant names; "" when none does
}

// Claim is a figure one of an event's quotations gives.
type Claim struct {
	Figure
	Mention   int // the quotation's index in the event's Mentions
	Happening int // the index in the event's Happenings of the happening it reports
}

func (lx *Lexicons) gazetteer() *gazetteer.Gazetteer {
	if lx == nil {
		return nil
	}
	return lx.Gazetteer
}

// ids returns the ids of matches, each once, in the order the sentence
// names them; nil for none.
func ids(ms []gazetteer.Match) []string {
	var out []string
outer:
	for _, m := range ms {
		for _, id := range out {
			if id == m.ID {
				continue outer
			}
		}
		out = append(out, m.ID)
	}
	return out
}

// Place is a place of the gazetteer with the events that name it.
type Place struct {
	*gazetteer.Place `key:"ref"`
	Events           []*Event `key:"-"` // in date order
}

// Actor is an actor of the gazetteer with the events that name it, or
// whose sentences it speaks.
type Actor struct {
	*gazetteer.Actor `key:"ref"`
	Events           []*Event `key:"-"` // in date order
}

// placesAndActors lists the places and actors the events name, each with
// its events; an actor also has those of the sentences it speaks.
func (t *Timeline) placesAndActors() {
	g := t.Lexicons.gazetteer()
	if g == nil {
		return
	}
	places := make([][]*Event, len(g.Places))
	actors := make([][]*Event, len(g.Actors))
	pi := make(map[string]int, len(g.Places))
	for i := range g.Places {
		pi[g.Places[i].ID] = i
	}
	ai := make(map[string]int, len(g.Actors))
	for i := range g.Actors {
		ai[g.Actors[i].ID] = i
	}
	for _, ev := range t.Events {
		for _, id := range ev.Places {
			if i, ok := pi[id]; ok {
				places[i] = append(places[i], ev)
			}
		}
		for _, id := range ev.Actors {
			if i, ok := ai[id]; ok {
				actors[i] = append(actors[i], ev)
			}
		}
	}
	for i := range g.Places {
		if len(places[i]) > 0 {
			t.Places = append(t.Places, &Place{Place: &g.Places[i], Events: places[i]})
		}
	}
	for i := range g.Actors {
		if len(actors[i]) > 0 {
			t.Actors = append(t.Actors, &Actor{Actor: &g.Actors[i], Events: actors[i]})
		}
	}
}
