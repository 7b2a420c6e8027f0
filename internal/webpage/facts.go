package webpage

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Where facts come from, as Fact.From names them to the editor.
const (
	FromJSONLD    = "JSON-LD"
	FromOpenGraph = "OpenGraph"
	FromMeta      = "<meta>"
	FromMicrodata = "itemprop"
	FromCanonical = "<link rel=canonical>"
	FromSavedFrom = "the \"saved from\" note of the saved page"
	FromAddress   = "the address it was read from"
	FromHTMLLang  = "<html lang>"
	FromTime      = "<time datetime>"
	FromH1        = "<h1>"
	FromTitle     = "<title>"
)

// marks are what the page's HTML says of itself, gathered in one walk.
type marks struct {
	jsonld    []any             // the JSON-LD blocks, decoded
	meta      map[string]string // <meta property|name|itemprop> (lowercase) → content, the first of each
	canonical string
	lang      string
	times     []timeMark
	h1        []string // every <h1>'s text
	articleH1 string   // the first <h1> inside <article>
	title     string   // <title>
	savedFrom string   // the address of a browser's "saved from url=(…)…" comment
}

// timeMark is one <time datetime>.
type timeMark struct {
	datetime string
	marked   bool // itemprop="datePublished", pubdate, or a class naming the publication
	article  bool // inside <article>
}

// readFacts fills p's facts from doc, each from the first rule that gives
// it; base is the address the page was read from, nil for a file.
func readFacts(p *Page, doc *html.Node, base *url.URL) {
	m := gather(doc)
	art, page, byID := jsonldNodes(m.jsonld)
	p.Outlet = first(
		Fact{ldName(art["publisher"], byID), FromJSONLD},
		Fact{m.meta["og:site_name"], FromOpenGraph},
		Fact{m.meta["application-name"], FromMeta},
	)
	p.Title = first(
		Fact{ldString(art["headline"]), FromJSONLD},
		Fact{ldString(art["name"]), FromJSONLD},
		Fact{m.meta["og:title"], FromOpenGraph},
		Fact{m.meta["twitter:title"], FromMeta},
		Fact{headline(m), FromH1},
		Fact{m.title, FromTitle},
	)
	p.Title.Value = trimOutlet(p.Title.Value, p.Outlet.Value)
	if p.Outlet.Value == "" {
		// "Armenia and Azerbaijan sign… | South Caucasus Review": what
		// <title> writes after the headline is the outlet.
		p.Outlet = first(Fact{titleOutlet(m.title, p.Title.Value), FromTitle})
	}
	p.URL = first(
		Fact{pageURL(m.canonical, base), FromCanonical},
		Fact{pageURL(m.meta["og:url"], base), FromOpenGraph},
		Fact{pageURL(ldURL(art), base), FromJSONLD},
		Fact{pageURL(m.savedFrom, nil), FromSavedFrom},
		Fact{pageURL(addressOf(base), nil), FromAddress},
	)
	p.Published = first(
		Fact{day(ldString(art["datePublished"])), FromJSONLD},
		Fact{day(m.meta["article:published_time"]), FromOpenGraph},
		Fact{day(m.meta["datepublished"]), FromMicrodata},
		Fact{day(metaDate(m.meta)), FromMeta},
		Fact{day(timeDate(m.times)), FromTime},
		// A WebPage's date is the page's, which may be a day after the
		// article's ("datePublished":"2020-10-14T07:00:00+00:00" for an
		// article of the 13th at 22:40 in Yerevan): the last resort.
		Fact{day(ldString(page["datePublished"])), FromJSONLD},
	)
	p.Language = first(
		Fact{langCode(ldString(art["inLanguage"])), FromJSONLD},
		Fact{langCode(m.lang), FromHTMLLang},
		Fact{langCode(m.meta["og:locale"]), FromOpenGraph},
		Fact{langCode(m.meta["content-language"]), FromMeta},
		Fact{langCode(m.meta["language"]), FromMeta},
		Fact{langCode(m.meta["dc.language"]), FromMeta},
	)
}

// first returns the first fact with a value, or no fact.
func first(facts ...Fact) Fact {
	for _, f := range facts {
		if f.Value = collapse(f.Value); f.Value != "" {
			return f
		}
	}
	return Fact{}
}

