// Package export writes the timeline as data files for other programs:
// events.json (its schema in docs/events-json.md), events.csv, claims.csv
// (the figures of the toll), events.geojson (the events on a map), the
// Atom feed, the sitemap and robots.txt. It draws no page and reads no
// file.
//
// The data files are made of pieces, one per article or per event (a date
// and its happenings), each kept in the store by the key of what it is
// made of, so that a rebuild after one article encodes the pieces of that
// article and of the events it reports; the files go to the output in
// their pieces, never joined (events.json and events.csv hold every
// mention, tens of megabytes each on a large site). What depends on the
// whole timeline (events.json's lists of places, actors and kinds) is
// made every build: a few hundred entries.
package export

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/xml"

	"timeline/internal/address"
	"timeline/internal/dates"
	"timeline/internal/i18n"
	"timeline/internal/store"
	"timeline/internal/timeline"
)

// Site is what the data files say of the site besides its timeline.
type Site struct {
	BaseURL string     // absolute, ending in "/"; "" when the site does not know it
	Title   string     // the feed's title and author
	Text    *i18n.Text // the feed's words, in the site's language
}

// key hashes everything of the site a piece may show.
func (s Site) key() uint64 {
	h := store.NewHash()
	h.Text("export")
	h.Text(s.BaseURL)
	h.Text(s.Title)
	if s.Text != nil {
		h.Word(s.Text.Key())
	}
	return h.Sum()
}

// Paths of the files Write makes.
const (
	JSONPath    = "events.json"
	CSVPath     = "events.csv"
	ClaimsPath  = "claims.csv"
	GeoJSONPath = "events.geojson"
	FeedPath    = "feed.xml"
	RobotsPath  = "robots.txt"
	SitemapPath = "sitemap.xml"
)

// pieces are the pieces of the data files, by the key of what each is
// made of; kept in memory only: a build on disk takes them from the files
// the build before wrote, where places says they are.
var pieces = &store.Table[[]byte]{Name: "export-pieces"}

// place is where a piece stands in the file it was written in.
type place struct {
	key      uint64
	off, len int
}

// places are, for each data file made, where its pieces stand in it, by
// the key of the file's path and of what it was made of: kept on disk, so
// that a rebuild on disk takes the pieces it would make the same from the
// file the build before left in the output (store.Output.Before), rather
// than make them again. A file made by a build that did not publish it
// has its places under another key than the file in the output.
var places = &store.Table[[]place]{Name: "export-places",
	Encode: func(ps []place) []byte {
		var w store.Writer
		w.Uint(uint64(len(ps)))
		for _, p := range ps {
			w.Word(p.key)
			w.Uint(uint64(p.off))
			w.Uint(uint64(p.len))
		}
		return w.Bytes()
	},
	Decode: func(b []byte) ([]place, error) {
		r := store.NewReader(b)
		ps := make([]place, r.Len())
		for i := range ps {
			ps[i] = place{key: r.Word(), off: int(r.Uint()), len: int(r.Uint())}
		}
		return ps, r.Done()
	},
}

// Write makes events.json, events.csv, claims.csv, events.geojson,
// feed.xml and robots.txt of t, in that order, into out, taking from st
// the pieces whose making is unchanged.
func Write(t *timeline.Timeline, site Site, st *store.Store, out store.Output) error {
	w := &writer{site: site, base: site.key(), st: st}
	for _, f := range []struct {
		path string
		make func(*file) error
	}{
		{JSONPath, func(f *file) error { return w.eventsJSON(t, f) }},
		{CSVPath, func(f *file) error { w.eventsCSV(t, f); return nil }},
		{ClaimsPath, func(f *file) error { w.claimsCSV(t, f); return nil }},
		{GeoJSONPath, func(f *file) error { w.eventsGeoJSON(t, f); return nil }},
		{FeedPath, func(f *file) error { return w.feed(t, f) }},
	} {
		w.before = w.piecesBefore(f.path, out)
		var file file
		if s, ok := out.(store.Streamer); ok && st == nil {
			// Nothing keeps the pieces for the next build: each goes to
			// the file as it is made, not held until the last is.
			if pw, ok := s.Stream(f.path); ok {
				file.to = pw
			}
		}
		if err := f.make(&file); err != nil {
			if file.to != nil {
				file.to.Abort()
			}
			return fmt.Errorf("%s: %w", f.path, err)
		}
		if file.to != nil {
			if err := file.to.Close(file.key.Sum()); err != nil {
				return err
			}
			continue
		}
		if err := out.Put(f.path, file.key.Sum(), file.parts...); err != nil {
			return err
		}
		if !out.Keeps() { // in memory, the store keeps the pieces themselves
			places.Put(st, placesKey(f.path, file.key.Sum()), file.places())
		}
	}
	w.before = nil
	robots := []byte("User-agent: *\nAllow: /\n")
	if site.BaseURL != "" {
		robots = append(robots, "Sitemap: "+site.BaseURL+SitemapPath+"\n"...)
	}
	return out.Put(RobotsPath, store.Texts(string(robots)), robots)
}

