package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"strings"

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
func dir(p string) string { return strings.TrimSuffix(p, "index.html") }

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
	for _, f := range []struct {
		path string
		make func() ([]byte, error)
	}{
		{"events.json", func() ([]byte, error) { return s.eventsJSON(t) }},
		{"events.csv", func() ([]byte, error) { return eventsCSV(t) }},
		{"feed.xml", func() ([]byte, error) { return s.feed(t) }},
		{"sitemap.xml", func() ([]byte, error) { return s.sitemap(pages) }},
		{"robots.txt", func() ([]byte, error) { return s.robots(), nil }},
	} {
		data, err := f.make()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.path, err)
		}
		if data, err = s.Minify(f.path, data); err != nil {
			return nil, err
		}
		files = append(files, File{Path: f.path, Data: data})
	}
	search, err := s.searchFiles(t)
	if err != nil {
		return nil, fmt.Errorf("search index: %w", err)
	}
	files = append(files, search...)
	return files, nil
}

func (s *Site) eventsJSON(t *timeline.Timeline) ([]byte, error) {
	d := jsonData{Episodes: []jsonEpisode{}, Sources: []jsonSource{}, Events: []jsonEvent{}}
	for _, ep := range t.Episodes {
		d.Episodes = append(d.Episodes, jsonEpisode{ID: ep.ID, Title: ep.Title, Start: edtf(ep.Start), End: edtf(ep.End), Page: dir(episodePath(ep.ID))})
	}
	for _, a := range t.Articles {
		d.Sources = append(d.Sources, jsonSource{Slug: a.Slug, Title: a.Title, Source: a.Source, URL: a.URL,
			Published: dates.DayOf(a.Published).String(), Language: a.Language, Page: dir(sourcePath(a.Slug))})
	}
	for _, ev := range t.Events {
		je := jsonEvent{ID: ev.ID, Date: ev.Date.String(), Precision: ev.Date.Precision.String(),
			Episode: ev.Episode.ID, Title: ev.Title, Page: dir(eventPath(ev.ID)), Mentions: []jsonMention{}}
		for _, m := range ev.Mentions {
			je.Mentions = append(je.Mentions, jsonMention{Source: m.Source, Text: m.Sentence, Expression: m.Expression,
				Attribution: m.Attribution, Time: m.Time, Since: m.Since, Anchor: m.Anchor})
		}
		d.Events = append(d.Events, je)
	}
	return json.Marshal(d)
}

// csvSafe neutralises a cell a spreadsheet would run as a formula: one
// that starts with = + - @ (or a tab or carriage return) gets a leading '.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func eventsCSV(t *timeline.Timeline) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	header := []string{"event", "date", "precision", "episode", "source", "outlet", "published", "url",
		"expression", "attribution", "time", "since", "text", "page"}
	if err := w.Write(header); err != nil {
		return nil, err
	}
	bySlug := map[string]*timeline.Article{}
	for _, a := range t.Articles {
		bySlug[a.Slug] = a
	}
	for _, ev := range t.Events {
		for _, m := range ev.Mentions {
			a := bySlug[m.Source]
			row := []string{ev.ID, ev.Date.String(), ev.Date.Precision.String(), ev.Episode.ID, m.Source,
				a.Source, dates.DayOf(a.Published).String(), a.URL, m.Expression, m.Attribution, m.Time,
				fmt.Sprint(m.Since), m.Sentence, dir(eventPath(ev.ID)) + "#" + m.Anchor}
			for i := range row {
				row[i] = csvSafe(row[i])
			}
			if err := w.Write(row); err != nil {
				return nil, err
			}
		}
	}
	w.Flush()
	return b.Bytes(), w.Error()
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

// feed writes the Atom feed: one entry per article, newest first.
func (s *Site) feed(t *timeline.Timeline) ([]byte, error) {
	f := atomFeed{Lang: s.lang, Title: s.Config.Title, ID: s.idURI(""), Updated: "1970-01-01T00:00:00Z",
		Links:  []atomLink{{Href: s.abs("feed.xml"), Rel: "self"}, {Href: s.abs("")}},
		Author: atomAuthor{Name: s.Config.Title}}
	for i := len(t.Articles) - 1; i >= 0; i-- {
		a := t.Articles[i]
		updated := dates.DayOf(a.Published).String() + "T00:00:00Z"
		if updated > f.Updated {
			f.Updated = updated
		}
		outlet := a.Source
		if outlet == "" {
			outlet = s.T("source_unknown_outlet")
		}
		f.Entries = append(f.Entries, atomEntry{Title: a.Title, ID: s.idURI(dir(sourcePath(a.Slug))), Updated: updated,
			Link:    atomLink{Href: s.abs(dir(sourcePath(a.Slug)))},
			Summary: fmt.Sprintf("%s, %s — %s", outlet, FormatTime(a.Published, s.lang), s.count("events_count", len(a.Events)))})
	}
	out, err := xml.Marshal(f)
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), out...), nil
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
