package geomap

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Locator is a small map that shows where one place is: the South
// Caucasus, or the part of the region around the place when it lies
// beyond, with the place marked and named.
type Locator struct {
	ID       string  // prefix of the SVG's element ids, unique in its page; "" for "locator"
	Name     string  // the place's name in the map's language
	Lat, Lon float64 // degrees, WGS 84
	Lang     string  // "fr" or "en"
	Title    string  // the map's accessible name; "" for "Situation de Chouchi sur la carte de la région"
	// Width and Height are the viewBox's size, 240×180 when both are 0;
	// the text is 11 units or more, so 11 px or more whenever the map is
	// shown at least as wide as its viewBox.
	Width, Height float64
}

// ErrOutside is returned by Locate for a place beyond the region the
// maps cover (Moscow, Brussels): a locator would show only sea.
var ErrOutside = errors.New("the place is beyond the region the maps cover (from Ankara to Tehran and Rostov)")

// Locator geometry.
const (
	locatorWidth  = 240.0
	locatorHeight = 180.0
	// locatorSpan is the distance across a locator: from the Black Sea to
	// the Caspian, so Georgia, Armenia and Azerbaijan are whole.
	locatorSpan = 1100e3
)

var locatorStyle = style{
	tol:        0.7,
	nameSize:   11,
	labelSize:  12.5,
	labelWidth: 1.08,
	halo:       3,
	border:     0.8,
	inset:      2,
	slack:      0.2,
	fineGrid:   true,
}

// bases keeps the geography of the standard locator frame, by language
// and size: a site draws a locator per place, mostly on the same frame.
var bases sync.Map

type baseKey struct {
	lang string
	w, h float64
}

// Locate draws the locator of one place. The SVG is an image
// (role="img") named by its <title>; it holds no link.
func Locate(l Locator) ([]byte, error) {
	wd, err := wordsFor(l.Lang)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(l.Name) == "" {
		return nil, errors.New("geomap: locator: no name (the place's name is its label and its title)")
	}
	if err := checkPlace(l.Lat, l.Lon); err != nil {
		return nil, fmt.Errorf("geomap: locator %q: %w", l.Name, err)
	}
	w, h, err := size(l.Width, l.Height, locatorWidth, locatorHeight)
	if err != nil {
		return nil, err
	}
	wld, err := loadWorld()
	if err != nil {
		return nil, err
	}
	p, ok := project(l.Lat, l.Lon)
	if !ok || !wld.region.contains(p.x, p.y) {
		return nil, fmt.Errorf("geomap: locator %q at %g, %g: %w", l.Name, l.Lat, l.Lon, ErrOutside)
	}
	st := locatorStyle
	centre, _ := project(caucasus.lat, caucasus.lon)
	f := fit(nil, w, h, 0, locatorSpan, centre, wld.region)
	at := f.at(p)
	var bs *base
	if (box{w * 0.08, h * 0.1, w * 0.92, h * 0.9}).contains(at) {
		key := baseKey{l.Lang, w, h}
		if b, ok := bases.Load(key); ok {
			bs = b.(*base)
		} else {
			bs = newBase(wld, f, st, wd, l.Lang)
			bases.Store(key, bs)
		}
	} else {
		// A place near the standard frame's edge or beyond it, in the
		// region: the same scale, centred on the place.
		f = fit([]xy{p}, w, h, 0, locatorSpan, p, wld.region)
		at = f.at(p)
		bs = newBase(wld, f, st, wd, l.Lang)
	}

	// The names of Armenia and Azerbaijan first, then the place's, which
	// has eight spots to choose from where Armenia has one or two; but
	// the place's name before them if they leave it no room.
	var focusNames, others []name
	for _, n := range bs.names {
		if n.focus {
			focusNames = append(focusNames, n)
		} else {
			others = append(others, n)
		}
	}
	lb := &labeller{inner: box{st.inset, st.inset, w - st.inset, h - st.inset}}
	lb.circles = []circle{{c: at, r: 7}}
	names := lb.names(focusNames)
	lab, labelled := lb.markLabel(0, l.Name, st, 1)
	if !labelled {
		lb.taken = nil
		lab, labelled = lb.markLabel(0, l.Name, st, 1)
		names = lb.names(focusNames)
	}
	names = append(names, lb.names(others)...)

	id := l.ID
	if id == "" {
		id = "locator"
	}
	title := l.Title
	if title == "" {
		title = fmt.Sprintf(wd.locator, l.Name)
	}
	sw := &svgWriter{b: make([]byte, 0, 8<<10)}
	sw.s(`<svg xmlns="http://www.w3.org/2000/svg" class="map map-locator"`)
	viewBox(sw, w, h)
	sw.s(` width="100%" role="img" aria-labelledby="`, esc.Replace(id), `-title" font-family="system-ui,sans-serif">`, "\n")
	sw.s(`<title id="`, esc.Replace(id), `-title">`)
	sw.text(title)
	sw.s("</title>\n")
	sw.b = append(sw.b, bs.geo...)
	writeNames(sw, names, st)
	sw.s(`<g class="map-spot" color="#a8402a"><circle fill="none" stroke="currentColor" stroke-width="1.5" r="7"`)
	sw.attr("cx", at.x)
	sw.attr("cy", at.y)
	sw.s(`/><circle fill="currentColor" stroke="#fbfaf7" stroke-width="1.2" r="3.5"`)
	sw.attr("cx", at.x)
	sw.attr("cy", at.y)
	sw.s("/></g>\n")
	if labelled {
		sw.s(`<text class="map-label" fill="#1d1b18" font-weight="600" stroke="#fbfaf7" stroke-linejoin="round" paint-order="stroke"`)
		sw.attr("stroke-width", st.halo)
		sw.attr("font-size", st.labelSize)
		sw.attr("x", lab.x)
		sw.attr("y", lab.y)
		if lab.anchor != -1 {
			sw.s(` text-anchor="`, [3]string{"start", "middle", "end"}[int(lab.anchor)+1], `"`)
		}
		sw.s(">")
		sw.text(l.Name)
		sw.s("</text>\n")
	}
	sw.s("</svg>\n")
	return sw.b, nil
}
