// Package linkcheck verifies that every internal link and anchor of a built
// site resolves: each href and src that points inside the site names a file
// that exists and, when it has a #fragment, an element with that id.
//
// It reads the site's files from memory and fetches nothing: links to
// other sites are listed, not checked.
package linkcheck

import (
	"bytes"
	"fmt"
	"net/url"
	"path"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// Broken is one link that does not resolve.
type Broken struct {
	Page string // the page holding the link
	Link string // the link as written
	Why  string
}

func (b Broken) String() string { return fmt.Sprintf("%s: link %q: %s", b.Page, b.Link, b.Why) }

// Report is the result of checking a site.
type Report struct {
	Broken   []Broken
	Checked  int      // internal links checked
	External []string // distinct outbound URLs, sorted
}

// page is what a link check needs of an HTML page: its ids and its links.
type page struct {
	ids   map[string]bool
	dups  []string // ids given to more than one element
	links []string
}

// Check checks the links of every HTML file of the site, and that no two
// elements of a page share an id. files maps paths
// relative to the site root (forward slashes) to contents. root404 is the
// path prefix the 404 page's links start with ("/" or "/sub/"): that page
// is served at any depth, so its links are written from the root.
func Check(files map[string][]byte, root404 string) Report {
	pages := map[string]*page{}
	for p, data := range files {
		if strings.HasSuffix(p, ".html") {
			pages[p] = parse(data)
		}
	}
	var r Report
	external := map[string]bool{}
	names := make([]string, 0, len(pages))
	for p := range pages {
		names = append(names, p)
	}
	sort.Strings(names)
	for _, p := range names {
		for _, id := range pages[p].dups {
			r.Broken = append(r.Broken, Broken{p, "#" + id, "more than one element has this id"})
		}
		for _, link := range pages[p].links {
			u, err := url.Parse(link)
			if err != nil {
				r.Broken = append(r.Broken, Broken{p, link, "not a valid URL"})
				continue
			}
			if u.Scheme != "" || u.Host != "" {
				if u.Scheme == "http" || u.Scheme == "https" {
					external[link] = true
				}
				continue
			}
			r.Checked++
			target := p
			if u.Path != "" {
				base := path.Dir(p)
				if strings.HasPrefix(u.Path, "/") {
					if p != "404.html" || !strings.HasPrefix(u.Path, root404) {
						r.Broken = append(r.Broken, Broken{p, link, "absolute path: links inside the site must be relative"})
						continue
					}
					base = "."
					u.Path = strings.TrimPrefix(u.Path, root404)
				}
				target = path.Clean(path.Join(base, u.Path))
				if strings.HasSuffix(u.Path, "/") || u.Path == "." {
					target = path.Join(target, "index.html")
				}
				if strings.HasPrefix(target, "../") || target == ".." {
					r.Broken = append(r.Broken, Broken{p, link, "leads out of the site"})
					continue
				}
				if _, ok := files[target]; !ok {
					r.Broken = append(r.Broken, Broken{p, link, "no such file " + target})
					continue
				}
			}
			if u.Fragment != "" {
				tp, ok := pages[target]
				if !ok || !tp.ids[u.Fragment] {
					r.Broken = append(r.Broken, Broken{p, link, "no element with id " + u.Fragment + " in " + target})
				}
			}
		}
	}
	for l := range external {
		r.External = append(r.External, l)
	}
	sort.Strings(r.External)
	return r
}

// parse collects the ids and the links (href, src) of an HTML page.
func parse(data []byte) *page {
	p := &page{ids: map[string]bool{}}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return p
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, more := z.TagName()
		tag := string(name)
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			switch string(k) {
			case "id":
				if p.ids[string(v)] {
					p.dups = append(p.dups, string(v))
				}
				p.ids[string(v)] = true
			case "href", "src":
				if tag == "link" || tag == "a" || tag == "script" || tag == "img" || tag == "area" || tag == "source" {
					p.links = append(p.links, string(v))
				}
			}
		}
	}
}
