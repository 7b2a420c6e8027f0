package dates

import "strings"

// matcher reads the phrases of one tokenized sentence. Rules are tried only
// at a token the tables know (a month, a weekday, a cue, a number), and each
// reads forward from there: the sentence is walked once.
type matcher struct {
	s        string
	t        []token
	out      []phrase
	yearEnd  int // token index just after the last year read, -1 if none
	markers  []marker
	markDone bool
}

// marker is a token that tells the tense of the words around it.
type marker struct {
	i int
	t tense
}

var noLex lexeme

// cue is what the word before an expression allows it to be.
type cue struct {
	year  bool // a bare four-digit number is a year: "en 1991", "depuis 1994"
	yy    bool // a bare two-digit number is a year: "rien en 98,"
	weak  bool // a year only if nothing is counted after it: "la guerre de 2020"
	hours bool // "N heures" is a clock time: "à 13 heures", "dès 18 heures"
	since bool // the expression starts an ongoing state: "depuis", "à partir de", "since"
	ago   bool // a duration counted back from publication: "il y a deux semaines"
}

func (m *matcher) tok(i int) *token {
	if i < 0 || i >= len(m.t) {
		return nil
	}
	return &m.t[i]
}

// lx returns the table entry of token i, never nil.
func (m *matcher) lx(i int) *lexeme {
	if i < 0 || i >= len(m.t) || m.t[i].lex == nil {
		return &noLex
	}
	return m.t[i].lex
}

func (m *matcher) word(i int) word { return m.lx(i).w }

// glued reports whether token i stands against the one before it.
func (m *matcher) glued(i int) bool {
	t := m.tok(i)
	return t != nil && !t.sp
}

func (m *matcher) text(i int) string {
	t := m.tok(i)
	if t == nil {
		return ""
	}
	return m.s[t.s:t.e]
}

func (m *matcher) punct(i int, r rune) bool {
	t := m.tok(i)
	return t != nil && t.kind == tPunct && t.r == r
}

func (m *matcher) hyphen(i int) bool {
	t := m.tok(i)
	return t != nil && isHyphen(t)
}

// elided reports whether token i is "l", "d" or "jusqu" followed by an apostrophe.
func (m *matcher) elided(i int) bool {
	t := m.tok(i + 1)
	return t != nil && isApostrophe(t) && !t.sp
}

// isA reports whether token i is "à", or "A" standing for it in a capital.
func (m *matcher) isA(i int) bool {
	switch m.word(i) {
	case wAccentA:
		return true
	case wA:
		return m.tok(i).upper
	}
	return false
}

// de reports whether token i is "de" or "d'" and returns the token after it.
func (m *matcher) de(i int) (int, bool) {
	switch m.word(i) {
	case wDe:
		return i + 1, true
	case wD:
		if m.elided(i) {
			return i + 2, true
		}
	}
	return i, false
}

// within reports whether tokens [from, to) hold no pause: "au lendemain
// de l'attaque du 19 septembre" names its day, "au lendemain de la
// démission, le 19 septembre" does not.
func (m *matcher) within(from, to int) bool {
	if to-from > 8 {
		return false
	}
	for k := from; k < to; k++ {
		if t := &m.t[k]; t.kind == tPunct && !isApostrophe(t) && !isHyphen(t) {
			return false
		}
	}
	return true
}

// run reads every phrase of the sentence, in order.
func (m *matcher) run() []phrase {
	m.out = m.out[:0]
	m.yearEnd = -1
	for i := 0; i < len(m.t); {
		p, ok := m.at(i)
		if !ok || p.end <= i || p.first < i || p.first >= p.end {
			i++
			continue
		}
		if p.kind == pDate && p.month == 0 && !p.decade {
			m.yearEnd = p.end
		}
		m.out = append(m.out, p)
		i = p.end
	}
	return m.out
}

// at reads the phrase that starts at token i, or after the cue at i.
func (m *matcher) at(i int) (phrase, bool) {
	if c, j, ok := m.cue(i); ok {
		if p, ok := m.phrase(j, c); ok {
			p.since = p.since || c.since
			if c.ago {
				// "il y a deux semaines": the cue is part of the expression.
				p.first = i
			}
			return p, true
		}
		if c.ago {
			return phrase{}, false
		}
	}
	return m.phrase(i, cue{})
}

