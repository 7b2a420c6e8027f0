package store

import (
	"math"
	"time"

	"github.com/zeebo/xxh3"
)

// Hash hashes length-prefixed fields, so that ("ab", "c") and ("a",
// "bc") differ: strings eight bytes at a time, their last bytes one by
// one with FNV-1a, written out rather than hash/fnv's, which would copy
// every string it is given; words at once. Keys are made with it. It is
// not a cryptographic hash: it tells a change, it does not resist one.
//
// Some of its values are part of the site (the search index numbers its
// documents with them): its algorithm never changes without a reason.
type Hash struct{ v uint64 }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// NewHash returns a hash of nothing yet.
func NewHash() Hash { return Hash{v: fnvOffset} }

// Word mixes in a word at once, with MurmurHash3's finalizer: every bit
// of v and of the state reaches every bit of the result.
func (h *Hash) Word(v uint64) {
	x := h.v ^ v
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	h.v = x
}

// Text mixes in a string and its length.
func (h *Hash) Text(s string) {
	h.Word(uint64(len(s)))
	// Eight bytes a word: rows and sentences are hashed by the thousand
	// in a rebuild, and a multiplication a byte showed in its profile.
	for ; len(s) >= 8; s = s[8:] {
		h.Word(uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56)
	}
	for i := 0; i < len(s); i++ {
		h.v ^= uint64(s[i])
		h.v *= fnvPrime
	}
}

// Bool mixes in a truth value.
func (h *Hash) Bool(b bool) {
	if b {
		h.Word(1)
	} else {
		h.Word(0)
	}
}

// Float mixes in a float, by its bits.
func (h *Hash) Float(f float64) { h.Word(math.Float64bits(f)) }

// Time mixes in an instant and the offset of its zone: the same instant
// in another zone may fall on another day.
func (h *Hash) Time(t time.Time) {
	h.Word(uint64(t.UnixNano()))
	_, off := t.Zone()
	h.Word(uint64(off))
}

// Sum returns the hash of what was mixed in so far.
func (h *Hash) Sum() uint64 { return h.v }

// String mixes in a string and its length as Text does for short ones;
// a long one by its XXH3 hash, which reads long strings far faster than
// Text, whose every word goes through the finalizer: the keys of a build
// hash every sentence of the timeline. (Text stays as it is for the
// values that are part of the site.)
func (h *Hash) String(s string) {
	if len(s) <= 32 {
		h.Text(s)
		return
	}
	h.Word(uint64(len(s)))
	h.Word(xxh3.HashString(s))
}

// Texts returns the hash of strs, each as Text mixes it in.
func Texts(strs ...string) uint64 {
	h := NewHash()
	for _, s := range strs {
		h.Text(s)
	}
	return h.Sum()
}

// Sum128 returns a 128-bit hash of data (XXH3), for telling whether a
// file's bytes changed: two different files have the same sum once in
// 2^64 pairs or so, where 64 bits would leave a site of a million files
// a chance in ten thousand.
func Sum128(data []byte) [16]byte { return xxh3.Hash128(data).Bytes() }

// Sum128Parts is Sum128 of the parts joined, without joining them.
func Sum128Parts(parts [][]byte) [16]byte {
	h := xxh3.New()
	for _, p := range parts {
		h.Write(p)
	}
	return h.Sum128().Bytes()
}
