package geomap

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
)

// style is what differs between a regional map and a locator: sizes are
// in viewBox units.
type style struct {
	tol         float64 // simplification tolerance
	nameSize    float64 // country and sea names
	nameSpacing float64 // letter-spacing of country names
	nameUpper   bool    // country names in capitals
	labelSize   float64 // places' names
	labelWidth  float64 // how much wider the places' bold is than the regular
	halo        float64 // the width of the light stroke under text
	border      float64 // the width of the lines between countries
	inset       float64 // how far labels keep from the frame's edge
	// slack is the share of a country name's box, on each side, that may
	// lie beyond the country's border: on a locator, names only fit the
	// small countries that way.
	slack float64
	// fineGrid looks for names' spots on a finer grid: on a locator,
	// Armenia's and Azerbaijan's names fit side by side only a few units
	// apart.
	fineGrid bool
}

// base is a frame's geography: the sea, the land, the borders, and where
// the names of countries and seas may go. Locators on the same frame
// share one.
type base struct {
	f     frame
	geo   []byte // sea, land and borders, ready to write
	names []name // country names then sea names, in the order they are tried
}

// name is a country's or a sea's name and the places it fits, best
// first; a map takes the first one that no mark or label covers.
type name struct {
	text  string
	sea   bool
	focus bool // Armenia's or Azerbaijan's
	spots []spot
}

// spot is where a text goes: its anchor point (the text's middle, on its
// baseline), whether it reads upwards, and the box it covers.
type spot struct {
	x, y    float64
	rotated bool
	b       box
}

// focus are the countries of the conflict, drawn lighter than their
// neighbours so the eye finds them first.
var focus = map[string]bool{"am": true, "az": true}

// seas are the seas a map may name, each with the box (degrees west,
// south, east, north) its name must stay in: the Sea of Azov is not the
// Black Sea, and the Caspian's name stays off the Kura's delta.
var seas = []struct {
	name func(*words) string
	box  [4]float64
}{
	{func(w *words) string { return w.seaCaspian }, [4]float64{46.8, 36.5, 55, 47.5}},
	{func(w *words) string { return w.seaBlack }, [4]float64{27, 40.8, 41.8, 45.2}},
	{func(w *words) string { return w.seaMed }, [4]float64{27, 30, 36.3, 37.2}},
}

