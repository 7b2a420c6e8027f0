package claims

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"timeline/internal/fold"
)

// kindOfToken is what a token is: a word, a number written in digits, or
// one character of punctuation.
type kindOfToken uint8

const (
	tWord kindOfToken = iota
	tNum
	tPunct
)

// token is one token of the sentence.
type token struct {
	start, end int    // bytes of the sentence
	f          string // folded form: lowercase, no accents; "à" keeps its accent
	typ        kindOfToken
	upper      bool    // starts with a capital
	lex        *lexeme // what the lexicon knows of f, nil for nothing
	ph         *phrase // the fixed phrase that starts here, if any
	in         int     // inside a phrase: how many tokens back it starts; 0 otherwise
	val        float64 // a number's value
	frac       bool    // "1,5": a count only before a scale ("1,5 million")
	year       bool    // "2020": four digits alone, 1000 to 2100
	adj        bool    // "44-day", "19-year-old": the number is part of an adjective
	kindWord   bool    // the token says what happened (a kind, or the start of a phrase that does)
	numberWord bool    // the token is a number, a number word or a rough count
}

// is reports whether t is in one of the lists of f.
func (t *token) is(f flag) bool { return t.lex != nil && t.lex.flags&f != 0 }

// end is the token past the last: every list test is false of it.
var end = token{typ: tPunct}

// tokenize splits sentence into tokens, in s.toks, folded into s.buf;
// phrases then marks the fixed phrases among them.
func (s *state) tokenize(sentence string) {
	toks, buf := s.toks[:0], s.buf[:0]
	lex, filter := lexicons[s.lang], index[s.lang]
	for i := 0; i < len(sentence); {
		c := sentence[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(sentence[i:])
		}
		switch {
		case c <= ' ' || c >= utf8.RuneSelf && unicode.IsSpace(r) || isQuote(r):
			// Quotation marks say nothing of a count: "des “dizaines” de
			// “militants illégaux”" is "des dizaines de militants illégaux".
			i += size
			continue
		case '0' <= c && c <= '9':
			t, j, ok := readNumber(sentence, i)
			if ok {
				toks = append(toks, t)
				i = j
				continue
			}
		case isApostrophe(r) && possessive(sentence, i+size):
			// "Azerbaijan's defence ministry": the "'s" is a word of its own.
			from := len(buf)
			buf = append(buf, '\'', 's')
			toks = append(toks, token{start: i, end: i + size + 1, f: view(buf, from), typ: tWord})
			i += size + 1
			continue
		case !isLetter(r):
			from := len(buf)
			buf = utf8.AppendRune(buf, r)
			t := token{start: i, end: i + size, f: view(buf, from), typ: tPunct}
			t.lex = lex[t.f]
			toks = append(toks, t)
			i += size
			continue
		}
		j := wordEnd(sentence, i)
		from := len(buf)
		w := sentence[i:j]
		if w == "à" || w == "À" {
			buf = append(buf, "à"...) // the preposition, which "a" the auxiliary is not
		} else {
			buf = appendFold(buf, w)
		}
		t := token{start: i, end: j, f: view(buf, from), typ: tWord, upper: unicode.IsUpper(r)}
		if filter.mayBe(t.f) {
			t.lex = lex[t.f]
		}
		if l := t.lex; l != nil {
			t.numberWord = l.num != 0 || l.rough != 0
			t.kindWord = l.kp != 0 || l.ke != 0 || l.flags&fToll != 0 || l.phrases != nil
		} else if hyphenNumber(t.f, lex) {
			t.numberWord = true // "vingt-deux", "twenty-one": a number word of its parts
		}
		toks = append(toks, t)
		i = j
	}
	s.toks, s.buf = toks, buf
}

// mayHold reports whether sentence holds a number and a word that says
// what happened, the least a figure needs. It reads the words without
// keeping them, and is what most sentences of a build cost: most hold a
// number (a date), few a word of a toll.
func mayHold(sentence, lang string) bool {
	q, filter := quick[lang], quickIndex[lang]
	var buf [64]byte
	hasNum, hasCue := false, false
	for i := 0; i < len(sentence); {
		c := sentence[i]
		if '0' <= c && c <= '9' {
			hasNum = true
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(sentence[i:])
		}
		if !isLetter(r) {
			i += size
			continue
		}
		j := wordEnd(sentence, i)
		w := sentence[i:j]
		i = j
		if len(w) > len(buf)/2 {
			continue
		}
		f := appendFold(buf[:0], w)
		if k := indexHyphen(f); k > 0 {
			f = f[:k] // "vingt-deux": a number if "vingt" is
		}
		if !filter.mayBe(string(f)) {
			continue
		}
		switch m := q[string(f)]; {
		case m&quickCue != 0:
			hasCue = true
		case m&quickNumber != 0:
			hasNum = true
		}
		if hasNum && hasCue {
			return true
		}
	}
	return hasNum && hasCue
}

// indexHyphen returns the index of the first hyphen of f, -1 when none.
func indexHyphen(f []byte) int {
	for i, c := range f {
		if c == '-' {
			return i
		}
	}
	return -1
}

