package search

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strconv"

	"timeline/internal/datefmt"
	"timeline/internal/dates"
	"timeline/internal/jsonstr"
	"timeline/internal/store"
	"timeline/internal/timeline"
)

// doc is one document of the index.
type doc struct {
	id      int64
	key     uint64 // identity: where files of documents start
	event   uint64 // the key of its event (builder.eventKey)
	sum     uint64 // the hash of what its JSON is made of (docSum)
	mention int32  // its index in the event's mentions
	size    int32  // bytes of its JSON
	terms   []int32
}

// eventDocs is the documents of an event, in id order.
type eventDocs []doc

// documents makes the documents, event by event, and the files of
// documents and their directories as they come: the documents of an
// event whose key is unchanged are the build before's.
func (b *builder) documents() error {
	n := 0
	b.keys = make([]uint64, len(b.t.Events))
	current := make(map[uint64]bool, len(b.t.Events))
	for i, ev := range b.t.Events {
		b.keys[i] = b.eventKey(ev)
		current[b.keys[i]] = true
		n += len(ev.Mentions)
	}
	b.reuse = b.reusable(current)
	b.docs = make([]doc, 0, n)
	for i, ev := range b.t.Events {
		if err := b.event(ev, b.keys[i]); err != nil {
			return err
		}
		if err := b.docFiles(false); err != nil {
			return err
		}
	}
	if err := b.docFiles(true); err != nil {
		return err
	}
	if err := b.flushDir(); err != nil {
		return err
	}
	b.m.Dirs, b.m.Names = encodePostings(b.firsts), b.names.String()
	b.m.Count = len(b.docs)
	return nil
}

// event appends the documents of ev, whose key is key: the build
// before's, or made.
func (b *builder) event(ev *timeline.Event, key uint64) error {
	e, ok := b.prev.events[key]
	if ok && holds(e, ev, b.prev.read) {
		b.made.skip(len(e)) // the build before's: their JSON was not made
	} else {
		var err error
		if e, err = b.makeEvent(ev, key); err != nil {
			return err
		}
		b.added = append(b.added, key)
	}
	b.next.events[key] = e
	b.byKey[key] = ev
	if len(b.docs) > 0 && len(e) > 0 && e[0].id <= b.docs[len(b.docs)-1].id {
		return fmt.Errorf("event %s: its date sorts before the event before it", ev.ID)
	}
	b.docs = append(b.docs, e...)
	return nil
}

// holds reports whether e can be the documents of ev: one per mention,
// and, for a state read from disk (read), which is checked, not trusted,
// each of a mention of ev. Documents a build made of the same event need
// not be checked: each build would walk every document of the site, one
// per mention, for the few an article changed.
func holds(e eventDocs, ev *timeline.Event, read bool) bool {
	if len(e) != len(ev.Mentions) {
		return false
	}
	if !read {
		return true
	}
	for _, d := range e {
		if d.mention < 0 || int(d.mention) >= len(ev.Mentions) {
			return false
		}
	}
	return true
}

// docReuse is the documents of the events gone since the build before,
// for the documents of the events added to take from.
type docReuse struct {
	sums map[uint64]*doc // by what they are made of (docSum)
	// ids holds them by identity, when the build before had the same
	// episodes; same reports whether an article is as it was then.
	ids  map[uint64]*doc
	same func(*timeline.Article) bool
}

// reusable returns the documents of the events of the build before that
// are not among current, by the keys of this build's events: a new
// mention of a date quoted a thousand times changes the event, not the
// thousand documents.
func (b *builder) reusable(current map[uint64]bool) docReuse {
	r := docReuse{sums: map[uint64]*doc{}}
	arts := b.prev.arts
	if b.prev.episodes != b.episodes || b.prev.lexicons != b.lexicons {
		arts = nil
	}
	if arts != nil {
		r.ids = map[uint64]*doc{}
	}
	for key, e := range b.prev.events {
		if current[key] {
			continue
		}
		for i := range e {
			r.sums[e[i].sum] = &e[i]
			if r.ids != nil {
				r.ids[e[i].key] = &e[i]
			}
		}
	}
	r.same = func(a *timeline.Article) bool {
		h, ok := arts[a.Slug]
		return ok && h == a.Hash
	}
	return r
}

