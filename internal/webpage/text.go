package webpage

import (
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// articleText returns the paragraphs of the article's text: the blocks
// of furniture its classes name are taken out of doc (which is changed),
// then readability finds the article among what is left.
func articleText(doc *html.Node, base *url.URL) (paras []string, err error) {
	// The library is a port of Readability.js run on any page of the web:
	// a page it trips on is a page not imported, not a crash.
	defer func() {
		if r := recover(); r != nil {
			paras, err = nil, fmt.Errorf("cannot find the article's text in the page (%v); copy its text and import that", r)
		}
	}()
	stripFurniture(doc)
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, base)
	if err != nil {
		return nil, fmt.Errorf("cannot find the article's text in the page: %w", err)
	}
	if art.Node == nil {
		return nil, nil
	}
	return paragraphs(art.Node), nil
}

// furnitureClasses are the words of class and id names that mark a block
// of page furniture inside an article's text, which readability keeps
// because it stands among the paragraphs: "newsletter-box", "read-also",
// "article__paywall-end", "sharedaddy". Each entry is a word, or words
// that follow each other in one name.
var furnitureClasses = [][]string{
	{"newsletter"}, {"newsletters"}, {"subscribe"}, {"subscription"}, {"abonnement"}, {"paywall"},
	{"cookie"}, {"cookies"}, {"consent"}, {"gdpr"},
	{"share"}, {"sharing"}, {"sharedaddy"}, {"social"},
	{"related"}, {"relatedposts"}, {"read", "also"}, {"read", "more"}, {"lire", "aussi"}, {"a", "lire"},
	{"voir", "aussi"}, {"see", "also"}, {"most", "read"}, {"plus", "lus"},
	{"comments"}, {"commentlist"}, {"respond"},
	{"outbrain"}, {"taboola"}, {"promo"}, {"advert"}, {"advertisement"},
}

// stripFurniture removes the blocks of doc whose class or id names
// furniture. A block that holds a third of the page's text or more is no
// furniture, whatever its name: a <body class="has-related-posts">.
func stripFurniture(doc *html.Node) {
	total := len(text(doc))
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && furniture(c) && len(text(c))*3 < total {
				n.RemoveChild(c)
			} else {
				walk(c)
			}
			c = next
		}
	}
	walk(doc)
}

// furniture reports whether n's class or id names furniture.
func furniture(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.Head:
		return false
	}
	for _, name := range append(strings.Fields(attr(n, "class")), attr(n, "id")) {
		words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '-' || r == '_' || r == ':' })
		for _, f := range furnitureClasses {
			if containsRun(words, f) {
				return true
			}
		}
	}
	return false
}

// containsRun reports whether run stands in words, its words in a row.
func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		ok := true
		for j, w := range run {
			if words[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// skipped are elements whose text is no article text: captions and
// credits under pictures, forms and their buttons, embedded frames.
var skipped = map[atom.Atom]bool{
	atom.Figure: true, atom.Figcaption: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Button: true, atom.Form: true, atom.Select: true, atom.Input: true, atom.Textarea: true,
	atom.Svg: true, atom.Iframe: true, atom.Img: true, atom.Picture: true, atom.Video: true, atom.Audio: true,
}

// blocks are elements that start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Address: true, atom.Aside: true, atom.Nav: true, atom.Main: true, atom.Center: true, atom.Hr: true,
	atom.Details: true, atom.Summary: true,
}

// paragraphs returns the text of n, one paragraph a block, its white
// space collapsed: the one-paragraph-a-line text that package content
// reads. A <br> ends a paragraph too: "<p>MOSCOU (AFP)<br>Le Kremlin…".
func paragraphs(n *html.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if s := collapse(cur.String()); s != "" {
			out = append(out, s)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.Br {
				flush()
				return
			}
		}
		block := n.Type == html.ElementNode && blocks[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return out
}
