package chart

import (
	"testing"
	"time"
)

func day(y, m, d int) int { return dayNum(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)) }

// TestScale checks the time axis on the shapes it exists for.
func TestScale(t *testing.T) {
	tests := []struct {
		name   string
		style  axisStyle
		dates  []interval
		lo, hi int
		breaks int
	}{
		{
			// 1991 and September 2023 on one axis: the empty decades are breaks.
			name: "decades apart", style: monthAxis,
			dates: []interval{{day(1991, 12, 10), day(1991, 12, 10)}, {day(2023, 9, 19), day(2023, 9, 19)}, {day(2023, 9, 20), day(2023, 9, 20)}},
			lo:    day(1991, 12, 10), hi: day(2023, 9, 20),
			breaks: 1,
		},
		{
			// A 44-day war with a month between two events: drawn whole.
			name: "short episode", style: dayAxis,
			dates: []interval{{day(2020, 9, 27), day(2020, 9, 27)}, {day(2020, 10, 6), day(2020, 10, 6)}, {day(2020, 11, 10), day(2020, 11, 10)}},
			lo:    day(2020, 9, 27), hi: day(2020, 11, 10),
			breaks: 0,
		},
		{
			// A decade known only as a decade keeps its years on the axis.
			name: "imprecise dates cover their span", style: monthAxis,
			dates: []interval{{day(1990, 1, 1), day(1999, 12, 31)}, {day(2016, 4, 2), day(2016, 4, 2)}},
			lo:    day(1990, 1, 1), hi: day(2016, 4, 2),
			breaks: 1,
		},
		{
			// Quiet stretches at both ends of an episode are breaks too.
			name: "quiet ends", style: dayAxis,
			dates: []interval{{day(2022, 8, 3), day(2022, 8, 3)}},
			lo:    day(2020, 11, 11), hi: day(2023, 9, 18),
			breaks: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := newScale(tt.style, tt.dates, tt.lo, tt.hi, chartLeft, chartRight)
			n := 0
			for _, r := range sc.runs {
				if r.brk {
					n++
				}
			}
			if n != tt.breaks {
				t.Errorf("%d breaks, want %d", n, tt.breaks)
			}
			u := tt.style.unit
			if a, b := sc.x(u.start(u.bin(tt.lo))), sc.x(u.start(u.bin(tt.hi)+1)); a != chartLeft || b < chartRight-0.001 || b > chartRight+0.001 {
				t.Errorf("the axis runs from %.1f to %.1f, want %.0f to %.0f", a, b, chartLeft, chartRight)
			}
			prev := -1.0
			for d := tt.lo; d <= tt.hi+1; d++ {
				x := sc.x(d)
				if x < prev {
					t.Fatalf("x goes back at day %s: %.2f after %.2f", dayTime(d).Format("2006-01-02"), x, prev)
				}
				prev = x
			}
			// Every event stays readable: at least 4 units from the next.
			for i := 1; i < len(tt.dates); i++ {
				a, b := sc.x(tt.dates[i-1].first), sc.x(tt.dates[i].first)
				if tt.dates[i].first-tt.dates[i-1].first > 0 && b-a < 4 {
					t.Errorf("days %s and %s are %.1f apart", dayTime(tt.dates[i-1].first).Format("2006-01-02"), dayTime(tt.dates[i].first).Format("2006-01-02"), b-a)
				}
			}
		})
	}
}