// gather walks doc once and keeps what the rules read.
func gather(doc *html.Node) *marks {
	m := &marks{meta: map[string]string{}}
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.CommentNode && m.savedFrom == "" {
			m.savedFrom = savedFrom(n.Data)
		}
		if n.Type != html.ElementNode {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, inArticle)
			}
			return
		}
		switch n.DataAtom {
		case atom.Html:
			m.lang = first(Fact{Value: attr(n, "lang")}, Fact{Value: attr(n, "xml:lang")}).Value
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				if v, ok := decodeJSONLD(text(n)); ok {
					m.jsonld = append(m.jsonld, v)
				}
			}
			return
		case atom.Meta:
			content := attr(n, "content")
			for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
				if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
					if _, seen := m.meta[key]; !seen {
						m.meta[key] = content
					}
				}
			}
		case atom.Link:
			if hasWord(attr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = attr(n, "href")
			}
		case atom.Title:
			if m.title == "" {
				m.title = collapse(text(n))
			}
		case atom.H1:
			t := collapse(text(n))
			m.h1 = append(m.h1, t)
			if inArticle && m.articleH1 == "" {
				m.articleH1 = t
			}
		case atom.Time:
			if dt := attr(n, "datetime"); dt != "" {
				_, pubdate := attrOK(n, "pubdate")
				marked := pubdate || strings.EqualFold(attr(n, "itemprop"), "datePublished") ||
					hasWord(attr(n, "class"), "published") || hasWord(attr(n, "class"), "pubdate")
				m.times = append(m.times, timeMark{datetime: dt, marked: marked, article: inArticle})
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") && attr(n, "datetime") != "" {
				if _, seen := m.meta["datepublished"]; !seen {
					m.meta["datepublished"] = attr(n, "datetime")
				}
			}
		case atom.Article:
			inArticle = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(doc, false)
	return m
}

// savedFrom reads the comment a browser writes at the top of a page it
// saves: "<!-- saved from url=(0062)https://www.example.com/… -->".
func savedFrom(comment string) string {
	_, rest, ok := strings.Cut(strings.TrimSpace(comment), "saved from url=(")
	if !ok {
		return ""
	}
	_, rest, ok = strings.Cut(rest, ")")
	if !ok {
		return ""
	}
	return strings.TrimSpace(rest)
}

// headline is the article's <h1>: the first inside <article>, or the
// page's only one (a page of several <h1> names none of them the headline).
func headline(m *marks) string {
	if m.articleH1 != "" {
		return m.articleH1
	}
	if len(m.h1) == 1 {
		return m.h1[0]
	}
	return ""
}

// titleSeparators stand between a headline and the outlet in <title>.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · "}

// trimOutlet drops the outlet's name from the end of a title:
// "Le corridor de Latchine fermé | Le Courrier d'Arménie".
func trimOutlet(title, outlet string) string {
	if outlet == "" {
		return title
	}
	for _, sep := range titleSeparators {
		if head, tail, ok := cutLast(title, sep); ok && head != "" && sameName(tail, outlet) {
			return head
		}
	}
	return title
}

// titleOutlet returns what <title> writes after the headline and a
// separator, "" when it does not start with the headline.
func titleOutlet(title, headline string) string {
	if headline == "" || title == headline {
		return ""
	}
	rest, ok := strings.CutPrefix(title, headline)
	if !ok {
		return ""
	}
	for _, sep := range titleSeparators {
		if name, ok := strings.CutPrefix(rest, sep); ok && len(strings.Fields(name)) <= 6 {
			return name
		}
	}
	return ""
}

// sameName reports whether two outlet names are the same but for case
// and a leading article: "The Caucasus Ledger" and "Caucasus Ledger".
func sameName(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(collapse(s))
		for _, art := range []string{"the ", "le ", "la ", "les ", "l'", "l’"} {
			s = strings.TrimPrefix(s, art)
		}
		return s
	}
	return norm(a) == norm(b)
}

func cutLast(s, sep string) (before, after string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// pageURL returns raw resolved against base when it is an absolute http(s)
// address that names a page, "" otherwise. A canonical address that is
// the site's home, on a page read from an article's address, is a
// template's mistake, not the article's address.
func pageURL(raw string, base *url.URL) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(u.String(), " \t\n\"<>") {
		return ""
	}
	if strings.Trim(u.Path, "/") == "" && u.RawQuery == "" && base != nil && strings.Trim(base.Path, "/") != "" {
		return ""
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

func addressOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.String()
}

// metaDate returns the first publication date of the <meta> names sites
// use besides OpenGraph's ("date", Dublin Core, Parse.ly, Sailthru).
func metaDate(meta map[string]string) string {
	for _, k := range []string{"date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.date", "parsely-pub-date", "sailthru.date", "og:published_time"} {
		if v := meta[k]; strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// timeDate returns the datetime of the <time> that dates the article:
// one marked as the publication's, else the first inside <article>, else
// the page's only one. A page of many unmarked <time> (lists of other
// articles) dates nothing.
func timeDate(times []timeMark) string {
	for _, t := range times {
		if t.marked {
			return t.datetime
		}
	}
	for _, t := range times {
		if t.article {
			return t.datetime
		}
	}
	if len(times) == 1 {
		return times[0].datetime
	}
	return ""
}

// day returns the day of a date as the page writes it, YYYY-MM-DD: the
// date of "2023-09-26T18:05:00+02:00" is the 26th, in the outlet's own
// offset. "" when s is no date.
func day(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && (len(s) == 10 || strings.ContainsRune("T t", rune(s[10]))) {
			return t.Format("2006-01-02")
		}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, "2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// langCode returns the primary subtag of a language tag or locale,
// lowercase: "fr-FR", "fr_FR" and "FR" are "fr". "" when it is none.
func langCode(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	s = strings.ToLower(s)
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return s
}

// decodeJSONLD decodes a JSON-LD block, forgiving what sites get wrong
// most: a CDATA or comment wrapper, and raw line breaks inside strings.
func decodeJSONLD(s string) (any, bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "<![CDATA["), "]]>")
	s = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(s), "<!--"), "-->")
	var v any
	if json.Unmarshal([]byte(s), &v) == nil {
		return v, true
	}
	// Outside strings a line break is white space; inside, JSON forbids it.
	s = strings.NewReplacer("\n", " ", "\r", " ", "\t", " ").Replace(s)
	if json.Unmarshal([]byte(s), &v) == nil {
		return v, true
	}
	return nil, false
}

