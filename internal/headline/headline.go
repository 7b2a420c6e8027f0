// Package headline chooses an event's headline among the sentences that
// report it, and shapes the chosen one into a headline: a clause read
// alone, of at most Max characters.
//
// A sentence is judged by what it does as a headline (score.go): page
// furniture is never one (furniture.go); a sentence that opens with a
// pronoun or another anaphor is understood only with the one before it
// (opener.go); one that reports what happened, in the past (verbs.go),
// with an actor and a place, beats one that gives background, a forecast
// or a comparison ("la pire crise depuis 2016"). Shaping (shape.go) drops
// what a page shows anyway (an opening date, "Le lendemain, "), a
// trailing attribution when the sentence must be cut, and cuts at a
// clause boundary, or else at a word with "…". The words the rules know
// are in lexicon.go, in families, for French and English; text.go cuts a
// sentence into words and looks each up once.
//
// It reads one sentence at a time and knows nothing of articles, dates or
// pages: the caller says where the date expression stands, what the
// sentence does with it and who speaks. It does not resolve pronouns, does
// not rewrite sentences beyond dropping their opening and their tail, and
// does not translate.
package headline

// Max is the longest headline, in characters.
const Max = 140

// Candidate is a sentence that may give an event its headline.
type Candidate struct {
	Sentence   string // as it stands in the article
	Start, End int    // byte span of the date expression in Sentence (both 0 when none)
	Lang       string // "fr" or "en"; any other value reads both languages' rules
	Role       string // "event", "background" or "forecast": what the sentence does with the date; "" reads as "event"
	Coarse     bool   // the date is a month, season, year or decade rather than a day
	Speaker    string // who the sentence says is speaking, "" when none
}

// Pick returns the index of the candidate that makes the best headline
// and that headline, shaped. Ties go to the earliest candidate; when none
// scores above 0, the least bad one is still picked and shaped. It
// returns -1 and "" when cs is empty.
func Pick(cs []Candidate) (int, string) {
	best, bestScore := -1, 0
	for i, c := range cs {
		if s := Score(c); best < 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		return -1, ""
	}
	return best, Shape(cs[best])
}

// spanOf returns the span of c's date expression, empty when it has none
// or when it does not fit the sentence.
func spanOf(c Candidate) span {
	if c.Start < 0 || c.End <= c.Start || c.End > len(c.Sentence) {
		return span{}
	}
	return span{int32(c.Start), int32(c.End)}
}

// langOf returns the language whose rules read c: "fr", "en", or "" for both.
func langOf(c Candidate) string {
	if c.Lang == "fr" || c.Lang == "en" {
		return c.Lang
	}
	return ""
}
