// Package search writes the search index of a timeline, the files under
// search/data/ that assets/site.js reads to answer a query in the
// browser. It depends on the timeline (with the lexicons its sentences
// were read with) and the store only: it draws no page, reads no file,
// and knows nothing of templates or of how the output is written.
//
// A document is one mention: the sentence, who it quotes, the outlet, and
// the event's date as the page writes it. Terms are the folded words of
// those texts (lowercase, without accents: see internal/fold; site.js
// folds queries the same way). The terms are split into chunks by
// prefix, each small enough to download at once. A chunk also holds the
// documents of the first results of each of its terms, so a one-word
// query shows its first page after one round of requests: the chunks its
// word needs, fetched together. Further pages, and the results of several
// words, fetch their documents from the files of documents.
//
// A place or an actor has several names ("Lachin", "Latchine", "Berdzor",
// "Laçın"; "Haut-Karabakh", "Nagorno Karabakh"). The manifest lists the
// names of those the events name (see names.go), and site.js reads the
// words of a query that spell one of them as "any of its names": every
// spelling finds the same documents, those holding the words of one of
// the names. The index holds the texts' own words only, so a name costs
// its bytes in the manifest, not a posting in every document that names
// it; the first page of a one-word name is still in the chunks of its
// names' words, fetched together.
//
// Document ids sort in date order, so sorted results read as a timeline,
// and they do not move when an article about another date is added: a
// rebuild after one article rewrites the few files that article touches,
// not the whole index. An id is coordinate×2^24 + slot (below 2^53, exact
// in JavaScript). The coordinate is the event's first day and its span
// (the decade, the year, the month or season, the day that start on that
// day, in the order timeline sorts them), counted from the calendar, not
// from the other events. The slot numbers the event's mentions: each
// mention hashes its event and anchor (its stable identity, never its
// rank) into a space of 4 to 8 times as many slots as the event has
// mentions; mentions that hash alike take the next free slots, in the
// order of their hashes. A mention's id therefore changes only when a
// mention of the same event lands next to it, or when the event's count
// of mentions crosses a power of two and its space doubles (once per
// doubling: a date quoted 4,000 times renumbers its documents after 4,000
// more). A space sized to the event keeps postings short: not as short
// as with documents numbered densely (which one new mention renumbers),
// but far shorter than with a fixed space of 2^20 slots, where every date
// word paid four digits a result.
//
// Every file but the manifest is named by the hash of its bytes, so a
// browser that cached an old file never reads it with a new manifest, and
// a file whose bytes did not change keeps its name and is not written
// again:
//
//	search/data/manifest.json    stop words, episodes, the chunks (name, kind, prefix), the directories (first ids, names), the names of places and actors
//	search/data/t/<name>.json    a chunk: {"t":{"term":"postings"},"d":{"id":document}}
//	search/data/x/<name>.json    a directory: [[first id, name of a file of documents], …]
//	search/data/d/<name>.json    documents: {"id":document, …}
//
// A file of documents holds about docsPerFile consecutive documents: one
// starts at each document whose identity hash is a multiple of
// docsPerFile, so adding a document rewrites one file, not the files
// after it. Directories group the files of documents the same way, so the
// manifest lists a hundred-odd directories, not ten thousand files; a
// second page of results fetches a directory, then its files.
//
// A document is [event, anchor, date, episode, sentence, outlet,
// attribution, places]: places are the names of the places the mention
// names, in the site's language, joined by ", " ("" for none), which a
// result shows under its sentence. A term's postings are numbers written in base 32, low
// digits first, one character per digit: a last digit is one of
// digits[:32], the others one of digits[32:]. For each document, an odd
// number 2(Δcoordinate−1)+1 then its slot when it starts a new event, an
// even number 2(Δslot−1) when it is in the same event as the one before
// (see encodePostings).
//
// A rebuild computes again only what changed: the documents of the
// events whose key changed, the postings of their terms, and the files
// holding those. What the build before computed is its state (see
// state.go), kept in the store; a file the state names is kept when the
// output still holds it.
package search

import (
	"fmt"
	"strings"

	"timeline/internal/store"
	"timeline/internal/timeline"
)

// Search index layout.
const (
	dataDir        = "search/data/"
	version        = 4        // of the files' format
	chunkTarget    = 24 << 10 // bytes of JSON a term chunk aims at
	docsPerFile    = 25       // a page of results is 10 documents, often far apart
	maxDocsPerFile = 4 * docsPerFile
	filesPerDir    = 64
	maxFilesPerDir = 4 * filesPerDir
	minTerm        = 2  // shorter words are not indexed
	firstPage      = 10 // results site.js shows first: a chunk holds its terms' first documents
	slotBits       = 24 // an id is coordinate<<slotBits | slot
	nameLen        = 10 // characters of a file's name
)

// Write writes the search index of t into out: the files of documents
// and their directories, the chunks of terms, then
// search/data/manifest.json. lang is the site's language: the documents
// write dates in it, and the articles that do not say theirs were read in
// it. Write takes from st the state the build before kept, and puts this
// build's there when it succeeds; with a nil st, every file is made.
func Write(t *timeline.Timeline, lang string, st *store.Store, out store.Output) error {
	key := stateKey(lang)
	prev, _ := states.Get(st, key)
	b := newBuilder(t, lang, prev, out)
	if err := b.documents(); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	b.postings()
	if err := b.chunks(); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	if err := b.writeManifest(); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	states.Put(st, key, b.finish())
	return nil
}

