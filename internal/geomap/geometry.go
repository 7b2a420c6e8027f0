package geomap

import "math"

// pt is a point in viewBox units: x right, y down.
type pt struct{ x, y float64 }

// box is an axis-aligned rectangle in viewBox units.
type box struct{ x0, y0, x1, y1 float64 }

func (b box) overlaps(o box) bool {
	return b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1
}

func (b box) contains(p pt) bool {
	return p.x >= b.x0 && p.x <= b.x1 && p.y >= b.y0 && p.y <= b.y1
}

func (b box) inside(o box) bool {
	return b.x0 >= o.x0 && b.x1 <= o.x1 && b.y0 >= o.y0 && b.y1 <= o.y1
}

func (b box) grow(d float64) box { return box{b.x0 - d, b.y0 - d, b.x1 + d, b.y1 + d} }

// clipRing clips a closed ring to b (Sutherland–Hodgman, one pass per
// side). A concave ring may come back with zero-width bridges along b's
// sides; they fill nothing, and b is drawn just outside the frame.
func clipRing(r []pt, b box) []pt {
	for side := 0; side < 4 && len(r) > 0; side++ {
		in := func(p pt) bool {
			switch side {
			case 0:
				return p.x >= b.x0
			case 1:
				return p.x <= b.x1
			case 2:
				return p.y >= b.y0
			}
			return p.y <= b.y1
		}
		var o []pt
		prev := r[len(r)-1]
		for _, p := range r {
			pin, prevIn := in(p), in(prev)
			if pin != prevIn {
				o = append(o, cross(prev, p, side, b))
			}
			if pin {
				o = append(o, p)
			}
			prev = p
		}
		r = o
	}
	return r
}

// cross is where the segment pq crosses side of b.
func cross(p, q pt, side int, b box) pt {
	var at float64
	switch side {
	case 0, 1:
		at = b.x0
		if side == 1 {
			at = b.x1
		}
		t := (at - p.x) / (q.x - p.x)
		return pt{at, p.y + t*(q.y-p.y)}
	default:
		at = b.y0
		if side == 3 {
			at = b.y1
		}
		t := (at - p.y) / (q.y - p.y)
		return pt{p.x + t*(q.x-p.x), at}
	}
}

// clipLine cuts a polyline into the pieces inside b (Liang–Barsky on
// each segment, joining the pieces that continue).
func clipLine(l []pt, b box) [][]pt {
	var out [][]pt
	var cur []pt
	for i := 0; i+1 < len(l); i++ {
		p, q, ok := clipSegment(l[i], l[i+1], b)
		if !ok {
			if len(cur) > 1 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		if len(cur) == 0 || cur[len(cur)-1] != p {
			if len(cur) > 1 {
				out = append(out, cur)
			}
			cur = []pt{p}
		}
		cur = append(cur, q)
	}
	if len(cur) > 1 {
		out = append(out, cur)
	}
	return out
}

// clipSegment is Liang–Barsky: the part of pq inside b, if any.
func clipSegment(p, q pt, b box) (pt, pt, bool) {
	t0, t1 := 0.0, 1.0
	dx, dy := q.x-p.x, q.y-p.y
	for _, c := range [4][2]float64{{-dx, p.x - b.x0}, {dx, b.x1 - p.x}, {-dy, p.y - b.y0}, {dy, b.y1 - p.y}} {
		pp, qq := c[0], c[1]
		if pp == 0 {
			if qq < 0 {
				return p, q, false
			}
			continue
		}
		t := qq / pp
		if pp < 0 {
			t0 = math.Max(t0, t)
		} else {
			t1 = math.Min(t1, t)
		}
		if t0 > t1 {
			return p, q, false
		}
	}
	a, z := p, q
	if t0 > 0 {
		a = pt{p.x + t0*dx, p.y + t0*dy}
	}
	if t1 < 1 {
		z = pt{p.x + t1*dx, p.y + t1*dy}
	}
	return a, z, true
}

// simplify is Douglas–Peucker with tolerance tol: the points a reader
// could not tell from the chord are dropped, the ends are kept.
func simplify(l []pt, tol float64) []pt {
	if len(l) < 3 {
		return l
	}
	keep := make([]bool, len(l))
	keep[0], keep[len(l)-1] = true, true
	// An explicit stack: a long coastline would recurse deeply.
	stack := [][2]int{{0, len(l) - 1}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		i, j := s[0], s[1]
		best, at := tol*tol, -1
		for k := i + 1; k < j; k++ {
			if d := segDist2(l[k], l[i], l[j]); d > best {
				best, at = d, k
			}
		}
		if at >= 0 {
			keep[at] = true
			stack = append(stack, [2]int{i, at}, [2]int{at, j})
		}
	}
	out := make([]pt, 0, len(l)/2)
	for k, p := range l {
		if keep[k] {
			out = append(out, p)
		}
	}
	return out
}

// simplifyRing simplifies a closed ring, anchored at its first point and
// at the point furthest from it, so the ring's start is not special.
func simplifyRing(r []pt, tol float64) []pt {
	if len(r) < 4 {
		return r
	}
	far, at := -1.0, 0
	for k, p := range r {
		if d := math.Hypot(p.x-r[0].x, p.y-r[0].y); d > far {
			far, at = d, k
		}
	}
	a := simplify(r[:at+1], tol)
	b := simplify(append(append([]pt{}, r[at:]...), r[0]), tol)
	return append(a, b[1:len(b)-1]...)
}

// segDist2 is the square of the distance from p to the segment ab.
func segDist2(p, a, b pt) float64 {
	dx, dy := b.x-a.x, b.y-a.y
	l := dx*dx + dy*dy
	t := 0.0
	if l > 0 {
		t = math.Max(0, math.Min(1, ((p.x-a.x)*dx+(p.y-a.y)*dy)/l))
	}
	ex, ey := p.x-(a.x+t*dx), p.y-(a.y+t*dy)
	return ex*ex + ey*ey
}

// area is a ring's area (the shoelace formula), whatever its winding.
func area(r []pt) float64 {
	s := 0.0
	for i := range r {
		j := (i + 1) % len(r)
		s += r[i].x*r[j].y - r[j].x*r[i].y
	}
	return math.Abs(s / 2)
}

// inRings tells whether p is inside a shape made of rings, holes
// included (even–odd, as the land is filled).
func inRings(p pt, rings [][]pt) bool {
	in := false
	for _, r := range rings {
		in = in != oddCrossings(p, r)
	}
	return in
}

// oddCrossings tells whether the rightward ray from p crosses ring r an
// odd number of times.
func oddCrossings(p pt, r []pt) bool {
	odd := false
	j := len(r) - 1
	for i := range r {
		a, b := r[i], r[j]
		if (a.y > p.y) != (b.y > p.y) && p.x < (b.x-a.x)*(p.y-a.y)/(b.y-a.y)+a.x {
			odd = !odd
		}
		j = i
	}
	return odd
}

// inBoxedRings is inRings with each ring's bounding box: a ring the
// rightward ray from p cannot cross (beside p's height, or wholly to its
// left) is skipped, which leaves few of a sea's hundreds.
func inBoxedRings(p pt, rings [][]pt, boxes []box) bool {
	in := false
	for k, r := range rings {
		if b := boxes[k]; p.y < b.y0 || p.y > b.y1 || p.x > b.x1 {
			continue
		}
		in = in != oddCrossings(p, r)
	}
	return in
}
