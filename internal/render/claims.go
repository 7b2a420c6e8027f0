package render

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"timeline/internal/address"
	"timeline/internal/datefmt"
	"timeline/internal/timeline"
)

// ClaimRow is a figure in a table of figures: what it counts, whose
// people, who claims it, and the quotation and article that give it.
type ClaimRow struct {
	Figure   string // "plus de 100 blessés"
	Kind     string // "killed"
	Who      string // "soldats arméniens", as the text says; "" when it does not
	Claimant string // the actor's name, or the claimant as written, or the outlet
	Href     string // the quotation on its event's page
	Source   Link   // the article
	Date     string // the event's date, in an episode's table
	Differs  bool   // another claimant gives another count of the same kind for the same people
}

func (ClaimRow) rowName() string { return "claim" }

// writeRow writes a figure of an event's table of figures.
func (r ClaimRow) writeRow(b *bytes.Buffer, s *Site) {
	b.WriteString(`<tr`)
	if r.Differs {
		b.WriteString(` class="differs"`)
	}
	b.WriteString(`><td><a href="`)
	writeURL(b, r.Href)
	b.WriteString(`">`)
	htmlEscaper.WriteString(b, r.Figure)
	b.WriteString(`</a>`)
	if r.Differs {
		b.WriteString(` <span class="tag">`)
		htmlEscaper.WriteString(b, s.T("claims_differs"))
		b.WriteString(`</span>`)
	}
	b.WriteString(`</td><td>`)
	htmlEscaper.WriteString(b, r.Who)
	b.WriteString(`</td><td>`)
	htmlEscaper.WriteString(b, r.Claimant)
	b.WriteString(`</td><td>`)
	if r.Source.Href != "" {
		b.WriteString(`<a href="`)
		writeURL(b, r.Source.Href)
		b.WriteString(`">`)
		htmlEscaper.WriteString(b, r.Source.Text)
		b.WriteString(`</a>`)
	} else {
		htmlEscaper.WriteString(b, r.Source.Text)
	}
	b.WriteString(`</td></tr>`)
}

// claimRows returns the table of ev's figures, on a page at root, each
// copy of a sentence once (see timeline.Event.Claims).
func (s *Site) claimRows(root string, ev *timeline.Event) []ClaimRow {
	var rows []ClaimRow
	for i := range ev.Claims {
		c := &ev.Claims[i]
		m := &ev.Mentions[c.Mention]
		r := ClaimRow{Figure: s.figureWords(c.Figure, m), Kind: c.Kind.String(), Who: c.Who,
			Claimant: s.claimantName(ev, c.Figure, m),
			Href:     root + address.Event(ev.ID) + "#" + m.Anchor}
		if art := s.look.article(ev, m.Slug); art != nil {
			r.Source = Link{Href: s.look.sourceHref(root, art), Text: sourceText(art)}
		}
		rows = append(rows, r)
	}
	markDiffering(rows, ev.Claims)
	return rows
}

// sourceText names an article in a table: its outlet, else the start of
// its title (a column of whole titles is a column of paragraphs on a phone).
func sourceText(a *timeline.Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	const most = 40 // characters
	if utf8.RuneCountInString(a.Title) <= most {
		return a.Title
	}
	cut := 0
	for i := range a.Title {
		if cut == most {
			return strings.TrimRight(a.Title[:i], " ,;:") + "…"
		}
		cut++
	}
	return a.Title
}

// claimantName says who claims f: the actor its claimant is, the
// claimant as the text writes it, else the outlet that prints it.
func (s *Site) claimantName(ev *timeline.Event, f timeline.Figure, m *timeline.Mention) string {
	if f.Actor != "" && s.look.lex != nil && s.look.lex.Gazetteer != nil {
		if a := s.look.lex.Gazetteer.Actor(f.Actor); a != nil {
			return s.actorName(a)
		}
	}
	if f.Claimant != "" {
		return f.Claimant
	}
	if art := s.look.article(ev, m.Slug); art != nil && art.Outlet != "" {
		return art.Outlet
	}
	return s.T("claimant_unknown")
}

// markDiffering marks the rows whose count of one kind for the same people
// differs from another claimant's.
func markDiffering(rows []ClaimRow, cs []timeline.Claim) {
	for i := range rows {
		for j := range rows {
			if i == j || rows[i].Kind != rows[j].Kind || rows[i].Claimant == rows[j].Claimant {
				continue
			}
			a, b := cs[i], cs[j]
			if samePeople(a.Figure, b.Figure) && (a.Count != b.Count || a.CountMax != b.CountMax) {
				rows[i].Differs = true
			}
		}
	}
}

