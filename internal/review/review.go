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
//
// It speaks to the editor in the site's language where it has the words
// (words.go: French), else in English.
package review

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"timeline/internal/content"
	"timeline/internal/datefmt"
	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/fold"
	"timeline/internal/headline"
	"timeline/internal/timeline"
)

//go:embed review.html
var files embed.FS

// tmpl is the listing's template; its functions t and lang, which write
// the listing's words in a language, are bound to one by templateIn.
var tmpl = template.Must(template.New("review.html").Funcs(template.FuncMap{
	"t":    func(format string, args ...any) string { return fmt.Sprintf(format, args...) },
	"lang": func() string { return "en" },
}).ParseFS(files, "review.html"))

// templates are tmpl in each language words has, and in English.
var templates = func() map[string]*template.Template {
	out := map[string]*template.Template{}
	for _, lang := range append([]string{"en"}, slices.Sorted(maps.Keys(words))...) {
		t := template.Must(tmpl.Clone())
		t.Funcs(template.FuncMap{
			"t":    func(format string, args ...any) string { return words.Sprintf(lang, format, args...) },
			"lang": func() string { return lang },
		})
		out[lang] = t
	}
	return out
}()

// Input is what the index shows: a build's articles, their extractions
// (Extractions[i] is Articles[i]'s) and the build's problems.
type Input struct {
	Articles    []*content.Article
	Extractions []timeline.Extraction
	Problems    diag.List
	Lang        string // the site's language, which the index speaks where it can
}

// Flags, as a date's mark shows them. All but Fixed are warnings: each
// points at what is likely wrong, so that the list of an article's
// warnings is short enough to read.
const (
	afterPublished = "after publication" // a date after the article's, reported as done
	farYear        = "year not in text"  // a year taken from the publication, more than six months away
	furniture      = "furniture?"        // a date read from a line that looks like page furniture
	fixedFlag      = "set by the editor" // a date the editor gave with [[fix]]: no warning
)

// farMonths is how far from the publication, in months, a date whose year
// the text does not give is worth a look: "le 28 décembre" in an article
// of January is where taking the year of publication goes wrong, while
// "mardi" or "le 3 juin" in an article of September is most often right.
const farMonths = 6

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
			Warnings: warnings(a, x, in.Problems, in.Lang), Page: a.Slug + ".html"}
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
	return execute(in.Lang, "index", map[string]any{"Entries": entries, "Warnings": total})
}

// warnings lists an article's warnings: those of the build naming its
// file, and those of its dates, in lang.
func warnings(a *content.Article, x timeline.Extraction, probs diag.List, lang string) []string {
	var out []string
	for _, p := range probs {
		if p.File == a.Path {
			out = append(out, p.Error())
		}
	}
	for _, p := range Warnings(a, x, lang) {
		out = append(out, fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg))
	}
	return out
}

// Warnings returns the warnings the review gives the dates of article a,
// whose extraction is x: each date likely wrong, at its line and column,
// with how to set it right, in lang. check reports them as the review
// shows them.
func Warnings(a *content.Article, x timeline.Extraction, lang string) diag.List {
	var out diag.List
	for _, m := range x.Mentions {
		for _, f := range check(m, a, x.Mentions, lang) {
			if f.msg != "" {
				out.Add(diag.Warnf(a.Path, m.Line, m.Col, "%s", f.msg))
			}
		}
	}
	return out
}

// finding is what the review says of one date: the flag its mark shows,
// and the warning of the article's list, "" when the flag warns of nothing.
type finding struct{ flag, msg string }

// check returns what the review says of mention m of article a: only what
// is likely wrong, with how to set it right. A date the editor set or
// added is not questioned. ms are mentions of a that hold m's sentence's
// others (all of the article's, or those of its line). The flags are
// words's keys; the warnings are written in lang.
func check(m timeline.Mention, a *content.Article, ms []timeline.Mention, lang string) []finding {
	if m.Manual {
		return nil
	}
	if m.Fixed {
		return []finding{{flag: fixedFlag}}
	}
	var out []finding
	pub := a.Day()
	if m.Date.First().After(pub.First()) && m.Role != dates.Forecast {
		// "les combats de samedi" read as the coming Saturday: an event
		// reported as done cannot come after the article. An announced
		// one can ("le sommet prévu le 3 mai").
		out = append(out, finding{afterPublished, words.Sprintf(lang, "“%s” → %s, after the article's publication (%s), in a sentence that reports it as done (check the day and the year: set the right date with [[fix]], or drop the expression with ignore)",
			m.Expression, m.Date, pub)})
	}
	// A count back ("depuis neuf mois", "il y a huit mois") takes no year:
	// it is approximate, and as right as the publication date.
	if n := monthsApart(m.Date, pub); m.Inferred && !m.Approx && n > farMonths {
		out = append(out, finding{farYear, words.Sprintf(lang, "“%s” → %s: the text gives no year, and the one the program chose puts it %d months from the publication (%s) (check the year: set the right date with [[fix]])",
			m.Expression, m.Date, n, pub)})
	}
	if headline.Furniture(m.Sentence) || dateLine(m, ms) {
		out = append(out, finding{furniture, words.Sprintf(lang, "“%s” → %s comes from a line that looks like page furniture, not article text (a date or time line, a byline, a caption, a button): if it is, drop it with ignore = [%q]",
			m.Expression, m.Date, m.Expression)})
	}
	return out
}

