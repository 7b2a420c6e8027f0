package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"timeline/internal/fold"
	"timeline/internal/timeline"
)

// The search index, built with the site and read by assets/site.js.
//
// A document is one mention: the sentence, who it quotes, the outlet, and
// the event's date as the page writes it. Terms
// are the folded words of those texts (lowercase, without accents: see
// internal/fold; site.js folds queries the same way). The terms are split
// into chunks by prefix, each small enough to download at once. A chunk
// also holds the documents of the first results of each of its terms, so
// a one-word query shows its first page after one round of requests: the
// chunks its word needs, fetched together. Further pages, and the
// results of several words, fetch their documents, 25 to a file.
// Documents are numbered in date order, so sorted results read as a
// timeline.
//
//	search/data/manifest.json      the chunks' prefixes, episodes, stop words, version
//	search/data/t/<i>.<version>.json   chunk i: {"t":{"term":"doc ids"},"d":{"id":document}}
//	search/data/d/<n>.<version>.json   docs n×25…: [document, …]
//
// A document is [event, anchor, date, episode, sentence, outlet,
// attribution]. A term's doc ids are delta-coded, each delta written
// in base 32, low digits first, as one character per digit: a
// last digit is one of digits[:32], the others one of digits[32:]
// (see encodePostings). That is about a byte a result for a common word,
// where JSON numbers took three.
//
// The version is a hash of the whole index: a new build's files never
// mix with a cached old manifest's.

// Search index layout.
const (
	searchDir   = "search/data/"
	chunkTarget = 24 << 10 // bytes of JSON a term chunk aims at
	docsPerFile = 25       // a page of results is 10 documents, often far apart
	minTerm     = 2        // shorter words are not indexed
	firstPage   = 10       // results site.js shows first: a chunk holds its terms' first documents
)

// digits are the characters of a posting list: 32 last digits, then 32
// digits that another follows. None needs escaping in JSON or HTML.
const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"

// encodePostings writes sorted doc ids as site.js's decode reads them.
func encodePostings(ids []int) string {
	b := make([]byte, 0, len(ids)*2)
	prev := 0
	for _, id := range ids {
		d := id - prev
		prev = id
		for d >= 32 {
			b = append(b, digits[32+(d&31)])
			d >>= 5
		}
		b = append(b, digits[d])
	}
	return string(b)
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
	for _, w := range strings.FieldsFunc(fold.String(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if utf8.RuneCountInString(w) >= minTerm && !stopSet[w] {
			out = append(out, w)
		}
	}
	return out
}

// searchManifest is what site.js reads first.
type searchManifest struct {
	Version  int      `json:"v"`
	Stop     []string `json:"stop"`
	Min      int      `json:"min"`
	Episodes []string `json:"episodes"`
	Per      int      `json:"per"`
	Count    int      `json:"count"` // documents
	Terms    int      `json:"terms"`
	Docs     int      `json:"docs"`   // files of documents
	Chunks   [][2]any `json:"chunks"` // [prefix, 1 when it holds only that exact term]; the file is t/<index>
	Hash     string   `json:"hash"`   // the version in every file name
}

// searchChunk is one file of terms.
type searchChunk struct {
	Terms map[string]string       `json:"t"` // term: its doc ids (encodePostings)
	Docs  map[int]json.RawMessage `json:"d"` // the first documents of each term, by id
}

type leaf struct {
	key   string
	exact bool
	terms []string
}

// searchFiles builds the search index of the timeline.
func (s *Site) searchFiles(t *timeline.Timeline) ([]File, error) {
	epIndex := map[*timeline.Episode]int{}
	m := searchManifest{Version: 2, Min: minTerm, Per: docsPerFile, Stop: make([]string, 0, len(stopSet))}
	for w := range stopSet {
		m.Stop = append(m.Stop, w)
	}
	sort.Strings(m.Stop)
	for i, ep := range t.Episodes {
		epIndex[ep] = i
		m.Episodes = append(m.Episodes, ep.Title)
	}
	bySlug := map[string]*timeline.Article{}
	for _, a := range t.Articles {
		bySlug[a.Slug] = a
	}
	postings := map[string][]int{}
	var docs [][]any
	for _, ev := range t.Events {
		date := FormatDate(ev.Date, s.lang)
		for _, mn := range ev.Mentions {
			id := len(docs)
			outlet := ""
			if a := bySlug[mn.Source]; a != nil {
				outlet = a.Source
			}
			docs = append(docs, []any{ev.ID, mn.Anchor, date, epIndex[ev.Episode], mn.Sentence, outlet, mn.Attribution})
			for _, w := range Terms(strings.Join([]string{mn.Sentence, mn.Attribution, outlet, date}, " ")) {
				p := postings[w]
				if len(p) == 0 || p[len(p)-1] != id {
					postings[w] = append(p, id)
				}
			}
		}
	}
	m.Count = len(docs)
	var files []File
	version := sha256.New()
	add := func(dir string, n int, data []byte) {
		version.Write(data)
		files = append(files, File{Path: searchDir + dir + strconv.Itoa(n), Data: data})
	}
	// Each document is written once, for its file of 25 and for the
	// chunks that hold it among their first results.
	docJSON := make([][]byte, len(docs))
	for i, d := range docs {
		data, err := json.Marshal(d)
		if err != nil {
			return nil, err
		}
		docJSON[i] = data
	}
	for i := 0; i < len(docs); i += docsPerFile {
		data := append([]byte{'['}, bytes.Join(docJSON[i:min(i+docsPerFile, len(docs))], []byte{','})...)
		add("d/", i/docsPerFile, append(data, ']'))
		m.Docs++
	}

	terms := make([]string, 0, len(postings))
	for w := range postings {
		terms = append(terms, w)
	}
	sort.Strings(terms)
	m.Terms = len(terms)
	encoded := make(map[string]string, len(terms))
	for _, w := range terms {
		encoded[w] = encodePostings(postings[w])
	}
	first := func(w string) []int { return postings[w][:min(firstPage, len(postings[w]))] }
	// A chunk fits when its terms, their results and their first
	// documents, each counted once, come to at most chunkTarget bytes.
	fits := func(ts []string) bool {
		n := 0
		seen := map[int]bool{}
		for _, w := range ts {
			n += len(w) + len(encoded[w]) + 6
			for _, id := range first(w) {
				if !seen[id] {
					seen[id] = true
					n += len(docJSON[id]) + 10
				}
			}
			if n > chunkTarget {
				return false
			}
		}
		return true
	}
	for i, l := range split("", terms, fits) {
		c := searchChunk{Terms: map[string]string{}, Docs: map[int]json.RawMessage{}}
		for _, w := range l.terms {
			c.Terms[w] = encoded[w]
			for _, id := range first(w) {
				c.Docs[id] = docJSON[id]
			}
		}
		data, err := json.Marshal(c)
		if err != nil {
			return nil, err
		}
		add("t/", i, data)
		exact := 0
		if l.exact {
			exact = 1
		}
		m.Chunks = append(m.Chunks, [2]any{l.key, exact})
	}
	m.Hash = hex.EncodeToString(version.Sum(nil))[:10]
	for i := range files {
		files[i].Path += "." + m.Hash + ".json"
	}
	data, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("search manifest: %w", err)
	}
	files = append(files, File{Path: searchDir + "manifest.json", Data: data})
	return files, nil
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
