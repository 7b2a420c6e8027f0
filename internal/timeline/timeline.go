// Package timeline turns articles into the site's data model: events (one
// per date at one precision, with every sentence that carries it), the
// episodes they fall in, and the cross-links between events and the
// articles that report them.
//
// It reads no files and writes no HTML: it is handed articles and the
// site's configuration, and hands a Timeline to the renderer.
package timeline

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gohugoio/hashstructure"

	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/edits"
	"timeline/internal/store"
)

// Timeline is the whole site's data.
type Timeline struct {
	Episodes []*Episode // in calendar order
	Events   []*Event   // sorted by date
	Articles []*Article // sorted by publication date, then slug
	// Places and Actors are those of the gazetteer that the events name,
	// in the gazetteer's order.
	Places   []*Place
	Actors   []*Actor
	Lexicons *Lexicons // what the sentences were read with: the names of the places, actors and kinds
}

// Episode is a period of the conflict with the events that fall in it.
type Episode struct {
	config.Episode
	Events   []*Event   `key:"-"`
	Articles []*Article `key:"-"` // the articles that report its events
}

// Ref returns what names the episode for good: its id, "" for none.
// (What else it is comes from site.toml, which every page's key covers.)
func (ep *Episode) Ref() string {
	if ep == nil {
		return ""
	}
	return ep.ID
}

// Event is everything the sources say about one date at one precision.
//
// Its Key covers everything it holds but its links to other entities,
// which count by their identity (its episode, its neighbours): the key
// method is written by keygen from the fields below (keys_gen.go), so a
// field added here is in the key, unless tagged out.
type Event struct {
	ID       string // from the date alone, so links stay stable as articles are added
	Date     dates.Date
	Episode  *Episode   `key:"ref"` // the episode it overlaps most
	Episodes []*Episode `key:"ref"` // every episode it overlaps, in order; Episode among them
	Title    string     // the headline of its first happening
	// Happenings are the distinct things its mentions report, the most
	// reported first (see Happening).
	Happenings []Happening `key:"-"` // hashed once when made, in happKey
	Outlets    int         // distinct outlets reporting any of its happenings happening
	// What its happenings name and signal (see Lexicons), each id once,
	// in the order of its happenings, and the figures they give.
	Places   []string   `key:"-"` // hashed with Happenings, in happKey
	Actors   []string   `key:"-"`
	Kinds    []string   `key:"-"`
	Claims   []Claim    `key:"-"`
	Mentions []Mention  `key:"-"` // hashed once when made, in runKeys
	Articles []*Article // the distinct articles of the mentions, in mention order
	Prev     *Event     `key:"ref"`
	Next     *Event     `key:"ref"`
	runs     []int      // where the mentions of each of Articles start in Mentions (see Run)
	runKeys  []uint64   // see RunKey
	// happKey is the hash of Happenings, made when they are (happen,
	// edit) and kept with them: hashing every happening's headline at
	// every rebuild cost it tens of milliseconds for the few that change.
	happKey uint64
	key     uint64 `key:"-"`
}

// Ref returns what names the event for good: its id; "" for none.
func (ev *Event) Ref() string {
	if ev == nil {
		return ""
	}
	return ev.ID
}

// Key returns the hash of everything the event holds (see Event); 0 for
// none.
func (ev *Event) Key() uint64 {
	if ev == nil {
		return 0
	}
	return ev.key
}

// RunKey returns the key of the mentions of ev.Articles[i] (see Run),
// what an article says of the event: the event's id, the article's key
// and how many they are. An article's mentions are what its extraction
// finds in its file, which its key covers (its Hash: the file's bytes;
// its Language); those of the event are those of its date. Hashing the
// mentions themselves, every sentence of the timeline, cost every
// build, cold or rebuild, time on its critical path, for what the
// article's key already covers.
func (ev *Event) RunKey(i int) uint64 {
	if i < 0 || i >= len(ev.runKeys) {
		return 0
	}
	return ev.runKeys[i]
}

