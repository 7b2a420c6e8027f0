package dates

import "strings"

// The rules for what the calendar names: days and months, years, decades,
// seasons, holidays, and the numbers that are not dates.

// number reads an expression that starts with a number.
func (m *matcher) number(j int, c cue) (phrase, bool) {
	t := &m.t[j]
	if t.blocked {
		return phrase{}, false
	}
	if p, ok := m.clock(j, c); ok {
		return p, true
	}
	if p, ok := m.numeric(j); ok {
		return p, true
	}
	if p, ok := m.date(j, c); ok {
		return p, true
	}
	if p, ok := m.duration(j, c); ok {
		return p, true
	}
	// "1990s", "1990's", "90s"; "in his 90s" is an age.
	if y, e, ok := m.decadeAt(j); ok {
		if m.possessive(j - 1) {
			return phrase{}, false
		}
		return phrase{first: j, end: e, kind: pDate, year: y, decade: true}, true
	}
	// "1982-1990", "2002/2003": a range of years needs no cue.
	if t.nd == 4 && plausibleYear(t.num) {
		if s := m.tok(j + 1); s != nil && s.kind == tPunct && (isDash(s) || s.r == '/') {
			if e := m.tok(j + 2); e != nil && e.kind == tNum && e.nd == 4 && !e.blocked &&
				e.num > t.num && e.num-t.num <= 100 {
				return phrase{first: j, end: j + 1, kind: pDate, year: t.num}, true
			}
		}
	}
	if !c.year && m.yearNounBefore(j) {
		c = cue{year: true, weak: true}
	}
	// "the 2020 war", "its 1994 ceasefire": an English year before its noun.
	if !c.year && t.nd == 4 && t.num >= 1900 && m.lx(j-1).en && m.lx(j-1).stop && englishDeterminer[strings.ToLower(m.text(j-1))] {
		if n := m.tok(j + 1); n != nil && n.kind == tWord && !n.upper && !m.measures(j+1) {
			c = cue{year: true}
		}
	}
	if y, k, ok := m.year(j, c); ok {
		return phrase{first: j, end: k, kind: pDate, year: y}, true
	}
	return phrase{}, false
}

func plausibleYear(y int) bool { return y >= 1100 && y <= 2100 }

// century turns a two-digit year into a full one: the latest that is not
// more than five years after publication ("octobre 98" in 1999 is 1998,
// "les années 60" are the 1960s, "en 20" in 2023 is 2020).
func (m *matcher) century(yy int) int {
	y := 2000 + yy
	if y > m.pubYear+5 {
		y -= 100
	}
	return y
}

// englishDeterminer holds the words a year may follow as an adjective.
var englishDeterminer = wordSet("the its his her their our this that")

// yearNounBefore reports whether a noun that years follow stands just
// before the number at j, perhaps with an adjective or a complement
// between: "budget 2002", "budget supplémentaire 2002", "Championnat du
// monde 2003".
func (m *matcher) yearNounBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		t := m.tok(k)
		if t.kind != tWord {
			return false
		}
		lx := m.lx(k)
		switch {
		case lx.yearCue:
			return true
		case lx.w == wDu || lx.w == wDes:
		case lx.stop || t.upper:
			return false
		}
	}
	return false
}

// year reads a year standing alone after a cue: "en 1991", "depuis 1994",
// "la guerre de 2020", "rien en 98,".
func (m *matcher) year(j int, c cue) (int, int, bool) {
	t := m.tok(j)
	if t == nil || t.kind != tNum || t.blocked || t.dotted {
		return 0, j, false
	}
	if t.nd == 4 && c.year && plausibleYear(t.num) {
		if m.measures(j+1) || (c.weak && m.counts(j+1)) {
			return 0, j, false
		}
		return t.num, j + 1, true
	}
	// "deux ruptures en 97 (en janvier…), rien en 98,": only before a pause.
	if t.nd == 2 && c.yy && m.pause(j+1) {
		return m.century(t.num), j + 1, true
	}
	return 0, j, false
}

