package geomap

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// Places from GeoNames, with counts of events made up for the tests.
var (
	stepanakert = Mark{ID: "stepanakert", Name: "Stepanakert", Lat: 39.8153, Lon: 46.7519, Count: 30, Href: "../lieux/stepanakert/", Main: true}
	shusha      = Mark{ID: "shusha", Name: "Chouchi", Lat: 39.7583, Lon: 46.7489, Count: 12, Href: "../lieux/chouchi/", Main: true}
	yerevan     = Mark{ID: "yerevan", Name: "Erevan", Lat: 40.1811, Lon: 44.5136, Count: 8, Href: "../lieux/erevan/", Main: true}
	baku        = Mark{ID: "baku", Name: "Bakou", Lat: 40.3777, Lon: 49.892, Count: 15, Href: "../lieux/bakou/", Main: true}
	ganja       = Mark{ID: "ganja", Name: "Gandja", Lat: 40.6828, Lon: 46.3606, Count: 5, Href: "../lieux/gandja/", Main: true}
	lachin      = Mark{ID: "lachin", Name: "Latchine", Lat: 39.6383, Lon: 46.5461, Count: 7, Href: "../lieux/latchine/", Main: true}
	goris       = Mark{ID: "goris", Name: "Goris", Lat: 39.5111, Lon: 46.3386, Count: 3, Href: "../lieux/goris/", Main: true}
	martakert   = Mark{ID: "martakert", Name: "Martakert", Lat: 40.2083, Lon: 46.8217, Count: 2, Href: "../lieux/martakert/"}
	moscow      = Mark{ID: "moscow", Name: "Moscou", Lat: 55.7558, Lon: 37.6173, Count: 4, Href: "../lieux/moscou/", Main: true}
	brussels    = Mark{ID: "brussels", Name: "Bruxelles", Lat: 50.8503, Lon: 4.3517, Count: 1, Href: "../lieux/bruxelles/", Main: true}
)

// areas are regions with the point a gazetteer gives them.
var areas = []Area{
	{Name: "Haut-Karabakh", Lat: stepanakert.Lat, Lon: stepanakert.Lon},
	{Name: "Syunik", Lat: 39.374, Lon: 46.147},
	{Name: "Tavush", Lat: 40.865, Lon: 45.077},
}

func karabakh() []Mark {
	return []Mark{stepanakert, shusha, yerevan, baku, ganja, lachin, goris, martakert, moscow, brussels}
}

// fifty is a map's worth of marks: the Karabakh places and 40 more
// spread over the South Caucasus on a fixed pattern.
func fifty() []Mark {
	ms := karabakh()
	for i := 0; len(ms) < 50; i++ {
		ms = append(ms, Mark{
			ID:    fmt.Sprintf("p%02d", i),
			Name:  fmt.Sprintf("Village %d", i),
			Lat:   38.9 + math.Mod(float64(i)*0.377, 2.6),
			Lon:   44.0 + math.Mod(float64(i)*0.731, 5.6),
			Count: 1 + (i*7)%23,
			Href:  fmt.Sprintf("../lieux/p%02d/", i),
			Main:  i%3 == 0,
		})
	}
	return ms
}

