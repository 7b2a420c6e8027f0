package render

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"timeline/assets"
	"timeline/internal/config"
	"timeline/internal/timeline"
	"timeline/internal/timeline/timelinetest"
	"timeline/templates"
)

// seedSite renders the repository's site.
func seedSite(t *testing.T) (*Site, *timeline.Timeline) {
	t.Helper()
	return loadSite(t, "../..")
}

// loadSite renders the site in dir.
func loadSite(t testing.TB, dir string) (*Site, *timeline.Timeline) {
	t.Helper()
	cfg, tl := timelinetest.Load(t, dir)
	s, probs := New(cfg, templates.FS, assets.FS)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	return s, tl
}

// TestPageTemplate checks that the template of the pages of one kind,
// root and section (pageTemplate) has base.html's constants written as
// text, so with the values the template functions give them, and draws
// the page as its kind's template does. Where a constant may be written
// as text is package constant's to decide, and its tests' to check.
func TestPageTemplate(t *testing.T) {
	s, probs := New(&config.Site{Language: "fr", Title: "Karabakh", Description: "Chronologie"}, templates.FS, assets.FS)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	type about struct {
		Body    template.HTML
		Contact *Link
	}
	p := &Page{Kind: "about", Root: "../", Section: "about", Data: about{Body: "<p>b</p>"}}
	var got []byte
	err := s.draw(p, func(b []byte) error { got = bytes.Clone(b); return nil })
	if err != nil {
		t.Fatal(err)
	}
	u, err := s.unescaped[p.Kind].Clone()
	if err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	if err := u.ExecuteTemplate(&want, "base.html", p); err != nil {
		t.Fatal(err)
	}
	if string(got) != want.String() {
		t.Errorf("drawn\n%s\nwant\n%s", got, want.String())
	}
	pt, _ := s.pageTemplate(p)
	written, unwritten := pt.Lookup("base.html").Tree.Root.String(), u.Lookup("base.html").Tree.Root.String()
	for _, action := range []string{"{{lang}}", "{{.Root}}", "{{asset ", "{{site.Title}}", "{{site.Description}}", "eq .Section"} {
		if strings.Contains(written, action) {
			t.Errorf("%s left as an action:\n%s", action, written)
		}
	}
	if n, was := strings.Count(written, "{{t "), strings.Count(unwritten, "{{t "); n >= was {
		t.Errorf("%d {{t}} left of %d:\n%s", n, was, written)
	}
}
