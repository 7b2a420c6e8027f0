package attribution

import (
	"strings"
	"unicode"
)

// dateline returns the index of the first word after the dateline that
// opens the words of s, 0 when none does: "EREVAN, 26 sept (AFP) -",
// "YEREVAN, Sept 26 (Reuters) -", "Stepanakert, 8 oct. 2020 (AP) —",
// "BAKOU (AFP) -", "EREVAN -". Its place is where the story was written,
// never a speaker: "EREVAN, 26 sept (AFP) - Le ministère, dans un
// communiqué, a affirmé" is the ministry's.
//
// A dateline is a capitalised place, then only a date (numbers, months,
// capitalised words), then an agency in parentheses or, after a place in
// capitals, nothing, then a dash.
func dateline(ws []word, s string) int {
	if len(ws) < 3 || ws[0].punct || !ws[0].upper || ws[0].is(article|determiner|pronoun|preposition|connector) {
		return 0
	}
	agency := false
	for k := 1; k < len(ws) && k < 16; k++ {
		w := ws[k]
		switch {
		case w.f == "(":
			e := k + 1
			for e < len(ws) && e < k+6 && ws[e].f != ")" {
				e++
			}
			if e >= len(ws) || ws[e].f != ")" {
				return 0
			}
			agency, k = true, e
		case w.f == "-" || w.f == "—" || w.f == "–":
			if agency || capitals(s[ws[0].start:ws[0].end]) {
				return k + 1
			}
			return 0
		case w.punct:
			if w.f != "," && w.f != "." || agency {
				return 0
			}
		case agency:
			return 0 // the dash follows the agency
		case w.upper || w.is(month) || w.f == "le" || w.f[0] >= '0' && w.f[0] <= '9':
		default:
			return 0
		}
	}
	return 0
}

// capitals reports whether the word w is written in capitals, and is
// longer than an initial: "EREVAN", "YEREVAN", not "M" or "Bakou".
func capitals(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 3 && !strings.ContainsAny(w, "'’")
}
