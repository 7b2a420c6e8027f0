// Package dates finds the temporal expressions of French and English news
// sentences and resolves each to a calendar date at the precision the text
// gives, against the article's publication date.
//
// It knows nothing of articles, files or pages: it is handed sentences, one
// document at a time and in order, and returns expressions with their spans.
// It never invents precision: "il y a deux ans" is a year, "la semaine
// dernière" the month (or year) that holds that week, never a day.
//
// How it reads a sentence: token.go cuts it once into words, numbers and
// marks, and looks every word up in lexicon.go; match.go walks the tokens
// and tries the rules only at a token the tables know, reading a phrase
// (calendar.go for what the calendar names, relative.go for what counts from
// another date, clock.go for the time of day); resolve.go and tense.go then
// turn each phrase into a Date against the publication date and the dates
// the document gave before, quote.go against the day of a statement for
// the words of a quotation; role.go tells what the sentence does with it
// (an event, a reference back, an announcement). A wrong date is fixed in
// one of those files.
package dates

import "time"

// Part is a part of the day a text names ("mardi soir", "hier matin").
type Part uint8

// Parts of the day, with the TimeML codes TimeCode returns.
const (
	NoPart    Part = iota
	Morning        // matin, morning: TMO
	Midday         // midi: TMI
	Afternoon      // après-midi, afternoon: TAF
	Evening        // soir, soirée, evening: TEV
	Night          // nuit, night: TNI
)

// TimeCode returns the TimeML suffix of p ("MO", "AF", "EV", "NI", "MI"), "" for NoPart.
func (p Part) TimeCode() string {
	return [...]string{"", "MO", "MI", "AF", "EV", "NI"}[p]
}

// Expr is one temporal expression found in a sentence and its resolved value.
type Expr struct {
	Start, End int    // byte offsets of the expression in the sentence
	Text       string // the sentence's bytes [Start:End], as they stand
	Value      Date   // the calendar value, at the precision the text gives
	Part       Part   // the part of the day the text names, if any
	Time       string // "07:15" when the text gives a clock time, else ""
	Since      bool   // "depuis X", "à partir de X", "since X": X starts an ongoing state
	Inferred   bool   // the year is not in the text: it was taken from context
	Approx     bool   // the value is approximate (EDTF "~"): a rounded or vague count back from publication, "il y a trente ans"
	Role       Role   // what the sentence does with the date: reports it, refers back to it, or announces it
}

// Doc tags the sentences of one document, in order. It carries what one
// sentence leaves to the next: the reference date and the last day-precision
// date, which "la veille" and "le lendemain" count from. A Doc is not safe
// for concurrent use: tag documents in parallel with one Doc each.
type Doc struct {
	ref   Date
	lang  string
	last  Date    // last day-precision date of the previous sentence, if any
	cur   Date    // last day-precision date seen in the current sentence
	story [2]Date // the day the story is at: the last of an earlier sentence, in the narration [0] and in quotations [1]
	seen  []Date  // days the document stated in full, newest last, for weekdays that name them again

	// scratch space reused from one sentence to the next
	block []Expr // expressions not yet handed out, allocated a block at a time
	toks  []token
	buf   []byte
	m     matcher
}

// NewDoc returns a Doc for a document published on published, written in lang ("fr" or "en").
func NewDoc(published time.Time, lang string) *Doc {
	return &Doc{ref: DayOf(published), lang: lang}
}
