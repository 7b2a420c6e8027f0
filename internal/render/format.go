package render

import (
	"fmt"
	"time"

	"timeline/internal/dates"
)

var monthNames = map[string][13]string{
	"fr": {"", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"en": {"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

var monthAbbrs = map[string][13]string{
	"fr": {"", "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
	"en": {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
}

// monthAbbr writes a month in short, for chart labels: "sept.", "Sep".
func monthAbbr(m int, lang string) string {
	if _, ok := monthAbbrs[lang]; !ok {
		lang = "fr"
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

// FormatDate writes a date the way the language writes it, at its
// precision: "mardi 19 septembre 2023", "décembre 2022", "automne 2020",
// "1991", "années 1990"; "Tuesday 19 September 2023", "the 1990s".
func FormatDate(d dates.Date, lang string) string {
	if _, ok := monthNames[lang]; !ok {
		lang = "fr"
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

// FormatShort writes a date without the weekday: "19 septembre 2023".
func FormatShort(d dates.Date, lang string) string {
	if d.Precision == dates.Day {
		if _, ok := monthNames[lang]; !ok {
			lang = "fr"
		}
		return fmt.Sprintf("%s %s %d", dayNumber(d.Day, lang), monthNames[lang][d.Month], d.Year)
	}
	return FormatDate(d, lang)
}

// FormatTime writes a publication date: "20 septembre 2023".
func FormatTime(t time.Time, lang string) string { return FormatShort(dates.DayOf(t), lang) }

// dayNumber writes the day of the month: French writes the first "1er".
func dayNumber(day int, lang string) string {
	if day == 1 && lang == "fr" {
		return "1er"
	}
	return fmt.Sprint(day)
}

// datetime returns the value of a <time datetime> attribute for d, with
// the clock time when there is one; "" when HTML has no form for d
// (seasons and decades), which is then marked without the attribute.
func datetime(d dates.Date, clock string) string {
	switch d.Precision {
	case dates.Day:
		if clock != "" {
			return d.String() + "T" + clock
		}
		return d.String()
	case dates.Month, dates.Year:
		return d.String()
	}
	return ""
}
