package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"timeline/internal/fold"
)

// maxWord is the longest word, in bytes once folded, that can be a word of
// a name: a longer word of a sentence is skipped without a look-up, and
// folding a word never outgrows its buffer on the stack.
const maxWord = 48

// entry is one name to index and whose it is.
type entry struct {
	name      string
	id        int32
	metonym   bool // found only where it is not a place ("Bakou affirme", not "à Bakou")
	adjective bool // found in its inflected forms too ("arménienne", "arméniens")
}

// cand is one name in the index, under its first word.
type cand struct {
	rest    []string // the folded words after the first
	caps    uint64   // bit 0: the name's first word is written with a capital, and must be in the text
	acro    uint64   // bit k: word k is written in capitals ("UN"), and must be in the text: "Un accord" is no UN
	n       int32    // index of the place or actor; -1 for a name found and passed over
	metonym bool
	common  bool // its first word is also a common word: not found as a sentence's first word
	length  int  // the name's length in bytes once folded, to try longer names first
}

// index finds names by their first folded word: one look-up per word of a
// sentence, after a test of a bit set that most words fail.
type index struct {
	first map[string][]cand
	sieve [1 << 10]uint64 // bit sieveKey(w) set for every first word w
}

// commonWords are first words of names that are also common French or
// English words: capitalised as a sentence's first word, they are the word
// ("Grenade lancée…", "Tartar sauce…"), so a name is not found there.
var commonWords = map[string]bool{"grenade": true, "tartar": true, "vienne": true, "berde": true, "kut": true, "zod": true}

func newIndex(entries []entry) index {
	x := index{first: map[string][]cand{}}
	for _, e := range entries {
		forms := []string{e.name}
		if e.adjective {
			// "arménien": arménienne, arméniens, arméniennes; "russe": russes.
			for _, suffix := range []string{"e", "s", "es", "ne", "nes"} {
				forms = append(forms, e.name+suffix)
			}
		}
		for _, form := range forms {
			words, caps, acro := nameWords(form)
			if len(words) == 0 || len(words) > 64 {
				continue
			}
			c := cand{rest: words[1:], caps: caps, acro: acro, n: e.id, metonym: e.metonym, common: commonWords[words[0]]}
			for _, w := range words {
				c.length += len(w) + 1
			}
			x.add(words[0], c)
		}
	}
	for k, cs := range x.first {
		// The longest name first, then the first indexed: "corridor de
		// Latchine" before "corridor", and the order deterministic.
		sortCands(cs)
		x.first[k] = cs
	}
	return x
}

func (x *index) add(first string, c cand) {
	cs := x.first[first]
	for k := range cs {
		if o := &cs[k]; o.n == c.n && o.metonym == c.metonym && strings.Join(o.rest, " ") == strings.Join(c.rest, " ") {
			o.caps &= c.caps // "Nagorny Karabakh" and "nagorny-Karabakh" are one name
			o.acro &= c.acro
			return
		}
	}
	x.first[first] = append(x.first[first], c)
	k := sieveKey(first)
	x.sieve[k>>6] |= 1 << (k & 63)
}

// sieveKey hashes a folded word's length and first three bytes into the
// sieve: "de", "la" and "les" are no name's first word, and most of a
// sentence's words are told apart from the names' without a map look-up.
func sieveKey(w string) uint64 {
	h := uint64(len(w))
	for i := range min(3, len(w)) {
		h = h<<8 | uint64(w[i])
	}
	return h * 0x9e3779b97f4a7c15 >> (64 - 16)
}

// sieveKeyLower is sieveKey of the lowercase of an ASCII word, without
// lowercasing it first.
func sieveKeyLower(w string) uint64 {
	h := uint64(len(w))
	for i := range min(3, len(w)) {
		h = h<<8 | uint64(lower[w[i]])
	}
	return h * 0x9e3779b97f4a7c15 >> (64 - 16)
}

// maybe reports whether a name may start with the word whose sieve key is k.
func (x *index) maybe(k uint64) bool { return x.sieve[k>>6]&(1<<(k&63)) != 0 }

// lower lowercases an ASCII byte; wordByte says whether it belongs to a word.
var lower, wordByte = func() (l [256]byte, w [256]bool) {
	for i := range 256 {
		c := byte(i)
		l[i] = c
		if 'A' <= c && c <= 'Z' {
			l[i] = c + 'a' - 'A'
		}
		w[i] = 'a' <= l[i] && l[i] <= 'z' || '0' <= c && c <= '9'
	}
	return
}()

