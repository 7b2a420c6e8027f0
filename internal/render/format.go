package render

import "timeline/internal/dates"

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
