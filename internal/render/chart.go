package render

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"timeline/internal/datefmt"
	"timeline/internal/dates"
	"timeline/internal/timeline"
)

// The charts are drawn at build time, as SVG inside the page: they need no
// script, and every number they show is also written as text next to them
// (the event list, the table of months). Geometry is computed here; the
// templates only print it.

// Chart geometry, in viewBox units (the SVG scales to the page width).
const (
	chartWidth = 720.0
	chartLeft  = 8.0
	chartRight = chartWidth - 8.0
	laneHeight = 26.0
	maxLanes   = 5
	chartTop   = 6.0
	axisSpace  = 34.0 // below the axis: ticks and labels
	labelChar  = 7.0  // average width of a label character
	stripMax   = 150  // events an episode strip draws marks for, the most reported
)

// ChartView is a time chart: a time axis, the episodes as coloured bands,
// and one mark per event, each a link to the event.
type ChartView struct {
	ID     string // prefix of the chart's element ids
	Title  string
	Desc   string
	Width  string
	Height string
	AxisY  string
	Axis   string // path data of the axis, interrupted at breaks
	Breaks string // path data of the break marks
	Bands  []BandView
	Ticks  []TickView
	Marks  []MarkView
}

// BandView is an episode's stretch of a chart.
type BandView struct {
	X, Y, W, H string
	Class      string // the episode's colour
	Title      string
}

// TickView is a tick on an axis, with its label when there is room.
type TickView struct {
	X, Y   string
	Label  string
	LX, LY string // the label's centre and baseline
}

// MarkView is one event on a chart: a dot, or for a date wider than a
// bin (a year, a decade) a bar across it.
type MarkView struct {
	Href    string
	Label   string // the accessible name: date, sources, headline
	Bar     bool
	X, Y, R string // the dot's centre and radius
	W, H    string // the bar's size, X and Y its corner
	Class   string
	Filter  FilterData
}

// FilterData is what the filters test on an event, as data attributes.
type FilterData struct {
	Episode string // the episode id
	Outlets string // the outlets that report it, keys separated by spaces
	Sources int
}

// num writes a coordinate compactly and deterministically.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

// radius is a mark's size: its area grows with the sources of the event,
// relative to the most reported event of the chart (at least 5 sources,
// so that on a small site 2 and 3 sources do not look like a crowd).
func radius(sources, most int) float64 {
	return 5 + 7*math.Sqrt(float64(sources-1)/float64(max(most-1, 4)))
}

// dayRange returns the days date d covers.
func dayRange(d dates.Date) interval {
	return interval{first: dayNum(d.First()), last: dayNum(d.Last())}
}

// span returns the days events cover, first to last.
func span(events []*timeline.Event) (lo, hi int) {
	lo, hi = math.MaxInt, math.MinInt
	for _, ev := range events {
		iv := dayRange(ev.Date)
		lo, hi = min(lo, iv.first), max(hi, iv.last)
	}
	return lo, hi
}