func sortCands(cs []cand) {
	// Insertion sort, stable: a word starts few names.
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].length > cs[j-1].length; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// FindPlaces returns the places sentence names, in order, without
// overlaps: at each word the longest name that starts there. A place named
// inside an actor's name is not found: "le groupe de Minsk" is no place.
func (g *Gazetteer) FindPlaces(sentence string) []Match {
	return g.placeIndex.find(nil, sentence, g.placeID, false)
}

// FindActors returns the actors sentence names, as FindPlaces does. The
// names of places that stand for an actor ("Bakou affirme") are not
// among them: in a sentence the place is as often the place ("Bakou a été
// frappée"), and FindPlaces finds it; Speaker reads them.
func (g *Gazetteer) FindActors(sentence string) []Match {
	return g.actorIndex.find(nil, sentence, g.actorID, false)
}

func (g *Gazetteer) placeID(n int32) string { return g.Places[n].ID }
func (g *Gazetteer) actorID(n int32) string { return g.Actors[n].ID }

// find appends the names of x found in s. With metonyms, a metonym is found
// where no preposition of place stands before it; without, never.
func (x *index) find(dst []Match, s string, id func(int32) string, metonyms bool) []Match {
	var buf [maxWord + utf8.UTFMax]byte
	var prev [2][2]int // the spans of the two words before, most recent first
	prev[0], prev[1] = [2]int{-1, -1}, [2]int{-1, -1}
	for i := 0; i < len(s); {
		ws, we, ascii := nextWord(s, i)
		if ws < 0 {
			break
		}
		i = we
		var w []byte
		ok := we-ws <= maxWord
		if ok && ascii {
			// Most words: sieved on their bytes, folded only if they pass.
			if ok = x.maybe(sieveKeyLower(s[ws:we])); ok {
				w, _ = foldWord(buf[:0], s[ws:we])
			}
		} else if ok {
			w, ok = foldWord(buf[:0], s[ws:we])
			ok = ok && len(w) > 0 && x.maybe(sieveKey(string(w)))
		}
		if ok {
			for _, c := range x.first[string(w)] {
				if !cased(s[ws:we], c, 0) || c.common && prev[0][0] < 0 {
					continue
				}
				if c.metonym && !metonyms {
					continue
				}
				end, ok := matchRest(s, we, c)
				if !ok {
					continue
				}
				// "au Haut-Karabakh": the place, whose words are then
				// passed over, not read again as "Karabakh".
				if c.n >= 0 && (!c.metonym || !locative(s, prev)) {
					dst = append(dst, Match{ID: id(c.n), Start: ws, End: end})
				}
				i = end
				break
			}
		}
		prev[1], prev[0] = prev[0], [2]int{ws, we}
	}
	return dst
}

// matchRest reports whether the words of c after its first follow in s from
// at, the end of its first word, and where the last one ends.
func matchRest(s string, at int, c cand) (int, bool) {
	var buf [maxWord + utf8.UTFMax]byte
	for k, want := range c.rest {
		// "Haut-Karabakh", "Haut Karabakh", "république d’Artsakh": words of
		// a name are joined by spaces, hyphens or apostrophes, not by a comma.
		j := at
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !joiner(r) {
				break
			}
			j += size
		}
		if j == at || j >= len(s) {
			return 0, false
		}
		ws, we, _ := nextWord(s, j)
		if ws != j {
			return 0, false
		}
		w, ok := foldWord(buf[:0], s[ws:we])
		if !ok || string(w) != want {
			return 0, false
		}
		if !cased(s[ws:we], c, k+1) {
			return 0, false
		}
		at = we
	}
	return at, true
}

// locatives are the prepositions after which a place's name is the place:
// "à Bakou", "in Baku", "près de Bakou".
var locatives = map[string]bool{
	"a": true, "au": true, "aux": true, "en": true, "dans": true, "vers": true, "depuis": true, "sur": true, "pres": true,
	"in": true, "at": true, "near": true, "from": true, "into": true, "to": true, "towards": true, "toward": true, "outside": true,
}

