package kinds

import (
	"unicode"
	"unicode/utf8"

	"timeline/internal/fold"
)

// token is one word of a sentence: its folded form is scratch.buf[start:end].
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
