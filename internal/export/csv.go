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
// piece per run of its mentions.
func (w *writer) eventsCSV(t *timeline.Timeline, f *file) {
	header := []string{"event", "date", "precision", "episode", "source", "outlet", "published", "url",
		"expression", "attribution", "time", "since", "text", "page"}
	f.add(0, appendCSVRow(nil, header))
	var scratch []byte // a piece, copied at its size: the store keeps it
	// The day each article was published, written once for its mentions
	// of every event, as the pieces made need it.
	published := map[*timeline.Article]string{}
	bySlug := map[string]*timeline.Article{}
	for _, a := range t.Articles {
		bySlug[a.Slug] = a
	}
	for _, ev := range t.Events {
		var row []string // made for the event's first piece made, then reused
		for _, r := range w.eventRuns(ev) {
			key := w.runKey("csv", r)
			piece, _ := w.piece(key, func() ([]byte, error) {
				if row == nil {
					row = csvEventRow(ev)
				}
				scratch = csvMentions(scratch[:0], ev, row, ev.Mentions[r.from:r.to], bySlug, published)
				return bytes.Clone(scratch), nil
			})
			f.add(key, piece)
		}
	}
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
	page := page(address.Event(ev.ID)) + "#"
	for k := range mentions {
		m := &mentions[k]
		if k == 0 || m.Slug != mentions[k-1].Slug {
			a := bySlug[m.Slug]
			d, ok := published[a]
			if !ok {
				d = day(a)
				published[a] = d
			}
			row[csvSource], row[csvOutlet], row[csvPublished], row[csvURL] = m.Slug, a.Outlet, d, a.URL
		}
		row[csvExpression], row[csvAttribution], row[csvTime] = m.Expression, m.Attribution, m.Time
		row[csvSince], row[csvText], row[csvPage] = strconv.FormatBool(m.Since), m.Sentence, page+m.Anchor
		b = appendCSVRow(b, row)
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
