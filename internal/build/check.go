package build

import (
	"context"
	"net/http"
	"strings"
	"time"

	"timeline/internal/config"
	"timeline/internal/diag"
	"timeline/internal/linkcheck"
	"timeline/internal/review"
)

// CheckOptions say what Check validates.
type CheckOptions struct {
	SiteDir  string
	Now      time.Time
	Cache    *Cache       // what to start from (WarmCache); nil to read everything
	External bool         // also fetch every outbound URL
	Client   *http.Client // for External; nil for one with a 15 s timeout
}

// CheckReport says what Check looked at.
type CheckReport struct {
	Summary  *Summary
	Links    int // internal links followed
	External int // outbound URLs fetched
}

// Check validates the site and writes nothing: every article's front
// matter (required fields, dates that exist, no publication in the future,
// url an http(s) address, no two articles with one slug or one url), site.toml
// (episodes that tile the calendar, unknown keys, an output folder the
// build may write to), the editors' headlines and summaries in
// content/events.toml (each entry's keys, date, words and headline), the
// templates, the dates the review warns of (as warnings), and every
// internal link and anchor of the site built in memory; with External,
// every outbound URL too, but those of the site itself (base_url), whose
// new pages are not published yet. Drafts are checked with the rest.
func Check(ctx context.Context, opt CheckOptions) (*CheckReport, diag.List) {
	res, sum, probs := Make(ctx, Options{SiteDir: opt.SiteDir, Now: opt.Now, Cache: opt.Cache, Drafts: true, strict: true})
	rep := &CheckReport{Summary: sum}
	if res == nil || probs.HasErrors() {
		return rep, probs
	}
	for i, a := range res.Articles {
		probs = append(probs, review.Warnings(a, res.Extractions[i], res.Site.Language)...)
	}
	// The output folder site.toml names is one the build will write to.
	if res.outErr != nil {
		probs.Merge(config.FileName, res.outErr)
	}
	files := make(map[string][]byte, len(res.Files))
	for _, f := range res.Files {
		files[f.Path] = f.Bytes()
	}
	links := linkcheck.Check(files, res.Site.BasePath())
	rep.Links = links.Checked
	for _, b := range links.Broken {
		probs.Add(diag.Errorf(b.Page, 0, 0, "in the built page: link %q: %s (the link comes from a template, or from a slug or id it is made of)", b.Link, b.Why))
	}
	if opt.External {
		links.External = outbound(links.External, res.Site.BaseURL)
		rep.External = len(links.External)
		from := map[string]string{} // outbound URL → the article that gives it
		for _, a := range res.Articles {
			if a.URL != "" {
				from[a.URL] = a.Path
			}
		}
		for _, d := range linkcheck.External(ctx, opt.Client, links.External, 8) {
			if p, ok := from[d.URL]; ok {
				probs.Add(diag.Errorf(p, 0, 0, "url: %s does not lead to a page: %s (check the address, or give an archived copy's)", d.URL, d.Why))
			} else {
				probs.Add(diag.Errorf(config.FileName, 0, 0, "outbound link %s does not lead to a page: %s (it comes from site.toml or a template)", d.URL, d.Why))
			}
		}
	}
	probs.Sort()
	return rep, probs
}

// outbound returns the urls that lead outside the site published at
// base: a link to the site's own pages (its feed, its sitemap, a page an
// article names) leads to the site as it is published, where the pages
// of this build are not yet.
func outbound(urls []string, base string) []string {
	if base == "" {
		return urls
	}
	own := strings.TrimSuffix(base, "/")
	var out []string
	for _, u := range urls {
		if u == own || strings.HasPrefix(u, own+"/") || strings.HasPrefix(u, own+"?") || strings.HasPrefix(u, own+"#") {
			continue
		}
		out = append(out, u)
	}
	return out
}
