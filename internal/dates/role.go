package dates

import "strings"

// The rules for what a sentence does with the date of an expression: report
// what happened then, refer back to it, or announce it.

// Role is what a sentence does with the date of one of its expressions.
type Role uint8

// Roles; the zero value is Event.
const (
	// Event: the sentence reports the dated thing happening: "l'offensive
	// lancée le 19 septembre", "two soldiers were killed on Tuesday".
	Event Role = iota
	// Background: it only refers back to the date: "depuis 1994", "il y a
	// trente ans", "la pire crise depuis 2016", "trente ans après 1991",
	// "as in 2020".
	Background
	// Forecast: it announces the date: "rouvriront la route le mois
	// prochain", "doit se rendre à Moscou le 3 mai", "is due to vote on Monday".
	Forecast
)

var roleNames = [...]string{Event: "event", Background: "background", Forecast: "forecast"}

// String returns the role as events.json spells it: "event", "background" or "forecast".
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "unknown"
}

// role tells what the sentence does with e, the expression read as p.
// Announcements first: a date the sentence sets ahead of publication is
// announced, whatever else its words say ("à partir du 1er octobre" starts
// a state, but one to come). Then what refers back: the start of a state, a
// count back in months or years, an anniversary, a comparison. Anything
// else is the news itself.
func (d *Doc) role(m *matcher, p phrase, e Expr) Role {
	switch {
	case d.ahead(m, p, e):
		return Forecast
	case e.Since:
		// "depuis 1994", "depuis le 27 septembre, les combats…", and the
		// comparisons that count from a date: "la pire crise depuis 2016",
		// "pour la première fois depuis 2020", "the worst since 2016".
		return Background
	case p.back && p.u >= uMonth:
		// "il y a trente ans", "nine months ago": the story's past. "il y a
		// trois jours", "two weeks ago" are the news told a little late.
		return Background
	case m.anniversary(p.first), m.comparison(p.first), m.sinceNamed(p.first), m.pluperfect(p):
		return Background
	}
	return Event
}

// pluperfect reports whether the verb nearest the expression is in the
// pluperfect, the past before the story's: "En 1991, l'enclave avait
// proclamé son indépendance", "les deux pays s'étaient déjà affrontés en
// 2016", "the two sides had fought in 2016" recall what the news builds
// on.
func (m *matcher) pluperfect(p phrase) bool {
	m.mark()
	k := m.nearestMarker(p)
	if k < 0 {
		return false
	}
	best := m.markers[k].i
	switch strings.ToLower(m.text(best)) {
	case "avait", "avaient", "avions", "était", "étaient", "had":
		return m.participleAfter(best + 1) // "avait déjà proclamé": adverbs between
	}
	return false
}