// cue reads the cue words at i and returns what they allow and where the
// expression they introduce starts.
func (m *matcher) cue(i int) (cue, int, bool) {
	t := m.tok(i)
	if t == nil {
		return cue{}, i, false
	}
	// "de 1982 à 1987", "1982-1990", "entre 1990 et 1999": a year after a year.
	if i == m.yearEnd {
		switch m.word(i) {
		case wAccentA, wAu, wEt, wOu, wTo, wAnd:
			return cue{year: true}, i + 1, true
		}
		if t.kind == tPunct && (isDash(t) || t.r == '/') {
			return cue{year: true}, i + 1, true
		}
	}
	switch m.word(i) {
	case wDepuis:
		j := i + 1
		// "veuve depuis... 1950"
		for m.punct(j, '.') || m.punct(j, '…') {
			j++
		}
		return cue{year: true, hours: true, since: true}, j, true
	case wSince:
		return cue{year: true, hours: true, since: true}, i + 1, true
	case wAccentA, wA:
		if !m.isA(i) {
			return cue{}, i, false
		}
		// "à partir de 18 heures", "à compter du 1er septembre"
		if w := m.word(i + 1); w == wPartir || w == wCompter {
			if j, ok := m.de(i + 2); ok {
				return cue{year: true, hours: true, since: true}, j, true
			}
			if m.word(i+2) == wDu {
				return cue{since: true}, i + 3, true
			}
		}
		return cue{hours: true}, i + 1, true
	case wIl:
		// "il y a deux semaines"
		if m.word(i+1) == wY && m.word(i+2) == wA {
			return cue{ago: true}, i + 3, true
		}
	case wEn:
		return cue{year: true, yy: true}, i + 1, true
	case wDes2, wEntre, wVers, wFrom, wUntil, wBy:
		return cue{year: true, hours: true}, i + 1, true
	case wAvant, wApres, wBefore, wAfter:
		if m.hyphen(i + 1) {
			return cue{}, i, false // "avant-hier", "après-midi"
		}
		return cue{year: true, hours: true}, i + 1, true
	case wIn, wDuring:
		return cue{year: true}, i + 1, true
	case wJusqu:
		// "jusqu'en 2020", "jusqu'à 18 heures"
		if m.elided(i) {
			if w := m.word(i + 2); w == wEn || w == wAccentA || w == wA {
				return cue{year: true, hours: true}, i + 3, true
			}
		}
	case wDe, wD, wOf:
		j, ok := m.de(i)
		if m.word(i) == wOf {
			j, ok = i+1, true
		}
		// "plus de 2000", "près de 1500": a quantity, not a year.
		switch m.word(i - 1) {
		case wPlus, wMoins, wPres, wEnviron, wMore, wAbout:
			return cue{hours: false}, j, ok
		}
		return cue{year: true, weak: true, hours: true}, j, ok
	case wAt:
		return cue{hours: true}, i + 1, true
	case wIci:
		// "d'ici 2030", "d'ici à 2030", "d'ici au 30 juin", "d'ici la fin de l'année"
		if m.word(i-2) == wD && m.elided(i-2) {
			j := i + 1
			if m.isA(j) || m.word(j) == wA || m.word(j) == wAu {
				j++
			}
			return cue{year: true, hours: true}, j, true
		}
	}
	return cue{}, i, false
}

// phrase reads the expression that starts at token j.
func (m *matcher) phrase(j int, c cue) (phrase, bool) {
	t := m.tok(j)
	if t == nil {
		return phrase{}, false
	}
	if t.kind == tNum {
		return m.number(j, c)
	}
	if t.kind != tWord || t.lex == nil {
		return phrase{}, false
	}
	lx := t.lex
	switch lx.w {
	case wLe, wLa, wLes, wL, wCe, wCet, wCette, wThe, wThis:
		return m.determined(j, c)
	case wFin, wDebut, wMi, wCourant, wEarly, wLate, wMid, wEnd, wBeginning:
		return m.modified(j, j, c)
	case wLast, wNext:
		return m.englishShift(j)
	case wAujourd, wAvant, wApres:
		return m.relDay(j)
	case wPremier:
		return m.date(j, c)
	case wBientot, wPresque, wEnviron, wQuelque, wPres, wPlus, wMoins, wAlmost, wNearly, wAbout, wSome, wMore:
		return m.duration(j, c) // "depuis bientôt trois ans", "il y a près d'un an"
	case wAu:
		// "hier, au lendemain de la démission": the day beside it, or the
		// day after the one it names.
		if m.lx(j + 1).anaSet {
			_, de := m.de(j + 2)
			if de || m.word(j+2) == wDu || m.word(j+2) == wDes {
				return phrase{first: j + 1, end: j + 2, kind: pAna, off: int(m.lx(j + 1).ana), appos: true}, true
			}
		}
		return phrase{}, false
	case wFete, wJour:
		if h := m.holidayAfter(j + 1); h > 0 {
			return m.holidayAt(j, h)
		}
	}
	if lx.ord != 0 && m.lx(j+1).wday != 0 {
		return m.ordinalWeekday(j, j)
	}
	if lx.w == wThat && m.lx(j+1).unit == uDay && strings.EqualFold(m.text(j+1), "day") {
		return phrase{first: j, end: j + 2, kind: pAna}, true // "later that day"
	}
	switch {
	case lx.relSet:
		return m.relDay(j)
	case lx.month != 0, lx.wday != 0:
		if p, ok := m.date(j, c); ok {
			if p.kind == pWeekday && p.mod == wNone && m.word(j-1) == wLe {
				return phrase{}, false // "uniquement le mercredi": every Wednesday
			}
			return p, true
		}
		if lx.num != 0 {
			return m.duration(j, c) // "depuis sept ans"
		}
	case lx.season != 0:
		return m.season(j, j, c)
	case lx.holiday != 0:
		return m.holiday(j)
	case lx.num != 0:
		return m.duration(j, c)
	case lx.part != NoPart && c.hours:
		return m.clockWord(j)
	}
	if strings.EqualFold(m.text(j), "années") {
		return m.decade(j, j)
	}
	return phrase{}, false
}

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
	// "1990s", "the 1990s"
	if t.nd == 4 && t.num%10 == 0 && m.glued(j+1) && m.text(j+1) == "s" {
		return phrase{first: j, end: j + 2, kind: pDate, year: t.num, decade: true}, true
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
		case lx.stop || t.upper && k != j-3:
			return false
		}
	}
	return false
}

