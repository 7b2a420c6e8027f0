package render

import (
	"bytes"
	"strconv"
	"strings"
	"text/template/parse"

	"timeline/internal/diag"
	"timeline/internal/timeline"
)

// Rows. A large site shows hundreds of thousands of quotations, each on
// its event page and on its source page, and tens of thousands of other
// rows: the events of listings and of source pages, the months of events
// split by month, the articles of lists of sources. Drawn by
// html/template, which calls an escaper through reflection for each of
// the twenty-odd values a row shows, they took most of a cold build. So
// each of these five rows is written in Go by its view, and this file is
// its only definition: templates print them with
// {{rows "mention" .Mentions}} (see Site.rows), and a template of the
// same name is never drawn (New warns of one). Each value is escaped as
// html/template escapes it in its place: text and quoted attributes with
// htmlEscaper, links with writeURL.

// A row is the view of a piece of a page drawn by the thousand, which
// writes its own HTML.
type row interface {
	// rowName is the name templates give the row: {{rows "mention" .Mentions}}.
	rowName() string
	// writeRow writes the row into b, in the interface text of s.
	writeRow(b *bytes.Buffer, s *Site)
}

// rowKinds holds one row of each kind, for their names.
var rowKinds = []row{MentionView{}, SourceEvent{}, EventMonth{}, EventView{}, ArticleView{}, HappeningView{}, HappeningItem{}}

// isRowName reports whether name is the name of a row written in Go.
func isRowName(name string) bool {
	for _, r := range rowKinds {
		if r.rowName() == name {
			return true
		}
	}
	return false
}

// warnRowTemplates warns of each row the partial file defines as a
// template, as sites did when the rows were templates: it is never drawn.
func warnRowTemplates(file, src string, probs *diag.List) {
	t := parse.New(file)
	t.Mode = parse.SkipFuncCheck
	trees := map[string]*parse.Tree{}
	if _, err := t.Parse(src, "", "", trees); err != nil {
		return // reported when the file is loaded
	}
	for _, r := range rowKinds {
		if tree, ok := trees[r.rowName()]; ok {
			line := 1 + strings.Count(src[:tree.Root.Position()], "\n")
			probs.Add(diag.Warnf(TemplatesDir+"/"+file, line, 0,
				"defines %q, a row the site writes in Go (internal/render/rows.go): this template is never drawn (remove it)", r.rowName()))
		}
	}
}

func (MentionView) rowName() string   { return "mention" }
func (SourceEvent) rowName() string   { return "source-event" }
func (EventMonth) rowName() string    { return "event-month" }
func (EventView) rowName() string     { return "event-item" }
func (ArticleView) rowName() string   { return "source-item" }
func (HappeningView) rowName() string { return "happening" }
func (HappeningItem) rowName() string { return "happening-item" }

// HappeningItem is a happening in the list that opens its day's page: its
// headline, a link to it, its role and counts; on the page of a split
// day, with its anchor (its quotations are on the months' pages).
type HappeningItem struct {
	HappeningView
	Anchored bool
}

// writeRow writes a happening of the list that opens its day's page.
func (h HappeningItem) writeRow(b *bytes.Buffer, s *Site) {
	b.WriteString(`<li`)
	if h.Anchored {
		b.WriteString(` id="`)
		htmlEscaper.WriteString(b, h.Anchor)
		b.WriteString(`"`)
	}
	b.WriteString(`><a href="`)
	writeURL(b, h.Href)
	b.WriteString(`">`)
	htmlEscaper.WriteString(b, h.Title)
	b.WriteString(`</a>`)
	writeRole(b, s, h.Role)
	b.WriteString(` <span class="meta">`)
	htmlEscaper.WriteString(b, s.count("outlets_count", h.Outlets))
	b.WriteString(` · `)
	htmlEscaper.WriteString(b, s.count("articles_count", h.Articles))
	b.WriteString(`</span></li>`)
}

