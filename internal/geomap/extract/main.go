// Command extract cuts the country borders that internal/geomap draws out
// of Natural Earth's admin-0 countries, as the npm package world-atlas
// ships them (TopoJSON, countries-10m.json), into the small file the
// package embeds (borders.json). It is run once, by hand, when the source
// or the region changes:
//
//	npm install --prefix /tmp/wa world-atlas@2.0.2
//	go run ./internal/geomap/extract \
//	    -in /tmp/wa/node_modules/world-atlas/countries-10m.json \
//	    -out internal/geomap/borders.json
//
// What it does, in order: it decodes the topology's arcs (the lines shared
// by neighbouring countries are stored once); simplifies each arc once,
// finely inside the South Caucasus and coarsely around it, so that two
// neighbours keep exactly the same border; joins the arcs into each
// country's rings; drops islands and enclaves too small to see; and clips
// the rings to the region's box. The coordinates stay on world-atlas's own
// integer grid, so nothing is rounded twice, and are written as
// differences from the previous point.
//
// It decodes TopoJSON itself rather than through a library: the format's
// arcs are a few lines to decode, and the Go TopoJSON decoders convert to
// GeoJSON floats, losing the shared integer grid that keeps borders
// identical on both sides.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// box is the region kept, in degrees: the South Caucasus with Turkey to
// Ankara, Iran to Tehran, Russia to Rostov and the whole Caspian, so a
// map of the conflict's places never runs out of land.
var box = struct{ west, east, south, north float64 }{30, 60, 34, 48}

// core is where borders are kept at full detail: Armenia, Azerbaijan
// (with Nakhchivan) and Georgia, where a map may zoom to one valley.
var core = struct{ west, east, south, north float64 }{42.5, 51, 37.5, 43.8}

// Simplification tolerances and the smallest ring kept, in kilometres.
const (
	fineTol    = 0.2 // inside core
	coarseTol  = 1.2
	fineArea   = 3.0   // km²: keeps the Karki and Artsvashen enclaves
	coarseArea = 150.0 // km²: drops the Aegean's small islands
)

// country is what a map needs of a country besides its shape.
type country struct {
	code  string // ISO 3166-1 alpha-2, lower case: the CSS class map-country-<code>
	en    string
	fr    string
	label bool // named on the map
}

// countries are the countries the box meets, by world-atlas id (ISO
// 3166-1 numeric) or, for the territories it gives no id, by name. A
// country missing here stops the extraction, so the list stays explicit.
var countries = map[string]country{
	"004": {"af", "Afghanistan", "Afghanistan", true},
	"031": {"az", "Azerbaijan", "Azerbaïdjan", true},
	"051": {"am", "Armenia", "Arménie", true},
	"100": {"bg", "Bulgaria", "Bulgarie", true},
	"196": {"cy", "Cyprus", "Chypre", true},
	"268": {"ge", "Georgia", "Géorgie", true},
	"275": {"ps", "Palestine", "Palestine", true},
	"300": {"gr", "Greece", "Grèce", true},
	"364": {"ir", "Iran", "Iran", true},
	"368": {"iq", "Iraq", "Irak", true},
	"376": {"il", "Israel", "Israël", true},
	"398": {"kz", "Kazakhstan", "Kazakhstan", true},
	"400": {"jo", "Jordan", "Jordanie", true},
	"422": {"lb", "Lebanon", "Liban", true},
	"498": {"md", "Moldova", "Moldavie", true},
	"642": {"ro", "Romania", "Roumanie", true},
	"643": {"ru", "Russia", "Russie", true},
	"682": {"sa", "Saudi Arabia", "Arabie saoudite", true},
	"760": {"sy", "Syria", "Syrie", true},
	"792": {"tr", "Turkey", "Turquie", true},
	"795": {"tm", "Turkmenistan", "Turkménistan", true},
	"804": {"ua", "Ukraine", "Ukraine", true},
	"860": {"uz", "Uzbekistan", "Ouzbékistan", true},
	// Territories with no ISO code in Natural Earth: drawn, never named.
	"N. Cyprus":               {"cyn", "Northern Cyprus", "Chypre du Nord", false},
	"Cyprus U.N. Buffer Zone": {"cyb", "Cyprus buffer zone", "zone tampon de Chypre", false},
	"Akrotiri":                {"sba", "Akrotiri", "Akrotiri", false},
	"Dhekelia":                {"sbd", "Dhekelia", "Dhekelia", false},
}

