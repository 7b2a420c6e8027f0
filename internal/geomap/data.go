package geomap

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sync"
)

// borders.json is written by extract (see its doc and README.md): Natural
// Earth's admin-0 countries, clipped to the region's box, simplified and
// kept on world-atlas's integer grid.
//
//go:embed borders.json
var bordersJSON []byte

// world is the region's geography, projected once.
type world struct {
	countries []country
	borders   []line // the lines between two countries, each once
	region    rect   // the projected rectangle inside the box: where a map may look
	// context is what a map of the conflict shows at least: the box of
	// the countries in focus, Armenia and Azerbaijan, Nakhchivan
	// included; empty when the file has neither.
	context rect
	lods    [len(lodTolerances)]lod
}

// lodTolerances are the levels of detail kept besides the file's own, in
// metres: a map drawn at a tolerance of t metres starts from the
// coarsest level of t/2 or less, so it projects, clips and simplifies a
// fraction of the points (a map of the region draws at about 700 m).
var lodTolerances = [...]float64{250, 500, 1000, 2000}

// lod is the region's geography at one level of detail, made the first
// time a map asks for it.
type lod struct {
	once    sync.Once
	rings   [][]line // by country
	borders []line
}

// detail is the rings of each country and the borders, simplified to
// at most tol metres: the coarsest level that keeps a map drawn at 2 tol
// as it would be from the file's points.
func (w *world) detail(tol float64) ([][]line, []line) {
	k := -1
	for i, t := range lodTolerances {
		if t <= tol {
			k = i
		}
	}
	if k < 0 {
		rings := make([][]line, len(w.countries))
		for i := range w.countries {
			rings[i] = w.countries[i].rings
		}
		return rings, w.borders
	}
	l := &w.lods[k]
	l.once.Do(func() {
		t := lodTolerances[k]
		l.rings = make([][]line, len(w.countries))
		for i := range w.countries {
			for _, r := range w.countries[i].rings {
				if pts := simplifyMetres(r.pts, t, true); len(pts) >= 3 {
					l.rings[i] = append(l.rings[i], line{pts, bounds(pts)})
				}
			}
		}
		for _, b := range w.borders {
			pts := simplifyMetres(b.pts, t, false)
			l.borders = append(l.borders, line{pts, bounds(pts)})
		}
	})
	return l.rings, l.borders
}

// simplifyMetres is simplify, or simplifyRing, on projected points.
func simplifyMetres(l []xy, tol float64, ring bool) []xy {
	u := make([]pt, len(l))
	for k, p := range l {
		u[k] = pt(p)
	}
	if ring {
		u = simplifyRing(u, tol)
	} else {
		u = simplify(u, tol)
	}
	out := make([]xy, len(u))
	for k, p := range u {
		out[k] = xy(p)
	}
	return out
}

// country is one country's shape and names.
type country struct {
	code, en, fr string
	label        bool
	rings        []line // closed rings; holes are wound the other way
	box          rect
}

// name is the country's name in lang.
func (c *country) name(lang string) string {
	if lang == "en" {
		return c.en
	}
	return c.fr
}

// line is a polyline (or a ring) in projected metres with its bounds.
type line struct {
	pts []xy
	box rect
}

// rect is an axis-aligned rectangle: x0 ≤ x1, y0 ≤ y1.
type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) overlaps(o rect) bool {
	return r.x0 < o.x1 && o.x0 < r.x1 && r.y0 < o.y1 && o.y0 < r.y1
}

func (r rect) contains(x, y float64) bool {
	return x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1
}

func bounds(pts []xy) rect {
	r := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, p := range pts {
		r.x0, r.x1 = math.Min(r.x0, p.x), math.Max(r.x1, p.x)
		r.y0, r.y1 = math.Min(r.y0, p.y), math.Max(r.y1, p.y)
	}
	return r
}

var (
	worldOnce sync.Once
	theWorld  *world
	worldErr  error
)

// loadWorld decodes and projects the embedded borders, once per process.
func loadWorld() (*world, error) {
	worldOnce.Do(func() { theWorld, worldErr = decodeWorld(bordersJSON) })
	return theWorld, worldErr
}

// bordersFile is the shape of borders.json.
type bordersFile struct {
	Box       [4]float64 `json:"box"` // west, south, east, north
	Scale     [2]float64 `json:"scale"`
	Translate [2]float64 `json:"translate"`
	Countries []struct {
		Code  string  `json:"code"`
		En    string  `json:"en"`
		Fr    string  `json:"fr"`
		Label bool    `json:"label"`
		Rings [][]int `json:"rings"`
	} `json:"countries"`
}