// pause reports whether token k ends a phrase: the end of the sentence or
// punctuation that is not part of a figure ("98,5", "98 %").
func (m *matcher) pause(k int) bool {
	t := m.tok(k)
	if t == nil {
		return true
	}
	if t.kind != tPunct {
		return false
	}
	switch t.r {
	case '%', '-', '/', ':', '‰':
		return false
	case ',', '.':
		n := m.tok(k + 1)
		return n == nil || n.sp || n.kind != tNum
	}
	return true
}

// measures reports whether token i is a unit a number measures: "1500 ans", "2000 km", "30 %".
func (m *matcher) measures(i int) bool {
	t := m.tok(i)
	if t == nil {
		return false
	}
	if t.kind == tPunct {
		switch t.r {
		case '%', '€', '$', '£', '‰':
			return true
		}
		return false
	}
	if t.kind != tWord {
		return false
	}
	if t.lex() != nil && t.lex().unit != noUnit {
		return true
	}
	switch strings.ToLower(m.text(i)) {
	case "km", "kg", "m", "cm", "mm", "t", "ha", "mw", "kw", "l", "hl", "f", "mf", "md", "mds",
		"euros", "euro", "dollars", "francs", "mètres", "kilomètres", "tonnes", "habitants",
		"personnes", "exemplaires", "points", "voix", "morts", "victimes", "blessés", "soldats",
		"hommes", "militaires", "civils", "people", "troops", "soldiers", "miles":
		return true
	}
	return false
}

// counts reports whether token i is a noun a number before it counts:
// "16 victimes", "2000 militaires", "100 blessés".
func (m *matcher) counts(i int) bool {
	if m.measures(i) {
		return true
	}
	t := m.tok(i)
	if t == nil || t.kind != tWord || t.upper {
		return false
	}
	if lx := t.lex(); lx != nil && (lx.stop || lx.month != 0 || lx.wday != 0 || lx.relSet ||
		lx.part != NoPart || lx.tense != neutral || lx.season != 0) {
		return false
	}
	w := m.text(i)
	return len(w) > 2 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x')
}

// dayNum reads a day of the month: "19", "1er", "19th", "premier".
func (m *matcher) dayNum(j int) (int, int, bool) {
	t := m.tok(j)
	if t == nil {
		return 0, j, false
	}
	if t.kind == tWord && t.lex() != nil && t.lex().w == wPremier {
		return 1, j + 1, true
	}
	if t.kind != tNum || t.blocked || t.dotted || t.nd > 2 || t.num < 1 || t.num > 31 {
		return 0, j, false
	}
	k := j + 1
	if m.glued(k) && m.tok(k).kind == tWord {
		switch ordinalSuffix(m.text(k)) {
		case "er":
			if t.num != 1 {
				return 0, j, false
			}
		case "st", "nd", "rd", "th":
		default:
			return 0, j, false // "18h", "7am": a time
		}
		k++
	}
	return t.num, k, true
}

// ordinal reports whether the day number at j carries an ordinal ending:
// "5th", "1st".
func (m *matcher) ordinal(j int) bool {
	return m.glued(j+1) && ordinalSuffix(m.text(j+1)) != ""
}

// month reads a month name or abbreviation: "septembre", "sept.", "Sept".
func (m *matcher) month(j int) (n, k int, ok, ambig bool) {
	t := m.tok(j)
	if t == nil || t.kind != tWord || t.lex() == nil || t.lex().month == 0 {
		return 0, j, false, false
	}
	lx := t.lex()
	// English months are written with a capital: "may" and "march" are verbs.
	if lx.en && !t.upper && !lx.abbr {
		return 0, j, false, false
	}
	// "place du 8-Mai-1945", "rue du 14-Juillet": a street, not a date.
	if m.glued(j) && m.hyphen(j-1) && m.glued(j-1) && m.tok(j-2) != nil && m.tok(j-2).kind == tNum {
		return 0, j, false, false
	}
	k = j + 1
	if lx.abbr && m.punct(k, '.') && m.glued(k) {
		k++
	}
	return int(lx.month), k, true, lx.ambig
}

