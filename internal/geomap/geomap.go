// Package geomap draws the site's maps at build time, as SVG to put
// inside a page: the places of a set of events on the countries of the
// South Caucasus, each place a circle whose area tells its number of
// events and a link to its page, and the small locator map that shows
// where one place is.
//
// A map needs no tile server, no script, no font and no request: its
// borders are Natural Earth's, cut once by extract (README.md says from
// where, and under which licence) into borders.json, which the package
// embeds. It draws what it is handed: it reads no files, knows nothing of
// articles or events, and writes no HTML around the SVG.
//
// Its output is deterministic, to the byte, for the same input.
package geomap

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Map is a regional map of places to draw.
type Map struct {
	ID    string // prefix of the SVG's element ids, unique in its page; "" for "map"
	Title string // the map's accessible name; "" for "Carte des lieux"
	Desc  string // its description; "" for one that says how to read it
	Lang  string // "fr" or "en": the language of the country names and of the sentences the map writes
	// Width and Height are the viewBox's size, 600×450 when both are 0.
	// The SVG is as wide as its container; its text is 11 px or more and
	// its smallest circle 6 px in radius once the map is 343 px wide (a
	// 375 px phone's page), so it reads on a phone.
	Width, Height float64
	Marks         []Mark
	// Areas name the inset, when marks crowd: the area whose point lies
	// among the crowded marks, nearest their centre, gives its name
	// ("Haut-Karabakh et alentours"); with none, the busiest mark does.
	Areas []Area
}

// Mark is a place on a map.
type Mark struct {
	ID       string  // the place's id: orders marks of equal counts
	Name     string  // its name in the map's language: the label and the link's accessible name
	Lat, Lon float64 // degrees, WGS 84
	Count    int     // its number of events: the circle's area is proportional to it
	Href     string  // its page, relative to the page that holds the map
	// Main asks for the place to be named on the map when there is room;
	// a place with a quarter of the busiest place's events or more is
	// named too, and every place of an inset.
	Main bool
}

// Area is a named area a map may name its inset after: a region, with
// the point a gazetteer gives it (Haut-Karabakh's is Stepanakert's).
type Area struct {
	Name     string  // in the map's language
	Lat, Lon float64 // degrees, WGS 84
}

// Drawing is a drawn map.
type Drawing struct {
	SVG []byte // an <svg> element, to put inside the page as it is
	// Inset is a second <svg>, nil when no marks crowd: a closer map of
	// the area where they do, which SVG outlines and links to by the id
	// Map.ID+"-inset". The page shows it right after SVG.
	Inset []byte
	// Off are the marks beyond the map's edges — Moscow or Brussels on a
	// map of Karabakh — most events first. The map shows each with an
	// arrow at its edge when there is room for the name, but a page
	// should list them in its text.
	Off []Mark
}

// Regional map geometry, in CSS pixels on a phone: px is how many
// viewBox units make a pixel when the map is phoneWidth pixels wide.
const (
	defaultWidth  = 600.0
	defaultHeight = 450.0
	// phoneWidth is the map's width on a 375 px phone, less the page's
	// margins of 1 rem on each side: the text is 11 px or more there,
	// and more on any wider screen.
	phoneWidth = 343.0
	minRadius  = 6.0  // the smallest circle
	maxRadius  = 18.0 // the largest
	// fullCount is the least count drawn at maxRadius: on a map whose
	// places have one or two events each, the circles stay small.
	fullCount = 10
	// namedShare is the share of the busiest place's events from which a
	// place is named though not Main: Tbilisi's large circle, among the
	// many towns of Karabakh, is not left blank.
	namedShare = 0.25
)

// caucasus is the fallback centre of a map with no mark in the region:
// between Tbilisi, Yerevan and Baku.
var caucasus = struct{ lat, lon float64 }{40.9, 45.9}

// regionalStyle is a regional map's style for a viewBox width w.
func regionalStyle(w float64) style {
	px := w / phoneWidth
	return style{
		tol:         0.35 * px,
		nameSize:    11 * px,
		nameSpacing: 1.2 * px,
		nameUpper:   true,
		labelSize:   11.5 * px,
		labelWidth:  1.08, // font-weight 600
		halo:        3 * px,
		border:      0.9 * px,
		inset:       3 * px,
	}
}

