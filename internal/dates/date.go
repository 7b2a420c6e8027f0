package dates

import (
	"fmt"
	"strconv"
	"time"
)

// Precision is how much of a calendar date a text states.
type Precision uint8

// Precisions, from the coarsest to the finest.
const (
	Decade Precision = iota + 1
	Year
	Season
	Month
	Day
)

var precisionNames = [...]string{Decade: "decade", Year: "year", Season: "season", Month: "month", Day: "day"}

// String returns the precision's name as events.json spells it: "day", "month", "season", "year" or "decade".
func (p Precision) String() string {
	if int(p) < len(precisionNames) && precisionNames[p] != "" {
		return precisionNames[p]
	}
	return "unknown"
}

// Season codes as EDTF writes them after the year ("2020-23" is the autumn of 2020).
const (
	Spring = 21
	Summer = 22
	Autumn = 23
	Winter = 24
)

// Date is a calendar value at the precision the text gives, printed as an EDTF value.
// Month holds the EDTF season code (21–24) when Precision is Season.
// For a decade, Year is the decade's first year (1990 for "199X").
type Date struct {
	Year      int
	Month     int
	Day       int
	Precision Precision
}

// DayOf returns the day-precision date of t's calendar day.
func DayOf(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: Day}
}

// MakeDay returns the day-precision date y-m-d, normalizing out-of-range values
// as time.Date does (day 0 is the last day of the previous month).
func MakeDay(y, m, d int) Date {
	return DayOf(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC))
}

// String returns the EDTF value: 2023-09-19, 2022-12, 2020-23, 1991 or 199X.
func (d Date) String() string {
	if 0 <= d.Year && d.Year <= 9999 && 0 <= d.Month && d.Month <= 99 && 0 <= d.Day && d.Day <= 99 {
		// The dates of a site, without fmt: a large site writes
		// hundreds of thousands of them.
		var b [10]byte
		switch d.Precision {
		case Day:
			return string(pad2(pad2(pad4(b[:0], d.Year), '-', d.Month), '-', d.Day))
		case Month, Season:
			return string(pad2(pad4(b[:0], d.Year), '-', d.Month))
		case Year:
			return string(pad4(b[:0], d.Year))
		case Decade:
			y := d.Year / 10
			return string(append(b[:0], byte('0'+y/100), byte('0'+y/10%10), byte('0'+y%10), 'X'))
		}
		return ""
	}
	return d.format()
}

// format is String through fmt, for any year, month and day.
func (d Date) format() string {
	switch d.Precision {
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case Month, Season:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case Year:
		return fmt.Sprintf("%04d", d.Year)
	case Decade:
		return fmt.Sprintf("%03dX", d.Year/10)
	}
	return ""
}

// pad4 appends n, 0 to 9999, in four digits.
func pad4(b []byte, n int) []byte {
	return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
}

// pad2 appends sep, then n, 0 to 99, in two digits.
func pad2(b []byte, sep byte, n int) []byte {
	return append(b, sep, byte('0'+n/10), byte('0'+n%10))
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d.Precision == 0 }

// Valid reports whether d is a date the calendar has, at its precision.
func (d Date) Valid() bool {
	if d.Year < 1 || d.Year > 9999 {
		return false
	}
	switch d.Precision {
	case Day:
		if d.Month < 1 || d.Month > 12 || d.Day < 1 {
			return false
		}
		return d.Day <= daysIn(d.Year, d.Month)
	case Month:
		return d.Month >= 1 && d.Month <= 12
	case Season:
		return d.Month >= Spring && d.Month <= Winter
	case Year:
		return true
	case Decade:
		return d.Year%10 == 0
	}
	return false
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// seasonStart is the month and day each season begins (northern hemisphere, astronomical).
var seasonStart = map[int][2]int{Spring: {3, 20}, Summer: {6, 21}, Autumn: {9, 22}, Winter: {12, 21}}

// First returns the first day d covers: an imprecise date belongs where its first day falls.
func (d Date) First() time.Time {
	switch d.Precision {
	case Day:
		return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(d.Year, time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC)
	case Season:
		s := seasonStart[d.Month]
		return time.Date(d.Year, time.Month(s[0]), s[1], 0, 0, 0, 0, time.UTC)
	case Year:
		return time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	case Decade:
		return time.Date(d.Year/10*10, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// Last returns the last day d covers.
func (d Date) Last() time.Time {
	f := d.First()
	switch d.Precision {
	case Day:
		return f
	case Month:
		return f.AddDate(0, 1, -1)
	case Season:
		return f.AddDate(0, 3, -1)
	case Year:
		return f.AddDate(1, 0, -1)
	case Decade:
		return f.AddDate(10, 0, -1)
	}
	return f
}

// Compare orders dates by their first day, then the wider span first,
// so that "2022-12" comes before "2022-12-01" and "2022" before both.
func (d Date) Compare(e Date) int {
	if c := d.First().Compare(e.First()); c != 0 {
		return c
	}
	if c := e.Last().Compare(d.Last()); c != 0 {
		return c
	}
	return int(d.Precision) - int(e.Precision)
}

// ParseEDTF parses the EDTF values String writes: YYYY-MM-DD, YYYY-MM, YYYY-SS (season 21–24), YYYY, YYYX.
func ParseEDTF(s string) (Date, error) {
	bad := func() (Date, error) {
		return Date{}, fmt.Errorf("%q is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or a decade such as 199X)", s)
	}
	num := func(v string) (int, bool) {
		for _, c := range v {
			if c < '0' || c > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(v)
		return n, err == nil
	}
	var d Date
	switch {
	case len(s) == 4 && (s[3] == 'X' || s[3] == 'x'):
		y, ok := num(s[:3])
		if !ok {
			return bad()
		}
		d = Date{Year: y * 10, Precision: Decade}
	case len(s) == 4:
		y, ok := num(s)
		if !ok {
			return bad()
		}
		d = Date{Year: y, Precision: Year}
	case len(s) == 7 && s[4] == '-':
		y, ok1 := num(s[:4])
		m, ok2 := num(s[5:])
		if !ok1 || !ok2 {
			return bad()
		}
		d = Date{Year: y, Month: m, Precision: Month}
		if m >= Spring && m <= Winter {
			d.Precision = Season
		}
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		y, ok1 := num(s[:4])
		m, ok2 := num(s[5:7])
		dd, ok3 := num(s[8:])
		if !ok1 || !ok2 || !ok3 {
			return bad()
		}
		d = Date{Year: y, Month: m, Day: dd, Precision: Day}
	default:
		return bad()
	}
	if !d.Valid() {
		return bad()
	}
	return d, nil
}
