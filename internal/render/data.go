package render

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"timeline/internal/address"
	"timeline/internal/datefmt"
	"timeline/internal/dates"
	"timeline/internal/timeline"
)

// The events.json schema: see docs/events-json.md.
type (
	jsonData struct {
		Episodes []jsonEpisode `json:"episodes"`
		Sources  []jsonSource  `json:"sources"`
		Events   []jsonEvent   `json:"events"`
	}
	jsonEpisode struct {
		ID    string `json:"id"`
		Title string `json:"title"`
		Start string `json:"start"` // "" when open
		End   string `json:"end"`   // "" when open
		Page  string `json:"page"`
	}
	jsonSource struct {
		Slug      string `json:"slug"`
		Title     string `json:"title"`
		Source    string `json:"source"`
		URL       string `json:"url"`
		Published string `json:"published"`
		Language  string `json:"language"`
		Page      string `json:"page"`
	}
	jsonEvent struct {
		ID        string        `json:"id"`
		Date      string        `json:"date"`
		Precision string        `json:"precision"`
		Episode   string        `json:"episode"`
		Title     string        `json:"title"`
		Page      string        `json:"page"`
		Mentions  []jsonMention `json:"mentions"`
	}
	jsonMention struct {
		Source      string `json:"source"`
		Text        string `json:"text"`
		Expression  string `json:"expression"`
		Attribution string `json:"attribution"`
		Time        string `json:"time"`
		Since       bool   `json:"since"`
		Anchor      string `json:"anchor"`
	}
)

// dir turns an output file path into the page address readers use:
// "events/x/index.html" → "events/x/".
func dir(p string) string { return address.Dir(p) }