// writeRow writes a happening on its day's page: its headline, the
// editors' summary, its counts and role, then its quotations grouped by
// outlet.
func (h HappeningView) writeRow(b *bytes.Buffer, s *Site) {
	b.WriteString(`<section class="happening" id="`)
	htmlEscaper.WriteString(b, h.Anchor)
	b.WriteString(`"><h2>`)
	htmlEscaper.WriteString(b, h.Title)
	b.WriteString("</h2>")
	if h.Summary != "" {
		b.WriteString(`<div class="summary">`)
		b.WriteString(string(h.Summary)) // HTML goldmark made safe (edits.Entry.SummaryHTML)
		b.WriteString("</div>")
	}
	b.WriteString(`<p class="meta">`)
	if h.Editor {
		htmlEscaper.WriteString(b, s.T("headline_by_editor"))
		b.WriteString(` · `)
	}
	if h.Outlets > 0 {
		htmlEscaper.WriteString(b, s.count("outlets_count", h.Outlets))
	} else {
		htmlEscaper.WriteString(b, s.T("outlets_none"))
	}
	b.WriteString(` · `)
	htmlEscaper.WriteString(b, s.count("articles_count", h.Articles))
	if h.Role != "" && h.Role != "event" {
		b.WriteString(` ·`)
		writeRole(b, s, h.Role)
	}
	b.WriteString("</p>")
	for _, g := range h.Groups {
		b.WriteString(`<h3 class="outlet">`)
		if g.Outlet != "" {
			htmlEscaper.WriteString(b, g.Outlet)
		} else {
			htmlEscaper.WriteString(b, s.T("source_unknown_outlet"))
		}
		b.WriteString("</h3>")
		writeAll(b, s, g.Mentions, mentionSize)
		b.WriteString("\n")
	}
	b.WriteString("</section>")
}

// writeRow writes an event of a listing: its date, then its happenings,
// each with its quotations or else its headline, and its source count and
// episode. An event listed in an episode it only overlaps has no id (its
// own episode's row has it) and says where it is filed.
func (v EventView) writeRow(b *bytes.Buffer, s *Site) {
	b.WriteString(`<li class="event`)
	if v.Spans {
		b.WriteString(` spans`)
	} else {
		b.WriteString(`" id="e-`)
		htmlEscaper.WriteString(b, v.ID)
	}
	b.WriteString(`" data-episode="`)
	htmlEscaper.WriteString(b, v.Filter.Episode)
	b.WriteString(`" data-outlets="`)
	htmlEscaper.WriteString(b, v.Filter.Outlets)
	b.WriteString(`" data-sources="`)
	b.WriteString(strconv.Itoa(v.Filter.Sources))
	writeFilterIDs(b, "places", v.Filter.Places)
	writeFilterIDs(b, "actors", v.Filter.Actors)
	writeFilterIDs(b, "kinds", v.Filter.Kinds)
	b.WriteString(`"><h3 class="event-date"><a href="`)
	writeURL(b, v.Href)
	b.WriteString(`">`)
	if v.Approximate {
		b.WriteString(`<span class="approx" title="`)
		htmlEscaper.WriteString(b, s.T("approximate"))
		b.WriteString(`">≈</span> `)
	}
	writeDate(b, v.Date, v.Datetime)
	b.WriteString(`</a></h3>`)
	full := len(v.Happenings) > 0 && v.Happenings[0].Groups != nil
	for _, h := range v.Happenings {
		writeHeadline(b, s, &h, full)
		if full {
			for _, g := range h.Groups {
				writeAll(b, s, g.Mentions, mentionSize)
			}
			b.WriteString("\n")
		}
	}
	if v.More > 0 {
		b.WriteString(`<p class="others"><a href="`)
		writeURL(b, v.Href)
		b.WriteString(`">`)
		htmlEscaper.WriteString(b, s.count("happenings_more", v.More))
		b.WriteString(`</a></p>`)
	}
	b.WriteString(`<p class="meta">`)
	htmlEscaper.WriteString(b, s.count("outlets_count", v.Outlets))
	b.WriteString(` · `)
	htmlEscaper.WriteString(b, s.count("articles_count", v.Sources))
	b.WriteString(` · `)
	if v.Spans {
		htmlEscaper.WriteString(b, s.T("spans_from"))
		b.WriteString(` `)
	}
	b.WriteString(`<a href="`)
	writeURL(b, v.Episode.Href)
	b.WriteString(`">`)
	htmlEscaper.WriteString(b, v.Episode.Text)
	b.WriteString(`</a></p></li>`)
}

// writeHeadline writes a happening's headline in a listing, a link to it
// on its day's page, marked when it is announced or recalled rather than
// reported happening; with its counts when its quotations follow.
func writeHeadline(b *bytes.Buffer, s *Site, h *HappeningView, counts bool) {
	b.WriteString(`<p class="headline"><a href="`)
	writeURL(b, h.Href)
	b.WriteString(`">`)
	htmlEscaper.WriteString(b, h.Title)
	b.WriteString(`</a>`)
	writeRole(b, s, h.Role)
	if counts {
		b.WriteString(` <span class="meta">`)
		htmlEscaper.WriteString(b, s.count("outlets_count", h.Outlets))
		b.WriteString(`</span>`)
	}
	b.WriteString(`</p>`)
}

// writeRole writes the flag of a role other than "event": a happening or
// a quotation that announces the date, or only recalls it.
func writeRole(b *bytes.Buffer, s *Site, role string) {
	if role == "" || role == "event" {
		return
	}
	b.WriteString(` <span class="flag role-`)
	htmlEscaper.WriteString(b, role)
	b.WriteString(`">`)
	htmlEscaper.WriteString(b, s.T("role_"+role))
	b.WriteString(`</span>`)
}