// locative reports whether the words before a name make it a place: a
// preposition of place, or "de" after one ("près de Bakou").
func locative(s string, prev [2][2]int) bool {
	word := func(span [2]int) string {
		if span[0] < 0 {
			return ""
		}
		return fold.String(s[span[0]:span[1]])
	}
	w := word(prev[0])
	if locatives[w] {
		return true
	}
	switch w {
	case "de", "d", "of", "du":
		switch word(prev[1]) {
		case "pres", "proche", "autour", "environs", "outskirts", "north", "south", "east", "west", "nord", "sud", "est", "ouest":
			return true
		}
	}
	return false
}

// joiner reports whether r joins the words of a name.
func joiner(r rune) bool {
	switch r {
	case ' ', '-', '\'', '’', '‘', 'ʼ', '\u00a0', '\u202f', '\u2009', '\u2010', '\u2011', '\u2013':
		return true
	}
	return false
}

// nextWord returns the span of the first word of s at or after i, a run of
// letters, digits and marks, and whether it is all ASCII; (-1, -1) when
// there is none.
func nextWord(s string, i int) (int, int, bool) {
	start := -1
	ascii := true
	for i < len(s) {
		c := s[i]
		var in bool
		size := 1
		if c < utf8.RuneSelf {
			in = wordByte[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			in = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
			if in {
				ascii = false
			}
		}
		if in && start < 0 {
			start = i
		} else if !in && start >= 0 {
			return start, i, ascii
		}
		i += size
	}
	if start < 0 {
		return -1, -1, true
	}
	return start, len(s), ascii
}

// foldWord returns the folded form of word, in buf's storage: fold's, with the
// Azerbaijani schwa as e ("Xankəndi" is "xankendi"), which has no
// decomposition for fold to drop. ok is false for a word too long to be a
// word of a name.
func foldWord(buf []byte, word string) ([]byte, bool) {
	if len(word) > maxWord {
		return buf[:0], false
	}
	dst := buf[:0]
	plain := true
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			plain = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	if plain {
		return dst, true
	}
	dst = fold.Append(buf[:0], word)
	if len(dst) > maxWord {
		return dst, false
	}
	// ə (U+0259) and Ə, lowercased by fold, are "\xc9\x99".
	k := 0
	for j := 0; j < len(dst); j++ {
		if dst[j] == 0xc9 && j+1 < len(dst) && dst[j+1] == 0x99 {
			dst[k] = 'e'
			j++
		} else {
			dst[k] = dst[j]
		}
		k++
	}
	return dst[:k], true
}

// cased reports whether word, the k-th of a name in the text, has the
// capitals the name has.
func cased(word string, c cand, k int) bool {
	bit := uint64(1) << k
	switch {
	case c.acro&bit != 0:
		return !hasLower(word)
	case c.caps&bit != 0:
		return startsUpper(word)
	}
	return true
}

// hasLower reports whether word has a lowercase letter.
func hasLower(word string) bool {
	for _, r := range word {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// startsUpper reports whether word starts with a capital letter.
func startsUpper(word string) bool {
	if c := word[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}

// nameWords returns the folded words of a name and, as bits, whether its
// first word needs a capital and which words are in capitals.
func nameWords(name string) ([]string, uint64, uint64) {
	var words []string
	var caps, acro uint64
	var buf []byte
	for i := 0; ; {
		ws, we, _ := nextWord(name, i)
		if ws < 0 {
			break
		}
		i = we
		w, ok := foldWord(buf[:0], name[ws:we])
		if !ok {
			return nil, 0, 0
		}
		// The capital of a name's first word tells it from a common word
		// ("Berd", "Goris"); the press capitalises the others as it
		// pleases ("ministère de la défense"). A word in capitals is an
		// acronym ("UN", not "Un accord"), wherever it stands.
		if startsUpper(name[ws:we]) && len(words) < 64 {
			if len(words) == 0 {
				caps = 1
			}
			if we-ws > 1 && !hasLower(name[ws:we]) {
				acro |= 1 << len(words)
			}
		}
		words = append(words, string(w))
	}
	return words, caps, acro
}

// Fold returns a name as matching compares it: its folded words (case,
// accents, the Azerbaijani letters) separated by one space, so that
// "Haut-Karabakh", "haut karabakh" and "Haut–Karabakh" are one.
func Fold(name string) string {
	words, _, _ := nameWords(name)
	return strings.Join(words, " ")
}