func edtf(d dates.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// Data returns the site's data files: events.json, events.csv, feed.xml,
// sitemap.xml and robots.txt, minified, and the search index.
func (s *Site) Data(t *timeline.Timeline, pages []*Page) ([]File, error) {
	var files []File
	err := s.DataReusing(t, nil, func(f File) error {
		files = append(files, File{Path: f.Path, Data: f.Bytes()})
		return nil
	})
	if err != nil {
		return nil, err
	}
	sitemap, err := s.Sitemap(pages)
	return append(files, sitemap), err
}

// DataReusing is Data for a rebuild, but for the sitemap (see Sitemap),
// so that it can be made while the pages are: the pieces of events.json,
// events.csv and feed.xml, per article and per run of an event's
// mentions, come from memo when what they are made of is unchanged (see
// deps.go). Those three files come to emit in Parts, the pieces, not
// joined: a caller that writes them piece by piece never holds their
// bytes twice (180 MB for 10,000 articles). Each file goes to emit as
// soon as it is made.
func (s *Site) DataReusing(t *timeline.Timeline, memo *Memo, emit func(File) error) error {
	memo.turn()
	rc := runCache{cur: map[*timeline.Event][]mentionRun{}, memo: memo}
	for _, f := range []struct {
		path string
		make func() ([][]byte, error)
	}{
		{"events.json", func() ([][]byte, error) { return s.eventsJSON(t, memo, rc) }},
		{"events.csv", func() ([][]byte, error) { return s.eventsCSV(t, memo, rc) }},
		{"feed.xml", func() ([][]byte, error) { return s.feed(t, memo) }},
	} {
		parts, err := f.make()
		if err != nil {
			return fmt.Errorf("%s: %w", f.path, err)
		}
		if err := emit(File{Path: f.path, Parts: parts}); err != nil {
			return err
		}
	}
	if err := emit(File{Path: "robots.txt", Data: s.robots()}); err != nil {
		return err
	}
	search, err := s.searchFiles(t, memo)
	if err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	for i, f := range search {
		search[i] = File{} // let it go once written
		if err := emit(f); err != nil {
			return err
		}
	}
	return nil
}

// eventsJSON writes events.json as json.Marshal would write jsonData,
// from minified pieces: the episodes, then one piece per source and one
// per event.
func (s *Site) eventsJSON(t *timeline.Timeline, memo *Memo, rc runCache) ([][]byte, error) {
	eps := []jsonEpisode{}
	for _, ep := range t.Episodes {
		eps = append(eps, jsonEpisode{ID: ep.ID, Title: ep.Title, Start: edtf(ep.Start), End: edtf(ep.End), Page: dir(episodePath(ep.ID))})
	}
	head, err := s.minJSON(eps)
	if err != nil {
		return nil, err
	}
	f := assembly{file: "events.json"}
	var scratch []byte // a piece, copied at its size: the memo keeps it
	f.add(0, []byte(`{"episodes":`))
	f.add(0, head)
	f.add(0, []byte(`,"sources":[`))
	for i, a := range t.Articles {
		key := s.articleKey("json", a)
		piece, err := memo.piece(key, func() ([]byte, error) { return sourceJSON(a), nil })
		if err != nil {
			return nil, err
		}
		if i > 0 {
			f.add(0, comma)
		}
		f.add(key, piece)
	}
	f.add(0, []byte(`],"events":[`))
	for i, ev := range t.Events {
		if i > 0 {
			f.add(0, comma)
		}
		// The event without its mentions, cut before the end of its
		// empty list: `{"id":…,"mentions":[`.
		key := s.eventHeadKey("json", ev)
		head, err := memo.piece(key, func() ([]byte, error) { return eventHeadJSON(ev), nil })
		if err != nil {
			return nil, err
		}
		f.add(key, head)
		for j, r := range rc.runs(ev) {
			key := s.runKey("json", r)
			piece, err := memo.piece(key, func() ([]byte, error) {
				b := scratch[:0]
				for k := r.from; k < r.to; k++ {
					if k > r.from {
						b = append(b, ',')
					}
					b = appendMentionJSON(b, &ev.Mentions[k])
				}
				scratch = b
				return bytes.Clone(b), nil
			})
			if err != nil {
				return nil, err
			}
			if j > 0 {
				f.add(0, comma)
			}
			f.add(key, piece)
		}
		f.add(0, []byte("]}"))
	}
	f.add(0, []byte(`]}`))
	return f.join(memo), nil
}

// mentionRun is mentions of an event, ev.Mentions[from:to], from the
// articles in arts, whole: timeline.Build puts an article's mentions of
// an event together. An event's mentions are cut into runs of about
// sixteen articles, a run ending after an article by its hash, so that
// the cuts depend on the articles alone: an article that cites "2016"
// joins one run of an event quoted thousands of times, and only that
// run is encoded again.
type mentionRun struct {
	from, to int
	arts     []*timeline.Article // nil for an article the timeline does not know
	// sum hashes what the run is made of (see runSum), once for the
	// pieces of both data files; 0 with an article it does not know.
	sum uint64
}

// runCache keeps the runs of each event for the data files made from
// them, within a build by event and, with a memo, from one build to the
// next by what the event is made of; the zero one keeps nothing.
type runCache struct {
	cur  map[*timeline.Event][]mentionRun
	memo *Memo
}

func (rc runCache) runs(ev *timeline.Event) []mentionRun {
	if r, ok := rc.cur[ev]; ok {
		return r
	}
	var kept *runMemo
	var key uint64
	if rc.memo != nil {
		kept = &rc.memo.runs
		h := newHasher()
		h.event(ev)
		key = h.sum()
	}
	r, ok := kept.get(key)
	if !ok {
		r = runs(ev)
		for i := range r {
			r[i].arts = nil // their sums are made: the pieces need no more
		}
		kept.put(key, r)
	}
	if rc.cur != nil {
		rc.cur[ev] = r
	}
	return r
}

// runMemo keeps the runs of each event (their bounds and sums, not their
// articles) from one build to the next, by the event's hash (see
// hasher.event: its id, episode and articles in order, which fix its
// mentions): every run of every event is walked and hashed each build
// otherwise, 233,000 mentions for 10,000 articles, to find the few runs
// an article changed.
type runMemo struct {
	mu       sync.Mutex
	old, cur map[uint64][]mentionRun
}

// turn starts a build: the runs of events the last build did not have
// are dropped.
func (m *runMemo) turn() {
	m.mu.Lock()
	m.old, m.cur = m.cur, make(map[uint64][]mentionRun, len(m.cur))
	m.mu.Unlock()
}

func (m *runMemo) get(key uint64) ([]mentionRun, bool) {
	if m == nil || key == 0 {
		return nil, false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	r, ok := m.cur[key]
	if !ok {
		if r, ok = m.old[key]; ok {
			m.cur[key] = r
		}
	}
	return r, ok
}

func (m *runMemo) put(key uint64, r []mentionRun) {
	if m == nil || key == 0 {
		return
	}
	m.mu.Lock()
	if m.cur != nil {
		m.cur[key] = r
	}
	m.mu.Unlock()
}

// runs cuts ev's mentions into runs (see mentionRun).
func runs(ev *timeline.Event) []mentionRun {
	var out []mentionRun
	find := articleFinder(ev)
	open := false
	for i, m := range ev.Mentions {
		if i > 0 && m.Source == ev.Mentions[i-1].Source {
			out[len(out)-1].to = i + 1
			continue
		}
		art := find(m.Source)
		if !open {
			out = append(out, mentionRun{from: i})
			open = true
		}
		r := &out[len(out)-1]
		r.to = i + 1
		r.arts = append(r.arts, art)
		if art != nil && art.Hash%16 == 0 {
			open = false
		}
	}
	for i := range out {
		out[i].sum = runSum(ev, out[i])
	}
	return out
}

// runSum hashes what a run of an event's mentions is made of: the event,
// the articles the mentions come from, where each article's start in its
// mentions of the event (the first one's anchor) and how many they are.
// An article counts by its hash, which covers its path and so its slug
// (as in eventDeps): every run of every event is hashed each build, and
// the slugs took most of it. With an article it does not know, it cannot
// say: 0.
func runSum(ev *timeline.Event, r mentionRun) uint64 {
	h := newHasher()
	h.str(ev.ID)
	h.str(ev.Episode.ID)
	h.u64(uint64(r.to - r.from))
	h.str(ev.Mentions[r.from].Anchor)
	for _, a := range r.arts {
		if a == nil {
			return 0
		}
		h.u64(a.Hash)
	}
	return h.sum()
}

// articleFinder returns a lookup of ev's articles by slug for callers
// that ask for them in the order of ev's mentions, which is the order of
// ev.Articles (timeline.Build): each is looked for from where the last
// one was found, so a walk over an event costs one pass, not one map.
// It returns nil for a slug ev does not know.
func articleFinder(ev *timeline.Event) func(slug string) *timeline.Article {
	next := 0
	return func(slug string) *timeline.Article {
		for k := range len(ev.Articles) {
			if a := ev.Articles[(next+k)%len(ev.Articles)]; a.Slug == slug {
				next = (next + k + 1) % len(ev.Articles)
				return a
			}
		}
		return nil
	}
}

var comma = []byte(",")

// assembly is a data file made of pieces, some of them keyed.
type assembly struct {
	file  string
	parts [][]byte
	keys  []uint64 // 0 for a part that is no memo's piece
}

func (a *assembly) add(key uint64, part []byte) {
	a.parts = append(a.parts, part)
	a.keys = append(a.keys, key)
}

// join returns the parts, telling memo where each piece stands in the
// file they make.
func (a *assembly) join(memo *Memo) [][]byte {
	n := 0
	for i, p := range a.parts {
		if a.keys[i] != 0 {
			memo.at(a.keys[i], a.file, n, len(p))
		}
		n += len(p)
	}
	return a.parts
}

// sourceJSON returns a source of events.json as minJSON writes its
// jsonSource (see appendMentionJSON).
func sourceJSON(a *timeline.Article) []byte {
	return appendJSONObject(nil, "slug", a.Slug, "title", a.Title, "source", a.Source, "url", a.URL,
		"published", dates.DayOf(a.Published).String(), "language", a.Language, "page", dir(sourcePath(a.Slug)))
}

// eventHeadJSON returns an event of events.json without its mentions, as
// minJSON writes its jsonEvent cut before the end of its empty list of
// mentions: `{"id":…,"mentions":[` (see appendMentionJSON).
func eventHeadJSON(ev *timeline.Event) []byte {
	b := appendJSONObject(nil, "id", ev.ID, "date", ev.Date.String(), "precision", ev.Date.Precision.String(),
		"episode", ev.Episode.ID, "title", ev.Title, "page", dir(eventPath(ev.ID)))
	return append(b[:len(b)-1], `,"mentions":[`...)
}

// appendJSONObject appends the object of the names and string values in
// kv, in order, as json.Marshal writes a struct of strings. The names
// need no escaping.
func appendJSONObject(b []byte, kv ...string) []byte {
	b = append(b, '{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, kv[i]...)
		b = append(b, '"', ':')
		b = appendJSONString(b, kv[i+1])
	}
	return append(b, '}')
}

// appendMentionJSON appends a mention of events.json as minJSON writes
// its jsonMention, without reflection and a minifier that has nothing to
// take out: they were most of the cost of events.json, 233,000 mentions
// for 10,000 articles.
func appendMentionJSON(b []byte, m *timeline.Mention) []byte {
	b = append(b, `{"source":`...)
	b = appendJSONString(b, m.Source)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, m.Sentence)
	b = append(b, `,"expression":`...)
	b = appendJSONString(b, m.Expression)
	b = append(b, `,"attribution":`...)
	b = appendJSONString(b, m.Attribution)
	b = append(b, `,"time":`...)
	b = appendJSONString(b, m.Time)
	b = append(b, `,"since":`...)
	b = strconv.AppendBool(b, m.Since)
	b = append(b, `,"anchor":`...)
	b = appendJSONString(b, m.Anchor)
	return append(b, '}')
}

// minJSON marshals v and minifies it.
func (s *Site) minJSON(v any) ([]byte, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return s.Minify("events.json", data)
}

// csvSafe neutralises a cell a spreadsheet would run as a formula: one
// that starts with = + - @ (or a tab or carriage return) gets a leading '.
func csvSafe(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// eventsCSV writes events.csv: a header, then the rows of each event, one
// piece per run of its mentions.
func (s *Site) eventsCSV(t *timeline.Timeline, memo *Memo, rc runCache) ([][]byte, error) {
	header := []string{"event", "date", "precision", "episode", "source", "outlet", "published", "url",
		"expression", "attribution", "time", "since", "text", "page"}
	f := assembly{file: "events.csv"}
	f.add(0, appendCSVRow(nil, header))
	var scratch []byte // a piece, copied at its size: the memo keeps it
	// The day each article was published, written once for its mentions
	// of every event, as the pieces made need it.
	published := map[*timeline.Article]string{}
	bySlug := map[string]*timeline.Article{}
	for _, a := range t.Articles {
		bySlug[a.Slug] = a
	}
	for _, ev := range t.Events {
		var row []string // made for the event's first piece made, then reused
		for _, r := range rc.runs(ev) {
			key := s.runKey("csv", r)
			piece, err := memo.piece(key, func() ([]byte, error) {
				if row == nil {
					row = csvEventRow(ev)
				}
				scratch = csvMentions(scratch[:0], ev, row, ev.Mentions[r.from:r.to], bySlug, published)
				return bytes.Clone(scratch), nil
			})
			if err != nil {
				return nil, err
			}
			f.add(key, piece)
		}
	}
	return f.join(memo), nil
}

// The columns of events.csv that vary by mention; those before are the
// event's.
const (
	csvSource = 4 + iota
	csvOutlet
	csvPublished
	csvURL
	csvExpression
	csvAttribution
	csvTime
	csvSince
	csvText
	csvPage
	csvColumns
)

// csvEventRow returns a row of events.csv with the columns of ev filled in.
func csvEventRow(ev *timeline.Event) []string {
	row := make([]string, csvColumns)
	copy(row, []string{ev.ID, ev.Date.String(), ev.Date.Precision.String(), ev.Episode.ID})
	return row
}

// csvMentions appends the rows of mentions of ev to b, filling in row,
// which holds the event's columns (csvEventRow). The columns of an
// article are worked out once for its mentions in a row, its day once
// (published).
func csvMentions(b []byte, ev *timeline.Event, row []string, mentions []timeline.Mention, bySlug map[string]*timeline.Article, published map[*timeline.Article]string) []byte {
	page := dir(eventPath(ev.ID)) + "#"
	for k := range mentions {
		m := &mentions[k]
		if k == 0 || m.Source != mentions[k-1].Source {
			a := bySlug[m.Source]
			day, ok := published[a]
			if !ok {
				day = dates.DayOf(a.Published).String()
				published[a] = day
			}
			row[csvSource], row[csvOutlet], row[csvPublished], row[csvURL] = m.Source, a.Source, day, a.URL
		}
		row[csvExpression], row[csvAttribution], row[csvTime] = m.Expression, m.Attribution, m.Time
		row[csvSince], row[csvText], row[csvPage] = strconv.FormatBool(m.Since), m.Sentence, page+m.Anchor
		b = appendCSVRow(b, row)
	}
	return b
}

// appendCSVRow appends a row of events.csv as encoding/csv's Writer
// writes it, each cell made safe first (csvSafe), without the writer's
// buffer and copy: events.csv is 95 MB for 10,000 articles.
func appendCSVRow(b []byte, row []string) []byte {
	for i, cell := range row {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendCSVCell(b, csvSafe(cell))
	}
	return append(b, '\n')
}

// csvQuoted reports whether encoding/csv quotes a cell (see appendCSVCell).
func csvQuoted(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '\r', '\n', ',':
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return s == `\.` || unicode.IsSpace(r)
}

// appendCSVCell appends a cell as encoding/csv writes a field: quoted,
// its quotes doubled, when it holds a quote, a comma or a line break,
// starts with a space, or is \. (which PostgreSQL reads as the end of
// data); as it is otherwise.
func appendCSVCell(b []byte, s string) []byte {
	if s == "" {
		return b
	}
	if !csvQuoted(s) {
		return append(b, s...)
	}
	b = append(b, '"')
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		b = append(b, s[:i+1]...)
		b = append(b, '"')
		s = s[i+1:]
	}
	b = append(b, s...)
	return append(b, '"')
}

// abs returns the absolute URL of a site path when base_url is set, else the path.
func (s *Site) abs(p string) string { return s.Config.BaseURL + p }

type (
	atomFeed struct {
		XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
		Lang    string      `xml:"xml:lang,attr"`
		Title   string      `xml:"title"`
		ID      string      `xml:"id"`
		Updated string      `xml:"updated"`
		Links   []atomLink  `xml:"link"`
		Author  atomAuthor  `xml:"author"`
		Entries []atomEntry `xml:"entry"`
	}
	atomLink struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr,omitempty"`
	}
	atomAuthor struct {
		Name string `xml:"name"`
	}
	atomEntry struct {
		Title   string   `xml:"title"`
		ID      string   `xml:"id"`
		Updated string   `xml:"updated"`
		Link    atomLink `xml:"link"`
		Summary string   `xml:"summary"`
	}
)