// dateLine reports whether the sentence of m is a line of dates rather
// than a sentence: outside its date expressions, at most three words, all
// capitalized — "Màj. le 17 oct. 2020 à 08h12", "October 25, 2020 / 11:52
// PM / Updated 5 years ago", "YEREVAN, Sept 28 (Reuters) -". A sentence
// says what happened with a word in lowercase, its verb at least: "Hier,
// Bakou a riposté". ms are mentions that hold the sentence's others.
func dateLine(m timeline.Mention, ms []timeline.Mention) bool {
	s := []byte(m.Sentence)
	for _, o := range ms {
		if o.Line == m.Line && o.Sentence == m.Sentence && 0 <= o.Start && o.Start <= o.End && o.End <= len(s) {
			for i := o.Start; i < o.End; i++ {
				s[i] = ' ' // the expression's words do not count
			}
		}
	}
	words := 0
	for _, w := range strings.FieldsFunc(string(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) < 2 {
			continue // "à", the h of "08h12"
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		words++
	}
	return words <= 3
}

// monthsApart returns how many months lie between the month of d and that
// of pub, 0 for a date coarser than a month.
func monthsApart(d, pub dates.Date) int {
	if d.Precision != dates.Day && d.Precision != dates.Month {
		return 0
	}
	n := d.Year*12 + d.Month - (pub.Year*12 + pub.Month)
	if n < 0 {
		n = -n
	}
	return n
}

// Page returns the review page of article a, read with its lines, given
// x, its extraction, and probs, the problems reading it gave: they and
// the extraction's give its warnings. siteURL is where the built site is,
// to link the article's source page; "" for no link. lang is the site's
// language, which the page speaks where it can.
func Page(a *content.Article, x timeline.Extraction, probs diag.List, siteURL, lang string) ([]byte, error) {
	d := articleData{Article: a, Published: dates.DayOf(a.Published).String(), Dates: len(x.Mentions),
		Dropped: len(a.Dropped()), Warnings: warnings(a, x, append(probs, x.Problems...), lang)}
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
			lv.Parts = mark(l.Text, byLine[l.N], ignores, a, articleLang(a), lang)
		}
		d.Lines = append(d.Lines, lv)
	}
	return execute(lang, "article", d)
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
	Actor       string   // the actor the speaker is, "" when none matches
	Facts       []string // what the lexicons read in its sentence: places, kinds, figures
	Flags       []string // what check says of it (see its flags), and "since"
	Warn        bool     // one of the flags is a warning
	Ignored     bool
}

// articleLang is the language an article's dates are written in on its
// marks.
func articleLang(a *content.Article) string {
	if a.Language == "en" {
		return "en"
	}
	return "fr"
}

// mark cuts a line into parts around its mentions (at their byte columns)
// and around the text the editor ignores. lng is the language the dates
// are written in, lang the site's, which the facts are.
func mark(text string, ms []timeline.Mention, ignores []string, a *content.Article, lng, lang string) []part {
	type span struct {
		start, end int
		p          part
	}
	var spans []span
	for _, m := range ms {
		start := m.Col - 1
		end := start + len(m.Expression)
		if start < 0 || end > len(text) || text[start:end] != m.Expression {
			continue // the text changed since: shown unmarked
		}
		p := part{Text: m.Expression, Value: m.Date.String(), Readable: datefmt.Date(m.Date, lng), Attribution: m.Attribution,
			Actor: m.Speaker, Facts: facts(m, lang)}
		for _, f := range check(m, a, ms, lang) {
			p.Flags = append(p.Flags, f.flag)
			p.Warn = p.Warn || f.msg != ""
		}
		if m.Since {
			p.Flags = append(p.Flags, "since")
		}
		spans = append(spans, span{start, end, p})
	}
	for _, ig := range ignores {
		for _, sp := range fold.Find(text, ig) {
			spans = append(spans, span{sp[0], sp[1], part{Text: text[sp[0]:sp[1]], Ignored: true}})
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

// facts says what the lexicons read in m's sentence, for the editor to
// check: "places: stepanakert, lachin", "kinds: strike", "figure: killed
// 16 (ministère arménien de la Défense)", in lang.
func facts(m timeline.Mention, lang string) []string {
	var out []string
	if len(m.Places) > 0 {
		out = append(out, words.Sprintf(lang, "places: %s", strings.Join(m.Places, ", ")))
	}
	if len(m.Actors) > 0 {
		out = append(out, words.Sprintf(lang, "actors: %s", strings.Join(m.Actors, ", ")))
	}
	if len(m.Kinds) > 0 {
		out = append(out, words.Sprintf(lang, "kinds: %s", strings.Join(m.Kinds, ", ")))
	}
	for _, f := range m.Figures {
		n := strconv.Itoa(f.Count)
		if f.CountMax > f.Count {
			n += "–" + strconv.Itoa(f.CountMax)
		}
		if f.Qualifier != "" {
			n = f.Qualifier + " " + n
		}
		fig := words.Sprintf(lang, "figure: %s", f.Kind.String()+" "+n)
		if f.Who != "" {
			fig += ", " + f.Who
		}
		if f.Claimant != "" {
			fig += " (" + f.Claimant + ")"
		}
		out = append(out, fig)
	}
	return out
}

// execute draws the page name in lang, English when words has no lang.
func execute(lang, name string, data any) ([]byte, error) {
	t, ok := templates[lang]
	if !ok {
		t = templates["en"]
	}
	var b bytes.Buffer
	if err := t.ExecuteTemplate(&b, name, data); err != nil {
		return nil, fmt.Errorf("review: %w", err)
	}
	return b.Bytes(), nil
}