// writeDate writes a date as the text of a link, in a <time> when it has
// a machine-readable value.
func writeDate(b *bytes.Buffer, date, datetime string) {
	if datetime == "" {
		htmlEscaper.WriteString(b, date)
		return
	}
	b.WriteString(`<time datetime="`)
	htmlEscaper.WriteString(b, datetime)
	b.WriteString(`">`)
	htmlEscaper.WriteString(b, date)
	b.WriteString(`</time>`)
}

// writeRow writes an article of a list of sources: its title, outlet,
// day and count of events.
func (v ArticleView) writeRow(b *bytes.Buffer, s *Site) {
	b.WriteString(`<li><a href="`)
	writeURL(b, v.Href)
	b.WriteString(`"`)
	if v.Lang != "" {
		b.WriteString(` lang="`)
		htmlEscaper.WriteString(b, v.Lang)
		b.WriteString(`"`)
	}
	b.WriteString(`>`)
	htmlEscaper.WriteString(b, v.Title)
	b.WriteString("</a>\n<span class=\"meta\">")
	if v.Outlet != "" {
		htmlEscaper.WriteString(b, v.Outlet)
	} else {
		htmlEscaper.WriteString(b, s.T("source_unknown_outlet"))
	}
	b.WriteString(` · <time datetime="`)
	htmlEscaper.WriteString(b, v.Datetime)
	b.WriteString(`">`)
	htmlEscaper.WriteString(b, v.Published)
	b.WriteString(`</time> · `)
	htmlEscaper.WriteString(b, s.count("events_count", v.Events))
	b.WriteString(`</span></li>`)
}

// writeRow writes a month of an event split by month: its heading, then
// its quotations by outlet and day, each with its stable anchor.
func (v EventMonth) writeRow(b *bytes.Buffer, _ *Site) {
	b.WriteString(`<h3><a href="`)
	writeURL(b, v.Href)
	b.WriteString(`">`)
	htmlEscaper.WriteString(b, v.Label)
	b.WriteString(`</a></h3><ul class="stubs" data-href="`)
	writeURL(b, v.Href)
	b.WriteString(`">`)
	for _, m := range v.Mentions {
		b.WriteString(`<li id="`)
		htmlEscaper.WriteString(b, m.ID)
		b.WriteString(`">`)
		htmlEscaper.WriteString(b, m.Text)
		b.WriteString(`</li>`)
	}
	b.WriteString(`</ul>`)
}

// writeRow writes an event of a source page: its date, the article's
// quotations of it, and the other sources that report it.
func (v SourceEvent) writeRow(b *bytes.Buffer, s *Site) {
	b.WriteString(`<li class="event"><h3 class="event-date"><a href="`)
	writeURL(b, v.Event.Href)
	b.WriteString(`">`)
	writeDate(b, v.Event.Date, v.Event.Datetime)
	b.WriteString(`</a></h3>`)
	writeAll(b, s, v.Mentions, mentionSize)
	b.WriteString("\n")
	if len(v.Others) > 0 {
		b.WriteString(`<p class="meta">`)
		htmlEscaper.WriteString(b, s.T("other_sources"))
		b.WriteString(` `)
		for i, o := range v.Others {
			if i > 0 {
				b.WriteString(`, `)
			}
			b.WriteString(`<a href="`)
			writeURL(b, o.Href)
			b.WriteString(`">`)
			htmlEscaper.WriteString(b, o.Text)
			b.WriteString(`</a>`)
		}
		if v.More {
			b.WriteString(` …`)
		}
		b.WriteString(`</p>`)
	}
	b.WriteString(`</li>`)
}