// builder makes the index of one build, from the state of the build
// before (prev), which it does not change but for its dictionary (see
// dict), into the state of this one (next).
type builder struct {
	t          *timeline.Timeline
	lang       string
	base       uint64 // baseKey(lang): mixed into every key
	lexicons   uint64 // the key of the lexicons the mentions were read with
	places     placeNames
	out        store.Output
	prev, next *state
	epIndex    map[*timeline.Episode]int
	bySlug     map[string]*timeline.Article
	episodes   uint64 // episodesKey of t
	m          manifest

	// The documents, in id order, and what makes them.
	docs  []doc
	keys  []uint64 // of t.Events, by index (eventKey)
	byKey map[uint64]*timeline.Event
	terms termReader
	added []uint64 // the keys of the events whose documents were made
	reuse docReuse
	made  madeDocs
	// lastEv and lastDate are the event whose document docJSON last
	// wrote, and its date written: those of a file are mostly of one.
	lastEv   *timeline.Event
	lastDate string

	// The files of documents and their directories, made as the
	// documents come (see docFiles).
	nextDoc int      // docs[nextDoc:] are in no file yet
	dir     [][2]any // the directory being filled: first id, name
	dirKey  store.Hash
	firsts  []int64 // the first id of each directory
	names   strings.Builder
}

// newBuilder starts a build from the state prev (nil for none).
func newBuilder(t *timeline.Timeline, lang string, prev *state, out store.Output) *builder {
	if prev == nil {
		prev = &state{dict: newDict()}
	}
	b := &builder{
		t: t, lang: lang, base: baseKey(lang), out: out, prev: prev,
		next:     &state{dict: prev.dict, events: make(map[uint64]eventDocs, len(t.Events)), files: make(map[uint64]string, len(prev.files))},
		epIndex:  make(map[*timeline.Episode]int, len(t.Episodes)),
		bySlug:   make(map[string]*timeline.Article, len(t.Articles)),
		episodes: episodesKey(t),
		byKey:    make(map[uint64]*timeline.Event, len(t.Events)),
		terms:    termReader{dict: prev.dict},
		places:   newPlaceNames(t, lang),
	}
	if t.Lexicons != nil {
		b.lexicons = t.Lexicons.Key
	}
	b.m = manifest{Version: version, Min: minTerm, Slots: 1 << slotBits, Stop: stopList(), Variants: variants(t)}
	for i, ep := range t.Episodes {
		b.epIndex[ep] = i
		b.m.Episodes = append(b.m.Episodes, ep.Title)
	}
	for _, a := range t.Articles {
		b.bySlug[a.Slug] = a
	}
	return b
}

// baseKey hashes what every file of the index is made of beside the
// timeline: the format of the files and the language dates are written
// in.
func baseKey(lang string) uint64 {
	h := store.NewHash()
	h.Text("search")
	h.Word(version)
	h.Text(lang)
	return h.Sum()
}

// episodesKey hashes what fixes the episode of an event of a given id:
// the episodes, in order, and their bounds.
func episodesKey(t *timeline.Timeline) uint64 {
	h := store.NewHash()
	h.Word(uint64(len(t.Episodes)))
	for _, ep := range t.Episodes {
		h.Text(ep.ID)
		h.Text(ep.Start.String())
		h.Text(ep.End.String())
	}
	return h.Sum()
}

// eventKey hashes what the documents of an event are made of, beside
// the language (in base): its id, which is its date; the index of its
// episode; its articles in order, each by the hash of its file, which
// fixes its slug, its outlet and its mentions of the event; the
// lexicons, which fix the places of its mentions.
func (b *builder) eventKey(ev *timeline.Event) uint64 {
	h := store.NewHash()
	h.Word(b.base)
	h.Text("event")
	h.Word(b.lexicons)
	h.Text(ev.ID)
	h.Word(uint64(b.epIndex[ev.Episode]))
	h.Word(uint64(len(ev.Articles)))
	for _, a := range ev.Articles {
		h.Word(a.Hash)
	}
	return h.Sum()
}

// file returns the name of the file of key in dir: the one the build
// before made, when the output still holds it; else the one make makes,
// which it puts into the output.
func (b *builder) file(key uint64, dir string, make func() []byte) (string, error) {
	if name, ok := b.prev.files[key]; ok && b.out.Has(dataDir+dir+name+".json", key) {
		b.next.files[key] = name
		return name, nil
	}
	data := make()
	name := contentName(data)
	if err := b.out.Put(dataDir+dir+name+".json", key, data); err != nil {
		return "", err
	}
	b.next.files[key] = name
	return name, nil
}

// finish returns the state of this build, for the next.
func (b *builder) finish() *state {
	s := b.next
	s.arts = make(map[string]uint64, len(b.t.Articles))
	for _, a := range b.t.Articles {
		s.arts[a.Slug] = a.Hash
	}
	s.episodes = b.episodes
	s.lexicons = b.lexicons
	return s
}
