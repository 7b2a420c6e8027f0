package dates

import "strings"

// matcher reads the phrases of one tokenized sentence. Rules are tried only
// at a token the tables know (a month, a weekday, a cue, a number), and each
// reads forward from there: the sentence is walked once.
type matcher struct {
	s        string
	t        []token
	pubYear  int // the publication year, for two-digit years
	out      []phrase
	yearEnd  int // token index just after the last year read, -1 if none
	markers  []marker
	markDone bool
	quotes   bool // the sentence has words inside quotation marks
}

// marker is a token that tells the tense of the words around it.
type marker struct {
	i int
	t tense
}

var noLex lexeme

// cue is what the word before an expression allows it to be.
type cue struct {
	year  bool  // a bare four-digit number is a year: "en 1991", "depuis 1994"
	yy    bool  // a bare two-digit number is a year: "rien en 98,"
	weak  bool  // a year only if nothing is counted after it: "la guerre de 2020"
	hours bool  // "N heures" is a clock time: "à 13 heures", "dès 18 heures"
	since bool  // the expression starts an ongoing state: "depuis", "à partir de", "since"
	ago   bool  // a duration counted back from publication: "il y a deux semaines"
	lean  tense // the way the cue looks: past ("depuis"), future ("à partir de", "dès", "d'ici"), or neutral
}

func (m *matcher) tok(i int) *token {
	if i < 0 || i >= len(m.t) {
		return nil
	}
	return &m.t[i]
}

// lx returns the table entry of token i, never nil.
func (m *matcher) lx(i int) *lexeme {
	if i < 0 || i >= len(m.t) || m.t[i].id == 0 {
		return &noLex
	}
	return m.t[i].lex()
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
		// A word the tables do not know, or a punctuation mark but after a
		// year ("1982-1990"), neither cues nor starts an expression: most
		// tokens are skipped here without reading a phrase.
		if t := &m.t[i]; t.id == 0 && t.kind != tNum && i != m.yearEnd {
			i++
			continue
		}
		p, ok := m.at(i)
		if !ok || p.end <= i || p.first < i || p.first >= p.end {
			i++
			continue
		}
		if p.kind == pDate && p.month == 0 && !p.decade {
			m.yearEnd = p.end
		}
		if !m.born(p.first) {
			m.out = append(m.out, p)
		}
		i = p.end
	}
	return m.out
}

// born reports whether the expression at first dates a birth: "né en
// 1992", "née le 5 mars 1992 à Bakou", "born in Shusha in 1992". Births
// and ages are not events: the tagger gives no expression for them (an
// age is no date already: "âgé de 30 ans", "a 30-year-old", and "in his
// 90s" is read as one in calendar.go). The participle of birth must stand
// a few words before, in the same clause and not across "et": in "né en
// 1990 et tué en 2020", 2020 is the death's.
func (m *matcher) born(first int) bool {
	for k, n := first-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		t := &m.t[k]
		if t.kind == tPunct {
			if isApostrophe(t) || isHyphen(t) {
				continue
			}
			return false
		}
		if t.id == 0 {
			continue
		}
		switch lx := t.lex(); {
		case lx.birth:
			return true
		case lx.w == wEt || lx.w == wAnd || lx.w == wOu || lx.tense != neutral || lx.aux:
			return false // "et tué en 2020", "a combattu en 2020": another verb
		}
	}
	return false
}

