package geomap

import (
	"fmt"
	"math"
	"slices"
)

// Where marks crowd, a regional map draws a second, closer map: the
// inset. On a map from Ankara to Baku, Stepanakert and Shusha, 6 km
// apart, are one circle on the other, and fifteen towns of Karabakh a
// blot of 35 px on a phone that no finger can pick a town from. As a
// newsroom map does, the crowded area is outlined on the main map, the
// outline is one link (to the inset) named after the area, and the
// inset below shows the area at its own scale, each place a link again.

// crowdFactors are the tests of crowding, strictest last: two circles
// crowd when their centres are closer than f times the larger radius (at
// 1, the centre of one is under the other). When the loosest test
// chains marks across too much of the map for an inset to be any closer,
// a stricter one finds the densest part.
var crowdFactors = []float64{1, 0.6, 0.35}

const (
	// minCrowd is the fewest marks that make a crowd: two circles one
	// over the other stay readable, the smaller drawn on top.
	minCrowd = 3
	// minZoom is how much closer than the main map an inset must be to
	// be worth drawing.
	minZoom = 2.5
	// insetSpan is the least distance across an inset's width: towns
	// 3 km apart are 50 px apart on a phone.
	insetSpan = 40e3
	// insetMinRatio is an inset's least height, a share of its width.
	insetMinRatio = 0.6
)

// group is the crowded area of a main map: the marks drawn in the inset
// instead, and how the main map shows them.
type group struct {
	marks []int  // by index in plan.marks, most events first
	b     box    // the inset's frame, on the main map
	dots  []pt   // where the marks are, on the main map
	name  string // the inset's name: "Haut-Karabakh et alentours"
	short string // the area's name alone: "Haut-Karabakh"
	label *textLabel
}

// textLabel is a text placed by the labeller, not a mark's name: the
// group's name, an inset's heading, a scale bar's length.
type textLabel struct {
	text         string
	x, y, anchor float64
	b            box
}

// scaleBar is an inset's scale: a bar of a round number of kilometres.
type scaleBar struct {
	x, y, length float64 // the bar's left end, its baseline, its length
	text         textLabel
	b            box
}

// crowd finds the crowd of the main map p, if any, and plans its inset:
// the circles of the crowd are taken off p.drawn and p.group outlines
// them. proj are the marks' projected points, in[i] whether mark i is in
// the region.
func (p *plan) crowd(w *world, proj []xy, in []bool, areas []Area, lang string) {
	for _, f := range crowdFactors {
		members := largestCrowd(p.drawn, f)
		if len(members) < minCrowd {
			return // a stricter test finds no larger crowd
		}
		marks := make([]int, len(members))
		for k, c := range members {
			marks[k] = p.drawn[c].mark
		}
		// The inset as far out as its circles allow; closer, a step at a
		// time, while some of its places find no room for their name.
		// Labels are placed on circles alone here: the land and its
		// names, the costly part, are drawn once, at the end.
		var q *plan
		var inset []int
		for _, zoom := range []float64{1, 1.3, 1.7, 2.2, 3} {
			fi, ms, closest := p.insetFrame(proj, in, marks, w.region, zoom)
			if fi.scale < minZoom*p.f.scale || len(ms) < minCrowd {
				q = nil
				break
			}
			q, inset = p.insetPlan(fi, proj, ms), ms
			q.heading = &textLabel{text: fmt.Sprintf(p.wd.around, p.areaName(areas, proj, ms))}
			q.layoutLabels()
			if closest || len(q.labels) == len(q.drawn) {
				break
			}
		}
		if q == nil {
			continue
		}
		p.inset = q
		p.group = p.groupOf(q.f, proj, inset, areas)
		q.title = fmt.Sprintf(p.wd.insetTitle, p.group.name)
		q.desc = fmt.Sprintf(p.wd.insetDesc, p.group.name)
		q.bs = newBase(w, q.f, q.st, p.wd, lang)
		q.names = q.lb.names(q.bs.names)
		grouped := map[int]bool{}
		for _, i := range inset {
			grouped[i] = true
		}
		p.drawn = slices.DeleteFunc(p.drawn, func(c circle) bool { return grouped[c.mark] })
		return
	}
}

