// Package datefmt writes dates the way a reader of the site's language
// expects them: "mardi 19 septembre 2023", "décembre 2022", "the 1990s",
// and the short month names of chart labels.
//
// It writes words only: it finds no dates (that is package dates), knows
// no HTML, and writes a language it does not know in English: a site in
// another language reads its dates in the language its missing interface
// texts fall back to (see package i18n).
package datefmt

import (
	"fmt"
	"time"

	"timeline/internal/dates"
)

// Languages are the languages it writes dates in.
var Languages = []string{"en", "fr"}

// Knows reports whether dates are written in lang, not in English for it.
func Knows(lang string) bool { _, ok := monthNames[lang]; return ok }

// fallback is the language a language it does not know is written in.
const fallback = "en"

var monthNames = map[string][13]string{
	"fr": {"", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"en": {"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

var monthAbbrs = map[string][13]string{
	"fr": {"", "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
	"en": {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
}

// MonthAbbr writes month m (1 to 12) in short, for chart labels: "sept.", "Sep".
func MonthAbbr(m int, lang string) string {
	if _, ok := monthAbbrs[lang]; !ok {
		lang = fallback
	}
	return monthAbbrs[lang][m]
}

var weekdayNames = map[string][7]string{
	"fr": {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	"en": {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
}

var seasonNames = map[string]map[int]string{
	"fr": {dates.Spring: "printemps", dates.Summer: "été", dates.Autumn: "automne", dates.Winter: "hiver"},
	"en": {dates.Spring: "spring", dates.Summer: "summer", dates.Autumn: "autumn", dates.Winter: "winter"},
}

// Date writes a date the way the language writes it, at its
// precision: "mardi 19 septembre 2023", "décembre 2022", "automne 2020",
// "1991", "années 1990"; "Tuesday 19 September 2023", "the 1990s".
func Date(d dates.Date, lang string) string {
	if _, ok := monthNames[lang]; !ok {
		lang = fallback
	}
	switch d.Precision {
	case dates.Day:
		wd := weekdayNames[lang][d.First().Weekday()]
		return fmt.Sprintf("%s %s %s %d", wd, dayNumber(d.Day, lang), monthNames[lang][d.Month], d.Year)
	case dates.Month:
		return fmt.Sprintf("%s %d", monthNames[lang][d.Month], d.Year)
	case dates.Season:
		return fmt.Sprintf("%s %d", seasonNames[lang][d.Month], d.Year)
	case dates.Year:
		return fmt.Sprintf("%d", d.Year)
	case dates.Decade:
		if lang == "en" {
			return fmt.Sprintf("the %ds", d.Year)
		}
		return fmt.Sprintf("années %d", d.Year)
	}
	return d.String()
}

// Short writes a date as Date does, a day without its weekday:
// "19 septembre 2023".
func Short(d dates.Date, lang string) string {
	if d.Precision == dates.Day {
		if _, ok := monthNames[lang]; !ok {
			lang = fallback
		}
		return fmt.Sprintf("%s %s %d", dayNumber(d.Day, lang), monthNames[lang][d.Month], d.Year)
	}
	return Date(d, lang)
}

// Time writes the day of t, a publication date: "20 septembre 2023".
func Time(t time.Time, lang string) string { return Short(dates.DayOf(t), lang) }

// dayNumber writes the day of the month: French writes the first "1er".
func dayNumber(day int, lang string) string {
	if day == 1 && lang == "fr" {
		return "1er"
	}
	return fmt.Sprint(day)
}
