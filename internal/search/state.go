package search

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"maps"
	"slices"

	"timeline/internal/store"
)

// What one build keeps for the next.
//
// The state of a build is one value of the table states, under the key
// stateKey(lang): Write takes it at its start and puts its own back when
// it succeeds, so that a build that fails leaves the one before's in
// place. While serve runs, the store holds the value itself and a rebuild
// decodes nothing; a build on disk finds it in .timeline-cache/, encoded
// as encodeState writes it, and checks it (see decodeState and holds)
// rather than trusts it.
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
	// arts are the articles' hashes by slug, and episodes the
	// episodesKey, of the build; in memory only. A mention of an
	// unchanged article, in an event of the same id and the same
	// episodes, makes the same document (see docReuse).
	arts     map[string]uint64
	episodes uint64
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

// wire is a state as encodeState writes it, with gob: the terms by
// number, the events' keys in order, each with its count of documents,
// the documents one after the other (see appendDoc), and the files'
// names by key.
type wire struct {
	Terms  []string
	Events []uint64
	Counts []int32
	Docs   []byte
	Files  map[uint64]string
}

// encodeState writes s for the store on disk.
func encodeState(s *state) []byte {
	w := wire{Terms: s.dict.terms, Files: s.files}
	w.Events = slices.Sorted(maps.Keys(s.events))
	w.Counts = make([]int32, len(w.Events))
	for i, key := range w.Events {
		e := s.events[key]
		w.Counts[i] = int32(len(e))
		for k := range e {
			w.Docs = appendDoc(w.Docs, &e[k])
		}
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&w); err != nil {
		panic(err) // strings, numbers and bytes: gob cannot fail
	}
	return b.Bytes()
}

// decodeState reads a state encodeState wrote, refusing one that does
// not hold together.
func decodeState(data []byte) (*state, error) {
	var w wire
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&w); err != nil {
		return nil, err
	}
	return w.state()
}

// errDamaged says that a state read from disk does not hold together.
var errDamaged = errors.New("search state does not hold together")

// state returns the state w holds.
func (w *wire) state() (*state, error) {
	if len(w.Counts) != len(w.Events) {
		return nil, errDamaged
	}
	for _, name := range w.Files {
		if !isName(name) {
			return nil, fmt.Errorf("%w: a file named %q", errDamaged, name)
		}
	}
	events := make(map[uint64]eventDocs, len(w.Events))
	b := w.Docs
	var terms []int32
	for i, key := range w.Events {
		if w.Counts[i] < 0 || int(w.Counts[i]) > len(b) {
			return nil, errDamaged
		}
		e := make(eventDocs, w.Counts[i])
		for k := range e {
			var ok bool
			if b, terms, ok = readDoc(b, &e[k], terms, len(w.Terms)); !ok {
				return nil, errDamaged
			}
			e[k].event = key
		}
		events[key] = e
	}
	if len(b) != 0 {
		return nil, errDamaged
	}
	d := &dict{terms: w.Terms, ids: make(map[string]int32, len(w.Terms))}
	for i, t := range w.Terms {
		d.ids[t] = int32(i)
	}
	if len(d.ids) != len(d.terms) {
		return nil, fmt.Errorf("%w: a term numbered twice", errDamaged)
	}
	if w.Files == nil {
		w.Files = map[uint64]string{}
	}
	return &state{dict: d, events: events, files: w.Files, read: true}, nil
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

// appendDoc writes a document of a state: its id, identity and sum, its
// mention and size, then its terms, by number, delta-coded. One slice of
// bytes, not a slice per field: gob writes and reads it at once.
func appendDoc(b []byte, d *doc) []byte {
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
func readDoc(b []byte, d *doc, terms []int32, n int) (rest []byte, _ []int32, ok bool) {
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
