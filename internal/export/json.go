package export

import (
	"bytes"
	"encoding/json"
	"strconv"

	"timeline/internal/address"
	"timeline/internal/dates"
	"timeline/internal/jsonstr"
	"timeline/internal/store"
	"timeline/internal/timeline"
)

// The events.json schema: see docs/events-json.md.
type jsonEpisode struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Start string `json:"start"` // "" when open
	End   string `json:"end"`   // "" when open
	Page  string `json:"page"`
}

func edtf(d dates.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

var comma = []byte(",")

// eventsJSON makes events.json as json.Marshal would write it, from
// minified pieces: the episodes, then one piece per source, and for each
// event its head and one piece per run of its mentions.
func (w *writer) eventsJSON(t *timeline.Timeline, f *file) error {
	eps := []jsonEpisode{}
	for _, ep := range t.Episodes {
		eps = append(eps, jsonEpisode{ID: ep.ID, Title: ep.Title, Start: edtf(ep.Start), End: edtf(ep.End), Page: page(address.Episode(ep.ID))})
	}
	head, err := json.Marshal(eps)
	if err == nil {
		head, err = minified("application/json", head)
	}
	if err != nil {
		return err
	}
	var scratch []byte // a piece, copied at its size: the store keeps it
	f.add(0, []byte(`{"episodes":`))
	f.add(0, head)
	f.add(0, []byte(`,"sources":[`))
	for i, a := range t.Articles {
		key := w.articleKey("json", a)
		piece, _ := w.piece(key, func() ([]byte, error) { return sourceJSON(a), nil })
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
		key := w.pieceKey("json head", store.Texts(ev.ID, ev.Episode.ID, ev.Title))
		head, _ := w.piece(key, func() ([]byte, error) { return eventHeadJSON(ev), nil })
		f.add(key, head)
		for j, r := range w.eventRuns(ev) {
			key := w.runKey("json", r)
			piece, _ := w.piece(key, func() ([]byte, error) {
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
			if j > 0 {
				f.add(0, comma)
			}
			f.add(key, piece)
		}
		f.add(0, []byte("]}"))
	}
	f.add(0, []byte(`]}`))
	return nil
}

// sourceJSON returns a source of events.json as json.Marshal writes it.
func sourceJSON(a *timeline.Article) []byte {
	return appendJSONObject(nil, "slug", a.Slug, "title", a.Title, "source", a.Outlet, "url", a.URL,
		"published", day(a), "language", a.Language, "page", page(address.Source(a.Slug)))
}

// eventHeadJSON returns an event of events.json without its mentions, as
// json.Marshal writes it, cut before the end of its empty list of
// mentions: `{"id":…,"mentions":[`.
func eventHeadJSON(ev *timeline.Event) []byte {
	b := appendJSONObject(nil, "id", ev.ID, "date", ev.Date.String(), "precision", ev.Date.Precision.String(),
		"episode", ev.Episode.ID, "title", ev.Title, "page", page(address.Event(ev.ID)))
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
		b = jsonstr.Append(b, kv[i+1])
	}
	return append(b, '}')
}

// appendMentionJSON appends a mention of events.json as json.Marshal
// writes it, without its reflection: events.json holds every mention of
// the timeline, hundreds of thousands on a large site.
func appendMentionJSON(b []byte, m *timeline.Mention) []byte {
	b = append(b, `{"source":`...)
	b = jsonstr.Append(b, m.Slug)
	b = append(b, `,"text":`...)
	b = jsonstr.Append(b, m.Sentence)
	b = append(b, `,"expression":`...)
	b = jsonstr.Append(b, m.Expression)
	b = append(b, `,"attribution":`...)
	b = jsonstr.Append(b, m.Attribution)
	b = append(b, `,"time":`...)
	b = jsonstr.Append(b, m.Time)
	b = append(b, `,"since":`...)
	b = strconv.AppendBool(b, m.Since)
	b = append(b, `,"anchor":`...)
	b = jsonstr.Append(b, m.Anchor)
	return append(b, '}')
}
