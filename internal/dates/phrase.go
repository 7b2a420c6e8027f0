package dates

// pkind is the kind of expression a rule read, which decides how it resolves.
type pkind uint8

const (
	pDate    pkind = iota + 1 // a calendar date the text states, perhaps without its year
	pWeekday                  // a weekday standing for a date: "mardi", "lundi prochain"
	pRel                      // a day counted from publication: "hier", "tomorrow"
	pAna                      // a day counted from the last date: "la veille", "le lendemain"
	pShift                    // a unit counted from publication: "l'an dernier", "il y a deux semaines"
	pTime                     // a clock time, on the day it belongs to: "vers 7 h 15"
	pPart                     // a part of a day the context gives: "la soirée", "la nuit"
	pHoliday                  // a holiday: "Noël", "la Pentecôte"
)

// phrase is what a rule read in the tokens, before it is resolved against
// the document: the text's own words, nothing inferred yet.
type phrase struct {
	first, end int // tokens [first, end)
	kind       pkind
	year       int   // the year the text states, 0 if none
	month      int   // 1–12, or a season code 21–24
	day        int   // 1–31
	decade     bool  // year is a decade: "les années 1990"
	wday       int   // weekday + 1, 0 if none
	off        int   // pRel, pAna: days; pShift: units
	u          unit  // pShift: the unit off counts
	hh, mm     int   // pTime: the clock time
	part       Part  // the part of the day the text names
	nth        int   // pDate: the nth weekday of the month or season, -1 the last: "le premier dimanche du printemps"
	appos      bool  // pAna: "au lendemain de", "à la veille de", which may name the day beside it
	mod        word  // wDernier (strictly before publication), wProchain (strictly after), 0
	since      bool  // "depuis X", "à partir de X", "since X"
	midnight   bool  // "samedi minuit", "à minuit": the midnight that ends the day, that day at night (see midnightAfter)
	lean       tense // the cue's way: past after "depuis", future after "à partir de", "dès", "d'ici" (see cue)
	holiday    int16 // pHoliday: which holiday ("Noël", "Pâques")
	back       bool  // pShift: a duration counted back from publication: "il y a trois ans", "depuis neuf mois"
	approx     bool  // back: the count is rounded or vague (see approximate)
	sameDay    bool  // back: "jour pour jour", "to the day": the very day so many units back
}