// makeEvent makes the documents of an event, taking the sum, terms and
// size of a document from b.reuse when it holds one made of the same: of
// the same identity when its article did not change (the event's id
// fixes its date, the episodes its episode, the article its mention and
// outlet, the lexicons its places), which spares hashing the text again,
// else of the same sum.
// The JSON of the documents it writes goes to b.made, one span per
// document in id order.
func (b *builder) makeEvent(ev *timeline.Event, key uint64) (eventDocs, error) {
	keys := make([]uint64, len(ev.Mentions))
	anchors := make([]string, len(ev.Mentions))
	for i := range ev.Mentions {
		keys[i] = identity(ev, &ev.Mentions[i])
		anchors[i] = ev.Mentions[i].Anchor
	}
	sl, err := slots(keys, anchors)
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", ev.ID, err)
	}
	coord := coordinate(ev.Date) << slotBits
	date := datefmt.Date(ev.Date, b.lang)
	episode := b.epIndex[ev.Episode]
	made := &b.made
	e := make(eventDocs, len(ev.Mentions))
	spans := made.byMention[:0]
	for i := range ev.Mentions {
		spans = append(spans, docSpan{n: -1})
		mn := &ev.Mentions[i]
		a := b.bySlug[mn.Slug]
		outlet := ""
		if a != nil {
			outlet = a.Outlet
		}
		e[i] = doc{id: coord | sl[i], key: keys[i], event: key, mention: int32(i)}
		if old := b.reuse.ids[keys[i]]; old != nil && a != nil && b.reuse.same(a) {
			e[i].sum, e[i].size, e[i].terms = old.sum, old.size, old.terms
			continue
		}
		places := b.places.of(mn.Places)
		sum := docSum(ev, mn, date, episode, outlet, places)
		e[i].sum = sum
		if old := b.reuse.sums[sum]; old != nil {
			e[i].size, e[i].terms = old.size, old.terms
			continue
		}
		off := len(made.json)
		made.json = appendDocJSON(made.json, ev, mn, date, episode, outlet, places)
		spans[i] = docSpan{off: off, n: len(made.json) - off}
		e[i].size = int32(spans[i].n)
		e[i].terms = b.terms.docTerms(mn.Sentence, mn.Attribution, outlet, date)
	}
	slices.SortFunc(e, func(x, y doc) int { return cmp.Compare(x.id, y.id) })
	for _, d := range e {
		made.spans = append(made.spans, spans[d.mention])
	}
	made.byMention = spans
	return e, nil
}

// coordinate places an event's date among all dates: by its first day,
// then longer spans first, as timeline sorts events. It is at least 4.
func coordinate(d dates.Date) int64 {
	day := d.First().Unix()/86400 + 719163 // 0001-01-01 is day 1
	var span int64
	switch d.Precision {
	case dates.Decade:
		span = 0
	case dates.Year:
		span = 1
	case dates.Season, dates.Month: // a season never starts on the first of a month
		span = 2
	default:
		span = 3
	}
	return max(day, 1)*4 + span
}

// identity hashes what names a mention for good: its event and anchor.
// Its value is part of the site: it places the mention's document among
// the event's (slots) and starts files of documents.
func identity(ev *timeline.Event, m *timeline.Mention) uint64 {
	return store.Texts(ev.ID, m.Anchor)
}

