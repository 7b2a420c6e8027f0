// Package store keeps what one build makes for the next, and makes the
// keys it is kept by.
//
// A stage that would compute a value asks a Table for it by key first: a
// key hashes everything the value is made of (see Hash), so a value found
// under it is the value the stage would compute. Stages put what they
// compute, and a build starts with Begin, which drops what the build
// before did not use. A Store lives in memory while serve runs, holding
// the values themselves, so that a rebuild decodes nothing; Open reads
// one from a site's .timeline-cache/ folder, where Save writes the tables
// that say how their values are written as bytes.
//
// It knows no stage's types: a table's values are the stage's own, and
// their bytes are the stage's format. It does not decide what a key
// covers; the stage that makes a value does.
package store

import (
	"sync"
)

// Store holds tables of values by key. A nil *Store holds nothing: a
// build without a cache gets nothing from it, and puts into it for
// nothing. A Store serves one build at a time; the stages of that build
// may use it from several goroutines.
type Store struct {
	mu  sync.Mutex
	dir string // the cache folder; "" when Save writes nothing
	// memory is true for a store that lives in memory (serve): it keeps
	// the values of every table. A store read from disk for one build
	// keeps only those of the tables it saves: a value no build after
	// this one will see would only take room (the pieces of the data
	// files are the largest values a build makes).
	memory bool
	tables map[string]*table
	notes  []string // what was wrong with the cache on disk, said once
	builds int
	// prepared are the tables Prepare is writing ahead of Save.
	prepared map[string]*pending
}

// table is the values of one Table in a store.
type table struct {
	// cur holds the values this build used; old, those of the builds
	// before that this one has not asked for (yet).
	cur, old map[uint64]*entry
	most     int  // the most values a build has used (see Begin)
	linger   bool // see Table.Linger
	// dirty marks the shards of the table on disk that changed since
	// they were read or written.
	dirty [shards]bool
	codec codec // how its values are written, once a Table said so
}

// entry is one value: itself, or its bytes as read from disk until a
// build asks for it.
type entry struct {
	v     any
	b     []byte
	has   bool // v is the value
	shard int
}

// New returns an empty store kept in memory: serve's.
func New() *Store {
	return &Store{tables: map[string]*table{}, memory: true}
}

// Live makes s, read from disk, a store that lives in memory as New's
// does: it keeps the values of every table from now on, and Save still
// writes those of the tables kept on disk. serve starts from the cache on
// disk, keeps its own while it runs, and saves it when it stops.
func (s *Store) Live() {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.memory = true
}

// Begin starts a build. Values the build before did not use are dropped,
// but in the tables that let them linger (see Table.Linger).
func (s *Store) Begin() {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.builds++
	for _, t := range s.tables {
		t.begin()
	}
}

func (t *table) begin() {
	t.most = max(t.most, len(t.cur))
	switch {
	case !t.linger || t.old == nil || len(t.old)+len(t.cur) > 2*t.most:
		for k, e := range t.old {
			if _, ok := t.cur[k]; !ok {
				t.dirty[e.shard] = true
			}
		}
		t.old = t.cur
	default:
		for k, e := range t.cur {
			t.old[k] = e
		}
	}
	t.cur = make(map[uint64]*entry, len(t.old))
}

// Notes returns what was found wrong with the cache on disk since the
// last call, for the build's summary: each note says what was rebuilt.
func (s *Store) Notes() []string {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.notes
	s.notes = nil
	return n
}

// Table is one kind of value a stage keeps in a store, named once for the
// program (a package-level variable): its values are of type T.
type Table[T any] struct {
	// Name names the table in the store and its files on disk.
	Name string
	// Encode and Decode write a value as bytes and read it back; nil
	// for a table kept in memory only, never on disk.
	Encode func(T) []byte
	Decode func([]byte) (T, error)
	// Linger keeps a value that a build did not use for the builds
	// after, while the table holds at most twice the values a build
	// used: a row of a list page that a rebuild did not draw is on a
	// page that the next one may draw.
	Linger bool
}

// table returns the store's table of t, made on first use.
func (t *Table[T]) table(s *Store) *table {
	tb, ok := s.tables[t.Name]
	if !ok {
		tb = &table{cur: map[uint64]*entry{}}
		s.tables[t.Name] = tb
	}
	tb.linger = t.Linger
	if t.Encode != nil && tb.codec == nil {
		tb.codec = codecOf(t)
	}
	return tb
}

// Get returns the value of key, and whether the store holds it. A value
// read from disk that cannot be decoded is not held (and is dropped).
func (t *Table[T]) Get(s *Store, key uint64) (T, bool) {
	var zero T
	if s == nil {
		return zero, false
	}
	s.mu.Lock()
	tb := t.table(s)
	e, ok := tb.cur[key]
	if !ok {
		if e, ok = tb.old[key]; ok {
			tb.cur[key] = e
		}
	}
	if !ok {
		s.mu.Unlock()
		return zero, false
	}
	if e.has {
		v := e.v
		s.mu.Unlock()
		return v.(T), true
	}
	b := e.b
	s.mu.Unlock()
	if t.Decode == nil {
		return zero, false
	}
	v, err := t.Decode(b)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		delete(tb.cur, key)
		delete(tb.old, key)
		tb.dirty[e.shard] = true
		return zero, false
	}
	e.v, e.has = v, true
	return v, true
}

// Put keeps v as the value of key. A key hashes what its value is made
// of: a stage puts what it did not Get, and never changes a value once
// put (other stages, or the next build, may hold it).
func (t *Table[T]) Put(s *Store, key uint64, v T) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.memory && t.Encode == nil {
		return // no build after this one sees it
	}
	tb := t.table(s)
	sh := shardOf(key)
	tb.cur[key] = &entry{v: v, has: true, shard: sh}
	tb.dirty[sh] = true
}
