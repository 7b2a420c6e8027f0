package dates

import "strings"

// The rules for the time of day: clock times and parts of the day.

// partAfter reads a part of the day after a day: "mardi soir", "hier
// après-midi", "hier en début d'après-midi", "samedi au matin", "Tuesday night".
func (m *matcher) partAfter(k int) (Part, int) {
	if m.midnightWord(k) {
		return NoPart, k // "samedi minuit" is no part of Saturday: see midnightAfter
	}
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
// midi", "à minuit", "at noon". A day right after midnight is its day:
// "at midnight on Saturday", "à minuit samedi" (see midnightAfter).
func (m *matcher) clockWord(j int) (phrase, bool) {
	switch strings.ToLower(m.text(j)) {
	case "midi", "noon":
		p := phrase{first: j, end: j + 1, kind: pTime, hh: 12, part: Midday}
		p.mm, p.end = m.quarter(j + 1)
		return p, true
	case "minuit", "midnight":
		if mm, e := m.quarter(j + 1); e > j+1 {
			// "à minuit et quart": a clock time, no longer midnight
			return phrase{first: j, end: e, kind: pTime, mm: mm}, true
		}
		k := j + 1
		if m.word(k) == wOn {
			k++
		}
		if m.lx(k).wday != 0 || m.lx(k).month != 0 || m.tok(k) != nil && m.tok(k).kind == tNum {
			if p, ok := m.date(k, cue{}); ok && (p.day != 0 || p.kind == pWeekday) && p.part == NoPart && !p.midnight {
				p.first, p.midnight = j, true
				return p, true
			}
		}
		return phrase{first: j, end: j + 1, kind: pTime, midnight: true}, true
	}
	return phrase{}, false
}

// quarter reads "et quart", "et demie" after "midi" or "minuit" at k and
// returns the minutes and where they end: "minuit et quart" is 00:15.
func (m *matcher) quarter(k int) (int, int) {
	if m.word(k) != wEt {
		return 0, k
	}
	switch strings.ToLower(m.text(k + 1)) {
	case "quart":
		return 15, k + 2
	case "demie", "demi":
		return 30, k + 2
	}
	return 0, k
}

// midnightWord reports whether token k is "minuit" or "midnight".
func (m *matcher) midnightWord(k int) bool {
	if m.lx(k).part != Night {
		return false
	}
	w := strings.ToLower(m.text(k))
	return w == "minuit" || w == "midnight"
}

// midnightAfter reads "minuit", "à minuit", "at midnight" after a day at
// k and returns where it ends, or k. Midnight beside its day ends it, and
// belongs to it: "samedi minuit", "samedi à minuit" and "at midnight on
// Saturday" are one expression, Saturday (EDTF 2020-10-17) at night
// (TimeML TNI), as issue 18's real-text gold reads them. No clock time is
// given: 00:00 would be the midnight that began Saturday, and ISO's 24:00
// is no time a page's datetime takes. It is the instant the issue calls
// "the next day at 00:00".
func (m *matcher) midnightAfter(k int) int {
	n := k
	if m.isA(n) || m.word(n) == wAt {
		n++
	}
	if m.midnightWord(n) {
		return n + 1
	}
	return k
}

// during reports whether a preposition of time stands before the part of
// the day at k, which then names a part of a day of the news even with no
// day around it: "dans la nuit", "dans la soirée", "au cours de la nuit",
// "pendant la matinée", "in the evening", "during the night". Without
// one, "la nuit est tombée" dates nothing.
func (m *matcher) during(k int) bool {
	switch m.word(k - 1) {
	case wDans, wPendant, wDurant, wEn, wIn, wDuring:
		return true
	case wDe:
		w := strings.ToLower(m.text(k - 2))
		return w == "cours" || w == "lors"
	}
	return false
}