func main() {
	in := flag.String("in", "", "world-atlas countries-10m.json (TopoJSON)")
	out := flag.String("out", "", "the file to write (internal/geomap/borders.json)")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	if in == "" || out == "" {
		return errors.New("both -in and -out are needed")
	}
	src, err := os.ReadFile(in)
	if err != nil {
		return fmt.Errorf("reading the source: %w", err)
	}
	var topo topology
	if err := json.Unmarshal(src, &topo); err != nil {
		return fmt.Errorf("%s: not TopoJSON: %w", in, err)
	}
	shapes, err := extract(&topo)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("writing: %w", err)
	}
	w := bufio.NewWriter(f)
	write(w, &topo, shapes)
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	return nil
}

// topology is the part of a TopoJSON file read here.
type topology struct {
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]int `json:"arcs"`
	Objects struct {
		Countries struct {
			Geometries []struct {
				Type       string          `json:"type"`
				ID         string          `json:"id"`
				Arcs       json.RawMessage `json:"arcs"`
				Properties struct {
					Name string `json:"name"`
				} `json:"properties"`
			} `json:"geometries"`
		} `json:"countries"`
	} `json:"objects"`
}

type pt [2]int // a point on world-atlas's integer grid

// shape is one country's rings, clipped to the box.
type shape struct {
	country
	rings [][]pt
}

func extract(topo *topology) ([]shape, error) {
	tr := topo.Transform
	if tr.Scale[0] == 0 || tr.Scale[1] == 0 {
		return nil, errors.New("the topology is not quantised (no transform)")
	}
	lon := func(x int) float64 { return float64(x)*tr.Scale[0] + tr.Translate[0] }
	lat := func(y int) float64 { return float64(y)*tr.Scale[1] + tr.Translate[1] }
	gx := func(l float64) int { return int(math.Round((l - tr.Translate[0]) / tr.Scale[0])) }
	gy := func(l float64) int { return int(math.Round((l - tr.Translate[1]) / tr.Scale[1])) }
	clip := [4]int{gx(box.west), gy(box.south), gx(box.east), gy(box.north)}

	// Decode the arcs: each point is a difference from the previous one.
	arcs := make([][]pt, len(topo.Arcs))
	for i, a := range topo.Arcs {
		var x, y int
		arcs[i] = make([]pt, len(a))
		for j, d := range a {
			x += d[0]
			y += d[1]
			arcs[i][j] = pt{x, y}
		}
	}
	// km converts a grid point to kilometres on a plane tangent near it
	// (equirectangular at the box's middle latitude: fine for tolerances).
	cosMid := math.Cos((box.south + box.north) / 2 * math.Pi / 180)
	km := func(p pt) (float64, float64) {
		return lon(p[0]) * 111.32 * cosMid, lat(p[1]) * 110.57
	}
	inCore := func(p pt) bool {
		lo, la := lon(p[0]), lat(p[1])
		return lo >= core.west && lo <= core.east && la >= core.south && la <= core.north
	}
	tol := func(p pt) float64 {
		if inCore(p) {
			return fineTol
		}
		return coarseTol
	}
	simplified := make(map[int][]pt)
	arc := func(i int) []pt {
		j := i
		if j < 0 {
			j = ^j
		}
		a, ok := simplified[j]
		if !ok {
			a = simplify(arcs[j], km, tol)
			simplified[j] = a
		}
		if i >= 0 {
			return a
		}
		r := make([]pt, len(a))
		for k := range a {
			r[k] = a[len(a)-1-k]
		}
		return r
	}

	var shapes []shape
	for _, g := range topo.Objects.Countries.Geometries {
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var rings [][]int
			if err := json.Unmarshal(g.Arcs, &rings); err != nil {
				return nil, fmt.Errorf("%s: %w", g.Properties.Name, err)
			}
			polys = [][][]int{rings}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("%s: %w", g.Properties.Name, err)
			}
		default:
			continue
		}
		var rings [][]pt
		for _, poly := range polys {
			for _, ringArcs := range poly {
				var ring []pt
				for _, a := range ringArcs {
					if a >= len(arcs) || ^a >= len(arcs) {
						return nil, fmt.Errorf("%s: arc %d out of range", g.Properties.Name, a)
					}
					pts := arc(a)
					if len(ring) > 0 {
						pts = pts[1:] // the junction is the previous arc's last point
					}
					ring = append(ring, pts...)
				}
				if len(ring) > 1 && ring[0] == ring[len(ring)-1] {
					ring = ring[:len(ring)-1]
				}
				if len(ring) < 3 {
					continue
				}
				least := coarseArea
				if inCore(ring[0]) {
					least = fineArea
				}
				if math.Abs(area(ring, km)) < least {
					continue
				}
				// A ring cut down to a sliver by the box (Moldova's edge) is
				// dropped by the same measure as a small island.
				if r := clipRing(ring, clip); len(r) >= 3 && math.Abs(area(r, km)) >= least {
					rings = append(rings, r)
				}
			}
		}
		if len(rings) == 0 {
			continue
		}
		key := g.ID
		if key == "" {
			key = g.Properties.Name
		}
		c, ok := countries[key]
		if !ok {
			return nil, fmt.Errorf("%s (%q) meets the box but is not in extract's country table: add it", g.Properties.Name, key)
		}
		shapes = append(shapes, shape{c, rings})
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].code < shapes[j].code })
	return shapes, nil
}