// Render draws a regional map of m's marks: the frame holds every mark
// inside the region (the South Caucasus and its neighbours, from Ankara
// to Tehran and Rostov) with room for its circle and label, the whole of
// Armenia and Azerbaijan when a mark is there, and is never closer than
// 240 km across; marks beyond it are returned in Drawing.Off. Where
// marks crowd, Drawing.Inset is a closer map of them.
//
// The SVG is a group (role="group", named by its <title>) of links: each
// mark is an <a> named by its own <title> ("Chouchi : 12 événements"),
// which is also the text a pointer shows; the land, the names and the
// labels are hidden from assistive technology, which reads the links
// instead.
func Render(m Map) (Drawing, error) {
	p, err := layout(m)
	if err != nil {
		return Drawing{}, err
	}
	d := Drawing{SVG: p.write()}
	if p.inset != nil {
		d.Inset = p.inset.write()
	}
	for _, i := range p.off {
		d.Off = append(d.Off, p.marks[i])
	}
	return d, nil
}

// plan is a regional map or an inset laid out: what goes where, before
// any byte is written. The tests read it to check what the SVG cannot
// show, such as the boxes of the labels.
type plan struct {
	id, title, desc string
	wd              *words
	st              style
	px              float64 // viewBox units per CSS pixel on a phone
	f               frame
	bs              *base
	marks           []Mark   // most events first; an inset shares its map's
	top             int      // the count drawn at the largest radius
	drawn           []circle // the marks inside the frame, less a crowd's
	off             []int    // the others, by index in marks
	labels          []label
	arrows          []arrow
	names           []placedName
	group           *group // the crowd, outlined: its marks are in inset
	inset           *plan
	isInset         bool
	heading         *textLabel // an inset's name, in a corner
	bar             *scaleBar  // an inset's scale
	lb              *labeller
}

func layout(m Map) (*plan, error) {
	wd, err := wordsFor(m.Lang)
	if err != nil {
		return nil, err
	}
	wdt, hgt, err := size(m.Width, m.Height, defaultWidth, defaultHeight)
	if err != nil {
		return nil, err
	}
	if err := checkMarks(m.Marks, m.Areas); err != nil {
		return nil, err
	}
	w, err := loadWorld()
	if err != nil {
		return nil, err
	}
	p := &plan{wd: wd, st: regionalStyle(wdt), px: wdt / phoneWidth}
	rmin, rmax := minRadius*p.px, maxRadius*p.px

	// Marks most events first, so the small circles are drawn over the
	// large ones and the busiest places are labelled first.
	p.marks = append([]Mark(nil), m.Marks...)
	marks := p.marks
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].Count != marks[j].Count {
			return marks[i].Count > marks[j].Count
		}
		return marks[i].ID < marks[j].ID
	})
	p.top = fullCount
	for _, mk := range marks {
		p.top = max(p.top, mk.Count)
	}
	proj := make([]xy, len(marks))
	in := make([]bool, len(marks))
	var inside []roomy
	ctx := w.context
	near := false
	// The room a mark needs at the frame's edge: its circle, a gap and a
	// line of label, above or below it when not beside it.
	label := 4*p.px + 1.3*p.st.labelSize
	for i, mk := range marks {
		var ok bool
		proj[i], ok = project(mk.Lat, mk.Lon)
		in[i] = ok && w.region.contains(proj[i].x, proj[i].y)
		if in[i] {
			inside = append(inside, roomy{proj[i], radius(mk.Count, p.top, rmin, rmax) + label})
			near = near || ctx.contains(proj[i].x, proj[i].y)
		}
	}
	fb, _ := project(caucasus.lat, caucasus.lon)
	// A map with a mark in Armenia or Azerbaijan shows both whole, and
	// so does a map with no mark in the region.
	var context *rect
	if near || len(inside) == 0 {
		context = &ctx
	}
	p.f = fitMarks(inside, context, 4*p.px, wdt, hgt, minSpan, fb, w.region)
	p.bs = newBase(w, p.f, p.st, wd, m.Lang)

	view := box{0, 0, wdt, hgt}
	for i := range marks {
		c := p.f.at(proj[i])
		if !in[i] || !view.contains(c) {
			p.off = append(p.off, i)
			continue
		}
		p.drawn = append(p.drawn, circle{mark: i, c: c, r: radius(marks[i].Count, p.top, rmin, rmax)})
	}
	p.crowd(w, proj, in, m.Areas, m.Lang)

	p.id, p.title, p.desc = m.ID, m.Title, m.Desc
	if p.id == "" {
		p.id = "map"
	}
	if p.inset != nil {
		p.inset.id = p.id + "-inset"
	}
	if p.title == "" {
		p.title = wd.title
	}
	p.layoutLabels()
	if p.desc == "" {
		p.desc = wd.desc
		if len(p.arrows) > 0 {
			p.desc += wd.descOff
		}
		if p.group != nil {
			p.desc += fmt.Sprintf(wd.descInset, p.group.name)
		}
	}
	return p, nil
}

