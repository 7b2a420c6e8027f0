package dates

import (
	"fmt"
	"testing"
)

// TestDateString checks String against the formats it writes without fmt,
// in and out of the range it writes by hand.
func TestDateString(t *testing.T) {
	want := func(d Date) string {
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
	for _, p := range []Precision{0, Day, Month, Season, Year, Decade, Precision(99)} {
		for _, y := range []int{-10, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 1990, 2023, 9999, 10000, 123456} {
			for _, m := range []int{-1, 0, 1, 9, 10, 12, 21, 24, 99, 100} {
				for _, day := range []int{-5, 0, 1, 9, 10, 31, 99, 100} {
					d := Date{Year: y, Month: m, Day: day, Precision: p}
					if got, w := d.String(), want(d); got != w {
						t.Errorf("%+v: String() = %q, want %q", d, got, w)
					}
				}
			}
		}
	}
}
