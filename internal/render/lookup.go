package render

import (
	"slices"
	"sort"
	"strings"

	"timeline/internal/address"
	"timeline/internal/datefmt"
	"timeline/internal/dates"
	"timeline/internal/timeline"
)

// lookup indexes the timeline once per build for what the views of many
// pages ask again and again: an event's filter data, the article of a
// mention, an event's outlets. Without it a page scans every mention and
// article of each of its events, and the events every article cites
// ("2016") have thousands of each.
type lookup struct {
	articles map[string]*timeline.Article // by slug
	outlets  map[string]string            // outlet name → outletKey

	// What comes one per article is kept by its rank, one per event by
	// its place in the timeline: slices, where maps by pointer showed in
	// the profile of a rebuild (an event is asked for each of its
	// thousands of articles).
	ranked   []*timeline.Article     // the timeline's articles, by rank
	outletOf []int                   // by rank: the article's outlet in byID, -1 for none
	events   map[*timeline.Event]int // place in the timeline
	reports  [][]outletRef           // by event: its outlets, in order of their first article
	filters  []FilterData            // by event
	list     []*outlet               // every named outlet, by key (see outletList)
	byID     []*outlet               // the same, by id (outletOf)
	months   map[int]string          // year×12 + month → "2006-01", as asked (see month)
	places   []*timeline.Place       // the timeline's
	actors   []*timeline.Actor
	lex      *timeline.Lexicons

	// By rank, what each quotation of an article shows of it, made once
	// per article rather than for each of its quotations, twice each, and
	// for each event around it: millions of strings on a large site.
	hrefs     []string // deepRoot + address.Source(slug), its page's address from an event or source page
	lang      string   // the language published is formatted in (the site's)
	published []string // datefmt.Time(Published, lang)
}

// deepRoot is the root of the pages two folders deep: event, source,
// episode and outlet pages.
const deepRoot = "../../"

// outletRef is an outlet reporting an event: its key, and its name as the
// event's first article from it writes it.
type outletRef struct {
	key  string
	name string
}

// newLookup indexes t: one pass over its articles and one over its
// events' articles.
func newLookup(t *timeline.Timeline, lang string) *lookup {
	l := &lookup{
		hrefs:     make([]string, len(t.Articles)),
		lang:      lang,
		published: make([]string, len(t.Articles)),
		articles:  make(map[string]*timeline.Article, len(t.Articles)),
		outlets:   map[string]string{},
		ranked:    t.Articles,
		outletOf:  make([]int, len(t.Articles)),
		months:    map[int]string{},
		events:    make(map[*timeline.Event]int, len(t.Events)),
		places:    t.Places,
		actors:    t.Actors,
		lex:       t.Lexicons,
		reports:   make([][]outletRef, len(t.Events)),
		filters:   make([]FilterData, len(t.Events)),
	}
	ids := map[string]int{}
	for i, a := range t.Articles {
		l.articles[a.Slug] = a
		l.hrefs[i] = deepRoot + address.Source(a.Slug)
		// The articles are in order of publication: most share their day
		// with the one before, and its words.
		if day := dates.DayOf(a.Published); i > 0 && day == dates.DayOf(t.Articles[i-1].Published) {
			l.published[i] = l.published[i-1]
		} else {
			l.published[i] = datefmt.Short(day, lang)
		}
		k, ok := l.outlets[a.Outlet]
		if !ok {
			k = address.OutletKey(a.Outlet)
			l.outlets[a.Outlet] = k
		}
		if k == "" {
			l.outletOf[i] = -1
			continue
		}
		id, ok := ids[k]
		if !ok {
			id = len(l.byID)
			ids[k] = id
			l.byID = append(l.byID, &outlet{Key: k, Name: a.Outlet})
		}
		l.outletOf[i] = id
		l.byID[id].Articles++
	}
	seen := make([]int, len(l.byID)) // by outlet: 1 + the last event it was found reporting
	most := 0                        // outlets reporting an event, at the most: refs is not grown
	for _, ev := range t.Events {
		most += min(len(ev.Articles), len(l.byID))
	}
	refs := make([]outletRef, 0, most)
	for e, ev := range t.Events {
		l.events[ev] = e
		start := len(refs)
		for _, a := range ev.Articles {
			if id := l.articleOutletID(a); id >= 0 && seen[id] != e+1 {
				seen[id] = e + 1
				refs = append(refs, outletRef{l.byID[id].Key, a.Outlet})
				l.byID[id].Events = append(l.byID[id].Events, ev)
			}
		}
		l.reports[e] = refs[start:len(refs):len(refs)]
		l.filters[e] = filterData(ev, l.reports[e])
	}
	l.list = slices.Clone(l.byID)
	sort.Slice(l.list, func(i, j int) bool { return l.list[i].Key < l.list[j].Key })
	return l
}

