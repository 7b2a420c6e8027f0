package dates

import "time"

// value resolves a phrase that does not depend on another expression of the
// sentence (all but clock times and bare parts of the day) against the
// publication date and the dates the document gave before it.
func (d *Doc) value(m *matcher, p phrase) (Expr, bool) {
	e := Expr{Part: p.part, Since: p.since, Approx: p.approx}
	ref := d.ref.First()
	var ok bool
	switch p.kind {
	case pDate:
		e.Value, e.Inferred, ok = d.date(m, p)
	case pWeekday:
		e.Value, ok = d.weekday(m, p), true
		e.Inferred = true
	case pRel:
		e.Value, ok = DayOf(ref.AddDate(0, 0, p.off)), true
		e.Inferred = true
	case pAna:
		e.Value, ok = d.anchor().plus(p.off), true
		e.Inferred = true
	case pShift:
		e.Value, ok = d.shift(m, p)
		e.Inferred = true
	case pHoliday:
		e.Value, e.Inferred, ok = d.holiday(m, p)
	}
	if p.midnight && e.Value.Precision == Day {
		e.Part = Night // "samedi minuit": see midnightAfter
	}
	return e, ok && e.Value.Valid()
}

// anchor returns the date "la veille" and "le lendemain" count from: the
// last day the sentence gave before them, else the last day of the previous
// sentence, else the publication date.
func (d *Doc) anchor() Date {
	if !d.cur.IsZero() {
		return d.cur
	}
	return d.beforeSentence()
}

// beforeSentence returns the last day of the previous sentence, else the
// publication date.
func (d *Doc) beforeSentence() Date {
	if !d.last.IsZero() {
		return d.last
	}
	return d.ref
}

// plus returns the day n days after the day v.
func (v Date) plus(n int) Date {
	return DayOf(v.First().AddDate(0, 0, n))
}

// date resolves a calendar date; a missing year comes from publication.
func (d *Doc) date(m *matcher, p phrase) (Date, bool, bool) {
	year := p.year
	switch {
	case p.decade:
		return Date{Year: year / 10 * 10, Precision: Decade}, false, true
	case p.month == 0 && p.day != 0:
		return d.weekdayAndDay(m, p), true, true
	case p.month == 0:
		return Date{Year: year, Precision: Year}, false, year != 0
	}
	build := func(y int) Date {
		switch {
		case p.nth != 0:
			return nthWeekday(y, p.month, p.wday, p.nth)
		case p.month >= Spring:
			return Date{Year: y, Month: p.month, Precision: Season}
		case p.day == 0:
			return Date{Year: y, Month: p.month, Precision: Month}
		}
		return Date{Year: y, Month: p.month, Day: p.day, Precision: Day}
	}
	if year != 0 {
		return build(year), false, true
	}
	v := d.inferYear(build, p.mod, m.tenseAt(p))
	// "mardi 19 septembre": the weekday settles the year when the rule missed it.
	if p.wday != 0 && v.Precision == Day && weekdayOf(v) != p.wday {
		for _, y := range []int{v.Year - 1, v.Year + 1} {
			if w := build(y); w.Valid() && weekdayOf(w) == p.wday {
				v = w
				break
			}
		}
	}
	return v, true, true
}

func weekdayOf(v Date) int { return int(v.First().Weekday()) + 1 }

// nthWeekday returns the nth weekday wday (weekday + 1) of a month or a
// season of year y, the last one for n = -1, or no date if there is none.
func nthWeekday(y, month, wday, n int) Date {
	span := Date{Year: y, Month: month, Precision: Month}
	if month >= Spring {
		span.Precision = Season
	}
	first, last := span.First(), span.Last()
	want := time.Weekday(wday - 1)
	var t time.Time
	if n > 0 {
		t = first.AddDate(0, 0, (int(want)-int(first.Weekday())+7)%7+7*(n-1))
	} else {
		t = last.AddDate(0, 0, -((int(last.Weekday()) - int(want) + 7) % 7))
	}
	if t.After(last) {
		return Date{}
	}
	return DayOf(t)
}

