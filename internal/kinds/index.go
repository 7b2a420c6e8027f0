package kinds

import (
	"maps"
	"slices"
	"unicode"
	"unicode/utf8"

	"timeline/internal/fold"
)

// index finds the signals of one language in a sentence. Their folded
// words are one trie, walked from each word of the sentence along the
// words that follow: a sentence costs one walk per word, however many
// signals there are, and most walks stop after two or three letters.
//
// A path in the trie is a signal's words, each followed by an edge that
// says how the word ends: whole (exact) or anywhere after its stem (star).
type index struct {
	root  [256]int32 // the node after a signal's first byte; 0 for none
	nodes []node     // nodes[0] is none, nodes[1] the root
	label []byte     // the byte of each edge, sorted within a node
	to    []int32    // the node each edge leads to
	ends  []end      // the signals ending at each node (see node.endAt)
	sigs  []sigRef   // by signal number
	cues  map[string]cue
}

// node is one node of the trie.
type node struct {
	edge, edges int32 // its edges: label[edge:edge+edges]
	exact       int32 // the node after a word that ends here; 0 for none
	star        int32 // the node after a stem that ends here, whatever follows it in the word
	endAt, endN int32 // ends[endAt:endAt+endN]
}

// end is a signal, or one part of one, that a path completes.
type end struct {
	sig  int32
	part uint8
}

// sigRef is what the index keeps of a signal.
type sigRef struct {
	kind  int16 // the kind's place in the typology; -1 for a "!" signal
	parts uint8
}

// builder makes an index: a trie of maps, flattened once complete.
type builder struct {
	nodes []bnode
	sigs  []sigRef
}

type bnode struct {
	kids        map[byte]int
	exact, star int
	ends        []end
}

func newBuilder() *builder { return &builder{nodes: []bnode{{}}} }

// add adds the signal sig of the kind numbered kind.
func (b *builder) add(sig signal, kind int) {
	n := int32(len(b.sigs))
	ref := sigRef{kind: int16(kind), parts: uint8(len(sig.parts))}
	if sig.not {
		ref.kind = -1
	}
	b.sigs = append(b.sigs, ref)
	for p, alts := range sig.parts {
		for _, ph := range alts {
			b.insert(ph, end{sig: n, part: uint8(p)})
		}
	}
}

func (b *builder) insert(ph phrase, e end) {
	cur := 0
	for _, st := range ph {
		for i := 0; i < len(st.text); i++ {
			cur = b.kid(cur, st.text[i])
		}
		next := &b.nodes[cur].exact
		if st.star {
			next = &b.nodes[cur].star
		}
		if *next == 0 {
			*next = len(b.nodes)
			b.nodes = append(b.nodes, bnode{})
		}
		cur = *next
	}
	b.nodes[cur].ends = append(b.nodes[cur].ends, e)
}

// kid returns the child of node n along c, made if need be.
func (b *builder) kid(n int, c byte) int {
	if k, ok := b.nodes[n].kids[c]; ok {
		return k
	}
	if b.nodes[n].kids == nil {
		b.nodes[n].kids = map[byte]int{}
	}
	k := len(b.nodes)
	b.nodes[n].kids[c] = k
	b.nodes = append(b.nodes, bnode{})
	return k
}

// index flattens the trie: builder node i is node i+1.
func (b *builder) index(cues map[string]cue) *index {
	x := &index{nodes: make([]node, len(b.nodes)+1), sigs: b.sigs, cues: cues}
	for i, bn := range b.nodes {
		nd := &x.nodes[i+1]
		nd.edge = int32(len(x.label))
		for _, c := range slices.Sorted(maps.Keys(bn.kids)) {
			x.label = append(x.label, c)
			x.to = append(x.to, int32(bn.kids[c]+1))
		}
		nd.edges = int32(len(x.label)) - nd.edge
		if bn.exact != 0 {
			nd.exact = int32(bn.exact + 1)
		}
		if bn.star != 0 {
			nd.star = int32(bn.star + 1)
		}
		nd.endAt, nd.endN = int32(len(x.ends)), int32(len(bn.ends))
		x.ends = append(x.ends, bn.ends...)
	}
	for c, k := range b.nodes[0].kids {
		x.root[c] = int32(k + 1)
	}
	return x
}

