package build

import (
	"context"
	"net/http"
	"time"

	"timeline/internal/config"
	"timeline/internal/diag"
	"timeline/internal/linkcheck"
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
// templates, and
// every internal link and anchor of the site built in memory; with
// External, every outbound URL too.
func Check(ctx context.Context, opt CheckOptions) (*CheckReport, diag.List) {
	res, sum, probs := Make(ctx, Options{SiteDir: opt.SiteDir, Now: opt.Now, Cache: opt.Cache, strict: true})
	rep := &CheckReport{Summary: sum}
	if res == nil || probs.HasErrors() {
		return rep, probs
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