// modAfter reads "dernier" or "prochain" after an expression: "le 6 mai dernier".
func (m *matcher) modAfter(k int) (word, int) {
	switch w := m.word(k); w {
	case wDernier, wProchain:
		return w, k + 1
	case wPasse:
		return wDernier, k + 1
	}
	return wNone, k
}

// date reads a calendar date at j: "mardi 19 septembre 2023", "19 sept.",
// "September 19, 2023", "19 September", "décembre 2022", "mai", or a weekday.
func (m *matcher) date(j int, c cue) (phrase, bool) {
	p := phrase{first: j, kind: pDate}
	k := j
	if wd := m.lx(k).wday; wd != 0 && m.weekdayWord(k) {
		p.wday = int(wd)
		k++
		if m.punct(k, ',') {
			k++
		}
	}
	// French and day-first English: "19 septembre 2023", "1er janvier", "19 September".
	if d, n, ok := m.dayNum(k); ok {
		if mo, n2, ok, _ := m.month(n); ok {
			p.day, p.month = d, mo
			return m.borrowYear(m.dateEnd(p, n2)), true
		}
		// "the 5th of October 2020"
		if m.word(n) == wOf && m.ordinal(k) {
			if mo, n2, ok, _ := m.month(n + 1); ok {
				p.day, p.month = d, mo
				return m.dateEnd(p, m.yearComma(n2)), true
			}
		}
		// "du 19 au 23 juillet", "les 6 et 13 avril": the first day takes the
		// month, year and "prochains" of the second.
		if p.wday == 0 {
			if conn := m.word(n); conn == wAu || conn == wAccentA || conn == wEt || conn == wTo ||
				conn == wAnd || m.hyphen(n) || m.punct(n, '–') {
				if d2, n3, ok := m.dayNum(n + 1); ok && d2 > d {
					if mo, n4, ok, _ := m.month(n3); ok {
						second := m.dateEnd(phrase{first: n + 1, kind: pDate, day: d2, month: mo}, n4)
						return phrase{first: j, end: n, kind: pDate, day: d, month: mo,
							year: second.year, mod: second.mod}, true
					}
				}
			}
		}
		if p.wday == 0 {
			return phrase{}, false
		}
		// "mardi 19": the month is the one around publication where the 19th
		// is a Tuesday; not "mardi 19 h".
		if m.lx(n).unit != uHour && !m.punct(n, ':') && !m.counts(n) {
			p.day = d
			p.mod, p.end = m.modAfter(n)
			return p, true
		}
	}
	// Month first: "September 19, 2023", "Sept. 19", "décembre 2022", "mai".
	if mo, n, ok, ambig := m.month(k); ok {
		p.month = mo
		at := n
		if m.word(n) == wThe && m.lx(k).en && m.ordinal(n+1) {
			at = n + 1 // "October the 5th"
		}
		if d, n2, ok := m.dayNum(at); ok && m.lx(k).en && m.lx(n2).unit != uHour {
			// "May 5", "Sept. 19th", "October 5th 2020" – English order; a
			// year may follow after a comma.
			p.day = d
			return m.borrowYear(m.dateEnd(p, m.yearComma(n2))), true
		}
		q := m.dateEnd(p, n)
		// "mars", "May", "sept.": a month name that is also a common word
		// stands for the month only with a year, a cue or "dernier" around it.
		if ambig && q.year == 0 && q.mod == wNone && !c.year && !c.weak && !m.monthCue(k-1) {
			return phrase{}, false
		}
		// "en sept jours": an abbreviation without its period, day or year is a word.
		if m.lx(k).abbr && q.year == 0 && n == k+1 {
			return phrase{}, false
		}
		// "la chanteuse Avril Lavigne": a capitalized month before a name,
		// inside a sentence and with no cue, is a first name.
		if q.year == 0 && q.mod == wNone && k > 0 && m.tok(k).upper && !c.year && !m.monthCue(k-1) {
			if n := m.tok(q.end); n != nil && n.kind == tWord && n.upper {
				return phrase{}, false
			}
		}
		return m.borrowYear(q), true
	}
	if p.wday != 0 {
		// "lundi de Pâques", "lundi de Pentecôte": the day after the holiday.
		if n, ok := m.de(j + 1); ok && m.lx(n).holiday != 0 {
			if h, ok := m.holiday(n); ok && (h.holiday == hEaster || h.holiday == hPentecost) {
				h.first, h.off = j, p.wday-1
				return h, true
			}
		}
		return m.weekday(j, j+1)
	}
	return phrase{}, false
}

