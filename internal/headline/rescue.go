package headline

import (
	"strings"
)

// Rescue returns a headline for c when its sentence cannot be one as a
// whole (it opens with an anaphora: "Cette décision marque…", "Il
// s'agit de…", "These people have…"), from a part of it that holds what
// happened and reads alone. It tries, in order, these families, each
// with the example it exists for:
//
//   - a clause that says what happened at the date: "…since December
//     2022, when the only road to Armenia was closed" gives "The only
//     road to Armenia was closed";
//   - what a pronoun speaker says: "Il affirme que les élections
//     organisées le 9 septembre étaient illégales" gives "Les élections
//     organisées le 9 septembre étaient illégales";
//   - what a presentative presents: "Il s'agit de la pire crise depuis
//     2016" gives "La pire crise depuis 2016"; "It is the worst escalation
//     since…" "The worst escalation since…";
//   - a relative clause with the noun phrase it depends on: "…dans le
//     conflit entre l'Azerbaïdjan et l'Arménie, qui est devenu plus
//     compliqué depuis décembre 2022" gives "Le conflit entre
//     l'Azerbaïdjan et l'Arménie, qui est devenu plus compliqué depuis
//     décembre 2022";
//   - the noun phrase the date completes: "Ceci afin de prévenir un
//     incident… depuis l'accord de cessez-le-feu du 10 novembre 2020"
//     gives "L'accord de cessez-le-feu du 10 novembre 2020".
//
// Each part must itself score as a headline (Score > 0). It reports false
// when none does.
func Rescue(c Candidate) (string, bool) {
	s := c.Sentence
	if c.Start < 0 || c.End > len(s) || c.Start > c.End {
		return "", false
	}
	for _, part := range []func(Candidate) string{whenClause, reported, presented, relClause, completed} {
		p := part(c)
		if p == "" {
			continue
		}
		pc := c
		pc.Sentence, pc.Start, pc.End = p, 0, 0
		if c.End > c.Start {
			if i := strings.Index(p, s[c.Start:c.End]); i >= 0 {
				pc.Start, pc.End = i, i+c.End-c.Start
			}
		}
		if Score(pc) > 0 && !Anaphoric(p) && !Furniture(p) {
			return Shape(pc), true
		}
	}
	return "", false
}

// whenClause returns the clause that follows the date and says what
// happened then: "…December 2022, when the road was closed".
func whenClause(c Candidate) string {
	rest := strings.TrimLeft(c.Sentence[c.End:], " ")
	rest, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return ""
	}
	first, after, ok := strings.Cut(rest, " ")
	if !ok || !whens[strings.ToLower(first)] {
		return ""
	}
	return capitalize(after)
}

// whens open a clause that tells what happened at the date before them.
var whens = map[string]bool{"when": true, "lorsque": true, "quand": true, "où": true}

// reported returns what a speaker the sentence names by a pronoun says:
// the clause after "que" or "that" that holds the date.
func reported(c Candidate) string {
	head := strings.ToLower(c.Sentence[:c.Start])
	for _, m := range []string{" qu'", " qu’", " que ", " that "} {
		i := strings.LastIndex(head, m)
		if i < 0 {
			continue
		}
		// Only after a verb of saying near the opening pronoun: "Il
		// affirme aussi que…", "He said that…".
		words := strings.Fields(head[:i])
		if len(words) == 0 || len(words) > 4 || !pronouns[words[0]] {
			continue
		}
		return capitalize(strings.TrimLeft(c.Sentence[i+len(m):], " "))
	}
	return ""
}

// pronouns are the subjects reported drops with their verb.
var pronouns = map[string]bool{"il": true, "elle": true, "ils": true, "elles": true, "on": true, "he": true, "she": true, "they": true, "we": true}

// presented returns what a presentative opening presents: the noun
// phrase after "Il s'agit de", "C'est", "It is", "This was".
func presented(c Candidate) string {
	low := strings.ToLower(c.Sentence)
	for _, p := range presentatives {
		for _, form := range []string{p, strings.ReplaceAll(p, "'", "’")} {
			if !strings.HasPrefix(low, form) {
				continue
			}
			rest := strings.TrimLeft(c.Sentence[len(form):], " ")
			if first, _, _ := strings.Cut(rest, " "); !determiners[strings.ToLower(first)] && !elidedDeterminer(first) {
				return ""
			}
			return capitalize(rest)
		}
	}
	return ""
}

// presentatives open a sentence that only presents a noun phrase.
var presentatives = []string{"il s'agit de ", "il s'agit d'", "c'est ", "c'était ", "ce sont ", "ce fut ",
	"it is ", "it was ", "this is ", "this was ", "these are ", "those were "}

// relClause returns a relative clause that holds the date with the noun
// phrase it depends on.
func relClause(c Candidate) string {
	s := c.Sentence
	// The clause that holds the date starts after the last comma before it.
	comma := strings.LastIndex(s[:c.Start], ", ")
	if comma < 0 {
		return ""
	}
	clause := s[comma+2:]
	first, _, _ := strings.Cut(clause, " ")
	if !relatives[strings.ToLower(first)] {
		return ""
	}
	np := nounPhrase(strings.Fields(s[:comma]), 16)
	if np == "" {
		return ""
	}
	return capitalize(np) + ", " + clause
}

// completed returns the noun phrase the date completes: "l'accord de
// cessez-le-feu du 10 novembre 2020", "the ceasefire of 10 November".
func completed(c Candidate) string {
	words := strings.Fields(c.Sentence[:c.Start])
	if len(words) == 0 || !complements[strings.ToLower(words[len(words)-1])] {
		return ""
	}
	np := nounPhrase(words, 8)
	if np == "" {
		return ""
	}
	return capitalize(np + " " + c.Sentence[c.Start:c.End])
}

// complements join a noun to the date that completes it.
var complements = map[string]bool{"du": true, "de": true, "des": true, "of": true}

// nounPhrase returns the last noun phrase of words that a preposition
// governs, from its determiner ("le conflit de longue date entre
// l'Azerbaïdjan et l'Arménie": "de" and "entre" are inside it), looking at
// most max words back; "" when there is none.
func nounPhrase(words []string, max int) string {
	for i := len(words) - 1; i > 0 && len(words)-i <= max; i-- {
		if (determiners[strings.ToLower(words[i])] || elidedDeterminer(words[i])) && prepositions[strings.ToLower(words[i-1])] {
			return strings.Join(words[i:], " ")
		}
	}
	return ""
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
	"depuis": true, "après": true, "avant": true, "malgré": true, "since": true, "after": true, "before": true, "despite": true,
	"in": true, "on": true, "with": true, "for": true, "against": true, "by": true, "at": true, "into": true,
}

// elidedDeterminer reports whether w opens with "l'" or "l’".
func elidedDeterminer(w string) bool {
	lw := strings.ToLower(w)
	return strings.HasPrefix(lw, "l'") || strings.HasPrefix(lw, "l’")
}
