package webpage

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parseHTML(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// firstElement returns the first element of doc's body.
func firstElement(doc *html.Node) *html.Node {
	var found *html.Node
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inBody bool) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && inBody {
				found = c
				return
			}
			walk(c, inBody || (c.Type == html.ElementNode && c.Data == "body"))
		}
	}
	walk(doc, false)
	return found
}

// facts reads the facts of a page made of head and body.
func facts(t *testing.T, head, body, address string) *Page {
	t.Helper()
	p := &Page{}
	readFacts(p, parseHTML(t, "<html><head>"+head+"</head><body>"+body+"</body></html>"), httpURL(address))
	return p
}

const ld = `<script type="application/ld+json">`

// TestFacts has a row for each rule that reads a fact, and for the order
// between rules: the page's head and body, the fact, what it reads.
func TestFacts(t *testing.T) {
	const addr = "https://outlet.example/2023/09/20/article.html"
	tests := []struct {
		name       string
		head, body string
		fact       func(*Page) Fact
		want       Fact
	}{
		// Title.
		{"JSON-LD headline before OpenGraph",
			ld + `{"@type":"NewsArticle","headline":"Le titre long : avec sa suite"}</script><meta property="og:title" content="Le titre court">`, "",
			titleOf, Fact{"Le titre long : avec sa suite", FromJSONLD}},
		{"a JSON-LD type given as a schema.org address",
			ld + `{"@type":"http://schema.org/NewsArticle","headline":"Titre"}</script>`, "",
			titleOf, Fact{"Titre", FromJSONLD}},
		{"a JSON-LD list of blocks, the article second",
			ld + `[{"@type":"BreadcrumbList","name":"Fil"},{"@type":["Article","OpinionNewsArticle"],"headline":"Tribune"}]</script>`, "",
			titleOf, Fact{"Tribune", FromJSONLD}},
		{"HTML entities left in JSON-LD",
			ld + `{"@type":"NewsArticle","headline":"Bakou &#8211; Erevan, l&rsquo;impasse"}</script>`, "",
			titleOf, Fact{"Bakou – Erevan, l’impasse", FromJSONLD}},
		{"JSON-LD with raw line breaks in a string",
			ld + "{\"@type\":\"NewsArticle\",\"headline\":\"Sur deux\nlignes\"}</script>", "",
			titleOf, Fact{"Sur deux lignes", FromJSONLD}},
		{"JSON-LD that is no JSON is passed over",
			ld + `{"@type":"NewsArticle","headline":"Titre",}}</script><meta property="og:title" content="Titre OG">`, "",
			titleOf, Fact{"Titre OG", FromOpenGraph}},
		{"OpenGraph title without the outlet's name",
			`<meta property="og:title" content="Le blocus se durcit - Le Courrier"><meta property="og:site_name" content="Le Courrier">`, "",
			titleOf, Fact{"Le blocus se durcit", FromOpenGraph}},
		{"the <h1> in <article> before <title>",
			`<title>Accueil | Le Site</title>`, `<h1>Le Site</h1><article><h1>Le vrai titre</h1></article>`,
			titleOf, Fact{"Le vrai titre", FromH1}},
		{"of several <h1> outside <article>, none",
			`<title>Le titre | Le Site</title>`, `<h1>Le Site</h1><h1>Le titre</h1>`,
			titleOf, Fact{"Le titre | Le Site", FromTitle}},

		// Outlet.
		{"JSON-LD publisher before og:site_name",
			ld + `{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Agence X"}}</script><meta property="og:site_name" content="X.fr">`, "",
			outletOf, Fact{"Agence X", FromJSONLD}},
		{"a publisher by @id in a @graph",
			ld + `{"@graph":[{"@type":"NewsArticle","publisher":{"@id":"#org"}},{"@type":"Organization","@id":"#org","name":"Le Journal"}]}</script>`, "",
			outletOf, Fact{"Le Journal", FromJSONLD}},
		{"a list of publishers, the first named",
			ld + `{"@type":"NewsArticle","publisher":[{"@type":"Organization"},{"@type":"Organization","name":"Deuxième"}]}</script>`, "",
			outletOf, Fact{"Deuxième", FromJSONLD}},
		{"og:site_name",
			`<meta property="og:site_name" content="  Le   Courrier ">`, "",
			outletOf, Fact{"Le Courrier", FromOpenGraph}},
		{"<title> after the headline",
			`<title>Le titre — Revue du Caucase</title>`, `<h1>Le titre</h1>`,
			outletOf, Fact{"Revue du Caucase", FromTitle}},
		{"no outlet anywhere",
			`<title>Le titre</title>`, `<h1>Le titre</h1>`,
			outletOf, Fact{}},

		// URL.
		{"canonical before og:url and the address",
			`<link rel="canonical" href="https://outlet.example/a.html"><meta property="og:url" content="https://outlet.example/b.html">`, "",
			urlOf, Fact{"https://outlet.example/a.html", FromCanonical}},
		{"a relative canonical resolved against the address",
			`<link rel="canonical" href="/2023/09/20/a.html#top">`, "",
			urlOf, Fact{"https://outlet.example/2023/09/20/a.html", FromCanonical}},
		{"a canonical that is the home page is a template's mistake",
			`<link rel="canonical" href="https://outlet.example/"><meta property="og:url" content="https://outlet.example/b.html">`, "",
			urlOf, Fact{"https://outlet.example/b.html", FromOpenGraph}},
		{"JSON-LD mainEntityOfPage",
			ld + `{"@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://outlet.example/c.html"}}</script>`, "",
			urlOf, Fact{"https://outlet.example/c.html", FromJSONLD}},
		{"a canonical that is no http address",
			`<link rel="canonical" href="javascript:void(0)">`, "",
			urlOf, Fact{addr, FromAddress}},

		// Publication date.
		{"JSON-LD datePublished, the day in the outlet's own offset",
			ld + `{"@type":"NewsArticle","datePublished":"2023-09-20T23:30:00+04:00"}</script><meta property="article:published_time" content="2023-09-19">`, "",
			publishedOf, Fact{"2023-09-20", FromJSONLD}},
		{"article:published_time",
			`<meta property="article:published_time" content="2023-09-19T08:00:00Z">`, "",
			publishedOf, Fact{"2023-09-19", FromOpenGraph}},
		{"itemprop datePublished on <time>",
			"", `<time itemprop="datePublished" datetime="2023-09-18">18 septembre</time>`,
			publishedOf, Fact{"2023-09-18", FromMicrodata}},
		{"a Dublin Core date",
			`<meta name="DC.date.issued" content="2023-09-17">`, "",
			publishedOf, Fact{"2023-09-17", FromMeta}},
		{"an RFC 1123 date",
			`<meta name="date" content="Tue, 19 Sep 2023 10:00:00 +0200">`, "",
			publishedOf, Fact{"2023-09-19", FromMeta}},
		{"the <time> inside <article>, not the sidebar's",
			"", `<aside><time datetime="2023-09-30">30</time></aside><article><time datetime="2023-09-16">16</time></article>`,
			publishedOf, Fact{"2023-09-16", FromTime}},
		{"of many unmarked <time>, none",
			"", `<time datetime="2023-09-30">30</time><time datetime="2023-09-16">16</time>`,
			publishedOf, Fact{}},
		{"a <time> that is no date",
			"", `<time datetime="PT4M">4 min</time>`,
			publishedOf, Fact{}},
		{"a WebPage's date when the article gives none",
			ld + `{"@graph":[{"@type":"WebPage","datePublished":"2023-09-21T07:00:00+00:00"},{"@type":"NewsArticle","headline":"T"}]}</script>`, "",
			publishedOf, Fact{"2023-09-21", FromJSONLD}},

		// Language.
		{"JSON-LD inLanguage before <html lang>",
			ld + `{"@type":"NewsArticle","inLanguage":"en-GB"}</script>`, "",
			languageOf, Fact{"en", FromJSONLD}},
		{"og:locale",
			`<meta property="og:locale" content="fr_FR">`, "",
			languageOf, Fact{"fr", FromOpenGraph}},
		{"a language that is no code",
			`<meta property="og:locale" content="français">`, "",
			languageOf, Fact{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.fact(facts(t, tt.head, tt.body, addr)); got != tt.want {
				t.Errorf("%+v, want %+v", got, tt.want)
			}
		})
	}
}

func titleOf(p *Page) Fact     { return p.Title }
func outletOf(p *Page) Fact    { return p.Outlet }
func urlOf(p *Page) Fact       { return p.URL }
func publishedOf(p *Page) Fact { return p.Published }
func languageOf(p *Page) Fact  { return p.Language }

// TestHTMLLang reads <html lang>, which facts' made-up pages do not set.
func TestHTMLLang(t *testing.T) {
	p := &Page{}
	readFacts(p, parseHTML(t, `<html lang="FR-fr"><body></body></html>`), nil)
	if want := (Fact{"fr", FromHTMLLang}); p.Language != want {
		t.Errorf("%+v, want %+v", p.Language, want)
	}
}

// TestSavedFrom reads the address a browser notes in a page it saves.
func TestSavedFrom(t *testing.T) {
	p := &Page{}
	readFacts(p, parseHTML(t, "<!DOCTYPE html>\n<!-- saved from url=(0044)https://outlet.example/2023/09/20/saved.html -->\n<html><body></body></html>"), nil)
	if want := (Fact{"https://outlet.example/2023/09/20/saved.html", FromSavedFrom}); p.URL != want {
		t.Errorf("%+v, want %+v", p.URL, want)
	}
}