// Run returns where the mentions of ev.Articles[i] stand in ev.Mentions,
// which has each article's together: ev.Mentions[from:to].
func (ev *Event) Run(i int) (from, to int) {
	if len(ev.runs) != len(ev.Articles) { // an event Build did not make
		from = 0
		for k := 0; k < i; k++ {
			for from < len(ev.Mentions) && ev.Mentions[from].Slug == ev.Articles[k].Slug {
				from++
			}
		}
		to = from
		for to < len(ev.Mentions) && ev.Mentions[to].Slug == ev.Articles[i].Slug {
			to++
		}
		return from, to
	}
	from, to = ev.runs[i], len(ev.Mentions)
	if i+1 < len(ev.runs) {
		to = ev.runs[i+1]
	}
	return from, to
}

// Article is an article as the timeline cites it: its facts, not its text
// (the site publishes short quotations, not the articles).
//
// Its Key covers its facts and the ids of its events (keys_gen.go, as
// for Event); its mentions, which its Hash fixes, count in its events'.
type Article struct {
	Slug      string
	Title     string
	Outlet    string // the outlet (front matter's source)
	URL       string
	Published time.Time
	Language  string
	Path      string   // the article's file, for messages
	Hash      uint64   // content.Article.Hash: for one site.toml, the article's facts and mentions depend on nothing else
	Events    []*Event `key:"ref"`
	Mentions  int      // how many mentions it contributes
	input     int      `key:"-"` // its place in the articles Build was given
	page      string   `key:"-"` // the page it was saved from, for counting articles (see content.Article.Page)
	outlet    string   `key:"-"` // its outlet, for counting outlets (see outletKey)
	outletID  int32    `key:"-"` // its outlet's number among the timeline's (see outletKey); Outlet and URL are in the key
	pageID    int32    `key:"-"` // its page's number among the timeline's
	rank      int      `key:"-"` // its place in Timeline.Articles, in order of publication: an index, not a fact
	// ext is the key of the extraction it was built from (see
	// Extraction.Key): a later Build given the same knows the article's
	// mentions are the same.
	ext uint64 `key:"-"`
	key uint64 `key:"-"`
}

// Key returns the hash of the article's facts and events (see Article);
// 0 for none.
func (a *Article) Key() uint64 {
	if a == nil {
		return 0
	}
	return a.key
}

// EventID returns the id of the event of date d: its EDTF value in lower
// case ("2023-09-19", "2022-12", "199x"). It depends on nothing else, so
// adding articles never changes an existing link.
func EventID(d dates.Date) string { return strings.ToLower(d.String()) }

// Build assembles the timeline from articles and their extractions
// (extractions[i] belongs to arts[i]). Dates that fall in no episode are
// reported and left out.
//
// With a store, it starts from the timeline the last build with that
// store made of the same site.toml (kept in memory only: serve's): an
// event whose mentions come from extractions of the same keys (see
// Extraction.Key), in the same order, takes that timeline's mentions and
// headline rather than copying them again. That is most events: a new
// article changes its own, and each mention of the others would
// otherwise be copied at every rebuild. It changes nothing of the last
// timeline, and the mentions the two share are not changed afterwards by
// anyone.
//
// The editors' entries (content/events.toml) give happenings their
// headlines and summaries; an entry that picks none or several is
// reported.
func Build(site *config.Site, lx *Lexicons, arts []*content.Article, exts []Extraction, entries []edits.Entry, st *store.Store) (*Timeline, diag.List) {
	// Another site.toml makes another timeline (its episodes file the
	// events): a key of 0, when it cannot be hashed, keeps nothing.
	key, _ := hashstructure.Hash(site, nil)
	prev, _ := last.Get(st, key)
	t, probs := build(prev, site, lx, arts, exts, entries)
	if key != 0 {
		last.Put(st, key, t)
	}
	return t, probs
}

// last is the timeline of the last build, by the key of its site.toml.
var last = &store.Table[*Timeline]{Name: "timeline"}