// layoutLabels places what a map names, most important first, each
// where it covers nothing placed before it. On a main map: the arrows to
// places beyond the edge (the arrow is all they have), the crowd's
// outline and name, the places' names busiest first, the countries and
// seas. On an inset: its heading and scale, every place's name, the
// countries and seas.
func (p *plan) layoutLabels() {
	lb := &labeller{inner: box{p.st.inset, p.st.inset, p.f.w - p.st.inset, p.f.h - p.st.inset}}
	p.lb = lb
	lb.circles = append(lb.circles, p.drawn...)
	if p.isInset {
		p.placeHeading()
		p.placeScaleBar()
	}
	for _, i := range p.off {
		q := p.project(i)
		if math.IsNaN(q.x) {
			continue
		}
		if a, ok := lb.arrow(i, p.f.at(q), p.marks[i].Name, p.f.w, p.f.h, p.st, p.px); ok {
			p.arrows = append(p.arrows, a)
		}
	}
	if g := p.group; g != nil {
		// The outline stays clear of the places' names; its own name is
		// the area's with "et alentours", or the area's alone if only
		// that fits.
		lb.taken = append(lb.taken, g.b.grow(p.st.halo/2))
		for _, try := range []struct {
			text   string
			strict bool
		}{{g.name, true}, {g.short, true}, {g.name, false}, {g.short, false}} {
			if t, ok := lb.boxLabel(g.b, try.text, p.st, p.px, try.strict); ok {
				g.label = &t
				break
			}
		}
	}
	for k, c := range p.drawn {
		mk := &p.marks[c.mark]
		if !p.isInset && !mk.Main && float64(mk.Count) < namedShare*float64(p.top) {
			continue
		}
		if l, ok := lb.markLabel(k, mk.Name, p.st, p.px); ok {
			p.labels = append(p.labels, l)
		}
	}
	if p.bs != nil { // an inset's is drawn once its labels are placed
		p.names = lb.names(p.bs.names)
	}
}

// project is where mark i is in projected metres; NaN when it has no
// place on the map (the projection's antipode).
func (p *plan) project(i int) xy {
	q, ok := project(p.marks[i].Lat, p.marks[i].Lon)
	if !ok {
		return xy{math.NaN(), math.NaN()}
	}
	return q
}

// placeHeading puts an inset's name in the first of its corners, from
// the top left, that hides no circle, or in the one that hides least.
func (p *plan) placeHeading() {
	h := p.heading
	if h == nil {
		return
	}
	s, e := p.st.labelSize, p.st.inset+p.st.halo/2
	top, bottom := e+0.92*s, p.f.h-e-0.24*s
	cands := [][3]float64{{e, top, -1}, {p.f.w - e, top, 1}, {e, bottom, -1}, {p.f.w - e, bottom, 1}}
	t, ok := p.lb.place(cands, textWidth(h.text, s, 0)*p.st.labelWidth, s, p.st.halo, -1, false)
	if !ok {
		p.heading = nil
		return
	}
	t.text = h.text
	p.heading = &t
}

