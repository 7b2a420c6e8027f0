// Package fold gives the form of a text that matching compares: lowercase,
// without accents, with one kind of apostrophe and one kind of space, so
// that "Chouchi" finds "chouchi", "evacues" finds "évacués" and
// "aujourd’hui" finds "aujourd'hui".
//
// It does not change what is displayed: callers fold copies.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// String returns s lowercased, without diacritics, with every apostrophe
// as ' and every Unicode space as one ASCII space.
func String(s string) string {
	if isPlain(s) {
		return strings.ToLower(s)
	}
	return string(Append(make([]byte, 0, len(s)), s))
}

// Append appends the folded form of s to dst and returns the extended
// buffer: a caller that folds many pieces of one text folds them into one
// buffer and makes one string of it. It folds as String does a string
// that is not all ASCII: a tab is a space there, a backquote an apostrophe.
func Append(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			dst = append(dst, byte(table[c]))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < rune(len(table)) {
			// Folding is rune by rune: the table holds what foldRune gives.
			if f := table[r]; f >= 0 {
				dst = utf8.AppendRune(dst, f)
			}
		} else if f, keep := foldRune(s[i:], r); keep {
			dst = utf8.AppendRune(dst, f)
		}
		i += size
	}
	return dst
}

// Find returns the byte spans of s whose folded form is needle's, in
// order, overlapping ones included: where "19 septembre" stands in
// "Mardi 19\u00a0Septembre". Folding changes lengths ("é" is "e"), so the
// spans are found in the folded text and mapped back to s.
func Find(s, needle string) [][2]int {
	needle = String(needle)
	if needle == "" || !strings.Contains(String(s), needle) {
		return nil // the offsets are mapped only for a text that has it
	}
	folded, at := mapped(s)
	var out [][2]int
	for k := strings.Index(folded, needle); k >= 0; k = next(folded, needle, k) {
		out = append(out, [2]int{at[k], at[k+len(needle)]})
	}
	return out
}

// next returns the index of needle in folded after the one at k, -1 when none.
func next(folded, needle string, k int) int {
	i := strings.Index(folded[k+1:], needle)
	if i < 0 {
		return -1
	}
	return k + 1 + i
}

// mapped returns String(s) and, for each byte of it and for its end, the
// offset in s of the character that byte comes from.
func mapped(s string) (string, []int) {
	at := make([]int, 0, len(s)+1)
	if isPlain(s) {
		for i := range len(s) + 1 {
			at = append(at, i)
		}
		return strings.ToLower(s), at
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		n := len(b)
		b = Append(b, s[i:i+size])
		for range len(b) - n {
			at = append(at, i)
		}
		i += size
	}
	return string(b), append(at, len(s))
}

// table holds the folded form of every rune below U+2000 (Latin, Greek,
// Cyrillic, Armenian…), -1 for a rune folding drops: looking it up is an
// index into a slice, where decomposing it again in every string runs
// Unicode normalization, and French text has an accent every few words.
var table = func() []rune {
	t := make([]rune, 0x2000)
	var buf [utf8.UTFMax]byte
	for r := range t {
		n := utf8.EncodeRune(buf[:], rune(r))
		f, keep := foldRune(string(buf[:n]), rune(r))
		if !keep {
			f = -1
		}
		t[r] = f
	}
	return t
}()

// foldRune folds r, the first rune of s: it returns the rune to write and
// false when r is a mark to drop.
func foldRune(s string, r rune) (rune, bool) {
	if r >= utf8.RuneSelf {
		// The canonical decomposition of "é" is "e" and a combining
		// accent: keep the base letter, drop the marks.
		if d := norm.NFD.PropertiesString(s).Decomposition(); len(d) > 0 {
			r, _ = utf8.DecodeRune(d)
		}
		if unicode.Is(unicode.Mn, r) {
			return 0, false
		}
	}
	return mapRune(r), true
}

// isPlain reports whether s is ASCII, where lowercasing is all there is to do.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func mapRune(r rune) rune {
	switch r {
	case '’', '‘', 'ʼ', '`', '´':
		return '\''
	case 'ı':
		return 'i'
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return unicode.ToLower(r)
}

// Spaces returns s with every Unicode space as one ASCII space and both
// apostrophes as ', keeping case and accents.
func Spaces(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', 'ʼ':
			return '\''
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}
