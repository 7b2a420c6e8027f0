package render

// Rebuilds. Computing a page's data costs more than a rebuild can afford
// for every page of a large site, so the pages that come one per event,
// per source and per month get a dependency key first: a hash of the
// timeline entities the page is made from (articles by their content hash,
// events by their id and their articles) and of everything else that
// draws it (its templates, the interface text, the assets, site.toml).
// Two builds that give a page the same deps give it the same data, so a
// rebuild that still has the page reuses it without computing its data.
//
// What keeps that true: eventPage, sourcePage and the month pages read
// nothing of the timeline beyond what eventDeps, eventMonthDeps,
// sourceDeps and monthDeps hash below. A view that starts showing more
// (an episode's count on an event page, say) must hash it here too; the
// build's incremental-equals-clean tests catch the omission.

import (
	"sort"

	"github.com/gohugoio/hashstructure"

	"timeline/internal/timeline"
)

// Key returns the hash of exactly what the page shows: its data and the
// other fields of the page, with its templates, the interface text, the
// assets and the configuration. Two pages with the same key render to the
// same bytes.
func (s *Site) Key(p *Page) (uint64, error) {
	p.Load()
	v, err := hashstructure.Hash(p, nil)
	if err != nil {
		return 0, err
	}
	h := newHasher()
	h.u64(s.keys[p.Kind])
	h.u64(v)
	return h.sum(), nil
}

// lazy returns the page make builds, when loaded (see Page.Load), or,
// when reuse says the caller has the page of that path with those deps, a
// page without its data.
func (s *Site) lazy(kind, path string, deps uint64, reuse func(string, uint64) bool, make func() *Page) *Page {
	if reuse != nil && deps != 0 && reuse(path, deps) {
		return &Page{Kind: kind, Path: path, Deps: deps}
	}
	return &Page{Kind: kind, Path: path, Deps: deps, load: make}
}

// eventDeps hashes what an event page shows: the event, its articles and
// the ids of the events before and after it.
func (s *Site) eventDeps(ev *timeline.Event) uint64 {
	h := s.depsHasher("event")
	if h == nil {
		return 0
	}
	h.u64(s.look.eventSum(ev))
	for _, n := range []*timeline.Event{ev.Prev, ev.Next} {
		if n != nil {
			h.str(n.ID)
		} else {
			h.str("")
		}
	}
	return h.sum()
}

// sourceDeps hashes what a source page shows: the article, and for each
// event it reports, the event's id and the article's neighbours in it (see
// SourceEvent), not all its articles: an event reported by thousands of
// articles must not make a new article change thousands of pages.
func (s *Site) sourceDeps(a *timeline.Article) uint64 {
	h := s.depsHasher("source")
	if h == nil {
		return 0
	}
	h.u64(a.Hash)
	h.str(a.Slug)
	for _, ev := range a.Events {
		h.str(ev.ID)
		near, more := neighbours(ev, a)
		h.u64(uint64(len(near)))
		for _, o := range near {
			h.u64(o.Hash)
		}
		if more {
			h.str("more")
		}
	}
	return h.sum()
}

// eventMonthDeps hashes what the page of one month of a split event
// shows: the event's id and episode, and the articles of the month's
// quotations (at indexes in ev.Mentions), which fix them and their count.
// runs, shared by the event's months, finds the articles without reading
// the mentions: the months come in the order of the event's articles.
func (s *Site) eventMonthDeps(ev *timeline.Event, month string, indexes []int, runs *runCursor) uint64 {
	h := s.depsHasher("event")
	if h == nil {
		return 0
	}
	h.str("month")
	h.str(ev.ID)
	h.str(ev.Episode.ID)
	h.str(month)
	h.u64(uint64(len(indexes)))
	for _, i := range indexes {
		if a := runs.article(i); a != nil {
			h.u64(a.Hash)
		}
	}
	return h.sum()
}

// monthDeps hashes what a month page of a split episode shows: its events.
func (s *Site) monthDeps(ep *timeline.Episode, key string, events []*timeline.Event) uint64 {
	h := s.depsHasher("month")
	if h == nil {
		return 0
	}
	h.str(ep.ID)
	h.str(key)
	for _, ev := range events {
		h.u64(s.look.eventSum(ev))
	}
	return h.sum()
}

