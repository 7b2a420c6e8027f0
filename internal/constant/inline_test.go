package constant

import (
	"html/template"
	"strings"
	"testing"
	"text/template/parse"
)

// page is the data of a test page: the fields of a page the templates
// read.
type page struct {
	Root, Section, Title string
	Data                 any
}

// site is what {{site}} returns in the tests.
type site struct{ Title string }

// parseTemplates returns the templates of the tests' pages, as parsed and never
// run: base.html, which calls "main", and the others, by file name, each
// with t giving text and asset a fingerprinted path.
func parseTemplates(t *testing.T, text map[string]string, title string, files map[string]string) (*template.Template, Values) {
	t.Helper()
	v := Values{
		T:     func(key string) string { return text[key] },
		Asset: func(name string) string { return "assets/" + name + ".0a1b2c" },
		Lang:  "fr",
		Site:  &site{Title: title},
	}
	funcs := template.FuncMap{"t": v.T, "asset": v.Asset, "lang": func() string { return v.Lang }, "site": func() any { return v.Site }}
	u := template.Must(template.New("base.html").Funcs(funcs).Parse(files["base.html"]))
	for name, src := range files {
		if name != "base.html" {
			template.Must(u.New(name).Parse(src))
		}
	}
	return u, v
}

// drawGroup draws pages, those of one group, as a caller of Inline does:
// with the template Inline makes on the first, or without it, with u as
// it runs, when it returns nil. It checks that each reads as u draws it,
// and as the template Apply makes of Inline's choice draws it, and
// returns Inline's template.
func drawGroup(t *testing.T, u *template.Template, v Values, pages []*page) *template.Template {
	t.Helper()
	want, err := u.Clone()
	if err != nil {
		t.Fatal(err)
	}
	v.Root, v.Section = pages[0].Root, pages[0].Section
	inlined, choice := Inline(u, want, "base.html", pages[0], v)
	// Apply makes the same choice again without asking, as a later build
	// does.
	applied := Apply(u, "base.html", v, choice)
	if (applied == nil) != (inlined == nil) {
		t.Fatalf("Inline wrote %d constants as text, Apply %v", len(choice), applied != nil)
	}
	for i, p := range pages {
		drawn := inlined
		if drawn == nil {
			drawn = want
		}
		got, want := draw(t, drawn, p), unwritten(t, u, p)
		if got != want {
			t.Errorf("page %d: drawn\n%s\nwant\n%s", i, got, want)
		}
		if applied != nil {
			if again := draw(t, applied, p); again != got {
				t.Errorf("page %d: drawn with Apply's template\n%s\nwith Inline's\n%s", i, again, got)
			}
		}
	}
	return inlined
}

// unwritten returns p as u draws it, nothing written in.
func unwritten(t *testing.T, u *template.Template, p *page) string {
	t.Helper()
	c, err := u.Clone()
	if err != nil {
		t.Fatal(err)
	}
	return draw(t, c, p)
}