// build is Build from the last timeline prev, nil for none.
func build(prev *Timeline, site *config.Site, lx *Lexicons, arts []*content.Article, exts []Extraction, entries []edits.Entry) (*Timeline, diag.List) {
	t := newTimeline(prev, site, arts, exts)
	t.Lexicons = lx
	// Mentions are gathered article by article in order of publication,
	// so that each event's come in that order without sorting them. A
	// first pass finds each mention's event and counts, so that the
	// second copies every mention once into slices of the right size: a
	// slice grown mention by mention copied 10,000 articles' mentions
	// about twice over.
	tl, probs := t.count(prev, site, exts)
	t.reserve(tl)
	t.gather(tl, exts)
	t.link()
	probs = append(probs, t.edit(entries)...)
	t.episodeArticles()
	t.placesAndActors()
	t.makeKeys()
	return t, probs
}

// newTimeline returns the timeline of the site's episodes and of arts, in
// order of publication, without events yet; prev, the last build's (nil
// for none), lends the pages and outlets of the articles it had.
func newTimeline(prev *Timeline, site *config.Site, arts []*content.Article, exts []Extraction) *Timeline {
	t := &Timeline{}
	for _, e := range site.Episodes {
		t.Episodes = append(t.Episodes, &Episode{Episode: e})
	}
	var before map[string]*Article
	if prev != nil {
		before = make(map[string]*Article, len(prev.Articles))
		for _, a := range prev.Articles {
			before[a.Slug] = a
		}
	}
	t.Articles = make([]*Article, len(arts))
	for i, a := range arts {
		art := &Article{Slug: a.Slug, Title: a.Title, Outlet: a.Outlet, URL: a.URL,
			Published: a.Published, Language: a.Language, Path: a.Path, Hash: a.Hash, input: i, ext: exts[i].Key}
		if b := before[a.Slug]; b != nil && b.URL == a.URL && b.Outlet == a.Outlet {
			art.page, art.outlet = b.page, b.outlet // parsing 10,000 urls at every rebuild cost 10 ms
		} else {
			art.page, art.outlet = a.Page(), outletKey(art)
			if art.page == "" {
				art.page = "\x00" + a.Slug // an article without a url is its own page
			}
		}
		t.Articles[i] = art
	}
	sort.SliceStable(t.Articles, func(i, j int) bool { return articleLess(t.Articles[i], t.Articles[j]) })
	// Outlets and pages by number, for happenings to count them without
	// hashing their names at every mention.
	outlets, pages := map[string]int32{}, map[string]int32{}
	number := func(m map[string]int32, k string) int32 {
		n, ok := m[k]
		if !ok {
			n = int32(len(m))
			m[k] = n
		}
		return n
	}
	for i, a := range t.Articles {
		a.rank = i
		a.outletID, a.pageID = number(outlets, a.outlet), number(pages, a.page)
	}
	return t
}

// tally is what the first pass over the mentions finds, for the second to
// copy them into slices of the right size.
type tally struct {
	counts   []gather // by index in Timeline.Events
	eventsOf []int    // by rank: how many events an article reports
	where    []int32  // each mention's event, -1 for none, in gathering order
	pairs    int      // how many (event, article) pairs: the sum of counts' articles
}

// count is the first pass: it makes the event of each date the mentions
// resolve to, in t.Events, and counts each event's mentions and articles.
// A mention whose date falls in no episode is reported and left out.
func (t *Timeline) count(prev *Timeline, site *config.Site, exts []Extraction) (tally, diag.List) {
	var probs diag.List
	episodes := map[string]*Episode{}
	for _, ep := range t.Episodes {
		episodes[ep.ID] = ep
	}
	events := map[dates.Date]int{} // index in t.Events
	var before map[dates.Date]*Event
	if prev != nil {
		before = make(map[dates.Date]*Event, len(prev.Events))
		for _, ev := range prev.Events {
			before[ev.Date] = ev
		}
	}
	var counts []gather
	eventsOf := make([]int, len(t.Articles))
	total := 0
	for _, x := range exts {
		total += len(x.Mentions)
	}
	where := make([]int32, 0, total)
	for _, art := range t.Articles {
		ms := exts[art.input].Mentions
		for j := range ms {
			m := &ms[j] // not copied: a mention is some two hundred bytes
			k, ok := events[m.Date]
			if !ok {
				e, found := site.Episode(m.Date)
				if !found {
					probs.Add(diag.Warnf(art.Path, m.Line, m.Col, "%q resolves to %s, which falls in no episode of site.toml (extend the first or last episode)", m.Expression, m.Date))
					where = append(where, -1)
					continue
				}
				k = len(t.Events)
				events[m.Date] = k
				ev := &Event{ID: EventID(m.Date), Date: m.Date, Episode: episodes[e.ID]}
				for _, ep := range t.Episodes {
					if ep.Contains(m.Date) {
						ev.Episodes = append(ev.Episodes, ep)
					}
				}
				t.Events = append(t.Events, ev)
				counts = append(counts, gather{prev: before[m.Date]})
			}
			where = append(where, int32(k))
			g := &counts[k]
			g.mentions++
			if g.last != art {
				g.last = art
				g.articles++
				eventsOf[art.rank]++
				g.compare(art)
			}
		}
	}
	pairs := 0
	for _, g := range counts {
		pairs += g.articles
	}
	return tally{counts: counts, eventsOf: eventsOf, where: where, pairs: pairs}, probs
}