// newBase draws a frame's geography.
func newBase(w *world, f frame, st style, wd *words, lang string) *base {
	bs := &base{f: f}
	clip := box{-2, -2, f.w + 2, f.h + 2} // the land's cut edges stay out of sight
	view := f.metres()
	pad := 2 / f.scale
	view = rect{view.x0 - pad, view.y0 - pad, view.x1 + pad, view.y1 + pad}
	sw := &svgWriter{}
	sw.s(`<rect class="map-sea" fill="#d8e3ea"`)
	sw.attr("width", f.w)
	sw.attr("height", f.h)
	sw.s("/>\n", `<g class="map-land" fill="#ebe7df" fill-rule="evenodd">`, "\n")
	rings, borders := w.detail(st.tol / f.scale)
	shapes := make([][][]pt, len(w.countries))
	for i := range w.countries {
		c := &w.countries[i]
		if !c.box.overlaps(view) {
			continue
		}
		var d path
		for _, r := range rings[i] {
			if !r.box.overlaps(view) {
				continue
			}
			u := clipRing(f.line(r.pts), clip)
			if len(u) < 3 {
				continue
			}
			u = simplifyRing(u, st.tol)
			if area(u) < st.tol*st.tol || d.line(u, true) == 0 {
				continue
			}
			shapes[i] = append(shapes[i], u)
		}
		if len(d.b) == 0 {
			continue
		}
		sw.s(`<path class="map-country-`, c.code, `"`)
		if focus[c.code] {
			sw.s(` fill="#f6f3ee"`)
		}
		sw.s(` d="`, string(d.b), "\"/>\n")
	}
	sw.s("</g>\n")
	var d path
	for _, l := range borders {
		if !l.box.overlaps(view) {
			continue
		}
		for _, piece := range clipLine(f.line(l.pts), clip) {
			d.line(simplify(piece, st.tol), false)
		}
	}
	if len(d.b) > 0 {
		sw.s(`<path class="map-border" fill="none" stroke="#8f897f" stroke-linejoin="round"`)
		sw.attr("stroke-width", st.border)
		sw.s(` d="`, string(d.b), "\"/>\n")
	}
	bs.geo = sw.b

	inner := box{st.inset, st.inset, f.w - st.inset, f.h - st.inset}
	type ranked struct {
		n     name
		area  float64
		focus bool
	}
	var countries []ranked
	for i := range w.countries {
		c := &w.countries[i]
		if !c.label || len(shapes[i]) == 0 {
			continue
		}
		text := c.name(lang)
		if st.nameUpper {
			text = strings.ToUpper(text)
		}
		a := 0.0
		for _, r := range shapes[i] {
			a += signedArea(r)
		}
		a = math.Abs(a)
		tw := textWidth(text, st.nameSize, st.nameSpacing)
		if a < 2*tw*st.nameSize {
			continue
		}
		spots := spotsIn(shapes[i], nil, tw, false, st, inner)
		if len(spots) > 0 {
			countries = append(countries, ranked{name{text: text, focus: focus[c.code], spots: spots}, a, focus[c.code]})
		}
	}
	// Armenia and Azerbaijan first, the smaller first (it has fewer
	// spots: on a locator, Azerbaijan's first spot took Armenia's only
	// one); then their neighbours, the larger first.
	sort.SliceStable(countries, func(i, j int) bool {
		a, b := countries[i], countries[j]
		if a.focus != b.focus {
			return a.focus
		}
		if a.focus {
			return a.area < b.area
		}
		return a.area > b.area
	})
	for _, c := range countries {
		bs.names = append(bs.names, c.n)
	}
	// The sea is what the frame holds beyond the land: the frame's
	// rectangle and every country's rings, even–odd.
	sea := [][]pt{{{clip.x0, clip.y0}, {clip.x1, clip.y0}, {clip.x1, clip.y1}, {clip.x0, clip.y1}}}
	for _, rings := range shapes {
		sea = append(sea, rings...)
	}
	for _, s := range seas {
		text := s.name(wd)
		tw := textWidth(text, st.nameSize, 0)
		within := [][]pt{lonLatBox(f, s.box)}
		// Across if it fits; else upwards, as the Caspian runs north–south.
		spots := spotsIn(sea, within, tw, false, st, inner)
		if len(spots) == 0 {
			spots = spotsIn(sea, within, tw, true, st, inner)
		}
		if len(spots) > 0 {
			bs.names = append(bs.names, name{text: text, sea: true, spots: spots})
		}
	}
	return bs
}

// signedArea is a ring's area, positive or negative by its winding, so
// that holes subtract.
func signedArea(r []pt) float64 {
	s := 0.0
	for i := range r {
		j := (i + 1) % len(r)
		s += r[i].x*r[j].y - r[j].x*r[i].y
	}
	return s / 2
}

// textSpot is the spot of a text of width tw centred on x with its
// baseline at y: the box runs from the accents above capitals to the
// descenders, widened by the halo.
func textSpot(x, y, tw, size, anchor, halo float64) spot {
	x0 := x - tw*(1+anchor)/2 // anchor: -1 start, 0 middle, 1 end
	return spot{x, y, false, box{x0 - halo/2, y - 0.92*size - halo/2, x0 + tw + halo/2, y + 0.24*size + halo/2}}
}

// upSpot is the spot of a text of width tw centred on (cx, cy) and
// turned to read upwards (rotate(-90)): its letters stand to the left of
// its baseline.
func upSpot(cx, cy, tw, size, halo float64) spot {
	x := cx + 0.34*size
	return spot{x, cy, true, box{x - 0.92*size - halo/2, cy - tw/2 - halo/2, x + 0.24*size + halo/2, cy + tw/2 + halo/2}}
}

// lonLatBox is a box of degrees (west, south, east, north) as a ring in
// the frame: its sides are curves, followed every degree or so.
func lonLatBox(f frame, b [4]float64) []pt {
	var r []pt
	add := func(lat, lon float64) {
		if p, ok := project(lat, lon); ok {
			r = append(r, f.at(p))
		}
	}
	const n = 16
	for i := 0; i < n; i++ {
		add(b[1], b[0]+(b[2]-b[0])*float64(i)/n)
	}
	for i := 0; i < n; i++ {
		add(b[1]+(b[3]-b[1])*float64(i)/n, b[2])
	}
	for i := 0; i < n; i++ {
		add(b[3], b[2]-(b[2]-b[0])*float64(i)/n)
	}
	for i := 0; i < n; i++ {
		add(b[3]-(b[3]-b[1])*float64(i)/n, b[0])
	}
	return r
}

