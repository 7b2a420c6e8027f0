package geomap

import "math"

// Labels are placed one by one, in order of importance, each in the first
// of its candidate spots that stays inside the frame and overlaps no
// label placed before it; a label with no such spot is left out, never
// drawn over another. Circles are avoided too, where a spot allows it.

// circle is a drawn mark.
type circle struct {
	mark int // index in the sorted marks
	c    pt
	r    float64
}

// hits tells whether the circle touches box b.
func (c circle) hits(b box) bool {
	dx := c.c.x - math.Max(b.x0, math.Min(c.c.x, b.x1))
	dy := c.c.y - math.Max(b.y0, math.Min(c.c.y, b.y1))
	return dx*dx+dy*dy < c.r*c.r
}

// label is a mark's name placed beside its circle.
type label struct {
	circle int // index in the labeller's circles
	x, y   float64
	anchor float64 // -1 start, 0 middle, 1 end
	b      box
}

// arrow is a place beyond the frame, pointed at from its edge.
type arrow struct {
	mark      int
	d         []byte // the arrowhead's path
	x, y      float64
	anchor    float64
	head, txt box
}

// placedName is a country's or a sea's name placed.
type placedName struct {
	text    string
	sea     bool
	x, y    float64
	rotated bool
	b       box
}

// labeller keeps what is placed.
type labeller struct {
	inner   box // labels stay inside it
	circles []circle
	taken   []box
}

// free tells whether b is inside the frame and clear of every label;
// with avoid, clear of the circles too (but skip's own).
func (lb *labeller) free(b box, avoid bool, skip int) bool {
	if !b.inside(lb.inner) {
		return false
	}
	for _, t := range lb.taken {
		if t.overlaps(b) {
			return false
		}
	}
	if avoid {
		for k, c := range lb.circles {
			if k != skip && c.hits(b) {
				return false
			}
		}
	}
	return true
}

// coversCentre tells whether b covers the centre of a circle other than
// skip: a label may lie across the edge of a circle, not hide it.
func (lb *labeller) coversCentre(b box, skip int) bool {
	for k, c := range lb.circles {
		if k != skip && b.grow(2).contains(c.c) {
			return true
		}
	}
	return false
}

// markLabel places the name of circle k beside it: to the right, then
// left, above, below, and at the four corners.
func (lb *labeller) markLabel(k int, text string, st style, px float64) (label, bool) {
	c := lb.circles[k]
	s := st.labelSize
	g := 2.5 * px // the gap between circle and text
	r, d := c.r, c.r*0.71
	cands := [][3]float64{
		{c.c.x + r + g, c.c.y + 0.33*s, -1},
		{c.c.x - r - g, c.c.y + 0.33*s, 1},
		{c.c.x, c.c.y - r - g - 0.24*s, 0},
		{c.c.x, c.c.y + r + g + 0.8*s, 0},
		{c.c.x + d + g, c.c.y - d - 0.1*s, -1},
		{c.c.x + d + g, c.c.y + d + 0.8*s, -1},
		{c.c.x - d - g, c.c.y - d - 0.1*s, 1},
		{c.c.x - d - g, c.c.y + d + 0.8*s, 1},
	}
	t, ok := lb.place(cands, textWidth(text, s, 0)*st.labelWidth, s, st.halo, k, false)
	if !ok {
		return label{}, false
	}
	return label{circle: k, x: t.x, y: t.y, anchor: t.anchor, b: t.b}, true
}

// boxLabel places a text beside the box b (the outline of a crowd): to
// the right, left, below and above, then at its corners; with strict, only
// where it touches no circle.
func (lb *labeller) boxLabel(b box, text string, st style, px float64, strict bool) (textLabel, bool) {
	s := st.labelSize
	g := 2.5*px + st.halo // the box is kept clear with its halo
	cx, cy := (b.x0+b.x1)/2, (b.y0+b.y1)/2
	cands := [][3]float64{
		{b.x1 + g, cy + 0.33*s, -1},
		{b.x0 - g, cy + 0.33*s, 1},
		{cx, b.y1 + g + 0.8*s, 0},
		{cx, b.y0 - g - 0.24*s, 0},
		{b.x1 + g, b.y0 - 0.1*s, -1},
		{b.x1 + g, b.y1 + 0.8*s, -1},
		{b.x0 - g, b.y0 - 0.1*s, 1},
		{b.x0 - g, b.y1 + 0.8*s, 1},
	}
	t, ok := lb.place(cands, textWidth(text, s, 0)*st.labelWidth, s, st.halo, -1, strict)
	t.text = text
	return t, ok
}

