// Package address says where each page of the site is: the path of its
// file in the output folder, which is also its address below the site's
// root once "index.html" is left out (Dir). The pages, the data files and
// the search index all take addresses from here, so that a permalink is
// written once: an address, once published, never changes.
package address

import (
	"strings"
	"unicode"

	"timeline/internal/fold"
)

// Event is the page of an event: "events/2023-09-19/index.html".
func Event(id string) string { return "events/" + id + "/index.html" }

// EventMonth is the page of the quotations of an event split by month
// whose articles were published in month ("2023-09").
func EventMonth(id, month string) string { return "events/" + id + "/" + month + "/index.html" }

// Episode is the page of an episode.
func Episode(id string) string { return "episodes/" + id + "/index.html" }

// Month is the page of one month (or year, or decade: key) of an episode
// split by month.
func Month(episode, key string) string { return "episodes/" + episode + "/" + key + "/index.html" }

// Source is the page of an article.
func Source(slug string) string { return "sources/" + slug + "/index.html" }

// Outlet is the page of the events an outlet reports; key is OutletKey of
// its name.
func Outlet(key string) string { return "outlets/" + key + "/index.html" }

// Place is the page of a place of the gazetteer: its names, its map, its
// events; id is the gazetteer's.
func Place(id string) string { return "places/" + id + "/index.html" }

// Actor is the page of an actor of the gazetteer.
func Actor(id string) string { return "actors/" + id + "/index.html" }

// Kind is the page of the events of one kind.
func Kind(id string) string { return "kinds/" + id + "/index.html" }

// The plain lists that stand for the search and the filters without
// script, and the lists of places and actors.
const (
	Search = "search/index.html"
	Multi  = "corroborated/index.html"
	Places = "places/index.html"
	Actors = "actors/index.html"
)

// Dir turns a page's path into the address readers use:
// "events/x/index.html" → "events/x/".
func Dir(p string) string { return strings.TrimSuffix(p, "index.html") }

// OutletKey turns an outlet's name into the key of its page and filter:
// "L’Orient-Le Jour" → "l-orient-le-jour".
func OutletKey(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold.String(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}
