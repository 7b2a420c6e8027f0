package serve

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"timeline/internal/address"
	"timeline/internal/build"
)

// The preview shows the drafts (draft = true), which a build leaves out,
// and marks them, so that an editor never takes a draft for published:
// a banner on a draft's source page, and "draft" after every link to it —
// each of its quotations, in the lists of sources — with its quotations
// framed. The marks are added to the pages as they are sent, as the reload
// script is; the stylesheet is served from the site's origin, which the
// pages' Content-Security-Policy (style-src 'self') lets them use.

// draftsPath is the stylesheet of the marks: outside any site path.
const draftsPath = "/_timeline/drafts.css"

// drafts is what a build's pages need to mark its drafts.
type drafts struct {
	pages map[string]bool // the drafts' source pages, as the site's paths
	css   []byte          // the marks' stylesheet; nil without drafts
	lang  string          // the site's language, for the marks' words
}

// draftWords are the marks' words in the site's language; English for
// the others.
var draftWords = map[string]struct{ flag, banner string }{
	"fr": {"brouillon", "Brouillon : cet article n’est pas publié. La prévisualisation le montre ; <code>timeline build</code> le laisse de côté tant que son fichier porte <code>draft = true</code>."},
	"en": {"draft", "Draft: this article is not published. The preview shows it; <code>timeline build</code> leaves it out while its file says <code>draft = true</code>."},
}

func words(lang string) struct{ flag, banner string } {
	if w, ok := draftWords[lang]; ok {
		return w
	}
	return draftWords["en"]
}

// draftsOf returns the marks of the drafts of a build.
func draftsOf(res *build.Result) drafts {
	d := drafts{lang: res.Site.Language}
	var slugs []string
	for _, a := range res.Articles {
		if a.Draft {
			slugs = append(slugs, a.Slug)
		}
	}
	if len(slugs) == 0 {
		return d
	}
	sort.Strings(slugs)
	d.pages = map[string]bool{}
	w := words(d.lang)
	var links, figures []string
	for _, s := range slugs {
		// A slug is lowercase letters, digits and hyphens (content checks
		// it): safe between quotes in a selector. A link to a source page
		// ends with its slug's folder, from any page: "../../sources/<slug>/
		// index.html", or "<slug>/index.html" from the list of sources.
		d.pages[address.Source(s)] = true
		for _, sel := range []string{`a[href$="/` + s + `/index.html"]`, `a[href="` + s + `/index.html"]`} {
			links = append(links, sel)
			figures = append(figures, `.mention:has(`+sel+`)`)
		}
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s{outline:2px dashed #b45309;outline-offset:4px}\n", strings.Join(figures, ",\n"))
	fmt.Fprintf(&b, "%s{content:\" · %s\";font-weight:bold;color:#b45309}\n", strings.Join(suffix(links, "::after"), ",\n"), w.flag)
	b.WriteString(".timeline-draft{margin:0;padding:.75rem 1rem;background:#fef3c7;color:#1f2937;border-bottom:3px dashed #b45309;font:1rem/1.4 system-ui,sans-serif;text-align:center}\n")
	d.css = b.Bytes()
	return d
}

func suffix(list []string, s string) []string {
	out := make([]string, len(list))
	for i, l := range list {
		out[i] = l + s
	}
	return out
}

// mark adds the marks to page, the site's file name: the stylesheet in
// its head, and on a draft's source page the banner at the top of its
// body. A build without drafts leaves the page as it is.
func (d drafts) mark(page []byte, name string) []byte {
	if d.css == nil {
		return page
	}
	page = insertBefore(page, "</head>", `<link rel="stylesheet" href="`+draftsPath+`">`)
	if d.pages[name] {
		banner := `<p class="timeline-draft" role="note">` + words(d.lang).banner + `</p>`
		if i := bytes.Index(page, []byte("<body")); i >= 0 {
			if j := bytes.IndexByte(page[i:], '>'); j >= 0 {
				return insertAt(page, i+j+1, banner)
			}
		}
		return append(page, banner...)
	}
	return page
}

// insertBefore inserts s before the first tag in page, or at its end.
func insertBefore(page []byte, tag, s string) []byte {
	i := bytes.Index(page, []byte(tag))
	if i < 0 {
		i = len(page)
	}
	return insertAt(page, i, s)
}

// insertAt returns a copy of page with s at i: the built file is never
// changed.
func insertAt(page []byte, i int, s string) []byte {
	out := make([]byte, 0, len(page)+len(s))
	out = append(out, page[:i]...)
	out = append(out, s...)
	return append(out, page[i:]...)
}