// slots returns the slot of each of the event's mentions (see the
// package comment), given their identities.
func slots(keys []uint64, anchors []string) ([]int64, error) {
	n := len(keys)
	k := min(bits.Len(uint(n))+2, slotBits)
	size := int64(1) << k
	if int64(n) > size {
		return nil, fmt.Errorf("%d mentions of one date: more than the %d the search index can number", n, size)
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	home := func(i int) int64 { return int64(keys[i] >> (64 - k)) }
	sort.Slice(order, func(a, b int) bool {
		i, j := order[a], order[b]
		if keys[i] != keys[j] {
			return keys[i] < keys[j] // the home slot first: its high bits
		}
		return anchors[i] < anchors[j]
	})
	out := make([]int64, n)
	used := make([]bool, size)
	var next int64
	var over []int
	for _, i := range order {
		s := max(home(i), next)
		if s >= size {
			over = append(over, i)
			continue
		}
		out[i], used[s], next = s, true, s+1
	}
	// The few that run past the end take the first free slots.
	free := int64(0)
	for _, i := range over {
		for used[free] {
			free++
		}
		out[i], used[free] = free, true
	}
	return out, nil
}

// docSum hashes what a document's JSON is made of.
func docSum(ev *timeline.Event, mn *timeline.Mention, date string, episode int, outlet, places string) uint64 {
	h := store.NewHash()
	for _, f := range []string{ev.ID, mn.Anchor, date, mn.Sentence, outlet, mn.Attribution, places} {
		h.Text(f)
	}
	h.Word(uint64(episode))
	return h.Sum()
}

// docJSON appends the JSON of d, a document of this build.
func (b *builder) docJSON(buf []byte, d *doc) []byte {
	ev := b.byKey[d.event]
	if ev != b.lastEv {
		b.lastEv, b.lastDate = ev, datefmt.Date(ev.Date, b.lang)
	}
	mn := &ev.Mentions[d.mention]
	return appendDocJSON(buf, ev, mn, b.lastDate, b.epIndex[ev.Episode], docOutlet(mn, b.bySlug), b.places.of(mn.Places))
}

// appendDocJSON appends a document: [event, anchor, date, episode,
// sentence, outlet, attribution, places], date as datefmt.Date writes the
// event's, outlet as docOutlet finds it, places as placeNames.of writes
// the mention's. As json.Marshal writes the array, without
// its reflection: a cold build writes a document for every mention,
// hundreds of thousands on a large site.
func appendDocJSON(b []byte, ev *timeline.Event, mn *timeline.Mention, date string, episode int, outlet, places string) []byte {
	b = append(b, '[')
	b = jsonstr.Append(b, ev.ID)
	b = append(b, ',')
	b = jsonstr.Append(b, mn.Anchor)
	b = append(b, ',')
	b = jsonstr.Append(b, date)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(episode), 10)
	b = append(b, ',')
	b = jsonstr.Append(b, mn.Sentence)
	b = append(b, ',')
	b = jsonstr.Append(b, outlet)
	b = append(b, ',')
	b = jsonstr.Append(b, mn.Attribution)
	b = append(b, ',')
	b = jsonstr.Append(b, places)
	return append(b, ']')
}

// docOutlet returns the outlet of the article a mention comes from, ""
// for an article bySlug does not hold.
func docOutlet(mn *timeline.Mention, bySlug map[string]*timeline.Article) string {
	if a := bySlug[mn.Slug]; a != nil {
		return a.Outlet
	}
	return ""
}

// madeDocs keeps the JSON of the documents makeEvent made (it writes
// them to count their bytes) until they are in a file of documents,
// which copies them rather than writes them again: the documents not in
// a file yet, docs[nextDoc:], are those of the event just made and the
// few of the events before it that start the next file.
type madeDocs struct {
	json, spare []byte
	// spans are where the JSON of docs[nextDoc:] is in json, one by one
	// in id order, from first.
	spans     []docSpan
	first     int
	byMention []docSpan // makeEvent's scratch
}

// docSpan is where the JSON of a document is in madeDocs.json; n is -1
// for a document whose JSON was not made.
type docSpan struct{ off, n int }

// skip tells of n documents not made (the build before's).
func (m *madeDocs) skip(n int) {
	for range n {
		m.spans = append(m.spans, docSpan{n: -1})
	}
}

// get returns the JSON of docs[nextDoc+k], nil when it was not made.
func (m *madeDocs) get(k int) []byte {
	if sp := m.spans[m.first+k]; sp.n >= 0 {
		return m.json[sp.off : sp.off+sp.n]
	}
	return nil
}

// done tells that the first n documents are in files, and forgets
// their JSON when most of what it holds is theirs.
func (m *madeDocs) done(n int) {
	m.first += n
	if m.first < len(m.spans)-m.first {
		return
	}
	m.spare = m.spare[:0]
	for k := m.first; k < len(m.spans); k++ {
		if sp := m.spans[k]; sp.n >= 0 {
			m.spans[k].off = len(m.spare)
			m.spare = append(m.spare, m.json[sp.off:sp.off+sp.n]...)
		}
	}
	m.json, m.spare = m.spare, m.json
	m.spans = m.spans[:copy(m.spans, m.spans[m.first:])]
	m.first = 0
}