// largestCrowd is the largest set of circles linked by crowding at
// factor f (their indices in cs, in order), ties broken by the busiest
// mark, which comes first in cs.
func largestCrowd(cs []circle, f float64) []int {
	parent := make([]int, len(cs))
	for k := range parent {
		parent[k] = k
	}
	root := func(k int) int {
		for parent[k] != k {
			parent[k] = parent[parent[k]]
			k = parent[k]
		}
		return k
	}
	for a := range cs {
		for b := a + 1; b < len(cs); b++ {
			d := math.Hypot(cs[a].c.x-cs[b].c.x, cs[a].c.y-cs[b].c.y)
			if d < f*math.Max(cs[a].r, cs[b].r) {
				ra, rb := root(a), root(b)
				parent[max(ra, rb)] = min(ra, rb) // the busiest mark stays the root
			}
		}
	}
	size := make([]int, len(cs))
	for k := range cs {
		size[root(k)]++
	}
	best := 0
	for k := range cs {
		if size[k] > size[best] {
			best = k
		}
	}
	var out []int
	for k := range cs {
		if root(k) == best {
			out = append(out, k)
		}
	}
	return out
}

// insetMargin is the room an inset keeps around its marks, in viewBox
// units: a middling circle and a line of label.
func (p *plan) insetMargin() float64 {
	return 12*p.px + 1.4*p.st.labelSize
}

// insetFrame fits an inset to marks (indices in p.marks). It is as wide
// as the main map and as high as the marks' spread asks (from
// insetMinRatio of its width to square). Its scale is the least at which
// their circles stand apart at their full size, a few pixels between
// them (closer shows less of the land around them), and at least
// minZoom times the main map's; but it
// holds every mark, and is never closer than insetSpan across. The marks
// inside the frame join it and the frame is fitted again, so a place in
// the inset's corner is not cut by its edge; the marks returned are
// those inside the last frame, most events first.
func (p *plan) insetFrame(proj []xy, in []bool, marks []int, region rect, zoom float64) (f frame, inside []int, closest bool) {
	w := p.f.w
	m := p.insetMargin()
	rmin, rmax := minRadius*p.px, maxRadius*p.px
	// Room between two circles: a few pixels, and the labels go beside
	// them.
	gap := 4 * p.px
	for range 4 {
		pts := make([]xy, len(marks))
		for k, i := range marks {
			pts[k] = proj[i]
		}
		b := bounds(pts)
		bw, bh := math.Max(b.x1-b.x0, 1), math.Max(b.y1-b.y0, 1)
		// The closest scale that holds them in a square at most.
		hold := math.Min(math.Min((w-2*m)/bw, (w-2*m)/bh), w/insetSpan)
		apart := minZoom * p.f.scale
		for a, i := range marks {
			ra := radius(p.marks[i].Count, p.top, rmin, rmax)
			for _, j := range marks[a+1:] {
				rb := radius(p.marks[j].Count, p.top, rmin, rmax)
				if d := math.Hypot(proj[i].x-proj[j].x, proj[i].y-proj[j].y); d > 0 {
					apart = math.Max(apart, (ra+rb+gap)/d)
				}
			}
		}
		s := math.Min(apart*zoom, hold)
		closest = s == hold
		h := clamp(bh*s+2*m, insetMinRatio*w, w)
		cx, cy := (b.x0+b.x1)/2, (b.y0+b.y1)/2
		s = math.Max(s, math.Max(w/(region.x1-region.x0), h/(region.y1-region.y0)))
		f = frame{
			west:  clamp(cx-w/(2*s), region.x0, region.x1-w/s),
			north: clamp(cy+h/(2*s), region.y0+h/s, region.y1),
			scale: s, w: w, h: h,
		}
		view := f.metres()
		inside = nil
		for i := range p.marks {
			if in[i] && view.contains(proj[i].x, proj[i].y) {
				inside = append(inside, i)
			}
		}
		if slices.Equal(inside, marks) || len(inside) == 0 {
			break
		}
		marks = inside
	}
	return f, inside, closest
}

