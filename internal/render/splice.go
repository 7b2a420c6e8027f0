package render

import (
	"bytes"
	"html/template"
	"strconv"
	"sync"
	"sync/atomic"
)

// Rows are drawn beside the template engine, not through it: rows writes
// a list's rows into a buffer of its own and returns a marker, which
// splice replaces with the rows once the template has run. A template
// prints what a function returns through fmt, into fmt's buffer and then
// the page's, and the string itself was a copy of the rows' buffer: the
// rows of the listings, most of a large site's bytes, were copied three
// times and allocated twice (800 MB on 10,000 articles).
//
// A marker is NUL, "rows:", an id in base 36 and NUL. The texts a page
// shows never hold NUL (htmlEscaper and html/template replace it), so no
// text of an article can pass for one.

// drawnRows holds the rows drawn and not yet spliced, by id.
var (
	drawnRows sync.Map // uint64 → *bytes.Buffer
	lastRows  atomic.Uint64
)

const rowsMark = "\x00rows:"

// hold keeps b, rows drawn, until splice takes them, and returns their
// marker.
func hold(b *bytes.Buffer) template.HTML {
	id := lastRows.Add(1)
	drawnRows.Store(id, b)
	return template.HTML(rowsMark + strconv.FormatUint(id, 36) + "\x00")
}

// splice writes src into dst, each marker replaced by the rows it holds,
// and gives their buffers back. With dst nil, it only gives them back:
// a page that failed leaves none behind.
func splice(dst *bytes.Buffer, src []byte) {
	for {
		i := bytes.IndexByte(src, 0)
		if i < 0 {
			break
		}
		rest := src[i:]
		id, n, ok := marker(rest)
		var rows *bytes.Buffer
		if ok {
			if v, found := drawnRows.LoadAndDelete(id); found {
				rows = v.(*bytes.Buffer)
			}
		}
		if rows == nil { // not a marker: the byte as it is
			if dst != nil {
				dst.Write(src[:i+1])
			}
			src = src[i+1:]
			continue
		}
		if dst != nil {
			dst.Write(src[:i])
			dst.Write(rows.Bytes())
		}
		buffers.Put(rows)
		src = rest[n:]
	}
	if dst != nil {
		dst.Write(src)
	}
}

// marker reads the marker at the start of b: its id and its length.
func marker(b []byte) (id uint64, n int, ok bool) {
	if !bytes.HasPrefix(b, []byte(rowsMark)) {
		return 0, 0, false
	}
	end := bytes.IndexByte(b[len(rowsMark):], 0)
	if end <= 0 {
		return 0, 0, false
	}
	id, err := strconv.ParseUint(string(b[len(rowsMark):len(rowsMark)+end]), 36, 64)
	if err != nil {
		return 0, 0, false
	}
	return id, len(rowsMark) + end + 1, true
}
