// Package review writes the review listing: for each article, a page
// with its whole text as the build read it — every date expression marked
// with the date it resolved to and who says it, the boilerplate lines
// struck through with the reason, the expressions the editor ignores — and
// its warnings; and an index of the articles, those with the most warnings
// first. It is where an editor checks the extractor's work in one glance.
//
// It is not part of the published site: serve shows it under /_review/,
// build -review writes it to a folder of its own. It renders what it is
// handed and reads no file: package build reads each article again for
// its text and extracts its dates, as it does for the site.
package review

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"sort"
	"strings"

	"timeline/internal/content"
	"timeline/internal/datefmt"
	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/fold"
	"timeline/internal/timeline"
)

//go:embed review.html
var files embed.FS

var tmpl = template.Must(template.New("review.html").ParseFS(files, "review.html"))

// Input is what the index shows: a build's articles, their extractions
// (Extractions[i] is Articles[i]'s) and the build's problems.
type Input struct {
	Articles    []*content.Article
	Extractions []timeline.Extraction
	Problems    diag.List
}

// Warning kinds, as the pages name them. A year inferred is a warning only
// when it is not the year of publication (see crossYear).
const (
	yearInferred   = "year inferred"
	afterPublished = "date after publication"
)

// entry is one article in the index.
type entry struct {
	Slug, Path, Title, Outlet string
	Published                 string
	Dates                     int // mentions
	Warnings                  []string
	Page                      string // the article's review page, relative to the index
}

// Index returns the index page: the articles, those with the most
// warnings first, then by file.
func Index(in Input) ([]byte, error) {
	entries := make([]entry, len(in.Articles))
	for i, a := range in.Articles {
		x := in.Extractions[i]
		entries[i] = entry{Slug: a.Slug, Path: a.Path, Title: a.Title, Outlet: a.Outlet,
			Published: dates.DayOf(a.Published).String(), Dates: len(x.Mentions),
			Warnings: warnings(a, x, in.Problems), Page: a.Slug + ".html"}
	}
	sort.SliceStable(entries, func(i, j int) bool {
		if len(entries[i].Warnings) != len(entries[j].Warnings) {
			return len(entries[i].Warnings) > len(entries[j].Warnings)
		}
		return entries[i].Path < entries[j].Path
	})
	total := 0
	for _, e := range entries {
		total += len(e.Warnings)
	}
	return execute("index", map[string]any{"Entries": entries, "Warnings": total})
}

// warnings lists an article's warnings: those of the build naming its
// file, and those of its dates.
func warnings(a *content.Article, x timeline.Extraction, probs diag.List) []string {
	var out []string
	for _, p := range probs {
		if p.File == a.Path {
			out = append(out, p.Error())
		}
	}
	pub := a.Day().First()
	for _, m := range x.Mentions {
		where := fmt.Sprintf("%s:%d:%d", a.Path, m.Line, m.Col)
		if crossYear(m, a) {
			out = append(out, fmt.Sprintf("%s: %s: “%s” → %s, not the year of publication (check the year)", where, yearInferred, m.Expression, m.Date))
		}
		if m.Date.First().After(pub) {
			out = append(out, fmt.Sprintf("%s: %s: “%s” → %s, after %s (check the year, or ignore it if the text announces it)", where, afterPublished, m.Expression, m.Date, a.Day()))
		}
	}
	return out
}

// crossYear reports a mention whose year the text does not give and that
// falls in another year than the publication: "le 28 décembre" in an
// article of January is where reading the year goes wrong. A year taken
// from the publication ("mardi", "la veille") is marked, not warned about.
func crossYear(m timeline.Mention, a *content.Article) bool {
	return m.Inferred && m.Date.Year != a.Published.Year()
}