// writer makes the data files of one build.
type writer struct {
	site   Site
	base   uint64 // site.key()
	st     *store.Store
	before map[uint64][]byte // the pieces of the file the build before wrote, by key
}

// piecesBefore returns the pieces of the file at path as the build before
// wrote it, by key, when out still holds the file and the store where
// they stand in it.
func (w *writer) piecesBefore(path string, out store.Output) map[uint64][]byte {
	data, key := out.Before(path)
	if data == nil {
		return nil
	}
	ps, ok := places.Get(w.st, placesKey(path, key))
	if !ok {
		return nil
	}
	m := make(map[uint64][]byte, len(ps))
	for _, p := range ps {
		if p.off >= 0 && p.len > 0 && p.off+p.len <= len(data) {
			m[p.key] = data[p.off : p.off+p.len : p.off+p.len]
		}
	}
	return m
}

// placesKey is the key of the places of the file at path made from key.
func placesKey(path string, key uint64) uint64 {
	h := store.NewHash()
	h.Text("places")
	h.Text(path)
	h.Word(key)
	return h.Sum()
}

// file is a data file made of parts, and the hash of what they are made
// of. With to, each part is written there as it is added, and not kept.
type file struct {
	parts [][]byte
	keys  []uint64 // of each part; 0 for a part made of its bytes alone
	key   store.Hash
	to    store.PartWriter
	n     int // parts added
}

// places returns where the keyed parts stand in the file.
func (f *file) places() []place {
	var ps []place
	off := 0
	for i, p := range f.parts {
		if f.keys[i] != 0 {
			ps = append(ps, place{f.keys[i], off, len(p)})
		}
		off += len(p)
	}
	return ps
}

// add appends a part; key is what it is made of, 0 for a part that is
// made of nothing else than its bytes, which are hashed.
func (f *file) add(key uint64, part []byte) {
	if f.n == 0 {
		f.key = store.NewHash()
	}
	f.n++
	if f.to != nil {
		f.to.Write(part) // an error is the file's: Close reports it
	} else {
		f.parts = append(f.parts, part)
		f.keys = append(f.keys, key)
	}
	if key == 0 {
		key = store.Texts(string(part))
	}
	f.key.Word(key)
}

// piece returns the piece of key, made by make unless a build made it;
// a piece of key 0 is made every time.
func (w *writer) piece(key uint64, make func() ([]byte, error)) ([]byte, error) {
	if key == 0 {
		return make()
	}
	if b, ok := pieces.Get(w.st, key); ok {
		return b, nil
	}
	if b, ok := w.before[key]; ok {
		return b, nil
	}
	b, err := make()
	if err != nil {
		return nil, err
	}
	pieces.Put(w.st, key, b)
	return b, nil
}

// pieceKey hashes what a piece is made of: its kind and fields, with the
// site's.
func (w *writer) pieceKey(kind string, words ...uint64) uint64 {
	h := store.NewHash()
	h.Word(w.base)
	h.Text(kind)
	for _, v := range words {
		h.Word(v)
	}
	return h.Sum()
}

// articleKey hashes what a piece for an article is made of: the article,
// by its hash, which covers its file's path and bytes and so its slug.
func (w *writer) articleKey(kind string, a *timeline.Article) uint64 {
	return w.pieceKey(kind, a.Hash, store.Texts(a.Slug))
}

// eventKey hashes what a piece for an event is made of: the event, by
// its key, which covers its happenings, their quotes and copies, and its
// articles and their mentions; 0 for an event Build did not make, whose
// key cannot say. A happening's counts, headline and copies depend on
// every article of its date, so the piece is the event's whole: no
// article's share of it can be kept apart. The event's key covers the
// lexicons its mentions were read with, which name its places.
func (w *writer) eventKey(kind string, ev *timeline.Event) uint64 {
	if ev.Key() == 0 {
		return 0
	}
	return w.pieceKey(kind, ev.Key())
}

// lang returns the site's language, "" when not known.
func (w *writer) lang() string {
	if w.site.Text == nil {
		return ""
	}
	return w.site.Text.Lang()
}

// alsoIn appends to also the slugs of the other articles that carry the
// sentence of q (its copies), each once, in order, and returns it.
func alsoIn(ev *timeline.Event, q timeline.Quote, also []string) []string {
	own := ev.Mentions[q.Mention].Slug
	for _, c := range q.Copies {
		if s := ev.Mentions[c].Slug; s != own && !slices.Contains(also, s) {
			also = append(also, s)
		}
	}
	return also
}

var minifier = func() *minify.M {
	m := minify.New()
	m.AddFunc("application/json", json.Minify)
	m.AddFunc("application/xml", xml.Minify)
	return m
}()

// minified returns data minified as mediatype.
func minified(mediatype string, data []byte) ([]byte, error) {
	var b bytes.Buffer
	if err := minifier.Minify(mediatype, &b, bytes.NewReader(data)); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// day writes the day of publication of an article: "2023-09-20".
func day(a *timeline.Article) string { return dates.DayOf(a.Published).String() }

// page returns the address of a page, from its path.
func page(path string) string { return address.Dir(path) }
