package render

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"maps"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"timeline/internal/datefmt"
	"timeline/internal/dates"
	"timeline/internal/fold"
	"timeline/internal/timeline"
)

// The search index, built with the site and read by assets/site.js.
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
// more). A space sized to the event keeps postings short: on 3,000
// generated articles they take 1.7 times the bytes of documents numbered
// densely (which one new mention renumbers), where a fixed space of 2^20
// slots took 3.4 times, every date word paying four digits a result.
//
// Every file but the manifest is named by the hash of its bytes, so a
// browser that cached an old file never reads it with a new manifest, and
// a file whose bytes did not change keeps its name and is not written
// again:
//
//	search/data/manifest.json    stop words, episodes, the chunks (name, kind, prefix), the directories (first ids, names)
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
// attribution]. A term's postings are numbers written in base 32, low
// digits first, one character per digit: a last digit is one of
// digits[:32], the others one of digits[32:]. For each document, an odd
// number 2(Δcoordinate−1)+1 then its slot when it starts a new event, an
// even number 2(Δslot−1) when it is in the same event as the one before
// (see encodePostings).
//
// A rebuild computes again only what changed (see searchMemo): the
// documents whose text changed, the postings of their terms, and the
// files holding those; the others come from the memo a build in memory
// keeps (serve), or from the state a build on disk keeps in its cache
// (SearchState), their files left in the output.