// simplify is Douglas–Peucker with a tolerance that depends on where the
// point is: a point stays when it is further from the chord than the
// tolerance at the point. The ends always stay, so arcs still join.
func simplify(a []pt, km func(pt) (float64, float64), tol func(pt) float64) []pt {
	if len(a) < 3 {
		return a
	}
	keep := make([]bool, len(a))
	keep[0], keep[len(a)-1] = true, true
	var rec func(i, j int)
	rec = func(i, j int) {
		if j-i < 2 {
			return
		}
		ax, ay := km(a[i])
		bx, by := km(a[j])
		best, at := -1.0, -1
		for k := i + 1; k < j; k++ {
			px, py := km(a[k])
			d := segDist(px, py, ax, ay, bx, by) - tol(a[k])
			if d > best {
				best, at = d, k
			}
		}
		if best > 0 {
			keep[at] = true
			rec(i, at)
			rec(at, j)
		}
	}
	if a[0] == a[len(a)-1] {
		// A closed arc (an island): the chord is a point, so split it at
		// the point furthest from its start first.
		ax, ay := km(a[0])
		far, at := -1.0, 1
		for k := 1; k < len(a)-1; k++ {
			px, py := km(a[k])
			if d := math.Hypot(px-ax, py-ay); d > far {
				far, at = d, k
			}
		}
		keep[at] = true
		rec(0, at)
		rec(at, len(a)-1)
	} else {
		rec(0, len(a)-1)
	}
	var r []pt
	for k, p := range a {
		if keep[k] {
			r = append(r, p)
		}
	}
	return r
}

// segDist is the distance from p to the segment ab.
func segDist(px, py, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	l := dx*dx + dy*dy
	t := 0.0
	if l > 0 {
		t = math.Max(0, math.Min(1, ((px-ax)*dx+(py-ay)*dy)/l))
	}
	return math.Hypot(px-(ax+t*dx), py-(ay+t*dy))
}

// area is a ring's signed area in km² (the shoelace formula).
func area(r []pt, km func(pt) (float64, float64)) float64 {
	s := 0.0
	for i := range r {
		ax, ay := km(r[i])
		bx, by := km(r[(i+1)%len(r)])
		s += ax*by - bx*ay
	}
	return s / 2
}