// placeScaleBar puts an inset's scale bar in the first free corner, from
// the bottom left: a bar of a round length with the length above it.
func (p *plan) placeScaleBar() {
	km, length := scaleBarOf(p.f, p.px)
	text := strconv.FormatFloat(km, 'f', -1, 64) + " km"
	s := p.st.nameSize
	tw := textWidth(text, s, 0)
	e := p.st.inset + p.st.halo
	tick := 4 * p.px
	wd := math.Max(length, tw)
	for _, corner := range [][2]bool{{false, true}, {true, true}, {true, false}, {false, false}} {
		right, bottom := corner[0], corner[1]
		x := e
		if right {
			x = p.f.w - e - wd
		}
		y := e + s + 2*p.px + tick // the bar's line
		if bottom {
			y = p.f.h - e
		}
		b := box{x - p.st.halo/2, y - tick - 2*p.px - s, x + wd + p.st.halo/2, y + p.st.halo/2}
		if !p.lb.free(b, true, -1) {
			continue
		}
		p.lb.taken = append(p.lb.taken, b)
		p.bar = &scaleBar{x: x, y: y, length: length, b: b,
			text: textLabel{text: text, x: x, y: y - tick - 2*p.px, anchor: -1}}
		return
	}
}

// write writes the plan's SVG. Its layers, bottom to top: the sea, the
// land and the borders, the country and sea names (all hidden from
// assistive technology); the crowd's outline, a link to the inset; the
// marks, each a link; the marks' labels (hidden: the links carry the
// names); the arrows to places beyond the edge, each a link; an inset's
// heading and scale (hidden).
func (p *plan) write() []byte {
	id := esc.Replace(p.id)
	sw := &svgWriter{b: make([]byte, 0, 16<<10)}
	sw.s(`<svg xmlns="http://www.w3.org/2000/svg" class="map`)
	if p.isInset {
		sw.s(` map-inset" id="`, id)
	}
	sw.s(`"`)
	viewBox(sw, p.f.w, p.f.h)
	sw.s(` width="100%" role="group" aria-labelledby="`, id, `-title" aria-describedby="`, id, `-desc" font-family="system-ui,sans-serif">`, "\n")
	sw.s(`<title id="`, id, `-title">`)
	sw.text(p.title)
	sw.s(`</title><desc id="`, id, `-desc">`)
	sw.text(p.desc)
	sw.s("</desc>\n", `<g aria-hidden="true">`, "\n")
	sw.b = append(sw.b, p.bs.geo...)
	writeNames(sw, p.names, p.st)
	if p.isInset {
		// Its edge is dashed as its outline on the main map is.
		sw.s(`<rect class="map-inset-frame" fill="none" stroke="#1d1b18"`)
		p.dashes(sw)
		sw.attr("x", 0.6*p.px)
		sw.attr("y", 0.6*p.px)
		sw.attr("width", p.f.w-1.2*p.px)
		sw.attr("height", p.f.h-1.2*p.px)
		sw.s("/>\n")
	}
	sw.s("</g>\n")

	if g := p.group; g != nil {
		p.writeGroup(sw, g)
	}
	if len(p.drawn) > 0 {
		sw.s(`<g class="map-marks" color="#a8402a" fill="currentColor" fill-opacity=".82" stroke="#fbfaf7"`)
		sw.attr("stroke-width", 1.2*p.px)
		sw.s(">\n")
		for _, c := range p.drawn {
			mk := &p.marks[c.mark]
			// The link is named by its <title>, which a pointer shows
			// too; with an aria-label as well, Chromium gives the title
			// as the link's description, and a screen reader says the
			// name twice.
			sw.s(`<a class="map-mark" href="`, esc.Replace(mk.Href), `"><title>`)
			sw.text(p.wd.markName(mk))
			sw.s(`</title><circle`)
			sw.attr("cx", c.c.x)
			sw.attr("cy", c.c.y)
			sw.attr("r", c.r)
			sw.s("/></a>\n")
		}
		sw.s("</g>\n")
	}
	if len(p.labels) > 0 || p.heading != nil || p.bar != nil {
		sw.s(`<g class="map-labels" aria-hidden="true" fill="#1d1b18" font-weight="600" stroke="#fbfaf7" stroke-linejoin="round" paint-order="stroke"`)
		sw.attr("stroke-width", p.st.halo)
		sw.attr("font-size", p.st.labelSize)
		sw.s(">\n")
		for _, l := range p.labels {
			writeText(sw, `class="map-label"`, l.x, l.y, l.anchor, -1, p.marks[p.drawn[l.circle].mark].Name)
		}
		if h := p.heading; h != nil {
			writeText(sw, `class="map-heading"`, h.x, h.y, h.anchor, -1, h.text)
		}
		if b := p.bar; b != nil {
			var d path
			tick := 4 * p.px
			d.line([]pt{{b.x, b.y - tick}, {b.x, b.y}, {b.x + b.length, b.y}, {b.x + b.length, b.y - tick}}, false)
			sw.s(`<path class="map-scale" fill="none" stroke="currentColor" stroke-linejoin="miter" color="#1d1b18"`)
			sw.attr("stroke-width", 1.2*p.px)
			sw.s(` d="`, string(d.b), "\"/>\n")
			sw.s(`<text class="map-scale" font-weight="400"`)
			sw.attr("font-size", p.st.nameSize)
			sw.attr("x", b.text.x)
			sw.attr("y", b.text.y)
			sw.s(">", b.text.text, "</text>\n")
		}
		sw.s("</g>\n")
	}
	if len(p.arrows) > 0 {
		sw.s(`<g class="map-off" fill="#1d1b18" stroke="#fbfaf7" stroke-linejoin="round" paint-order="stroke"`)
		sw.attr("stroke-width", p.st.halo)
		sw.attr("font-size", p.st.labelSize)
		sw.s(">\n")
		for _, a := range p.arrows {
			mk := &p.marks[a.mark]
			sw.s(`<a href="`, esc.Replace(mk.Href), `"><title>`)
			sw.text(p.wd.offName(mk))
			sw.s(`</title><path color="#a8402a" fill="currentColor" d="`, string(a.d), `"/>`)
			writeText(sw, `aria-hidden="true"`, a.x, a.y, a.anchor, -1, mk.Name)
			sw.s("</a>\n")
		}
		sw.s("</g>\n")
	}
	sw.s("</svg>\n")
	return sw.b
}

