package search

import (
	"slices"
	"strings"

	"timeline/internal/timeline"
)

// The names of places and actors. The press writes one town "Lachin",
// "Latchine", "Berdzor" or "Laçın", and a reader searches in the spelling
// they know: the manifest lists, for each place and actor the events name
// that has more than one name, all its names (variants), and site.js
// reads a query's words that spell one of them as any of them. The index
// itself holds no more than the words of the texts: a variant costs its
// bytes in the manifest, once, not a posting in every document of a place
// named in half the site (see the package comment).

// variants returns the manifest's list of names: for each place, then
// each actor, that t's events name, in the gazetteer's order, the names
// it is written with as site.js splits a query (Terms), the words of a
// name joined by a space, its names by "|", each once; a place or actor
// whose names all come to one is left out. An actor's metonyms are not
// its names: "Bakou" searches the town, not Azerbaijan's government.
func variants(t *timeline.Timeline) []string {
	var out []string
	add := func(names ...[]string) {
		var keys []string
		for _, list := range names {
			for _, n := range list {
				if k := strings.Join(Terms(n), " "); k != "" && !slices.Contains(keys, k) {
					keys = append(keys, k)
				}
			}
		}
		if len(keys) > 1 {
			out = append(out, strings.Join(keys, "|"))
		}
	}
	for _, p := range t.Places {
		add([]string{p.Name, p.NameEn}, p.Names)
	}
	for _, a := range t.Actors {
		add([]string{a.Name, a.NameEn}, a.Names)
	}
	return out
}

// placeNames gives the line a result shows under its sentence: the names
// of the places its mention names, in the site's language, as the place
// pages write them.
type placeNames struct {
	lx   *timeline.Lexicons // the places' gazetteer, in the lexicons t was read with
	lang string
	buf  strings.Builder
}

// newPlaceNames returns the placeNames of the gazetteer t was read with.
func newPlaceNames(t *timeline.Timeline, lang string) placeNames {
	return placeNames{lx: t.Lexicons, lang: lang}
}

// of returns the names of the places ids, in their order, joined by ", ";
// "" for none.
func (pn *placeNames) of(ids []string) string {
	if pn.lx == nil || pn.lx.Gazetteer == nil || len(ids) == 0 {
		return ""
	}
	pn.buf.Reset()
	for _, id := range ids {
		p := pn.lx.Gazetteer.Place(id)
		if p == nil {
			continue
		}
		if pn.buf.Len() > 0 {
			pn.buf.WriteString(", ")
		}
		pn.buf.WriteString(p.NameIn(pn.lang))
	}
	return pn.buf.String()
}