// boxPoints are the points of b tested against a shape.
func boxPoints(b box) []pt {
	mx, my := (b.x0+b.x1)/2, (b.y0+b.y1)/2
	qx0, qx1 := (b.x0+mx)/2, (mx+b.x1)/2
	return []pt{{b.x0, b.y0}, {qx0, b.y0}, {mx, b.y0}, {qx1, b.y0}, {b.x1, b.y0},
		{b.x0, my}, {mx, my}, {b.x1, my},
		{b.x0, b.y1}, {qx0, b.y1}, {mx, b.y1}, {qx1, b.y1}, {b.x1, b.y1}}
}

// maxSpots is how many places a country name may try: enough to step
// around a cluster of marks, few enough to stay cheap; maxTries bounds
// the cells tested to find them.
const (
	maxSpots = 10
	maxTries = 400
)

// spotsIn finds where a name of width tw fits inside a shape (a country,
// or the sea), and inside within when it is given. A grid is laid over
// the shape; each cell inside is scored by how far the shape runs on
// either side of it, across and up and down, against the name's half
// width and half height; the best cells whose whole box lies inside the
// shape are kept, none overlapping another. Polylabel would find the
// single most central point; a label needs the widest, and more than
// one, since a mark may sit on the first. A rotated name reads upwards.
func spotsIn(rings, within [][]pt, tw float64, rotated bool, st style, inner box) []spot {
	bb := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, r := range rings {
		for _, p := range r {
			bb.x0, bb.x1 = math.Min(bb.x0, p.x), math.Max(bb.x1, p.x)
			bb.y0, bb.y1 = math.Min(bb.y0, p.y), math.Max(bb.y1, p.y)
		}
	}
	bb = box{math.Max(bb.x0, inner.x0), math.Max(bb.y0, inner.y0), math.Min(bb.x1, inner.x1), math.Min(bb.y1, inner.y1)}
	step := st.nameSize * 0.75
	if st.fineGrid {
		step = st.nameSize * 0.4
	}
	nx, ny := int((bb.x1-bb.x0)/step)+1, int((bb.y1-bb.y0)/step)+1
	if nx < 1 || ny < 1 || bb.x1 <= bb.x0 || bb.y1 <= bb.y0 {
		return nil
	}
	mask := cellsIn(rings, bb, step, nx, ny)
	var inWithin []bool
	if within != nil {
		inWithin = cellsIn(within, bb, step, nx, ny)
	}
	// How many cells inside run from each cell to the left, right, up
	// and down, the cell itself not counted: one pass each way.
	left, right := make([]int32, nx*ny), make([]int32, nx*ny)
	up, down := make([]int32, nx*ny), make([]int32, nx*ny)
	for j := 0; j < ny; j++ {
		for i := 1; i < nx; i++ {
			if k := j*nx + i; mask[k-1] {
				left[k] = left[k-1] + 1
			}
		}
		for i := nx - 2; i >= 0; i-- {
			if k := j*nx + i; mask[k+1] {
				right[k] = right[k+1] + 1
			}
		}
	}
	for j := 1; j < ny; j++ {
		for i := 0; i < nx; i++ {
			if k := j*nx + i; mask[k-nx] {
				up[k] = up[k-nx] + 1
			}
		}
	}
	for j := ny - 2; j >= 0; j-- {
		for i := 0; i < nx; i++ {
			if k := j*nx + i; mask[k+nx] {
				down[k] = down[k+nx] + 1
			}
		}
	}
	type cell struct {
		i, j  int
		score float64
	}
	var cells []cell
	for j := 0; j < ny; j++ {
		for i := 0; i < nx; i++ {
			if !mask[j*nx+i] {
				continue
			}
			if within != nil && !inWithin[j*nx+i] {
				continue
			}
			k := j*nx + i
			across := float64(min(left[k], right[k])) * step
			along := float64(min(up[k], down[k])) * step
			if rotated {
				across, along = along, across
			}
			cells = append(cells, cell{i, j, math.Min(across/(tw/2), along/(st.nameSize/2))})
		}
	}
	// Best first; among equals, row by row, as they were found.
	slices.SortFunc(cells, func(a, b cell) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.j, b.j), cmp.Compare(a.i, b.i))
	})
	ringBoxes := make([]box, len(rings))
	for k, r := range rings {
		ringBoxes[k] = box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
		for _, p := range r {
			ringBoxes[k] = box{math.Min(ringBoxes[k].x0, p.x), math.Min(ringBoxes[k].y0, p.y), math.Max(ringBoxes[k].x1, p.x), math.Max(ringBoxes[k].y1, p.y)}
		}
	}
	var spots []spot
	for n, c := range cells {
		if n == maxTries {
			break
		}
		cx, cy := bb.x0+(float64(c.i)+0.5)*step, bb.y0+(float64(c.j)+0.5)*step
		sp := textSpot(cx, cy+0.34*st.nameSize, tw, st.nameSize, 0, st.halo)
		if rotated {
			sp = upSpot(cx, cy, tw, st.nameSize, st.halo)
		}
		if !sp.b.inside(inner) {
			continue
		}
		// Spots apart: when a mark covers one, the next is elsewhere.
		// They may overlap, shifted by a quarter of the name's width or
		// half its height: a neighbour's name that takes one spot may
		// leave the next (Azerbaijan's beside Armenia's on a locator).
		ok := true
		for _, o := range spots {
			if math.Abs(o.x-sp.x) < (o.b.x1-o.b.x0)/4 && math.Abs(o.y-sp.y) < (o.b.y1-o.b.y0)/2 {
				ok = false
				break
			}
		}
		in := sp.b
		dx, dy := (in.x1-in.x0)*st.slack, (in.y1-in.y0)*st.slack
		in = box{in.x0 + dx, in.y0 + dy, in.x1 - dx, in.y1 - dy}
		// The grid first, which is cheap: every cell whose centre the box
		// covers is inside; then the box's points against the rings.
		for j := max(0, int(math.Ceil((in.y0-bb.y0)/step-0.5))); ok && j < ny && bb.y0+(float64(j)+0.5)*step <= in.y1; j++ {
			for i := max(0, int(math.Ceil((in.x0-bb.x0)/step-0.5))); i < nx && bb.x0+(float64(i)+0.5)*step <= in.x1; i++ {
				if !mask[j*nx+i] {
					ok = false
					break
				}
			}
		}
		for _, p := range boxPoints(in) {
			if !ok {
				break
			}
			if !inBoxedRings(p, rings, ringBoxes) || within != nil && !inRings(p, within) {
				ok = false
				break
			}
		}
		if ok {
			spots = append(spots, sp)
			if len(spots) == maxSpots {
				break
			}
		}
	}
	return spots
}