// dashes writes the stroke of a crowd's outline and of its inset's edge.
func (p *plan) dashes(sw *svgWriter) {
	sw.s(` stroke-dasharray="`)
	sw.num(3 * p.px)
	sw.s(" ")
	sw.num(2 * p.px)
	sw.s(`"`)
	sw.attr("stroke-width", 1.2*p.px)
}

// writeGroup writes the crowd's outline: one link to the inset, with a
// dot where each of its places is and the area's name beside it.
func (p *plan) writeGroup(sw *svgWriter, g *group) {
	sw.s(`<g class="map-group">`, "\n", `<a href="#`, esc.Replace(p.inset.id), `"><title>`)
	sw.text(fmt.Sprintf(p.wd.groupName, g.name, len(g.marks)))
	sw.s(`</title><rect fill="#a8402a" fill-opacity=".14" stroke="#1d1b18"`)
	p.dashes(sw)
	sw.attr("x", g.b.x0)
	sw.attr("y", g.b.y0)
	sw.attr("width", g.b.x1-g.b.x0)
	sw.attr("height", g.b.y1-g.b.y0)
	sw.s("/>")
	// The dots show where the places are, too small to pick: the inset
	// is where they are links.
	var d path
	r := tenths(1.6 * p.px)
	for _, c := range g.dots {
		d.cmd('M')
		d.num(tenths(c.x) - r)
		d.num(tenths(c.y))
		d.cmd('a')
		d.num(r)
		d.num(r)
		d.b = append(d.b, " 0 1 0 "...)
		d.num(2 * r)
		d.num(0)
		d.cmd('a')
		d.num(r)
		d.num(r)
		d.b = append(d.b, " 0 1 0 "...)
		d.num(-2 * r)
		d.num(0)
	}
	sw.s(`<path fill="#a8402a" d="`, string(d.b), `"/>`)
	if l := g.label; l != nil {
		attrs := `aria-hidden="true" fill="#1d1b18" font-weight="600" stroke="#fbfaf7" stroke-linejoin="round" paint-order="stroke"`
		attrs += fmt.Sprintf(` stroke-width="%s" font-size="%s"`, appendNum(nil, p.st.halo), appendNum(nil, p.st.labelSize))
		writeText(sw, attrs, l.x, l.y, l.anchor, -1, l.text)
	}
	sw.s("</a>\n</g>\n")
}

