// Package kinds says what kind of event a sentence reports, after the
// event types of ACLED: an armed clash, a strike, violence against
// civilians, mines and explosions, a ceasefire, talks, an arrest, a
// protest, displacement, a blockade, a statement — several, or none.
//
// The kinds and the words that signal them are a lexicon, kinds.toml,
// embedded here and written for editors; a site extends it with its own
// content/kinds.toml (see Load, and file.go for its checks; signal.go
// reads one signal). A sentence is split into folded words (words.go,
// internal/fold) and its signals found through one trie per language
// (trie.go). What lists cannot say is in rules: the longest of
// overlapping signals wins, and the parts of a signal stand close
// together (overlap.go); a signal after a negation, a threat or a denial
// does not count (negation.go).
//
// It reads one sentence at a time and knows nothing of articles, dates or
// happenings: the timeline gives a happening the kinds of its sentences.
// It reads no file: the build hands it the editor's.
package kinds

import (
	_ "embed"
	"maps"
	"math/bits"
	"sync"

	"timeline/internal/diag"
)

// Languages are the languages of the names and signals of a kind.
var Languages = []string{"fr", "en"}

// Kind is one kind of event.
type Kind struct {
	ID      string              // "clash": ascii, for exports and addresses
	Names   map[string]string   // by language: "fr": "Affrontements armés", "en": "Armed clashes"
	Signals map[string][]string // by language, as written in the files, the defaults' first
}

// Typology is a list of kinds compiled for reading sentences. It is safe
// for use by several goroutines at once.
type Typology struct {
	kinds   []Kind
	indexes map[string]*index // by language
}

// File is an editor's kinds file: its path relative to the site folder,
// for the messages, and its bytes. The zero File is no file.
type File struct {
	Path string
	Data []byte
}

//go:embed kinds.toml
var defaults []byte

// defaultFile names the embedded file in messages: its problems are the
// program's, which a test keeps at none.
var defaultFile = File{Path: "internal/kinds/kinds.toml", Data: defaults}

// defaultEntries are the embedded file's entries, read once.
var defaultEntries = sync.OnceValue(func() []entry {
	es, _ := parse(defaultFile)
	return es
})

var defaultTypology = sync.OnceValue(func() *Typology {
	return compile(defaultEntries())
})

// Default returns the typology of the embedded kinds.toml.
func Default() *Typology { return defaultTypology() }

// Load returns the typology of the embedded kinds.toml extended by the
// editor's file f, and the problems found in f. An entry of f whose id is
// a default kind's adds its signals to that kind's (all of them instead,
// with replace = true) and renames it in the languages it names; an
// entry with a new id adds a kind after the defaults. An entry with an
// error is left out; the others apply.
func Load(f File) (*Typology, diag.List) {
	if f.Path == "" && f.Data == nil {
		return Default(), nil
	}
	defaults := defaultEntries()
	known := make([]string, len(defaults))
	for i, d := range defaults {
		known[i] = d.id
	}
	entries, probs := parse(f, known...)
	return compile(merge(defaults, entries)), probs
}

// Of returns the ids of the kinds sentence signals, in the typology's
// order, nil for none. lang is the sentence's language, "fr" or "en"; a
// language the typology has no signals for gives none.
func (t *Typology) Of(sentence, lang string) []string {
	x := t.indexes[lang]
	if x == nil || sentence == "" {
		return nil
	}
	s := pool.Get().(*scratch)
	defer pool.Put(s)
	s.split(sentence)
	s.matches = s.matches[:0]
	x.find(s)
	if len(s.matches) == 0 {
		return nil
	}
	set := x.kinds(s)
	if set == 0 {
		return nil
	}
	ids := make([]string, 0, bits.OnesCount64(set))
	for k := range t.kinds {
		if set&(1<<k) != 0 {
			ids = append(ids, t.kinds[k].ID)
		}
	}
	return ids
}

// pool keeps the scratch memory of sentences: a sentence with no signal
// allocates nothing.
var pool = sync.Pool{New: func() any { return new(scratch) }}

// Kinds returns the kinds, in order: the defaults', then the editor's new
// ones. The result is a copy.
func (t *Typology) Kinds() []Kind {
	out := make([]Kind, len(t.kinds))
	for i, k := range t.kinds {
		out[i] = k.clone()
	}
	return out
}

// Name returns the name of kind id in lang; in English when it has none
// in lang, and id itself for an unknown id.
func (t *Typology) Name(id, lang string) string {
	for _, k := range t.kinds {
		if k.ID != id {
			continue
		}
		if n := k.Names[lang]; n != "" {
			return n
		}
		if n := k.Names["en"]; n != "" {
			return n
		}
		break
	}
	return id
}

func (k Kind) clone() Kind {
	c := Kind{ID: k.ID, Names: maps.Clone(k.Names), Signals: map[string][]string{}}
	for l, s := range k.Signals {
		c.Signals[l] = append([]string(nil), s...)
	}
	return c
}
