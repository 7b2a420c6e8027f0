package chart

import (
	"math"
	"sort"
	"time"
)

// A time axis for the charts. Thirty quiet years and one busy week must
// both stay readable on one line, so the axis is not linear: time is cut
// into bins (months on the index, days on an episode's strip), a bin is
// as wide as what happens in it, and a long run of empty bins becomes a
// break of fixed width, drawn as an interrupted axis.

// unit is the bin an axis measures activity in.
type unit int

const (
	byMonth unit = iota
	byDay
)

// dayNum numbers days from 1970-01-01.
func dayNum(t time.Time) int { return int(t.Unix() / 86400) }

// dayTime returns the date of day number n.
func dayTime(n int) time.Time { return time.Unix(int64(n)*86400, 0).UTC() }

// bin returns the bin holding day n.
func (u unit) bin(n int) int {
	if u == byDay {
		return n
	}
	t := dayTime(n)
	return t.Year()*12 + int(t.Month()) - 1
}

// start returns the first day of bin b.
func (u unit) start(b int) int {
	if u == byDay {
		return b
	}
	return dayNum(time.Date(b/12, time.Month(b%12+1), 1, 0, 0, 0, 0, time.UTC))
}

// interval is a date as the axis sees it: the days it covers. A date within
// one bin (a day on a day axis; a day or a month on a month axis) counts
// in it; a wider one only keeps its bins from being compressed away.
type interval struct {
	first, last int // day numbers, inclusive
}

// axisStyle sets how an axis weighs its bins.
type axisStyle struct {
	unit   unit
	minGap int     // a run of at least this many empty bins becomes a break
	pad    int     // bins kept on each side of a counted bin
	empty  float64 // weight of an empty bin that is not compressed
	cover  float64 // weight of a bin only covered by wider dates
	count  float64 // weight added by the square root of the events in a bin
	brk    float64 // width of a break, in viewBox units
}

var (
	// monthAxis draws decades on the index: busy months widen.
	monthAxis = axisStyle{unit: byMonth, minGap: 6, pad: 0, empty: 1, cover: 0.15, count: 6, brk: 22}
	// dayAxis draws an episode day by day: linear but for long quiet spells.
	dayAxis = axisStyle{unit: byDay, minGap: 60, pad: 3, empty: 1, cover: 0.3, count: 1.5, brk: 22}
)

// run is a stretch of consecutive bins drawn alike: at their own widths,
// or compressed into a break.
type run struct {
	from, to int // bins, inclusive
	brk      bool
	edges    []float64 // x of each bin's left edge, and of the run's right end
}

// scale maps days to x positions.
type scale struct {
	unit unit
	runs []run
}

// newScale lays bins lo…hi (days) out between x0 and x1 given the dates
// the axis shows.
func newScale(st axisStyle, dates []interval, lo, hi int, x0, x1 float64) *scale {
	u := st.unit
	blo, bhi := u.bin(lo), u.bin(hi)
	n := bhi - blo + 1
	counts := make([]int, n)
	covered := make([]bool, n)
	for _, d := range dates {
		f, l := u.bin(max(d.first, lo))-blo, u.bin(min(d.last, hi))-blo
		if f > l {
			continue
		}
		if f == l {
			counts[f]++
			for i := max(0, f-st.pad); i <= min(n-1, f+st.pad); i++ {
				covered[i] = true
			}
			continue
		}
		for i := f; i <= l; i++ {
			covered[i] = true
		}
	}
	// Cut the bins into runs: long enough empty stretches are breaks.
	var runs []run
	for i := 0; i < n; {
		j := i
		quiet := counts[i] == 0 && !covered[i]
		for j+1 < n && (counts[j+1] == 0 && !covered[j+1]) == quiet {
			j++
		}
		brk := quiet && j-i+1 >= st.minGap
		if len(runs) > 0 && !brk && !runs[len(runs)-1].brk {
			runs[len(runs)-1].to = j + blo
		} else {
			runs = append(runs, run{from: i + blo, to: j + blo, brk: brk})
		}
		i = j + 1
	}
	weight := func(b int) float64 {
		i := b - blo
		switch {
		case counts[i] > 0:
			return st.empty + st.count*math.Sqrt(float64(counts[i]))
		case covered[i]:
			return st.cover
		}
		return st.empty
	}
	breaks, total := 0, 0.0
	for _, r := range runs {
		if r.brk {
			breaks++
			continue
		}
		for b := r.from; b <= r.to; b++ {
			total += weight(b)
		}
	}
	bw := st.brk
	if breaks > 0 {
		bw = min(bw, (x1-x0)*0.4/float64(breaks))
	}
	per := 0.0
	if total > 0 {
		per = (x1 - x0 - bw*float64(breaks)) / total
	}
	x := x0
	for k := range runs {
		r := &runs[k]
		r.edges = append(r.edges, x)
		if r.brk {
			x += bw
			r.edges = append(r.edges, x)
			continue
		}
		for b := r.from; b <= r.to; b++ {
			x += weight(b) * per
			r.edges = append(r.edges, x)
		}
	}
	return &scale{unit: u, runs: runs}
}

// find returns the run holding bin b (the first or last run when b is outside).
func (s *scale) find(b int) *run {
	k := sort.Search(len(s.runs), func(i int) bool { return s.runs[i].to >= b })
	if k == len(s.runs) {
		k--
	}
	return &s.runs[k]
}

// x returns the position of the start of day n; day n+1's start is its end.
func (s *scale) x(n int) float64 {
	b := s.unit.bin(n)
	r := s.find(b)
	first := s.runs[0].from
	last := s.runs[len(s.runs)-1].to
	switch {
	case b < first:
		return s.runs[0].edges[0]
	case b > last:
		e := s.runs[len(s.runs)-1].edges
		return e[len(e)-1]
	}
	if r.brk {
		from, to := s.unit.start(r.from), s.unit.start(r.to+1)
		return r.edges[0] + (r.edges[1]-r.edges[0])*float64(n-from)/float64(to-from)
	}
	i := b - r.from
	from, to := s.unit.start(b), s.unit.start(b+1)
	return r.edges[i] + (r.edges[i+1]-r.edges[i])*float64(n-from)/float64(to-from)
}
