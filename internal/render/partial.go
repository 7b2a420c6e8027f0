package render

import (
	"bytes"
	"fmt"
	"html/template"
	"sync"
)

// Partials drawn once. A listing draws each event as a row with the
// "event-item" template, {{partial "event-item" .}}, and the same row
// appears on many pages: every outlet that reports the event lists it,
// and so do the search and corroborated pages, all at the same depth
// (rows hold links relative to their page). A new article changes the
// rows of the twenty-odd events it cites, but each of those sits on a
// hundred list pages, which are drawn again. So a row is drawn once per
// content and kept, within a build and from one build to the next, by
// the key of everything it shows (EventView.key) and of the templates and
// interface text it is drawn with.

// Fragments keeps rendered rows from one build to the next (see partial).
// A nil *Fragments keeps them for the current build only.
type Fragments struct {
	mu       sync.Mutex
	old, cur map[uint64]template.HTML
}

// NewFragments returns an empty store of rows.
func NewFragments() *Fragments {
	return &Fragments{cur: map[uint64]template.HTML{}}
}

// FragmentsFrom returns a store holding rows, as Rows gave them.
func FragmentsFrom(rows map[uint64]string) *Fragments {
	f := NewFragments()
	for k, h := range rows {
		f.cur[k] = template.HTML(h)
	}
	return f
}

// Rows returns the rows the last build drew or kept, for a cache to save
// (see FragmentsFrom).
func (f *Fragments) Rows() map[uint64]string {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make(map[uint64]string, len(f.cur))
	for k, h := range f.cur {
		out[k] = string(h)
	}
	return out
}

// turn starts a build: the rows the last build did not draw are dropped.
func (f *Fragments) turn() {
	f.mu.Lock()
	f.old, f.cur = f.cur, make(map[uint64]template.HTML, len(f.cur))
	f.mu.Unlock()
}

func (f *Fragments) get(key uint64) (template.HTML, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if h, ok := f.cur[key]; ok {
		return h, true
	}
	h, ok := f.old[key]
	if ok {
		f.cur[key] = h
	}
	return h, ok
}

func (f *Fragments) put(key uint64, h template.HTML) {
	f.mu.Lock()
	f.cur[key] = h
	f.mu.Unlock()
}

// UseFragments makes the site draw its rows from f and keep them there,
// for the next build with f. Without it a build keeps its rows to itself.
func (s *Site) UseFragments(f *Fragments) {
	if f != nil {
		s.frags = f
	}
	s.frags.turn()
}

// keyed is data whose rendering by a partial can be kept: key hashes all
// it shows, 0 when it cannot say.
type keyed interface{ key() uint64 }

// partial executes the named template of the partial files on data, as
// {{template name data}} would print it; keyed data is drawn once.
func (s *Site) partial(name string, data any) (template.HTML, error) {
	var key uint64
	if k, ok := data.(keyed); ok && s.keys != nil {
		if v := k.key(); v != 0 {
			h := newHasher()
			h.u64(s.keys[partialKind])
			h.str(name)
			h.u64(v)
			key = h.sum()
		}
	}
	if key != 0 {
		if h, ok := s.frags.get(key); ok {
			return h, nil
		}
	}
	if s.partials == nil {
		return "", fmt.Errorf("partial %q: the templates/_*.html files did not load (fix the errors reported for them)", name)
	}
	b := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(b)
	b.Reset()
	if err := s.partials.ExecuteTemplate(b, name, data); err != nil {
		return "", err
	}
	h := template.HTML(b.String())
	if key != 0 {
		s.frags.put(key, h)
	}
	return h, nil
}

// partialKind names, in keys, the key of the partial files: their
// sources, the interface text and the configuration.
const partialKind = "partials"

// key hashes everything a row of a listing shows; 0 for a view with its
// quotations, which is not kept (a small site's listings show them, and
// they would make the key cost what drawing does).
func (v EventView) key() uint64 {
	if len(v.Mentions) > 0 {
		return 0
	}
	h := newHasher()
	for _, s := range []string{v.ID, v.Href, v.Date, v.Datetime, v.EDTF, v.Precision, v.Title,
		v.Episode.Href, v.Episode.Text, v.Colour, v.Filter.Episode, v.Filter.Outlets} {
		h.str(s)
	}
	h.u64(uint64(v.Sources))
	h.u64(uint64(v.Mentioned))
	h.u64(uint64(v.Filter.Sources))
	return h.sum()
}