// at reads the phrase that starts at token i, or after the cue at i.
func (m *matcher) at(i int) (phrase, bool) {
	if c, j, ok := m.cue(i); ok {
		if p, ok := m.phrase(j, c); ok {
			p.since = p.since || c.since
			p.lean = c.lean
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
	// A state that began looks back: "depuis vendredi" is the last Friday,
	// even in "qui attend depuis vendredi" beside a Friday still to come. A
	// start or a deadline looks ahead: "à partir de dimanche" in a Saturday
	// article is the next day, unless the verb is past ("les bus circulent
	// dès lundi", but "les combats ont repris dès lundi").
	switch m.word(i) {
	case wDepuis:
		j := i + 1
		// "veuve depuis... 1950"
		for m.punct(j, '.') || m.punct(j, '…') {
			j++
		}
		return cue{year: true, hours: true, since: true, lean: past}, j, true
	case wSince:
		return cue{year: true, hours: true, since: true, lean: past}, i + 1, true
	case wAccentA, wA:
		if !m.isA(i) {
			return cue{}, i, false
		}
		// "à partir de 18 heures", "à compter du 1er septembre"
		if w := m.word(i + 1); w == wPartir || w == wCompter {
			if j, ok := m.de(i + 2); ok {
				return cue{year: true, hours: true, since: true, lean: future}, j, true
			}
			if m.word(i+2) == wDu {
				return cue{since: true, lean: future}, i + 3, true
			}
		}
		return cue{hours: true}, i + 1, true
	case wStarting:
		// "starting Monday", "effective Monday"
		return cue{year: true, hours: true, since: true, lean: future}, i + 1, true
	case wAs:
		// "as of Monday"
		if m.word(i+1) == wOf {
			return cue{year: true, hours: true, since: true, lean: future}, i + 2, true
		}
	case wBeginning:
		// "beginning Monday"; "the beginning of" is read by modified.
		if m.word(i+1) != wOf {
			return cue{year: true, hours: true, since: true, lean: future}, i + 1, true
		}
	case wIl:
		// "il y a deux semaines"
		if m.word(i+1) == wY && m.word(i+2) == wA {
			return cue{ago: true}, i + 3, true
		}
	case wEn:
		return cue{year: true, yy: true}, i + 1, true
	case wDes2, wFrom, wBy:
		// "dès lundi", "from Sunday", "by Friday"
		return cue{year: true, hours: true, lean: future}, i + 1, true
	case wEntre, wVers, wUntil:
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
			return cue{}, j, ok
		}
		return cue{year: true, weak: true, hours: true}, j, ok
	case wAt:
		return cue{hours: true}, i + 1, true
	case wFor:
		// "has held the region for nearly three decades": the English
		// perfect counts back from publication as "depuis" does; "was
		// jailed for three years" dates nothing.
		if m.perfectBefore(i) {
			return cue{since: true, lean: past}, i + 1, true
		}
	case wIci:
		// "d'ici 2030", "d'ici à 2030", "d'ici au 30 juin", "d'ici la fin de l'année"
		if m.word(i-2) == wD && m.elided(i-2) {
			j := i + 1
			if m.isA(j) || m.word(j) == wA || m.word(j) == wAu {
				j++
			}
			return cue{year: true, hours: true, lean: future}, j, true
		}
	}
	return cue{}, i, false
}

// perfectBefore reports whether a present perfect ("has", "have", "'ve")
// stands before token i in the same clause: "Armenia has controlled the
// region for", "they have been waiting for".
func (m *matcher) perfectBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := &m.t[k]
		if t.kind == tPunct {
			if isApostrophe(t) {
				continue
			}
			return false
		}
		w := m.text(k)
		for _, p := range [...]string{"has", "have", "ve"} {
			if strings.EqualFold(w, p) {
				return true
			}
		}
		for _, other := range [...]string{"had", "was", "were", "is", "are", "will", "would"} {
			if strings.EqualFold(w, other) {
				return false
			}
		}
	}
	return false
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
	if t.kind != tWord || t.lex() == nil {
		return phrase{}, false
	}
	lx := t.lex()
	switch lx.w {
	case wLe, wLa, wLes, wL, wCe, wCet, wCette, wThe, wThis, wDes, wCes:
		return m.determined(j, c)
	case wFin, wDebut, wMi, wCourant, wEarly, wLate, wMid, wEnd, wBeginning:
		return m.modified(j, j)
	case wLast, wNext:
		return m.englishShift(j)
	case wAujourd, wAvant, wApres:
		return m.relDay(j)
	case wBientot, wPresque, wEnviron, wQuelque, wPres, wPlus, wMoins, wAlmost, wNearly, wAbout, wSome, wMore,
		wOver, wAround, wExactly:
		return m.duration(j, c) // "depuis bientôt trois ans", "il y a près d'un an", "some 30 years ago"
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
		return m.ordinalWeekday(j, j) // "premier dimanche de mai"
	}
	if lx.w == wPremier {
		return m.date(j, c) // "premier mai"
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
		return m.season(j, j)
	case lx.holiday != 0:
		return m.holiday(j)
	case lx.num != 0:
		return m.duration(j, c)
	case lx.part != NoPart && c.hours:
		return m.clockWord(j)
	case lx.part == Night && strings.EqualFold(m.text(j), "overnight"):
		// "shelling continued overnight": the night that ended on the
		// publication day, as "cette nuit".
		return phrase{first: j, end: j + 1, kind: pRel, part: Night}, true
	}
	if strings.EqualFold(m.text(j), "années") {
		return m.decade(j, j)
	}
	return phrase{}, false
}
