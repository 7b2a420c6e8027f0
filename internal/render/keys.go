package render

// Keys. Every page comes with a key, the hash of what it shows, mixed
// with the key of its kind (its templates, the interface text, the
// assets' names and site.toml: kindKeys): two pages with one key draw the
// same bytes, so a rebuild that still has a page of that key at that path
// neither computes nor draws it (see Write). Keys are made by methods that
// keygen writes from the types (keys_gen.go): every field counts, unless
// tagged out (key:"-", for what a page does not show), and TestKeys fails
// when a type changed and keys_gen.go was not written again.
//
//   - A page computed in full (the index, an episode page, the list of
//     sources, the about page, the 404 page) is keyed by its Page, its
//     view included.
//   - A page a rebuild would rather not compute (an event, a month of an
//     event, a source, a month of an episode, a page of a list, a year of
//     sources: thousands of each) is keyed by its input, the small value
//     its view is made from: the timeline's entities, each counting by its
//     own key (an article by its facts, an event by all it holds, see
//     timeline.Event), or by its id where the page shows only that.
//   - A row of a listing is keyed by the entity it shows and the depth of
//     its page.

import (
	"html/template"
	"sort"

	"github.com/gohugoio/hashstructure"

	"timeline/internal/store"
	"timeline/internal/timeline"
)

// input is the value a page is made from, with keygen's method.
type input interface{ hashKey(h *store.Hash) }

// eventIn is what an event's page is made of: the event.
type eventIn struct {
	Event *timeline.Event
}

// eventMonthIn is what the page of one month of a split event is made
// of: the event by its id (which fixes its date and episode), the month,
// and each article published that month with what it says of the event.
type eventMonthIn struct {
	Event    *timeline.Event `key:"ref"`
	Month    string
	Articles []*timeline.Article
	Runs     []uint64 // the keys of their mentions of the event (timeline.Event.RunKey)
}

// sourceIn is what an article's page is made of: the article, and for
// each event it reports, what it says of it and the articles around it
// that report the event too, not the event's every article (an event
// reported by thousands of articles must not make a new article change
// thousands of pages).
type sourceIn struct {
	Article *timeline.Article
	Events  []sourceEventIn
}

// sourceEventIn is one event of a source page.
type sourceEventIn struct {
	Event *timeline.Event `key:"ref"`
	Run   uint64          // the key of the article's mentions of it
	Near  []*timeline.Article
	More  bool
}

// monthIn is what a month page of a split episode is made of.
type monthIn struct {
	Episode *timeline.Episode `key:"ref"`
	Key     string
	Events  []*timeline.Event
}

// listIn is what a page of a list of events is made of: its texts, its
// place among the list's pages, and its events.
type listIn struct {
	Path, Title, Heading, Lead, Section string
	Map                                 template.HTML
	Lines, Search                       bool
	Total, Pages                        int
	Events                              []*timeline.Event
}

// sourcesYearIn is what the list of a year's sources is made of.
type sourcesYearIn struct {
	Year     int
	Articles []*timeline.Article
}

// inputKey returns the key of a page of kind made from in; 0 when the
// kind has no key, and its pages are then always computed.
func (s *Site) inputKey(kind string, in input) uint64 {
	k, ok := s.keys[kind]
	if !ok {
		return 0
	}
	h := store.NewHash()
	h.Word(k)
	in.hashKey(&h)
	return h.Sum()
}

// Key returns the key of a page computed in full: its kind's and its
// own, view included (see the comment at the top).
func (s *Site) pageKey(p *Page) uint64 {
	p.compute()
	k, ok := s.keys[p.Kind]
	if !ok {
		return 0
	}
	h := store.NewHash()
	h.Word(k)
	p.hashKey(&h)
	return h.Sum()
}

// lazy returns the page of kind at path made from in by make, unless
// reuse says the caller has the page of that path and key: the page then
// comes without its data.
func (s *Site) lazy(kind, path string, in input, reuse func(string, uint64) bool, make func() *Page) *Page {
	key := s.inputKey(kind, in)
	if reuse != nil && key != 0 && reuse(path, key) {
		return &Page{Kind: kind, Path: path, Deps: key}
	}
	return &Page{Kind: kind, Path: path, Deps: key, load: make}
}

// kindKeys hashes, for each page kind, everything a page is drawn with
// besides its data: its templates, the interface text and about page, the
// assets' fingerprinted names and the configuration.
func (s *Site) kindKeys() map[string]uint64 {
	cfg, err := hashstructure.Hash(s.Config, nil)
	if err != nil {
		return nil // no keys: every page is computed
	}
	h := store.NewHash()
	h.Word(cfg)
	h.Text(s.lang)
	h.Text(string(s.about))
	h.Word(s.text.Key())
	keys := make([]string, 0, len(s.asset))
	for k := range s.asset {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		h.Text(k)
		h.Text(s.asset[k])
	}
	common := h.Sum()
	out := make(map[string]uint64, len(s.tmpl))
	for kind, t := range s.tmpl {
		h := store.NewHash()
		h.Word(common)
		h.Text(kind)
		h.Word(t)
		out[kind] = h.Sum()
	}
	return out
}

// sourceKey hashes the sources of a template set.
func sourceKey(parts ...string) uint64 { return store.Texts(parts...) }

// keyed is data whose rendering by a partial can be kept: key hashes all
// it shows, 0 when it cannot say.
type keyed interface{ key() uint64 }

// partialKey returns the key of the named partial drawn on data: its
// own, with the partial files' and the interface text's; 0 when data has
// none.
func (s *Site) partialKey(name string, data any) uint64 {
	k, ok := data.(keyed)
	if !ok || s.keys == nil {
		return 0
	}
	v := k.key()
	if v == 0 {
		return 0
	}
	h := store.NewHash()
	h.Word(s.keys[partialKind])
	h.Text(name)
	h.Word(v)
	return h.Sum()
}

// rowKey hashes what the row of ev in a listing at root shows without its
// quotations: the event, by its key, and the page's depth. 0 without
// keys.
func (s *Site) rowKey(root string, ev *timeline.Event) uint64 {
	return s.entityRowKey("row", root, ev.Key())
}

// articleRowKey hashes what the row of a in a list of sources at root
// shows: the article, by its key, and the page's depth. 0 without keys.
func (s *Site) articleRowKey(root string, a *timeline.Article) uint64 {
	return s.entityRowKey("article", root, a.Key())
}

// entityRowKey hashes a row of kind that shows the entity of key on a
// page at root; 0 without keys.
func (s *Site) entityRowKey(kind, root string, key uint64) uint64 {
	if _, ok := s.keys[partialKind]; !ok {
		return 0
	}
	h := store.NewHash()
	h.Text(kind)
	h.Text(root)
	h.Word(key)
	return h.Sum()
}

// key hashes everything a row of a listing shows; 0 for a view with its
// quotations, which is not kept (a small site's listings show them, and
// they would make the key cost what drawing does). A row of listRows has
// its key from its event.
func (v EventView) key() uint64 {
	if v.row != 0 {
		return v.row
	}
	if len(v.Mentions) > 0 || len(v.Happenings) > 0 && v.Happenings[0].Groups != nil {
		return 0
	}
	h := store.NewHash()
	v.hashKey(&h)
	return h.Sum()
}

// key is the key eventPage gave the month from its input (eventMonthIn):
// 0 without.
func (m EventMonth) key() uint64 { return m.row }

// key is the key articleRows gave the row from its article: 0 without.
func (v ArticleView) key() uint64 { return v.row }
