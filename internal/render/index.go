package render

import (
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

	// own indexes an event's mentions by source, each event when first
	// asked: a rebuild draws a few source pages, and indexing the
	// mentions of every event would cost it more than drawing them.
	mu  sync.Mutex
	own map[*timeline.Event]map[string][]int // indexes in ev.Mentions, in order
}

// newLookup indexes t: one pass over its articles and its events.
func newLookup(t *timeline.Timeline) *lookup {
	l := &lookup{
		filters:  make(map[*timeline.Event]FilterData, len(t.Events)),
		articles: make(map[string]*timeline.Article, len(t.Articles)),
		own:      map[*timeline.Event]map[string][]int{},
		outlets:  map[string]string{},
	}
	for _, a := range t.Articles {
		l.articles[a.Slug] = a
		if _, ok := l.outlets[a.Source]; !ok {
			l.outlets[a.Source] = outletKey(a.Source)
		}
	}
	for _, ev := range t.Events {
		l.filters[ev] = filterOf(ev, l.outlets)
	}
	return l
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
	return filterOf(ev, nil)
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
func filterOf(ev *timeline.Event, keys map[string]string) FilterData {
	var outlets []string
	seen := map[string]bool{}
	for _, a := range ev.Articles {
		k, ok := keys[a.Source]
		if !ok {
			k = outletKey(a.Source)
		}
		if k != "" && !seen[k] {
			seen[k] = true
			outlets = append(outlets, k)
		}
	}
	sort.Strings(outlets)
	return FilterData{Episode: ev.Episode.ID, Outlets: strings.Join(outlets, " "), Sources: len(ev.Articles)}
}