// cellsIn tells which cells of a grid of nx×ny cells of side step, from
// the corner of bb, have their centre inside the rings: row by row, where
// the row's line crosses them, even–odd, as the land is filled.
func cellsIn(rings [][]pt, bb box, step float64, nx, ny int) []bool {
	mask := make([]bool, nx*ny)
	var xs []float64
	for j := 0; j < ny; j++ {
		y := bb.y0 + (float64(j)+0.5)*step
		xs = crossings(xs[:0], rings, y)
		for k := 0; k+1 < len(xs); k += 2 {
			i0 := max(0, int(math.Ceil((xs[k]-bb.x0)/step-0.5)))
			i1 := min(nx-1, int(math.Floor((xs[k+1]-bb.x0)/step-0.5)))
			for i := i0; i <= i1; i++ {
				mask[j*nx+i] = true
			}
		}
	}
	return mask
}

// crossings appends to xs the x where the horizontal line at y crosses
// the rings' edges, sorted.
func crossings(xs []float64, rings [][]pt, y float64) []float64 {
	for _, r := range rings {
		j := len(r) - 1
		for i := range r {
			a, b := r[i], r[j]
			if (a.y > y) != (b.y > y) {
				xs = append(xs, a.x+(y-a.y)*(b.x-a.x)/(b.y-a.y))
			}
			j = i
		}
	}
	sort.Float64s(xs)
	return xs
}