type grid [2]int // a point on the file's integer grid

func decodeWorld(src []byte) (*world, error) {
	var f bordersFile
	if err := json.Unmarshal(src, &f); err != nil {
		return nil, fmt.Errorf("geomap: borders.json: %w", err)
	}
	w := &world{}
	type edge [2]grid
	owners := map[edge][]int{} // which countries have an edge, by its ends in order
	key := func(a, b grid) edge {
		if b[0] < a[0] || b[0] == a[0] && b[1] < a[1] {
			a, b = b, a
		}
		return edge{a, b}
	}
	gridRings := make([][][]grid, len(f.Countries))
	for i, c := range f.Countries {
		cty := country{code: c.Code, en: c.En, fr: c.Fr, label: c.Label}
		for _, r := range c.Rings {
			if len(r)%2 != 0 || len(r) < 6 {
				return nil, fmt.Errorf("geomap: borders.json: %s: a ring of %d numbers (pairs of at least 3 points expected)", c.Code, len(r))
			}
			var g []grid
			var at grid
			pts := make([]xy, 0, len(r)/2)
			for k := 0; k < len(r); k += 2 {
				at[0] += r[k]
				at[1] += r[k+1]
				g = append(g, at)
				lon := float64(at[0])*f.Scale[0] + f.Translate[0]
				lat := float64(at[1])*f.Scale[1] + f.Translate[1]
				p, ok := project(lat, lon)
				if !ok {
					return nil, fmt.Errorf("geomap: borders.json: %s: a point at %.2f, %.2f cannot be projected", c.Code, lat, lon)
				}
				pts = append(pts, p)
			}
			for k := range g {
				e := key(g[k], g[(k+1)%len(g)])
				if n := len(owners[e]); n == 0 || owners[e][n-1] != i {
					owners[e] = append(owners[e], i)
				}
			}
			gridRings[i] = append(gridRings[i], g)
			cty.rings = append(cty.rings, line{pts, bounds(pts)})
		}
		for k, r := range cty.rings {
			if k == 0 {
				cty.box = r.box
			}
			cty.box = union(cty.box, r.box)
		}
		w.countries = append(w.countries, cty)
	}

	// A border is an edge two countries share; the first country in the
	// file draws it, so each border is drawn once, and consecutive shared
	// edges make one line.
	for i, rings := range gridRings {
		for k, g := range rings {
			pts := w.countries[i].rings[k].pts
			shared := func(j int) bool {
				o := owners[key(g[j], g[(j+1)%len(g)])]
				return len(o) > 1 && o[0] == i
			}
			start := 0 // begin after an edge that is not shared, so no line is cut at the ring's start
			for start < len(g) && shared(start) {
				start++
			}
			var run []xy
			flush := func() {
				if len(run) > 1 {
					w.borders = append(w.borders, line{run, bounds(run)})
				}
				run = nil
			}
			for n := 1; n <= len(g); n++ {
				j := (start + n) % len(g)
				if !shared(j) {
					flush()
					continue
				}
				if len(run) == 0 {
					run = append(run, pts[j])
				}
				run = append(run, pts[(j+1)%len(g)])
			}
			flush()
		}
	}
	w.region = inscribed(f.Box)
	w.context = rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, c := range w.countries {
		if focus[c.code] {
			w.context = union(w.context, c.box)
		}
	}
	return w, nil
}

func union(a, b rect) rect {
	return rect{math.Min(a.x0, b.x0), math.Min(a.y0, b.y0), math.Max(a.x1, b.x1), math.Max(a.y1, b.y1)}
}

// inscribed is the largest axis-aligned projected rectangle whose sides
// stay inside the box's projected edges (which are curves): a frame
// inside it never shows where the file has no land.
func inscribed(box [4]float64) rect {
	west, south, east, north := box[0], box[1], box[2], box[3]
	r := rect{math.Inf(-1), math.Inf(-1), math.Inf(1), math.Inf(1)}
	const steps = 64
	for i := 0; i <= steps; i++ {
		t := float64(i) / steps
		lat := south + t*(north-south)
		lon := west + t*(east-west)
		if p, ok := project(lat, west); ok {
			r.x0 = math.Max(r.x0, p.x)
		}
		if p, ok := project(lat, east); ok {
			r.x1 = math.Min(r.x1, p.x)
		}
		if p, ok := project(south, lon); ok {
			r.y0 = math.Max(r.y0, p.y)
		}
		if p, ok := project(north, lon); ok {
			r.y1 = math.Min(r.y1, p.y)
		}
	}
	return r
}
