package export

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"timeline/internal/address"
	"timeline/internal/timeline"
)

// eventsCSV makes events.csv: a header, then the rows of each event, one
// piece per event.
func (w *writer) eventsCSV(t *timeline.Timeline, f *file) {
	f.add(0, appendCSVRow(nil, csvHeader))
	var c csvScratch
	for _, ev := range t.Events {
		key := w.eventKey("csv", ev)
		piece, _ := w.piece(key, func() ([]byte, error) {
			c.b = c.appendEvent(c.b[:0], ev)
			return bytes.Clone(c.b), nil
		})
		f.add(key, piece)
	}
}

// csvHeader names the columns of events.csv: those of v1, then those
// version 2 of events.json added, so that a program that reads the
// columns by position still finds v1's where they were.
var csvHeader = []string{"event", "date", "precision", "episode", "source", "outlet", "published", "url",
	"expression", "attribution", "time", "since", "text", "page",
	"happening", "title", "title_from", "role", "approximate", "outlets", "articles", "episodes", "also_in"}

// The columns of events.csv, in csvHeader's order.
const (
	csvEvent = iota
	csvDate
	csvPrecision
	csvEpisode
	csvSource
	csvOutlet
	csvPublished
	csvURL
	csvExpression
	csvAttribution
	csvTime
	csvSince
	csvText
	csvPage
	csvHappening
	csvTitle
	csvTitleFrom
	csvRole
	csvApproximate
	csvOutlets
	csvArticles
	csvEpisodes
	csvAlsoIn
	csvColumns
)

// csvScratch is what the rows of one event are made with, reused from
// one event to the next.
type csvScratch struct {
	b    []byte
	row  []string
	arts []*timeline.Article // by mention of the event: its article
	also []string
	// The day each article was published, written once for its
	// mentions of every event.
	published map[*timeline.Article]string
}

// appendEvent appends the rows of ev to b: one per quote of each of its
// happenings, in order, a copy of a sentence named in also_in rather
// than written again. The columns of an event, a happening and an
// article are worked out once for the rows that share them.
func (c *csvScratch) appendEvent(b []byte, ev *timeline.Event) []byte {
	if c.row == nil {
		c.row = make([]string, csvColumns)
		c.published = map[*timeline.Article]string{}
	}
	row := c.row
	c.arts = c.arts[:0]
	for i, a := range ev.Articles {
		from, to := ev.Run(i)
		for range to - from {
			c.arts = append(c.arts, a)
		}
	}
	eps := make([]string, len(ev.Episodes))
	for k, ep := range ev.Episodes {
		eps[k] = ep.Ref()
	}
	row[csvEvent], row[csvDate], row[csvPrecision] = ev.ID, ev.Date.String(), ev.Date.Precision.String()
	row[csvEpisode], row[csvEpisodes] = ev.Episode.Ref(), strings.Join(eps, " ")
	page := page(address.Event(ev.ID)) + "#"
	var last *timeline.Article
	for k := range ev.Happenings {
		h := &ev.Happenings[k]
		row[csvHappening], row[csvTitle], row[csvTitleFrom] = h.ID, h.Title, h.TitleFrom
		row[csvOutlets], row[csvArticles] = strconv.Itoa(h.Outlets), strconv.Itoa(h.Articles)
		for _, q := range h.Quotes {
			m := &ev.Mentions[q.Mention]
			if a := c.arts[q.Mention]; a != last {
				d, ok := c.published[a]
				if !ok {
					d = day(a)
					c.published[a] = d
				}
				row[csvSource], row[csvOutlet], row[csvPublished], row[csvURL] = a.Slug, a.Outlet, d, a.URL
				last = a
			}
			row[csvExpression], row[csvAttribution], row[csvTime] = m.Expression, m.Attribution, m.Time
			row[csvSince], row[csvText], row[csvPage] = strconv.FormatBool(m.Since), m.Sentence, page+m.Anchor
			row[csvRole], row[csvApproximate] = m.Role.String(), strconv.FormatBool(m.Approx)
			c.also = alsoIn(ev, q, c.also[:0])
			row[csvAlsoIn] = strings.Join(c.also, " ")
			b = appendCSVRow(b, row)
		}
	}
	return b
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

// appendCSVRow appends a row of events.csv as encoding/csv's Writer
// writes it, each cell made safe first (csvSafe), without the writer's
// buffer and copy: events.csv has a row for every mention, and is one of
// the largest files of a site.
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
