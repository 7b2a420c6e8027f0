package export

import (
	"bytes"
	"encoding/json"
	"strconv"

	"timeline/internal/address"
	"timeline/internal/dates"
	"timeline/internal/jsonstr"
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

// jsonVersion is the version of the layout of events.json, its first
// key: 2 since an entry of "events" is a happening, not a date.
const jsonVersion = 2

// eventsJSON makes events.json as json.Marshal would write it, from
// minified pieces: the episodes, the places, actors and kinds, then one
// piece per source, one per event with its happenings, and one per event
// with the figures its quotations give.
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
	f.add(0, []byte(`{"version":`+strconv.Itoa(jsonVersion)+`,"episodes":`))
	f.add(0, head)
	lists, err := entitiesJSON(t, w.lang())
	if err != nil {
		return err
	}
	f.add(0, lists)
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
	var scratch []byte // a piece, copied at its size: the store keeps it
	var also []string
	for i, ev := range t.Events {
		if i > 0 {
			f.add(0, comma)
		}
		key := w.eventKey("json", ev)
		piece, _ := w.piece(key, func() ([]byte, error) {
			scratch, also = appendEventJSON(scratch[:0], ev, also)
			return bytes.Clone(scratch), nil
		})
		f.add(key, piece)
	}
	f.add(0, []byte(`],"claims":[`))
	first := true
	for _, ev := range t.Events {
		if len(ev.Claims) == 0 {
			continue
		}
		if !first {
			f.add(0, comma)
		}
		first = false
		key := w.eventKey("json-claims", ev)
		piece, _ := w.piece(key, func() ([]byte, error) {
			scratch = appendClaimsJSON(scratch[:0], ev)
			return bytes.Clone(scratch), nil
		})
		f.add(key, piece)
	}
	f.add(0, []byte(`]}`))
	return nil
}

// sourceJSON returns a source of events.json as json.Marshal writes it.
func sourceJSON(a *timeline.Article) []byte {
	return appendJSONObject(nil, "slug", a.Slug, "title", a.Title, "source", a.Outlet, "url", a.URL,
		"published", day(a), "language", a.Language, "page", page(address.Source(a.Slug)))
}

// appendEventJSON appends the happenings of ev, each an entry of
// "events", as json.Marshal writes them, separated by commas. also is
// scratch for the slugs of copies, returned for the next event.
func appendEventJSON(b []byte, ev *timeline.Event, also []string) ([]byte, []string) {
	// What every happening of the day says of it, from "day" to the
	// episodes: `"day":…,"episodes":[…],`.
	dayPage := page(address.Event(ev.ID))
	var common []byte
	common = append(common, `"day":`...)
	common = jsonstr.Append(common, dayPage)
	common = append(common, `,"date":`...)
	common = jsonstr.Append(common, ev.Date.String())
	common = append(common, `,"precision":`...)
	common = jsonstr.Append(common, ev.Date.Precision.String())
	common = append(common, `,"episode":`...)
	common = jsonstr.Append(common, ev.Episode.Ref())
	common = append(common, `,"episodes":[`...)
	for k, ep := range ev.Episodes {
		if k > 0 {
			common = append(common, ',')
		}
		common = jsonstr.Append(common, ep.Ref())
	}
	common = append(common, `],`...)
	for k := range ev.Happenings {
		h := &ev.Happenings[k]
		if k > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = jsonstr.Append(b, h.ID)
		b = append(b, ',')
		b = append(b, common...)
		b = append(b, `"title":`...)
		b = jsonstr.Append(b, h.Title)
		b = append(b, `,"title_from":`...)
		b = jsonstr.Append(b, h.TitleFrom)
		b = append(b, `,"summary":`...)
		b = jsonstr.Append(b, h.Summary)
		b = append(b, `,"approximate":`...)
		b = strconv.AppendBool(b, h.Approximate)
		b = append(b, `,"outlets":`...)
		b = strconv.AppendInt(b, int64(h.Outlets), 10)
		b = append(b, `,"articles":`...)
		b = strconv.AppendInt(b, int64(h.Articles), 10)
		b = append(b, `,"page":`...)
		b = jsonstr.Append(b, dayPage+"#"+h.Anchor)
		b = append(b, `,"places":`...)
		b = appendStrings(b, h.Places)
		b = append(b, `,"actors":`...)
		b = appendStrings(b, h.Actors)
		b = append(b, `,"kinds":`...)
		b = appendStrings(b, h.Kinds)
		b = append(b, `,"mentions":[`...)
		for j, q := range h.Quotes {
			if j > 0 {
				b = append(b, ',')
			}
			also = alsoIn(ev, q, also[:0])
			b = appendMentionJSON(b, &ev.Mentions[q.Mention], also)
		}
		b = append(b, "]}"...)
	}
	return b, also
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
// the timeline, hundreds of thousands on a large site. also are the
// slugs of the other articles that carry its sentence (alsoIn). What the
// lexicons found in it are ids: a name is written once, in the lists of
// places and actors.
func appendMentionJSON(b []byte, m *timeline.Mention, also []string) []byte {
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
	b = append(b, `,"role":`...)
	b = jsonstr.Append(b, m.Role.String())
	b = append(b, `,"approximate":`...)
	b = strconv.AppendBool(b, m.Approx)
	b = append(b, `,"also_in":`...)
	b = appendStrings(b, also)
	b = append(b, `,"places":`...)
	b = appendStrings(b, m.Places)
	b = append(b, `,"actors":`...)
	b = appendStrings(b, m.Actors)
	b = append(b, `,"speaker":`...)
	b = jsonstr.Append(b, m.Speaker)
	return append(b, '}')
}
