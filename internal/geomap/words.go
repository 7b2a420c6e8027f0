package geomap

import (
	"fmt"
	"strconv"
)

// words are the few sentences a map writes itself, in each language the
// site has. They are here rather than in templates/i18n because the map
// must be drawn the same by every caller, and there are six of them.
type words struct {
	events     func(n int) string // "12 événements"
	named      string             // "Chouchi : 12 événements" from name and events
	off        string             // the same for a place beyond the map's edge
	title      string             // a map's default title
	desc       string             // a map's default description
	descOff    string             // added when places are beyond the edge
	descInset  string             // added when the map has an inset, from its name
	around     string             // an inset's name, from its area's: "Haut-Karabakh et alentours"
	groupName  string             // the crowd's link, from the inset's name and its number of places
	insetTitle string             // an inset's title, from its name
	insetDesc  string             // an inset's description, from its name
	locator    string             // a locator's default title, from the place's name
	seaCaspian string
	seaBlack   string
	seaMed     string
}

var french = words{
	events: func(n int) string {
		if n <= 1 { // "0 événement": French counts zero in the singular
			return strconv.Itoa(n) + " événement"
		}
		return strconv.Itoa(n) + " événements"
	},
	named:      "%s : %s",
	off:        "%s : %s, hors de la carte",
	title:      "Carte des lieux",
	desc:       "Chaque lieu est un cercle dont l’aire est proportionnelle à son nombre d’événements.",
	descOff:    " Les lieux hors de la carte sont indiqués par une flèche sur son bord.",
	descInset:  " Les lieux du cadre « %s » sont sur la carte détaillée qui suit.",
	around:     "%s et alentours",
	groupName:  "%s : %d lieux, sur la carte détaillée",
	insetTitle: "Carte détaillée : %s",
	insetDesc:  "Le cadre « %s » de la carte précédente, à plus grande échelle. Chaque lieu est un cercle dont l’aire croît avec son nombre d’événements.",
	locator:    "Situation de %s sur la carte de la région",
	seaCaspian: "Mer Caspienne",
	seaBlack:   "Mer Noire",
	seaMed:     "Méditerranée",
}

var english = words{
	events: func(n int) string {
		if n == 1 {
			return "1 event"
		}
		return strconv.Itoa(n) + " events"
	},
	named:      "%s: %s",
	off:        "%s: %s, off the map",
	title:      "Map of the places",
	desc:       "Each place is a circle whose area is proportional to its number of events.",
	descOff:    " Places beyond the map are shown by an arrow at its edge.",
	descInset:  " The places in the frame “%s” are on the detailed map that follows.",
	around:     "Around %s",
	groupName:  "%s: %d places, on the detailed map",
	insetTitle: "Detailed map: %s",
	insetDesc:  "The frame “%s” of the map before, at a larger scale. Each place is a circle whose area grows with its number of events.",
	locator:    "Where %s is, on a map of the region",
	seaCaspian: "Caspian Sea",
	seaBlack:   "Black Sea",
	seaMed:     "Mediterranean",
}

// wordsFor is the words of lang, "fr" or "en".
func wordsFor(lang string) (*words, error) {
	switch lang {
	case "fr":
		return &french, nil
	case "en":
		return &english, nil
	}
	return nil, fmt.Errorf("geomap: language %q: the maps speak fr or en", lang)
}

// markName is a mark's accessible name: "Chouchi : 12 événements".
func (w *words) markName(m *Mark) string {
	return fmt.Sprintf(w.named, m.Name, w.events(max(m.Count, 0)))
}

// offName is the accessible name of a place beyond the edge.
func (w *words) offName(m *Mark) string {
	return fmt.Sprintf(w.off, m.Name, w.events(max(m.Count, 0)))
}
