package dates

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token is made of.
type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters
	tNum                      // ASCII digits
	tPunct                    // one other character
)

// token is one word, number or punctuation mark of a sentence. A sentence is
// tokenized once; the rules then only look at tokens and their table entries.
type token struct {
	s, e    int     // byte span in the sentence
	kind    tokKind // word, number or punctuation
	sp      bool    // white space (or the start of the sentence) stands before it
	upper   bool    // a word that starts with a capital
	r       rune    // a punctuation mark's character
	num     int     // a number's value (up to nine digits)
	nd      int     // a number's count of digits
	id      lexID   // what the tables know of a word (see lex), 0 if nothing
	blocked bool    // a number that cannot be part of a date: "66.94", "2 000", "F-16"
	dotted  bool    // the first number of a dotted day.month.year: "10.11.2020"
	quoted  bool    // inside quotation marks (see markQuotes)
}

// lex returns what the tables know of a word, nil if nothing.
func (t *token) lex() *lexeme { return lexemes[t.id] }

// tokenize splits s into toks (reused), looking every word up in the lexicon.
func tokenize(s string, toks []token, buf []byte) ([]token, []byte) {
	toks = toks[:0]
	numbers := false
	if toks == nil {
		// A Doc reuses toks from one sentence to the next: room for most
		// sentences from the first, rather than growing it five times.
		toks = make([]token, 0, 64)
	}
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if j-i < 9 {
					n = n*10 + int(s[j]-'0')
				}
				j++
			}
			toks = append(toks, token{s: i, e: j, kind: tNum, sp: space, num: n, nd: j - i})
			numbers = true
			i, space = j, false
			continue
		case c < utf8.RuneSelf && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'):
			i++
			space = true
			continue
		case c < utf8.RuneSelf && !isASCIILetter(c):
			toks = append(toks, token{s: i, e: i + 1, kind: tPunct, sp: space, r: rune(c)})
			i++
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isLetter(r) {
			if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
				space = true
			} else {
				toks = append(toks, token{s: i, e: i + size, kind: tPunct, sp: space, r: r})
				space = false
			}
			i += size
			continue
		}
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				// An ASCII byte is a letter only if it is a-z or A-Z.
				if !isASCIILetter(c) {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isLetter(r) {
				break
			}
			j += size
		}
		t := token{s: i, e: j, kind: tWord, sp: space, upper: unicode.IsUpper(r)}
		t.id, buf = lookup(s[i:j], buf)
		toks = append(toks, t)
		i, space = j, false
	}
	if numbers {
		block(s, toks) // it marks numbers only: most sentences have none
	}
	return toks, buf
}

func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func isLetter(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// block marks the numbers that are part of something other than a date.
func block(s string, toks []token) {
	for i := range toks {
		t := &toks[i]
		if t.kind != tNum {
			continue
		}
		var prev, next *token
		if i > 0 {
			prev = &toks[i-1]
		}
		if i+1 < len(toks) {
			next = &toks[i+1]
		}
		switch {
		// "A320", "m3", "F16": letters glued before, but for the minutes of "18h30".
		case prev != nil && !t.sp && prev.kind == tWord &&
			!(i > 1 && !prev.sp && toks[i-2].kind == tNum && (s[prev.s:prev.e] == "h" || s[prev.s:prev.e] == "H")):
			t.blocked = true
		// "F-16", "S-300", "D-30", "Su-25": a model name; not "mi-2020", "mid-1990s".
		case prev != nil && !t.sp && isHyphen(prev) && i > 1 && !prev.sp && toks[i-2].kind == tWord &&
			!midWord(s[toks[i-2].s:toks[i-2].e]):
			t.blocked = true
		// "26e", "4e étage", "10kg": letters glued after that no date takes.
		case next != nil && !next.sp && next.kind == tWord && !dateSuffix(s[next.s:next.e]):
			t.blocked = true
		// "66.94%", "30 %": a share.
		case next != nil && next.kind == tPunct && next.r == '%',
			next != nil && next.kind == tPunct && next.r == '‰':
			t.blocked = true
		}
	}
	// Runs of numbers glued by "." or ",": "30,4", "17.000", "66.94", a phone
	// number "03.83.96.46.12"; only day.month.year stays a date.
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tNum {
			continue
		}
		j, sep, parts := i, rune(0), 1
		for j+2 < len(toks) && toks[j+1].kind == tPunct && !toks[j+1].sp && !toks[j+2].sp &&
			toks[j+2].kind == tNum && (toks[j+1].r == '.' || toks[j+1].r == ',') &&
			(sep == 0 || sep == toks[j+1].r) {
			sep = toks[j+1].r
			j += 2
			parts++
		}
		if parts == 1 {
			continue
		}
		if parts == 3 && sep == '.' && toks[i].nd <= 2 && toks[i+2].nd <= 2 &&
			(toks[j].nd == 4 || toks[j].nd == 2) && !(j+1 < len(toks) && !toks[j+1].sp && toks[j+1].kind != tPunct) {
			toks[i].dotted = true
		} else {
			for k := i; k <= j; k += 2 {
				toks[k].blocked = true
			}
		}
		i = j
	}
	// Thousands set apart by a space: "2 000 militaires", "30 000 morts".
	for i := 0; i+1 < len(toks); i++ {
		a, b := &toks[i], &toks[i+1]
		if a.kind == tNum && b.kind == tNum && a.nd <= 3 && b.nd == 3 && b.sp && oneSpace(s[a.e:b.s]) {
			a.blocked, b.blocked = true, true
		}
	}
}

// midWord reports whether w is "mi" or "mid", which a year follows after a hyphen.
func midWord(w string) bool {
	return len(w) <= 3 && (w == "mi" || w == "Mi" || w == "mid" || w == "Mid" || w == "MI" || w == "MID")
}

// oneSpace reports whether gap is a single space of any kind.
func oneSpace(gap string) bool {
	r, size := utf8.DecodeRuneInString(gap)
	return size == len(gap) && unicode.IsSpace(r)
}

// dateSuffix reports whether letters glued after a number may belong to a
// date or a time: "1er", "19th", "18h30", "1990s", "7am".
func dateSuffix(w string) bool {
	switch w {
	case "er", "ER", "h", "H", "s", "am", "pm", "AM", "PM", "a", "p", "heures":
		return true
	}
	return ordinalSuffix(w) != ""
}

// ordinalSuffix returns the ordinal ending w spells, lowercase, or "":
// "th", "TH", "ᵗʰ" (a superscript copied off a page) are "th"; "er",
// "ᵉʳ" are "er" ("1ᵉʳ janvier").
func ordinalSuffix(w string) string {
	switch w {
	case "st", "nd", "rd", "th", "er":
		return w
	case "ST", "St", "ˢᵗ":
		return "st"
	case "ND", "Nd", "ⁿᵈ":
		return "nd"
	case "RD", "Rd", "ʳᵈ":
		return "rd"
	case "TH", "Th", "ᵗʰ":
		return "th"
	case "ER", "ᵉʳ":
		return "er"
	}
	return ""
}

func isHyphen(t *token) bool {
	return t.kind == tPunct && (t.r == '-' || t.r == '‐' || t.r == '‑')
}

func isDash(t *token) bool {
	return t.kind == tPunct && (t.r == '-' || t.r == '‐' || t.r == '‑' || t.r == '–' || t.r == '—')
}

func isApostrophe(t *token) bool {
	return t.kind == tPunct && (t.r == '\'' || t.r == '’' || t.r == 'ʼ')
}