// Search index layout.
const (
	searchDir      = "search/data/"
	searchVersion  = 3        // of the files' format
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

// digits are the characters of a posting list: 32 last digits, then 32
// digits that another follows. None needs escaping in JSON or HTML.
const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"

// appendNumber writes v as site.js's decode reads a number.
func appendNumber(b []byte, v int64) []byte {
	for v >= 32 {
		b = append(b, digits[32+(v&31)])
		v >>= 5
	}
	return append(b, digits[v])
}

// encodePostings writes sorted doc ids as site.js's decode reads them.
func encodePostings(ids []int64) string {
	// Most numbers take one digit or two: b seldom grows, and is
	// garbage once the string is made.
	b := make([]byte, 0, len(ids)*3)
	var coord, slot int64
	for _, id := range ids {
		c, s := id>>slotBits, id&(1<<slotBits-1)
		if c != coord {
			b = appendNumber(b, 2*(c-coord-1)+1)
			b = appendNumber(b, s)
		} else {
			b = appendNumber(b, 2*(s-slot-1))
		}
		coord, slot = c, s
	}
	return string(b)
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
func identity(ev *timeline.Event, m *timeline.Mention) uint64 {
	h := newHasher()
	h.str(ev.ID)
	h.str(m.Anchor)
	return h.sum()
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

// stopWords are words too common to search for, folded.
var stopWords = []string{
	"au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "ils",
	"la", "le", "les", "leur", "lui", "mais", "ne", "ni", "on", "ou", "par", "pas", "pour", "qu", "que", "qui",
	"sa", "se", "ses", "son", "sur", "un", "une", "été", "etre", "ete", "ont", "sont", "etait", "avait", "avoir",
	"cet", "aussi", "comme", "dont", "nous", "vous", "leurs", "tout", "tous", "sans", "sous", "vers", "tres", "plus",
	"an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its", "of", "on",
	"or", "that", "the", "this", "to", "was", "were", "with",
}

var stopSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range stopWords {
		m[fold.String(w)] = true
	}
	return m
}()

// Terms returns the searchable words of s: folded, at least two letters
// long, without stop words. site.js splits queries the same way.
func Terms(s string) []string {
	var out []string
	eachTerm(fold.Append(nil, s), func(w []byte) { out = append(out, string(w)) })
	return out
}

// eachTerm calls f with each searchable word of folded, a text fold has
// folded (see Terms), in order: its runs of letters and digits, at least
// minTerm runes long, but for stop words. f must not keep w. Folding a
// text piece by piece into one buffer finds the words that folding it
// whole does: fold works rune by rune, and its pieces joined by a space
// are split there.
func eachTerm(folded []byte, f func(w []byte)) {
	start, runes := -1, 0
	for i := 0; i < len(folded); {
		var word bool
		size := 1
		if c := folded[i]; c < utf8.RuneSelf {
			word = wordByte[c]
		} else {
			var r rune
			r, size = utf8.DecodeRune(folded[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		switch {
		case word && start < 0:
			start, runes = i, 1
		case word:
			runes++
		case start >= 0:
			if w := folded[start:i]; runes >= minTerm && !isStop(w) {
				f(w)
			}
			start = -1
		}
		i += size
	}
	if w := folded[max(start, 0):]; start >= 0 && runes >= minTerm && !isStop(w) {
		f(w)
	}
}

// isStop reports whether a folded word is a stop word; most words are
// longer than any, and cost no lookup.
func isStop(w []byte) bool { return len(w) <= maxStop && stopSet[string(w)] }

// maxStop is the length of the longest stop word, folded.
var maxStop = func() int {
	n := 0
	for w := range stopSet {
		n = max(n, len(w))
	}
	return n
}()

// wordByte tells the ASCII letters and digits, which words are made of.
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
	}
	return t
}()

// searchManifest is what site.js reads first.
type searchManifest struct {
	Version  int      `json:"v"`
	Stop     []string `json:"stop"`
	Min      int      `json:"min"`
	Episodes []string `json:"episodes"`
	Slots    int64    `json:"slots"` // an id is coordinate × slots + slot
	Count    int      `json:"count"` // documents
	Terms    int      `json:"terms"`
	// Chunks are the term files t/<name>.json, each as its name, then
	// "=" when it holds only the exact term of its prefix or "." when it
	// holds the terms that start with it, then the prefix.
	Chunks []string `json:"chunks"`
	// Directories x/<name>.json list the files of documents from their
	// first id: the first ids as postings, the names one after the other.
	Dirs  string `json:"dirs"`
	Names string `json:"names"`
}

// searchDoc is one document of the index.
type searchDoc struct {
	id      int64
	key     uint64 // identity: where files of documents start
	event   uint64 // the key of its event's documents (searchEvent)
	sum     uint64 // the hash of what its JSON is made of (docSum)
	mention int32  // its index in the event's mentions
	size    int32  // bytes of its JSON
	terms   []int32
}

// searchEvent is the documents of an event, in id order.
type searchEvent []searchDoc

// namedFile is a file of the index, named by the hash of its bytes.
// Without data, it is in the output of the build before (on disk).
type namedFile struct {
	name string
	data []byte
}

// searchMemo keeps, from one build to the next, what the index is made
// of: the documents of each event by the key of the event (eventKey), the
// postings of the build before, and each file by the key of what it is
// made of. Terms are numbered in the order they were first met. It serves
// one build at a time.
type searchMemo struct {
	terms             []string
	termID            map[string]int32
	events, oldEvents map[uint64]searchEvent
	files, oldFiles   map[uint64]namedFile
	postings          [][]int64 // of the last build, by term
	encoded           []string
	encSums           []uint64               // the hash of each term's encoded postings, for the keys of chunks
	have              func(path string) bool // on disk: the file is in the output of the build before
	read              bool                   // events are from a state read from disk, until a build succeeds
	// arts are the articles' hashes by slug and data the key of the
	// data files (configuration, language) at the build before, in
	// memory only: a mention of an unchanged article, in an event of
	// the same id, makes the same document (see searchEvent).
	arts map[string]uint64
	data uint64
	// buf and ts are docTerms' scratch: a document's folded text and
	// its terms, which are kept in a slice of their size.
	buf []byte
	ts  []int32
}

// turn starts a build: what the last build did not use is dropped.
func (m *searchMemo) turn() {
	if m.termID == nil {
		m.termID = map[string]int32{}
	}
	m.oldEvents, m.events = m.events, map[uint64]searchEvent{}
	m.oldFiles, m.files = m.files, map[uint64]namedFile{}
}

// term returns the number of term w.
func (m *searchMemo) term(w string) int32 {
	id, ok := m.termID[w]
	if !ok {
		id = int32(len(m.terms))
		m.terms = append(m.terms, w)
		m.termID[w] = id
	}
	return id
}

// docTerms returns the numbers of the terms of a document's texts,
// sorted, each once. A term already known costs no string.
func (m *searchMemo) docTerms(texts ...string) []int32 {
	m.buf = m.buf[:0]
	for k, t := range texts {
		if k > 0 {
			m.buf = append(m.buf, ' ')
		}
		m.buf = fold.Append(m.buf, t)
	}
	m.ts = m.ts[:0]
	eachTerm(m.buf, func(w []byte) {
		id, ok := m.termID[string(w)]
		if !ok {
			id = m.term(string(w))
		}
		m.ts = append(m.ts, id)
	})
	slices.Sort(m.ts)
	return slices.Clone(slices.Compact(m.ts))
}

// file returns the file of key, made by make unless a build made it and,
// on disk, it is still in the output.
func (m *searchMemo) file(key uint64, dir string, make func() []byte) namedFile {
	f, ok := m.files[key]
	if !ok {
		f, ok = m.oldFiles[key]
	}
	if ok && f.data == nil && (m.have == nil || !m.have(searchDir+dir+f.name+".json")) {
		ok = false
	}
	if !ok {
		data := make()
		f = namedFile{contentName(data), data}
	}
	m.files[key] = f
	return f
}

// contentName names a file by its bytes: 50 bits of their SHA-256 in
// lowercase base 32, which a case-insensitive file system keeps apart,
// nameLen characters.
func contentName(data []byte) string {
	sum := sha256.Sum256(data)
	v := uint64(sum[0])<<56 | uint64(sum[1])<<48 | uint64(sum[2])<<40 | uint64(sum[3])<<32 |
		uint64(sum[4])<<24 | uint64(sum[5])<<16 | uint64(sum[6])<<8 | uint64(sum[7])
	b := make([]byte, nameLen)
	for i := range b {
		b[i] = "0123456789abcdefghijklmnopqrstuv"[v>>59]
		v <<= 5
	}
	return string(b)
}

// searchFiles builds the search index of the timeline, reusing what memo
// kept of the build before.
func (s *Site) searchFiles(t *timeline.Timeline, memo *Memo) ([]File, error) {
	sm := &searchMemo{}
	if memo != nil {
		sm = &memo.search
	}
	sm.turn()
	prev, prevArts := sm.postings, sm.arts
	if sm.data != s.keys[dataKind] {
		prevArts = nil
	}
	sm.postings, sm.arts = nil, nil // until this build succeeds
	m := searchManifest{Version: searchVersion, Min: minTerm, Slots: 1 << slotBits, Stop: make([]string, 0, len(stopSet))}
	for w := range stopSet {
		m.Stop = append(m.Stop, w)
	}
	sort.Strings(m.Stop)
	epIndex := map[*timeline.Episode]int{}
	for i, ep := range t.Episodes {
		epIndex[ep] = i
		m.Episodes = append(m.Episodes, ep.Title)
	}
	bySlug := map[string]*timeline.Article{}
	for _, a := range t.Articles {
		bySlug[a.Slug] = a
	}

	// The documents, event by event: from the memo when the event is
	// unchanged.
	keys := make([]uint64, len(t.Events))
	current := make(map[uint64]bool, len(t.Events))
	n := 0
	for i, ev := range t.Events {
		keys[i] = s.eventKey("search", ev)
		current[keys[i]] = true
		n += len(ev.Mentions)
	}
	// The documents of the events gone since the build before, by what
	// they are made of: a new mention of a date quoted a thousand times
	// changes the event, not the thousand documents.
	reuse := docReuse{sums: map[uint64]*searchDoc{}}
	if prevArts != nil {
		reuse.ids = map[uint64]*searchDoc{}
	}
	for key, e := range sm.oldEvents {
		if !current[key] {
			for i := range e {
				reuse.sums[e[i].sum] = &e[i]
				if reuse.ids != nil {
					reuse.ids[e[i].key] = &e[i]
				}
			}
		}
	}
	reuse.same = func(a *timeline.Article) bool {
		h, ok := prevArts[a.Slug]
		return ok && h == a.Hash
	}
	docs := make([]searchDoc, 0, n)
	var added []uint64
	byKey := make(map[uint64]*timeline.Event, len(t.Events))
	var files []File
	add := func(dir string, f namedFile) {
		files = append(files, File{Path: searchDir + dir + f.name + ".json", Data: f.data})
	}
	byID := func(id int64) *searchDoc {
		i, _ := slices.BinarySearchFunc(docs, id, func(d searchDoc, id int64) int { return cmpInt(d.id, id) })
		return &docs[i]
	}
	// The JSON of the documents of the files made again, appended to b.
	// Those of a file are mostly of one event: its date is written once.
	var lastEv *timeline.Event
	var lastDate string
	docJSON := func(b []byte, d *searchDoc) []byte {
		ev := byKey[d.event]
		if ev != lastEv {
			lastEv, lastDate = ev, datefmt.Date(ev.Date, s.lang)
		}
		mn := &ev.Mentions[d.mention]
		return appendDocJSON(b, ev, mn, lastDate, epIndex[ev.Episode], docOutlet(mn, bySlug))
	}

	// Files of documents, and their directories, made as the documents
	// come, event after event: a file copies the JSON searchEvent made of
	// its documents (made), which need then be kept only until their
	// file is made, not for the whole index.
	var dir [][2]any
	var dirKey *hasher
	var firsts []int64
	var names strings.Builder
	flushDir := func() {
		if len(dir) == 0 {
			return
		}
		f := sm.file(dirKey.sum(), "x/", func() []byte {
			data, _ := json.Marshal(dir) // numbers and names: cannot fail
			return data
		})
		add("x/", f)
		firsts = append(firsts, dir[0][0].(int64))
		names.WriteString(f.name)
		dir = nil
	}
	next := 0 // docs[next:] are in no file yet
	var made madeDocs
	docFiles := func(last bool) {
		for next < len(docs) {
			i, j := next, next+1
			for j < len(docs) && j-i < maxDocsPerFile && docs[j].key%docsPerFile != 0 {
				j++
			}
			if j == len(docs) && !last {
				return // the next event's documents may belong to it
			}
			part := docs[i:j]
			h := newHasher()
			h.str("docs")
			for _, d := range part {
				h.u64(uint64(d.id))
				h.u64(d.sum)
			}
			f := sm.file(h.sum(), "d/", func() []byte {
				n := 2
				for k := range part {
					n += int(part[k].size) + 24
				}
				b := make([]byte, 1, n)
				b[0] = '{'
				for k := range part {
					if k > 0 {
						b = append(b, ',')
					}
					b = append(b, '"')
					b = strconv.AppendInt(b, part[k].id, 10)
					b = append(b, '"', ':')
					if data := made.get(k); data != nil {
						b = append(b, data...)
					} else {
						b = docJSON(b, &part[k])
					}
				}
				return append(b, '}')
			})
			made.done(len(part))
			add("d/", f)
			if len(dir) == maxFilesPerDir || (len(dir) > 0 && (docs[i].key/docsPerFile)%filesPerDir == 0) {
				flushDir()
			}
			if len(dir) == 0 {
				dirKey = newHasher()
				dirKey.str("dir")
			}
			dir = append(dir, [2]any{docs[i].id, f.name})
			dirKey.u64(uint64(docs[i].id))
			dirKey.str(f.name)
			next = j
		}
	}

	for i, ev := range t.Events {
		key := keys[i]
		e, ok := sm.events[key]
		fresh := false
		if !ok {
			if e, ok = sm.oldEvents[key]; !ok || key == 0 || !holds(e, ev, sm.read) {
				var err error
				if e, err = s.searchEvent(sm, ev, key, epIndex[ev.Episode], bySlug, reuse, &made); err != nil {
					return nil, err
				}
				added = append(added, key)
				fresh = true
			}
		}
		if !fresh {
			made.skip(len(e)) // from the memo: their JSON was not made
		}
		if key != 0 {
			sm.events[key] = e
		}
		byKey[key] = ev
		if len(docs) > 0 && len(e) > 0 && e[0].id <= docs[len(docs)-1].id {
			return nil, fmt.Errorf("event %s: its date sorts before the event before it", ev.ID)
		}
		docs = append(docs, e...)
		docFiles(false)
	}
	docFiles(true)
	flushDir()
	m.Dirs, m.Names = encodePostings(firsts), names.String()
	m.Count = len(docs)
	postings := sm.update(prev, docs, added)

	// The chunks of terms.
	terms := make([]string, 0, len(postings))
	for id, p := range postings {
		if len(p) > 0 {
			terms = append(terms, sm.terms[id])
		}
	}
	slices.Sort(terms)
	m.Terms = len(terms)
	first := func(w string) []int64 { p := postings[sm.termID[w]]; return p[:min(firstPage, len(p))] }
	encoded := func(w string) string { return sm.encoded[sm.termID[w]] }
	// A chunk fits when its terms, their results and their first
	// documents, each counted once, come to at most chunkTarget bytes.
	fits := func(ts []string) bool {
		n := 0
		seen := map[int64]bool{}
		for _, w := range ts {
			n += len(w) + len(encoded(w)) + 6
			for _, id := range first(w) {
				if !seen[id] {
					seen[id] = true
					n += int(byID(id).size) + 16
				}
			}
			if n > chunkTarget {
				return false
			}
		}
		return true
	}
	for _, l := range split("", terms, fits) {
		h := newHasher()
		h.str("chunk")
		var ids []int64
		for _, w := range l.terms {
			h.str(w)
			h.u64(sm.encSums[sm.termID[w]]) // hashed once when encoded: most terms' postings do not change
			ids = append(ids, first(w)...)
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		for _, id := range ids {
			h.u64(byID(id).sum)
		}
		f := sm.file(h.sum(), "t/", func() []byte {
			b := []byte(`{"t":{`)
			for k, w := range l.terms {
				if k > 0 {
					b = append(b, ',')
				}
				q, _ := json.Marshal(w) // a string: cannot fail
				b = append(b, q...)
				b = append(b, ':', '"')
				b = append(b, encoded(w)...)
				b = append(b, '"')
			}
			b = append(b, `},"d":{`...)
			for k, id := range ids {
				if k > 0 {
					b = append(b, ',')
				}
				b = append(b, '"')
				b = strconv.AppendInt(b, id, 10)
				b = append(b, '"', ':')
				b = docJSON(b, byID(id))
			}
			return append(b, '}', '}')
		})
		add("t/", f)
		kind := "."
		if l.exact {
			kind = "="
		}
		m.Chunks = append(m.Chunks, f.name+kind+l.key)
	}
	data, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("search manifest: %w", err)
	}
	files = append(files, File{Path: searchDir + "manifest.json", Data: data})
	sm.postings, sm.read = postings, false
	sm.arts, sm.data = make(map[string]uint64, len(t.Articles)), s.keys[dataKind]
	for _, a := range t.Articles {
		sm.arts[a.Slug] = a.Hash
	}
	return files, nil
}

// holds reports whether e can be the documents of ev: one per mention,
// and, for a state read from disk (read), which is checked, not trusted,
// each of a mention of ev. Documents a build made of the same event need
// not be checked: each build would walk all 233,000 of 10,000 articles.
func holds(e searchEvent, ev *timeline.Event, read bool) bool {
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

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// appendDocJSON appends a document: [event, anchor, date, episode,
// sentence, outlet, attribution], date as datefmt.Date writes the event's,
// outlet as docOutlet finds it. As json.Marshal writes the array, without
// its reflection: a cold build writes 233,000 documents for 10,000
// articles.
func appendDocJSON(b []byte, ev *timeline.Event, mn *timeline.Mention, date string, episode int, outlet string) []byte {
	b = append(b, '[')
	b = appendJSONString(b, ev.ID)
	b = append(b, ',')
	b = appendJSONString(b, mn.Anchor)
	b = append(b, ',')
	b = appendJSONString(b, date)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(episode), 10)
	b = append(b, ',')
	b = appendJSONString(b, mn.Sentence)
	b = append(b, ',')
	b = appendJSONString(b, outlet)
	b = append(b, ',')
	b = appendJSONString(b, mn.Attribution)
	return append(b, ']')
}

// docOutlet returns the outlet of the article a mention comes from, ""
// for an article bySlug does not hold.
func docOutlet(mn *timeline.Mention, bySlug map[string]*timeline.Article) string {
	if a := bySlug[mn.Source]; a != nil {
		return a.Source
	}
	return ""
}

// appendJSONString appends s as json.Marshal writes a string: quoted, with
// quotes, backslashes and control characters escaped, and <, >, &, U+2028
// and U+2029 too, and each byte of invalid UTF-8 written as \ufffd. One
// pass over s, copying the runs that need nothing.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	from := 0 // s[from:i] is yet to copy
	for i := 0; i < len(s); {
		for i < len(s) && jsonPlain[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			i += 2 // a rune of two bytes, as accented Latin letters are: none is escaped
			continue
		}
		esc, size := "", 1
		if c < utf8.RuneSelf {
			esc = jsonEscapes[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				esc = `\ufffd`
			case r == '\u2028':
				esc = `\u2028`
			case r == '\u2029':
				esc = `\u2029`
			}
		}
		if esc != "" {
			b = append(b, s[from:i]...)
			b = append(b, esc...)
			from = i + size
		}
		i += size
	}
	b = append(b, s[from:]...)
	return append(b, '"')
}

// jsonPlain tells the bytes json.Marshal writes as they are whatever
// follows them: the ASCII ones it does not escape.
var jsonPlain = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = jsonEscapes[c] == ""
	}
	return t
}()

