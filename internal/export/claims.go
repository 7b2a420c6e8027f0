package export

import (
	"bytes"
	"sort"
	"strconv"

	"timeline/internal/address"
	"timeline/internal/jsonstr"
	"timeline/internal/timeline"
)

// Where a claim's claimant comes from (claimant_from in events.json and
// claims.csv).
const (
	fromText    = "text"    // a source the sentence names beside the figure: "selon Bakou"
	fromSpeaker = "speaker" // the sentence's speaker (its attribution)
	fromOutlet  = "outlet"  // no one: the outlet of the article, which reports the figure
)

// claimant returns who claims f, a figure the sentence of m gives in an
// article of outlet, and where that comes from: the claimant the
// sentence names is the speaker's when it is written as the attribution
// (claims.Find gives the speaker's writing to a source that is the
// speaker); else it is one of the text's; a figure no one claims is the
// outlet's, which reports it ("" when the article names no outlet).
func claimant(f *timeline.Figure, m *timeline.Mention, outlet string) (who, from string) {
	switch {
	case f.Claimant == "":
		return outlet, fromOutlet
	case f.Claimant == m.Attribution:
		return f.Claimant, fromSpeaker
	}
	return f.Claimant, fromText
}

// figureText returns the words of f in the sentence of m: "plus de 100
// blessés"; "" when f stands in the next sentence, which continues the
// count ("Parmi eux, 12 civils."), and which no mention holds.
func figureText(f *timeline.Figure, m *timeline.Mention) string {
	if f.Next || f.Start < 0 || f.Start > f.End || f.End > len(m.Sentence) {
		return ""
	}
	return m.Sentence[f.Start:f.End]
}

// countMax returns the top of f's count: its count unless the text gives
// a range ("entre 50 et 60") or a rough count ("des dizaines").
func countMax(f *timeline.Figure) int { return max(f.Count, f.CountMax) }

// articleOf returns the article of ev's mention i; nil when none is.
// The runs of the articles follow each other in Mentions: the first that
// ends after i holds it (an event of a year has thousands of articles).
func articleOf(ev *timeline.Event, i int) *timeline.Article {
	k := sort.Search(len(ev.Articles), func(k int) bool { _, to := ev.Run(k); return to > i })
	if k == len(ev.Articles) {
		return nil
	}
	if from, _ := ev.Run(k); from > i {
		return nil
	}
	return ev.Articles[k]
}

// outletOf returns the outlet of ev's mention i, "" when not known.
func outletOf(ev *timeline.Event, i int) string {
	if a := articleOf(ev, i); a != nil {
		return a.Outlet
	}
	return ""
}

// appendClaimsJSON appends the entries of "claims" of ev, one per figure
// its quotations give, in the order of its happenings and their quotes,
// separated by commas.
func appendClaimsJSON(b []byte, ev *timeline.Event) []byte {
	for i := range ev.Claims {
		c := &ev.Claims[i]
		m := &ev.Mentions[c.Mention]
		who, from := claimant(&c.Figure, m, outletOf(ev, c.Mention))
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"event":`...)
		b = jsonstr.Append(b, ev.Happenings[c.Happening].ID)
		b = append(b, `,"source":`...)
		b = jsonstr.Append(b, m.Slug)
		b = append(b, `,"kind":`...)
		b = jsonstr.Append(b, c.Kind.String())
		b = append(b, `,"count":`...)
		b = strconv.AppendInt(b, int64(c.Count), 10)
		b = append(b, `,"count_max":`...)
		b = strconv.AppendInt(b, int64(countMax(&c.Figure)), 10)
		b = append(b, `,"qualifier":`...)
		b = jsonstr.Append(b, c.Qualifier)
		b = append(b, `,"who":`...)
		b = jsonstr.Append(b, c.Who)
		b = append(b, `,"side":`...)
		b = jsonstr.Append(b, c.Side)
		b = append(b, `,"civilian":`...)
		b = strconv.AppendBool(b, c.Civilian)
		b = append(b, `,"claimant":`...)
		b = jsonstr.Append(b, who)
		b = append(b, `,"claimant_from":`...)
		b = jsonstr.Append(b, from)
		b = append(b, `,"claimant_actor":`...)
		b = jsonstr.Append(b, c.Actor)
		b = append(b, `,"figure":`...)
		b = jsonstr.Append(b, figureText(&c.Figure, m))
		b = append(b, `,"text":`...)
		b = jsonstr.Append(b, m.Sentence)
		b = append(b, `,"anchor":`...)
		b = jsonstr.Append(b, m.Anchor)
		b = append(b, '}')
	}
	return b
}

// claimsCSV makes claims.csv: a header, then the rows of each event that
// gives figures, one piece per event.
func (w *writer) claimsCSV(t *timeline.Timeline, f *file) {
	f.add(0, appendCSVRow(nil, claimsHeader))
	var scratch []byte
	row := make([]string, len(claimsHeader))
	for _, ev := range t.Events {
		if len(ev.Claims) == 0 {
			continue
		}
		key := w.eventKey("claims-csv", ev)
		piece, _ := w.piece(key, func() ([]byte, error) {
			scratch = appendClaimsCSV(scratch[:0], ev, row)
			return bytes.Clone(scratch), nil
		})
		f.add(key, piece)
	}
}

// claimsHeader names the columns of claims.csv. event, happening and
// page are events.csv's: the day's id, the happening's, and the
// quotation's address on the day's page.
var claimsHeader = []string{"event", "happening", "date", "kind", "count", "count_max", "qualifier",
	"who", "side", "civilian", "claimant", "claimant_from", "claimant_actor",
	"outlet", "article", "page", "figure", "text"}

// appendClaimsCSV appends the rows of ev's figures to b, row being
// scratch of len(claimsHeader).
func appendClaimsCSV(b []byte, ev *timeline.Event, row []string) []byte {
	day := page(address.Event(ev.ID)) + "#"
	for i := range ev.Claims {
		c := &ev.Claims[i]
		m := &ev.Mentions[c.Mention]
		outlet := outletOf(ev, c.Mention)
		who, from := claimant(&c.Figure, m, outlet)
		row = append(row[:0], ev.ID, ev.Happenings[c.Happening].ID, ev.Date.String(), c.Kind.String(),
			strconv.Itoa(c.Count), strconv.Itoa(countMax(&c.Figure)), c.Qualifier,
			c.Who, c.Side, strconv.FormatBool(c.Civilian), who, from, c.Actor,
			outlet, m.Slug, day+m.Anchor, figureText(&c.Figure, m), m.Sentence)
		b = appendCSVRow(b, row)
	}
	return b
}
