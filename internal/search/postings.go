package search

import (
	"slices"

	"timeline/internal/store"
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

// postings computes the documents of each term into the state of this
// build, and encodes the terms whose postings changed. Given the
// postings of the build before, only the terms of the events added and
// of the events gone are computed again, unless they are many; else all
// are.
func (b *builder) postings() {
	var gone []uint64
	for key := range b.prev.events {
		if _, ok := b.next.events[key]; !ok {
			gone = append(gone, key)
		}
	}
	if b.prev.postings == nil || len(b.added)+len(gone) > len(b.next.events)/4 {
		b.allPostings()
		return
	}
	b.changedPostings(gone)
}

// allPostings computes the postings of every term.
func (b *builder) allPostings() {
	s := b.next
	n := len(s.dict.terms)
	counts := make([]int, n)
	for _, d := range b.docs {
		for _, w := range d.terms {
			counts[w]++
		}
	}
	// One array for all the postings, each term's part capped so that
	// no append runs into the next (a rebuild's changedPostings makes
	// the postings of a term that changed anew).
	total := 0
	for _, c := range counts {
		total += c
	}
	all := make([]int64, total)
	s.postings = make([][]int64, n)
	for w, c := range counts {
		s.postings[w], all = all[:0:c], all[c:]
	}
	for _, d := range b.docs {
		for _, w := range d.terms {
			s.postings[w] = append(s.postings[w], d.id)
		}
	}
	s.encoded = make([]string, n)
	s.encSums = make([]uint64, n)
	for w, p := range s.postings {
		s.encoded[w] = encodePostings(p)
		s.encSums[w] = store.Texts(s.encoded[w])
	}
}

// changedPostings computes the postings of the terms of the documents of
// the events added and of those gone, and takes the others from the
// build before.
func (b *builder) changedPostings(gone []uint64) {
	prev, s := b.prev, b.next
	out, in := b.termChanges(gone)
	n := len(s.dict.terms)
	s.postings = make([][]int64, n)
	copy(s.postings, prev.postings)
	s.encoded = make([]string, n)
	copy(s.encoded, prev.encoded)
	s.encSums = make([]uint64, n)
	copy(s.encSums, prev.encSums)
	for w := range out {
		if _, ok := in[w]; !ok {
			in[w] = nil
		}
	}
	for w, ids := range in {
		drop := out[w]
		slices.Sort(drop)
		slices.Sort(ids)
		p := make([]int64, 0, len(s.postings[w])+len(ids))
		for _, id := range s.postings[w] {
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
		s.postings[w] = append(p, ids...)
		s.encoded[w] = encodePostings(s.postings[w])
		s.encSums[w] = store.Texts(s.encoded[w])
	}
}

// termChanges returns, by term, the ids to take out of its postings and
// those to put in: the documents of the events gone and of those added,
// but for the documents that are the same in both.
func (b *builder) termChanges(gone []uint64) (out, in map[int32][]int64) {
	was := map[int64]uint64{}
	for _, key := range gone {
		for _, d := range b.prev.events[key] {
			was[d.id] = d.sum
		}
	}
	same := map[int64]bool{}
	out, in = map[int32][]int64{}, map[int32][]int64{}
	for _, key := range b.added {
		for _, d := range b.next.events[key] {
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
		for _, d := range b.prev.events[key] {
			if same[d.id] {
				continue
			}
			for _, w := range d.terms {
				out[w] = append(out[w], d.id)
			}
		}
	}
	return out, in
}