func render(t testing.TB, m Map) Drawing {
	t.Helper()
	d, err := Render(m)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func locate(t testing.TB, l Locator) []byte {
	t.Helper()
	b, err := Locate(l)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestGolden compares the SVGs with testdata/*.golden.svg; go test
// -update rewrites them, and reviewing their diff reviews a change.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		svg  func() []byte
	}{
		{"karabakh-fr", func() []byte {
			return render(t, Map{ID: "carte", Title: "Les lieux du Haut-Karabakh", Lang: "fr", Marks: karabakh()}).SVG
		}},
		{"karabakh-fr-inset", func() []byte {
			return render(t, Map{ID: "carte", Title: "Les lieux du Haut-Karabakh", Lang: "fr", Marks: karabakh(), Areas: areas}).Inset
		}},
		{"karabakh-en", func() []byte {
			english := map[string]string{"shusha": "Shusha", "yerevan": "Yerevan", "baku": "Baku", "ganja": "Ganja", "lachin": "Lachin", "moscow": "Moscow", "brussels": "Brussels"}
			ms := karabakh()
			for i := range ms {
				if n, ok := english[ms[i].ID]; ok {
					ms[i].Name = n
				}
			}
			return render(t, Map{ID: "map", Lang: "en", Marks: ms}).SVG
		}},
		{"one-town", func() []byte { return render(t, Map{Lang: "fr", Marks: []Mark{shusha}}).SVG }},
		{"locator-shusha", func() []byte {
			return locate(t, Locator{Name: "Chouchi", Lat: shusha.Lat, Lon: shusha.Lon, Lang: "fr"})
		}},
		{"locator-ankara", func() []byte { return locate(t, Locator{Name: "Ankara", Lat: 39.9334, Lon: 32.8597, Lang: "en"}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.svg()
			file := filepath.Join("testdata", tt.name+".golden.svg")
			if *update {
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (go test -update writes it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the drawing (go test -update rewrites it, then read the diff)", file)
			}
		})
	}
}

// element is a parsed SVG element, enough to check structure.
type element struct {
	name     string
	attr     map[string]string
	children []*element
	text     string
	parent   *element
}

// parse parses an SVG with encoding/xml, failing the test on any error.
func parse(t *testing.T, svg []byte) *element {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	root := &element{name: "#document"}
	cur := root
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			e := &element{name: tok.Name.Local, attr: map[string]string{}, parent: cur}
			for _, a := range tok.Attr {
				e.attr[a.Name.Local] = a.Value
			}
			cur.children = append(cur.children, e)
			cur = e
		case xml.EndElement:
			cur = cur.parent
		case xml.CharData:
			cur.text += string(tok)
		}
	}
	if len(root.children) != 1 || root.children[0].name != "svg" {
		t.Fatalf("want one <svg> element, got %d elements", len(root.children))
	}
	return root.children[0]
}

func (e *element) all(name string) []*element {
	var out []*element
	for _, c := range e.children {
		if c.name == name {
			out = append(out, c)
		}
		out = append(out, c.all(name)...)
	}
	return out
}

func (e *element) hidden() bool {
	for ; e != nil; e = e.parent {
		if e.attr["aria-hidden"] == "true" {
			return true
		}
	}
	return false
}

// TestXMLAndLinks checks that each SVG parses as XML and that every mark
// is a link with an accessible name that says the place and its count:
// in the map, or in its inset when the marks crowd, once.
func TestXMLAndLinks(t *testing.T) {
	odd := Mark{ID: "odd", Name: `Tom & "Jerry" <x>`, Lat: 40.1, Lon: 45, Count: 2, Href: "a?b=1&c=2", Main: true}
	tests := []struct {
		name  string
		m     Map
		links map[string]string // href → accessible name
	}{
		{"karabakh", Map{Lang: "fr", Marks: karabakh()}, map[string]string{
			"../lieux/chouchi/": "Chouchi : 12 événements",
			"../lieux/moscou/":  "Moscou : 4 événements, hors de la carte",
			"#map-inset":        "Stepanakert et alentours : 3 lieux, sur la carte détaillée",
		}},
		{"areas", Map{ID: "m", Lang: "en", Marks: karabakh(), Areas: areas}, map[string]string{
			"#m-inset": "Around Haut-Karabakh: 3 places, on the detailed map",
		}},
		{"english", Map{Lang: "en", Marks: []Mark{ganja, {ID: "x", Name: "Ijevan", Lat: 40.88, Lon: 45.15, Count: 1, Href: "x/"}}}, map[string]string{
			"../lieux/gandja/": "Gandja: 5 events",
			"x/":               "Ijevan: 1 event",
		}},
		{"escaped", Map{Lang: "fr", Title: "A & B", Marks: []Mark{odd}}, map[string]string{
			"a?b=1&c=2": `Tom & "Jerry" <x> : 2 événements`,
		}},
		{"no marks", Map{Lang: "fr"}, nil},
		{"fifty", Map{Lang: "fr", Marks: fifty()}, nil},
		{"crowd", Map{Lang: "fr", Marks: crowd15()}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := render(t, tt.m)
			svgs := []*element{parse(t, d.SVG)}
			if d.Inset != nil {
				svgs = append(svgs, parse(t, d.Inset))
			}
			got := map[string]string{}
			seen := map[string]int{}
			for _, svg := range svgs {
				if svg.attr["role"] != "group" || svg.attr["aria-labelledby"] == "" {
					t.Errorf("the svg is role=%q aria-labelledby=%q: want a named group", svg.attr["role"], svg.attr["aria-labelledby"])
				}
				titles := svg.all("title")
				if len(titles) == 0 || titles[0].attr["id"] != svg.attr["aria-labelledby"] || strings.TrimSpace(titles[0].text) == "" {
					t.Errorf("the svg's aria-labelledby does not point at a non-empty <title>")
				}
				// Every circle of a mark is inside a link.
				for _, c := range svg.all("circle") {
					if c.link() == nil {
						t.Errorf("a circle outside a link: %v", c.attr)
					}
				}
				for _, a := range svg.all("a") {
					name := a.accName()
					if a.attr["href"] == "" || name == "" {
						t.Errorf("a link with no href or no accessible name: %v", a.attr)
					}
					// One name: a <title> and an aria-label both would be
					// read twice (the title as the description).
					if _, ok := a.attr["aria-label"]; ok {
						t.Errorf("link %s has an aria-label besides its <title>", a.attr["href"])
					}
					if a.hidden() {
						t.Errorf("a link inside aria-hidden: %v", a.attr)
					}
					got[a.attr["href"]] = name
					seen[a.attr["href"]]++
				}
				// Text that is not a link's is hidden: the links say it.
				for _, txt := range svg.all("text") {
					if !txt.hidden() && txt.link() == nil {
						t.Errorf("text %q is neither hidden nor a link's", txt.text)
					}
				}
			}
			off := map[string]bool{}
			for _, m := range d.Off {
				off[m.Href] = true
			}
			for _, m := range tt.m.Marks {
				if n := seen[m.Href]; n > 1 || n == 0 && !off[m.Href] {
					t.Errorf("mark %s is %d links", m.ID, n)
				}
			}
			if d.Inset != nil {
				id := svgs[1].attr["id"]
				if id == "" || seen["#"+id] != 1 {
					t.Errorf("the inset's id is %q, and the map has %d links to it", id, seen["#"+id])
				}
			}
			for href, name := range tt.links {
				if got[href] != name {
					t.Errorf("link %s is named %q, want %q", href, got[href], name)
				}
			}
		})
	}
}

// link is the link e is in, or nil.
func (e *element) link() *element {
	for e = e.parent; e != nil; e = e.parent {
		if e.name == "a" {
			return e
		}
	}
	return nil
}

// accName is a link's accessible name: its <title> child's text.
func (e *element) accName() string {
	for _, c := range e.children {
		if c.name == "title" {
			return strings.TrimSpace(c.text)
		}
	}
	return ""
}

// TestOff checks that places beyond the frame are returned and pointed
// at, never dropped silently.
func TestOff(t *testing.T) {
	d := render(t, Map{Lang: "fr", Marks: karabakh()})
	var ids []string
	for _, m := range d.Off {
		ids = append(ids, m.ID)
	}
	if got := strings.Join(ids, " "); got != "moscow brussels" {
		t.Errorf("Off = %s, want moscow brussels (most events first)", got)
	}
	svg := parse(t, d.SVG)
	arrows := 0
	for _, g := range svg.all("g") {
		if g.attr["class"] == "map-off" {
			arrows = len(g.all("a"))
		}
	}
	if arrows != 2 {
		t.Errorf("%d arrows at the edge, want 2", arrows)
	}
}

// TestAreas checks that a circle's area is proportional to its count,
// between the smallest and the largest radius, on a map and its inset.
func TestAreas(t *testing.T) {
	p, err := layout(Map{Lang: "fr", Marks: karabakh()})
	if err != nil {
		t.Fatal(err)
	}
	if p.inset == nil {
		t.Fatal("no inset for the towns of Karabakh")
	}
	rmin, rmax := minRadius*p.px, maxRadius*p.px
	for _, q := range []*plan{p, p.inset} {
		top := rmax
		if q.isInset {
			top = q.drawn[0].r // the inset's circles may be smaller, alike
		}
		var ref *circle
		for k := range q.drawn {
			c := &q.drawn[k]
			if c.r < rmin-1e-9 || c.r > top+1e-9 {
				t.Errorf("%s: radius %.2f outside [%.2f, %.2f]", q.marks[c.mark].ID, c.r, rmin, top)
			}
			if c.r <= rmin || c.r >= top {
				continue // clamped
			}
			if ref == nil {
				ref = c
				continue
			}
			gotRatio := c.r * c.r / (ref.r * ref.r)
			wantRatio := float64(q.marks[c.mark].Count) / float64(q.marks[ref.mark].Count)
			if math.Abs(gotRatio-wantRatio) > 1e-9 {
				t.Errorf("%s/%s: area ratio %.4f, count ratio %.4f", q.marks[c.mark].ID, q.marks[ref.mark].ID, gotRatio, wantRatio)
			}
		}
		if ref == nil {
			t.Errorf("inset %v: no unclamped circle to compare", q.isInset)
		}
	}
	// The busiest place has the largest circle: Stepanakert in the inset,
	// and on the map, the busiest place not in it.
	if p.inset.marks[p.inset.drawn[0].mark].ID != "stepanakert" {
		t.Errorf("the inset's first circle is %s: want stepanakert", p.marks[p.inset.drawn[0].mark].ID)
	}
	if id, want := p.marks[p.drawn[0].mark].ID, "baku"; id != want || p.drawn[0].r != radius(baku.Count, 30, rmin, rmax) {
		t.Errorf("the map's first circle is %s, r=%.2f: want %s, the busiest place outside the inset", id, p.drawn[0].r, want)
	}
	// Few events: small circles (fullCount).
	q, err := layout(Map{Lang: "fr", Marks: []Mark{{ID: "a", Name: "A", Lat: 40, Lon: 46, Count: 1, Href: "a/"}}})
	if err != nil {
		t.Fatal(err)
	}
	if r := q.drawn[0].r; r >= rmax/2 {
		t.Errorf("a lone place with one event has radius %.2f: want a small circle", r)
	}
}

// TestLabelsApart checks, on the boxes the layout computed, that no two
// labels overlap and none leaves the frame, on a map and its inset.
func TestLabelsApart(t *testing.T) {
	for _, m := range []Map{
		{Lang: "fr", Marks: karabakh()},
		{Lang: "fr", Marks: fifty()},
		{Lang: "en", Marks: fifty(), Width: 400, Height: 400},
		{Lang: "fr", Marks: crowd15()},
	} {
		p, err := layout(m)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []*plan{p, p.inset} {
			if q == nil {
				continue
			}
			what := fmt.Sprintf("%d marks, inset %v", len(m.Marks), q.isInset)
			checkApart(t, what, q)
			if len(q.labels) == 0 {
				t.Errorf("%s: no label placed", what)
			}
		}
	}
}

// checkApart checks that the texts of a plan overlap nothing and stay in
// its frame.
func checkApart(t *testing.T, where string, p *plan) {
	t.Helper()
	var boxes []box
	var what []string
	for _, l := range p.labels {
		boxes, what = append(boxes, l.b), append(what, "label "+p.marks[p.drawn[l.circle].mark].Name)
	}
	for _, a := range p.arrows {
		boxes, what = append(boxes, a.txt, a.head), append(what, "arrow text "+p.marks[a.mark].Name, "arrowhead "+p.marks[a.mark].Name)
	}
	for _, n := range p.names {
		boxes, what = append(boxes, n.b), append(what, "name "+n.text)
	}
	if g := p.group; g != nil {
		boxes, what = append(boxes, g.b), append(what, "outline")
		if g.label != nil {
			boxes, what = append(boxes, g.label.b), append(what, "outline's name")
		}
	}
	if h := p.heading; h != nil {
		boxes, what = append(boxes, h.b), append(what, "heading")
	}
	if b := p.bar; b != nil {
		boxes, what = append(boxes, b.b), append(what, "scale bar")
	}
	frame := box{0, 0, p.f.w, p.f.h}
	for i := range boxes {
		if !boxes[i].inside(frame) && what[i] != "outline" {
			t.Errorf("%s: %s leaves the frame: %+v", where, what[i], boxes[i])
		}
		for j := i + 1; j < len(boxes); j++ {
			if boxes[i].overlaps(boxes[j]) {
				t.Errorf("%s: %s overlaps %s", where, what[i], what[j])
			}
		}
	}
}

// TestLabelsMain checks that the main places are named when there is
// room, the places with many events too, and the others are not; and
// that the countries of the conflict are named.
func TestLabelsMain(t *testing.T) {
	p, err := layout(Map{Lang: "fr", Marks: karabakh()})
	if err != nil {
		t.Fatal(err)
	}
	named := labelled(p)
	for _, id := range []string{"baku", "yerevan", "ganja", "goris"} {
		if !named[id] {
			t.Errorf("%s is a main place, alone in its part of the map, and has no label", id)
		}
	}
	if named["martakert"] {
		t.Error("martakert is not a main place but is labelled")
	}
	// The inset names every place.
	for _, id := range []string{"stepanakert", "shusha", "lachin"} {
		if !labelled(p.inset)[id] {
			t.Errorf("%s has no label in the inset", id)
		}
	}
	names := map[string]bool{}
	for _, n := range p.names {
		names[n.text] = true
	}
	for _, n := range []string{"ARMÉNIE", "AZERBAÏDJAN", "IRAN"} {
		if !names[n] {
			t.Errorf("the map of Karabakh does not name %s", n)
		}
	}
	// A large place is named though not main (Tbilisi among the many
	// towns the caller chose as main); a small one is not.
	tbilisi := Mark{ID: "tbilisi", Name: "Tbilissi", Lat: 41.6941, Lon: 44.8337, Count: 9, Href: "t/"}
	small := Mark{ID: "small", Name: "Petit", Lat: 41.0, Lon: 47.5, Count: 2, Href: "s/"}
	q, err := layout(Map{Lang: "fr", Marks: append(karabakh(), tbilisi, small)})
	if err != nil {
		t.Fatal(err)
	}
	if named := labelled(q); !named["tbilisi"] || named["small"] {
		t.Errorf("tbilisi (9 events of 30) labelled %v, small (2) labelled %v: want true, false", named["tbilisi"], named["small"])
	}
}

// labelled are the ids of the marks p names.
func labelled(p *plan) map[string]bool {
	named := map[string]bool{}
	for _, l := range p.labels {
		named[p.marks[p.drawn[l.circle].mark].ID] = true
	}
	return named
}

// TestProjection checks known places against each other: Yerevan west
// of Baku, Tbilisi north of Yerevan, north up at the centre, and the
// distances and areas of an equal-area projection near the centre.
func TestProjection(t *testing.T) {
	p := func(lat, lon float64) xy {
		q, ok := project(lat, lon)
		if !ok {
			t.Fatalf("%g, %g not projected", lat, lon)
		}
		return q
	}
	yerevan, baku, tbilisi := p(40.1811, 44.5136), p(40.3777, 49.892), p(41.6941, 44.8337)
	stepanakert, shusha := p(39.8153, 46.7519), p(39.7583, 46.7489)
	if !(yerevan.x < stepanakert.x && stepanakert.x < baku.x) {
		t.Errorf("west to east: Yerevan %.0f, Stepanakert %.0f, Baku %.0f", yerevan.x, stepanakert.x, baku.x)
	}
	if !(tbilisi.y > yerevan.y) || !(shusha.y < stepanakert.y) {
		t.Error("Tbilisi is not north of Yerevan, or Shusha not south of Stepanakert")
	}
	if c := p(centreLat, centreLon); math.Abs(c.x) > 1e-6 || math.Abs(c.y) > 1e-6 {
		t.Errorf("the centre projects to %v", c)
	}
	if n := p(centreLat+5, centreLon); math.Abs(n.x) > 1e-6 || n.y <= 0 {
		t.Errorf("due north of the centre projects to %v: north is not up", n)
	}
	// Yerevan–Baku: 456 km on the sphere; the projection keeps it within 1%.
	if d := math.Hypot(baku.x-yerevan.x, baku.y-yerevan.y) / 1000; math.Abs(d-greatCircle(40.1811, 44.5136, 40.3777, 49.892)) > 5 {
		t.Errorf("Yerevan–Baku is %.1f km on the map, %.1f km on the sphere", d, greatCircle(40.1811, 44.5136, 40.3777, 49.892))
	}
	// Equal area: a 0.1° cell at Baku has its spherical area.
	a, b, c := p(40.3, 49.8), p(40.3, 49.9), p(40.4, 49.8)
	onMap := math.Abs((b.x-a.x)*(c.y-a.y)-(c.x-a.x)*(b.y-a.y)) / 1e6
	onSphere := earth * earth * (0.1 * math.Pi / 180) * (math.Sin(40.4*math.Pi/180) - math.Sin(40.3*math.Pi/180)) / 1e6
	if math.Abs(onMap/onSphere-1) > 0.002 {
		t.Errorf("a 0.1° cell at Baku: %.3f km² on the map, %.3f on the sphere", onMap, onSphere)
	}
	if _, ok := project(-centreLat, centreLon-180); ok {
		t.Error("the antipode was projected")
	}
}

func greatCircle(lat1, lon1, lat2, lon2 float64) float64 {
	r := math.Pi / 180
	h := math.Pow(math.Sin((lat2-lat1)*r/2), 2) + math.Cos(lat1*r)*math.Cos(lat2*r)*math.Pow(math.Sin((lon2-lon1)*r/2), 2)
	return 2 * earth / 1000 * math.Asin(math.Sqrt(h))
}

// TestPlaces checks where the map puts places in the viewBox.
func TestPlaces(t *testing.T) {
	p, err := layout(Map{Lang: "fr", Marks: karabakh()})
	if err != nil {
		t.Fatal(err)
	}
	at := map[string]pt{}
	for _, c := range p.drawn {
		at[p.marks[c.mark].ID] = c.c
	}
	// Stepanakert is in the inset: its dot is in the outline.
	for k, i := range p.group.marks {
		if p.marks[i].ID == "stepanakert" {
			at["stepanakert"] = p.group.dots[k]
		}
	}
	if !p.group.b.contains(at["stepanakert"]) {
		t.Errorf("Stepanakert (%v) is outside its inset's outline %v", at["stepanakert"], p.group.b)
	}
	if !(at["yerevan"].x < at["stepanakert"].x && at["stepanakert"].x < at["baku"].x) {
		t.Errorf("Yerevan, Stepanakert and Baku are not west to east: %v %v %v", at["yerevan"], at["stepanakert"], at["baku"])
	}
	if !(at["ganja"].y < at["stepanakert"].y) {
		t.Errorf("Ganja and Stepanakert are not north to south (y down): %v %v", at["ganja"], at["stepanakert"])
	}
	// One town of Karabakh: the map shows Armenia and Azerbaijan whole.
	w, _ := loadWorld()
	for _, m := range [][]Mark{{shusha}, {lachin, stepanakert, baku}, nil} {
		q, err := layout(Map{Lang: "fr", Marks: m})
		if err != nil {
			t.Fatal(err)
		}
		if v, c := q.f.metres(), w.context; v.x0 > c.x0 || v.x1 < c.x1 || v.y0 > c.y0 || v.y1 < c.y1 {
			t.Errorf("%d marks: the frame %v does not hold Armenia and Azerbaijan %v", len(m), v, c)
		}
	}
	// One town away from them: the frame is at least minSpan across,
	// centred on it.
	erzurum := Mark{ID: "erzurum", Name: "Erzurum", Lat: 39.9086, Lon: 41.2769, Count: 3, Href: "e/", Main: true}
	q, err := layout(Map{Lang: "fr", Marks: []Mark{erzurum}})
	if err != nil {
		t.Fatal(err)
	}
	if span := q.f.w / q.f.scale; span < minSpan*0.999 {
		t.Errorf("a map of one town is %.0f km across, want at least %.0f", span/1000, minSpan/1000)
	}
	if c := q.drawn[0].c; math.Abs(c.x-q.f.w/2) > 1 || math.Abs(c.y-q.f.h/2) > 1 {
		t.Errorf("the one town is at %v, not in the middle", c)
	}
}

// TestFrameMargin checks that a mark at the frame's edge keeps its
// circle and its label inside the viewBox, with room for the label.
func TestFrameMargin(t *testing.T) {
	ankara := Mark{ID: "ankara", Name: "Ankara", Lat: 39.9334, Lon: 32.8597, Count: 3, Href: "a/", Main: true}
	tabriz := Mark{ID: "tabriz", Name: "Tabriz", Lat: 38.08, Lon: 46.2919, Count: 1, Href: "t/", Main: true}
	erzurum := Mark{ID: "erzurum", Name: "Erzurum", Lat: 39.9086, Lon: 41.2769, Count: 2, Href: "e/", Main: true}
	// Wide, square and tall maps. A frame shows no land beyond the
	// region's (a mark near its edge is held to it), so these marks are
	// far from it, and Ankara and Baku, 1,450 km apart, are not asked of
	// a map higher than wide: the region is 1,430 km high.
	wide := [][2]float64{{0, 0}, {900, 300}}
	all := [][2]float64{{0, 0}, {400, 400}, {900, 300}, {300, 450}}
	for _, tt := range []struct {
		ms    []Mark
		sizes [][2]float64
	}{
		{[]Mark{ankara, baku}, wide},
		{[]Mark{lachin, baku}, all},
		{[]Mark{erzurum, tabriz, lachin}, all},
		{[]Mark{ankara, erzurum, baku, tabriz}, wide},
	} {
		ms := tt.ms
		for _, size := range tt.sizes {
			p, err := layout(Map{Lang: "fr", Marks: ms, Width: size[0], Height: size[1]})
			if err != nil {
				t.Fatal(err)
			}
			if len(p.drawn) != len(ms) {
				t.Errorf("%v at %v: %d of %d marks drawn", ids(ms), size, len(p.drawn), len(ms))
			}
			named := labelled(p)
			for _, c := range p.drawn {
				id := p.marks[c.mark].ID
				room := p.st.halo + 2*p.px
				if c.c.x-c.r < room || c.c.y-c.r < room || c.c.x+c.r > p.f.w-room || c.c.y+c.r > p.f.h-room {
					t.Errorf("%v at %v: %s's circle (%v, r %.1f) is not inside the frame %gx%g", ids(ms), size, id, c.c, c.r, p.f.w, p.f.h)
				}
				if !named[id] {
					t.Errorf("%v at %v: %s, a main place, has no label", ids(ms), size, id)
				}
			}
			checkApart(t, fmt.Sprint(ids(ms), size), p)
		}
	}
}

func ids(ms []Mark) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.ID)
	}
	return out
}

// crowd15 is fifteen places within 30 km around Stepanakert, laid as the
// seeds of a sunflower (about 6 km apart), and Yerevan and Baku.
func crowd15() []Mark {
	ms := []Mark{yerevan, baku}
	for k := 1; k <= 15; k++ {
		r := 13.0 * math.Sqrt(float64(k)/15) // km
		a := float64(k) * 137.508 * math.Pi / 180
		ms = append(ms, Mark{
			ID:    fmt.Sprintf("c%02d", k),
			Name:  fmt.Sprintf("Lieu %d", k),
			Lat:   stepanakert.Lat + r*math.Sin(a)/111.2,
			Lon:   stepanakert.Lon + r*math.Cos(a)/(111.2*math.Cos(stepanakert.Lat*math.Pi/180)),
			Count: 1 + (k*11)%37,
			Href:  fmt.Sprintf("c%02d/", k),
			Main:  k%4 == 0,
		})
	}
	return ms
}

// TestInset checks the map of fifteen places within 30 km: they crowd,
// so an inset shows them, each a link there and named, none overlapping,
// and the map outlines them with one link to the inset; both within the
// budgets of bytes and of sizes on a phone.
func TestInset(t *testing.T) {
	ms := crowd15()
	p, err := layout(Map{ID: "m", Lang: "fr", Marks: ms})
	if err != nil {
		t.Fatal(err)
	}
	if p.inset == nil || p.group == nil {
		t.Fatal("fifteen places within 30 km and no inset")
	}
	inInset := map[string]bool{}
	for _, c := range p.inset.drawn {
		inInset[p.marks[c.mark].ID] = true
	}
	for _, m := range ms[2:] {
		if !inInset[m.ID] {
			t.Errorf("%s is not in the inset", m.ID)
		}
	}
	for _, c := range p.drawn {
		if id := p.marks[c.mark].ID; inInset[id] {
			t.Errorf("%s is on the map and in the inset", id)
		}
	}
	if named := labelled(p.inset); len(named) != 15 {
		t.Errorf("the inset names %d of its 15 places", len(named))
	}
	if !apart(p.inset.drawn) {
		t.Error("the inset's circles overlap by more than half a radius")
	}
	if p.inset.heading == nil || p.inset.bar == nil {
		t.Errorf("the inset has heading %v, scale bar %v", p.inset.heading, p.inset.bar)
	}
	if z := p.inset.f.scale / p.f.scale; z < minZoom {
		t.Errorf("the inset is %.1f times closer than the map, want %g or more", z, minZoom)
	}
	// Every place of the crowd is in the outline.
	for k := range p.group.marks {
		if !p.group.b.contains(p.group.dots[k]) {
			t.Errorf("the dot of %s is outside the outline", p.marks[p.group.marks[k]].ID)
		}
	}
	d := render(t, Map{ID: "m", Lang: "fr", Marks: ms})
	inset := parse(t, d.Inset)
	if inset.attr["id"] != "m-inset" || inset.attr["aria-labelledby"] != "m-inset-title" {
		t.Errorf("the inset is id=%q aria-labelledby=%q", inset.attr["id"], inset.attr["aria-labelledby"])
	}
	links := inset.all("a")
	if len(links) != 15 {
		t.Errorf("the inset has %d links, want 15", len(links))
	}
	for _, a := range links {
		if !strings.HasPrefix(a.accName(), "Lieu ") {
			t.Errorf("a link of the inset is named %q", a.accName())
		}
	}
	if n := len(d.SVG) + len(d.Inset); n > 40<<10 {
		t.Errorf("the map and its inset are %d bytes, want at most %d", n, 40<<10)
	}
	checkPhone(t, "inset", d.Inset)
}

// TestPhone checks the sizes a phone shows: text of 11 px or more and
// circles of 6 px or more once the map is phoneWidth pixels wide, on the
// map and on its inset.
func TestPhone(t *testing.T) {
	for _, w := range []float64{0, 400, 900} {
		for _, ms := range [][]Mark{fifty(), crowd15()} {
			d := render(t, Map{Lang: "fr", Marks: ms, Width: w, Height: w * 0.75})
			checkPhone(t, fmt.Sprint("width ", w), d.SVG)
			if d.Inset != nil {
				checkPhone(t, fmt.Sprint("inset of width ", w), d.Inset)
			}
		}
	}
}

// checkPhone checks an SVG's text and circles once it is phoneWidth
// pixels wide.
func checkPhone(t *testing.T, where string, b []byte) {
	t.Helper()
	svg := parse(t, b)
	vb := strings.Fields(svg.attr["viewBox"])
	width, _ := strconv.ParseFloat(vb[2], 64)
	scale := phoneWidth / width // pixels per unit
	for _, e := range append(svg.all("g"), svg.all("text")...) {
		if fs, ok := e.attr["font-size"]; ok {
			v, _ := strconv.ParseFloat(fs, 64)
			if v*scale < 11-0.05 {
				t.Errorf("%s: font-size %s is %.1f px on a phone", where, fs, v*scale)
			}
		}
	}
	for _, c := range svg.all("circle") {
		r, _ := strconv.ParseFloat(c.attr["r"], 64)
		if r*scale < 6-0.05 {
			t.Errorf("%s: a circle of radius %.1f px on a phone", where, r*scale)
		}
	}
}

// TestDeterministic checks that the same marks, in any order, give the
// same bytes.
func TestDeterministic(t *testing.T) {
	for _, ms := range [][]Mark{fifty(), crowd15()} {
		a := render(t, Map{Lang: "fr", Marks: ms, Areas: areas})
		rev := make([]Mark, len(ms))
		for i, m := range ms {
			rev[len(ms)-1-i] = m
		}
		b := render(t, Map{Lang: "fr", Marks: rev, Areas: areas})
		if !bytes.Equal(a.SVG, b.SVG) || !bytes.Equal(a.Inset, b.Inset) {
			t.Error("the same marks in reverse order draw different bytes")
		}
	}
	l1 := locate(t, Locator{Name: "Goris", Lat: goris.Lat, Lon: goris.Lon, Lang: "fr"})
	locate(t, Locator{Name: "Ankara", Lat: 39.93, Lon: 32.86, Lang: "fr"})
	l2 := locate(t, Locator{Name: "Goris", Lat: goris.Lat, Lon: goris.Lon, Lang: "fr"})
	if !bytes.Equal(l1, l2) {
		t.Error("the same locator drawn twice differs")
	}
}

// TestSelfContained checks that nothing in a map points outside it: no
// script, no style sheet, no image, no font, no <use>; the only hrefs
// are the marks' own.
func TestSelfContained(t *testing.T) {
	forbidden := regexp.MustCompile(`(?i)<script|<style|<image|<use|<foreignObject|xlink|url\(|@import|@font-face|https?://|\sstyle=|\son[a-z]+=`)
	hrefs := regexp.MustCompile(`href="([^"]*)"`)
	ms := karabakh()
	allowed := map[string]bool{}
	for _, m := range ms {
		allowed[m.Href] = true
	}
	allowed["#map-inset"] = true // the outline's link to the inset
	d := render(t, Map{Lang: "fr", Marks: ms})
	svgs := map[string][]byte{
		"map":     d.SVG,
		"inset":   d.Inset,
		"locator": locate(t, Locator{Name: "Chouchi", Lat: shusha.Lat, Lon: shusha.Lon, Lang: "fr"}),
	}
	for name, svg := range svgs {
		s := strings.Replace(string(svg), `xmlns="http://www.w3.org/2000/svg"`, "", 1) // a namespace's name, never fetched
		if m := forbidden.FindString(s); m != "" {
			t.Errorf("%s: holds %q", name, m)
		}
		for _, h := range hrefs.FindAllStringSubmatch(s, -1) {
			if !allowed[h[1]] {
				t.Errorf("%s: a link to %q, which no mark has", name, h[1])
			}
		}
	}
}

// TestSizes checks the bytes: a map with its inset in 40 KB, a locator
// in 8 KB wherever the place is.
func TestSizes(t *testing.T) {
	for _, ms := range [][]Mark{fifty(), crowd15(), karabakh()} {
		d := render(t, Map{Lang: "fr", Marks: ms})
		if n := len(d.SVG) + len(d.Inset); n > 40<<10 {
			t.Errorf("a map of %d places is %d bytes with its inset, want at most %d", len(ms), n, 40<<10)
		}
	}
	for lat := 34.5; lat <= 47.5; lat += 1 {
		for lon := 31.0; lon <= 59; lon += 2 {
			b, err := Locate(Locator{Name: "Xxxxxxxxxx", Lat: lat, Lon: lon, Lang: "fr"})
			if errors.Is(err, ErrOutside) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(b) > 8<<10 {
				t.Errorf("the locator of %g, %g is %d bytes, want at most %d", lat, lon, len(b), 8<<10)
			}
		}
	}
}

// TestLocator checks the locator's structure: an image named by its
// title, the place marked and named.
func TestLocator(t *testing.T) {
	b := locate(t, Locator{ID: "loc", Name: "Chouchi", Lat: shusha.Lat, Lon: shusha.Lon, Lang: "fr"})
	svg := parse(t, b)
	if svg.attr["role"] != "img" || svg.attr["aria-labelledby"] != "loc-title" {
		t.Errorf("role=%q aria-labelledby=%q: want an image named by loc-title", svg.attr["role"], svg.attr["aria-labelledby"])
	}
	if ts := svg.all("title"); len(ts) != 1 || ts[0].text != "Situation de Chouchi sur la carte de la région" {
		t.Errorf("titles: %v", ts)
	}
	if len(svg.all("a")) != 0 {
		t.Error("a locator holds a link")
	}
	found := false
	for _, txt := range svg.all("text") {
		if txt.attr["class"] == "map-label" && txt.text == "Chouchi" {
			found = true
		}
	}
	if !found {
		t.Error("the locator does not name its place")
	}
	// The countries of the conflict are named, when there is room (at
	// Yerevan and Ganja, the spot is where the country's name would go).
	for _, place := range []Mark{shusha, stepanakert, goris, lachin} {
		svg := parse(t, locate(t, Locator{Name: place.Name, Lat: place.Lat, Lon: place.Lon, Lang: "fr"}))
		names := map[string]bool{}
		for _, txt := range svg.all("text") {
			names[txt.text] = true
		}
		if !names["Arménie"] || !names["Azerbaïdjan"] {
			t.Errorf("the locator of %s names Armenia %v, Azerbaijan %v", place.Name, names["Arménie"], names["Azerbaïdjan"])
		}
	}
	// A place beyond the region.
	if _, err := Locate(Locator{Name: "Moscou", Lat: moscow.Lat, Lon: moscow.Lon, Lang: "fr"}); !errors.Is(err, ErrOutside) {
		t.Errorf("Moscow: err = %v, want ErrOutside", err)
	}
}

// TestErrors checks that what a map cannot draw is refused with a
// message that says what to fix.
func TestErrors(t *testing.T) {
	ok := shusha
	tests := []struct {
		name string
		m    Map
		want string
	}{
		{"language", Map{Lang: "de", Marks: []Mark{ok}}, `language "de"`},
		{"latitude", Map{Lang: "fr", Marks: []Mark{{ID: "a", Name: "A", Lat: 95, Lon: 45, Href: "a/"}}}, "latitude 95 is not on Earth"},
		{"NaN", Map{Lang: "fr", Marks: []Mark{{ID: "a", Name: "A", Lat: 40, Lon: math.NaN(), Href: "a/"}}}, "longitude NaN"},
		{"same id", Map{Lang: "fr", Marks: []Mark{ok, ok}}, "a second mark with this id"},
		{"no href", Map{Lang: "fr", Marks: []Mark{{ID: "a", Name: "A", Lat: 40, Lon: 45}}}, "no href"},
		{"no name", Map{Lang: "fr", Marks: []Mark{{ID: "a", Name: " ", Lat: 40, Lon: 45, Href: "a/"}}}, "no name"},
		{"size", Map{Lang: "fr", Width: 50, Height: 10}, "size 50×10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Render(tt.m)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one that says %q", err, tt.want)
			}
		})
	}
	if _, err := Locate(Locator{Name: "A", Lat: 40, Lon: 200, Lang: "fr"}); err == nil || !strings.Contains(err.Error(), "longitude 200") {
		t.Errorf("a locator at longitude 200: err = %v", err)
	}
}

// TestBorders checks the embedded data: the countries of the region,
// Nakhchivan as part of Azerbaijan, and borders between them.
func TestBorders(t *testing.T) {
	w, err := loadWorld()
	if err != nil {
		t.Fatal(err)
	}
	byCode := map[string]*country{}
	for i := range w.countries {
		byCode[w.countries[i].code] = &w.countries[i]
	}
	for _, code := range []string{"am", "az", "ge", "tr", "ir", "ru"} {
		if byCode[code] == nil {
			t.Errorf("no %s in borders.json", code)
		}
	}
	in := func(code string, lat, lon float64) bool {
		c := byCode[code]
		q, _ := project(lat, lon)
		p := pt{q.x, -q.y}
		var rings [][]pt
		for _, r := range c.rings {
			var u []pt
			for _, v := range r.pts {
				u = append(u, pt{v.x, -v.y})
			}
			rings = append(rings, u)
		}
		return inRings(p, rings)
	}
	places := []struct {
		code     string
		lat, lon float64
		what     string
	}{
		{"am", 40.1811, 44.5136, "Yerevan"},
		{"am", 39.5111, 46.3386, "Goris"},
		{"az", 40.6828, 46.3606, "Ganja"},
		{"az", 39.2089, 45.4122, "Nakhchivan (the city, in the exclave)"},
		{"az", 39.7583, 46.7489, "Shusha"},
		{"ge", 41.6941, 44.8337, "Tbilisi"},
		{"ir", 38.0800, 46.2919, "Tabriz"},
	}
	for _, p := range places {
		if !in(p.code, p.lat, p.lon) {
			t.Errorf("%s is not in %s", p.what, p.code)
		}
	}
	if in("am", 40.6828, 46.3606) {
		t.Error("Ganja is in Armenia")
	}
	if len(w.borders) == 0 {
		t.Error("no border between the countries")
	}
	if fr, en := byCode["az"].name("fr"), byCode["az"].name("en"); fr != "Azerbaïdjan" || en != "Azerbaijan" {
		t.Errorf("Azerbaijan's names: %q, %q", fr, en)
	}
}

// BenchmarkSite draws what a build draws: six regional maps and 150
// locators (the first draws fill the locator's cache, as in a build).
func BenchmarkSite(b *testing.B) {
	ms := fifty()
	for b.Loop() {
		for i := 0; i < 6; i++ {
			if _, err := Render(Map{Lang: "fr", Marks: ms[:10+i*8]}); err != nil {
				b.Fatal(err)
			}
		}
		for i := 0; i < 150; i++ {
			m := ms[i%len(ms)]
			if _, err := Locate(Locator{Name: m.Name, Lat: m.Lat, Lon: m.Lon, Lang: "fr"}); err != nil && !errors.Is(err, ErrOutside) {
				b.Fatal(err)
			}
		}
	}
}

// TestOddPlaces checks inputs at the edges of what a map can hold: the
// poles, the projection's antipode, counts of zero, below zero and very
// large, a long name, and many marks on one point.
func TestOddPlaces(t *testing.T) {
	ms := []Mark{
		{ID: "north", Name: "Pôle Nord", Lat: 90, Lon: 0, Count: 1, Href: "n/", Main: true},
		{ID: "south", Name: "Pôle Sud", Lat: -90, Lon: 180, Count: 1, Href: "s/", Main: true},
		{ID: "antipode", Name: "Antipode", Lat: -centreLat, Lon: centreLon - 180, Count: 3, Href: "a/", Main: true},
		{ID: "zero", Name: "Zéro", Lat: 40, Lon: 46, Count: 0, Href: "z/", Main: true},
		{ID: "negative", Name: "Négatif", Lat: 40.1, Lon: 46.1, Count: -5, Href: "m/", Main: true},
		{ID: "huge", Name: "Énorme", Lat: 40.2, Lon: 46.2, Count: math.MaxInt, Href: "h/", Main: true},
		{ID: "long", Name: strings.Repeat("Très long nom ", 20), Lat: 40.3, Lon: 46.3, Count: 2, Href: "l/", Main: true},
	}
	for i := 0; i < 20; i++ {
		ms = append(ms, Mark{ID: fmt.Sprint("same", i), Name: "Même lieu", Lat: 40, Lon: 46, Count: i, Href: "x/", Main: true})
	}
	d := render(t, Map{Lang: "fr", Marks: ms})
	parse(t, d.SVG)
	off := map[string]bool{}
	for _, m := range d.Off {
		off[m.ID] = true
	}
	for _, id := range []string{"north", "south", "antipode"} {
		if !off[id] {
			t.Errorf("%s is not in Off", id)
		}
	}
	if off["zero"] || off["negative"] {
		t.Error("a place in the region with no event is not drawn")
	}
}

// FuzzRender draws maps of one or two marks anywhere, with any count:
// no input may panic, and the output is always XML.
func FuzzRender(f *testing.F) {
	f.Add(39.8, 46.7, 3, 55.7, 37.6, 1)
	f.Add(-40.5, -134.5, 0, 90.0, -180.0, -1)
	f.Add(40.0, 46.0, math.MaxInt, 40.0, 46.0, math.MinInt)
	f.Fuzz(func(t *testing.T, lat1, lon1 float64, n1 int, lat2, lon2 float64, n2 int) {
		d, err := Render(Map{Lang: "en", Marks: []Mark{
			{ID: "a", Name: "A", Lat: lat1, Lon: lon1, Count: n1, Href: "a/", Main: true},
			{ID: "b", Name: "B", Lat: lat2, Lon: lon2, Count: n2, Href: "b/", Main: true},
		}})
		if err != nil {
			return // not a place on Earth
		}
		parse(t, d.SVG)
		if _, err := Locate(Locator{Name: "A", Lat: lat1, Lon: lon1, Lang: "en"}); err != nil && checkPlace(lat1, lon1) == nil && !errors.Is(err, ErrOutside) {
			t.Errorf("Locate(%g, %g): %v", lat1, lon1, err)
		}
	})
}

// FuzzCrowd draws maps of up to 40 marks scattered around one point, as
// close or as far apart as the fuzzer likes: no input may panic, the
// output is XML, and each mark is one link, on the map or in its inset,
// or off the map.
func FuzzCrowd(f *testing.F) {
	f.Add(39.8, 46.75, 0.1, uint8(15), uint8(0))
	f.Add(40.0, 46.0, 0.0, uint8(20), uint8(3))
	f.Add(41.0, 45.0, 3.0, uint8(40), uint8(9))
	f.Add(47.9, 59.9, 0.01, uint8(5), uint8(1))
	f.Fuzz(func(t *testing.T, lat, lon, spread float64, n, seed uint8) {
		if checkPlace(lat, lon) != nil || math.IsNaN(spread) || math.IsInf(spread, 0) {
			return
		}
		var ms []Mark
		for k := range int(n % 41) {
			a := float64(k)*2.39996 + float64(seed)
			r := spread * math.Sqrt(float64(k)/40)
			ms = append(ms, Mark{ID: fmt.Sprint("m", k), Name: fmt.Sprint("Lieu ", k), Href: fmt.Sprint(k, "/"),
				Lat: math.Max(-90, math.Min(90, lat+r*math.Sin(a))), Lon: math.Max(-180, math.Min(180, lon+r*math.Cos(a))),
				Count: (k*int(seed) + 1) % 50, Main: k%3 == 0})
		}
		d, err := Render(Map{Lang: "fr", Marks: ms, Areas: areas})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for _, b := range [][]byte{d.SVG, d.Inset} {
			if b == nil {
				continue
			}
			for _, a := range parse(t, b).all("a") {
				seen[a.attr["href"]]++
			}
		}
		off := map[string]bool{}
		for _, m := range d.Off {
			off[m.Href] = true
		}
		for _, m := range ms {
			if c := seen[m.Href]; c > 1 || c == 0 && !off[m.Href] {
				t.Errorf("%s is %d links", m.ID, c)
			}
		}
	})
}

// BenchmarkRender draws one regional map of 50 places.
func BenchmarkRender(b *testing.B) {
	ms := fifty()
	for b.Loop() {
		if _, err := Render(Map{Lang: "fr", Marks: ms}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLocate draws one locator on the South Caucasus frame, whose
// geography is kept between calls.
func BenchmarkLocate(b *testing.B) {
	for b.Loop() {
		if _, err := Locate(Locator{Name: "Chouchi", Lat: shusha.Lat, Lon: shusha.Lon, Lang: "fr"}); err != nil {
			b.Fatal(err)
		}
	}
}