// articleTypes are the schema.org types of an article (Article and its
// subtypes that carry press articles).
var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "ReportageNewsArticle": true, "AnalysisNewsArticle": true,
	"BackgroundNewsArticle": true, "OpinionNewsArticle": true, "ReviewNewsArticle": true,
	"AskPublicNewsArticle": true, "BlogPosting": true, "LiveBlogPosting": true, "Report": true,
}

// jsonldNodes returns the first article node of the JSON-LD blocks, the
// first WebPage node, and every node by its @id, looking at each block,
// the elements of a block that is a list, and the nodes of an @graph.
func jsonldNodes(blocks []any) (article, page map[string]any, byID map[string]map[string]any) {
	byID = map[string]map[string]any{}
	var nodes []map[string]any
	var add func(v any)
	add = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				add(e)
			}
		case map[string]any:
			nodes = append(nodes, v)
			// A node may stand twice, whole and as a bare reference
			// {"@id": …}: the one with the most keys is the node.
			if id, ok := v["@id"].(string); ok && len(v) > len(byID[id]) {
				byID[id] = v
			}
			if g, ok := v["@graph"]; ok {
				add(g)
			}
		}
	}
	for _, b := range blocks {
		add(b)
	}
	for _, n := range nodes {
		if article == nil && hasType(n, articleTypes) {
			article = n
		}
		if page == nil && hasType(n, map[string]bool{"WebPage": true, "ItemPage": true}) {
			page = n
		}
	}
	return article, page, byID
}

// hasType reports whether node's @type, a name or a list of names,
// "NewsArticle" or "https://schema.org/NewsArticle", is one of types.
func hasType(node map[string]any, types map[string]bool) bool {
	is := func(v any) bool {
		s, ok := v.(string)
		if !ok {
			return false
		}
		if i := strings.LastIndexAny(s, "/:"); i >= 0 {
			s = s[i+1:]
		}
		return types[s]
	}
	switch t := node["@type"].(type) {
	case []any:
		for _, e := range t {
			if is(e) {
				return true
			}
		}
		return false
	default:
		return is(t)
	}
}

// ldString returns a JSON-LD value as text: a string, a {"@value": …}, or
// the first of a list; HTML entities some sites leave in it decoded.
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		if strings.ContainsRune(v, '&') {
			v = html.UnescapeString(v)
		}
		return collapse(v)
	case map[string]any:
		return ldString(v["@value"])
	case []any:
		for _, e := range v {
			if s := ldString(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldName returns the name of a JSON-LD thing: {"name": …}, a reference
// {"@id": …} to a node of the graph, or the first of a list.
func ldName(v any, byID map[string]map[string]any) string {
	switch v := v.(type) {
	case string:
		return ldString(v)
	case map[string]any:
		if s := ldString(v["name"]); s != "" {
			return s
		}
		if id, ok := v["@id"].(string); ok {
			return ldString(byID[id]["name"])
		}
	case []any:
		for _, e := range v {
			if s := ldName(e, byID); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldURL returns an article node's address: url, else mainEntityOfPage's.
func ldURL(art map[string]any) string {
	if s := ldString(art["url"]); s != "" {
		return s
	}
	switch v := art["mainEntityOfPage"].(type) {
	case string:
		return v
	case map[string]any:
		if s := ldString(v["url"]); s != "" {
			return s
		}
		if s, ok := v["@id"].(string); ok {
			return s
		}
	}
	return ""
}

// attr returns n's attribute key, "" when it has none.
func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// hasWord reports whether the space-separated list s holds w, in any case.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// text returns the text inside n.
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