// listDeps hashes what a page of a list shows: its texts, its place among
// the list's n pages, and its events as eventDeps sees them (their rows
// show their date, headline, episode and counts, which those fix).
func (s *Site) listDeps(path, title, heading, lead, section string, search bool, total, n int, events []*timeline.Event) uint64 {
	h := s.depsHasher("list")
	if h == nil {
		return 0
	}
	for _, v := range []string{path, title, heading, lead, section} {
		h.str(v)
	}
	if search {
		h.str("search")
	}
	h.u64(uint64(total))
	h.u64(uint64(n))
	h.u64(uint64(len(events)))
	for _, ev := range events {
		h.u64(s.look.eventSum(ev))
	}
	return h.sum()
}

// sourcesDeps hashes what the list of a year's sources shows: its
// articles, each by what its file holds (which fixes its title, outlet,
// date and the events it reports).
func (s *Site) sourcesDeps(year int, arts []*timeline.Article) uint64 {
	h := s.depsHasher("sources")
	if h == nil {
		return 0
	}
	h.u64(uint64(year))
	h.u64(uint64(len(arts)))
	for _, a := range arts {
		h.u64(a.Hash)
		h.str(a.Slug)
	}
	return h.sum()
}

// depsHasher starts the deps of a page of kind; nil when the kind has no
// key, and its pages are then always computed.
func (s *Site) depsHasher(kind string) *hasher {
	k, ok := s.keys[kind]
	if !ok {
		return nil
	}
	h := newHasher()
	h.u64(k)
	return h
}

// kindKeys hashes, for each page kind, everything a page is drawn with
// besides its data: its templates, the interface text and about page, the
// assets' fingerprinted names and the configuration.
func (s *Site) kindKeys() map[string]uint64 {
	cfg, err := hashstructure.Hash(s.Config, nil)
	if err != nil {
		return nil // no keys: every page is computed
	}
	h := newHasher()
	h.u64(cfg)
	h.str(s.lang)
	h.str(string(s.about))
	h.u64(s.text.Key())
	keys := make([]string, 0, len(s.asset))
	for k := range s.asset {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		h.str(k)
		h.str(s.asset[k])
	}
	common := h.sum()
	out := make(map[string]uint64, len(s.tmpl)+1)
	// The data files depend on the configuration, not on the templates.
	d := newHasher()
	d.str("data")
	d.u64(cfg)
	out[dataKind] = d.sum()
	for kind, t := range s.tmpl {
		h := newHasher()
		h.u64(common)
		h.str(kind)
		h.u64(t)
		out[kind] = h.sum()
	}
	return out
}

// dataKind names, in keys, the key of the data files.
const dataKind = "data files"

// sourceKey hashes the sources of a template set.
func sourceKey(parts ...string) uint64 {
	h := newHasher()
	for _, p := range parts {
		h.str(p)
	}
	return h.sum()
}

// hasher hashes length-prefixed fields, so that ("ab", "c") and ("a",
// "bc") differ: strings eight bytes at a time, their last bytes one by one
// with FNV-1a, written out rather than hash/fnv's, which would copy every
// string it is given; words at once.
type hasher struct{ v uint64 }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func newHasher() *hasher { return &hasher{v: fnvOffset} }

// u64 mixes in a word at once, with MurmurHash3's finalizer: every bit
// of v and of the state reaches every bit of the result.
func (h *hasher) u64(v uint64) {
	x := h.v ^ v
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	h.v = x
}

func (h *hasher) str(s string) {
	h.u64(uint64(len(s)))
	// Eight bytes a word: rows and sentences are hashed by the thousand
	// in a rebuild, and a multiplication a byte showed in its profile.
	for ; len(s) >= 8; s = s[8:] {
		h.u64(uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56)
	}
	for i := 0; i < len(s); i++ {
		h.v ^= uint64(s[i])
		h.v *= fnvPrime
	}
}

// event hashes an event as its pages and its neighbours' pages see it: its
// id, its episode and its articles in order, which fix its mentions.
func (h *hasher) event(ev *timeline.Event) {
	h.str(ev.ID)
	h.str(ev.Episode.ID)
	h.u64(uint64(len(ev.Articles)))
	for _, a := range ev.Articles {
		h.u64(a.Hash) // the hash of the article's file, whose path and text fix its slug
	}
}

func (h *hasher) sum() uint64 { return h.v }

// eventSum hashes an event as hasher.event does, alone: the deps of the
// pages that show an event (its own, its month's, every list it is on)
// take this one word, computed once per build (lookup.eventSum), rather
// than the event's thousands of articles each.
func eventSum(ev *timeline.Event) uint64 {
	h := newHasher()
	h.event(ev)
	return h.sum()
}
