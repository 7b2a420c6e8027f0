package geomap

import (
	"math"
	"strconv"
	"strings"
)

// Every coordinate is written in tenths of a viewBox unit: a tenth is a
// sixteenth of a pixel on a phone and keeps the bytes few. Paths give
// their first point and then the steps between points, which are short.

// tenths rounds v to a whole number of tenths.
func tenths(v float64) int64 { return int64(math.Round(v * 10)) }

// appendTenths writes t tenths as a decimal: 123 → "12.3", 5 → ".5",
// -30 → "-3".
func appendTenths(b []byte, t int64) []byte {
	if t < 0 {
		b = append(b, '-')
		t = -t
	}
	if t >= 10 || t == 0 {
		b = strconv.AppendInt(b, t/10, 10)
	}
	if t%10 != 0 {
		b = append(b, '.', byte('0'+t%10))
	}
	return b
}

// appendNum writes v rounded to a tenth.
func appendNum(b []byte, v float64) []byte { return appendTenths(b, tenths(v)) }

// path builds an SVG path's d attribute.
type path struct {
	b   []byte
	sep bool // a number was just written: the next positive one needs a space
}

func (p *path) num(t int64) {
	if p.sep && t >= 0 {
		p.b = append(p.b, ' ')
	}
	p.b = appendTenths(p.b, t)
	p.sep = true
}

func (p *path) cmd(c byte) {
	p.b = append(p.b, c)
	p.sep = false
}

// line adds an open or (closed) polyline, rounded to tenths; points that
// round to the one before are left out. It returns the number of points
// written.
func (p *path) line(pts []pt, closed bool) int {
	type tp struct{ x, y int64 }
	r := make([]tp, 0, len(pts))
	for _, q := range pts {
		t := tp{tenths(q.x), tenths(q.y)}
		if len(r) == 0 || r[len(r)-1] != t {
			r = append(r, t)
		}
	}
	if closed && len(r) > 1 && r[0] == r[len(r)-1] {
		r = r[:len(r)-1]
	}
	if closed && len(r) < 3 || len(r) < 2 {
		return 0
	}
	p.cmd('M')
	p.num(r[0].x)
	p.num(r[0].y)
	p.cmd('l')
	for i := 1; i < len(r); i++ {
		p.num(r[i].x - r[i-1].x)
		p.num(r[i].y - r[i-1].y)
	}
	if closed {
		p.cmd('z')
	}
	return len(r)
}

// esc escapes text for XML, in an attribute or between tags.
var esc = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")

// svgWriter appends an SVG document's bytes.
type svgWriter struct{ b []byte }

func (w *svgWriter) s(parts ...string) {
	for _, p := range parts {
		w.b = append(w.b, p...)
	}
}

// text writes escaped text.
func (w *svgWriter) text(s string) { w.b = append(w.b, esc.Replace(s)...) }

// num writes a coordinate.
func (w *svgWriter) num(v float64) { w.b = appendNum(w.b, v) }

// attr writes name="v" with v a coordinate, after a space.
func (w *svgWriter) attr(name string, v float64) {
	w.b = append(w.b, ' ')
	w.b = append(w.b, name...)
	w.b = append(w.b, '=', '"')
	w.b = appendNum(w.b, v)
	w.b = append(w.b, '"')
}