// outlet returns address.OutletKey(name), computed once per build for the
// outlets of the timeline: listings ask it for every article of every
// event they show.
func (l *lookup) outlet(name string) string {
	if k, ok := l.outlets[name]; ok {
		return k
	}
	return address.OutletKey(name)
}

// filter returns what the filters need to know of ev.
func (l *lookup) filter(ev *timeline.Event) FilterData {
	if e, ok := l.events[ev]; ok {
		return l.filters[e]
	}
	return filterData(ev, l.eventOutlets(ev))
}

// eventOutlets returns the outlets that report ev, each as the first of
// its articles from it names it, in order of those articles.
func (l *lookup) eventOutlets(ev *timeline.Event) []outletRef {
	if e, ok := l.events[ev]; ok {
		return l.reports[e]
	}
	var refs []outletRef
	for _, a := range ev.Articles {
		if k := l.articleOutlet(a); k != "" && !slices.ContainsFunc(refs, func(r outletRef) bool { return r.key == k }) {
			refs = append(refs, outletRef{k, a.Outlet})
		}
	}
	return refs
}

// outletList returns every named outlet of the timeline, by key, with
// its count of articles and the events they report, in date order.
func (l *lookup) outletList() []*outlet { return l.list }

// indexed reports whether a is the article of its rank in the timeline
// l indexes.
func (l *lookup) indexed(a *timeline.Article) bool {
	r := a.Rank()
	return r < len(l.ranked) && l.ranked[r] == a
}

// sourceHref returns root + address.Source(a.Slug), the address of a's page
// from a page at root.
func (l *lookup) sourceHref(root string, a *timeline.Article) string {
	if root == deepRoot && l.indexed(a) {
		return l.hrefs[a.Rank()]
	}
	return root + address.Source(a.Slug)
}

// publishedOn returns datefmt.Time(a.Published, lang).
func (l *lookup) publishedOn(a *timeline.Article, lang string) string {
	if lang == l.lang && l.indexed(a) {
		return l.published[a.Rank()]
	}
	return datefmt.Time(a.Published, lang)
}

// articleOutletID returns the id of a's outlet in l.byID, or -1 when it
// has none or is not of the timeline l indexes.
func (l *lookup) articleOutletID(a *timeline.Article) int {
	if l.indexed(a) {
		return l.outletOf[a.Rank()]
	}
	return -1
}

// month returns the month a was published in, "2006-01", formatted once
// per build for each month: the months of the events quoted more than
// eventMentions times ask it for nearly every article, and formatting a
// time showed in the profile of a rebuild. Only the goroutine that plans
// the pages calls it.
func (l *lookup) month(a *timeline.Article) string {
	y, m, _ := a.Published.Date()
	k := y*12 + int(m)
	s, ok := l.months[k]
	if !ok {
		s = a.Published.Format("2006-01")
		if l.months != nil {
			l.months[k] = s
		}
	}
	return s
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

// articleOutlet returns outletKey of a's outlet, computed once per build
// for the articles of the timeline.
func (l *lookup) articleOutlet(a *timeline.Article) string {
	if !l.indexed(a) {
		return l.outlet(a.Outlet)
	}
	if id := l.outletOf[a.Rank()]; id >= 0 {
		return l.byID[id].Key
	}
	return ""
}

// mentionsOf returns the indexes in ev.Mentions of the mentions of a:
// its run (timeline.Event.Run), found by its place among ev's articles.
func (l *lookup) mentionsOf(ev *timeline.Event, a *timeline.Article) []int {
	var out []int
	if i := ev.Index(a); i >= 0 {
		from, to := ev.Run(i)
		for m := from; m < to; m++ {
			out = append(out, m)
		}
		return out
	}
	for i, m := range ev.Mentions {
		if m.Slug == a.Slug {
			out = append(out, i)
		}
	}
	return out
}

// filterData returns the filter data of ev, reported by the outlets of refs.
func filterData(ev *timeline.Event, refs []outletRef) FilterData {
	keys := make([]string, len(refs))
	for i, r := range refs {
		keys[i] = r.key
	}
	sort.Strings(keys)
	return FilterData{Episode: ev.Episode.ID, Outlets: strings.Join(keys, " "), Sources: corroborated(ev),
		Places: strings.Join(ev.Places, " "), Actors: strings.Join(ev.Actors, " "), Kinds: strings.Join(ev.Kinds, " ")}
}
