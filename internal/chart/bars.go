package chart

import (
	"fmt"
	"math"
	"strconv"

	"timeline/internal/datefmt"
	"timeline/internal/dates"
	"timeline/internal/timeline"
)

// BarChart is a bar chart of events per month (or per year, for a
// long episode), with the same numbers as a table.
type BarChart struct {
	Title    string
	Desc     string
	Unit     string // the heading of the table's first column
	Width    string
	Height   string
	BaseY    string
	Bars     []Bar
	Labels   []Tick
	Max      string // the count the tallest bar stands for
	MaxY     string
	Rows     []BarRow
	Excluded string // the events too imprecise to count, in words; "" when none
}

// Bar is one bar of a BarChart.
type Bar struct {
	X, Y, W, H string
	Title      string
}

// BarRow is one row of a bar chart's table.
type BarRow struct {
	Label string
	Count int
	Href  string // the month's page, when the episode is split
}

// Bar chart geometry.
const (
	barHeight = 90.0
	barTop    = 14.0
	barLeft   = 28.0
)

// bins are an episode's events counted per month, or per year.
type bins struct {
	byYear   bool
	lo       int   // the first bin: a year, or year*12 + month - 1
	counts   []int // events per bin from lo
	kept     int   // the events counted
	excluded int   // the events too imprecise to count
}

// countBins counts events per month, or per year when they span more
// than five years. Events less precise than the bin (a year on a month
// chart, a decade) are counted apart.
func countBins(events []*timeline.Event) bins {
	var counted []*timeline.Event
	var b bins
	lo, hi := math.MaxInt, math.MinInt
	for _, ev := range events {
		if ev.Date.Precision != dates.Day && ev.Date.Precision != dates.Month && ev.Date.Precision != dates.Year {
			b.excluded++
			continue
		}
		counted = append(counted, ev)
	}
	months := func(d dates.Date) int { return d.Year*12 + max(d.Month, 1) - 1 }
	for _, ev := range counted {
		lo, hi = min(lo, months(ev.Date)), max(hi, months(ev.Date))
	}
	b.byYear = len(counted) > 0 && hi-lo >= 60
	var kept []*timeline.Event
	for _, ev := range counted {
		if ev.Date.Precision == dates.Year && !b.byYear {
			b.excluded++
			continue
		}
		kept = append(kept, ev)
	}
	if len(kept) == 0 {
		return b
	}
	bin := func(d dates.Date) int {
		if b.byYear {
			return d.Year
		}
		return months(d)
	}
	lo, hi = math.MaxInt, math.MinInt
	for _, ev := range kept {
		lo, hi = min(lo, bin(ev.Date)), max(hi, bin(ev.Date))
	}
	b.lo, b.kept, b.counts = lo, len(kept), make([]int, hi-lo+1)
	for _, ev := range kept {
		b.counts[bin(ev.Date)-lo]++
	}
	return b
}

// Bars draws an episode's events per month, or per year when the episode
// spans more than five years; monthHref, when not nil, gives the page of
// a month ("2022-12") for the table, or "". It reports false when no
// event is precise enough to count.
func (d Drawer) Bars(ep *timeline.Episode, monthHref func(key string) string) (BarChart, bool) {
	lang := d.Text.Lang()
	bs := countBins(ep.Events)
	if bs.kept == 0 {
		return BarChart{}, false
	}
	lo, counts := bs.lo, bs.counts
	top := 0
	for _, n := range counts {
		top = max(top, n)
	}
	label := func(b int) string {
		if bs.byYear {
			return strconv.Itoa(b)
		}
		return datefmt.Date(dates.Date{Precision: dates.Month, Year: b / 12, Month: b%12 + 1}, lang)
	}
	short := func(b int) string {
		if bs.byYear {
			return strconv.Itoa(b)
		}
		return fmt.Sprintf("%s %d", datefmt.MonthAbbr(b%12+1, lang), b/12)
	}
	c := BarChart{Width: num(chartWidth), Height: num(barTop + barHeight + 22), BaseY: num(barTop + barHeight),
		Max: strconv.Itoa(top), MaxY: num(barTop)}
	c.Unit = d.Text.T("bars_month")
	c.Title = fmt.Sprintf(d.Text.T("bars_title_month"), ep.Title)
	if bs.byYear {
		c.Unit = d.Text.T("bars_year")
		c.Title = fmt.Sprintf(d.Text.T("bars_title_year"), ep.Title)
	}
	slot := (chartRight - barLeft) / float64(len(counts))
	w := min(max(slot*0.8, min(slot, 1)), 40)
	var used [][2]float64
	for i, n := range counts {
		b := lo + i
		x := barLeft + float64(i)*slot
		if n > 0 {
			h := max(barHeight*float64(n)/float64(top), 1)
			c.Bars = append(c.Bars, Bar{X: num(x + (slot-w)/2), Y: num(barTop + barHeight - h), W: num(w), H: num(h),
				Title: fmt.Sprintf("%s : %s", label(b), d.Text.Count("events_count", n))})
			row := BarRow{Label: label(b), Count: n}
			if monthHref != nil && !bs.byYear {
				row.Href = monthHref(fmt.Sprintf("%04d-%02d", b/12, b%12+1))
			}
			c.Rows = append(c.Rows, row)
		}
		if n > 0 || i == 0 || i == len(counts)-1 {
			l := short(b)
			lw := labelChar * float64(len([]rune(l)))
			cx := x + slot/2
			a := max(barLeft, min(cx-lw/2, chartRight-lw))
			ok := true
			for _, u := range used {
				if a < u[1]+8 && a+lw > u[0]-8 {
					ok = false
				}
			}
			if ok {
				used = append(used, [2]float64{a, a + lw})
				c.Labels = append(c.Labels, Tick{Label: l, LX: num(a + lw/2), LY: num(barTop + barHeight + 16)})
			}
		}
	}
	c.Desc = fmt.Sprintf(d.Text.T("bars_desc"), d.Text.Count("events_count", bs.kept), label(lo), label(lo+len(counts)-1), top)
	if bs.excluded > 0 {
		c.Excluded = fmt.Sprintf(d.Text.T("bars_excluded"), d.Text.Count("events_count", bs.excluded))
		c.Desc += " " + c.Excluded
	}
	return c, true
}
