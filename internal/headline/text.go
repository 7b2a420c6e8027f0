package headline

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// text is a sentence cut into tokens, words and punctuation marks, each
// looked up once in the lexicon: the rules read classes and ids, never
// strings, and a sentence costs no allocation once the buffers have grown.
type text struct {
	s     string
	lang  string // "fr", "en", or "" for both
	toks  []token
	buf   []byte // the keys of the tokens, one after the other
	words int    // how many tokens are words
	caps  int    // how many words are all capitals
	wordy int    // how many words have two letters or more
}

// token is a word (letters, digits, inner hyphens and apostrophes; an
// elision ends one: "l'", "qu'") or one punctuation mark.
type token struct {
	start, end int32  // bytes of the sentence
	k0, k1     int32  // its key, lowercase with its accents: buf[k0:k1]
	id         uint16 // the lexicon's id of the key, 0 if none
	cls        class  // its families in the text's language
	flags      uint8
}

const (
	isWord  uint8 = 1 << iota // letters or digits, not a punctuation mark
	isUpper                   // its first letter is uppercase
	isCaps                    // its letters, two or more, are all uppercase
	isDigit                   // it starts with a digit
	isYear                    // four digits from 1000 to 2199
)

func (tk token) word() bool { return tk.flags&isWord != 0 }

// key returns the key of token i, valid until the next read.
func (t *text) key(i int) []byte { return t.buf[t.toks[i].k0:t.toks[i].k1] }

// is reports whether token i is the punctuation mark or word k.
func (t *text) is(i int, k string) bool { return string(t.key(i)) == k }

// read cuts s into tokens, in the language lang.
func (t *text) read(s, lang string) {
	t.s, t.lang = s, lang
	t.toks, t.buf = t.toks[:0], t.buf[:0]
	t.words, t.caps, t.wordy = 0, 0, 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case unicode.IsSpace(r):
			i += size
		case isAlnum(r):
			i = t.readWord(i)
		default:
			k0 := len(t.buf)
			if isApostrophe(r) {
				r = '\''
			}
			t.buf = utf8.AppendRune(t.buf, r)
			t.add(i, i+size, k0, 0)
			i += size
		}
	}
}

// readWord reads the word at i and returns where it ends.
func (t *text) readWord(i int) int {
	s := t.s
	k0 := len(t.buf)
	var flags uint8 = isWord
	letters, uppers := 0, 0
	j := i
scan:
	for j < len(s) {
		r, size := rune(s[j]), 1
		if r < utf8.RuneSelf {
			// ASCII letters and digits, most of a text, without the unicode tables.
			if c := ascii[r]; c != 0 {
				if c&asciiDigit != 0 {
					if j == i {
						flags |= isDigit
					}
				} else {
					letters++
					if c&asciiUpper != 0 {
						uppers++
						if letters == 1 {
							flags |= isUpper
						}
						r += 'a' - 'A'
					}
				}
				t.buf = append(t.buf, byte(r))
				j++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[j:])
		}
		switch {
		case isAlnum(r):
			if j == i && '0' <= r && r <= '9' {
				flags |= isDigit
			}
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					uppers++
					if letters == 1 {
						flags |= isUpper
					}
				}
			}
			t.buf = utf8.AppendRune(t.buf, toLower(r))
			j += size
			continue
		case (r == '-' || r == '‑') && j > i && j+size < len(s) && startsAlnum(s[j+size:]):
			// "Haut-Karabakh", "a-t-il", "jour-là"
			t.buf = append(t.buf, '-')
			j += size
			continue
		case isApostrophe(r) && j > i:
			t.buf = append(t.buf, '\'')
			j += size
			// "l'Azerbaïdjan", "qu'en": an elision ends the word;
			// "aujourd'hui", "it's" go on.
			if elision(t.buf[k0:]) || j >= len(s) || !startsAlnum(s[j:]) {
				break scan
			}
			continue
		}
		break
	}
	t.words++
	if letters >= 2 {
		t.wordy++
		if uppers == letters {
			flags |= isCaps
			t.caps++
		}
	}
	if flags&isDigit != 0 && j-i == 4 && letters == 0 {
		if y := atoi4(s[i:j]); 1000 <= y && y < 2200 {
			flags |= isYear
		}
	}
	t.add(i, j, k0, flags)
	return j
}

// add appends the token of s[start:end], whose key is buf[k0:].
func (t *text) add(start, end, k0 int, flags uint8) {
	tk := token{start: int32(start), end: int32(end), k0: int32(k0), k1: int32(len(t.buf)), flags: flags}
	if e := lexicon[string(t.buf[k0:])]; e != nil {
		tk.id = e.id
		switch t.lang {
		case "fr":
			tk.cls = e.fr
		case "en":
			tk.cls = e.en
		default:
			tk.cls = e.fr | e.en
		}
	}
	if flags&isDigit != 0 {
		tk.cls |= number
	}
	if flags&isYear != 0 {
		tk.cls |= absolute
	}
	t.toks = append(t.toks, tk)
}

// elision reports whether w, ending with an apostrophe, is a French elided word.
func elision(w []byte) bool {
	switch string(w) {
	case "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'":
		return true
	}
	return false
}

func atoi4(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

const (
	asciiLetter = 1 << iota
	asciiUpper
	asciiDigit
)

// ascii classifies the ASCII letters and digits.
var ascii = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = asciiLetter
		t[c-'a'+'A'] = asciiLetter | asciiUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = asciiDigit
	}
	return t
}()

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r] != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func startsAlnum(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isAlnum(r)
}

// toLower is unicode.ToLower with ASCII and Latin-1 looked up without a
// search of the case tables.
func toLower(r rune) rune {
	switch {
	case 'A' <= r && r <= 'Z':
		return r + 'a' - 'A'
	case r < 0xC0:
		return r
	case r <= 0xDE && r != 0xD7: // "À" to "Þ" but "×"
		return r + 0x20
	case r <= 0xFF:
		return r
	}
	return unicode.ToLower(r)
}

// texts holds the texts being read, reused from one call to the next.
var texts = sync.Pool{New: func() any { return new(text) }}

func getText(s, lang string) *text {
	t := texts.Get().(*text)
	t.read(s, lang)
	return t
}

// putText returns t to the pool, unless a very long sentence grew it.
func putText(t *text) {
	if cap(t.buf) > 1<<16 || cap(t.toks) > 1<<12 {
		return
	}
	t.s = ""
	texts.Put(t)
}
