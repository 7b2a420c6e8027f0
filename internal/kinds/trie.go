package kinds

import (
	"maps"
	"slices"
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

// match is a signal, or one part of one, found in the sentence's words
// start to stop (excluded).
type match struct {
	end
	start, stop int32
	dropped     bool // inside a longer match
	cancelled   bool // after a negation or a denial (see cancelled)
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
