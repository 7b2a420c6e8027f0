package dates

import "strings"

// The rules for what counts from another date: weekdays, "hier", "la
// veille", "l'an dernier", "il y a deux semaines".

// weekdayWord reports whether the weekday name at k stands for a day:
// not "Vendredi saint", "Mardi gras", "tous les jeudis", nor a lowercase
// English word.
func (m *matcher) weekdayWord(k int) bool {
	t := m.tok(k)
	if t.lex().en && !t.upper {
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
	if p.part == NoPart {
		if e := m.midnightAfter(k); e > k {
			p.midnight, k = true, e
		}
	}
	p.end = k
	return p, true
}

// relDay reads a day counted from publication: "hier", "aujourd'hui vendredi",
// "avant-hier", "après-demain", "hier soir", "yesterday afternoon", "tonight".
func (m *matcher) relDay(j int) (phrase, bool) {
	p := phrase{first: j, kind: pRel}
	k := j
	today := false // "aujourd'hui" or "today" alone, which may mean nowadays
	switch lx := m.lx(j); {
	case lx.w == wAujourd:
		// "aujourd'hui", with either apostrophe
		if !(m.elided(j) && m.word(j+2) == wHui && m.glued(j+2)) {
			return phrase{}, false
		}
		k = j + 3
		today = true
		// "aujourd'hui vendredi"
		if m.lx(k).wday != 0 && !m.lx(k).en {
			if m.lx(k+1).month == 0 && !(m.tok(k+1) != nil && m.tok(k+1).kind == tNum) {
				k, today = k+1, false
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
		today = p.off == 0
	default:
		return phrase{}, false
	}
	if p.part == NoPart {
		p.part, k = m.partAfter(k)
	}
	if p.part == NoPart {
		if e := m.midnightAfter(k); e > k {
			p.midnight, k = true, e // "demain à minuit"
		}
	}
	if today && p.part == NoPart && !p.midnight && m.nowadays(j, k) {
		return phrase{}, false
	}
	p.end = k
	return p, true
}

// nowadays reports whether "aujourd'hui" or "today", at [j, k), means
// nowadays rather than the publication day. It does when it contrasts
// with the past: "aujourd'hui encore", "encore aujourd'hui", "still
// today"; in apposition, after a comma and before a participle or a
// preposition of state ("Chouchi, arménienne, aujourd'hui aux mains de
// Bakou", "once Armenian, today controlled by Baku"); and in a sentence
// that tells a past state ("qui comptait 50 000 habitants, est
// aujourd'hui vide", "once home to 50,000 people, it is today empty")
// when its own verb is no compound past nor future: "a été bombardée
// aujourd'hui" and "se rendra aujourd'hui" are days. "jusqu'à
// aujourd'hui" is the publication day: the end of a span is a date.
func (m *matcher) nowadays(j, k int) bool {
	before, after := m.text(j-1), m.text(k)
	switch {
	case anyFold(before, "encore", "still", "even") || strings.EqualFold(after, "encore"):
		return true
	case m.punct(j-1, ',') || m.punct(j-1, '(') || m.punct(j-1, '—'):
		if m.stateAfter(k) {
			return true
		}
	}
	m.mark()
	contrast := false
	for _, mk := range m.markers {
		if w := m.text(mk.i); mk.t == past && (strings.HasSuffix(w, "ait") ||
			strings.HasSuffix(w, "aient")) && !m.participleAfter(mk.i+1) {
			contrast = true // the imperfect of a state: "comptait", "était arménienne"
		}
	}
	for i := range m.t {
		switch w := m.text(i); {
		case m.t[i].kind != tWord || len(w) < 4:
		case anyFold(w, "autrefois", "jadis", "naguère", "anciennement", "formerly"):
			contrast = true
		case strings.EqualFold(w, "once") && !anyFold(m.text(i+1), "again", "more"):
			contrast = true
		}
	}
	// "abandonnés au début des années 90, sont aujourd'hui tenus par
	// l'Arménie": a year or a decade read before, and a present state
	// around "aujourd'hui".
	if !contrast && anyFold(before, "est", "sont", "reste", "restent", "demeure", "is", "are", "remains") {
		if m.stateAfter(k) {
			for _, q := range m.out {
				if q.kind == pDate && q.year != 0 && q.year < m.pubYear && q.month == 0 {
					return true
				}
			}
		}
	}
	if !contrast {
		return false
	}
	// Its own verb, the nearest, may be the imperfect it contrasts with or
	// a present, not a compound past nor a future.
	n := m.nearestMarker(phrase{first: j, end: k})
	return n < 0 || m.markers[n].t == past && !m.participleAfter(m.markers[n].i+1) && !m.lx(m.markers[n].i).en
}

// stateAfter reports whether the word at k, after "aujourd'hui" or
// "today", tells a state: a participle ("contrôlée", "controlled") or a
// preposition of state ("aux mains", "under"), but not a plan ("attendu",
// "prévu": "est aujourd'hui attendu à Moscou" is the day).
func (m *matcher) stateAfter(k int) bool {
	t := m.tok(k)
	if t == nil || t.kind != tWord || t.upper || m.lx(k).tense == future {
		return false
	}
	w := m.text(k)
	return participle(w) || m.lx(k).en && verbTense(w) == past || stateWords[w]
}

// anyFold reports whether w is one of words, in any case.
func anyFold(w string, words ...string) bool {
	for _, v := range words {
		if strings.EqualFold(w, v) {
			return true
		}
	}
	return false
}

// stateWords are the prepositions of a state after "aujourd'hui" or
// "today" in apposition: "aujourd'hui aux mains de", "today under".
var stateWords = wordSet(`aux sous entre under part home`)

// determined reads an expression that starts with a determiner, which the
// expression keeps: "le 6 octobre", "la veille", "l'an dernier", "cette
// année", "les années 1990", "l'automne 2020", "ce soir", "the day before".
// The definite articles are read here, not in a function of their own: they
// are the commonest, and one more call returning a phrase for nearly every
// "le" and "la" of a text slowed the tagger. "ce" and the English
// determiners have rules of their own.
func (m *matcher) determined(j int, c cue) (phrase, bool) {
	w := m.word(j)
	k := j + 1
	if w == wLes || w == wDes || w == wCes {
		// "ces trente dernières années", "au cours des neuf derniers mois"
		if t := m.tok(k); t != nil && (t.kind == tNum || m.lx(k).num != 0) {
			if p, ok := m.lastUnits(j, k); ok {
				if w == wDes {
					p.first = k // "des" is "de les": "de" is no more part of it than in "du 19 septembre"
				}
				return p, true
			}
		}
	}
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
			// mercredi" alone, which says every Wednesday ("la bibliothèque
			// rouvrira uniquement le mercredi", "ils se réunissaient le
			// mercredi"), but after a compound past one Wednesday: "les
			// séparatistes ont capitulé le mercredi, après quatre jours".
			p, ok := m.date(k, c)
			if !ok || (p.kind == pWeekday && p.mod == wNone && (w != wLe || !m.perfective(p))) || p.first != k {
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
			return m.season(j, k)
		case lx.w == wFin || lx.w == wDebut || lx.w == wMi:
			return m.modified(j, k)
		case lx.holiday != 0:
			return m.holidayAt(j, k) // "la Toussaint"
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
		return m.demonstrative(j, k, c)
	case wThe:
		return m.englishThe(j, k, c)
	case wThis:
		return m.englishThis(j, k, c)
	}
	return phrase{}, false
}

// demonstrative reads what follows "ce", "cet" or "cette" (at j; k is the
// word after it): "ce matin", "cette nuit", "ce dimanche", "ce jour-là",
// "cette année", "ce week-end", "cet été".
func (m *matcher) demonstrative(j, k int, c cue) (phrase, bool) {
	lx := m.lx(k)
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
		return m.season(j, k)
	}
	return phrase{}, false
}

// englishThe reads what follows "the" (at j; k is the word after it): "the
// day before", "the next day", "the same day", "the end of", "the 1990s".
func (m *matcher) englishThe(j, k int, c cue) (phrase, bool) {
	lx := m.lx(k)
	switch {
	case lx.w == wPast || lx.w == wLast:
		return m.lastUnits(j, k) // "the past 30 years", "the last three decades"
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
		return m.season(j, k)
	case lx.part != NoPart && lx.part != Midday && !m.midnightWord(k):
		// "in the evening", "during the night": a part of a day the
		// context gives, as "la soirée" (see during).
		if part, n := m.partWord(k); part != NoPart && m.word(n) != wOf {
			return phrase{first: j, end: n, kind: pPart, part: part}, true
		}
	case lx.w == wEnd || lx.w == wBeginning || lx.w == wEarly || lx.w == wLate || lx.w == wMid:
		return m.modified(j, k) // "the end of", "the early 1990s", "the mid-1990s"
	}
	// "the 1990s", "the '90s", "the nineties"
	if y, e, ok := m.decadeAt(k); ok {
		return phrase{first: j, end: e, kind: pDate, year: y, decade: true}, true
	}
	// "the 5th of October", "the 5th October 2020"
	if m.ordinal(k) {
		if p, ok := m.date(k, c); ok && p.day != 0 && p.month != 0 {
			p.first = j
			return p, true
		}
	}
	return phrase{}, false
}

// englishThis reads what follows "this" (at j; k is the word after it):
// "this morning", "this Tuesday", "this year", "this spring".
func (m *matcher) englishThis(j, k int, c cue) (phrase, bool) {
	lx := m.lx(k)
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
		return m.season(j, k)
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

// duration reads an amount of time counted back from publication: "depuis
// neuf mois", "depuis trente-deux ans", "il y a deux semaines", "two years
// ago", "depuis une vingtaine d'années", "has held it for three decades".
// Only "depuis", "il y a", "ago" and the English perfect with "for" anchor a
// duration; any other is not a date ("pendant deux ans", "61 ans").
func (m *matcher) duration(j int, c cue) (phrase, bool) {
	// "bientôt", "près de", "more than": the amount is vague, the unit
	// still gives the precision; "exactement", "exactly" say it is not.
	k := j
	vague, exact := false, false
	for {
		switch m.word(k) {
		case wBientot, wPresque, wEnviron, wQuelque, wAlmost, wNearly, wAbout, wSome, wOver, wAround:
			k++
			vague = true
			continue
		case wExactly:
			k++
			exact = true
			continue
		case wPres, wPlus, wMoins:
			if n, ok := m.de(k + 1); ok {
				k = n
				vague = true
				continue
			}
		case wMore:
			if m.word(k+1) == wThan {
				k += 2
				vague = true
				continue
			}
		}
		break
	}
	n, e, ok := m.amount(k)
	if !ok {
		return phrase{}, false
	}
	// "une vingtaine d'années", "a dozen years ago", "a couple of years ago"
	if r := m.lx(e).rough; r != 0 {
		n, vague = n*int(r), true
		e++
		if d, ok := m.de(e); ok {
			e = d
		} else if m.word(e) == wOf {
			e++
		}
	}
	u := m.lx(e).unit
	if u == noUnit || u == uHour || u == uWeekend || m.lx(e).w == wL {
		return phrase{}, false
	}
	end := e + 1
	p := phrase{first: j, kind: pShift, u: u, off: -n, back: true}
	switch {
	case c.since || c.ago:
		// "depuis neuf mois": the state began nine months before publication.
	case m.word(end) == wAgo:
		end++
	default:
		return phrase{}, false
	}
	p.end, p.sameDay = m.toTheDay(end)
	p.approx = approximate(u, vague, exact || p.sameDay)
	return p, true
}

// approximate reports whether a duration counted back from publication, in
// unit u, gives an approximate date. A count of days is exact: "il y a trois
// jours" is that day. A longer one is rounded by whoever writes it, so the
// month or the year it gives is the likeliest, not a certain one: "depuis
// neuf mois", said on 20 September 2023 of a blockade begun on 12 December
// 2022, is nine months and eight days; "trente-deux ans" may be thirty-one
// and a half. A vague count ("près de", "une vingtaine", "about") is
// approximate at any unit; "jour pour jour" and "exactly" take the rounding
// away. A count of decades gives a decade, which holds its rounding.
func approximate(u unit, vague, exact bool) bool {
	return u != uDecade && (vague || (u != uDay && !exact))
}

// toTheDay reads "jour pour jour", "to the day" at k, after a duration,
// perhaps after a comma ("il y a trente ans, jour pour jour"): the duration
// names the very day so many units back. It returns where the expression
// ends and whether it read them.
func (m *matcher) toTheDay(k int) (int, bool) {
	n := k
	if m.punct(n, ',') {
		n++
	}
	switch {
	case m.word(n) == wJour && strings.EqualFold(m.text(n+1), "pour") && m.word(n+2) == wJour:
		return n + 3, true
	case m.word(n) == wTo && m.word(n+1) == wThe && strings.EqualFold(m.text(n+2), "day"):
		return n + 3, true
	}
	return k, false
}

// lastUnits reads a span that runs from so many units back to publication,
// after its determiner (j; k is the word after it): "ces trente dernières
// années", "au cours des neuf derniers mois", "the past 30 years", "over
// the last three decades". Like "depuis trente ans", it gives the day the
// span starts, and the state runs from there.
func (m *matcher) lastUnits(j, k int) (phrase, bool) {
	en := m.word(k) == wPast || m.word(k) == wLast
	if en {
		k++
	}
	n, e, ok := m.amount(k)
	if !ok {
		return phrase{}, false
	}
	if !en {
		if m.word(e) != wDernier {
			return phrase{}, false
		}
		e++
	}
	u := m.lx(e).unit
	if u == noUnit || u == uHour || u == uWeekend {
		return phrase{}, false
	}
	// "les trois dernières années de sa vie", "the last two days of the
	// campaign": the last units of something else, not of today.
	if _, de := m.de(e + 1); de || m.word(e+1) == wDu || m.word(e+1) == wDes || m.word(e+1) == wOf {
		return phrase{}, false
	}
	p := phrase{first: j, end: e + 1, kind: pShift, u: u, off: -n, back: true, since: true}
	p.approx = approximate(u, false, false)
	return p, true
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