// reserve gives each event its slices of articles and runs, carved from
// two arrays for all, and its mentions: prev's when they are the same (see
// gather.same), else an empty slice of the right size.
func (t *Timeline) reserve(tl tally) {
	evArts := make([]*Article, 0, tl.pairs)
	runs := make([]int, 0, tl.pairs)
	for k, ev := range t.Events {
		g := &tl.counts[k]
		ev.Articles = evArts[len(evArts) : len(evArts) : len(evArts)+g.articles]
		evArts = evArts[:len(evArts)+g.articles]
		ev.runs = runs[len(runs) : len(runs) : len(runs)+g.articles]
		runs = runs[:len(runs)+g.articles]
		if g.same() {
			ev.Mentions, ev.Title = g.prev.Mentions, g.prev.Title
			ev.Happenings, ev.Outlets, ev.happKey = g.prev.Happenings, g.prev.Outlets, g.prev.happKey
			ev.Places, ev.Actors, ev.Kinds, ev.Claims = g.prev.Places, g.prev.Actors, g.prev.Kinds, g.prev.Claims
		} else {
			// Each event's own array: one for all would be kept whole by
			// the events of later rebuilds that take their mentions.
			ev.Mentions = make([]Mention, 0, g.mentions)
		}
		g.last, g.n, g.placed = nil, 0, 0
	}
}

// gather is the second pass: it gives each article its slice of events
// and fills each event's articles, runs and mentions, copying each
// mention once, unless the event took prev's.
func (t *Timeline) gather(tl tally, exts []Extraction) {
	artEvents := make([]*Event, 0, tl.pairs)
	w := 0
	for _, art := range t.Articles {
		n := tl.eventsOf[art.rank]
		art.Events = artEvents[len(artEvents) : len(artEvents) : len(artEvents)+n]
		artEvents = artEvents[:len(artEvents)+n]
		ms := exts[art.input].Mentions
		for j := range ms {
			k := int(tl.where[w])
			w++
			if k < 0 {
				continue
			}
			ev, g := t.Events[k], &tl.counts[k]
			// An article's mentions of the event come together: n
			// counts them.
			if g.last != art {
				g.last, g.n = art, 0
				ev.Articles = append(ev.Articles, art)
				ev.runs = append(ev.runs, g.placed)
			}
			g.n++
			g.placed++
			art.Mentions++
			if g.kept {
				continue
			}
			ev.Mentions = append(ev.Mentions, ms[j])
			if m := &ev.Mentions[len(ev.Mentions)-1]; m.Anchor == "" {
				m.Anchor = anchorOf(m.Slug, g.n) // an extraction not made by Extract
			}
		}
	}
}

// link sorts the events by date and links them: each to the one before and
// after it, to its articles and to the episodes it overlaps. An event
// without prev's happenings finds its own (see Event.happen).
func (t *Timeline) link() {
	sort.Slice(t.Events, func(i, j int) bool { return t.Events[i].Date.Compare(t.Events[j].Date) < 0 })
	t.happen()
	for i, ev := range t.Events {
		if i > 0 {
			ev.Prev = t.Events[i-1]
			t.Events[i-1].Next = ev
		}
		for _, a := range ev.Articles {
			a.Events = append(a.Events, ev)
		}
		for _, ep := range ev.Episodes {
			ep.Events = append(ep.Events, ev)
		}
	}
}