// phrases marks the fixed phrases of the tokens: their first token holds
// the phrase, the others how far back it starts.
func (s *state) phrases() {
	toks := s.toks
	for i := range toks {
		l := toks[i].lex
		if l == nil || l.phrases == nil || toks[i].in > 0 {
			continue
		}
		for _, p := range l.phrases {
			if matches(toks[i:], p.words) {
				toks[i].ph = p
				for k := 1; k < len(p.words); k++ {
					toks[i+k].in = k
				}
				break
			}
		}
	}
}

// matches reports whether the tokens start with the folded words ws.
func matches(toks []token, ws []string) bool {
	if len(toks) < len(ws) {
		return false
	}
	for k, w := range ws {
		if toks[k].f != w {
			return false
		}
	}
	return true
}

// readNumber reads the number written in digits at i: "16", "2 000",
// "1,200", "100.000", "1,5". A run of digits glued to letters ("1er",
// "27e", "100km") is not a number: ok is false, and the caller reads it
// as a word.
func readNumber(s string, i int) (t token, j int, ok bool) {
	j = digitsEnd(s, i)
	val := digitsValue(s[i:j])
	n := j - i
	grouped := false
	if n <= 3 {
		// "2 000", "2\u00a0000", "1,200", "100.000": groups of three
		// digits after one kind of separator.
		var sep string
		for {
			size := groupSeparator(s, j)
			if size == 0 || sep != "" && s[j:j+size] != sep {
				break
			}
			k := j + size
			if digitsEnd(s, k) != k+3 {
				break
			}
			sep = s[j : j+size]
			val = val*1000 + digitsValue(s[k:k+3])
			j, grouped = k+3, true
		}
	}
	frac := false
	if j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isDigit(s[j+1]) {
		k := digitsEnd(s, j+1)
		d := s[j+1 : k]
		f := digitsValue(d)
		for range d {
			f /= 10
		}
		val += f
		frac, j = true, k
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); isLetter(r) {
			return token{}, 0, false
		}
	}
	adj := false
	if j+1 < len(s) && s[j] == '-' {
		r, _ := utf8.DecodeRuneInString(s[j+1:])
		adj = isLetter(r)
	}
	year := !grouped && !frac && n == 4 && val >= 1000 && val <= 2100
	return token{start: i, end: j, typ: tNum, val: val, frac: frac, year: year, adj: adj, numberWord: !adj}, j, true
}

// groupSeparator returns the length of the thousands separator at i,
// 0 when none: a space of any width, a period or a comma.
func groupSeparator(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch c := s[i]; {
	case c == ' ' || c == '.' || c == ',':
		return 1
	case c < utf8.RuneSelf:
		return 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '\u00a0', '\u202f', '\u2009', '\u2007', '\u2008', '\u200a':
		return size
	}
	return 0
}

func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func digitsValue(d string) float64 {
	v := 0.0
	for i := 0; i < len(d); i++ {
		v = v*10 + float64(d[i]-'0')
	}
	return v
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// wordEnd returns the end of the word at i: letters and digits, joined by
// inner hyphens ("vingt-deux", "Mi-24", "a-t-il"); an elision ends it,
// apostrophe included ("l'", "d'", "jusqu'"), a possessive before it
// ("Azerbaijan" of "Azerbaijan's").
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[j:])
		}
		switch {
		case isLetter(r) || r < utf8.RuneSelf && isDigit(byte(r)) || unicode.IsMark(r):
			j += size
		case r == '-' && j > i && j+1 < len(s) && startsAlnum(s[j+1:]):
			j++
		case isApostrophe(r):
			if possessive(s, j+size) {
				return j
			}
			if j+size < len(s) && startsLetter(s[j+size:]) {
				return j + size
			}
			return j
		default:
			return j
		}
	}
	return j
}

// possessive reports whether s[i:] starts with the "s" of "'s", alone.
func possessive(s string, i int) bool {
	if i >= len(s) || s[i] != 's' {
		return false
	}
	return i+1 == len(s) || !startsLetter(s[i+1:])
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isLetter(r)
}

func startsAlnum(s string) bool {
	return s != "" && (isDigit(s[0]) || startsLetter(s))
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '‹', '›':
		return true
	}
	return false
}

// appendFold appends the folded form of the word w to buf: ASCII is
// lowercased in place, anything else folded by the fold package.
func appendFold(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return fold.Append(buf, w)
		}
	}
	from := len(buf)
	buf = append(buf, w...)
	for k := from; k < len(buf); k++ {
		if c := buf[k]; 'A' <= c && c <= 'Z' {
			buf[k] = c + 'a' - 'A'
		}
	}
	return buf
}

// view returns buf[from:] as a string without copying it: the bytes stay
// as they are until the next sentence, as append writes after them or
// moves on to a new array.
func view(buf []byte, from int) string {
	return unsafe.String(unsafe.SliceData(buf[from:]), len(buf)-from)
}

// hyphenNumber reports whether f is number words joined by hyphens:
// "vingt-deux", "quatre-vingt-quatre", "twenty-one".
func hyphenNumber(f string, lex map[string]*lexeme) bool {
	if len(f) < 5 {
		return false
	}
	parts := 0
	for len(f) > 0 {
		k := 0
		for k < len(f) && f[k] != '-' {
			k++
		}
		if l := lex[f[:k]]; l == nil || l.num == 0 || l.one && parts == 0 && k == len(f) {
			return false
		}
		parts++
		if k == len(f) {
			break
		}
		f = f[k+1:]
	}
	return parts > 1
}