// draw returns p as t draws it.
func draw(t *testing.T, x *template.Template, p *page) string {
	t.Helper()
	var b strings.Builder
	if err := x.ExecuteTemplate(&b, "base.html", p); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestDot checks that the template Inline makes draws each page of a
// group as the template without anything written in does: where dot is
// not the page (with, range) .Root is another value, and a site title
// that needs escaping stays an action.
func TestDot(t *testing.T) {
	base := `<!DOCTYPE html><html data-root="{{.Root}}"><head><title>{{if .Title}}{{.Title}} — {{end}}{{site.Title}}</title>
<link rel="stylesheet" href="{{.Root}}{{asset "style.css"}}"></head><body>
<a href="{{.Root}}index.html"{{if eq .Section "timeline"}} aria-current="true"{{end}}>{{t "nav_timeline"}}</a>
<a href="{{$.Root}}sources/"{{if eq .Section "sources"}} aria-current="true"{{else}} class="other"{{end}}>x</a>
{{with .Data}}<p data-root="{{.Root}}">{{.Body}}</p>{{if eq .Section "sources"}}inner{{end}}{{end}}
{{range .Data.List}}<a href="{{.Root}}">{{.Section}}</a>{{else}}<a href="{{.Root}}">none</a>{{end}}
{{template "main" .}}</body></html>`
	files := map[string]string{"base.html": base, "about.html": `{{define "main"}}<h1>{{t "about_title"}}</h1>{{end}}`}
	text := map[string]string{"nav_timeline": "Chronologie", "about_title": "À propos"}
	type row struct{ Root, Section string }
	type data struct {
		Root, Section string
		Body          template.HTML
		List          []row
	}
	for _, title := range []string{"Karabakh", `<T & "+">`} {
		u, v := parseTemplates(t, text, title, files)
		for _, tt := range []struct {
			p *page
			// roots is how many .Root stay actions in base.html: $.Root,
			// .Root in with and range, and in range's else when the page
			// does not reach it; -1 when the root is not written in.
			roots int
		}{
			{&page{Root: "../", Section: "about", Title: "À propos", Data: data{Root: "x/", Section: "sources", Body: "b"}}, 3},
			{&page{Root: "../", Section: "sources", Data: data{Root: "y/", List: []row{{"r/", "s"}, {"javascript:x", "<t>"}}}}, 4},
			{&page{Root: "", Section: "timeline", Data: data{Root: "../../"}}, -1},
			{&page{Root: "a b/&+", Section: "", Data: data{}}, -1},
			{&page{Root: "javascript:alert(1)//", Section: "sources", Data: data{}}, -1},
		} {
			p := tt.p
			inlined := drawGroup(t, u, v, []*page{p})
			if inlined == nil {
				t.Errorf("title %q, root %q, section %q: nothing written as text", title, p.Root, p.Section)
				continue
			}
			if n := strings.Count(inlined.Lookup("base.html").Tree.Root.String(), "Root"); tt.roots >= 0 && n != tt.roots {
				t.Errorf("root %q: %d .Root left, want %d:\n%s", p.Root, n, tt.roots, inlined.Lookup("base.html").Tree.Root)
			}
		}
	}
}

// TestInline checks, context by context, whether {{t "k"}} is written as
// its text in the template of a group, and that every page of the group,
// the first (the one the probe runs on) and the others, reads as the
// template without anything written in draws it.
func TestInline(t *testing.T) {
	for _, tt := range []struct {
		name  string
		main  string           // the page's main template
		value string           // the text of "k"
		text  bool             // whether {{t "k"}} is written as text (in one place at least)
		pages []map[string]any // the pages' data, the first drawn first
	}{
		{"element text", `<p>{{t "k"}}</p>`, "Chronologie", true, nil},
		{"element text: markup, escaped", `<p>{{t "k"}}</p>`, "<b>x</b>", false, nil},
		{"element text: &, escaped", `<p>{{t "k"}}</p>`, "a & b", false, nil},
		{"element text: an apostrophe, escaped", `<p>{{t "k"}}</p>`, "l'été", false, nil},
		{"element text: +, escaped", `<p>{{t "k"}}</p>`, "1+1", false, nil},
		{"element text: NUL, replaced", `<p>{{t "k"}}</p>`, "a\x00b", false, nil},
		{"element text: empty, left", `<p>{{t "k"}}</p>`, "", false, nil},
		{"raw text: textarea", `<textarea>{{t "k"}}</textarea>`, "Chronologie", true, nil},
		{"quoted attribute", `<p title="{{t "k"}}">x</p>`, "Chronologie", true, nil},
		{"quoted attribute: a quote, escaped", `<p title="{{t "k"}}">x</p>`, `a"b`, false, nil},
		{"unquoted attribute", `<p title={{t "k"}}>x</p>`, "Chronologie", true, nil},
		{"unquoted attribute: a space, escaped", `<p title={{t "k"}}>x</p>`, "a b", false, nil},
		{"attribute name: lowercased, so never", `<p {{t "k"}}="x">y</p>`, "title", false, nil},
		{"link", `<a href="{{t "k"}}index.html">x</a>`, "../sources/", true, nil},
		{"link: a refused scheme", `<a href="{{t "k"}}">x</a>`, "javascript:alert(1)", false, nil},
		{"link: a space, encoded", `<a href="{{t "k"}}">x</a>`, "a b/", false, nil},
		{"link: &, escaped", `<a href="{{t "k"}}">x</a>`, "?a=1&b=2", false, nil},
		{"link: an action after it would lose the filter of a link's start", `<a href="{{t "k"}}{{.Data.X}}">x</a>`, "java", false,
			[]map[string]any{{"X": "a/b"}, {"X": "script:alert(1)"}}},
		{"link: a query moves the action after it into the query", `<a href="x/{{t "k"}}{{.Data.X}}">x</a>`, "?q=", false,
			[]map[string]any{{"X": "a"}, {"X": "a/b?c"}}},
		{"link: the root before an action stays one, the text is written", `<p>{{t "k"}}</p><a href="{{.Root}}{{.Data.X}}">x</a>`, "Chronologie", true,
			[]map[string]any{{"X": "a/b"}, {"X": "javascript:alert(1)"}}},
		{"link: in the query", `<a href="search/?q={{t "k"}}">x</a>`, "abc", true, nil},
		{"link: in the query, a slash escaped", `<a href="search/?q={{t "k"}}">x</a>`, "a/b", false, nil},
		{"data- attribute", `<div data-label="{{t "k"}}">x</div>`, "Chronologie", true, nil},
		{"data- attribute read as a link", `<div data-url="{{t "k"}}">x</div>`, "javascript:x", false, nil},
		{"data- attribute read as script", `<div data-onload="{{t "k"}}">x</div>`, "abc", false, nil},
		{"event handler", `<button onclick="f({{t "k"}})">x</button>`, "abc", false, nil},
		{"script: a value, quoted", `<script>var k = {{t "k"}};</script>`, "abc", false, nil},
		{"script: in a string", `<script>var k = "{{t "k"}}";</script>`, "abc", true, nil},
		{"script: in a string, a quote escaped", `<script>var k = "{{t "k"}}";</script>`, "a'b", false, nil},
		{"script: in a regular expression", `<script>var r = /{{t "k"}}/;</script>`, "abc", true, nil},
		{"style attribute", `<p style="color: {{t "k"}}">x</p>`, "red", true, nil},
		{"style attribute: refused", `<p style="color: {{t "k"}}">x</p>`, "expression(alert(1))", false, nil},
		{"style element", `<style>p { color: {{t "k"}} }</style>`, "red", true, nil},
		{"not reached by the first page", `{{if .Data.Show}}<p>{{t "k"}}</p>{{end}}`, "Chronologie", false,
			[]map[string]any{{"Show": false}, {"Show": true}}},
		{"in a range", `<ul>{{range .Data.List}}<li>{{t "k"}} {{.}}</li>{{end}}</ul>`, "Chronologie", true,
			[]map[string]any{{"List": []string{"a", "b"}}, {"List": []string{"<c>"}}}},
		// Each call of a partial gets a copy of its own: written as text in
		// the paragraph, an action in the script, reached or not.
		{"a partial in text and, not reached, in a script", `<p>{{template "k"}}</p>{{if .Data.Show}}<script>var k = {{template "k"}};</script>{{end}}`, "abc", true,
			[]map[string]any{{"Show": false}, {"Show": true}}},
		{"a partial in text and in a script", `<p>{{template "k"}}</p>{{if .Data.Show}}<script>var k = {{template "k"}};</script>{{end}}`, "abc", true,
			[]map[string]any{{"Show": true}, {"Show": false}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			u, v := parseTemplates(t, map[string]string{"k": tt.value}, "T", map[string]string{
				"base.html":  `<!DOCTYPE html><html><head><title>x</title></head><body>{{template "main" .}}</body></html>`,
				"about.html": `{{define "main"}}` + tt.main + `{{end}}`,
				"_k.html":    `{{define "k"}}{{t "k"}}{{end}}`,
			})
			data := tt.pages
			if data == nil {
				data = []map[string]any{{}}
			}
			var pages []*page
			for _, d := range data {
				pages = append(pages, &page{Root: "../", Section: "about", Data: d})
			}
			inlined := drawGroup(t, u, v, pages)
			if written := inlined != nil; written != tt.text {
				shown := inlined
				if shown == nil {
					shown = u
				}
				t.Errorf("written as text: %v, want %v:\n%s", written, tt.text, drawnWith(shown))
			}
		})
	}
}

// drawnWith returns the text of the templates t draws a page with:
// base.html and the templates it calls, and those they call.
func drawnWith(t *template.Template) string {
	var b strings.Builder
	seen := map[string]bool{}
	var visit func(name string)
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n == nil {
				return
			}
			for _, c := range n.Nodes {
				walk(c)
			}
		case *parse.IfNode:
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.List)
			walk(n.ElseList)
		case *parse.TemplateNode:
			visit(n.Name)
		}
	}
	visit = func(name string) {
		x := t.Lookup(name)
		if seen[name] || x == nil || x.Tree == nil {
			return
		}
		seen[name] = true
		b.WriteString(x.Tree.Root.String())
		walk(x.Tree.Root)
	}
	visit("base.html")
	return b.String()
}
