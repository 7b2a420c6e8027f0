package corpus

import (
	"fmt"
	"time"
)

// Kind is a kind of date expression, as the tagger's rules tell them apart.
type Kind uint8

// The kinds of expression the generator writes.
const (
	FullDate  Kind = iota + 1 // "mardi 19 septembre 2023", "Tuesday, September 19, 2023"
	DayMonth                  // "le 19 septembre", "le 1er janvier 2024", "on September 19"
	Abbrev                    // "le 19 sept.", "Sept. 19"
	Numeric                   // "le 03/08/2022", "le 10.11.2020"
	ISO                       // "le 2023-09-19"
	Dateline                  // "Erevan, 14 sept. 2022 —" opening a dispatch
	MonthYear                 // "en décembre 2022", "depuis mai 1994"
	Year                      // "en 1991", "depuis 2016"
	Decade                    // "dans les années 1990"
	Season                    // "à l'automne 2020"
	RelDay                    // "aujourd'hui", "hier soir", "avant-hier", "demain", "ce matin"
	RelUnit                   // "la semaine dernière", "le mois dernier", "l'an dernier"
	Weekday                   // "mardi soir", "lundi matin", "on Monday night"
	Night                     // "dans la nuit de lundi à mardi"
	Anaphor                   // "la veille", "le lendemain", "the day before"
	Duration                  // "depuis neuf mois", "il y a deux semaines", "two weeks ago"
	Clock                     // "vers 7 h 15", "à 18 heures", "at 7:15 am"
	numKinds
)

var kindNames = [...]string{"", "full-date", "day-month", "abbrev", "numeric", "iso", "dateline",
	"month-year", "year", "decade", "season", "rel-day", "rel-unit", "weekday", "night",
	"anaphor", "duration", "clock"}

func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// kindWeights say how often each kind is drawn for a sentence: the common
// ones of news text ("le 19 septembre", "hier", "mardi") most often.
// Datelines and clock times are not drawn: a dispatch opens with one, and a
// clock time follows a day.
var kindWeights = [numKinds]int{
	FullDate: 8, DayMonth: 14, Abbrev: 4, Numeric: 3, ISO: 2,
	MonthYear: 7, Year: 8, Decade: 3, Season: 3, RelDay: 10, RelUnit: 5,
	Weekday: 8, Night: 3, Anaphor: 5, Duration: 6,
}

var kindTotal = func() int {
	n := 0
	for _, w := range kindWeights {
		n += w
	}
	return n
}()

func (g *gen) drawKind() Kind {
	n := g.r.IntN(kindTotal)
	for k, w := range kindWeights {
		if n < w {
			return Kind(k)
		}
		n -= w
	}
	return DayMonth
}

// expr is an expression drawn for a sentence: its text and whether the
// sentence around it must be in the future.
type expr struct {
	Expr
	future bool
}