// chart draws events over the days lo…hi along an axis of style st. The
// axis is laid out from all the events, so that it shows where the
// conflict is busy; marks are drawn for those shown.
func (s *Site) chart(id, root string, st axisStyle, all, events []*timeline.Event, episodes []*timeline.Episode, lo, hi int) (ChartView, *scale) {
	busy := make([]interval, len(all))
	for i, ev := range all {
		busy[i] = dayRange(ev.Date)
	}
	sc := newScale(st, busy, lo, hi, chartLeft, chartRight)
	ivs := make([]interval, len(events))
	for i, ev := range events {
		ivs[i] = dayRange(ev.Date)
	}

	// Lay the marks in lanes so that none hides another.
	type placed struct {
		ev     *timeline.Event
		x0, x1 float64
		cx, r  float64
		bar    bool
		lane   int
	}
	most := 1
	for _, ev := range events {
		most = max(most, len(ev.Articles))
	}
	items := make([]placed, len(events))
	for i, ev := range events {
		iv := ivs[i]
		a, b := sc.x(iv.first), sc.x(iv.last+1)
		r := radius(len(ev.Articles), most)
		p := placed{ev: ev, r: r, cx: (a + b) / 2}
		if st.unit.bin(iv.first) != st.unit.bin(iv.last) && b-a > 2*r {
			p.bar, p.x0, p.x1 = true, a, b
		} else {
			p.x0, p.x1 = p.cx-r, p.cx+r
		}
		items[i] = p
	}
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return items[order[a]].x0 < items[order[b]].x0 })
	ends := []float64{}
	for _, i := range order {
		p := &items[i]
		lane := -1
		for l, e := range ends {
			if e+2 <= p.x0 {
				lane = l
				break
			}
		}
		if lane < 0 && len(ends) < maxLanes {
			lane = len(ends)
			ends = append(ends, 0)
		}
		if lane < 0 {
			lane = 0
			for l, e := range ends {
				if e < ends[lane] {
					lane = l
				}
			}
		}
		ends[lane] = max(ends[lane], p.x1)
		p.lane = lane
	}
	lanes := max(1, len(ends))
	axisY := chartTop + float64(lanes)*laneHeight + 4
	c := ChartView{ID: id, Width: num(chartWidth), Height: num(axisY + axisSpace), AxisY: num(axisY)}

	for _, ep := range episodes {
		a, b := lo, hi
		if !ep.Start.IsZero() {
			a = max(a, dayNum(ep.Start.First()))
		}
		if !ep.End.IsZero() {
			b = min(b, dayNum(ep.End.Last()))
		}
		if a > b {
			continue
		}
		x0, x1 := sc.x(a), sc.x(b+1)
		c.Bands = append(c.Bands, BandView{X: num(x0), Y: num(0), W: num(max(x1-x0, 1)), H: num(axisY),
			Class: s.colours[ep.ID], Title: ep.Title})
	}
	for _, p := range items {
		ev := p.ev
		y := axisY - 4 - laneHeight/2 - float64(p.lane)*laneHeight
		m := MarkView{Href: root + eventPath(ev.ID), Class: s.colours[ev.Episode.ID],
			Label:  fmt.Sprintf("%s — %s : %s", datefmt.Date(ev.Date, s.lang), s.count("sources_count", len(ev.Articles)), ev.Title),
			Filter: s.look.filter(ev)}
		if p.bar {
			h := p.r * 1.4
			m.Bar, m.X, m.Y, m.W, m.H = true, num(p.x0), num(y-h/2), num(p.x1-p.x0), num(h)
		} else {
			m.X, m.Y, m.R = num(p.cx), num(y), num(p.r)
		}
		c.Marks = append(c.Marks, m)
	}

	// The axis: one line per stretch drawn to scale, a zigzag at each break.
	var axis, brk strings.Builder
	for _, r := range sc.runs {
		x0, x1 := r.edges[0], r.edges[len(r.edges)-1]
		if r.brk {
			for _, x := range []float64{x0 + 5, x1 - 9} {
				fmt.Fprintf(&brk, "M%s %sl4-8", num(x), num(axisY+4))
			}
			continue
		}
		fmt.Fprintf(&axis, "M%s %sH%s", num(x0), num(axisY), num(x1))
	}
	c.Axis, c.Breaks = axis.String(), brk.String()
	c.Ticks = s.ticks(sc, st.unit, lo, hi, axisY)
	return c, sc
}

// ticks places the axis labels: the start of every stretch after a break
// first (it says where the axis resumes), then years (on a month axis) or
// months (on a day axis) wherever they fit.
func (s *Site) ticks(sc *scale, u unit, lo, hi int, axisY float64) []TickView {
	type cand struct {
		day   int
		label string
	}
	var first, rest []cand
	for k, r := range sc.runs {
		if r.brk {
			continue
		}
		from := max(lo, u.start(r.from))
		to := min(hi, u.start(r.to+1)-1)
		if k == 0 || sc.runs[k-1].brk {
			first = append(first, cand{from, s.tickLabel(u, from, true)})
		}
		if k == len(sc.runs)-1 && u == byDay && to > from {
			// Where the strip ends: the last day the episode covers.
			first = append(first, cand{to, s.tickLabel(u, to, true)})
		}
		t := dayTime(from)
		for {
			if u == byMonth {
				t = t.AddDate(1, 0, 0)
				t = t.AddDate(0, 0, -t.YearDay()+1)
			} else {
				t = t.AddDate(0, 1, -t.Day()+1)
			}
			n := dayNum(t)
			if n > to {
				break
			}
			rest = append(rest, cand{n, s.tickLabel(u, n, false)})
		}
	}
	var used [][2]float64
	free := func(a, b float64) bool {
		for _, u := range used {
			if a < u[1]+8 && b > u[0]-8 {
				return false
			}
		}
		return true
	}
	var out []TickView
	for i, group := range [][]cand{first, rest} {
		for _, c := range group {
			x := sc.x(c.day)
			w := labelChar * float64(len([]rune(c.label)))
			a := x - w/2
			a = max(chartLeft, min(a, chartRight-w))
			if !free(a, a+w) {
				if i == 0 {
					out = append(out, TickView{X: num(x), Y: num(axisY)})
				}
				continue
			}
			used = append(used, [2]float64{a, a + w})
			out = append(out, TickView{X: num(x), Y: num(axisY), Label: c.label, LX: num(a + w/2), LY: num(axisY + 19)})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, _ := strconv.ParseFloat(out[i].X, 64)
		b, _ := strconv.ParseFloat(out[j].X, 64)
		return a < b
	})
	return out
}