// borrowYear gives the first date of a range or a pair the year and the
// "derniers" of the second: "du 27 septembre au 10 novembre 2020", "de
// janvier à mars 2020", "mai et juin derniers", "Sept. 27 to Nov. 10, 2020".
func (m *matcher) borrowYear(q phrase) phrase {
	if q.year != 0 || q.mod != wNone {
		return q
	}
	k := q.end
	switch conn := m.word(k); {
	case conn == wEt || conn == wOu || conn == wAccentA || conn == wAu || conn == wAnd || conn == wTo:
		k++
	case m.hyphen(k) || m.punct(k, '–'):
		k++
	case conn == wJusqu && m.elided(k) && (m.word(k+2) == wAu || m.word(k+2) == wAccentA):
		k += 3 // "jusqu'au"
	default:
		return q
	}
	if m.word(k) == wLe || m.word(k) == wThe {
		k++
	}
	if _, _, ok, _ := m.month(k); !ok {
		if _, n, ok := m.dayNum(k); !ok || m.lx(n).month == 0 {
			return q
		}
	}
	if second, ok := m.date(k, cue{}); ok && second.kind == pDate {
		q.year, q.mod = second.year, second.mod
	}
	return q
}

// monthCue reports whether the word at i lets an ambiguous month name stand
// alone: "en mars", "depuis mars", "fin mars", "in May".
func (m *matcher) monthCue(i int) bool {
	switch m.word(i) {
	case wEn, wDepuis, wDes2, wDe, wD, wFin, wDebut, wMi, wCourant, wIn, wSince, wOf,
		wUntil, wBy, wEarly, wLate, wMid, wLast, wNext, wThis, wDu, wJusqu, wAvant, wApres,
		wBefore, wAfter, wEntre, wDuring, wFrom:
		return true
	}
	return m.hyphen(i) && m.word(i-1) == wMi
}

// dateEnd reads what may close a date: a year ("2023", "98") and "dernier" or
// "prochain".
func (m *matcher) dateEnd(p phrase, k int) phrase {
	if y, n, ok := m.fullYear(k); ok {
		p.year = y
		k = n
	} else if t := m.tok(k); t != nil && t.kind == tNum && t.nd == 2 && !t.blocked && !t.dotted &&
		!m.counts(k+1) && !(m.tok(k+1) != nil && m.lx(k+1).unit == uHour) && !m.punct(k+1, ':') &&
		!(m.tok(k+1) != nil && m.tok(k+1).kind == tNum) {
		// "octobre 98", "le 10 novembre 93"
		p.year = m.century(t.num)
		k++
	}
	p.mod, k = m.modAfter(k)
	if p.day != 0 {
		if e := m.midnightAfter(k); e > k {
			p.midnight, k = true, e // "le 23 septembre à minuit"
		}
	}
	p.end = k
	return p
}

// yearComma returns where the year of an English date starts: after the
// comma of "October 5, 2020", else k.
func (m *matcher) yearComma(k int) int {
	if m.punct(k, ',') {
		if _, _, ok := m.fullYear(k + 1); ok {
			return k + 1
		}
	}
	return k
}

// fullYear reads a four-digit year that may close a date.
func (m *matcher) fullYear(k int) (int, int, bool) {
	t := m.tok(k)
	if t == nil || t.kind != tNum || t.nd != 4 || t.blocked || t.dotted || !plausibleYear(t.num) {
		return 0, k, false
	}
	if m.lx(k+1).unit == uHour {
		return 0, k, false
	}
	return t.num, k + 1, true
}