// writeRow writes a quotation: the sentence with its date expression
// marked (writeQuote), who speaks, its source when cited, its flags and
// its permalink.
func (v MentionView) writeRow(b *bytes.Buffer, s *Site) {
	b.WriteString(`<figure class="mention" id="`)
	htmlEscaper.WriteString(b, v.ID)
	b.WriteString(`"><blockquote`)
	if v.Lang != "" {
		b.WriteString(` lang="`)
		htmlEscaper.WriteString(b, v.Lang)
		b.WriteString(`"`)
	}
	b.WriteString(`><p>`)
	if v.mention != nil {
		writeQuote(b, v.mention)
	}
	b.WriteString(`</p></blockquote><figcaption>`)
	if v.Attribution != "" {
		b.WriteString(`<span class="who">`)
		htmlEscaper.WriteString(b, s.T("said_by"))
		b.WriteString(` `)
		htmlEscaper.WriteString(b, v.Attribution)
		b.WriteString(`</span>`)
	}
	if v.Cite {
		b.WriteString(`<span><a href="`)
		writeURL(b, v.Source.Href)
		b.WriteString(`" title="`)
		htmlEscaper.WriteString(b, v.Source.Text)
		b.WriteString(`">`)
		if v.Outlet != "" {
			htmlEscaper.WriteString(b, v.Outlet)
		} else {
			htmlEscaper.WriteString(b, v.Source.Text)
		}
		b.WriteString(`</a>, `)
		htmlEscaper.WriteString(b, v.Published)
		b.WriteString(`</span>`)
	}
	if v.Since {
		b.WriteString(`<span class="flag">`)
		htmlEscaper.WriteString(b, s.T("since_marker"))
		b.WriteString(`</span>`)
	}
	if v.Manual {
		b.WriteString(`<span class="flag">`)
		htmlEscaper.WriteString(b, s.T("added_by_editor"))
		b.WriteString(`</span>`)
	}
	writeRole(b, s, v.Role)
	if v.Approx {
		b.WriteString(`<span class="flag">≈ `)
		htmlEscaper.WriteString(b, s.T("approximate"))
		b.WriteString(`</span>`)
	}
	if len(v.Also) > 0 {
		b.WriteString(`<span class="also">`)
		htmlEscaper.WriteString(b, s.T("also_in"))
		for i, a := range v.Also {
			if i > 0 {
				b.WriteString(`,`)
			}
			b.WriteString(` <a id="`)
			htmlEscaper.WriteString(b, a.ID)
			b.WriteString(`" href="`)
			writeURL(b, a.Href)
			b.WriteString(`">`)
			htmlEscaper.WriteString(b, a.Text)
			b.WriteString(`</a>`)
		}
		b.WriteString(`</span>`)
	}
	b.WriteString(`<a class="copy" href="`)
	writeURL(b, v.Permalink)
	b.WriteString(`" aria-label="`)
	htmlEscaper.WriteString(b, s.T("copy_link"))
	b.WriteString(` : `)
	htmlEscaper.WriteString(b, v.Date)
	b.WriteString(`">`)
	htmlEscaper.WriteString(b, s.T("copy_link"))
	b.WriteString(`</a></figcaption></figure>`)
}

// writeQuote writes a quotation's sentence, its date expression marked:
// in a <time> when it has a machine-readable date, else in a <mark> with
// its EDTF value.
func writeQuote(b *bytes.Buffer, m *timeline.Mention) {
	if m.End <= m.Start {
		htmlEscaper.WriteString(b, m.Sentence)
		return
	}
	htmlEscaper.WriteString(b, m.Sentence[:m.Start])
	if dt := datetime(m.Date, m.Time); dt != "" {
		b.WriteString(`<time datetime="`)
		htmlEscaper.WriteString(b, dt)
		b.WriteString(`">`)
		htmlEscaper.WriteString(b, m.Sentence[m.Start:m.End])
		b.WriteString(`</time>`)
	} else {
		b.WriteString(`<mark data-edtf="`)
		htmlEscaper.WriteString(b, m.Date.String())
		b.WriteString(`">`)
		htmlEscaper.WriteString(b, m.Sentence[m.Start:m.End])
		b.WriteString(`</mark>`)
	}
	htmlEscaper.WriteString(b, m.Sentence[m.End:])
}

// htmlEscaper escapes text for an HTML element or a quoted attribute as
// html/template does (its table, + included).
var htmlEscaper = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")

// writeURL writes a link into a quoted attribute as html/template does: a
// scheme other than http, https or mailto is replaced by "#ZgotmplZ";
// bytes that may not stand in a URL are percent-encoded, escapes already
// there kept; then & and + are escaped for the attribute.
func writeURL(b *bytes.Buffer, u string) {
	if scheme, _, ok := strings.Cut(u, ":"); ok && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		b.WriteString("#ZgotmplZ")
		return
	}
	const hex = "0123456789abcdef"
	done := 0
	for i := 0; i < len(u); i++ {
		c := u[i]
		var esc string
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			continue
		case strings.IndexByte("!#$*,/:;=?@[]-._~", c) >= 0:
			continue
		case c == '&':
			esc = "&amp;"
		case c == '+':
			esc = "&#43;"
		case c == '%' && i+2 < len(u) && isHex(u[i+1]) && isHex(u[i+2]):
			continue
		}
		b.WriteString(u[done:i])
		if esc != "" {
			b.WriteString(esc)
		} else {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
		done = i + 1
	}
	b.WriteString(u[done:])
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// writeFilterIDs ends the attribute before it and writes data-name with
// ids, left open for the next; nothing when ids is empty.
func writeFilterIDs(b *bytes.Buffer, name, ids string) {
	if ids == "" {
		return
	}
	b.WriteString(`" data-`)
	b.WriteString(name)
	b.WriteString(`="`)
	htmlEscaper.WriteString(b, ids)
}