func plausibleYear(y int) bool { return y >= 1100 && y <= 2100 }

// englishDeterminer holds the words a year may follow as an adjective.
var englishDeterminer = wordSet("the its his her their our this that")

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
		return -t.num - 1, j + 1, true // the century is resolved against publication
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
	if t.lex != nil && t.lex.unit != noUnit {
		return true
	}
	switch strings.ToLower(m.text(i)) {
	case "km", "kg", "m", "cm", "mm", "t", "ha", "mw", "kw", "l", "hl", "f", "mf", "md", "mds",
		"euros", "euro", "dollars", "francs", "mètres", "kilomètres", "tonnes", "habitants",
		"personnes", "exemplaires", "points", "voix", "morts", "victimes", "blessés", "soldats",
		"hommes", "militaires", "civils", "people", "troops", "soldiers", "dollars,", "miles":
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
	if lx := t.lex; lx != nil && (lx.stop || lx.month != 0 || lx.wday != 0 || lx.relSet ||
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
	if t.kind == tWord && t.lex != nil && t.lex.w == wPremier {
		return 1, j + 1, true
	}
	if t.kind != tNum || t.blocked || t.dotted || t.nd > 2 || t.num < 1 || t.num > 31 {
		return 0, j, false
	}
	k := j + 1
	if m.glued(k) && m.tok(k).kind == tWord {
		switch strings.ToLower(m.text(k)) {
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

// month reads a month name or abbreviation: "septembre", "sept.", "Sept".
func (m *matcher) month(j int) (n, k int, ok, ambig bool) {
	t := m.tok(j)
	if t == nil || t.kind != tWord || t.lex == nil || t.lex.month == 0 {
		return 0, j, false, false
	}
	lx := t.lex
	// English months are written with a capital: "may" and "march" are verbs.
	if lx.en && !t.upper && !lx.abbr {
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

// partAfter reads a part of the day after a day: "mardi soir", "hier
// après-midi", "hier en début d'après-midi", "samedi au matin", "Tuesday night".
func (m *matcher) partAfter(k int) (Part, int) {
	if p, n := m.partWord(k); p != NoPart {
		return p, n
	}
	switch m.word(k) {
	case wEn:
		// "en début d'après-midi", "en fin de matinée"
		if w := m.word(k + 1); w == wDebut || w == wFin {
			if n, ok := m.de(k + 2); ok {
				if p, n := m.partWord(n); p != NoPart {
					return p, n
				}
			}
		}
	case wAu:
		if p, n := m.partWord(k + 1); p == Morning || p == Evening {
			return p, n
		}
	}
	return NoPart, k
}

// partWord reads one part-of-day word: "soir", "après-midi", "afternoon".
func (m *matcher) partWord(k int) (Part, int) {
	lx := m.lx(k)
	if lx.w == wApres {
		// "après-midi", "après midi"
		n := k + 1
		if m.hyphen(n) && m.glued(n) {
			n++
		}
		if m.lx(n).part == Midday {
			return Afternoon, n + 1
		}
		return NoPart, k
	}
	if lx.part != NoPart && lx.unit == noUnit && !lx.relSet {
		return lx.part, k + 1
	}
	return NoPart, k
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
			q, _ := m.dateEnd(p, n2)
			return m.borrowYear(q), true
		}
		// "du 19 au 23 juillet", "les 6 et 13 avril": the first day takes the
		// month, year and "prochains" of the second.
		if p.wday == 0 {
			if conn := m.word(n); conn == wAu || conn == wAccentA || conn == wEt || conn == wTo ||
				conn == wAnd || m.hyphen(n) || m.punct(n, '–') {
				if d2, n3, ok := m.dayNum(n + 1); ok && d2 > d {
					if mo, n4, ok, _ := m.month(n3); ok {
						second, ok := m.dateEnd(phrase{first: n + 1, kind: pDate, day: d2, month: mo}, n4)
						if ok {
							return phrase{first: j, end: n, kind: pDate, day: d, month: mo,
								year: second.year, mod: second.mod}, true
						}
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
		if d, n2, ok := m.dayNum(n); ok && m.lx(k).en && m.lx(n2).unit != uHour {
			// "May 5", "Sept. 19th" – English order; a year may follow after a comma.
			p.day = d
			q, ok := m.dateEnd(p, n2)
			if ok && q.year == 0 && m.punct(n2, ',') {
				if y, n3, ok := m.fullYear(n2 + 1); ok {
					q.year, q.end = y, n3
				}
			}
			return m.borrowYear(q), ok
		}
		q, ok := m.dateEnd(p, n)
		if !ok {
			return q, false
		}
		// "mars", "May", "sept.": a month name that is also a common word
		// stands for the month only with a year, a cue or "dernier" around it.
		if ambig && q.year == 0 && q.mod == wNone && !c.year && !c.weak && !m.monthCue(k-1) {
			return phrase{}, false
		}
		// "en sept jours": an abbreviation without its period, day or year is a word.
		if m.lx(k).abbr && q.year == 0 && n == k+1 {
			return phrase{}, false
		}
		return m.borrowYear(q), true
	}
	if p.wday != 0 {
		// "lundi de Pâques", "lundi de Pentecôte": the day after the holiday.
		if n, ok := m.de(j + 1); ok && m.lx(n).holiday != 0 {
			if h, ok := m.holiday(n); ok && (h.holiday == hEaster || h.holiday == hPentecost) {
				h.first, h.off = j, (p.wday-1+7)%7
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
func (m *matcher) dateEnd(p phrase, k int) (phrase, bool) {
	if y, n, ok := m.fullYear(k); ok {
		p.year = y
		k = n
	} else if t := m.tok(k); t != nil && t.kind == tNum && t.nd == 2 && !t.blocked && !t.dotted &&
		!m.counts(k+1) && !(m.tok(k+1) != nil && m.lx(k+1).unit == uHour) && !m.punct(k+1, ':') &&
		!(m.tok(k+1) != nil && m.tok(k+1).kind == tNum) {
		// "octobre 98", "le 10 novembre 93": the century is resolved later.
		p.year = -t.num - 1
		k++
	}
	p.mod, k = m.modAfter(k)
	p.end = k
	return p, true
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

// weekdayWord reports whether the weekday name at k stands for a day:
// not "Vendredi saint", "Mardi gras", "tous les jeudis", nor a lowercase
// English word.
func (m *matcher) weekdayWord(k int) bool {
	t := m.tok(k)
	if t.lex.en && !t.upper {
		return false
	}
	switch strings.ToLower(m.text(k + 1)) {
	case "saint", "sainte", "gras", "times":
		return false
	}
	if m.word(k-1) == wLes || (m.lx(k-1).ord != 0 && m.word(k-1) != wLast) {
		return false // "les jeudis", "le deuxième mardi" of a month the text does not give
	}
	switch strings.ToLower(m.text(k - 1)) {
	case "chaque", "every":
		return false
	}
	return true
}

// weekday reads a weekday standing alone at j (the name is at j, k is after
// it): "mercredi", "mardi matin", "lundi prochain", "Tuesday night".
func (m *matcher) weekday(j, k int) (phrase, bool) {
	p := phrase{first: j, kind: pWeekday, wday: int(m.lx(j).wday)}
	p.part, k = m.partAfter(k)
	p.mod, k = m.modAfter(k)
	p.end = k
	return p, true
}

// relDay reads a day counted from publication: "hier", "aujourd'hui vendredi",
// "avant-hier", "après-demain", "hier soir", "yesterday afternoon", "tonight".
func (m *matcher) relDay(j int) (phrase, bool) {
	p := phrase{first: j, kind: pRel}
	k := j
	switch lx := m.lx(j); {
	case lx.w == wAujourd:
		// "aujourd'hui", with either apostrophe
		if !(m.elided(j) && m.word(j+2) == wHui && m.glued(j+2)) {
			return phrase{}, false
		}
		k = j + 3
		// "aujourd'hui vendredi"
		if m.lx(k).wday != 0 && !m.lx(k).en {
			if m.lx(k+1).month == 0 && !(m.tok(k+1) != nil && m.tok(k+1).kind == tNum) {
				k++
			}
		}
	case lx.w == wAvant || lx.w == wApres:
		// "avant-hier", "après-demain"
		if !m.hyphen(j+1) || !m.lx(j+2).relSet {
			return phrase{}, false
		}
		d := int(m.lx(j + 2).rel)
		if lx.w == wAvant && d == -1 {
			p.off = -2
		} else if lx.w == wApres && d == 1 {
			p.off = 2
		} else {
			return phrase{}, false
		}
		k = j + 3
	case lx.relSet:
		p.off = int(lx.rel)
		p.part = lx.part
		k = j + 1
	default:
		return phrase{}, false
	}
	if p.part == NoPart {
		p.part, k = m.partAfter(k)
	}
	p.end = k
	return p, true
}

// determined reads an expression that starts with a determiner, which the
// expression keeps: "le 6 octobre", "la veille", "l'an dernier", "cette
// année", "les années 1990", "l'automne 2020", "ce soir", "the day before".
func (m *matcher) determined(j int, c cue) (phrase, bool) {
	w := m.word(j)
	k := j + 1
	if w == wL {
		if !m.elided(j) {
			return phrase{}, false
		}
		k = j + 2
	}
	lx := m.lx(k)
	switch w {
	case wLe, wL, wLa, wLes:
		switch {
		case lx.ord != 0 && m.lx(k+1).wday != 0:
			return m.ordinalWeekday(j, k) // "le premier dimanche du printemps"
		case (lx.w == wFete || lx.w == wJour) && m.holidayAfter(k+1) > 0:
			return m.holidayAt(j, m.holidayAfter(k+1)) // "la fête de Pâques", "le jour de Noël"
		case lx.wday != 0 || lx.w == wPremier || (m.tok(k) != nil && m.tok(k).kind == tNum && w != wLa):
			// "le 30 juin", "le samedi 5 juin", "les 6 et 13 avril"; not "le
			// mercredi" alone, which says every Wednesday.
			p, ok := m.date(k, c)
			if !ok || (p.kind == pWeekday && p.mod == wNone) || p.first != k {
				return phrase{}, false
			}
			if p.kind == pDate && p.day == 0 {
				return phrase{}, false // "les 2000 …"
			}
			p.first = j
			return p, true
		case lx.anaSet && w != wLes:
			// "la veille", "le lendemain", "le lendemain matin"; "à la veille
			// de", which may name the day beside it.
			p := phrase{first: j, kind: pAna, off: int(lx.ana)}
			p.part, p.end = m.partAfter(k + 1)
			_, de := m.de(p.end)
			p.appos = m.isA(j-1) && (de || m.word(p.end) == wDu || m.word(p.end) == wDes)
			return p, true
		case lx.w == wAvant && m.hyphen(k+1) && m.lx(k+2).anaSet && m.lx(k+2).ana == -1:
			// "l'avant-veille"
			p := phrase{first: j, kind: pAna, off: -2}
			p.part, p.end = m.partAfter(k + 3)
			return p, true
		case lx.w == wMeme && m.lx(k+1).unit == uDay && m.word(k+1) == wJour:
			return phrase{first: j, end: k + 2, kind: pAna}, true // "le même jour"
		case lx.w == wJour && m.word(k+1) == wMeme:
			return phrase{first: j, end: k + 2, kind: pAna}, true // "le jour même"
		case lx.part != NoPart && m.word(k+1) == wMeme && w == wLe:
			// "le matin même", "le soir même"
			return phrase{first: j, end: k + 2, kind: pAna, part: lx.part}, true
		case strings.EqualFold(m.text(k), "années") && w == wLes:
			return m.decade(j, k)
		case lx.unit == uYear || lx.unit == uMonth || lx.unit == uWeek || m.weekend(k) > k:
			return m.shift(j, k, wNone)
		case lx.season != 0 && w != wLes:
			return m.season(j, k, c)
		case lx.w == wFin || lx.w == wDebut || lx.w == wMi:
			return m.modified(j, k, c)
		case lx.holiday != 0:
			return m.holiday(k)
		case lx.part != NoPart || lx.w == wApres:
			// "la soirée", "la nuit", "l'après-midi": a part of the day the
			// context gives; "la nuit dernière" is the night that ended today.
			part, n := m.partWord(k)
			if part == NoPart || part == Midday || (w == wLe && part != Morning && part != Evening) {
				return phrase{}, false
			}
			if mod, n2 := m.modAfter(n); mod == wDernier {
				return phrase{first: j, end: n2, kind: pRel, part: part}, true
			}
			if w == wLe {
				return phrase{}, false // "le soir", "le matin": every evening
			}
			if nw := m.word(n); nw == wDe || nw == wDu || nw == wD {
				// "la nuit de lundi à mardi", "la soirée du 19 septembre"
				return m.partOf(j, n, part)
			}
			return phrase{first: j, end: n, kind: pPart, part: part}, true
		}
	case wCe, wCet, wCette:
		switch {
		case lx.w == wFete && m.holidayAfter(k+1) > 0:
			return m.holidayAt(j, m.holidayAfter(k+1)) // "cette fête de Pentecôte"
		case lx.part != NoPart || lx.w == wApres:
			// "ce matin", "ce soir", "cette nuit", "cet après-midi"
			part, n := m.partWord(k)
			if part == NoPart {
				return phrase{}, false
			}
			return phrase{first: j, end: n, kind: pRel, part: part}, true
		case lx.wday != 0:
			// "ce dimanche", "ce mardi «dans la journée»"
			p, ok := m.date(k, c)
			if !ok {
				return phrase{}, false
			}
			p.first = j
			return p, true
		case lx.w == wMeme && m.lx(k+1).wday != 0:
			// "ce même lundi après-midi"
			p, ok := m.date(k+1, c)
			if !ok {
				return phrase{}, false
			}
			p.first = j
			return p, true
		case lx.w == wJour && m.hyphen(k+1) && strings.EqualFold(m.text(k+2), "là"):
			return phrase{first: j, end: k + 3, kind: pAna}, true // "ce jour-là"
		case lx.unit == uYear || lx.unit == uMonth || lx.unit == uWeek || m.weekend(k) > k:
			return m.shift(j, k, wCe)
		case lx.season != 0:
			return m.season(j, k, c)
		}
	case wThe:
		switch {
		case lx.unit == uDay && !m.lx(k).relSet:
			// "the day before", "the next day", "the following day", "the same day"
			switch m.word(k + 1) {
			case wBefore:
				return phrase{first: j, end: k + 2, kind: pAna, off: -1}, true
			case wAfter:
				return phrase{first: j, end: k + 2, kind: pAna, off: 1}, true
			}
		case lx.w == wNext || lx.w == wFollowing || lx.w == wPrevious || lx.w == wSame:
			if m.lx(k+1).unit == uDay {
				off := map[word]int{wNext: 1, wFollowing: 1, wPrevious: -1, wSame: 0}[lx.w]
				p := phrase{first: j, end: k + 2, kind: pAna, off: off}
				return p, true
			}
		case lx.season != 0:
			return m.season(j, k, c)
		case lx.w == wEnd || lx.w == wBeginning:
			return m.modified(j, k, c)
		case m.tok(k) != nil && m.tok(k).kind == tNum:
			// "the 1990s"
			if p, ok := m.number(k, c); ok && p.decade {
				p.first = j
				return p, true
			}
		}
	case wThis:
		switch {
		case lx.part != NoPart:
			part, n := m.partWord(k)
			if part == NoPart {
				return phrase{}, false
			}
			return phrase{first: j, end: n, kind: pRel, part: part}, true
		case lx.wday != 0:
			if p, ok := m.date(k, c); ok {
				p.first = j
				return p, true
			}
		case lx.unit == uYear || lx.unit == uMonth || lx.unit == uWeek || lx.unit == uWeekend:
			return m.shift(j, k, wCe)
		case lx.season != 0:
			return m.season(j, k, c)
		}
	}
	return phrase{}, false
}

// weekend returns the token after "week-end" or "weekend" at k, or k.
func (m *matcher) weekend(k int) int {
	if m.lx(k).unit == uWeekend {
		return k + 1
	}
	if strings.EqualFold(m.text(k), "week") && m.hyphen(k+1) && strings.EqualFold(m.text(k+2), "end") {
		return k + 3
	}
	return k
}

// shift reads a unit counted from publication, after its determiner (j):
// "l'an dernier", "l'année prochaine", "cette année", "le mois dernier",
// "la semaine dernière", "ce week-end", "l'année 2001".
func (m *matcher) shift(j, k int, det word) (phrase, bool) {
	u := m.lx(k).unit
	n := k + 1
	if e := m.weekend(k); e > k {
		u, n = uWeekend, e
	}
	// "l'année 2001", "l'an 2000"
	if u == uYear {
		if y, n2, ok := m.fullYear(n); ok {
			return phrase{first: j, end: n2, kind: pDate, year: y}, true
		}
	}
	// "ce mois-ci"
	if det == wCe && m.hyphen(n) && strings.EqualFold(m.text(n+1), "ci") {
		n += 2
	}
	p := phrase{first: j, kind: pShift, u: u}
	mod, n2 := m.modAfter(n)
	switch {
	case mod == wDernier:
		p.off = -1
	case mod == wProchain:
		p.off = 1
	case det == wCe:
		p.off = 0
	default:
		return phrase{}, false // "l'année", "la semaine": no date
	}
	p.end = n2
	return p, true
}

// englishShift reads "last"/"next" and what follows: "last year", "next
// month", "last week", "last Tuesday", "last September", "last night".
func (m *matcher) englishShift(j int) (phrase, bool) {
	mod := wDernier
	if m.word(j) == wNext {
		mod = wProchain
	}
	k := j + 1
	lx := m.lx(k)
	switch {
	case lx.unit == uYear || lx.unit == uMonth || lx.unit == uWeek || lx.unit == uWeekend:
		p := phrase{first: j, end: k + 1, kind: pShift, u: lx.unit, off: -1}
		if mod == wProchain {
			p.off = 1
		}
		return p, true
	case lx.wday != 0:
		p, ok := m.date(k, cue{})
		if !ok {
			return p, false
		}
		p.first, p.mod = j, mod
		return p, true
	case lx.month != 0:
		if mo, n, ok, _ := m.month(k); ok {
			return phrase{first: j, end: n, kind: pDate, month: mo, mod: mod}, true
		}
	case lx.season != 0:
		return phrase{first: j, end: k + 1, kind: pDate, month: int(lx.season), mod: mod}, true
	case lx.part == Night && mod == wDernier:
		return phrase{first: j, end: k + 1, kind: pRel, part: Night}, true
	}
	return phrase{}, false
}

// decade reads "les années 1990", "années 60", after its first word (j);
// the decade's word "années" is at k.
func (m *matcher) decade(j, k int) (phrase, bool) {
	t := m.tok(k + 1)
	if t == nil || t.kind != tNum || t.blocked || t.num%10 != 0 {
		return phrase{}, false
	}
	y := t.num
	switch {
	case t.nd == 4 && plausibleYear(y):
	case t.nd == 2:
		y = -y - 1 // the century is resolved against publication
	default:
		return phrase{}, false
	}
	return phrase{first: j, end: k + 2, kind: pDate, year: y, decade: true}, true
}

// modified reads an expression after "fin", "début", "mi-", "courant",
// "early", "late", "mid-", "end of": "fin septembre 2000", "début octobre",
// "début des années 60", "la fin de l'année", "mi-2020", "late 2020",
// "fin d'après-midi". j is where the expression starts, k the modifier.
func (m *matcher) modified(j, k int, c cue) (phrase, bool) {
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
	// "early 2021", "fin 2020"
	if y, e, ok := m.fullYear(n); ok {
		return phrase{first: j, end: e, kind: pDate, year: y}, true
	}
	// "fin septembre 2000", "début octobre", "mid-September"
	if mo, e, ok, _ := m.month(n); ok {
		p, _ := m.dateEnd(phrase{first: j, kind: pDate, month: mo}, e)
		return p, true
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
func (m *matcher) season(j, k int, c cue) (phrase, bool) {
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
	p := phrase{first: k, end: k + 1, kind: pHoliday, holiday: t.lex.holiday}
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
		p, _ = m.dateEnd(p, e)
		return p, true
	}
	if s := m.lx(n).season; s != 0 {
		p.month = int(s)
		p, _ = m.dateEnd(p, n+1)
		return p, true
	}
	return phrase{}, false
}

// partOf reads the day a part of the day belongs to, after "de" or "du"
// at k: "la soirée de mardi", "la matinée du 19 septembre", "la nuit de
// lundi à mardi", "la nuit du 1er au 2 avril". A night between two days
// belongs to the day it ends in, so its value is the second day. j is where
// the expression starts.
func (m *matcher) partOf(j, k int, part Part) (phrase, bool) {
	n, ok := m.de(k)
	if !ok {
		if m.word(k) != wDu {
			return phrase{}, false
		}
		n = k + 1
	}
	first, ok := m.date(n, cue{})
	if !ok && m.tok(n) != nil && m.tok(n).kind == tNum {
		if d, e, ok2 := m.dayNum(n); ok2 {
			first, ok = phrase{first: n, end: e, kind: pDate, day: d}, true
		}
	}
	if !ok {
		return phrase{}, false
	}
	p := first
	if conn := m.word(first.end); part == Night && (conn == wAccentA || conn == wAu || conn == wA) {
		if second, ok := m.date(first.end+1, cue{}); ok {
			p = second
		}
	}
	if p.kind == pDate && p.month == 0 && p.wday == 0 {
		return phrase{}, false
	}
	if p.part != NoPart {
		return phrase{}, false // "la nuit de mardi soir"
	}
	p.first, p.part = j, part
	return p, true
}

// duration reads an amount of time counted back from publication: "depuis
// neuf mois", "depuis trente-deux ans", "il y a deux semaines", "two years
// ago". Only "depuis", "il y a" and "ago" anchor a duration; any other is not
// a date ("pendant deux ans", "61 ans").
func (m *matcher) duration(j int, c cue) (phrase, bool) {
	k := j
	approx := false
	for {
		switch m.word(k) {
		case wBientot, wPresque, wEnviron, wQuelque, wAlmost, wNearly, wAbout, wSome:
			approx = true
			k++
			continue
		case wPres, wPlus, wMoins:
			if n, ok := m.de(k + 1); ok {
				approx = true
				k = n
				continue
			}
		case wMore:
			if m.word(k+1) == wThan {
				approx = true
				k += 2
				continue
			}
		}
		break
	}
	n, e, ok := m.amount(k)
	if !ok {
		return phrase{}, false
	}
	u := m.lx(e).unit
	if u == noUnit || u == uHour || u == uWeekend || m.lx(e).w == wL {
		return phrase{}, false
	}
	end := e + 1
	p := phrase{first: j, end: end, kind: pShift, u: u, off: -n, approx: approx, count: true}
	switch {
	case c.since || c.ago:
		// "depuis neuf mois": the state began nine months before publication.
		return p, true
	case m.word(end) == wAgo:
		p.end = end + 1
		return p, true
	}
	return phrase{}, false
}

// amount reads a count in digits or words: "9", "neuf", "trente-deux",
// "vingt et un", "quatre-vingt-dix", "twenty-two", "a" (as in "a week ago").
func (m *matcher) amount(k int) (int, int, bool) {
	t := m.tok(k)
	if t == nil {
		return 0, k, false
	}
	if t.kind == tNum {
		if t.blocked || t.dotted || t.nd > 4 {
			return 0, k, false
		}
		return t.num, k + 1, true
	}
	total, cur, any := 0, 0, false
	for {
		lx := m.lx(k)
		if lx.num == 0 || (any && lx.num == 1 && m.word(k) != wUn) {
			break
		}
		v := int(lx.num)
		switch {
		case v == 100:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case v == 20 && cur == 4:
			cur = 80 // "quatre-vingt"
		default:
			cur += v
		}
		any = true
		k++
		if m.hyphen(k) && m.glued(k) && m.lx(k+1).num != 0 {
			k++
			continue
		}
		if m.word(k) == wEt && m.lx(k+1).num != 0 && m.lx(k+1).num < 10 {
			k++
			continue
		}
		break
	}
	total += cur
	return total, k, any
}

// clock reads a clock time at j: "7 h 15", "18h30", "21 h", "13 heures"
// (after a cue), "12:30", "3 p.m.", "0600 GMT".
func (m *matcher) clock(j int, c cue) (phrase, bool) {
	t := &m.t[j]
	p := phrase{first: j, kind: pTime}
	k := j + 1
	switch {
	case t.nd == 4 && m.word(k) == wGMT:
		// "0600 GMT"
		h, mm := t.num/100, t.num%100
		if h > 23 || mm > 59 {
			return phrase{}, false
		}
		p.hh, p.mm, p.end = h, mm, k+1
		return p, true
	case t.nd > 2 || t.num > 24:
		return phrase{}, false
	}
	p.hh = t.num
	switch {
	case m.punct(k, ':') && m.glued(k) && m.glued(k+1) && m.minutes(k+1):
		// "12:30", "7:15 a.m."
		p.mm = m.t[k+1].num
		k += 2
		k = m.meridian(&p, k)
		if m.word(k) == wGMT {
			k++
		}
	case m.lx(k).unit == uHour && m.tok(k).kind == tWord:
		hword := strings.ToLower(m.text(k))
		if hword != "h" && !c.hours {
			return phrase{}, false // "deux heures", "24 heures": a duration
		}
		if m.durationBefore(j) {
			return phrase{}, false
		}
		k++
		if m.tok(k) != nil && m.tok(k).kind == tNum && m.minutes(k) && (hword == "h" || m.glued(k) || !m.counts(k+1)) {
			p.mm = m.t[k].num
			k++
		}
	default:
		if e := m.meridian(&p, k); e > k {
			k = e
			break
		}
		return phrase{}, false
	}
	// "24h/24", "7j/7": around the clock, not a time.
	if p.hh > 23 || m.punct(k, '/') {
		return phrase{}, false
	}
	p.end = k
	return p, true
}

// minutes reports whether token k is the minutes of a clock time.
func (m *matcher) minutes(k int) bool {
	t := m.tok(k)
	return t != nil && t.kind == tNum && t.nd == 2 && t.num < 60 && !(m.tok(k+1) != nil && m.tok(k+1).kind == tNum && m.glued(k+1))
}

// meridian reads "a.m.", "pm", "p.m." after an hour and sets the 24-hour clock.
func (m *matcher) meridian(p *phrase, k int) int {
	w := strings.ToLower(m.text(k))
	pm := false
	switch {
	case w == "am" || w == "pm":
		pm = w == "pm"
		k++
		if m.punct(k, '.') && m.glued(k) && m.tok(k+1) == nil {
			k++
		}
	case (w == "a" || w == "p") && m.punct(k+1, '.') && strings.EqualFold(m.text(k+2), "m") && m.glued(k+2):
		pm = w == "p"
		k += 3
		if m.punct(k, '.') && m.glued(k) {
			k++
		}
	default:
		return k
	}
	if p.hh > 12 || p.hh == 0 {
		return k
	}
	if pm && p.hh < 12 {
		p.hh += 12
	}
	if !pm && p.hh == 12 {
		p.hh = 0
	}
	return k
}

// durationBefore reports whether the hours at j are counted rather than
// read on a clock: "pendant 24 h", "en 48 heures", "les dernières 24 h",
// "près de 24 heures".
func (m *matcher) durationBefore(j int) bool {
	switch m.word(j - 1) {
	case wPendant, wDurant, wEn, wLes, wDernier, wSur, wIn, wDans, wSous, wWithin:
		return true
	case wDe, wD:
		switch m.word(j - 2) {
		case wPlus, wMoins, wPres, wEnviron:
			return true
		}
	case wEnviron, wQuelque:
		return true
	}
	return false
}

// clockWord reads "midi" and "minuit" as clock times after a cue: "vers
// midi", "à minuit", "at noon".
func (m *matcher) clockWord(j int) (phrase, bool) {
	switch strings.ToLower(m.text(j)) {
	case "midi", "noon":
		return phrase{first: j, end: j + 1, kind: pTime, hh: 12, part: Midday}, true
	case "minuit", "midnight":
		return phrase{first: j, end: j + 1, kind: pTime, hh: 0, part: Night}, true
	}
	return phrase{}, false
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
		year = -year - 1
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