// jsonEscapes is how json.Marshal writes each ASCII byte in a string: ""
// for as it is.
var jsonEscapes = func() (t [utf8.RuneSelf]string) {
	const hex = "0123456789abcdef"
	for c := range t {
		switch c {
		case '"', '\\':
			t[c] = `\` + string(rune(c))
		case '\b':
			t[c] = `\b`
		case '\f':
			t[c] = `\f`
		case '\n':
			t[c] = `\n`
		case '\r':
			t[c] = `\r`
		case '\t':
			t[c] = `\t`
		case '<', '>', '&', 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0b, 0x0e, 0x0f, 0x10, 0x11, 0x12,
			0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f:
			t[c] = `\u00` + string(hex[c>>4]) + string(hex[c&15])
		}
	}
	return t
}()

// strSum hashes a string alone.
func strSum(v string) uint64 {
	h := newHasher()
	h.str(v)
	return h.sum()
}

// docSum hashes what a document's JSON is made of.
func docSum(ev *timeline.Event, mn *timeline.Mention, date string, episode int, outlet string) uint64 {
	h := newHasher()
	for _, f := range []string{ev.ID, mn.Anchor, date, mn.Sentence, outlet, mn.Attribution} {
		h.str(f)
	}
	h.u64(uint64(episode))
	return h.sum()
}

// docReuse is the documents of the events gone since the build before,
// for the documents of the events added to take from.
type docReuse struct {
	sums map[uint64]*searchDoc // by what they are made of (docSum)
	// ids holds them by identity, when the build before had the same
	// configuration; same reports whether an article is as it was then.
	ids  map[uint64]*searchDoc
	same func(*timeline.Article) bool
}

// searchEvent makes the documents of an event, taking the sum, terms and
// size of a document from reuse when it holds one made of the same: of
// the same identity when its article did not change (the event's id
// fixes its date and episode, the article its mention and outlet), which
// spares hashing the text again, else of the same sum. The JSON of the
// documents it writes goes to made, one span per document in id order.
func (s *Site) searchEvent(sm *searchMemo, ev *timeline.Event, key uint64, episode int, bySlug map[string]*timeline.Article, reuse docReuse, made *madeDocs) (searchEvent, error) {
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
	date := datefmt.Date(ev.Date, s.lang)
	e := make(searchEvent, len(ev.Mentions))
	spans := made.byMention[:0]
	for i := range ev.Mentions {
		spans = append(spans, docSpan{n: -1})
		mn := &ev.Mentions[i]
		a := bySlug[mn.Source]
		outlet := ""
		if a != nil {
			outlet = a.Source
		}
		e[i] = searchDoc{id: coord | sl[i], key: keys[i], event: key, mention: int32(i)}
		if old := reuse.ids[keys[i]]; old != nil && a != nil && reuse.same(a) {
			e[i].sum, e[i].size, e[i].terms = old.sum, old.size, old.terms
			continue
		}
		sum := docSum(ev, mn, date, episode, outlet)
		e[i].sum = sum
		if old := reuse.sums[sum]; old != nil {
			e[i].size, e[i].terms = old.size, old.terms
			continue
		}
		off := len(made.json)
		made.json = appendDocJSON(made.json, ev, mn, date, episode, outlet)
		spans[i] = docSpan{off: off, n: len(made.json) - off}
		e[i].size = int32(spans[i].n)
		e[i].terms = sm.docTerms(mn.Sentence, mn.Attribution, outlet, date)
	}
	slices.SortFunc(e, func(a, b searchDoc) int { return cmpInt(a.id, b.id) })
	for _, d := range e {
		made.spans = append(made.spans, spans[d.mention])
	}
	made.byMention = spans
	return e, nil
}

// madeDocs keeps the JSON of the documents searchEvent made (it writes
// them to count their bytes) until they are in a file of documents,
// which copies them rather than writes them again: the documents not in
// a file yet, docs[next:] in searchFiles, are those of the event just
// made and the few of the events before it that start the next file.
type madeDocs struct {
	json, spare []byte
	// spans are where the JSON of docs[next:] is in json, one by one
	// in id order, from first.
	spans     []docSpan
	first     int
	byMention []docSpan // searchEvent's scratch
}

// docSpan is where the JSON of a document is in madeDocs.json; n is -1
// for a document whose JSON was not made.
type docSpan struct{ off, n int }

// skip tells of n documents not made (taken from the memo).
func (m *madeDocs) skip(n int) {
	for range n {
		m.spans = append(m.spans, docSpan{n: -1})
	}
}

// get returns the JSON of docs[next+k], nil when it was not made.
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

// update returns the postings of docs by term, and encodes the terms
// whose postings changed. Given the postings of the build before (prev),
// only the terms of the events added and of the events gone are computed
// again; else all are.
func (m *searchMemo) update(prev [][]int64, docs []searchDoc, added []uint64) [][]int64 {
	var gone []uint64
	for key := range m.oldEvents {
		if _, ok := m.events[key]; !ok {
			gone = append(gone, key)
		}
	}
	if prev == nil || len(added)+len(gone) > len(m.events)/4 {
		counts := make([]int, len(m.terms))
		for _, d := range docs {
			for _, w := range d.terms {
				counts[w]++
			}
		}
		// One array for all the postings, each term's part capped so
		// that no append runs into the next (a rebuild's update makes
		// the postings of a term that changed anew).
		total := 0
		for _, n := range counts {
			total += n
		}
		all := make([]int64, total)
		postings := make([][]int64, len(m.terms))
		for w, n := range counts {
			postings[w], all = all[:0:n], all[n:]
		}
		for _, d := range docs {
			for _, w := range d.terms {
				postings[w] = append(postings[w], d.id)
			}
		}
		m.encoded = make([]string, len(m.terms))
		m.encSums = make([]uint64, len(m.terms))
		for w, p := range postings {
			m.encoded[w] = encodePostings(p)
			m.encSums[w] = strSum(m.encoded[w])
		}
		return postings
	}
	// Ids to take out and to put in, by term, but for the documents that
	// are the same in an event gone and in one added.
	was := map[int64]uint64{}
	for _, key := range gone {
		for _, d := range m.oldEvents[key] {
			was[d.id] = d.sum
		}
	}
	same := map[int64]bool{}
	out, in := map[int32][]int64{}, map[int32][]int64{}
	for _, key := range added {
		for _, d := range m.events[key] {
			if sum, ok := was[d.id]; ok && sum == d.sum {
				same[d.id] = true
				continue
			}
			for _, w := range d.terms {
				in[w] = append(in[w], d.id)
			}
		}
	}
	for _, key := range gone {
		for _, d := range m.oldEvents[key] {
			if same[d.id] {
				continue
			}
			for _, w := range d.terms {
				out[w] = append(out[w], d.id)
			}
		}
	}
	postings := make([][]int64, len(m.terms))
	copy(postings, prev)
	encoded := make([]string, len(m.terms))
	copy(encoded, m.encoded)
	encSums := make([]uint64, len(m.terms))
	copy(encSums, m.encSums)
	for w := range out {
		if _, ok := in[w]; !ok {
			in[w] = nil
		}
	}
	for w, ids := range in {
		drop := out[w]
		slices.Sort(drop)
		slices.Sort(ids)
		p := make([]int64, 0, len(postings[w])+len(ids))
		for _, id := range postings[w] {
			for len(ids) > 0 && ids[0] < id {
				p, ids = append(p, ids[0]), ids[1:]
			}
			if len(ids) > 0 && ids[0] == id { // taken out and put back
				p, ids = append(p, id), ids[1:]
				continue
			}
			for len(drop) > 0 && drop[0] < id {
				drop = drop[1:]
			}
			if len(drop) == 0 || drop[0] != id {
				p = append(p, id)
			}
		}
		postings[w] = append(p, ids...)
		encoded[w] = encodePostings(postings[w])
		encSums[w] = strSum(encoded[w])
	}
	m.encoded, m.encSums = encoded, encSums
	return postings
}

type leaf struct {
	key   string
	exact bool
	terms []string
}

// split cuts the sorted terms that start with prefix into chunks that
// fit: a chunk too big is split by the next letter, the terms equal to
// the prefix itself going to a chunk of their own.
func split(prefix string, terms []string, fits func([]string) bool) []leaf {
	if len(terms) == 1 || fits(terms) {
		return []leaf{{key: prefix, terms: terms}}
	}
	var out []leaf
	depth := len(prefix)
	i := 0
	if i < len(terms) && terms[i] == prefix {
		out = append(out, leaf{key: prefix, exact: true, terms: terms[:1]})
		i++
	}
	for i < len(terms) {
		_, n := utf8.DecodeRuneInString(terms[i][depth:])
		next := terms[i][:depth+n]
		j := i
		for j < len(terms) && strings.HasPrefix(terms[j], next) {
			j++
		}
		out = append(out, split(next, terms[i:j], fits)...)
		i = j
	}
	return out
}

// SearchState is what a build on disk keeps of the search index for the
// next one (see Memo.SearchState): the documents of each event without
// their text, and each file's name by the key of what it is made of. A
// rebuild then makes again the documents of the events that changed and
// the files they are in, and leaves the other files where they are.
type SearchState struct {
	Terms  []string          // the terms, by number
	Events []uint64          // the events' keys (eventKey)
	Counts []int32           // how many documents each has
	Docs   []byte            // the documents, event after event (see appendDoc)
	Files  map[uint64]string // names, by key
}

// appendDoc writes a document of a SearchState: its id, identity and sum,
// its mention and size, then its terms, by number, delta-coded. One slice
// of bytes, not a slice per field: gob writes and reads it at once.
func appendDoc(b []byte, d *searchDoc) []byte {
	b = binary.AppendUvarint(b, uint64(d.id))
	b = binary.LittleEndian.AppendUint64(b, d.key)
	b = binary.LittleEndian.AppendUint64(b, d.sum)
	b = binary.AppendUvarint(b, uint64(d.mention))
	b = binary.AppendUvarint(b, uint64(d.size))
	b = binary.AppendUvarint(b, uint64(len(d.terms)))
	prev := int32(0)
	for _, w := range d.terms {
		b = binary.AppendUvarint(b, uint64(w-prev))
		prev = w
	}
	return b
}

// readDoc reads a document appendDoc wrote at the start of b, its terms
// appended to terms; it returns the bytes after it, or ok false when b
// does not hold one whose term numbers are below n.
func readDoc(b []byte, d *searchDoc, terms []int32, n int) (rest []byte, _ []int32, ok bool) {
	num := func() uint64 {
		v, k := binary.Uvarint(b)
		if k <= 0 {
			ok = false
			return 0
		}
		b = b[k:]
		return v
	}
	word := func() uint64 {
		if len(b) < 8 {
			ok = false
			return 0
		}
		v := binary.LittleEndian.Uint64(b)
		b = b[8:]
		return v
	}
	ok = true
	d.id = int64(num())
	d.key, d.sum = word(), word()
	d.mention, d.size = int32(num()), int32(num())
	count := num()
	if !ok || count > uint64(len(b)) {
		return nil, terms, false
	}
	start := len(terms)
	w := uint64(0)
	for range count {
		if w += num(); !ok || w >= uint64(n) {
			return nil, terms, false
		}
		terms = append(terms, int32(w))
	}
	d.terms = terms[start:len(terms):len(terms)]
	return b, terms, d.id >= 0 && d.mention >= 0 && d.size >= 0
}

// SearchState returns what the last build kept of the search index; nil
// when it failed.
func (m *Memo) SearchState() *SearchState {
	if m == nil || m.search.postings == nil {
		return nil
	}
	sm := &m.search
	st := &SearchState{Terms: sm.terms, Files: make(map[uint64]string, len(sm.files))}
	st.Events = slices.Sorted(maps.Keys(sm.events))
	st.Counts = make([]int32, len(st.Events))
	for i, key := range st.Events {
		e := sm.events[key]
		st.Counts[i] = int32(len(e))
		for k := range e {
			st.Docs = appendDoc(st.Docs, &e[k])
		}
	}
	for key, f := range sm.files {
		st.Files[key] = f.name
	}
	return st
}

// UseSearchState starts the memo's search index from st, what a build
// whose output has the files for which have is true kept. A state that
// does not hold together is not used.
func (m *Memo) UseSearchState(st *SearchState, have func(path string) bool) {
	if m == nil || st == nil || len(st.Counts) != len(st.Events) {
		return
	}
	events := make(map[uint64]searchEvent, len(st.Events))
	b := st.Docs
	var terms []int32
	for i, key := range st.Events {
		if st.Counts[i] < 0 || int(st.Counts[i]) > len(b) {
			return
		}
		e := make(searchEvent, st.Counts[i])
		for k := range e {
			var ok bool
			if b, terms, ok = readDoc(b, &e[k], terms, len(st.Terms)); !ok {
				return
			}
			e[k].event = key
		}
		events[key] = e
	}
	if len(b) != 0 {
		return
	}
	sm := &m.search
	sm.terms, sm.termID = st.Terms, make(map[string]int32, len(st.Terms))
	for i, w := range st.Terms {
		sm.termID[w] = int32(i)
	}
	sm.events, sm.read = events, true
	sm.files = make(map[uint64]namedFile, len(st.Files))
	for key, name := range st.Files {
		sm.files[key] = namedFile{name: name}
	}
	sm.have = have
}
