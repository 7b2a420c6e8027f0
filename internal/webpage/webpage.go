// Package webpage reads a press article's web page: what the page says
// of itself (headline, publication date, outlet, canonical address,
// language), from its JSON-LD, OpenGraph and HTML, and the article's text,
// set apart from the menus, banners, related links and comments around it
// by a readability library. Fetch brings a page from its address.
//
// It writes nothing and knows nothing of a site: package draft turns a
// Page into an article of content/.
package webpage

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Page is what a web page gives of the article it carries.
type Page struct {
	Address   string // where the page was read from: the address after redirects, or the file's name
	Title     Fact   // the headline
	Outlet    Fact   // the outlet's name
	URL       Fact   // the page's canonical address, absolute http(s)
	Published Fact   // the publication day, YYYY-MM-DD, as the page writes it
	Language  Fact   // the language's code, "fr" or "en" (the primary subtag, lowercase)
	Text      []string
}

// Fact is one thing a page says of itself and where it says it.
type Fact struct {
	Value string // "" when the page does not say
	From  string // where: "JSON-LD", "OpenGraph", "<link rel=canonical>"…
}

// Read reads a page: data is its bytes, contentType the Content-Type its
// server gave ("" for a saved file: the page's own <meta charset> or its
// bytes tell its encoding), and address where it was read from (an
// address after redirects, or a file name), which resolves the page's
// relative links and stands for its URL when it gives none.
func Read(data []byte, contentType, address string) (*Page, error) {
	if bytes.IndexByte(data[:min(len(data), 8<<10)], 0) >= 0 {
		return nil, errors.New("binary data, not a web page (save the article's page as HTML, \"Web page, HTML only\")")
	}
	enc, _, _ := charset.DetermineEncoding(data, contentType)
	utf8Data, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("cannot decode the page's text: %w", err)
	}
	doc, err := html.Parse(bytes.NewReader(utf8Data))
	if err != nil {
		return nil, fmt.Errorf("cannot read the page's HTML: %w", err)
	}
	base := httpURL(address)
	p := &Page{Address: address}
	readFacts(p, doc, base)
	text, err := articleText(doc, base)
	if err != nil {
		return nil, err
	}
	if !hasSentence(text) {
		return nil, errors.New("no article text found in the page (is it the article's page, not a list or a login page? Copy its text and import that)")
	}
	p.Text = text
	return p, nil
}

// httpURL returns address parsed when it is an absolute http(s) address,
// else nil: a saved page's file name resolves nothing.
func httpURL(address string) *url.URL {
	u, err := url.Parse(address)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	return u
}

// minWords is the fewest words of the longest paragraph of an article:
// what readability finds on a page of menus and links alone is a few
// words a line ("Accueil", "Se connecter").
const minWords = 10

// hasSentence reports whether one of paras is long enough to be a
// paragraph of an article.
func hasSentence(paras []string) bool {
	for _, p := range paras {
		if len(strings.Fields(p)) >= minWords {
			return true
		}
	}
	return false
}

// collapse joins the words of s with single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