// happen finds the happenings of the events that do not have the last
// timeline's (see Event.happen), each event on its own, in parallel.
func (t *Timeline) happen() {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(1, len(t.Events)/64)) {
		wg.Go(func() {
			sc := newHappenScratch()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(t.Events) {
					return
				}
				if ev := t.Events[i]; ev.Happenings == nil {
					ev.happen(sc)
					ev.Title = ev.Happenings[0].Title
				}
			}
		})
	}
	wg.Wait()
}

// episodeArticles gives each episode the articles that report its events,
// in order of publication: t.Articles is.
func (t *Timeline) episodeArticles() {
	in := make([]int, len(t.Articles)) // by rank: 1 + the last episode that has the article
	for e, ep := range t.Episodes {
		n := 0
		for _, ev := range ep.Events {
			for _, a := range ev.Articles {
				if in[a.rank] != e+1 {
					in[a.rank] = e + 1
					n++
				}
			}
		}
		if n == 0 {
			continue
		}
		ep.Articles = make([]*Article, 0, n)
		for _, a := range t.Articles {
			if in[a.rank] == e+1 {
				ep.Articles = append(ep.Articles, a)
			}
		}
	}
}

// makeKeys hashes each article, then each event, which counts its
// articles by their keys and its mentions by its runs (see RunKey).
func (t *Timeline) makeKeys() {
	for _, a := range t.Articles {
		h := store.NewHash()
		a.hashKey(&h)
		a.key = h.Sum()
	}
	for _, ev := range t.Events {
		ev.runKeys = make([]uint64, len(ev.Articles))
		for i, a := range ev.Articles {
			from, to := ev.Run(i)
			h := store.NewHash()
			h.Text(ev.ID)
			h.Word(a.key)
			// What the mentions were read with (the extraction's key: the
			// article's bytes, the site's language and lexicons): an edit
			// of content/places.toml changes the places, actors and
			// figures of mentions whose text did not change.
			h.Word(a.ext)
			h.Word(uint64(to - from))
			ev.runKeys[i] = h.Sum()
		}
		h := store.NewHash()
		ev.hashKey(&h)
		ev.key = h.Sum()
	}
}

// gather is what Build knows of an event while it gathers its mentions.
type gather struct {
	mentions, articles int      // how many mentions and distinct articles
	last               *Article // the article of the last mention gathered
	n                  int      // how many of its mentions of the event, so far
	placed             int      // how many mentions of the event, so far

	prev    *Event // the event of the same date in the last build's timeline
	differs bool   // its articles are not this one's, from the same extractions
	kept    bool   // the event takes prev's mentions (see same)
}

// compare checks the event's next article, art, against prev's.
func (g *gather) compare(art *Article) {
	if g.prev == nil || g.differs {
		return
	}
	i := g.articles - 1 // art's place in the event
	if i >= len(g.prev.Articles) || art.ext == 0 || g.prev.Articles[i].ext != art.ext {
		g.differs = true
	}
}

// same reports whether the event's mentions are prev's: the same
// articles in the same order, each from the same extraction, make the
// same mentions with the same anchors. It sets kept.
func (g *gather) same() bool {
	g.kept = g.prev != nil && !g.differs && g.articles == len(g.prev.Articles) && g.mentions == len(g.prev.Mentions)
	return g.kept
}

// Rank returns a's place in Timeline.Articles, in order of publication:
// a renderer can keep what it computes per article in a slice by rank.
func (a *Article) Rank() int { return a.rank }

// Index returns the position of a in ev.Articles, which are in order of
// publication, or -1 when a does not report ev.
func (ev *Event) Index(a *Article) int {
	i := sort.Search(len(ev.Articles), func(i int) bool { return ev.Articles[i].rank >= a.rank })
	if i < len(ev.Articles) && ev.Articles[i] == a {
		return i
	}
	return -1
}

func articleLess(a, b *Article) bool {
	if !a.Published.Equal(b.Published) {
		return a.Published.Before(b.Published)
	}
	return a.Slug < b.Slug
}