// clipRing clips a ring to the box {x0, y0, x1, y1} (Sutherland–Hodgman:
// one pass per side). Points on the box's sides are rounded to the grid.
func clipRing(r []pt, b [4]int) []pt {
	inside := []func(pt) bool{
		func(p pt) bool { return p[0] >= b[0] },
		func(p pt) bool { return p[0] <= b[2] },
		func(p pt) bool { return p[1] >= b[1] },
		func(p pt) bool { return p[1] <= b[3] },
	}
	cut := []func(p, q pt) pt{
		func(p, q pt) pt { return pt{b[0], lerp(p[1], q[1], p[0], q[0], b[0])} },
		func(p, q pt) pt { return pt{b[2], lerp(p[1], q[1], p[0], q[0], b[2])} },
		func(p, q pt) pt { return pt{lerp(p[0], q[0], p[1], q[1], b[1]), b[1]} },
		func(p, q pt) pt { return pt{lerp(p[0], q[0], p[1], q[1], b[3]), b[3]} },
	}
	for side := range inside {
		if len(r) == 0 {
			return nil
		}
		var o []pt
		prev := r[len(r)-1]
		for _, p := range r {
			switch in, was := inside[side](p), inside[side](prev); {
			case in && !was:
				o = append(o, cut[side](prev, p), p)
			case in:
				o = append(o, p)
			case was:
				o = append(o, cut[side](prev, p))
			}
			prev = p
		}
		r = dedupe(o)
	}
	return r
}

// lerp is the value of v at u = at on the line through (u0, v0), (u1, v1).
func lerp(v0, v1, u0, u1, at int) int {
	if u1 == u0 {
		return v0
	}
	return int(math.Round(float64(v0) + float64(v1-v0)*float64(at-u0)/float64(u1-u0)))
}

// dedupe drops repeated points, the ring's closing one included.
func dedupe(r []pt) []pt {
	var o []pt
	for _, p := range r {
		if len(o) == 0 || o[len(o)-1] != p {
			o = append(o, p)
		}
	}
	for len(o) > 1 && o[0] == o[len(o)-1] {
		o = o[:len(o)-1]
	}
	return o
}

// write writes the file: a header naming the source and the grid, then
// one country per line and one ring per array, each ring's first point
// absolute on the grid and the next ones as differences.
func write(w io.Writer, topo *topology, shapes []shape) {
	f := strconv.FormatFloat
	fmt.Fprintf(w, "{\"source\": %q,\n", "Natural Earth 1:10m admin-0 countries, version 4.1.0 (public domain), as TopoJSON by world-atlas 2.0.2 (ISC licence, Michael Bostock); extracted by internal/geomap/extract")
	fmt.Fprintf(w, "\"box\": [%s, %s, %s, %s],\n", f(box.west, 'f', -1, 64), f(box.south, 'f', -1, 64), f(box.east, 'f', -1, 64), f(box.north, 'f', -1, 64))
	fmt.Fprintf(w, "\"scale\": [%s, %s],\n", f(topo.Transform.Scale[0], 'g', -1, 64), f(topo.Transform.Scale[1], 'g', -1, 64))
	fmt.Fprintf(w, "\"translate\": [%s, %s],\n", f(topo.Transform.Translate[0], 'g', -1, 64), f(topo.Transform.Translate[1], 'g', -1, 64))
	fmt.Fprintf(w, "\"countries\": [\n")
	for i, s := range shapes {
		var rings []string
		for _, r := range s.rings {
			var b strings.Builder
			b.WriteByte('[')
			prev := pt{}
			for k, p := range r {
				if k > 0 {
					b.WriteByte(',')
				}
				fmt.Fprintf(&b, "%d,%d", p[0]-prev[0], p[1]-prev[1])
				prev = p
			}
			b.WriteByte(']')
			rings = append(rings, b.String())
		}
		sep := ","
		if i == len(shapes)-1 {
			sep = ""
		}
		fmt.Fprintf(w, "{\"code\": %q, \"en\": %q, \"fr\": %q, \"label\": %t, \"rings\": [\n%s]}%s\n",
			s.code, s.en, s.fr, s.label, strings.Join(rings, ",\n"), sep)
	}
	fmt.Fprintf(w, "]}\n")
}