var (
	moisFR  = [...]string{"", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	abbrFR  = [...]string{"", "janv.", "févr.", "", "avr.", "", "", "juil.", "", "sept.", "oct.", "nov.", "déc."}
	joursFR = [...]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}
	abbrEN  = [...]string{"", "Jan.", "Feb.", "", "", "", "", "", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
	nombres = [...]string{"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"}
	numbers = [...]string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	partsFR = [...]string{"matin", "soir", "après-midi", "dans la soirée", "en fin de journée", "en début de matinée"}
	partsEN = [...]string{"morning", "night", "afternoon", "evening"}
)

// recent returns a day at most max days before publication: the days the
// article reports.
func (g *gen) recent(max int) time.Time { return g.story.AddDate(0, 0, -g.r.IntN(max+1)) }

// past returns a month start between one and n months before publication.
func (g *gen) pastMonth(n int) time.Time {
	m := time.Date(g.pub.Year(), g.pub.Month(), 1, 0, 0, 0, 0, time.UTC)
	return m.AddDate(0, -1-g.r.IntN(n), 0)
}

func frDay(d int) string {
	if d == 1 {
		return "1er"
	}
	return fmt.Sprint(d)
}

// anchor is a date of the conflict's history an article may recall.
type anchor struct {
	on         time.Time
	fr, en     string
	kind       Kind
	frontSince bool // may take "depuis"
}

// history are the dates every article about the conflict recalls; an
// article recalls only those before its publication.
var history = []anchor{
	{day(1988, 2, 20), "en février 1988", "in February 1988", MonthYear, true},
	{day(1991, 9, 2), "en 1991", "in 1991", Year, false},
	{day(1991, 12, 10), "le 10 décembre 1991", "on December 10, 1991", DayMonth, false},
	{day(1994, 5, 12), "en mai 1994", "in May 1994", MonthYear, true},
	{day(1994, 1, 1), "depuis 1994", "since 1994", Year, false},
	{day(1990, 1, 1), "dans les années 1990", "in the 1990s", Decade, false},
	{day(2016, 4, 2), "en avril 2016", "in April 2016", MonthYear, true},
	{day(2016, 1, 1), "depuis 2016", "since 2016", Year, false},
	{day(2020, 9, 27), "le 27 septembre 2020", "on September 27, 2020", DayMonth, true},
	{day(2020, 11, 8), "le 8 novembre 2020", "on November 8, 2020", DayMonth, false},
	{day(2020, 11, 10), "le 10 novembre 2020", "on November 10, 2020", DayMonth, true},
	{day(2020, 9, 1), "à l'automne 2020", "in the autumn of 2020", Season, false},
	{day(2022, 9, 13), "en septembre 2022", "in September 2022", MonthYear, false},
	{day(2022, 12, 12), "depuis le 12 décembre 2022", "since December 12, 2022", DayMonth, false},
	{day(2022, 12, 1), "depuis décembre 2022", "since December 2022", MonthYear, false},
	{day(2023, 9, 19), "le 19 septembre 2023", "on September 19, 2023", DayMonth, false},
	{day(2023, 9, 28), "le 28 septembre 2023", "on September 28, 2023", DayMonth, false},
}

// expression draws an expression of kind k for the article's language.
func (g *gen) expression(k Kind) expr {
	if g.lang == "en" {
		return g.english(k)
	}
	return g.french(k)
}

// french draws an expression of kind k in French.
func (g *gen) french(k Kind) expr {
	switch k {
	case FullDate, DayMonth, Abbrev, Numeric, ISO, MonthYear, Year, Decade, Season:
		return g.frenchCalendar(k)
	case RelDay, RelUnit, Weekday, Night, Anaphor, Duration:
		return g.frenchRelative(k)
	case Clock:
		return g.frenchClock()
	}
	return expr{Expr: Expr{Kind: k}}
}

// frenchCalendar draws a French expression of kind k that names a date of
// the calendar: "mardi 19 septembre", "le 1er janvier 2024", "le
// 03/08/2022", "en décembre 2022", "depuis 2016", "à l'automne 2020".
func (g *gen) frenchCalendar(k Kind) expr {
	e := expr{Expr: Expr{Kind: k}}
	switch k {
	case FullDate:
		d := g.recent(6)
		e.Text = fmt.Sprintf("%s %s %s", joursFR[d.Weekday()], frDay(d.Day()), moisFR[d.Month()])
		if g.r.IntN(2) == 0 {
			e.Text += fmt.Sprintf(" %d", d.Year())
		}
	case DayMonth:
		switch n := g.r.IntN(10); {
		case n < 2:
			if a, ok := g.recall(DayMonth); ok {
				e.Text = a
				break
			}
			fallthrough
		case n < 3:
			// "le 1er janvier 2024": a deadline, stated in the future.
			d := time.Date(g.pub.Year(), g.pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1+g.r.IntN(4), 0)
			e.Text, e.future = fmt.Sprintf("le 1er %s %d", moisFR[d.Month()], d.Year()), true
		default:
			d := g.recent(20)
			e.Text = fmt.Sprintf("%s %s %s", g.pick("le", "le", "le", "depuis le", "dès le", "ce"), frDay(d.Day()), moisFR[d.Month()])
			if e.Text[0] == 'c' {
				e.Text = fmt.Sprintf("ce %s %s %s", joursFR[d.Weekday()], frDay(d.Day()), moisFR[d.Month()])
			}
		}
	case Abbrev:
		d := g.recent(20)
		if abbrFR[d.Month()] == "" {
			e.Kind = DayMonth
			e.Text = fmt.Sprintf("le %s %s", frDay(d.Day()), moisFR[d.Month()])
			break
		}
		e.Text = fmt.Sprintf("le %s %s", frDay(d.Day()), abbrFR[d.Month()])
	case Numeric:
		d := g.recent(30)
		sep := g.pick("/", ".")
		e.Text = fmt.Sprintf("le %02d%s%02d%s%d", d.Day(), sep, int(d.Month()), sep, d.Year())
	case ISO:
		e.Text = "le " + g.recent(10).Format("2006-01-02")
	case MonthYear:
		if a, ok := g.recall(MonthYear); ok && g.r.IntN(2) == 0 {
			e.Text = a
			break
		}
		m := g.pastMonth(24)
		e.Text = fmt.Sprintf("%s %s %d", g.pick("en", "en", "depuis", "dès", "courant"), moisFR[m.Month()], m.Year())
	case Year:
		if a, ok := g.recall(Year); ok && g.r.IntN(2) == 0 {
			e.Text = a
			break
		}
		y := g.pub.Year() - 1 - g.r.IntN(6)
		e.Text = fmt.Sprintf("%s %d", g.pick("en", "depuis", "depuis", "en"), y)
	case Decade:
		e.Text = g.pick("dans les années 1990", "au début des années 1990", "durant les années 1980", "depuis les années 1990")
	case Season:
		y := g.pub.Year() - 1 - g.r.IntN(3)
		e.Text = fmt.Sprintf("%s %d", g.pick("à l'automne", "au printemps", "à l'été", "à l'hiver", "depuis l'automne", "l'été"), y)
		if e.Text[0] == 'l' {
			e.Text = "durant " + e.Text
		}
	}
	return e
}

// frenchRelative draws a French expression of kind k counted from another
// date: "hier soir", "la semaine dernière", "mardi matin", "dans la nuit de
// lundi à mardi", "la veille", "il y a deux semaines".
func (g *gen) frenchRelative(k Kind) expr {
	e := expr{Expr: Expr{Kind: k}}
	switch k {
	case RelDay:
		switch n := g.r.IntN(12); {
		case n < 1:
			e.Text, e.future = g.pick("demain", "après-demain", "demain matin"), true
		default:
			e.Text = g.pick("aujourd'hui", "aujourd’hui", "hier", "hier soir", "hier matin", "avant-hier",
				"ce matin", "ce soir", "cette nuit", "hier après-midi", "cet après-midi")
		}
	case RelUnit:
		if g.r.IntN(8) == 0 {
			e.Text, e.future = g.pick("la semaine prochaine", "le mois prochain", "l'année prochaine"), true
			break
		}
		e.Text = g.pick("la semaine dernière", "le mois dernier", "l'an dernier", "l'année dernière",
			"le week-end dernier", "cette année", "ce mois-ci", "la semaine passée")
	case Weekday:
		d := g.recent(5)
		if d.Equal(g.pub) {
			d = d.AddDate(0, 0, -1)
		}
		e.Text = joursFR[d.Weekday()]
		if g.r.IntN(3) > 0 {
			e.Text += " " + partsFR[g.r.IntN(len(partsFR))]
		}
	case Night:
		d := g.recent(4)
		e.Text = fmt.Sprintf("dans la nuit de %s à %s", joursFR[d.AddDate(0, 0, -1).Weekday()], joursFR[d.Weekday()])
	case Anaphor:
		e.Text = g.pick("la veille", "le lendemain", "le lendemain matin", "la veille au soir", "le jour même", "l'avant-veille")
	case Duration:
		n := 2 + g.r.IntN(11)
		switch g.r.IntN(4) {
		case 0:
			e.Text = fmt.Sprintf("il y a %s %s", nombres[n], g.pick("jours", "semaines", "mois", "ans"))
		case 1:
			e.Text = fmt.Sprintf("depuis %s %s", nombres[n], g.pick("mois", "ans", "semaines"))
		case 2:
			e.Text = fmt.Sprintf("depuis près de %d ans", 10+g.r.IntN(25))
		default:
			e.Text = fmt.Sprintf("il y a %s", g.pick("un an", "une semaine", "près d'un an", "deux jours", "trois semaines"))
		}
	}
	return e
}

// frenchClock draws a French time of day: "vers 7 h 15", "à 18 heures".
func (g *gen) frenchClock() expr {
	e := expr{Expr: Expr{Kind: Clock}}
	h, m := 5+g.r.IntN(18), 5*g.r.IntN(12)
	switch g.r.IntN(3) {
	case 0:
		e.Text = fmt.Sprintf("vers %d h %02d", h, m)
	case 1:
		e.Text = fmt.Sprintf("à %d heures", h)
	default:
		e.Text = fmt.Sprintf("à %dh%02d, heure locale", h, m)
	}
	return e
}

func (g *gen) english(k Kind) expr {
	e := expr{Expr: Expr{Kind: k}}
	switch k {
	case FullDate:
		d := g.recent(6)
		e.Text = fmt.Sprintf("on %s, %s %d, %d", d.Weekday(), d.Month(), d.Day(), d.Year())
	case DayMonth, Numeric:
		e.Kind = DayMonth
		if a, ok := g.recall(DayMonth); ok && g.r.IntN(4) == 0 {
			e.Text = a
			break
		}
		d := g.recent(20)
		e.Text = fmt.Sprintf("on %s %d", d.Month(), d.Day())
	case Abbrev:
		d := g.recent(20)
		if abbrEN[d.Month()] == "" {
			e.Kind = DayMonth
			e.Text = fmt.Sprintf("on %s %d", d.Month(), d.Day())
			break
		}
		e.Text = fmt.Sprintf("on %s %d", abbrEN[d.Month()], d.Day())
	case ISO:
		e.Text = "on " + g.recent(10).Format("2006-01-02")
	case MonthYear:
		if a, ok := g.recall(MonthYear); ok && g.r.IntN(2) == 0 {
			e.Text = a
			break
		}
		m := g.pastMonth(24)
		e.Text = fmt.Sprintf("%s %s %d", g.pick("in", "since"), m.Month(), m.Year())
	case Year:
		if a, ok := g.recall(Year); ok && g.r.IntN(2) == 0 {
			e.Text = a
			break
		}
		e.Text = fmt.Sprintf("%s %d", g.pick("in", "since"), g.pub.Year()-1-g.r.IntN(6))
	case Decade:
		e.Text = g.pick("in the 1990s", "the early 1990s", "since the 1990s")
	case Season:
		e.Text = fmt.Sprintf("in the %s of %d", g.pick("autumn", "spring", "summer", "winter"), g.pub.Year()-1-g.r.IntN(3))
	case RelDay:
		if g.r.IntN(12) == 0 {
			e.Text, e.future = "tomorrow", true
			break
		}
		e.Text = g.pick("today", "yesterday", "this morning", "tonight", "yesterday afternoon", "late yesterday")
	case RelUnit:
		e.Text = g.pick("last week", "last month", "last year", "this year", "last weekend")
	case Weekday, Night:
		e.Kind = Weekday
		d := g.recent(5)
		if d.Equal(g.pub) {
			d = d.AddDate(0, 0, -1)
		}
		e.Text = fmt.Sprintf("on %s", d.Weekday())
		if g.r.IntN(2) == 0 {
			e.Text += " " + partsEN[g.r.IntN(len(partsEN))]
		}
	case Anaphor:
		e.Text = g.pick("the day before", "the next day", "the following day", "the same day")
	case Duration:
		n := 2 + g.r.IntN(11)
		e.Text = fmt.Sprintf("%s %s ago", numbers[n], g.pick("days", "weeks", "months", "years"))
	case Clock:
		e.Text = fmt.Sprintf("at %d:%02d %s", 1+g.r.IntN(12), 5*g.r.IntN(12), g.pick("am", "pm", "a.m.", "p.m."))
	}
	return e
}

// recall returns a date of the conflict's history of kind k, before
// publication, in the article's language.
func (g *gen) recall(k Kind) (string, bool) {
	var ok []int
	for i, a := range history {
		if a.kind == k && a.on.Before(g.pub) {
			ok = append(ok, i)
		}
	}
	if len(ok) == 0 {
		return "", false
	}
	a := history[ok[g.r.IntN(len(ok))]]
	if g.lang == "en" {
		return a.en, true
	}
	return a.fr, true
}

// dateline opens a dispatch: "Erevan, 14 sept. 2022 —", "YEREVAN, Sept 14 (Reuters) -".
func (g *gen) dateline() expr {
	d := g.story
	city := g.pick("Erevan", "Bakou", "Stepanakert", "Goris", "Moscou", "Tbilissi")
	if g.lang == "en" {
		city = g.pick("YEREVAN", "BAKU", "GORIS", "MOSCOW")
		m := abbrEN[d.Month()]
		if m == "" {
			m = d.Month().String()
		}
		return expr{Expr: Expr{Kind: Dateline, Text: fmt.Sprintf("%s, %s %d (%s) -", city, m, d.Day(), g.pick("Reuters", "AP", "AFP"))}}
	}
	m := abbrFR[d.Month()]
	if m == "" {
		m = moisFR[d.Month()]
	}
	return expr{Expr: Expr{Kind: Dateline, Text: fmt.Sprintf("%s, %d %s %d (%s) —", city, d.Day(), m, d.Year(), g.pick("AFP", "Reuters", "AP"))}}
}
