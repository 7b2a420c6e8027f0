package dates

import "fmt"

// seenMax is how many days stated in full a Doc remembers for weekdays.
const seenMax = 16

// Tag returns the temporal expressions of one sentence, in order, resolved.
// Sentences of one document must be passed in order: anaphora ("la veille") count from earlier ones.
func (d *Doc) Tag(sentence string) []Expr {
	d.toks, d.buf = tokenize(sentence, d.toks, d.buf)
	m := &d.m
	m.s, m.t, m.markDone, m.pubYear = sentence, d.toks, false, d.ref.Year
	m.quotes = false
	ps := m.run()
	if len(ps) > 0 {
		// After the phrases, for the sentences that have some: the few
		// rules that run while reading (perfective, nowadays) see no
		// quotation.
		m.quotes = markQuotes(sentence, m.t)
	}
	d.cur = Date{}
	if len(ps) == 0 {
		d.last = Date{}
		return nil
	}
	exprs := d.take(len(ps))
	ok := make([]bool, len(ps))
	// Dates first, left to right: "la veille" counts from the day before
	// it. A quotation's dates come after the others: they count from the
	// day of the statement, when the sentence gives it (see statement).
	quoting := m.quotes && m.mixed(ps)
	for pass := 0; pass < 2; pass++ {
		pub := d.ref
		if pass == 1 {
			if !quoting {
				break
			}
			if s := m.statement(ps, exprs, ok); !s.IsZero() {
				d.ref = s
			}
		}
		for i, p := range ps {
			if p.kind == pTime || p.kind == pPart || p.appos || quoting && m.inside(p) != (pass == 1) {
				continue
			}
			e, good := d.value(m, p)
			if !good {
				continue
			}
			exprs[i], ok[i] = e, true
			if anchors(e) {
				d.cur = e.Value
				if p.kind == pDate && p.day != 0 {
					d.remember(e.Value)
				}
			}
		}
		d.ref = pub
	}
	// "au lendemain du 19 septembre" is the day after the date it names;
	// "hier, au lendemain de la démission" is the day beside it.
	for i, p := range ps {
		if !p.appos {
			continue
		}
		var v Date
		if n := i + 1; n < len(ps) && ok[n] && exprs[n].Value.Precision == Day && m.within(p.end, ps[n].first) {
			v = exprs[n].Value.plus(p.off)
		} else if before, found := dayBefore(exprs, ok, i); found {
			v = before.Value
		} else {
			v = d.beforeSentence().plus(p.off)
		}
		exprs[i], ok[i] = Expr{Value: v, Part: p.part, Since: p.since, Inferred: true}, v.Valid()
	}
	// Then clock times and parts of the day, on the day they belong to.
	for i, p := range ps {
		if p.kind != pTime && p.kind != pPart {
			continue
		}
		at, found := d.dayFor(m, p, exprs, ok, ps, i)
		if !found {
			if p.kind == pPart && !m.during(p.first) {
				continue // "la nuit est tombée" with no day around it dates nothing
			}
			at = Expr{Value: d.ref, Inferred: true}
		}
		e := Expr{Value: at.Value, Part: p.part, Since: p.since || at.Since, Inferred: at.Inferred}
		switch {
		case p.midnight && m.midnightAhead(p):
			// "à minuit" away from its day is the midnight nearest it in
			// the statement's direction: the one that ends the day ahead,
			// that day's night ("entrera en vigueur à minuit"; see
			// midnightAfter), the one that began it in the past, 00:00
			// ("les tirs ont cessé à minuit", "agreed on Tuesday to stop
			// fighting from midnight").
			e.Part = Night
		case p.kind == pTime:
			e.Time = clockText(p.hh, p.mm)
		}
		exprs[i], ok[i] = e, true
	}
	out := exprs[:0]
	last := Date{}
	for i, p := range ps {
		if !ok[i] {
			continue
		}
		e := exprs[i]
		e.Start, e.End = m.t[p.first].s, m.t[p.end-1].e
		e.Text = sentence[e.Start:e.End]
		e.Role = d.role(m, p, e)
		out = append(out, e)
		if anchors(e) {
			last = e.Value
			if e.Role != Background {
				// "Le 10 novembre 2020, un accord avait été signé" recalls:
				// the story is not there.
				d.story[quoteIndex(m.inside(p))] = e.Value
			}
		}
	}
	d.last = last
	if len(out) == 0 {
		return nil
	}
	return out
}

// exprBlock is how many expressions a Doc allocates at a time: about what
// an article has, in one allocation rather than one a dated sentence.
const exprBlock = 32

// take returns room for n expressions, zeroed, that no other call returns:
// what Tag returns is the caller's to keep.
func (d *Doc) take(n int) []Expr {
	if len(d.block) < n {
		d.block = make([]Expr, max(n, exprBlock))
	}
	e := d.block[:n:n]
	d.block = d.block[n:]
	return e
}

