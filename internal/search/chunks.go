package search

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"timeline/internal/jsonstr"
	"timeline/internal/store"
)

// manifest is what site.js reads first.
type manifest struct {
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
	// Variants are the names of the places and actors the events name,
	// one place or actor a string (see variants).
	Variants []string `json:"variants"`
}

// writeManifest puts the manifest into the output, the file site.js
// reads first, made of nothing but its bytes.
func (b *builder) writeManifest() error {
	data, err := json.Marshal(b.m)
	if err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	return b.out.Put(dataDir+"manifest.json", store.Texts(string(data)), data)
}

// chunks makes the chunks of terms, and lists them in the manifest.
func (b *builder) chunks() error {
	postings, terms := b.next.postings, b.next.dict.terms
	list := make([]string, 0, len(postings))
	for id, p := range postings {
		if len(p) > 0 {
			list = append(list, terms[id])
		}
	}
	slices.Sort(list)
	b.m.Terms = len(list)
	for _, l := range split("", list, b.fits) {
		name, err := b.chunkFile(l)
		if err != nil {
			return err
		}
		kind := "."
		if l.exact {
			kind = "="
		}
		b.m.Chunks = append(b.m.Chunks, name+kind+l.key)
	}
	return nil
}

// first returns the first page of results of term w.
func (b *builder) first(w string) []int64 {
	p := b.next.postings[b.next.dict.ids[w]]
	return p[:min(firstPage, len(p))]
}

// encoded returns the postings of term w, encoded.
func (b *builder) encoded(w string) string { return b.next.encoded[b.next.dict.ids[w]] }

// byID returns the document of id.
func (b *builder) byID(id int64) *doc {
	i, _ := slices.BinarySearchFunc(b.docs, id, func(d doc, id int64) int { return cmp.Compare(d.id, id) })
	return &b.docs[i]
}

// fits reports whether a chunk of the terms ts fits: whether its terms,
// their results and their first documents, each counted once, come to
// at most chunkTarget bytes.
func (b *builder) fits(ts []string) bool {
	n := 0
	seen := map[int64]bool{}
	for _, w := range ts {
		n += len(w) + len(b.encoded(w)) + 6
		for _, id := range b.first(w) {
			if !seen[id] {
				seen[id] = true
				n += int(b.byID(id).size) + 16
			}
		}
		if n > chunkTarget {
			return false
		}
	}
	return true
}

// chunkFile returns the name of the file of chunk l: its terms with
// their postings, and the documents of their first pages of results.
func (b *builder) chunkFile(l leaf) (string, error) {
	h := store.NewHash()
	h.Word(b.base)
	h.Text("chunk")
	var ids []int64
	for _, w := range l.terms {
		h.Text(w)
		h.Word(b.next.encSums[b.next.dict.ids[w]]) // hashed once when encoded: most terms' postings do not change
		ids = append(ids, b.first(w)...)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	for _, id := range ids {
		h.Word(b.byID(id).sum)
	}
	return b.file(h.Sum(), "t/", func() []byte {
		buf := []byte(`{"t":{`)
		for k, w := range l.terms {
			if k > 0 {
				buf = append(buf, ',')
			}
			buf = jsonstr.Append(buf, w)
			buf = append(buf, ':', '"')
			buf = append(buf, b.encoded(w)...)
			buf = append(buf, '"')
		}
		buf = append(buf, `},"d":{`...)
		for k, id := range ids {
			if k > 0 {
				buf = append(buf, ',')
			}
			buf = append(buf, '"')
			buf = strconv.AppendInt(buf, id, 10)
			buf = append(buf, '"', ':')
			buf = b.docJSON(buf, b.byID(id))
		}
		return append(buf, '}', '}')
	})
}

// leaf is a chunk of terms: those that start with key, or, exact, the
// term key alone.
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
