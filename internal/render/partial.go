package render

import (
	"bytes"
	"fmt"
	"html/template"

	"timeline/internal/store"
	"timeline/internal/timeline"
)

// Rows drawn once. A listing draws each event as a row written in Go
// (EventView.writeRow, see rows.go), {{rows "event-item" .Data.Events}},
// and the same row appears on many pages: every outlet that reports the
// event lists it, and so do the search and corroborated pages, all at the
// same depth (rows hold links relative to their page). A new article
// changes the rows of the twenty-odd events it cites, but each of those
// sits on a hundred list pages, which are drawn again. So a row is drawn
// once per content and kept, within a build and from one build to the
// next, by the key of everything it shows (EventView.key) and of the
// templates and interface text it is drawn with. A template of the
// partial files (templates/_*.html) drawn by the partial function on such
// a view is kept the same way.

// rows are the rows of the listings, by the key of what each shows and
// of the templates and interface text it is drawn with: kept on disk,
// and lingering (see store.Table.Linger), since a row a rebuild did not
// draw is on a page the next one may draw.
var rows = &store.Table[template.HTML]{
	Name:   "rows",
	Linger: true,
	Encode: func(h template.HTML) []byte { return []byte(h) },
	Decode: func(b []byte) (template.HTML, error) { return template.HTML(b), nil },
}

// Fragments is where a build draws its rows from and keeps them.
type Fragments struct{ st *store.Store }

func (f *Fragments) get(key uint64) (template.HTML, bool) { return rows.Get(f.st, key) }

func (f *Fragments) put(key uint64, h template.HTML) { rows.Put(f.st, key, h) }

// useRows makes the site draw its rows from st and keep them there, for
// the next build; without a store, a build keeps its rows to itself, a
// row being on many pages (each outlet that reports an event lists it).
func (s *Site) useRows(st *store.Store) {
	if st == nil {
		st = store.New()
		st.Begin()
	}
	s.frags = &Fragments{st}
}

// partial prints data as the row of that name (see rows.go), or else
// executes the named template of the partial files on it, as
// {{template name data}} would print it; keyed data is drawn once.
func (s *Site) partial(name string, data any) (template.HTML, error) {
	key := s.partialKey(name, data)
	if key != 0 {
		if h, ok := s.frags.get(key); ok {
			return h, nil
		}
	}
	switch v := data.(type) { // a row no build has drawn yet: its view, at last
	case EventView:
		if v.fill != nil {
			data = v.fill()
		}
	case EventMonth:
		if v.fill != nil {
			data = v.fill()
		}
	case ArticleView:
		if v.fill != nil {
			data = v.fill()
		}
	}
	b := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(b)
	b.Reset()
	if r, ok := data.(row); ok && r.rowName() == name {
		r.writeRow(b, s)
	} else if isRowName(name) {
		given := "a value that is no row"
		if r, ok := data.(row); ok {
			given = "one " + r.rowName() + " row"
		}
		return "", fmt.Errorf("partial %q: it was given %s, not one %s row (give it one element of the list that {{rows %q …}} takes)", name, given, name, name)
	} else {
		if s.partials == nil {
			return "", fmt.Errorf("partial %q: the templates/_*.html files did not load (fix the errors reported for them)", name)
		}
		if err := s.partials.ExecuteTemplate(b, name, data); err != nil {
			splice(nil, b.Bytes())
			return "", err
		}
		if bytes.IndexByte(b.Bytes(), 0) >= 0 { // rows inside: spliced before it is kept
			c := buffers.Get().(*bytes.Buffer)
			defer buffers.Put(c)
			c.Reset()
			splice(c, b.Bytes())
			b.Reset()
			b.Write(c.Bytes())
		}
	}
	h := template.HTML(b.String())
	if key != 0 {
		s.frags.put(key, h)
	}
	return h, nil
}

// rows prints each row of list (events of a listing, months of a split
// event, articles of a list of sources, an event's quotations, the events
// of a source page), name naming their kind, as
// {{range .}}{{partial name .}}{{end}} would: a listing of 250 rows, most
// of them kept, would otherwise make 250 calls through reflection.
func (s *Site) rows(name string, list any) (template.HTML, error) {
	// Written into a buffer kept for the next rows, which the page takes
	// in place of the marker returned (see splice).
	b := buffers.Get().(*bytes.Buffer)
	b.Reset()
	if err := s.writeRows(b, name, list); err != nil {
		buffers.Put(b)
		return "", err
	}
	return hold(b), nil
}