// inferYear gives a date without a year the publication year, unless that
// puts a past or neutral statement more than a day after publication (the
// year before) or a future one more than a day before it (the year after).
// "dernier" means strictly before publication, "prochain" strictly after.
func (d *Doc) inferYear(build func(int) Date, mod word, t tense) Date {
	pub := d.ref.First()
	y := d.ref.Year
	v := build(y)
	switch {
	case mod == wDernier:
		if !v.Last().Before(pub) {
			v = build(y - 1)
		}
	case mod == wProchain:
		if !v.First().After(pub) {
			v = build(y + 1)
		}
	case t == future:
		if v.Last().Before(pub.AddDate(0, 0, -1)) {
			v = build(y + 1)
		}
	case t == nearest:
		for _, w := range []Date{build(y - 1), build(y + 1)} {
			if distance(w, pub) < distance(v, pub) {
				v = w
			}
		}
	default:
		if v.First().After(pub.AddDate(0, 0, 1)) {
			v = build(y - 1)
		}
	}
	return v
}

// weekdayAndDay resolves a weekday with its day and no month ("mardi 19"):
// the day of that number and weekday in the months around publication,
// before publication in past or neutral reporting, after it in the future.
func (d *Doc) weekdayAndDay(m *matcher, p phrase) Date {
	pub := d.ref.First()
	t := m.tenseAt(p)
	var best Date
	for off := -3; off <= 3; off++ {
		first := time.Date(pub.Year(), pub.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		if p.day > daysIn(first.Year(), int(first.Month())) {
			continue
		}
		c := MakeDay(first.Year(), int(first.Month()), p.day)
		if weekdayOf(c) != p.wday {
			continue
		}
		ahead := c.First().After(pub.AddDate(0, 0, 1))
		behind := c.First().Before(pub.AddDate(0, 0, -1))
		if (t == future && behind) || (t != future && t != nearest && ahead) {
			continue
		}
		if best.IsZero() || distance(c, pub) < distance(best, pub) {
			best = c
		}
	}
	return best
}

// distance returns how many days lie between t and the nearest day of v.
func distance(v Date, t time.Time) time.Duration {
	switch {
	case t.Before(v.First()):
		return v.First().Sub(t)
	case t.After(v.Last()):
		return t.Sub(v.Last())
	}
	return 0
}

// weekday resolves a weekday standing alone. "dernier" is the last such day
// strictly before publication, "prochain" the next strictly after; otherwise
// a past or neutral statement takes the most recent one on or before
// publication (the publication day itself if it is that weekday) and a future
// one the next on or after it. A day of that weekday the document has already
// given in full, within a week of publication, is taken as meant ("sera
// menée samedi 29 mai … rendez-vous samedi à 8 h").
func (d *Doc) weekday(m *matcher, p phrase) Date {
	pub := d.ref.First()
	want := time.Weekday(p.wday - 1)
	t := m.tenseAt(p)
	if p.mod == wNone {
		for i := len(d.seen) - 1; i >= 0; i-- {
			s := d.seen[i]
			if weekdayOf(s) != p.wday {
				continue
			}
			gap := s.First().Sub(pub).Hours() / 24
			// "sera menée samedi 29 mai … rendez-vous samedi", but not
			// "signé jeudi" (past) for a Thursday ahead.
			if gap >= -6 && gap <= 6 && !(t == past && gap > 0) && !(t == future && gap < 0) {
				return s
			}
		}
	}
	back := (int(pub.Weekday()) - int(want) + 7) % 7    // days back to the last one, 0 if today
	forward := (int(want) - int(pub.Weekday()) + 7) % 7 // days to the next one, 0 if today
	switch {
	case p.mod == wDernier:
		if back == 0 {
			back = 7
		}
		return DayOf(pub.AddDate(0, 0, -back))
	case p.mod == wProchain:
		if forward == 0 {
			forward = 7
		}
		return DayOf(pub.AddDate(0, 0, forward))
	}
	switch t {
	case future:
		return DayOf(pub.AddDate(0, 0, forward))
	case nearest:
		if forward < back {
			return DayOf(pub.AddDate(0, 0, forward))
		}
	}
	return DayOf(pub.AddDate(0, 0, -back))
}

// shift resolves a unit counted from publication. A duration keeps the
// precision of its unit ("depuis neuf mois" is a month, "depuis trente-deux
// ans" a year, "il y a trois jours" a day); a week or a weekend has no
// precision of its own, so "il y a deux semaines" and "la semaine dernière"
// take the month, or the year, that holds that week whole: never a day the
// text does not give. "jour pour jour" gives it: "il y a trente ans jour pour
// jour" is the publication day thirty years back.
//
// Decades keep their unit's precision too: "depuis trois décennies",
// published in 2024, is the decade that holds 1994, 199X. A count of
// decades is a rounded one ("three decades" may be twenty-eight years or
// thirty-three), and a decade is about as wide as that rounding, where
// the year 1994, even marked approximate, read as a year the text does
// not give (issue 18); the decade is not marked approximate again.
func (d *Doc) shift(m *matcher, p phrase) (Date, bool) {
	pub := d.ref.First()
	if p.sameDay {
		switch p.u {
		case uYear:
			return DayOf(pub.AddDate(p.off, 0, 0)), true
		case uDecade:
			return DayOf(pub.AddDate(10*p.off, 0, 0)), true
		case uMonth:
			return DayOf(pub.AddDate(0, p.off, 0)), true
		case uWeek:
			return DayOf(pub.AddDate(0, 0, 7*p.off)), true
		}
	}
	switch p.u {
	case uYear:
		return Date{Year: pub.Year() + p.off, Precision: Year}, true
	case uDecade:
		return Date{Year: (pub.Year() + 10*p.off) / 10 * 10, Precision: Decade}, true
	case uMonth:
		t := time.Date(pub.Year(), pub.Month()+time.Month(p.off), 1, 0, 0, 0, 0, time.UTC)
		return Date{Year: t.Year(), Month: int(t.Month()), Precision: Month}, true
	case uDay:
		return DayOf(pub.AddDate(0, 0, p.off)), true
	case uWeek:
		// Monday to Sunday of the week off weeks away.
		day := pub.AddDate(0, 0, 7*p.off)
		monday := day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
		return span(monday, monday.AddDate(0, 0, 6)), true
	case uWeekend:
		sat := time.Saturday
		back := (int(pub.Weekday()) - int(sat) + 7) % 7
		start := pub.AddDate(0, 0, -back)
		if pub.Weekday() == time.Sunday {
			start = pub.AddDate(0, 0, -1)
		}
		switch {
		case p.off != 0:
			start = start.AddDate(0, 0, 7*p.off)
		case m.tenseAt(p) == future && start.AddDate(0, 0, 1).Before(pub):
			start = start.AddDate(0, 0, 7)
		}
		return span(start, start.AddDate(0, 0, 1)), true
	}
	return Date{}, false
}

// span returns the narrowest date that holds every day from a to b.
func span(a, b time.Time) Date {
	switch {
	case a.Year() != b.Year():
		return Date{}
	case a.Month() != b.Month():
		return Date{Year: a.Year(), Precision: Year}
	}
	return Date{Year: a.Year(), Month: int(a.Month()), Precision: Month}
}

// holiday resolves a holiday in the year the text gives or, failing that,
// the year inferYear picks.
func (d *Doc) holiday(m *matcher, p phrase) (Date, bool, bool) {
	build := func(y int) Date {
		switch p.holiday {
		case hChristmas:
			return MakeDay(y, 12, 25)
		case hAllSaints:
			return MakeDay(y, 11, 1)
		case hAssumption:
			return MakeDay(y, 8, 15)
		}
		e := easter(y)
		switch p.holiday {
		case hPentecost:
			e = e.AddDate(0, 0, 49)
		case hAscension:
			e = e.AddDate(0, 0, 39)
		}
		return DayOf(e.AddDate(0, 0, p.off)) // "lundi de Pâques" is a day after
	}
	if p.year != 0 {
		return build(p.year), false, true
	}
	return d.inferYear(build, p.mod, m.tenseAt(p)), true, true
}

// easter returns Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm, as published by Meeus).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	dd, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - dd - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	mm := (a + 11*h + 22*l) / 451
	month := (h + l - 7*mm + 114) / 31
	day := (h+l-7*mm+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}
