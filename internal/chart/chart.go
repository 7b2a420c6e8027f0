// Package chart draws the site's charts at build time, as SVG geometry:
// the timeline of the whole conflict, an episode's day-by-day strip and
// its bar chart of events per month, on the broken time axis that keeps
// thirty quiet years and one busy week readable on one line (scale.go).
//
// The charts are SVG inside the page so that they need no script, and
// every number they show is also written as text beside them (the event
// list, the table of months).
//
// It computes coordinates and words only: the templates print its views,
// it writes no HTML around them, reads no files, and knows of the site
// only what a Drawer hands it.
package chart

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"timeline/internal/address"
	"timeline/internal/datefmt"
	"timeline/internal/dates"
	"timeline/internal/timeline"
)

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
)

// Texts are the words of the charts in the site's language, which dates
// are written in too; *i18n.Text is one.
type Texts interface {
	Lang() string
	T(key string) string            // an interface text: "chart_title"
	Count(key string, n int) string // a counted text: "3 événements"
}

// Drawer draws the charts of one site from what they need of it: the
// words of its language, its episodes' colours and what the filters
// test on each event.
type Drawer struct {
	Text    Texts
	Colours map[string]string                   // each episode's colour class, by episode id
	Filter  func(ev *timeline.Event) FilterData // what the filters test on ev
}

// View is a time chart: a time axis, the episodes as coloured bands,
// and one mark per event, each a link to the event.
type View struct {
	ID     string // prefix of the chart's element ids
	Title  string
	Desc   string
	Width  string
	Height string
	AxisY  string
	Axis   string // path data of the axis, interrupted at breaks
	Breaks string // path data of the break marks
	Bands  []Band
	Ticks  []Tick
	Marks  []Mark
}

// Band is an episode's stretch of a chart.
type Band struct {
	X, Y, W, H string
	Class      string // the episode's colour
	Title      string
}

// Tick is a tick on an axis, with its label when there is room.
type Tick struct {
	X, Y   string
	Label  string
	LX, LY string // the label's centre and baseline
}

// Mark is one event on a chart: a dot, or for a date wider than a
// bin (a year, a decade) a bar across it.
type Mark struct {
	Href    string
	Label   string // the accessible name: date, sources, headline
	Bar     bool
	X, Y, R string // the dot's centre and radius
	W, H    string // the bar's size, X and Y its corner
	Class   string
	Filter  FilterData
}

// FilterData is what the filters test on an event, as data attributes:
// a mark carries the same as the event's row in a listing.
type FilterData struct {
	Episode string // the episode id
	Outlets string // the outlets that report it, keys separated by spaces
	Sources int    // how many outlets report its most reported happening: the "2 or more" filter
	Places  string // the places it names, ids separated by spaces
	Actors  string // the actors it names, ids separated by spaces
	Kinds   string // its kinds of event, ids separated by spaces
}

// num writes a coordinate compactly and deterministically.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