// writeRows writes what rows prints into b: the rows of listings drawn
// once and kept (see partial), the others written straight into b.
func (s *Site) writeRows(b *bytes.Buffer, name string, list any) error {
	var out []template.HTML
	var err error
	switch l := list.(type) {
	case []EventView:
		out, err = drawAll(s, name, l)
	case []EventMonth:
		out, err = drawAll(s, name, l)
	case []ArticleView:
		out, err = drawAll(s, name, l)
	case []MentionView: // never kept: no partial call for each
		return writeNamed(b, s, name, l, mentionSize)
	case []HappeningView: // with their quotations: never kept either
		return writeNamed(b, s, name, l, 4*mentionSize)
	case []HappeningItem:
		return writeNamed(b, s, name, l, 256)
	case []EventLine:
		return writeNamed(b, s, name, l, 256)
	case []ClaimRow:
		return writeNamed(b, s, name, l, 512)
	case []SourceEvent:
		return writeNamed(b, s, name, l, sourceEventSize)
	default:
		return fmt.Errorf("rows %q: what it was given is not a list of rows (give it a listing's events, .Data.Events; an event's months, $.Data.Months; an event's quotations, .Mentions; a day's happenings, .Happenings on event.html; the events of a source page, .Data.Events on source.html; or a list of sources)", name)
	}
	if err != nil {
		return err
	}
	n := 0
	for _, h := range out {
		n += len(h)
	}
	b.Grow(n)
	for _, h := range out {
		b.WriteString(string(h))
	}
	return nil
}

// About the bytes of a quotation and of an event of a source page, to
// grow a buffer once for a list of them.
const (
	mentionSize     = 1024
	sourceEventSize = 2048
)

// writeNamed writes the rows of list into b, as writeAll does, when name
// is the name of their kind.
func writeNamed[T row](b *bytes.Buffer, s *Site, name string, list []T, size int) error {
	var zero T
	if zero.rowName() != name {
		return fmt.Errorf("rows %q: the list given holds %s rows, not %s rows (write {{rows %q …}} for them)", name, zero.rowName(), name, zero.rowName())
	}
	writeAll(b, s, list, size)
	return nil
}

// writeAll writes each row of list into b, grown first by about size
// bytes a row.
func writeAll[T row](b *bytes.Buffer, s *Site, list []T, size int) {
	b.Grow(size * len(list))
	for _, v := range list {
		v.writeRow(b, s)
	}
}

// drawAll draws the named partial for each element of list.
func drawAll[T any](s *Site, name string, list []T) ([]template.HTML, error) {
	out := make([]template.HTML, len(list))
	for i, v := range list {
		h, err := s.partial(name, v)
		if err != nil {
			return nil, err
		}
		out[i] = h
	}
	return out, nil
}

// listRows returns the rows of a list page at root: for each event, a
// view that only the partial function draws, keyed by the event (rowKey)
// and made only when no build has drawn the row. A rebuild redraws a
// hundred list pages of 250 rows, of which a few changed: making the
// views of the others and hashing them cost more than the rows that
// changed. Without keys (see Site.Key) the views are made whole.
func (s *Site) listRows(root string, events []*timeline.Event) []EventView {
	out := make([]EventView, len(events))
	for i, ev := range events {
		k := s.rowKey(root, ev)
		if k == 0 {
			out[i] = s.listedView(root, ev, false)
			continue
		}
		out[i] = EventView{ID: ev.ID, row: k, fill: func() EventView {
			v := s.listedView(root, ev, false)
			v.row = k
			return v
		}}
	}
	return out
}

// partialKind names, in keys, the key of the partial files: their
// sources, the interface text and the configuration.
const partialKind = "partials"

// articleRows returns the rows of a list of sources at root: for each
// article, a view that only the partial function draws, keyed by the
// article (articleRowKey) and made only when no build has drawn the row: a new
// article redraws its year's list, a thousand rows or more, of which one
// changed. Without keys the views are made whole.
func (s *Site) articleRows(root string, arts []*timeline.Article) []ArticleView {
	out := make([]ArticleView, len(arts))
	_, keyed := s.keys[partialKind]
	for i, a := range arts {
		if !keyed {
			out[i] = s.articleView(root, a)
			continue
		}
		k := s.articleRowKey(root, a)
		out[i] = ArticleView{Slug: a.Slug, row: k, fill: func() ArticleView {
			v := s.articleView(root, a)
			v.row = k
			return v
		}}
	}
	return out
}