// feed writes the Atom feed, minified: one entry per article, newest
// first, each a piece of memo (an entry shows its article alone: the
// events it counts are the dates the article mentions).
func (s *Site) feed(t *timeline.Timeline, memo *Memo) ([][]byte, error) {
	f := atomFeed{Lang: s.lang, Title: s.Config.Title, ID: s.idURI(""), Updated: "1970-01-01T00:00:00Z",
		Links:  []atomLink{{Href: s.abs("feed.xml"), Rel: "self"}, {Href: s.abs("")}},
		Author: atomAuthor{Name: s.Config.Title}}
	for _, a := range t.Articles {
		if u := updated(a); u > f.Updated {
			f.Updated = u
		}
	}
	head, err := xml.Marshal(f)
	if err == nil {
		head, err = s.Minify("feed.xml", append([]byte(xml.Header), head...))
	}
	if err != nil {
		return nil, err
	}
	end := []byte("</feed>")
	if !bytes.HasSuffix(head, end) {
		return nil, fmt.Errorf("the feed's head does not end with %s", end)
	}
	out := assembly{file: "feed.xml"}
	// One encoder for the entries made, each flushed whole into b: an
	// encoder each was a 4 KB buffer each.
	var b bytes.Buffer
	enc := xml.NewEncoder(&b)
	out.add(0, head[:len(head)-len(end)])
	for i := len(t.Articles) - 1; i >= 0; i-- {
		a := t.Articles[i]
		key := s.feedKey(a)
		piece, err := memo.piece(key, func() ([]byte, error) {
			outlet := a.Source
			if outlet == "" {
				outlet = s.T("source_unknown_outlet")
			}
			e := atomEntry{Title: a.Title, ID: s.idURI(dir(sourcePath(a.Slug))), Updated: updated(a),
				Link:    atomLink{Href: s.abs(dir(sourcePath(a.Slug)))},
				Summary: fmt.Sprintf("%s, %s — %s", outlet, datefmt.Time(a.Published, s.lang), s.count("events_count", len(a.Events)))}
			b.Reset()
			if err := enc.EncodeElement(e, xml.StartElement{Name: xml.Name{Local: "entry"}}); err != nil {
				return nil, err
			}
			if err := enc.Flush(); err != nil {
				return nil, err
			}
			return s.Minify("feed.xml", b.Bytes())
		})
		if err != nil {
			return nil, err
		}
		out.add(key, piece)
	}
	out.add(0, end)
	return out.join(memo), nil
}