// radius is a mark's size: its area grows with the sources of the event,
// relative to the most reported event of the chart (at least 5 sources,
// so that on a small site 2 and 3 sources do not look like a crowd).
func radius(sources, most int) float64 {
	return 5 + 7*math.Sqrt(float64(max(sources, 1)-1)/float64(max(most-1, 4)))
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

// clip returns the days of iv between lo and hi; iv itself when it has
// none there (a mark is drawn where its event is, however far).
func clip(iv interval, lo, hi int) interval {
	c := interval{first: max(iv.first, lo), last: min(iv.last, hi)}
	if c.first > c.last {
		return iv
	}
	return c
}

// Timeline draws the whole conflict, with marks for the events shown
// (those the page lists); root is the path from the page to the site root.
// It reports false when there is nothing to draw.
func (d Drawer) Timeline(root string, t *timeline.Timeline, shown []*timeline.Event) (View, bool) {
	lang := d.Text.Lang()
	if len(t.Events) == 0 {
		return View{}, false
	}
	lo, hi := span(t.Events)
	c, sc := d.chart("tl", root, monthAxis, t.Events, shown, t.Episodes, lo, hi)
	c.Title = d.Text.T("chart_title")
	first, last := t.Events[0], t.Events[len(t.Events)-1]
	c.Desc = fmt.Sprintf(d.Text.T("chart_desc"), d.Text.Count("events_count", len(shown)), datefmt.Short(first.Date, lang), datefmt.Short(last.Date, lang))
	if b := d.breakList(sc); b != "" {
		c.Desc += " " + fmt.Sprintf(d.Text.T("chart_breaks"), b)
	}
	return c, true
}

// Strip draws one episode day by day, with marks for the events shown
// (all of them, or the most reported when there are too many to draw);
// root is the path from the page to the site root. It reports false when
// the episode has no event.
func (d Drawer) Strip(root string, ep *timeline.Episode, shown []*timeline.Event) (View, bool) {
	lang := d.Text.Lang()
	if len(ep.Events) == 0 {
		return View{}, false
	}
	// The episode's own days: an event that spans into the next one
	// ("2020" on the strip of the war) is clipped at its edge, not
	// drawn across the days of another episode.
	lo, hi := span(ep.Events)
	if !ep.Start.IsZero() {
		lo = dayNum(ep.Start.First())
	}
	if !ep.End.IsZero() {
		hi = dayNum(ep.End.Last())
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	c, sc := d.chart("strip", root, dayAxis, ep.Events, shown, []*timeline.Episode{ep}, lo, hi)
	c.Title = fmt.Sprintf(d.Text.T("strip_title"), ep.Title)
	c.Desc = fmt.Sprintf(d.Text.T("strip_desc"), d.Text.Count("events_count", len(shown)), datefmt.Short(dates.DayOf(dayTime(lo)), lang), datefmt.Short(dates.DayOf(dayTime(hi)), lang))
	if len(shown) < len(ep.Events) {
		c.Desc += " " + fmt.Sprintf(d.Text.T("strip_most"), len(shown), len(ep.Events))
	}
	if b := d.breakList(sc); b != "" {
		c.Desc += " " + fmt.Sprintf(d.Text.T("chart_breaks"), b)
	}
	return c, true
}

// placed is an event's mark laid out on a chart.
type placed struct {
	ev     *timeline.Event
	x0, x1 float64
	cx, r  float64
	bar    bool
	lane   int
	// clipped: the event's span runs past the chart's days, where its
	// mark stops (drawn open-ended).
	clipped bool
}

// chart draws events over the days lo…hi along an axis of style st. The
// axis is laid out from all the events, so that it shows where the
// conflict is busy; marks are drawn for those shown.
func (d Drawer) chart(id, root string, st axisStyle, all, events []*timeline.Event, episodes []*timeline.Episode, lo, hi int) (View, *scale) {
	lang := d.Text.Lang()
	busy := make([]interval, len(all))
	for i, ev := range all {
		busy[i] = clip(dayRange(ev.Date), lo, hi)
	}
	sc := newScale(st, busy, lo, hi, chartLeft, chartRight)
	items, lanes := layMarks(sc, st.unit, events, lo, hi)
	axisY := chartTop + float64(lanes)*laneHeight + 4
	c := View{ID: id, Width: num(chartWidth), Height: num(axisY + axisSpace), AxisY: num(axisY)}

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
		c.Bands = append(c.Bands, Band{X: num(x0), Y: num(0), W: num(max(x1-x0, 1)), H: num(axisY),
			Class: d.Colours[ep.ID], Title: ep.Title})
	}
	for _, p := range items {
		ev := p.ev
		y := axisY - 4 - laneHeight/2 - float64(p.lane)*laneHeight
		m := Mark{Href: root + address.Event(ev.ID), Class: d.Colours[ev.Episode.ID],
			Label:  fmt.Sprintf("%s — %s : %s", datefmt.Date(ev.Date, lang), d.Text.Count("outlets_count", ev.Outlets), ev.Title),
			Filter: d.Filter(ev)}
		if p.clipped {
			m.Class += " clipped"
		}
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
	c.Ticks = d.ticks(sc, st.unit, lo, hi, axisY)
	return c, sc
}

// layMarks places the marks of events on scale sc in lanes so that none
// hides another, and returns them in the order of events with the number
// of lanes used (at least 1).
func layMarks(sc *scale, u unit, events []*timeline.Event, lo, hi int) ([]placed, int) {
	most := 1
	for _, ev := range events {
		most = max(most, ev.Outlets)
	}
	items := make([]placed, len(events))
	for i, ev := range events {
		whole := dayRange(ev.Date)
		iv := clip(whole, lo, hi)
		a, b := sc.x(iv.first), sc.x(iv.last+1)
		r := radius(ev.Outlets, most) // by the outlets that report it happening, not the articles that recall it
		p := placed{ev: ev, r: r, cx: (a + b) / 2, clipped: iv != whole}
		if u.bin(iv.first) != u.bin(iv.last) && b-a > 2*r {
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
	return items, max(1, len(ends))
}

// ticks places the axis labels: the start of every stretch after a break
// first (it says where the axis resumes), then years (on a month axis) or
// months (on a day axis) wherever they fit.
func (d Drawer) ticks(sc *scale, u unit, lo, hi int, axisY float64) []Tick {
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
			first = append(first, cand{from, d.tickLabel(u, from, true)})
		}
		if k == len(sc.runs)-1 && u == byDay && to > from {
			// Where the strip ends: the last day the episode covers.
			first = append(first, cand{to, d.tickLabel(u, to, true)})
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
			rest = append(rest, cand{n, d.tickLabel(u, n, false)})
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
	var out []Tick
	for i, group := range [][]cand{first, rest} {
		for _, c := range group {
			x := sc.x(c.day)
			w := labelChar * float64(len([]rune(c.label)))
			a := x - w/2
			a = max(chartLeft, min(a, chartRight-w))
			if !free(a, a+w) {
				if i == 0 {
					out = append(out, Tick{X: num(x), Y: num(axisY)})
				}
				continue
			}
			used = append(used, [2]float64{a, a + w})
			out = append(out, Tick{X: num(x), Y: num(axisY), Label: c.label, LX: num(a + w/2), LY: num(axisY + 19)})
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
func (d Drawer) tickLabel(u unit, n int, resume bool) string {
	t := dayTime(n)
	if u == byMonth {
		return strconv.Itoa(t.Year())
	}
	m := datefmt.MonthAbbr(int(t.Month()), d.Text.Lang())
	switch {
	case resume && t.Day() != 1:
		return fmt.Sprintf("%d %s %d", t.Day(), m, t.Year())
	case resume || t.Month() == 1:
		return fmt.Sprintf("%s %d", m, t.Year())
	}
	return m
}

// breakList says, in words, which stretches an axis leaves out.
func (d Drawer) breakList(sc *scale) string {
	lang := d.Text.Lang()
	var parts []string
	for _, r := range sc.runs {
		if !r.brk {
			continue
		}
		a := dayTime(sc.unit.start(r.from))
		b := dayTime(sc.unit.start(r.to+1) - 1)
		if sc.unit == byMonth {
			parts = append(parts, fmt.Sprintf(d.Text.T("chart_gap"), datefmt.Date(dates.Date{Precision: dates.Month, Year: a.Year(), Month: int(a.Month())}, lang),
				datefmt.Date(dates.Date{Precision: dates.Month, Year: b.Year(), Month: int(b.Month())}, lang)))
		} else {
			parts = append(parts, fmt.Sprintf(d.Text.T("chart_gap"), datefmt.Short(dates.DayOf(a), lang), datefmt.Short(dates.DayOf(b), lang)))
		}
	}
	return strings.Join(parts, ", ")
}