// Page returns the review page of article a, read with its lines, given
// x, its extraction, and probs, the problems reading it gave: they and
// the extraction's give its warnings. siteURL is where the built site is,
// to link the article's source page; "" for no link.
func Page(a *content.Article, x timeline.Extraction, probs diag.List, siteURL string) ([]byte, error) {
	d := articleData{Article: a, Published: dates.DayOf(a.Published).String(), Dates: len(x.Mentions),
		Dropped: len(a.Dropped()), Warnings: warnings(a, x, append(probs, x.Problems...))}
	if siteURL != "" {
		d.SourcePage = siteURL + "sources/" + a.Slug + "/"
	}
	byLine := map[int][]timeline.Mention{}
	for _, m := range x.Mentions {
		if m.Manual {
			d.Manual = append(d.Manual, manualView{Date: m.Date.String(), Text: m.Sentence, Line: m.Line, Attribution: m.Attribution})
			continue
		}
		byLine[m.Line] = append(byLine[m.Line], m)
	}
	ignores := make([]string, 0, len(a.Ignore))
	for _, s := range a.Ignore {
		if s = strings.TrimSpace(s); s != "" {
			ignores = append(ignores, s)
		}
	}
	d.Ignore = ignores
	for _, l := range a.Lines {
		lv := lineView{N: l.N, Drop: l.Drop}
		if l.Drop != "" {
			lv.Parts = []part{{Text: l.Text}}
		} else {
			lv.Parts = mark(l.Text, byLine[l.N], ignores, a, lang(a))
		}
		d.Lines = append(d.Lines, lv)
	}
	return execute("article", d)
}

type articleData struct {
	Article    *content.Article
	Published  string
	Dates      int
	Dropped    int
	Warnings   []string
	Ignore     []string
	Manual     []manualView
	Lines      []lineView
	SourcePage string
}

type manualView struct {
	Date, Text, Attribution string
	Line                    int
}

type lineView struct {
	N     int
	Drop  string // why the line was dropped, "" when it is article text
	Parts []part
}

// part is a piece of a line: plain text, a date expression with its
// value, or an expression the editor ignores.
type part struct {
	Text        string
	Value       string // the resolved date, EDTF
	Readable    string // the same, in words
	Attribution string
	Flags       []string // "year inferred", "date after publication", "since"
	Warn        bool     // one of the flags is a warning
	Ignored     bool
}

func lang(a *content.Article) string {
	if a.Language == "en" {
		return "en"
	}
	return "fr"
}

// mark cuts a line into parts around its mentions (at their byte columns)
// and around the text the editor ignores.
func mark(text string, ms []timeline.Mention, ignores []string, a *content.Article, lng string) []part {
	type span struct {
		start, end int
		p          part
	}
	var spans []span
	pub := a.Day().First()
	for _, m := range ms {
		start := m.Col - 1
		end := start + len(m.Expression)
		if start < 0 || end > len(text) || text[start:end] != m.Expression {
			continue // the text changed since: shown unmarked
		}
		p := part{Text: m.Expression, Value: m.Date.String(), Readable: datefmt.Date(m.Date, lng), Attribution: m.Attribution}
		if m.Inferred {
			p.Flags = append(p.Flags, yearInferred)
		}
		p.Warn = crossYear(m, a) || m.Date.First().After(pub)
		if m.Date.First().After(pub) {
			p.Flags = append(p.Flags, afterPublished)
		}
		if m.Since {
			p.Flags = append(p.Flags, "since")
		}
		spans = append(spans, span{start, end, p})
	}
	folded, from := fold.Map(text)
	for _, ig := range ignores {
		f := fold.String(ig)
		for i := 0; f != ""; {
			k := strings.Index(folded[i:], f)
			if k < 0 {
				break
			}
			k += i
			start, end := from[k], from[k+len(f)]
			spans = append(spans, span{start, end, part{Text: text[start:end], Ignored: true}})
			i = k + len(f)
		}
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var out []part
	at := 0
	for _, s := range spans {
		if s.start < at {
			continue // overlaps the previous mark
		}
		if s.start > at {
			out = append(out, part{Text: text[at:s.start]})
		}
		out = append(out, s.p)
		at = s.end
	}
	if at < len(text) {
		out = append(out, part{Text: text[at:]})
	}
	return out
}

func execute(name string, data any) ([]byte, error) {
	var b bytes.Buffer
	if err := tmpl.ExecuteTemplate(&b, name, data); err != nil {
		return nil, fmt.Errorf("review: %w", err)
	}
	return b.Bytes(), nil
}