// child returns the child of nd along c, 0 for none.
func (x *index) child(nd *node, c byte) int32 {
	labels := x.label[nd.edge : nd.edge+nd.edges]
	for i, l := range labels {
		if l == c {
			return x.to[int(nd.edge)+i]
		}
	}
	return 0
}

// token is one word of a sentence, as bytes of the folded sentence.
type token struct {
	start, end int32
	// glued is true when only spaces, hyphens, apostrophes and quotes
	// stand between the word and the one before: a phrase goes on across them.
	glued bool
	// clause is true when a comma, a semicolon, a colon, a stop, a
	// parenthesis or a dash stands before the word: a negation does not
	// reach across it.
	clause bool
}

// match is a signal, or one part of one, found in the sentence's words
// start to stop (excluded).
type match struct {
	end
	start, stop int32
	dropped     bool // inside a longer match
	cancelled   bool // after a negation or a denial (see cancelled)
}

// scratch is the memory of one sentence, kept between sentences.
type scratch struct {
	buf     []byte
	words   []token
	matches []match
}

// Classes of the characters of a sentence, for split.
const (
	other byte = iota
	letter
	glue   // spaces, hyphens, apostrophes, quotes: a phrase goes on across them
	clause // , ; : . ! ? ( ) [ ] and dashes: a negation stops there
)

// ascii holds the class of each ASCII character and, for a letter, its
// folded form: split folds and splits an ASCII sentence in one pass,
// calling fold only for the other characters.
var ascii = func() (t [utf8.RuneSelf]struct{ class, lower byte }) {
	for b := range t {
		switch r := rune(b); {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			t[b].class, t[b].lower = letter, byte(r)
		case 'A' <= r && r <= 'Z':
			t[b].class, t[b].lower = letter, byte(r-'A'+'a')
		case r == ' ', r == '-', r == '\'', r == '`', r == '"', r == '\t', r == '\n', r == '\r', r == '\v', r == '\f':
			t[b].class = glue
		case r == ',', r == ';', r == ':', r == '.', r == '!', r == '?', r == '(', r == ')', r == '[', r == ']':
			t[b].class = clause
		}
	}
	return t
}()

// split folds the words of sentence into s.buf, one after the other, and
// records where each is in s.words: runs of letters and digits ("l'armée"
// is l, armee; "cessez-le-feu" is cessez, le, feu).
func (s *scratch) split(sentence string) {
	buf, words := s.buf[:0], s.words[:0]
	glued, broken := true, false
	start := -1
	for i := 0; i < len(sentence); {
		var c byte
		if b := sentence[i]; b < utf8.RuneSelf {
			a := ascii[b]
			i++
			if a.class == letter {
				if start < 0 {
					start = len(buf)
				}
				buf = append(buf, a.lower)
				continue
			}
			c = a.class
		} else {
			_, size := utf8.DecodeRuneInString(sentence[i:])
			n := len(buf)
			buf = fold.Append(buf, sentence[i:i+size])
			i += size
			if len(buf) == n {
				continue // a combining accent, which folding drops: the word goes on
			}
			if c = foldedClass(buf[n:]); c == letter {
				if start < 0 {
					start = n
				}
				continue
			}
			buf = buf[:n]
		}
		if start >= 0 {
			words = append(words, token{start: int32(start), end: int32(len(buf)), glued: glued, clause: broken})
			start, glued, broken = -1, true, false
		}
		switch c {
		case clause:
			glued, broken = false, true
		case other:
			glued = false
		}
	}
	if start >= 0 {
		words = append(words, token{start: int32(start), end: int32(len(buf)), glued: glued, clause: broken})
	}
	s.buf, s.words = buf, words
}

