package export

import (
	"encoding/xml"
	"fmt"

	"timeline/internal/address"
	"timeline/internal/store"
)

type (
	urlset struct {
		XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
		URLs    []urlLoc `xml:"url"`
	}
	urlLoc struct {
		Loc string `xml:"loc"`
	}
)

// Sitemap makes sitemap.xml, minified, into out: the address of each
// page at paths, in order.
func Sitemap(paths []string, site Site, out store.Output) error {
	data, ok := plainSitemap(paths, site.BaseURL)
	if !ok {
		var err error
		if data, err = sitemap(paths, site.BaseURL); err != nil {
			return fmt.Errorf("%s: %w", SitemapPath, err)
		}
	}
	return out.Put(SitemapPath, store.Texts(string(data)), data)
}

// sitemapHead and sitemapTail are the sitemap as xml.Marshal writes it
// and the minifier leaves it, around its addresses.
const (
	sitemapHead = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`
	sitemapTail = `</urlset>`
)

// plainSitemap writes the sitemap of addresses that XML need not escape
// (every page's, unless the base URL or a slug holds such characters) as
// xml.Marshal and the minifier do, without them: a rebuild lists every
// page of the site again, and reflection and minifying made that a cost
// of every rebuild, however small the change. It reports false for any
// other address: Sitemap then takes the long way.
func plainSitemap(paths []string, base string) ([]byte, bool) {
	n := len(sitemapHead) + len(sitemapTail)
	for _, p := range paths {
		n += len(base) + len(p) + len("<url><loc></loc></url>")
	}
	b := make([]byte, 0, n)
	b = append(b, sitemapHead...)
	for _, p := range paths {
		loc := base + address.Dir(p)
		for i := 0; i < len(loc); i++ {
			if c := loc[i]; c < 0x21 || c > 0x7e || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' {
				return nil, false
			}
		}
		if loc == "" { // the index without a base URL: the minifier closes the empty element
			b = append(b, "<url><loc/></url>"...)
			continue
		}
		b = append(b, "<url><loc>"...)
		b = append(b, loc...)
		b = append(b, "</loc></url>"...)
	}
	return append(b, sitemapTail...), true
}

// sitemap writes the sitemap through encoding/xml and the minifier.
func sitemap(paths []string, base string) ([]byte, error) {
	var u urlset
	for _, p := range paths {
		u.URLs = append(u.URLs, urlLoc{Loc: base + address.Dir(p)})
	}
	out, err := xml.Marshal(u)
	if err != nil {
		return nil, err
	}
	return minified("application/xml", append([]byte(xml.Header), out...))
}
