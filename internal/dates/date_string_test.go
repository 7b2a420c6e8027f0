package dates

import "testing"

// TestDateString checks String, which writes years 0 to 9999 without fmt,
// against the same formats through fmt, in and out of that range.
func TestDateString(t *testing.T) {
	for _, p := range []Precision{0, Day, Month, Season, Year, Decade, Precision(99)} {
		for _, y := range []int{-10, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 1990, 2023, 9999, 10000, 123456} {
			for _, m := range []int{-1, 0, 1, 9, 10, 12, 21, 24, 99, 100} {
				for _, day := range []int{-5, 0, 1, 9, 10, 31, 99, 100} {
					d := Date{Year: y, Month: m, Day: day, Precision: p}
					if got, w := d.String(), d.format(); got != w {
						t.Errorf("%+v: String() = %q, want %q", d, got, w)
					}
				}
			}
		}
	}
}