// samePeople reports whether two figures count the same people: the same
// side, civilians or not, or the same words when neither names a side.
func samePeople(a, b timeline.Figure) bool {
	if a.Side != "" || b.Side != "" {
		return a.Side == b.Side && a.Civilian == b.Civilian
	}
	return strings.EqualFold(a.Who, b.Who) && a.Civilian == b.Civilian
}

// figureWords returns a figure as its sentence writes it ("des milliers
// de déplacés"), and the range it stands for when it is one ("des
// milliers de déplacés (1 000 à 9 999)"): a claim is what the text says.
// A figure that goes on in the next sentence, which the mention does not
// hold, is written by figureText.
func (s *Site) figureWords(f timeline.Figure, m *timeline.Mention) string {
	if f.Next || f.Start < 0 || f.End <= f.Start || f.End > len(m.Sentence) {
		return s.figureText(f)
	}
	w := m.Sentence[f.Start:f.End]
	if f.CountMax > f.Count {
		w += " (" + s.number(f.Count) + s.T("range_to") + s.number(f.CountMax) + ")"
	}
	return w
}

// figureText writes a figure as a reader reads it: "plus de 100 blessés",
// "10 à 99 tués".
func (s *Site) figureText(f timeline.Figure) string {
	var b strings.Builder
	if f.Qualifier != "" {
		b.WriteString(s.T("qualifier_" + f.Qualifier))
		b.WriteByte(' ')
	}
	b.WriteString(s.number(f.Count))
	if f.CountMax > f.Count {
		b.WriteString(s.T("range_to"))
		b.WriteString(s.number(f.CountMax))
	}
	b.WriteByte(' ')
	key := "claim_" + f.Kind.String()
	if f.CountMax <= 1 {
		key += "_one"
	}
	b.WriteString(s.T(key))
	return b.String()
}

// number writes n with its thousands grouped as the site's language does
// (its text thousands_separator): "2 000" (a narrow no-break space), "2,000".
func (s *Site) number(n int) string {
	d := strconv.Itoa(n)
	sep := s.T("thousands_separator")
	var b strings.Builder
	for i, c := range d {
		if i > 0 && (len(d)-i)%3 == 0 && c != '-' {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// EpisodeClaims is the table of an episode's figures: for each claimant,
// the latest figure it gives of each kind.
type EpisodeClaims struct {
	Kinds []string // the kinds' headings, in order
	Rows  []EpisodeClaimRow
}

// EpisodeClaimRow is one claimant's latest figures, one cell per kind.
type EpisodeClaimRow struct {
	Claimant string
	Cells    []*ClaimRow // nil where it gives none of that kind
}

// claimKinds are the kinds of figure, in the order tables show them.
var claimKinds = []string{"killed", "wounded", "missing", "displaced", "captured", "released", "destroyed"}

// episodeClaims returns the table of the latest figure each claimant
// gives of each kind during events, on a page at root; nil when no event
// gives one.
func (s *Site) episodeClaims(root string, events []*timeline.Event) *EpisodeClaims {
	type cell struct {
		row ClaimRow
		at  string // the event's id and the article's publication: the latest wins
	}
	latest := map[string]map[string]cell{}
	for _, ev := range events {
		rows := s.claimRows(root, ev)
		for i := range rows {
			m := &ev.Mentions[ev.Claims[i].Mention]
			at := ev.Date.String()
			if art := s.look.article(ev, m.Slug); art != nil {
				at += " " + art.Published.Format("2006-01-02")
			}
			r := rows[i]
			r.Date = datefmt.Date(ev.Date, s.lang)
			byKind := latest[r.Claimant]
			if byKind == nil {
				byKind = map[string]cell{}
				latest[r.Claimant] = byKind
			}
			if c, ok := byKind[r.Kind]; !ok || at > c.at {
				byKind[r.Kind] = cell{r, at}
			}
		}
	}
	if len(latest) == 0 {
		return nil
	}
	used := map[string]bool{}
	for _, byKind := range latest {
		for k := range byKind {
			used[k] = true
		}
	}
	t := &EpisodeClaims{}
	var kinds []string
	for _, k := range claimKinds {
		if used[k] {
			kinds = append(kinds, k)
			t.Kinds = append(t.Kinds, s.T("claims_col_"+k))
		}
	}
	claimants := make([]string, 0, len(latest))
	for c := range latest {
		claimants = append(claimants, c)
	}
	sort.Strings(claimants)
	for _, c := range claimants {
		row := EpisodeClaimRow{Claimant: c, Cells: make([]*ClaimRow, len(kinds))}
		for i, k := range kinds {
			if cl, ok := latest[c][k]; ok {
				r := cl.row
				row.Cells[i] = &r
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}
