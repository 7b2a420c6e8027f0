package headline

import (
	"strings"
)

// Rescue returns a headline for c when its sentence cannot be one as a
// whole (it opens with an anaphora: "Cette décision marque…"), from the
// part of it that holds the date and reads alone: a relative clause with
// the noun phrase it depends on ("…dans le conflit entre l'Azerbaïdjan et
// l'Arménie, qui est devenu plus compliqué depuis décembre 2022" gives
// "Le conflit entre l'Azerbaïdjan et l'Arménie, qui est devenu plus
// compliqué depuis décembre 2022"). It reports false when there is no
// such part.
func Rescue(c Candidate) (string, bool) {
	s := c.Sentence
	if c.Start < 0 || c.End > len(s) || c.Start >= c.End {
		return "", false
	}
	// The clause that holds the date starts after the last comma before it.
	comma := strings.LastIndex(s[:c.Start], ", ")
	if comma < 0 {
		return "", false
	}
	clause := s[comma+2:]
	first, _, _ := strings.Cut(clause, " ")
	if !relatives[strings.ToLower(first)] {
		return "", false
	}
	// The noun phrase before the comma: from its determiner, after the
	// preposition that governs it ("dans le conflit de longue date entre
	// l'Azerbaïdjan et l'Arménie": "de" and "entre" are inside it).
	before := s[:comma]
	words := strings.Fields(before)
	start := -1
	for i := len(words) - 1; i > 0 && len(words)-i <= 16; i-- {
		if (determiners[strings.ToLower(words[i])] || elidedDeterminer(words[i])) && prepositions[strings.ToLower(words[i-1])] {
			start = i
			break
		}
	}
	if start < 0 {
		return "", false
	}
	np := strings.Join(words[start:], " ")
	out := capitalize(np) + ", " + clause
	sc := c
	sc.Sentence, sc.Start, sc.End = out, 0, 0
	if i := strings.Index(out, s[c.Start:c.End]); i >= 0 {
		sc.Start, sc.End = i, i+c.End-c.Start
	}
	if Score(sc) <= 0 || Anaphoric(out) || Furniture(out) {
		return "", false
	}
	return Shape(sc), true
}

// relatives open a relative clause: what follows them describes the noun
// phrase before the comma.
var relatives = map[string]bool{
	"qui": true, "où": true, "dont": true, "lequel": true, "laquelle": true, "lesquels": true, "lesquelles": true,
	"which": true, "who": true, "where": true, "whose": true,
}

// determiners open a noun phrase.
var determiners = map[string]bool{
	"le": true, "la": true, "les": true, "un": true, "une": true, "des": true, "du": true,
	"the": true, "a": true, "an": true,
}

// prepositions govern the noun phrase a rescued clause depends on; not
// those that join a noun to its complement inside one ("de", "entre",
// "of", "between").
var prepositions = map[string]bool{
	"dans": true, "sur": true, "pour": true, "avec": true, "contre": true, "par": true, "vers": true, "sous": true,
	"in": true, "on": true, "with": true, "for": true, "against": true, "by": true, "at": true, "into": true,
}

// elidedDeterminer reports whether w opens with "l'" or "l’".
func elidedDeterminer(w string) bool {
	lw := strings.ToLower(w)
	return strings.HasPrefix(lw, "l'") || strings.HasPrefix(lw, "l’")
}
