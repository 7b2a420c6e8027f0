package search

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"

	"timeline/internal/store"
)

// What one build keeps for the next.
//
// The state of a build is one value of the table states, under the key
// stateKey(lang): Write takes it at its start and puts its own back when
// it succeeds, so that a build that fails leaves the one before's in
// place. While serve runs, the store holds the value itself and a rebuild
// decodes nothing; a build on disk finds it in .timeline-cache/, written
// by encodeState with the store's Writer, and checks it (see decodeState
// and holds) rather than trusts it.
//
// The state holds what the index is made of, not its bytes: the
// documents of each event without their text, and the name of each file
// by the key of what it is made of. The files themselves are the
// output's: a file the state names is kept when the output says it still
// holds it (store.Output.Has), and made again otherwise.

// states holds the state of the index, one value per language.
var states = &store.Table[*state]{Name: "search", Encode: encodeState, Decode: decodeState}

// stateKey is the key of the state of the index written in lang: its
// format and its language, which every document's date is written in.
func stateKey(lang string) uint64 {
	h := store.NewHash()
	h.Text("search state")
	h.Word(baseKey(lang))
	return h.Sum()
}

// state is what the index of a build is made of.
type state struct {
	dict   *dict
	events map[uint64]eventDocs // the documents of each event, by its key (builder.eventKey)
	files  map[uint64]string    // the name of each file, by the key of what it is made of
	// postings are the documents of each term, by number, encoded and
	// the hash of that; nil for a state read from disk, whose postings
	// are computed again.
	postings [][]int64
	encoded  []string
	encSums  []uint64
	// read tells a state read from disk: its documents are checked
	// before use (see holds).
	read bool
	// arts are the articles' hashes by slug, episodes the episodesKey
	// and lexicons the lexicons' key, of the build; in memory only. A
	// mention of an unchanged article, in an event of the same id, with
	// the same episodes and lexicons, makes the same document (see
	// docReuse).
	arts     map[string]uint64
	episodes uint64
	lexicons uint64
}

// dict numbers the terms in the order they were first met: documents and
// postings name terms by number. The states of a store share one, which
// only grows: a number, once given, is its term's for as long as the dict
// lives, so a state never sees its numbers change, not even after a build
// that added terms and failed.
type dict struct {
	terms []string
	ids   map[string]int32
}

func newDict() *dict { return &dict{ids: map[string]int32{}} }

// id returns the number of term w, given one when it has none.
func (d *dict) id(w string) int32 {
	id, ok := d.ids[w]
	if !ok {
		id = int32(len(d.terms))
		d.terms = append(d.terms, w)
		d.ids[w] = id
	}
	return id
}

// encodeState writes s for the store on disk, as decodeState reads it:
// the terms in the order of their numbers; then, for each event in the
// order of its key, its key, its count of documents and its documents
// (see writeDoc); then, for each file in the order of its key, its key
// and its name.
func encodeState(s *state) []byte {
	var w store.Writer
	w.Uint(uint64(len(s.dict.terms)))
	for _, t := range s.dict.terms {
		w.String(t)
	}
	keys := slices.Sorted(maps.Keys(s.events))
	w.Uint(uint64(len(keys)))
	for _, key := range keys {
		e := s.events[key]
		w.Word(key)
		w.Uint(uint64(len(e)))
		for k := range e {
			writeDoc(&w, &e[k])
		}
	}
	keys = slices.Sorted(maps.Keys(s.files))
	w.Uint(uint64(len(keys)))
	for _, key := range keys {
		w.Word(key)
		w.String(s.files[key])
	}
	return w.Bytes()
}

// errDamaged says that a state read from disk does not hold together.
var errDamaged = errors.New("search state does not hold together")

// decodeState reads a state encodeState wrote, refusing one that does
// not hold together: the documents of an event are then checked against
// the event before use (see holds).
func decodeState(data []byte) (*state, error) {
	r := store.NewReader(data)
	d := &dict{terms: make([]string, r.Len())}
	d.ids = make(map[string]int32, len(d.terms))
	for i := range d.terms {
		d.terms[i] = r.String()
		d.ids[d.terms[i]] = int32(i)
	}
	if r.Err() == nil && len(d.ids) != len(d.terms) {
		return nil, fmt.Errorf("%w: a term numbered twice", errDamaged)
	}
	n := r.Len()
	events := make(map[uint64]eventDocs, n)
	var terms []int32
	for range n {
		key := r.Word()
		e := make(eventDocs, r.Len())
		for k := range e {
			var ok bool
			if terms, ok = readDoc(r, &e[k], terms, len(d.terms)); !ok {
				return nil, errDamaged
			}
			e[k].event = key
		}
		events[key] = e
	}
	n = r.Len()
	files := make(map[uint64]string, n)
	for range n {
		key, name := r.Word(), r.String()
		if r.Err() == nil && !isName(name) {
			return nil, fmt.Errorf("%w: a file named %q", errDamaged, name)
		}
		files[key] = name
	}
	if err := r.Done(); err != nil {
		return nil, fmt.Errorf("%w: %v", errDamaged, err)
	}
	return &state{dict: d, events: events, files: files, read: true}, nil
}

// isName reports whether name is one contentName gives.
func isName(name string) bool {
	if len(name) != nameLen {
		return false
	}
	for i := range len(name) {
		if c := name[i]; (c < '0' || c > '9') && (c < 'a' || c > 'v') {
			return false
		}
	}
	return true
}

// writeDoc writes a document of a state: its id, identity and sum, its
// mention and size, then its terms, by number, delta-coded.
func writeDoc(w *store.Writer, d *doc) {
	w.Uint(uint64(d.id))
	w.Word(d.key)
	w.Word(d.sum)
	w.Uint(uint64(d.mention))
	w.Uint(uint64(d.size))
	w.Uint(uint64(len(d.terms)))
	prev := int32(0)
	for _, t := range d.terms {
		w.Uint(uint64(t - prev))
		prev = t
	}
}

// readDoc reads a document writeDoc wrote, its terms appended to terms;
// ok is false when r does not hold one whose term numbers are below n.
func readDoc(r *store.Reader, d *doc, terms []int32, n int) (_ []int32, ok bool) {
	id, key, sum := r.Uint(), r.Word(), r.Word()
	mention, size := r.Uint(), r.Uint()
	if id >= 1<<62 || mention > math.MaxInt32 || size > math.MaxInt32 {
		return terms, false
	}
	*d = doc{id: int64(id), key: key, sum: sum, mention: int32(mention), size: int32(size)}
	count := r.Len()
	start := len(terms)
	t := uint64(0)
	for range count {
		if t += r.Uint(); t >= uint64(n) {
			return terms, false
		}
		terms = append(terms, int32(t))
	}
	d.terms = terms[start:len(terms):len(terms)]
	return terms, r.Err() == nil
}
