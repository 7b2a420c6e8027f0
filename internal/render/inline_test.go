package render

import (
	"html/template"
	"strings"
	"testing"

	"timeline/assets"
	"timeline/internal/config"
)

// TestPageTemplate checks that the templates with a page's root and
// section written in (pageTemplate) draw each page as the template
// without anything written in does: where dot is not the page (with,
// range) .Root is another value, and a site title that needs escaping
// stays an action.
func TestPageTemplate(t *testing.T) {
	base := `<!DOCTYPE html><html data-root="{{.Root}}"><head><title>{{if .Title}}{{.Title}} — {{end}}{{site.Title}}</title>
<link rel="stylesheet" href="{{.Root}}{{asset "style.css"}}"></head><body>
<a href="{{.Root}}index.html"{{if eq .Section "timeline"}} aria-current="true"{{end}}>{{t "nav_timeline"}}</a>
<a href="{{$.Root}}sources/"{{if eq .Section "sources"}} aria-current="true"{{else}} class="other"{{end}}>x</a>
{{with .Data}}<p data-root="{{.Root}}">{{.Body}}</p>{{if eq .Section "sources"}}inner{{end}}{{end}}
{{range .Data.List}}<a href="{{.Root}}">{{.Section}}</a>{{else}}<a href="{{.Root}}">none</a>{{end}}
{{template "main" .}}</body></html>`
	type row struct{ Root, Section string }
	type data struct {
		Root, Section string
		Body          template.HTML
		Contact       *Link
		List          []row
	}
	for _, title := range []string{"Karabakh", `<T & "+">`} {
		s, probs := New(&config.Site{Language: "fr", Title: title}, templateFS(t, map[string]string{"base.html": base}), assets.FS)
		if probs.HasErrors() {
			t.Fatal(probs)
		}
		for _, p := range []*Page{
			{Kind: "about", Root: "../", Section: "about", Title: "À propos", Data: data{Root: "x/", Section: "sources", Body: "b"}},
			{Kind: "about", Root: "../", Section: "sources", Data: data{Root: "y/", List: []row{{"r/", "s"}, {"javascript:x", "<t>"}}}},
			{Kind: "about", Root: "", Section: "timeline", Data: data{Root: "../../"}},
			{Kind: "about", Root: "a b/&+", Section: "", Data: data{}},
			{Kind: "about", Root: "javascript:alert(1)//", Section: "sources", Data: data{}},
		} {
			u, err := s.unescaped[p.Kind].Clone()
			if err != nil {
				t.Fatal(err)
			}
			var want strings.Builder
			if err := u.ExecuteTemplate(&want, "base.html", p); err != nil {
				t.Fatal(err)
			}
			got, err := s.Render(p)
			if err != nil {
				t.Fatal(err)
			}
			if pt, _ := s.pageTemplate(p); p.Root == "../" && strings.Count(pt.Lookup("base.html").Tree.Root.String(), "Root") != 3 {
				// $.Root, and .Root in with and range: the others are written in.
				t.Errorf("root %q: the page's root is not written in:\n%s", p.Root, pt.Lookup("base.html").Tree.Root)
			}
			if string(got) != want.String() {
				t.Errorf("title %q, root %q, section %q: drawn\n%s\nwant\n%s", title, p.Root, p.Section, got, want.String())
			}
		}
	}
}
