// Package headline chooses an event's headline among the sentences that
// report it, and shapes the chosen one into a headline: a clause read
// alone, of at most Max characters.
//
// This first part reads a sentence's opening (opener.go: "Le lendemain,
// …", "Il a déclaré…") and tells page furniture (furniture.go) from
// article text. The words the rules know are in lexicon.go, in families,
// for French and English; text.go cuts a sentence into words and looks
// each up once.
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
