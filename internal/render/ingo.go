package render

import (
	"bytes"
	"html/template"
	"io/fs"
	"strconv"
	"strings"

	"timeline/templates"
)

// Partials drawn in Go. A site of 10,000 articles shows 233,000
// quotations, each on its event page and on its source page: drawn by the
// "mention" template, they took more than half of a cold build, because
// html/template calls an escaper through reflection for each of the
// twenty-odd values a quotation shows. The other rows drawn by the
// thousand took most of the rest: the events of source pages with their
// links to the other sources, the months of events split by month (a
// line for each quotation), the events of listings and the articles of
// lists of sources. So while a site's templates for them are the
// built-in ones (in templates/_mention.html and _list.html, as parsed),
// the rows and partial functions write them in Go, the same bytes:
// TestPartialsInGo holds each writer to its template, with hostile
// values, for each way a row can show, and FuzzPartialsInGo on any
// values. A site that changes one of them gets its own template, drawn by
// html/template.

// The partials written in Go while their templates are the built-in ones.
const (
	mentionName     = "mention"
	sourceEventName = "source-event"
	eventMonthName  = "event-month"
	eventItemName   = "event-item"
	sourceItemName  = "source-item"
)

// inGoNames are the partials written in Go, in _mention.html and _list.html.
var inGoNames = []string{mentionName, sourceEventName, eventMonthName, eventItemName, sourceItemName}

// writeInGo writes the named partial on data in Go, and reports true,
// when the partial is drawn in Go (see builtinPartials) and data is what
// it draws.
func (s *Site) writeInGo(b *bytes.Buffer, name string, data any) (bool, error) {
	if !s.inGo[name] {
		return false, nil
	}
	switch v := data.(type) {
	case MentionView:
		if name == mentionName {
			s.writeMention(b, v)
			return true, nil
		}
	case SourceEvent:
		if name == sourceEventName {
			return true, s.writeSourceEvent(b, v)
		}
	case EventMonth:
		if name == eventMonthName {
			s.writeEventMonth(b, v)
			return true, nil
		}
	case EventView:
		if name == eventItemName {
			return true, s.writeEventItem(b, v)
		}
	case ArticleView:
		if name == sourceItemName {
			s.writeSourceItem(b, v)
			return true, nil
		}
	}
	return false, nil
}

// writeEventItem writes an event of a listing as the built-in
// "event-item" template draws it: with its quotations, drawn by rows, or
// else its headline.
func (s *Site) writeEventItem(b *bytes.Buffer, v EventView) error {
	b.WriteString(`<li class="event" id="e-`)
	htmlEscaper.WriteString(b, v.ID)
	b.WriteString(`" data-episode="`)
	htmlEscaper.WriteString(b, v.Filter.Episode)
	b.WriteString(`" data-outlets="`)
	htmlEscaper.WriteString(b, v.Filter.Outlets)
	b.WriteString(`" data-sources="`)
	b.WriteString(strconv.Itoa(v.Filter.Sources))
	b.WriteString(`"><h3 class="event-date"><a href="`)
	writeURL(b, v.Href)
	b.WriteString(`">`)
	if v.Datetime != "" {
		b.WriteString(`<time datetime="`)
		htmlEscaper.WriteString(b, v.Datetime)
		b.WriteString(`">`)
		htmlEscaper.WriteString(b, v.Date)
		b.WriteString(`</time>`)
	} else {
		htmlEscaper.WriteString(b, v.Date)
	}
	b.WriteString(`</a></h3>`)
	if len(v.Mentions) > 0 {
		if err := s.writeRows(b, mentionName, v.Mentions); err != nil {
			return err
		}
		b.WriteString("\n")
	} else {
		b.WriteString(`<p class="headline">`)
		htmlEscaper.WriteString(b, v.Title)
		b.WriteString(`</p><p class="meta">`)
		htmlEscaper.WriteString(b, s.count("sources_count", v.Sources))
		b.WriteString(` · <a href="`)
		writeURL(b, v.Episode.Href)
		b.WriteString(`">`)
		htmlEscaper.WriteString(b, v.Episode.Text)
		b.WriteString(`</a></p>`)
	}
	b.WriteString(`</li>`)
	return nil
}

// writeSourceItem writes an article of a list of sources as the built-in
// "source-item" template draws it.
func (s *Site) writeSourceItem(b *bytes.Buffer, v ArticleView) {
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

// writeEventMonth writes a month of an event split by month as the
// built-in "event-month" template draws it.
func (s *Site) writeEventMonth(b *bytes.Buffer, v EventMonth) {
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

// builtinPartials returns which of the partials written in Go are, in t
// as parsed, the built-in ones: those rows draws in Go.
func (s *Site) builtinPartials(t *template.Template) map[string]bool {
	builtin := template.New("").Funcs(s.funcs())
	for _, file := range []string{"_mention.html", "_list.html"} {
		src, err := fs.ReadFile(templates.FS, file)
		if err != nil {
			return nil
		}
		if _, err := builtin.New(file).Parse(s.minifyParsed(file, string(src))); err != nil {
			return nil
		}
	}
	out := map[string]bool{}
	for _, name := range inGoNames {
		a, b := t.Lookup(name), builtin.Lookup(name)
		out[name] = a != nil && b != nil && a.Tree != nil && b.Tree != nil && a.Tree.Root.String() == b.Tree.Root.String()
	}
	return out
}

// writeSourceEvent writes an event of a source page as the built-in
// "source-event" template draws it, its quotations drawn by rows.
func (s *Site) writeSourceEvent(b *bytes.Buffer, v SourceEvent) error {
	b.WriteString(`<li class="event"><h3 class="event-date"><a href="`)
	writeURL(b, v.Event.Href)
	b.WriteString(`">`)
	if v.Event.Datetime != "" {
		b.WriteString(`<time datetime="`)
		htmlEscaper.WriteString(b, v.Event.Datetime)
		b.WriteString(`">`)
		htmlEscaper.WriteString(b, v.Event.Date)
		b.WriteString(`</time>`)
	} else {
		htmlEscaper.WriteString(b, v.Event.Date)
	}
	b.WriteString(`</a></h3>`)
	if err := s.writeRows(b, mentionName, v.Mentions); err != nil {
		return err
	}
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
	return nil
}

// writeMention writes the quotation v as the built-in "mention" template
// draws it (see builtinMention), escaping each value as html/template
// does in its place: text and quoted attributes with htmlEscaper, links
// filtered and normalized as URLs first.
func (s *Site) writeMention(b *bytes.Buffer, v MentionView) {
	b.WriteString(`<figure class="mention" id="`)
	htmlEscaper.WriteString(b, v.ID)
	b.WriteString(`"><blockquote`)
	if v.Lang != "" {
		b.WriteString(` lang="`)
		htmlEscaper.WriteString(b, v.Lang)
		b.WriteString(`"`)
	}
	b.WriteString(`><p>`)
	if v.Quote == "" && v.mention != nil {
		writeQuote(b, v.mention)
	} else {
		b.WriteString(string(v.Quote))
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
