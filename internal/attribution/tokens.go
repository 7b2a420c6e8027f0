package attribution

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"timeline/internal/fold"
)

// word is one token of the sentence: a run of letters, digits, apostrophes
// and inner hyphens or periods, or one punctuation character.
type word struct {
	start, end int32  // bytes of the sentence, which read keeps under 2 GB
	f          string // folded form
	punct      bool
	upper      bool  // starts with a capital: "Aliev", "Bakou"
	ascii      bool  // written in ASCII: "a" the auxiliary, not "à" the preposition
	hyphen     bool  // joins letters with a hyphen: "a-t-il", "porte-parole"
	cls        class // the word lists f is in
}

// is reports whether the word is in one of the lists of c.
func (w word) is(c class) bool { return w.cls&c != 0 }

// tokens are the words of a sentence and the buffer their folded forms
// are slices of.
type tokens struct {
	ws  []word
	buf []byte
	// cues are the indexes of the words a rule starts from (see cue),
	// which read lists: the rules look at them, not at every word.
	cues []int32
}

// cue are the lists of the words a rule starts from: reporting verbs,
// passive auxiliaries, the pronoun of a reflexive verb and source
// markers. A verb with its pronoun after it is one too: "a-t-il",
// "affirme-t-elle".
const cue = presentForm | englishForm | auxiliary | be | opener | self

// tokenize splits s into words, in t.ws. The words are folded one after the
// other into t.buf, and their folded forms are views of it: a sentence
// costs no allocation once the buffers have grown. The folded forms are
// valid until the next call with t, and never leave Find.
func tokenize(t *tokens, s string) {
	ws := t.ws[:0]
	buf := t.buf[:0]
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isSpace(r):
			i += size
		case isAlnum(r):
			j := i + size
			plain := size == 1 // the word is ASCII
			hyphen := false
			var kinds uint8 // of its ASCII letters and digits
			if plain {
				kinds = ascii[r]
			}
			for j < len(s) {
				r2, s2 := rune(s[j]), 1
				if r2 < utf8.RuneSelf {
					if k := ascii[r2]; k&(letter|digit) != 0 {
						kinds |= k
						j++
						continue
					}
				} else {
					r2, s2 = utf8.DecodeRuneInString(s[j:])
					plain = false
					if isAlnumRune(r2) {
						j += s2
						continue
					}
				}
				// "aujourd'hui", "porte-parole", "M.Hasanov": a joiner between letters.
				if (r2 == '-' || r2 == '.') && j+s2 < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+s2:]); isLetter(r3) {
						hyphen = hyphen || r2 == '-'
						j += s2
						continue
					}
				}
				// "M. Aliev", "Dr. Smith": a title keeps its period.
				if r2 == '.' && j-i <= 3 && unicode.IsUpper(r) && isTitle(s[i:j]) {
					j += s2
					break
				}
				if r2 == '\'' || r2 == '’' {
					// an elision ends the word: "l'", "d'", "qu'"
					j += s2
				}
				break
			}
			from := len(buf)
			if plain {
				// An ASCII word of letters, digits, joiners and an
				// apostrophe folds to its lowercase.
				buf = append(buf, s[i:j]...)
				if kinds&upper != 0 {
					for k, c := range buf[from:] {
						if 'A' <= c && c <= 'Z' {
							buf[from+k] = c + 'a' - 'A'
						}
					}
				}
			} else {
				buf = fold.Append(buf, s[i:j])
			}
			f := view(buf, from)
			ws = append(ws, word{start: int32(i), end: int32(j), f: f, upper: unicode.IsUpper(r), ascii: plain, hyphen: hyphen, cls: classOf(f)})
			i = j
		default:
			from := len(buf)
			buf = utf8.AppendRune(buf, r)
			f := view(buf, from)
			ws = append(ws, word{start: int32(i), end: int32(i + size), f: f, punct: true, cls: classOf(f)})
			i += size
		}
	}
	t.ws, t.buf = ws, buf
}

// view returns buf[from:] as a string, without copying it. The bytes stay
// as they are until the next tokenize with the same buffer: append writes
// after them, or moves on to a new array and leaves them be.
func view(buf []byte, from int) string {
	return unsafe.String(unsafe.SliceData(buf[from:]), len(buf)-from)
}

// classOf returns the lists the folded word f is in.
func classOf(f string) class {
	if !mayBeListed(f) {
		return 0
	}
	if len(f) <= 8 {
		return short.lookup(f)
	}
	return lists[f]
}

// shortTable holds the listed words of up to eight bytes, by their bytes
// as one number: most listed tokens are short ("le", "de", "a", "qu'"),
// and a multiplication finds them where the map hashed the string.
type shortTable [1024]struct {
	key uint64
	n   uint8 // length of the word, 0 for an empty slot
	cls class
}

var short = func() *shortTable {
	t := new(shortTable)
	n := 0
	for w, c := range lists {
		if len(w) > 8 {
			continue
		}
		if n++; n > len(t)/2 {
			// a full table would never end a lookup, a crowded one is slow
			panic("attribution: too many short listed words for shortTable")
		}
		k := pack(w)
		h := slot(k)
		for t[h].n != 0 {
			h = (h + 1) % len(t)
		}
		t[h].key, t[h].n, t[h].cls = k, uint8(len(w)), c
	}
	return t
}()

// lookup returns the lists f, of one to eight bytes, is in.
func (t *shortTable) lookup(f string) class {
	k := pack(f)
	for h := slot(k); t[h].n != 0; h = (h + 1) % len(t) {
		if t[h].key == k && int(t[h].n) == len(f) {
			return t[h].cls
		}
	}
	return 0
}

// pack returns the bytes of s, at most eight, as one number.
func pack(s string) uint64 {
	var k uint64
	for i := 0; i < len(s); i++ {
		k |= uint64(s[i]) << (8 * i)
	}
	return k
}

// slot returns where the key k goes in a shortTable.
func slot(k uint64) int { return int((k * 0x9e3779b97f4a7c15) >> (64 - 10)) }

// isSpace, isLetter and isAlnum are unicode.IsSpace, unicode.IsLetter and
// unicode.IsLetter || unicode.IsDigit, with a table for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&space != 0
	}
	return unicode.IsSpace(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&letter != 0
	}
	return unicode.IsLetter(r)
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&(letter|digit) != 0
	}
	return isAlnumRune(r)
}

// isAlnumRune is out of line so that isAlnum, its ASCII test, is inlined.
//
//go:noinline
func isAlnumRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

const (
	space = 1 << iota
	letter
	digit
	upper
)

// ascii holds what the unicode package says of each ASCII character.
var ascii = func() (t [utf8.RuneSelf]uint8) {
	for r := range rune(utf8.RuneSelf) {
		if unicode.IsSpace(r) {
			t[r] |= space
		}
		if unicode.IsLetter(r) {
			t[r] |= letter
		}
		if unicode.IsDigit(r) {
			t[r] |= digit
		}
		if unicode.IsUpper(r) {
			t[r] |= upper
		}
	}
	return t
}()

// isTitle reports whether w, at most three bytes, folds to a title: "M", "Dr".
func isTitle(w string) bool {
	var b [3 * utf8.UTFMax]byte
	return titles[string(fold.Append(b[:0], w))]
}
