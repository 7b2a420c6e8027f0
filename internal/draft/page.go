package draft

import (
	"fmt"
	"strings"
	"time"

	"timeline/internal/content"
	"timeline/internal/diag"
	"timeline/internal/webpage"
)

// ImportPage writes the article of a web page as a new article of site:
// its front matter from the page's facts, each overridden by the one the
// editor gives in f, its text one paragraph a line with the lines package
// content judges page furniture left out. It refuses a page whose address
// is an article's of seen (the problem wraps ErrDuplicate), and warns of
// one whose text is nearly an article's; seen may be nil. The article
// written is added to seen.
func ImportPage(site string, p *webpage.Page, f Facts, now time.Time, seen *Index) (*Result, diag.List) {
	var probs diag.List
	from := p.Address
	if from == "" {
		from = "(page)"
	}
	take := func(given *string, fact webpage.Fact) {
		if *given == "" {
			*given = fact.Value
		}
	}
	take(&f.Title, p.Title)
	take(&f.Source, p.Outlet)
	take(&f.URL, p.URL)
	take(&f.Published, p.Published)
	if f.Language == "" && (p.Language.Value == "fr" || p.Language.Value == "en") {
		// Another language the dates are not read in: the text's own
		// words tell better than a template's lang="hy".
		f.Language = p.Language.Value
	}
	if f.Published == "" {
		probs.Add(diag.Errorf(from, 0, 0, "the page gives no publication date (add -published YYYY-MM-DD)"))
		return nil, probs
	}
	// The page's own address, when it is not its canonical one: the
	// address an article imported as text was given with -url.
	if other := seen.SamePage(p.Address); other != "" {
		probs.Add(duplicate(from, other, p.Address))
		return nil, probs
	}
	body := pageBody(p.Text, f.Title, f.Source)
	if len(body) == 0 {
		probs.Add(diag.Errorf(from, 0, 0, "the page's text is all page furniture (menus, links, notices): nothing to import (copy the article's text and import that)"))
		return nil, probs
	}
	if p.Published.From == webpage.FromTime && p.Published.Value == f.Published {
		probs.Add(diag.Warnf(from, 0, 0, "published %s is read from a <time> of the page, which may date something else (check it, or give -published)", f.Published))
	}
	if p.Title.From == webpage.FromTitle && p.Title.Value == f.Title {
		probs.Add(diag.Warnf(from, 0, 0, "the title is the page's <title>, which may name the site too (check it, or give -title)"))
	}
	if f.Source == "" {
		probs.Add(diag.Warnf(from, 0, 0, "the page does not name its outlet: source is left empty (add -source \"…\")"))
	}
	if f.URL == "" {
		probs.Add(diag.Warnf(from, 0, 0, "the page does not give its address: url is left empty (add -url https://…)"))
	}
	r, list := importBody(site, body, f, now, seen, from)
	return r, append(probs, list...)
}

// importBody writes an article of body with the facts f, from the input
// named from, refusing one whose url is an article's of seen.
func importBody(site string, body []byte, f Facts, now time.Time, seen *Index, from string) (*Result, diag.List) {
	var probs diag.List
	pub, ok := published(f.Published, now, &probs)
	if !ok {
		return nil, probs
	}
	if other := seen.SamePage(f.URL); other != "" {
		probs.Add(duplicate(from, other, f.URL))
		return nil, probs
	}
	lang, err := siteLanguage(site)
	if err != nil {
		probs.Add(err)
		return nil, probs
	}
	opt := content.Options{Language: lang, Now: now}
	if f.Title == "" {
		// The headline is the first line of article text; read the text
		// without a title to find it, as the build would.
		a, list := content.Parse(content.Dir+"/import.md", frontMatter(f, pub, nil, body), opt)
		if a == nil {
			return nil, append(probs, given(list)...)
		}
		f.Title = a.Title
	}
	r, list := write(site, f, pub, nil, body, opt)
	probs = append(probs, list...)
	if r == nil || seen == nil {
		return r, probs
	}
	if other, share := seen.Similar(r.Article); other != "" {
		probs.Add(diag.Warnf(r.Path, 0, 0, "its text is nearly that of %s (%.0f%% of their runs of five words are the same): the same article twice? (delete one of the two)", other, 100*share))
	}
	seen.Add(r.Article)
	return r, probs
}

// duplicate is the problem of an article whose page, at address, is
// already the article other.
func duplicate(from, other, address string) *diag.Problem {
	return &diag.Problem{File: from, Severity: diag.Error, Err: ErrDuplicate,
		Msg: fmt.Sprintf("already imported: %s is the article of %s; nothing written (edit that file, or delete it and import again)", other, address)}
}

// pageBody returns a page's paragraphs as an article's text: one a line,
// a blank line between two, those content judges furniture ("Lire aussi :
// …", "Read more: …", a byline) left out, but a dateline paragraph kept
// ("MOSCOU (AFP) —"), which dates the text.
func pageBody(paras []string, title, outlet string) []byte {
	lines := make([]content.Line, len(paras))
	for i, p := range paras {
		lines[i] = content.Line{N: i + 1, Text: p}
	}
	var b strings.Builder
	for _, l := range content.Clean(lines, title, outlet) {
		if l.Drop != "" && l.Drop != content.DropDateline {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(escape(l.Text))
		b.WriteString("\n")
	}
	return []byte(b.String())
}

// escape writes a paragraph as Markdown that reads back as the same text:
// the characters that would be markup ("*", "_", "[", "<", "&"…), and
// what would open a heading, a list or a quotation at the start of the
// line ("# ", "- ", "1. "), as HTML character references, which content
// reads as the characters (a backslash would stay in its text).
func escape(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case strings.IndexByte("\\`*_[]<>&~", c) >= 0,
			i == 0 && strings.IndexByte("#-+=|", c) >= 0,
			(c == '.' || c == ')') && digitsOnly(p[:i]):
			fmt.Fprintf(&b, "&#%d;", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// digitsOnly reports whether s is a number: "1" of "1. Le premier point".
func digitsOnly(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