// numeric reads an all-digit date: "03/08/2022" (day first), "10.11.2020",
// "2023-09-19".
func (m *matcher) numeric(j int) (phrase, bool) {
	t := &m.t[j]
	// ISO: 2023-09-19
	if t.nd == 4 && m.hyphen(j+1) && m.glued(j+1) && m.glued(j+2) && m.hyphen(j+3) && m.glued(j+3) && m.glued(j+4) {
		mo, d := m.tok(j+2), m.tok(j+4)
		if mo != nil && d != nil && mo.kind == tNum && d.kind == tNum && mo.nd == 2 && d.nd == 2 && !m.digitsAfter(j+5) {
			return phrase{first: j, end: j + 5, kind: pDate, year: t.num, month: mo.num, day: d.num}, true
		}
	}
	// 03/08/2022, 10.11.2020
	if t.nd > 2 {
		return phrase{}, false
	}
	sep := rune(0)
	switch {
	case t.dotted:
		sep = '.'
	case m.punct(j+1, '/') && m.glued(j+1) && m.glued(j+2):
		sep = '/'
	default:
		return phrase{}, false
	}
	if !m.punct(j+1, sep) || !m.punct(j+3, sep) || !m.glued(j+3) || !m.glued(j+4) {
		return phrase{}, false
	}
	mo, y := m.tok(j+2), m.tok(j+4)
	if mo == nil || y == nil || mo.kind != tNum || y.kind != tNum || mo.nd > 2 || (y.nd != 4 && y.nd != 2) || m.digitsAfter(j+5) {
		return phrase{}, false
	}
	d, mon := t.num, mo.num
	if mon > 12 && d <= 12 {
		d, mon = mon, d // 12/25/2022: month first
	}
	year := y.num
	if y.nd == 2 {
		year = m.century(year)
	}
	return phrase{first: j, end: j + 5, kind: pDate, year: year, month: mon, day: d}, true
}

// digitsAfter reports whether token k continues a run of glued digits and
// separators, as a phone number or a version does.
func (m *matcher) digitsAfter(k int) bool {
	t := m.tok(k)
	if t == nil || t.sp {
		return false
	}
	if t.kind == tNum || t.kind == tWord {
		return true
	}
	n := m.tok(k + 1)
	return (t.r == '.' || t.r == '/' || t.r == '-') && n != nil && !n.sp && n.kind == tNum
}

// decade reads "les années 1990", "années 60", "les années
// quatre-vingt-dix", after its first word (j); the decade's word "années"
// is at k. A decade is never its first year: "les années 90" is 199X.
func (m *matcher) decade(j, k int) (phrase, bool) {
	t := m.tok(k + 1)
	if t == nil || t.blocked {
		return phrase{}, false
	}
	if t.kind == tWord {
		// "les années soixante", "les années quatre-vingt-dix"
		if n, e, ok := m.amount(k + 1); ok && n >= 20 && n < 100 && n%10 == 0 {
			return phrase{first: j, end: e, kind: pDate, year: m.century(n), decade: true}, true
		}
		return phrase{}, false
	}
	if t.kind != tNum || t.num%10 != 0 {
		return phrase{}, false
	}
	y := t.num
	switch {
	case t.nd == 4 && plausibleYear(y):
	case t.nd == 2:
		y = m.century(y)
	default:
		return phrase{}, false
	}
	return phrase{first: j, end: k + 2, kind: pDate, year: y, decade: true}, true
}

