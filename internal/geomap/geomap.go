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
}

// Mark is a place on a map.
type Mark struct {
	ID       string  // the place's id: orders marks of equal counts
	Name     string  // its name in the map's language: the label and the link's accessible name
	Lat, Lon float64 // degrees, WGS 84
	Count    int     // its number of events: the circle's area is proportional to it
	Href     string  // its page, relative to the page that holds the map
	Main     bool    // name it on the map when there is room
}

// Drawing is a drawn map.
type Drawing struct {
	SVG []byte // an <svg> element, to put inside the page as it is
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
// to Tehran and Rostov), with room around them and never closer than
// 240 km across; marks beyond it are returned in Drawing.Off.
//
// The SVG is a group (role="group", named by its <title>) of links: each
// mark is an <a> whose aria-label says the place and its count
// ("Chouchi : 12 événements"); the land, the names and the labels are
// hidden from assistive technology, which reads the links instead.
func Render(m Map) (Drawing, error) {
	p, err := layout(m)
	if err != nil {
		return Drawing{}, err
	}
	d := Drawing{SVG: p.write()}
	for _, i := range p.off {
		d.Off = append(d.Off, p.marks[i])
	}
	return d, nil
}

// plan is a regional map laid out: what goes where, before any byte is
// written. The tests read it to check what the SVG cannot show, such as
// the boxes of the labels.
type plan struct {
	id, title, desc string
	wd              *words
	st              style
	px              float64 // viewBox units per CSS pixel on a phone
	f               frame
	bs              *base
	marks           []Mark   // most events first
	drawn           []circle // the marks inside the frame
	off             []int    // the others, by index in marks
	labels          []label
	arrows          []arrow
	names           []placedName
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
	if err := checkMarks(m.Marks); err != nil {
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
	proj := make([]xy, len(marks))
	projected := make([]bool, len(marks))
	var inside []xy
	for i, mk := range marks {
		proj[i], projected[i] = project(mk.Lat, mk.Lon)
		if projected[i] && w.region.contains(proj[i].x, proj[i].y) {
			inside = append(inside, proj[i])
		}
	}
	fb, _ := project(caucasus.lat, caucasus.lon)
	p.f = fit(inside, wdt, hgt, rmax+8*p.px, minSpan, fb, w.region)
	p.bs = newBase(w, p.f, p.st, wd, m.Lang)

	top := fullCount
	for _, mk := range marks {
		top = max(top, mk.Count)
	}
	view := box{0, 0, wdt, hgt}
	for i, mk := range marks {
		c := p.f.at(proj[i])
		if !projected[i] || !view.contains(c) || !w.region.contains(proj[i].x, proj[i].y) {
			p.off = append(p.off, i)
			continue
		}
		// The area, not the radius, is proportional to the count.
		r := rmax * math.Sqrt(float64(max(mk.Count, 0))/float64(top))
		p.drawn = append(p.drawn, circle{mark: i, c: c, r: math.Max(rmin, math.Min(rmax, r))})
	}

	lb := &labeller{inner: box{p.st.inset, p.st.inset, wdt - p.st.inset, hgt - p.st.inset}}
	lb.circles = append(lb.circles, p.drawn...)
	// Places beyond the edge first: the arrow is all they have.
	for _, i := range p.off {
		if !projected[i] {
			continue
		}
		if a, ok := lb.arrow(i, p.f.at(proj[i]), marks[i].Name, wdt, hgt, p.st, p.px); ok {
			p.arrows = append(p.arrows, a)
		}
	}
	for k, c := range p.drawn {
		if !marks[c.mark].Main {
			continue
		}
		if l, ok := lb.markLabel(k, marks[c.mark].Name, p.st, p.px); ok {
			p.labels = append(p.labels, l)
		}
	}
	p.names = lb.names(p.bs.names)

	p.id, p.title, p.desc = m.ID, m.Title, m.Desc
	if p.id == "" {
		p.id = "map"
	}
	if p.title == "" {
		p.title = wd.title
	}
	if p.desc == "" {
		p.desc = wd.desc
		if len(p.arrows) > 0 {
			p.desc += wd.descOff
		}
	}
	return p, nil
}

// write writes the plan's SVG. Its layers, bottom to top: the sea, the
// land and the borders, the country and sea names (all hidden from
// assistive technology); the marks, each a link; the marks' labels
// (hidden: the links carry the names); the arrows to places beyond the
// edge, each a link.
func (p *plan) write() []byte {
	id := esc.Replace(p.id)
	sw := &svgWriter{b: make([]byte, 0, 16<<10)}
	sw.s(`<svg xmlns="http://www.w3.org/2000/svg" class="map"`)
	viewBox(sw, p.f.w, p.f.h)
	sw.s(` width="100%" role="group" aria-labelledby="`, id, `-title" aria-describedby="`, id, `-desc" font-family="system-ui,sans-serif">`, "\n")
	sw.s(`<title id="`, id, `-title">`)
	sw.text(p.title)
	sw.s(`</title><desc id="`, id, `-desc">`)
	sw.text(p.desc)
	sw.s("</desc>\n", `<g aria-hidden="true">`, "\n")
	sw.b = append(sw.b, p.bs.geo...)
	writeNames(sw, p.names, p.st)
	sw.s("</g>\n")

	if len(p.drawn) > 0 {
		sw.s(`<g class="map-marks" color="#a8402a" fill="currentColor" fill-opacity=".82" stroke="#fbfaf7"`)
		sw.attr("stroke-width", 1.2*p.px)
		sw.s(">\n")
		for _, c := range p.drawn {
			mk := &p.marks[c.mark]
			sw.s(`<a class="map-mark" href="`, esc.Replace(mk.Href), `" aria-label="`, esc.Replace(p.wd.markName(mk)), `"><circle`)
			sw.attr("cx", c.c.x)
			sw.attr("cy", c.c.y)
			sw.attr("r", c.r)
			sw.s("/></a>\n")
		}
		sw.s("</g>\n")
	}
	if len(p.labels) > 0 {
		sw.s(`<g class="map-labels" aria-hidden="true" fill="#1d1b18" font-weight="600" stroke="#fbfaf7" stroke-linejoin="round" paint-order="stroke"`)
		sw.attr("stroke-width", p.st.halo)
		sw.attr("font-size", p.st.labelSize)
		sw.s(">\n")
		for _, l := range p.labels {
			writeText(sw, `class="map-label"`, l.x, l.y, l.anchor, -1, p.marks[p.drawn[l.circle].mark].Name)
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
			sw.s(`<a href="`, esc.Replace(mk.Href), `" aria-label="`, esc.Replace(p.wd.offName(mk)), `"><path color="#a8402a" fill="currentColor" d="`, string(a.d), `"/>`)
			writeText(sw, "", a.x, a.y, a.anchor, -1, mk.Name)
			sw.s("</a>\n")
		}
		sw.s("</g>\n")
	}
	sw.s("</svg>\n")
	return sw.b
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

// checkMarks refuses marks a map cannot draw truthfully.
func checkMarks(marks []Mark) error {
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
