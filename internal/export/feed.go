package export

import (
	"bytes"
	"encoding/xml"
	"fmt"

	"timeline/internal/address"
	"timeline/internal/datefmt"
	"timeline/internal/timeline"
)

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

// feed makes the Atom feed, minified: one entry per article, newest
// first, each a piece (an entry shows its article alone: the events it
// counts are the dates the article mentions).
func (w *writer) feed(t *timeline.Timeline, f *file) error {
	site := w.site
	af := atomFeed{Lang: site.Text.Lang(), Title: site.Title, ID: w.idURI(""), Updated: "1970-01-01T00:00:00Z",
		Links:  []atomLink{{Href: site.BaseURL + FeedPath, Rel: "self"}, {Href: site.BaseURL}},
		Author: atomAuthor{Name: site.Title}}
	for _, a := range t.Articles {
		if u := updated(a); u > af.Updated {
			af.Updated = u
		}
	}
	head, err := xml.Marshal(af)
	if err == nil {
		head, err = minified("application/xml", append([]byte(xml.Header), head...))
	}
	if err != nil {
		return err
	}
	end := []byte("</feed>")
	if !bytes.HasSuffix(head, end) {
		return fmt.Errorf("the feed's head does not end with %s", end)
	}
	// One encoder for the entries made, each flushed whole into b: an
	// encoder each was a 4 KB buffer each.
	var b bytes.Buffer
	enc := xml.NewEncoder(&b)
	f.add(0, head[:len(head)-len(end)])
	for i := len(t.Articles) - 1; i >= 0; i-- {
		a := t.Articles[i]
		key := w.articleKey("feed", a)
		piece, err := w.piece(key, func() ([]byte, error) {
			outlet := a.Outlet
			if outlet == "" {
				outlet = site.Text.T("source_unknown_outlet")
			}
			src := page(address.Source(a.Slug))
			e := atomEntry{Title: a.Title, ID: w.idURI(src), Updated: updated(a),
				Link:    atomLink{Href: site.BaseURL + src},
				Summary: fmt.Sprintf("%s, %s — %s", outlet, datefmt.Time(a.Published, site.Text.Lang()), site.Text.Count("events_count", len(a.Events)))}
			b.Reset()
			if err := enc.EncodeElement(e, xml.StartElement{Name: xml.Name{Local: "entry"}}); err != nil {
				return nil, err
			}
			if err := enc.Flush(); err != nil {
				return nil, err
			}
			return minified("application/xml", b.Bytes())
		})
		if err != nil {
			return err
		}
		f.add(key, piece)
	}
	f.add(0, end)
	return nil
}

// updated is the time of an article's entry in the feed.
func updated(a *timeline.Article) string { return day(a) + "T00:00:00Z" }

// idURI returns a permanent id for an entry: its URL when the base URL is
// known, else a tag URI, which Atom accepts where no address is known.
func (w *writer) idURI(p string) string {
	if w.site.BaseURL != "" {
		return w.site.BaseURL + p
	}
	return "tag:timeline,2020:" + p
}