// tickLabel writes the label of a tick at day n: a year on a month axis;
// a month, with its year in January, on a day axis, and the day itself
// where the axis resumes after a break.
func (s *Site) tickLabel(u unit, n int, resume bool) string {
	t := dayTime(n)
	if u == byMonth {
		return strconv.Itoa(t.Year())
	}
	m := datefmt.MonthAbbr(int(t.Month()), s.lang)
	switch {
	case resume && t.Day() != 1:
		return fmt.Sprintf("%d %s %d", t.Day(), m, t.Year())
	case resume || t.Month() == 1:
		return fmt.Sprintf("%s %d", m, t.Year())
	}
	return m
}

// breakList says, in words, which stretches an axis leaves out.
func (s *Site) breakList(sc *scale) string {
	var parts []string
	for _, r := range sc.runs {
		if !r.brk {
			continue
		}
		a := dayTime(sc.unit.start(r.from))
		b := dayTime(sc.unit.start(r.to+1) - 1)
		if sc.unit == byMonth {
			parts = append(parts, fmt.Sprintf(s.T("chart_gap"), datefmt.Date(dates.Date{Precision: dates.Month, Year: a.Year(), Month: int(a.Month())}, s.lang),
				datefmt.Date(dates.Date{Precision: dates.Month, Year: b.Year(), Month: int(b.Month())}, s.lang)))
		} else {
			parts = append(parts, fmt.Sprintf(s.T("chart_gap"), datefmt.Short(dates.DayOf(a), s.lang), datefmt.Short(dates.DayOf(b), s.lang)))
		}
	}
	return strings.Join(parts, ", ")
}

// timelineChart draws the whole conflict for the index, with marks for
// the events the index lists.
func (s *Site) timelineChart(t *timeline.Timeline, shown []*timeline.Event) (ChartView, bool) {
	if len(t.Events) == 0 {
		return ChartView{}, false
	}
	lo, hi := span(t.Events)
	c, sc := s.chart("tl", "", monthAxis, t.Events, shown, t.Episodes, lo, hi)
	c.Title = s.T("chart_title")
	first, last := t.Events[0], t.Events[len(t.Events)-1]
	c.Desc = fmt.Sprintf(s.T("chart_desc"), s.count("events_count", len(shown)), datefmt.Short(first.Date, s.lang), datefmt.Short(last.Date, s.lang))
	if b := s.breakList(sc); b != "" {
		c.Desc += " " + fmt.Sprintf(s.T("chart_breaks"), b)
	}
	return c, true
}

// episodeStrip draws one episode day by day, with marks for its events,
// or for the most reported ones when there are too many to draw.
func (s *Site) episodeStrip(ep *timeline.Episode) (ChartView, bool) {
	if len(ep.Events) == 0 {
		return ChartView{}, false
	}
	lo, hi := span(ep.Events)
	if !ep.Start.IsZero() {
		lo = min(lo, dayNum(ep.Start.First()))
	}
	if !ep.End.IsZero() {
		hi = max(hi, dayNum(ep.End.Last()))
	}
	shown := mostReported(ep.Events, stripMax)
	c, sc := s.chart("strip", "../../", dayAxis, ep.Events, shown, []*timeline.Episode{ep}, lo, hi)
	c.Title = fmt.Sprintf(s.T("strip_title"), ep.Title)
	c.Desc = fmt.Sprintf(s.T("strip_desc"), s.count("events_count", len(shown)), datefmt.Short(dates.DayOf(dayTime(lo)), s.lang), datefmt.Short(dates.DayOf(dayTime(hi)), s.lang))
	if len(shown) < len(ep.Events) {
		c.Desc += " " + fmt.Sprintf(s.T("strip_most"), len(shown), len(ep.Events))
	}
	if b := s.breakList(sc); b != "" {
		c.Desc += " " + fmt.Sprintf(s.T("chart_breaks"), b)
	}
	return c, true
}

