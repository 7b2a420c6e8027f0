package search

import (
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"timeline/internal/fold"
)

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

// stopList returns the stop words, folded, each once, sorted: as the
// manifest lists them.
func stopList() []string {
	out := make([]string, 0, len(stopSet))
	for w := range stopSet {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

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

// termReader finds the terms of documents, numbered by a dict.
type termReader struct {
	dict *dict
	// buf and ts are docTerms' scratch: a document's folded text and
	// its terms, which are kept in a slice of their size.
	buf []byte
	ts  []int32
}

// docTerms returns the numbers of the terms of a document's texts,
// sorted, each once. A term already known costs no string.
func (r *termReader) docTerms(texts ...string) []int32 {
	r.buf = r.buf[:0]
	for k, t := range texts {
		if k > 0 {
			r.buf = append(r.buf, ' ')
		}
		r.buf = fold.Append(r.buf, t)
	}
	r.ts = r.ts[:0]
	eachTerm(r.buf, func(w []byte) {
		id, ok := r.dict.ids[string(w)]
		if !ok {
			id = r.dict.id(string(w))
		}
		r.ts = append(r.ts, id)
	})
	slices.Sort(r.ts)
	return slices.Clone(slices.Compact(r.ts))
}
