package render

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"timeline/internal/timeline"
)

// lookup indexes the timeline once per build for what the views of many
// pages ask again and again: an event's filter data, the article of a
// mention, an article's own mentions of an event. Without it a source
// page scans every mention and article of each of its events, and the
// events every article cites ("2016") have thousands of each.
type lookup struct {
	filters  map[*timeline.Event]FilterData
	articles map[string]*timeline.Article // by slug
	outlets  map[string]string            // outlet name → outletKey
	outletOf map[*timeline.Article]string // an article's outletKey

	// own indexes an event's mentions by source, each event when first
	// asked: a rebuild draws a few source pages, and indexing the
	// mentions of every event would cost it more than drawing them.
	mu  sync.Mutex
	own map[*timeline.Event]map[string][]int // indexes in ev.Mentions, in order
	// sums hashes each event as eventDeps does (hasher.event), each
	// when first asked: the rows of an event cited by every article
	// ("2016") are on a hundred list pages.
	sums map[*timeline.Event]uint64
}

// newLookup indexes t: one pass over its articles and its events.
func newLookup(t *timeline.Timeline) *lookup {
	l := &lookup{
		filters:  make(map[*timeline.Event]FilterData, len(t.Events)),
		articles: make(map[string]*timeline.Article, len(t.Articles)),
		own:      map[*timeline.Event]map[string][]int{},
		sums:     map[*timeline.Event]uint64{},
		outlets:  map[string]string{},
		outletOf: make(map[*timeline.Article]string, len(t.Articles)),
	}
	for _, a := range t.Articles {
		l.articles[a.Slug] = a
		k, ok := l.outlets[a.Source]
		if !ok {
			k = outletKey(a.Source)
			l.outlets[a.Source] = k
		}
		l.outletOf[a] = k
	}
	for _, ev := range t.Events {
		l.filters[ev] = filterOf(ev, l)
	}
	return l
}

// eventSum returns the hash of ev as hasher.event writes it.
func (l *lookup) eventSum(ev *timeline.Event) uint64 {
	l.mu.Lock()
	v, ok := l.sums[ev]
	l.mu.Unlock()
	if ok {
		return v
	}
	h := newHasher()
	h.event(ev)
	v = h.sum()
	l.mu.Lock()
	if l.sums != nil {
		l.sums[ev] = v
	}
	l.mu.Unlock()
	return v
}

// outlet returns outletKey(name), computed once per build for the
// outlets of the timeline: listings ask it for every article of every
// event they show.
func (l *lookup) outlet(name string) string {
	if k, ok := l.outlets[name]; ok {
		return k
	}
	return outletKey(name)
}

// filter returns what the filters need to know of ev.
func (l *lookup) filter(ev *timeline.Event) FilterData {
	if f, ok := l.filters[ev]; ok {
		return f
	}
	return filterOf(ev, l)
}

// article returns the article of ev with slug, or nil.
func (l *lookup) article(ev *timeline.Event, slug string) *timeline.Article {
	if a, ok := l.articles[slug]; ok {
		return a
	}
	for _, a := range ev.Articles {
		if a.Slug == slug {
			return a
		}
	}
	return nil
}

// mentionsOf returns the indexes in ev.Mentions of the mentions of slug.
func (l *lookup) mentionsOf(ev *timeline.Event, slug string) []int {
	if l.own != nil {
		l.mu.Lock()
		own, ok := l.own[ev]
		l.mu.Unlock()
		if !ok {
			own = map[string][]int{}
			for i, m := range ev.Mentions {
				own[m.Source] = append(own[m.Source], i)
			}
			l.mu.Lock()
			l.own[ev] = own
			l.mu.Unlock()
		}
		return own[slug]
	}
	var out []int
	for i, m := range ev.Mentions {
		if m.Source == slug {
			out = append(out, i)
		}
	}
	return out
}

// filterOf computes the filter data of ev; keys caches outletKey by
// outlet name when not nil.
func filterOf(ev *timeline.Event, l *lookup) FilterData {
	var outlets []string
	for _, a := range ev.Articles {
		if k := l.articleOutlet(a); k != "" && !slices.Contains(outlets, k) {
			outlets = append(outlets, k)
		}
	}
	sort.Strings(outlets)
	return FilterData{Episode: ev.Episode.ID, Outlets: strings.Join(outlets, " "), Sources: len(ev.Articles)}
}

// articleOutlet returns outletKey of a's outlet, computed once per build
// for the articles of the timeline.
func (l *lookup) articleOutlet(a *timeline.Article) string {
	if k, ok := l.outletOf[a]; ok {
		return k
	}
	return l.outlet(a.Source)
}