// updated is the time of an article's entry in the feed.
func updated(a *timeline.Article) string {
	return dates.DayOf(a.Published).String() + "T00:00:00Z"
}

// idURI returns a permanent id for an entry: its URL when base_url is set,
// else a tag URI, which Atom accepts where no address is known.
func (s *Site) idURI(p string) string {
	if s.Config.BaseURL != "" {
		return s.abs(p)
	}
	return "tag:timeline,2020:" + p
}

type (
	urlset struct {
		XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
		URLs    []urlLoc `xml:"url"`
	}
	urlLoc struct {
		Loc string `xml:"loc"`
	}
)

// Sitemap returns sitemap.xml, minified: the address of every page.
func (s *Site) Sitemap(pages []*Page) (File, error) {
	if data, ok := s.plainSitemap(pages); ok {
		return File{Path: "sitemap.xml", Data: data}, nil
	}
	data, err := s.sitemap(pages)
	if err == nil {
		data, err = s.Minify("sitemap.xml", data)
	}
	if err != nil {
		return File{}, fmt.Errorf("sitemap.xml: %w", err)
	}
	return File{Path: "sitemap.xml", Data: data}, nil
}

// sitemapHead and sitemapTail are the sitemap as xml.Marshal writes it
// and the minifier leaves it, around its addresses.
const (
	sitemapHead = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`
	sitemapTail = `</urlset>`
)

// plainSitemap writes the sitemap of addresses that XML need not escape
// (every page's, unless the base URL or a slug holds such characters) as
// xml.Marshal and the minifier do, without them: a rebuild lists its
// 20,000 pages again, 16 CPU-ms through reflection and minifying. It
// reports false for any other address: Sitemap then takes the long way.
func (s *Site) plainSitemap(pages []*Page) ([]byte, bool) {
	n := len(sitemapHead) + len(sitemapTail)
	for _, p := range pages {
		n += len(s.Config.BaseURL) + len(p.Path) + len("<url><loc></loc></url>")
	}
	b := make([]byte, 0, n)
	b = append(b, sitemapHead...)
	for _, p := range pages {
		if p.Kind == "404" {
			continue
		}
		loc := s.abs(dir(p.Path))
		for i := 0; i < len(loc); i++ {
			if c := loc[i]; c < 0x21 || c > 0x7e || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' {
				return nil, false
			}
		}
		if loc == "" { // the index without a base URL: the minifier closes the empty element
			b = append(b, "<url><loc/></url>"...)
			continue
		}
		b = append(b, "<url><loc>"...)
		b = append(b, loc...)
		b = append(b, "</loc></url>"...)
	}
	return append(b, sitemapTail...), true
}

func (s *Site) sitemap(pages []*Page) ([]byte, error) {
	var u urlset
	for _, p := range pages {
		if p.Kind == "404" {
			continue
		}
		u.URLs = append(u.URLs, urlLoc{Loc: s.abs(dir(p.Path))})
	}
	out, err := xml.Marshal(u)
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), out...), nil
}

func (s *Site) robots() []byte {
	var b strings.Builder
	b.WriteString("User-agent: *\nAllow: /\n")
	if s.Config.BaseURL != "" {
		b.WriteString("Sitemap: " + s.abs("sitemap.xml") + "\n")
	}
	return []byte(b.String())
}