// dayFor returns the day a clock time or a part of the day, p at i,
// belongs to: the day just before it, even one that starts a state
// ("depuis le 29 octobre à 6 heures", and the time starts it too); else
// the nearest day before it in the sentence, or the first after it ("Vers
// 0 h 40, jeudi"); else the day the story is at, the last day of the
// previous sentence or of an earlier one, when it lies within storyDays of
// publication and the statement's tense agrees with it: in the past for a
// past statement ("Les combats ont commencé le 19 septembre. Les tirs ont
// cessé à 18 heures"), ahead for a future one. The narration and the
// speakers it quotes tell two stories: inside a quotation only the days
// quotations gave count ("« Nous avons ouvert vendredi » … « Je suis
// passée à midi »"), not the narration's. It reports false when none
// fits: the time is then the publication day's ("Le couvre-feu commence à
// 13 heures" after a past day, "dans la nuit" with no day at all).
func (d *Doc) dayFor(m *matcher, p phrase, exprs []Expr, ok []bool, ps []phrase, i int) (Expr, bool) {
	if j := i - 1; j >= 0 && ok[j] && exprs[j].Value.Precision == Day && p.first-ps[j].end <= 1 && m.within(ps[j].end, p.first) {
		return exprs[j], true
	}
	if e, found := dayBefore(exprs, ok, i); found {
		return e, true
	}
	for j := i + 1; j < len(exprs); j++ {
		if ok[j] && anchors(exprs[j]) {
			return exprs[j], true
		}
	}
	s := d.story[quoteIndex(m.inside(p))]
	if !d.last.IsZero() && !m.inside(p) {
		s = d.last
	}
	if s.IsZero() || s.Compare(d.ref.plus(-storyDays)) < 0 || s.Compare(d.ref.plus(storyDays)) > 0 {
		return Expr{}, false
	}
	switch t := m.tenseAt(p); {
	case t == past && s.Compare(d.ref) <= 0, t == future && s.Compare(d.ref) >= 0:
		return Expr{Value: s, Inferred: true}, true
	}
	return Expr{}, false
}

// quoteIndex returns the index of Doc.story for the narration (0) or a
// quotation (1).
func quoteIndex(quoted bool) int {
	if quoted {
		return 1
	}
	return 0
}

// storyDays is how far from publication the day a story last gave may
// lie and still hold a time of day of a later sentence: the days of the
// news ("dimanche après-midi … A 20 h, deux nouvelles rames … Jusqu'à tard
// dans la nuit", two days before publication), not a date the article
// recalls ("Le 10 décembre 1991, …", or "La précédente trêve devait
// s'appliquer le samedi 10 octobre" a week before: "Dans la nuit, une
// frappe a tué treize civils" is the night before publication).
const storyDays = 3

// dayBefore returns the nearest day before i that anchors.
func dayBefore(exprs []Expr, ok []bool, i int) (Expr, bool) {
	for j := i - 1; j >= 0; j-- {
		if ok[j] && anchors(exprs[j]) {
			return exprs[j], true
		}
	}
	return Expr{}, false
}

// anchors reports whether e is a day that later clock times and anaphora
// may count from. A day that starts a state is not a moment: after "bloqué
// depuis le 12 décembre 2022", "à 10 h" is not on 12 December.
func anchors(e Expr) bool {
	return e.Value.Precision == Day && !e.Since
}

// clocks are the texts of the times of a day, "00:00" to "23:59", made
// once rather than with a Sprintf for every time of every article.
var clocks = func() []string {
	out := make([]string, 24*60)
	for i := range out {
		out[i] = fmt.Sprintf("%02d:%02d", i/60, i%60)
	}
	return out
}()

// clockText returns a clock time as "HH:MM".
func clockText(hh, mm int) string {
	if 0 <= hh && hh < 24 && 0 <= mm && mm < 60 {
		return clocks[hh*60+mm]
	}
	return fmt.Sprintf("%02d:%02d", hh, mm)
}

// remember records a day the document stated in full.
func (d *Doc) remember(v Date) {
	if d.seen == nil {
		d.seen = make([]Date, 0, seenMax) // the most it holds, allocated once
	}
	if len(d.seen) == seenMax {
		copy(d.seen, d.seen[1:])
		d.seen = d.seen[:seenMax-1]
	}
	d.seen = append(d.seen, v)
}

// midnightAhead reports whether a midnight away from its day lies ahead of
// it: in a future or neutral statement, not after "depuis" or "since" nor
// in a past statement, even one that announces ("agreed on Tuesday to stop
// fighting from midnight" is the midnight that began Tuesday).
func (m *matcher) midnightAhead(p phrase) bool {
	return p.lean != past && m.statedTense(p) != past
}