// sinceNamed reports whether the expression at first dates what a
// "depuis" or "since" names, a state that has lasted since: "depuis
// l'accord de cessez-le-feu du 10 novembre 2020", "since the four-day war
// of April 2016", "la pire crise depuis la guerre de 2020". The date
// completes the noun phrase (de, du, of just before it), with no comma
// between it and "depuis".
func (m *matcher) sinceNamed(first int) bool {
	k := first - 1 // the de, du or of before the date: the phrase's own ("du 10 novembre 2020") or not
	switch m.word(first) {
	case wDe, wD, wDu, wOf:
		k = first
	default:
		if k >= 0 && isApostrophe(&m.t[k]) {
			k--
		}
		if k < 0 {
			return false
		}
		switch m.word(k) {
		case wDe, wD, wDu, wOf:
		default:
			return false
		}
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- { // tokens: "l", "’", "cessez", "-"… count
		t := &m.t[j]
		if t.kind == tPunct && !isApostrophe(t) && !m.hyphen(j) {
			return false // "depuis lundi, la guerre de 2020…": another clause
		}
		if w := m.word(j); w == wDepuis || w == wSince {
			return j < k-1 // a noun phrase between: "depuis de 2020" is not one
		}
	}
	return false
}

// ahead reports whether the sentence announces e's date. A date that ends
// before the publication day never is: "hier" is what happened, even in
// "arrivé hier, il rencontrera demain son homologue". A date that begins
// after it is ("le 3 mai", "l'an prochain", "à partir du 1er octobre",
// "from next Monday", "d'ici 2030"), unless the verb nearest it is past:
// "s'est tenu le 3 mai 2024" in an article of 2023 reports, and a year is
// wrong somewhere. A date that holds the publication day ("aujourd'hui",
// "cette semaine", "à 18 heures") is announced when the verb nearest it is
// in the future or says a plan: "rouvriront", "doit", "devrait", "est
// prévu", "prévoit de", "will", "is due to", "is expected to", "plans to"
// (see tenseAt, and the future forms of lexicon.go).
func (d *Doc) ahead(m *matcher, p phrase, e Expr) bool {
	pub := dayKey(d.ref.Year, d.ref.Month, d.ref.Day)
	first, last := dayKeys(e.Value)
	switch {
	case last < pub:
		return false
	case first > pub:
		return e.Since || m.tenseAt(p) != past
	}
	return m.tenseAt(p) == future
}

// dayKey orders days as numbers: 2023-09-20 is 20230920.
func dayKey(y, m, d int) int { return y*10000 + m*100 + d }

// dayKeys returns the first and the last day of v as dayKeys, a month
// ending on its 31st (no day falls between its true last day and that).
// Every expression is placed against the publication day: this is First and
// Last without their calendar arithmetic, but for seasons.
func dayKeys(v Date) (int, int) {
	switch v.Precision {
	case Day:
		k := dayKey(v.Year, v.Month, v.Day)
		return k, k
	case Month:
		return dayKey(v.Year, v.Month, 1), dayKey(v.Year, v.Month, 31)
	case Year:
		return dayKey(v.Year, 1, 1), dayKey(v.Year, 12, 31)
	case Decade:
		return dayKey(v.Year, 1, 1), dayKey(v.Year+9, 12, 31)
	}
	f, l := v.First(), v.Last()
	return dayKey(f.Year(), int(f.Month()), f.Day()), dayKey(l.Year(), int(l.Month()), l.Day())
}

// anniversary reports whether the expression at first is the date an
// anniversary counts from, named before it in the same clause: "le 30e
// anniversaire de l'indépendance du 2 septembre 1991", "commémorent le
// génocide de 1915", "trente ans après la guerre de 1994", "les 30 ans du
// cessez-le-feu de mai 1994", "30 years since the 1994 ceasefire". The day
// of the ceremony is not: in "l'anniversaire sera célébré le 2 septembre"
// no "de" stands between the word and the date.
func (m *matcher) anniversary(first int) bool {
	of := false // a "de", "du" or "of" stands between the word and the expression
	for k, n := first-1, 0; k >= 0 && n < 10; k-- {
		t := &m.t[k]
		if t.kind == tPunct {
			if isApostrophe(t) || isHyphen(t) {
				continue
			}
			return false
		}
		n++
		switch m.word(k) {
		case wDe, wD, wDu, wDes, wOf:
			of = true
			continue
		case wApres, wAfter, wSince:
			// "trente ans après", "30 years after", "30 years since"
			if m.countOfYears(k - 1) {
				return true
			}
			continue
		}
		if !of {
			continue
		}
		if m.lx(k).anniv {
			return true
		}
		// "les 30 ans de l'indépendance", "ses vingt ans de 2003"
		if m.countOfYears(k) && (m.word(k+1) == wDe || m.word(k+1) == wD || m.word(k+1) == wDu) {
			switch m.word(k - 2) {
			case wLes, wDes:
				return true
			}
			if w := m.text(k - 2); strings.EqualFold(w, "ses") || strings.EqualFold(w, "leurs") {
				return true
			}
		}
	}
	return false
}

// countOfYears reports whether token k is years or decades counted by the
// number before it: "trente ans", "30 years", "trois décennies".
func (m *matcher) countOfYears(k int) bool {
	if u := m.lx(k).unit; u != uYear && u != uDecade {
		return false
	}
	t := m.tok(k - 1)
	return t != nil && (t.kind == tNum || m.lx(k-1).num != 0)
}

// comparison reports whether the expression at first is what the sentence
// compares with: a word of comparison just before it, perhaps with a
// preposition between: "comme en 2016", "comme le 2 avril", "à l'instar de
// 2016", "contrairement à 2020", "par rapport à 2019", "as in 2020", "like
// last year", "than in 2016", "unlike 2016", "compared with 2019". "as"
// needs its preposition ("as Tuesday's talks showed" compares nothing), and
// "rapport" its "par" ("un rapport de 2016" is a report).
func (m *matcher) comparison(first int) bool {
	preps := 0
	for k := first - 1; k >= 0 && k >= first-5; k-- {
		if isApostrophe(&m.t[k]) {
			continue
		}
		switch m.word(k) {
		case wEn, wIn, wAt, wAu, wAccentA, wDe, wD, wDu, wDuring, wPendant, wDurant, wDans, wTo, wOn, wWith, wLors:
			preps++
			continue
		case wComme, wInstar, wContrairement, wLike, wThan, wUnlike, wCompared:
			return true
		case wAs:
			return preps > 0
		case wRapport:
			return strings.EqualFold(m.text(k-1), "par")
		}
		return false
	}
	return false
}