// decadeAt reads an English decade at k and returns its first year and
// where it ends: "1990s", "1990's", "90s", "'90s", "nineties". The
// two-digit and word forms take their century from publication (see
// century): "the 90s" in 2023 are the 1990s.
func (m *matcher) decadeAt(k int) (int, int, bool) {
	if t := m.tok(k); t != nil && isApostrophe(t) {
		if n := m.tok(k + 1); n != nil && n.kind == tNum && n.nd == 2 && !n.sp {
			k++ // "'90s"
		}
	}
	t := m.tok(k)
	switch {
	case t == nil:
		return 0, k, false
	case t.kind == tWord:
		if w := m.text(k); len(w) < 7 || w[len(w)-1]|0x20 != 's' {
			return 0, k, false
		}
		for y, w := range decadeWords {
			if w != "" && strings.EqualFold(m.text(k), w) {
				return m.century(y), k + 1, true
			}
		}
		return 0, k, false
	case t.kind != tNum || t.blocked || t.num%10 != 0 || t.nd != 2 && !(t.nd == 4 && plausibleYear(t.num)):
		return 0, k, false
	}
	e := k + 1
	if a := m.tok(e); a != nil && isApostrophe(a) && !a.sp {
		e++ // "1990's"
	}
	if !m.glued(e) || m.text(e) != "s" {
		return 0, k, false
	}
	if t.nd == 2 {
		return m.century(t.num), e + 1, true
	}
	return t.num, e + 1, true
}

// decadeWords are the English decades written in words, by their first
// two-digit year.
var decadeWords = [...]string{20: "twenties", 30: "thirties", 40: "forties", 50: "fifties",
	60: "sixties", 70: "seventies", 80: "eighties", 90: "nineties"}

// modified reads an expression after "fin", "début", "mi-", "courant",
// "early", "late", "mid-", "end of": "fin septembre 2000", "début octobre",
// "début des années 60", "la fin de l'année", "mi-2020", "late 2020",
// "fin d'après-midi". j is where the expression starts, k the modifier.
func (m *matcher) modified(j, k int) (phrase, bool) {
	n := k + 1
	if m.word(k) == wMi || m.word(k) == wMid {
		if !m.hyphen(n) {
			return phrase{}, false
		}
		n++
	}
	if w := m.word(k); w == wEnd || w == wBeginning {
		if m.word(n) != wOf {
			return phrase{}, false
		}
		n++
	}
	// "début des années 60"
	if m.word(n) == wDes && strings.EqualFold(m.text(n+1), "années") {
		p, ok := m.decade(j, n+1)
		return p, ok
	}
	// "fin d'après-midi", "fin de matinée"
	if d, ok := m.de(n); ok {
		if part, e := m.partWord(d); part != NoPart && part != Midday && part != Night {
			return phrase{first: j, end: e, kind: pPart, part: part}, true
		}
		// "la fin de l'année", "fin de l'année dernière", "fin de l'année 2020"
		if m.word(d) == wL && m.elided(d) && m.lx(d+2).unit == uYear {
			y := d + 2
			if yr, e, ok := m.fullYear(y + 1); ok {
				return phrase{first: j, end: e, kind: pDate, year: yr}, true
			}
			mod, e := m.modAfter(y + 1)
			p := phrase{first: j, end: e, kind: pShift, u: uYear}
			switch mod {
			case wDernier:
				p.off = -1
			case wProchain:
				p.off = 1
			}
			return p, true
		}
	}
	// "the early 1990s", "mid-'90s", "the late nineties": a decade, not
	// its first year; "in her early 30s" is an age.
	if y, e, ok := m.decadeAt(n); ok {
		if m.possessive(j - 1) {
			return phrase{}, false
		}
		return phrase{first: j, end: e, kind: pDate, year: y, decade: true}, true
	}
	// "early 2021", "fin 2020"
	if y, e, ok := m.fullYear(n); ok {
		return phrase{first: j, end: e, kind: pDate, year: y}, true
	}
	// "fin septembre 2000", "début octobre", "mid-September"
	if mo, e, ok, _ := m.month(n); ok {
		return m.dateEnd(phrase{first: j, kind: pDate, month: mo}, e), true
	}
	if m.word(n) == wThe && m.lx(n+1).unit == uYear {
		// "the end of the year"
		return phrase{first: j, end: n + 2, kind: pShift, u: uYear}, true
	}
	return phrase{}, false
}

