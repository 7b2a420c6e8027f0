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
// nothing of the timeline beyond what eventDeps, sourceDeps and monthDeps
// hash below. A view that starts showing more (an episode's count on an
// event page, say) must hash it here too; the build's
// incremental-equals-clean tests catch the omission.

import (
	"encoding/binary"
	"hash"
	"hash/fnv"
	"sort"

	"github.com/gohugoio/hashstructure"

	"timeline/internal/timeline"
)

// Key returns the hash of exactly what the page shows: its data and the
// other fields of the page, with its templates, the interface text, the
// assets and the configuration. Two pages with the same key render to the
// same bytes.
func (s *Site) Key(p *Page) (uint64, error) {
	v, err := hashstructure.Hash(p, nil)
	if err != nil {
		return 0, err
	}
	h := newHasher()
	h.u64(s.keys[p.Kind])
	h.u64(v)
	return h.sum(), nil
}

// lazy returns the page make builds, or, when reuse says the caller has
// the page of that path with those deps, a page without its data.
func (s *Site) lazy(kind, path string, deps uint64, reuse func(string, uint64) bool, make func() *Page) *Page {
	if reuse != nil && deps != 0 && reuse(path, deps) {
		return &Page{Kind: kind, Path: path, Deps: deps}
	}
	p := make()
	p.Deps = deps
	return p
}

// eventDeps hashes what an event page shows: the event, its articles and
// the ids of the events before and after it.
func (s *Site) eventDeps(ev *timeline.Event) uint64 {
	h := s.depsHasher("event")
	if h == nil {
		return 0
	}
	h.event(ev)
	for _, n := range []*timeline.Event{ev.Prev, ev.Next} {
		if n != nil {
			h.str(n.ID)
		} else {
			h.str("")
		}
	}
	return h.sum()
}

// sourceDeps hashes what a source page shows: the article and each event
// it reports, with the event's other articles.
func (s *Site) sourceDeps(a *timeline.Article) uint64 {
	h := s.depsHasher("source")
	if h == nil {
		return 0
	}
	h.u64(a.Hash)
	h.str(a.Slug)
	for _, ev := range a.Events {
		h.event(ev)
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
		h.event(ev)
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
	for _, m := range []map[string]string{s.text, s.asset} {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			h.str(k)
			h.str(m[k])
		}
	}
	common := h.sum()
	out := make(map[string]uint64, len(s.tmpl))
	for kind, t := range s.tmpl {
		h := newHasher()
		h.u64(common)
		h.str(kind)
		h.u64(t)
		out[kind] = h.sum()
	}
	return out
}

// sourceKey hashes the sources of a template set.
func sourceKey(parts ...string) uint64 {
	h := newHasher()
	for _, p := range parts {
		h.str(p)
	}
	return h.sum()
}

// hasher is FNV-1a over length-prefixed fields, so that ("ab", "c") and
// ("a", "bc") differ.
type hasher struct {
	h   hash.Hash64
	buf [8]byte
}

func newHasher() *hasher { return &hasher{h: fnv.New64a()} }

func (h *hasher) u64(v uint64) {
	binary.LittleEndian.PutUint64(h.buf[:], v)
	h.h.Write(h.buf[:])
}

func (h *hasher) str(s string) {
	h.u64(uint64(len(s)))
	h.h.Write([]byte(s))
}

// event hashes an event as its pages and its neighbours' pages see it: its
// id, its episode and its articles in order, which fix its mentions.
func (h *hasher) event(ev *timeline.Event) {
	h.str(ev.ID)
	h.str(ev.Episode.ID)
	h.u64(uint64(len(ev.Articles)))
	for _, a := range ev.Articles {
		h.u64(a.Hash)
		h.str(a.Slug)
	}
}

func (h *hasher) sum() uint64 { return h.h.Sum64() }
