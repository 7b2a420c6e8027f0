package geomap

import "math"

// frame maps projected metres to viewBox units: the part of the
// projection a map shows, and at what scale.
type frame struct {
	west, north float64 // the frame's top-left corner, in projected metres
	scale       float64 // viewBox units per metre
	w, h        float64 // the viewBox's size
}

// at is where p falls in the viewBox.
func (f frame) at(p xy) pt {
	return pt{(p.x - f.west) * f.scale, (f.north - p.y) * f.scale}
}

// line is where the points of a line or a ring fall in the viewBox.
func (f frame) line(pts []xy) []pt {
	u := make([]pt, len(pts))
	for k, p := range pts {
		u[k] = f.at(p)
	}
	return u
}

// metres is the frame's extent in projected metres.
func (f frame) metres() rect {
	return rect{f.west, f.north - f.h/f.scale, f.west + f.w/f.scale, f.north}
}

// minSpan is the least distance across a regional map's width: a map of
// one town still shows the valleys and the border around it.
const minSpan = 240e3

// fit is the frame of size w×h that holds points with margin viewBox
// units around them, at most minSpan-zoomed in, inside the region; with
// no point it is centred on fallback with span metres across.
func fit(pts []xy, w, h, margin, span float64, fallback xy, region rect) frame {
	var b rect
	if len(pts) == 0 {
		b = rect{fallback.x - span/2, fallback.y, fallback.x + span/2, fallback.y}
		margin = 0
	} else {
		b = bounds(pts)
	}
	iw, ih := math.Max(w-2*margin, w/4), math.Max(h-2*margin, h/4)
	s := math.Min(iw/math.Max(b.x1-b.x0, 1), ih/math.Max(b.y1-b.y0, 1))
	s = math.Min(s, w/math.Max(span, 1))
	// Never wider than the region, which would show where there is no data.
	s = math.Max(s, math.Max(w/(region.x1-region.x0), h/(region.y1-region.y0)))
	cx, cy := (b.x0+b.x1)/2, (b.y0+b.y1)/2
	west := clamp(cx-w/(2*s), region.x0, region.x1-w/s)
	north := clamp(cy+h/(2*s), region.y0+h/s, region.y1)
	return frame{west: west, north: north, scale: s, w: w, h: h}
}

func clamp(v, lo, hi float64) float64 {
	if hi < lo {
		return (lo + hi) / 2
	}
	return math.Max(lo, math.Min(hi, v))
}

// roomy is a point a regional map must show, with margin viewBox units of
// room around it: a mark, with its circle and a line of label.
type roomy struct {
	p      xy
	margin float64
}

// fitMarks is the frame of size w×h that holds every point with its
// margin and the whole of context (when set, with ctxMargin around it),
// as close as span metres across allows, inside the region. A point at
// the edge keeps its circle and a label inside; the context keeps the
// reader oriented (the whole of Armenia and Azerbaijan, not three towns
// on a blank). With no point and no context, the frame is span across,
// centred on fallback.
func fitMarks(pts []roomy, ctx *rect, ctxMargin, w, h, span float64, fallback xy, region rect) frame {
	if len(pts) == 0 && ctx == nil {
		return fit(nil, w, h, 0, span, fallback, region)
	}
	// extent is the room the points and the context take at scale s, in
	// viewBox units: x0, x1, y0, y1 with y up, as in metres.
	extent := func(s float64) (x0, x1, y0, y1 float64) {
		x0, y0 = math.Inf(1), math.Inf(1)
		x1, y1 = math.Inf(-1), math.Inf(-1)
		for _, q := range pts {
			x0, x1 = math.Min(x0, q.p.x*s-q.margin), math.Max(x1, q.p.x*s+q.margin)
			y0, y1 = math.Min(y0, q.p.y*s-q.margin), math.Max(y1, q.p.y*s+q.margin)
		}
		if ctx != nil {
			x0, x1 = math.Min(x0, ctx.x0*s-ctxMargin), math.Max(x1, ctx.x1*s+ctxMargin)
			y0, y1 = math.Min(y0, ctx.y0*s-ctxMargin), math.Max(y1, ctx.y1*s+ctxMargin)
		}
		return
	}
	fits := func(s float64) bool {
		x0, x1, y0, y1 := extent(s)
		return x1-x0 <= w && y1-y0 <= h
	}
	// The room taken only grows with the scale: the largest scale that
	// fits is found by bisection, between the region's whole width and
	// span across.
	lo := math.Max(w/(region.x1-region.x0), h/(region.y1-region.y0))
	hi := math.Max(lo, w/math.Max(span, 1))
	if ctx != nil && len(pts) > 0 && !fits(lo) {
		// The marks come first: Ankara and Baku on a square map, with
		// the whole of Azerbaijan east of Baku, would not fit.
		return fitMarks(pts, nil, 0, w, h, span, fallback, region)
	}
	s := lo
	if fits(hi) {
		s = hi
	} else if fits(lo) {
		for range 40 {
			mid := (lo + hi) / 2
			if fits(mid) {
				lo = mid
			} else {
				hi = mid
			}
		}
		s = lo
	}
	x0, x1, y0, y1 := extent(s)
	cx, cy := (x0+x1)/2/s, (y0+y1)/2/s
	west := clamp(cx-w/(2*s), region.x0, region.x1-w/s)
	north := clamp(cy+h/(2*s), region.y0+h/s, region.y1)
	return frame{west: west, north: north, scale: s, w: w, h: h}
}