// foldedClass returns the class of a character that is not ASCII, from
// its folded form f: "é" is "e", a letter; a no-break space is a space.
func foldedClass(f []byte) byte {
	if f[0] < utf8.RuneSelf {
		return ascii[f[0]].class
	}
	switch r, _ := utf8.DecodeRune(f); {
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return letter
	case r == '—' || r == '–':
		return clause
	case r == '«' || r == '»' || r == '“' || r == '”':
		return glue // « opération antiterroriste » is still a phrase
	}
	return other
}

// find appends to s.matches every signal found in s.words.
func (x *index) find(s *scratch) {
	for w := range s.words {
		x.from(s, 0, w, w)
	}
}

// from walks the trie from node n (0: the root) along word w, in a
// signal whose first word is first.
func (x *index) from(s *scratch, n int32, w, first int) {
	tk := s.words[w]
	word := s.buf[tk.start:tk.end]
	cur := n
	if cur == 0 {
		if cur = x.root[word[0]]; cur == 0 {
			return
		}
		word = word[1:]
	}
	for _, c := range word {
		nd := &x.nodes[cur]
		if nd.star != 0 {
			x.reach(s, nd.star, w, first)
		}
		if cur = x.child(nd, c); cur == 0 {
			return
		}
	}
	nd := &x.nodes[cur]
	if nd.star != 0 {
		x.reach(s, nd.star, w, first) // "drone*" finds "drone"
	}
	if nd.exact != 0 {
		x.reach(s, nd.exact, w, first)
	}
}

// reach records the signals that end at node n, after word w, and goes
// on to the next word for the longer ones.
func (x *index) reach(s *scratch, n int32, w, first int) {
	nd := &x.nodes[n]
	for _, e := range x.ends[nd.endAt : nd.endAt+nd.endN] {
		s.matches = append(s.matches, match{end: e, start: int32(first), stop: int32(w + 1)})
	}
	if nd.edges > 0 && w+1 < len(s.words) && s.words[w+1].glued {
		x.from(s, n, w+1, first)
	}
}

// kinds returns the kinds the matches of s give, as a set of bits by the
// kinds' places in the typology.
func (x *index) kinds(s *scratch) uint64 {
	ms := s.matches
	x.dropContained(ms)
	for i := range ms {
		ms[i].cancelled = !ms[i].dropped && x.sigs[ms[i].sig].kind >= 0 && x.cancelled(s, ms[i])
	}
	var set uint64
	for i, m := range ms {
		if m.dropped || m.cancelled || m.part != 0 {
			continue
		}
		ref := x.sigs[m.sig]
		if ref.kind < 0 {
			continue
		}
		if ref.parts == 1 || x.allParts(ms, i) {
			set |= 1 << ref.kind
		}
	}
	return set
}

// dropContained drops every match inside a longer one: "tirs
// d'artillerie" is a strike, and its "tirs" no clash; and every match
// inside a "!" one, of the same length too: "!offensive diplomatique"
// leaves "offensive" nothing to signal, "!bombardement*" silences
// "bombard*".
func (x *index) dropContained(ms []match) {
	for i := range ms {
		m := ms[i]
		for _, o := range ms {
			if o.start > m.start || m.stop > o.stop {
				continue
			}
			longer := o.stop-o.start > m.stop-m.start
			if longer || x.sigs[o.sig].kind < 0 && x.sigs[m.sig].kind >= 0 {
				ms[i].dropped = true
				break
			}
		}
	}
}

// allParts reports whether every other part of the signal of ms[i], a
// first part, is found within pairReach words of it.
func (x *index) allParts(ms []match, i int) bool {
	first := ms[i]
	for p := uint8(1); p < x.sigs[first.sig].parts; p++ {
		found := false
		for _, m := range ms {
			if !m.dropped && !m.cancelled && m.sig == first.sig && m.part == p && gap(first, m) <= pairReach {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// gap returns the number of words between a and b.
func gap(a, b match) int {
	switch {
	case a.stop <= b.start:
		return int(b.start - a.stop)
	case b.stop <= a.start:
		return int(a.start - b.stop)
	}
	return 0
}