// season reads a season at k (j is where the expression starts): "l'automne
// 2020", "à l'automne", "au printemps 2021", "l'été dernier", "spring 2020",
// "the spring of 2020". "été" is also a participle ("a été"), so it needs a
// determiner or a year; so does "fall".
func (m *matcher) season(j, k int) (phrase, bool) {
	s := int(m.lx(k).season)
	p := phrase{first: j, kind: pDate, month: s}
	n := k + 1
	if m.word(n) == wOf {
		n++
	}
	if y, e, ok := m.fullYear(n); ok {
		p.year, p.end = y, e
		return p, true
	}
	if j == k && m.word(j-1) != wAu && m.word(j-1) != wEn && m.word(j-1) != wIn {
		return phrase{}, false // "Printemps de l'environnement", "a été"
	}
	if lower := strings.ToLower(m.text(k)); lower == "été" || lower == "ete" || lower == "fall" {
		if j == k && m.word(j-1) != wEn {
			return phrase{}, false
		}
	}
	p.mod, p.end = m.modAfter(k + 1)
	if p.mod == wNone {
		// "au printemps de l'environnement", "l'automne de sa vie": a name or a figure.
		if w := m.word(p.end); w == wDe || w == wDu || w == wD || w == wDes || w == wOf {
			return phrase{}, false
		}
		if strings.EqualFold(m.text(p.end), "arabe") {
			return phrase{}, false
		}
	}
	return p, true
}

// holiday reads a holiday: "Noël", "la Pentecôte", "Pâques 2024", "Christmas".
// "Noël Mamère", "le père Noël" and "l'île de Pâques" are not dates.
func (m *matcher) holiday(k int) (phrase, bool) {
	t := m.tok(k)
	if !t.upper {
		return phrase{}, false
	}
	if n := m.tok(k + 1); n != nil && n.kind == tWord && n.upper {
		return phrase{}, false
	}
	switch strings.ToLower(m.text(k - 1)) {
	case "père", "pere", "father":
		return phrase{}, false
	}
	if m.word(k-1) == wDe && m.word(k-2) == wIle {
		return phrase{}, false
	}
	p := phrase{first: k, end: k + 1, kind: pHoliday, holiday: t.lex().holiday}
	if y, e, ok := m.fullYear(k + 1); ok {
		p.year, p.end = y, e
	}
	return p, true
}

// holidayAfter returns where the holiday after "de" at k stands ("fête de
// Pentecôte", "jour de Noël"), or 0.
func (m *matcher) holidayAfter(k int) int {
	if n, ok := m.de(k); ok && m.lx(n).holiday != 0 && m.tok(n).upper {
		return n
	}
	return 0
}

// holidayAt reads the holiday at k as an expression that starts at j.
func (m *matcher) holidayAt(j, k int) (phrase, bool) {
	p, ok := m.holiday(k)
	p.first = j
	return p, ok
}

// ordinalWeekday reads "le premier dimanche du printemps", "le dernier
// dimanche d'octobre", "le deuxième mardi de novembre 2020": j starts the
// expression, k is the ordinal.
func (m *matcher) ordinalWeekday(j, k int) (phrase, bool) {
	p := phrase{first: j, kind: pDate, nth: int(m.lx(k).ord), wday: int(m.lx(k + 1).wday)}
	n, ok := m.de(k + 2)
	if !ok && (m.word(k+2) == wDu || m.word(k+2) == wOf) {
		n, ok = k+3, true
	}
	if !ok {
		return phrase{}, false
	}
	if m.word(n) == wThe {
		n++
	}
	if mo, e, ok, _ := m.month(n); ok {
		p.month = mo
		return m.dateEnd(p, e), true
	}
	if s := m.lx(n).season; s != 0 {
		p.month = int(s)
		return m.dateEnd(p, n+1), true
	}
	return phrase{}, false
}

// possessive reports whether token k is an English possessive, before
// which a decade is an age: "in his 90s", "a woman in her early thirties".
func (m *matcher) possessive(k int) bool {
	switch strings.ToLower(m.text(k)) {
	case "his", "her", "their", "my", "your", "our":
		return true
	}
	return false
}