// groupOf is how the main map shows the marks of its inset: the inset's
// frame outlined, a dot for each mark, and the area's name.
func (p *plan) groupOf(fi frame, proj []xy, marks []int, areas []Area) *group {
	r := fi.metres()
	a, b := p.f.at(xy{r.x0, r.y1}), p.f.at(xy{r.x1, r.y0})
	g := &group{marks: marks, b: box{a.x, a.y, b.x, b.y}}
	for _, i := range marks {
		g.dots = append(g.dots, p.f.at(proj[i]))
	}
	g.short = p.areaName(areas, proj, marks)
	g.name = fmt.Sprintf(p.wd.around, g.short)
	return g
}

// areaName names a crowd: the area (Map.Areas) whose point lies among
// the crowd's marks, nearest their centre weighted by events (Haut-
// Karabakh for the towns around Stepanakert); else the busiest mark.
func (p *plan) areaName(areas []Area, proj []xy, marks []int) string {
	pts := make([]xy, len(marks))
	var cx, cy, sum float64
	for k, i := range marks {
		pts[k] = proj[i]
		wt := float64(max(p.marks[i].Count, 0)) + 1
		cx, cy, sum = cx+wt*proj[i].x, cy+wt*proj[i].y, sum+wt
	}
	cx, cy = cx/sum, cy/sum
	b := bounds(pts)
	best, bestD := -1, math.Inf(1)
	for k, a := range areas {
		q, ok := project(a.Lat, a.Lon)
		if !ok || !b.contains(q.x, q.y) {
			continue
		}
		if d := math.Hypot(q.x-cx, q.y-cy); d < bestD {
			best, bestD = k, d
		}
	}
	if best >= 0 {
		return areas[best].Name
	}
	return p.marks[marks[0]].Name
}

// insetPlan lays out the circles of an inset of p, on frame fi: as
// large as they can be without one hiding half of another. Its geography
// is drawn later.
func (p *plan) insetPlan(fi frame, proj []xy, marks []int) *plan {
	q := &plan{id: p.id + "-inset", wd: p.wd, st: p.st, px: p.px, f: fi, marks: p.marks, top: p.top, isInset: true}
	rmin := minRadius * p.px
	at := make([]pt, len(marks))
	for k, i := range marks {
		at[k] = fi.at(proj[i])
	}
	// The largest circles first, a pixel smaller at each try, until no
	// two overlap by more than half the smaller's radius: each centre
	// shows, and each circle has room for a finger.
	var cs []circle
	for rm := maxRadius * p.px; ; rm -= p.px {
		rm = math.Max(rm, rmin)
		cs = cs[:0]
		for k, i := range marks {
			cs = append(cs, circle{mark: i, c: at[k], r: radius(p.marks[i].Count, p.top, rmin, rm)})
		}
		if rm == rmin || apart(cs) {
			break
		}
	}
	q.drawn = cs
	return q
}

// apart tells whether no two circles overlap by more than half the
// smaller's radius.
func apart(cs []circle) bool {
	for a := range cs {
		for b := a + 1; b < len(cs); b++ {
			d := math.Hypot(cs[a].c.x-cs[b].c.x, cs[a].c.y-cs[b].c.y)
			if d < cs[a].r+cs[b].r-0.5*math.Min(cs[a].r, cs[b].r) {
				return false
			}
		}
	}
	return true
}

// radius is the radius of a circle of count events on a map whose
// busiest place has top: the area, not the radius, is proportional to
// the count, between rmin and rmax.
func radius(count, top int, rmin, rmax float64) float64 {
	r := rmax * math.Sqrt(float64(max(count, 0))/float64(top))
	return math.Max(rmin, math.Min(rmax, r))
}

// niceLengths are the lengths a scale bar may show, in kilometres.
var niceLengths = []float64{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500}

// scaleBarOf is the scale bar of frame f: the longest round length that
// is at most 70 px on a phone.
func scaleBarOf(f frame, px float64) (km float64, length float64) {
	km = niceLengths[0]
	for _, l := range niceLengths {
		if l*1000*f.scale <= 70*px {
			km = l
		}
	}
	return km, km * 1000 * f.scale
}