// size checks a viewBox size, or gives the default for 0×0.
func size(w, h, dw, dh float64) (float64, float64, error) {
	if w == 0 && h == 0 {
		return dw, dh, nil
	}
	ok := func(v float64) bool { return v >= 100 && v <= 4000 }
	if !ok(w) || !ok(h) || w/h > 4 || h/w > 4 {
		return 0, 0, fmt.Errorf("geomap: size %g×%g: a viewBox from 100 to 4000 units a side, at most 4 times wider than high or the reverse, or 0×0 for %g×%g", w, h, dw, dh)
	}
	return w, h, nil
}

// checkMarks refuses marks and areas a map cannot draw truthfully.
func checkMarks(marks []Mark, areas []Area) error {
	var errs []error
	seen := map[string]bool{}
	for _, mk := range marks {
		where := fmt.Sprintf("geomap: mark %q", mk.ID)
		switch {
		case mk.ID == "":
			errs = append(errs, fmt.Errorf("geomap: mark %q: no id (each mark needs one, unique in the map)", mk.Name))
		case seen[mk.ID]:
			errs = append(errs, fmt.Errorf("%s: a second mark with this id (ids are unique in a map)", where))
		}
		seen[mk.ID] = true
		if strings.TrimSpace(mk.Name) == "" {
			errs = append(errs, fmt.Errorf("%s: no name (its label and its link's accessible name)", where))
		}
		if mk.Href == "" {
			errs = append(errs, fmt.Errorf("%s: no href (each mark is a link to its place's page)", where))
		}
		if err := checkPlace(mk.Lat, mk.Lon); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", where, err))
		}
	}
	for _, a := range areas {
		if strings.TrimSpace(a.Name) == "" {
			errs = append(errs, fmt.Errorf("geomap: an area at %g, %g has no name (it names an inset)", a.Lat, a.Lon))
		}
		if err := checkPlace(a.Lat, a.Lon); err != nil {
			errs = append(errs, fmt.Errorf("geomap: area %q: %w", a.Name, err))
		}
	}
	return errors.Join(errs...)
}

// checkPlace refuses coordinates that are not a place on Earth.
func checkPlace(lat, lon float64) error {
	if math.IsNaN(lat) || lat < -90 || lat > 90 {
		return fmt.Errorf("latitude %g is not on Earth (degrees from -90 to 90, north positive)", lat)
	}
	if math.IsNaN(lon) || lon < -180 || lon > 180 {
		return fmt.Errorf("longitude %g is not on Earth (degrees from -180 to 180, east positive)", lon)
	}
	return nil
}

func viewBox(sw *svgWriter, w, h float64) {
	sw.s(` viewBox="0 0 `)
	sw.num(w)
	sw.s(" ")
	sw.num(h)
	sw.s(`"`)
}

// writeNames writes the country and sea names placed.
func writeNames(sw *svgWriter, names []placedName, st style) {
	if len(names) == 0 {
		return
	}
	// No halo: a name is placed clear of borders and coasts, on a
	// country whose shade the halo would have to match.
	sw.s(`<g class="map-names" text-anchor="middle"`)
	sw.attr("font-size", st.nameSize)
	sw.s(">\n")
	for _, n := range names {
		if n.sea {
			attrs := `class="map-sea-name" fill="#5f7f94" font-style="italic"`
			if n.rotated {
				attrs += ` transform="rotate(-90 ` + string(appendNum(nil, n.x)) + " " + string(appendNum(nil, n.y)) + `)"`
			}
			writeText(sw, attrs, n.x, n.y, 0, 0, n.text)
			continue
		}
		attrs := `class="map-country-name" fill="#80796f"`
		if st.nameSpacing > 0 {
			attrs += fmt.Sprintf(` letter-spacing="%s"`, appendNum(nil, st.nameSpacing))
		}
		writeText(sw, attrs, n.x, n.y, 0, 0, n.text)
	}
	sw.s("</g>\n")
}

// writeText writes a <text> element; anchor is -1 for start, 0 for
// middle, 1 for end, written when it is not the group's.
func writeText(sw *svgWriter, attrs string, x, y, anchor, group float64, s string) {
	sw.s("<text")
	if attrs != "" {
		sw.s(" ", attrs)
	}
	sw.attr("x", x)
	sw.attr("y", y)
	if anchor != group {
		sw.s(` text-anchor="`, [3]string{"start", "middle", "end"}[int(anchor)+1], `"`)
	}
	sw.s(">")
	sw.text(s)
	sw.s("</text>\n")
}