// place takes the first of the candidate spots (x, y, anchor) for a text
// of width tw and size s that is clear of every circle; else the spot
// that covers least of the circles, and none's centre, unless strict;
// skip is a circle the text may touch (its own). The spot taken is kept.
func (lb *labeller) place(cands [][3]float64, tw, s, halo float64, skip int, strict bool) (textLabel, bool) {
	best, bestCover := -1, math.Inf(1)
	var spots []spot
	for i, cd := range cands {
		sp := textSpot(cd[0], cd[1], tw, s, cd[2], halo)
		spots = append(spots, sp)
		if lb.free(sp.b, true, skip) {
			best = i
			break
		}
		if strict || !lb.free(sp.b, false, skip) || lb.coversCentre(sp.b, skip) {
			continue
		}
		if c := lb.cover(sp.b, skip); c < bestCover {
			best, bestCover = i, c
		}
	}
	if best < 0 {
		return textLabel{}, false
	}
	lb.taken = append(lb.taken, spots[best].b)
	return textLabel{x: cands[best][0], y: cands[best][1], anchor: cands[best][2], b: spots[best].b}, true
}

// cover is how much of the circles other than skip b covers: the area
// of b shared with each circle's bounding square.
func (lb *labeller) cover(b box, skip int) float64 {
	a := 0.0
	for k, c := range lb.circles {
		if k == skip {
			continue
		}
		w := math.Min(b.x1, c.c.x+c.r) - math.Max(b.x0, c.c.x-c.r)
		h := math.Min(b.y1, c.c.y+c.r) - math.Max(b.y0, c.c.y-c.r)
		if w > 0 && h > 0 {
			a += w * h
		}
	}
	return a
}

// arrow places the arrow for mark i, whose place p lies beyond the frame
// of size w×h: on the edge where the line from the frame's centre to the
// place leaves it, the name beside it on the inner side. When another
// label is there, the arrow slides along the edge.
func (lb *labeller) arrow(i int, p pt, text string, w, h float64, st style, px float64) (arrow, bool) {
	cx, cy := w/2, h/2
	dx, dy := p.x-cx, p.y-cy
	n := math.Hypot(dx, dy)
	if n == 0 || math.IsNaN(n) || math.IsInf(n, 0) {
		return arrow{}, false
	}
	ux, uy := dx/n, dy/n
	e := lb.inner.x0 + 2*px // the arrowhead's halo stays inside too
	// t is how far along the direction the frame's edge is, in each axis.
	tx, ty := math.Inf(1), math.Inf(1)
	if ux > 0 {
		tx = (w - e - cx) / ux
	} else if ux < 0 {
		tx = (e - cx) / ux
	}
	if uy > 0 {
		ty = (h - e - cy) / uy
	} else if uy < 0 {
		ty = (e - cy) / uy
	}
	t := math.Min(tx, ty)
	vertical := tx <= ty // the arrow is on the left or right edge
	tip := pt{cx + t*ux, cy + t*uy}
	s := st.labelSize
	tw := textWidth(text, s, 0)
	length, half := 9*px, 3.5*px
	step := s * 1.3
	for _, k := range []float64{0, 1, -1, 2, -2, 3, -3} {
		tp := tip
		if vertical {
			tp.y = clamp(tip.y+k*step, e+half, h-e-half)
		} else {
			tp.x = clamp(tip.x+k*step, e+half, w-e-half)
		}
		bx, by := tp.x-length*ux, tp.y-length*uy
		tri := []pt{tp, {bx - half*uy, by + half*ux}, {bx + half*uy, by - half*ux}}
		head := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
		for _, q := range tri {
			head = box{math.Min(head.x0, q.x), math.Min(head.y0, q.y), math.Max(head.x1, q.x), math.Max(head.y1, q.y)}
		}
		// The text's box starts a gap away from the arrowhead's.
		var x, y, anchor float64
		g := 2*px + st.halo/2
		switch {
		case vertical && ux > 0:
			x, y, anchor = head.x0-g, tp.y+0.33*s, 1
		case vertical:
			x, y, anchor = head.x1+g, tp.y+0.33*s, -1
		case uy < 0:
			x, y = clamp(tp.x, lb.inner.x0+tw/2+st.halo, lb.inner.x1-tw/2-st.halo), head.y1+g+0.92*s
		default:
			x, y = clamp(tp.x, lb.inner.x0+tw/2+st.halo, lb.inner.x1-tw/2-st.halo), head.y0-g-0.24*s
		}
		sp := textSpot(x, y, tw, s, anchor, st.halo)
		if sp.b.overlaps(head) || !lb.free(sp.b, true, -1) || !lb.free(head.grow(px), true, -1) {
			continue
		}
		lb.taken = append(lb.taken, sp.b, head.grow(px))
		var d path
		d.line(tri, true)
		return arrow{mark: i, d: d.b, x: x, y: y, anchor: anchor, head: head, txt: sp.b}, true
	}
	return arrow{}, false
}

// names places the country and sea names, each at its first free spot;
// they give way to every mark and label.
func (lb *labeller) names(ns []name) []placedName {
	var out []placedName
	for _, n := range ns {
		for _, sp := range n.spots {
			if lb.free(sp.b, true, -1) {
				lb.taken = append(lb.taken, sp.b)
				out = append(out, placedName{text: n.text, sea: n.sea, x: sp.x, y: sp.y, rotated: sp.rotated, b: sp.b})
				break
			}
		}
	}
	return out
}