// mostReported returns at most n of events, those with the most sources,
// in date order.
func mostReported(events []*timeline.Event, n int) []*timeline.Event {
	if len(events) <= n {
		return events
	}
	top := append([]*timeline.Event(nil), events...)
	sort.SliceStable(top, func(i, j int) bool { return len(top[i].Articles) > len(top[j].Articles) })
	top = top[:n]
	sort.SliceStable(top, func(i, j int) bool { return top[i].Date.Compare(top[j].Date) < 0 })
	return top
}

// BarChartView is a bar chart of events per month (or per year, for a
// long episode), with the same numbers as a table.
type BarChartView struct {
	Title    string
	Desc     string
	Unit     string // the heading of the table's first column
	Width    string
	Height   string
	BaseY    string
	Bars     []BarView
	Labels   []TickView
	Max      string // the count the tallest bar stands for
	MaxY     string
	Rows     []BarRow
	Excluded string // the events too imprecise to count, in words; "" when none
}

// BarView is one bar.
type BarView struct {
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

// barChart counts an episode's events per month, or per year when the
// episode spans more than five years. Events less precise than the bin
// (a year on a month chart, a decade) are counted apart, in words.
func (s *Site) barChart(ep *timeline.Episode, monthHref func(key string) string) (BarChartView, bool) {
	var counted []*timeline.Event
	excluded := 0
	lo, hi := math.MaxInt, math.MinInt
	for _, ev := range ep.Events {
		if ev.Date.Precision != dates.Day && ev.Date.Precision != dates.Month && ev.Date.Precision != dates.Year {
			excluded++
			continue
		}
		counted = append(counted, ev)
	}
	months := func(d dates.Date) int { return d.Year*12 + max(d.Month, 1) - 1 }
	for _, ev := range counted {
		lo, hi = min(lo, months(ev.Date)), max(hi, months(ev.Date))
	}
	byYear := len(counted) > 0 && hi-lo >= 60
	var kept []*timeline.Event
	for _, ev := range counted {
		if ev.Date.Precision == dates.Year && !byYear {
			excluded++
			continue
		}
		kept = append(kept, ev)
	}
	if len(kept) == 0 {
		return BarChartView{}, false
	}
	bin := func(d dates.Date) int {
		if byYear {
			return d.Year
		}
		return months(d)
	}
	lo, hi = math.MaxInt, math.MinInt
	for _, ev := range kept {
		lo, hi = min(lo, bin(ev.Date)), max(hi, bin(ev.Date))
	}
	counts := make([]int, hi-lo+1)
	for _, ev := range kept {
		counts[bin(ev.Date)-lo]++
	}
	top := 0
	for _, n := range counts {
		top = max(top, n)
	}
	label := func(b int) string {
		if byYear {
			return strconv.Itoa(b)
		}
		return datefmt.Date(dates.Date{Precision: dates.Month, Year: b / 12, Month: b%12 + 1}, s.lang)
	}
	short := func(b int) string {
		if byYear {
			return strconv.Itoa(b)
		}
		return fmt.Sprintf("%s %d", datefmt.MonthAbbr(b%12+1, s.lang), b/12)
	}
	c := BarChartView{Width: num(chartWidth), Height: num(barTop + barHeight + 22), BaseY: num(barTop + barHeight),
		Max: strconv.Itoa(top), MaxY: num(barTop)}
	c.Unit = s.T("bars_month")
	c.Title = fmt.Sprintf(s.T("bars_title_month"), ep.Title)
	if byYear {
		c.Unit = s.T("bars_year")
		c.Title = fmt.Sprintf(s.T("bars_title_year"), ep.Title)
	}
	slot := (chartRight - barLeft) / float64(len(counts))
	w := min(max(slot*0.8, min(slot, 1)), 40)
	var used [][2]float64
	for i, n := range counts {
		b := lo + i
		x := barLeft + float64(i)*slot
		if n > 0 {
			h := max(barHeight*float64(n)/float64(top), 1)
			c.Bars = append(c.Bars, BarView{X: num(x + (slot-w)/2), Y: num(barTop + barHeight - h), W: num(w), H: num(h),
				Title: fmt.Sprintf("%s : %s", label(b), s.count("events_count", n))})
			row := BarRow{Label: label(b), Count: n}
			if monthHref != nil && !byYear {
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
				c.Labels = append(c.Labels, TickView{Label: l, LX: num(a + lw/2), LY: num(barTop + barHeight + 16)})
			}
		}
	}
	c.Desc = fmt.Sprintf(s.T("bars_desc"), s.count("events_count", len(kept)), label(lo), label(hi), top)
	if excluded > 0 {
		c.Excluded = fmt.Sprintf(s.T("bars_excluded"), s.count("events_count", excluded))
		c.Desc += " " + c.Excluded
	}
	return c, true
}
