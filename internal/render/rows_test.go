package render

import (
	"bytes"
	"html/template"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/net/html"

	"timeline/assets"
	"timeline/internal/config"
	"timeline/internal/timeline"
	"timeline/templates"
)

// templateFS returns the built-in templates, with the files in change
// replaced.
func templateFS(t testing.TB, change map[string]string) fs.FS {
	t.Helper()
	out := fstest.MapFS{}
	err := fs.WalkDir(templates.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(templates.FS, p)
		out[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for p, src := range change {
		out[p] = &fstest.MapFile{Data: []byte(src)}
	}
	return out
}

func newTestSite(t testing.TB, lang string, tfs fs.FS) *Site {
	t.Helper()
	s, probs := New(&config.Site{Language: lang, Title: "T"}, tfs, assets.FS)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	return s
}

// testSites are the sites of rowCases, by their lang.
func testSites(t testing.TB) map[string]*Site {
	return map[string]*Site{
		"fr":  newTestSite(t, "fr", templates.FS),
		"en":  newTestSite(t, "en", templates.FS),
		"esc": newTestSite(t, "fr", templateFS(t, map[string]string{"i18n/fr.toml": escTexts})),
	}
}

// TestRows checks the HTML of each row (rowCases), written by its view,
// by the rows function on a list of it, and by the partial function.
func TestRows(t *testing.T) {
	sites := testSites(t)
	for _, tt := range rowCases {
		t.Run(tt.name, func(t *testing.T) {
			s, r := sites[tt.lang], tt.row.(row)
			var b bytes.Buffer
			r.writeRow(&b, s)
			if b.String() != tt.want {
				t.Errorf("wrote\n%s\nwant\n%s", b.String(), tt.want)
			}
			var list any
			switch v := r.(type) {
			case MentionView:
				list = []MentionView{v, v}
			case SourceEvent:
				list = []SourceEvent{v, v}
			case EventMonth:
				list = []EventMonth{v, v}
			case EventView:
				list = []EventView{v, v}
			case ArticleView:
				list = []ArticleView{v, v}
			}
			h, err := spliced(s.rows(r.rowName(), list))
			if err != nil || string(h) != tt.want+tt.want {
				t.Errorf("rows %q: %v\n%s\nwant it twice", r.rowName(), err, h)
			}
			h, err = s.partial(r.rowName(), r)
			if err != nil || string(h) != tt.want {
				t.Errorf("partial %q: %v\n%s", r.rowName(), err, h)
			}
		})
	}
}

// TestRowsMisnamed checks that rows and partial refuse a row under
// another row's name, and what is no list of rows, naming what they take.
func TestRowsMisnamed(t *testing.T) {
	s := newTestSite(t, "fr", templates.FS)
	for _, tt := range []struct {
		name string
		call func() error
		want string
	}{
		{"quotations named as events", func() error { _, err := s.rows("event-item", []MentionView{{}}); return err }, "holds mention rows, not event-item rows"},
		{"events of a source page named as quotations", func() error { _, err := s.rows("mention", []SourceEvent{{}}); return err }, "holds source-event rows"},
		{"a listing's events named as months", func() error { _, err := s.rows("event-month", []EventView{{ID: "x"}}); return err }, "given one event-item row, not one event-month row"},
		{"not a list", func() error { _, err := s.rows("mention", "x"); return err }, "is not a list of rows"},
		{"one article as a quotation", func() error { _, err := s.partial("mention", ArticleView{}); return err }, "given one source-item row, not one mention row"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
	// A partial template of the site's own is drawn by the partial function.
	s = newTestSite(t, "fr", templateFS(t, map[string]string{"_zz.html": `{{define "mine"}}<p>{{.Title}}</p>{{end}}`}))
	if h, err := s.partial("mine", ArticleView{Title: "<T>"}); err != nil || h != "<p>&lt;T&gt;</p>" {
		t.Errorf(`partial "mine" = %q, %v`, h, err)
	}
}

// TestRowTemplateWarned checks that a template named as a row, as sites
// wrote them when rows were templates, is reported, and never drawn.
func TestRowTemplateWarned(t *testing.T) {
	tfs := templateFS(t, map[string]string{"_mention.html": "{{/* mine */}}\n\n" +
		`{{define "mention"}}<p class="mine">{{.ID}}</p>{{end}}` + "\n" + `{{define "source-item"}}<li class="mine">{{.Title}}</li>{{end}}`})
	s, probs := New(&config.Site{Language: "fr", Title: "T"}, tfs, assets.FS)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	var got []string
	for _, p := range probs.Warnings() {
		got = append(got, p.Error())
	}
	want := []string{
		`templates/_mention.html:3: warning: defines "mention", a row the site writes in Go (internal/render/rows.go): this template is never drawn (remove it)`,
		`templates/_mention.html:4: warning: defines "source-item", a row the site writes in Go (internal/render/rows.go): this template is never drawn (remove it)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	h, err := spliced(s.rows("mention", []MentionView{plainMention}))
	if err != nil || strings.Contains(string(h), "mine") || string(h) != rowCases[0].want {
		t.Errorf("rows drew %s, %v", h, err)
	}
}

// hostile are values a row may show that must be escaped: markup,
// quotes, +, NUL, bad UTF-8, schemes html/template refuses, broken
// escapes.
var hostile = []string{
	"", "m-ev1-a3", "Le Monde", `<script>alert("x")</script>`, `'&+"<>`, "a\x00b",
	"é ü — 中文", "\xff\xfe\xe2<", "javascript:alert(1)", "JavaScript:x", "HTTP://example.org/a?b=c&d=e+f",
	"mailto:a@b.fr", "../../sources/a b/index.html#m-1", "/x:y", "data:text/html,hi",
	"%zz%41%4", "a%", "a%4", "%E9t%c3%A9", "!#$*,/:;=?@[]-._~()'", "\t\n\r ", "&amp;&lt", "a\r\nb\rc",
}

// rowsOf returns a row of each kind showing a, b and c in every field, in
// the way flags picks (with or without a time, an outlet, quotations…).
func rowsOf(a, b, c string, flags uint8) []row {
	m := MentionView{
		ID: a, Permalink: b, Lang: c, Attribution: a, Source: Link{Href: c, Text: b}, Outlet: c, Published: b, Date: a,
		Since: flags&1 != 0, Manual: flags&2 != 0, Cite: flags&4 != 0,
		mention: &timeline.Mention{Sentence: a + " le 3 mai 2021 " + b, Date: dateOf("2021-05-03")},
	}
	if flags&8 == 0 {
		m.mention.Start = len(a) + len(" le ")
		m.mention.End = m.mention.Start + len("3 mai 2021")
	}
	if flags&16 != 0 {
		m.Outlet = ""
	}
	se := SourceEvent{Event: EventView{Href: b, Date: c}, More: flags&8 != 0,
		Mentions: []MentionView{m}[:flags>>5&1], Others: []Link{{Href: c, Text: a}, {Href: a, Text: b}}[:flags%3]}
	em := EventMonth{Label: a, Href: c, Mentions: []MentionStub{{ID: b, Text: c}, {ID: c, Text: a}}[:flags%3]}
	ei := EventView{ID: a, Href: b, Date: c, Title: a, Episode: Link{Href: c, Text: b}, Sources: int(flags) - 3,
		Filter: FilterData{Episode: b, Outlets: c, Sources: int(flags)}}
	if flags&64 != 0 {
		ei.Datetime, se.Event.Datetime = b, a
	}
	if flags&128 != 0 {
		ei.Mentions = []MentionView{m}
	}
	si := ArticleView{Href: a, Title: b, Outlet: c, Datetime: a, Published: b, Events: int(flags) - 1}
	if flags&8 != 0 {
		si.Outlet, si.Lang = "", c
	}
	return []row{m, se, em, ei, si}
}

// FuzzRows checks that no value changes a row's structure and that every
// value reads back as itself: each row, parsed by golang.org/x/net/html,
// has the elements and attributes it has with plain values in their
// place, its texts and attributes read as the values wherever they stand,
// and its links lead where the values say, or nowhere ("#ZgotmplZ") for a
// scheme other than http, https and mailto.
func FuzzRows(f *testing.F) {
	for i, h := range hostile {
		f.Add(h, hostile[(i+1)%len(hostile)], hostile[(i+2)%len(hostile)], uint8(i*37))
	}
	s := newTestSite(f, "fr", templateFS(f, map[string]string{"i18n/fr.toml": escTexts}))
	f.Fuzz(func(t *testing.T, a, b, c string, flags uint8) {
		// Plain values in place of the fuzzer's, empty where theirs are:
		// a row shows some parts only for a value that is not empty.
		plain := func(v, p string) string {
			if v == "" {
				return ""
			}
			return p
		}
		pa, pb, pc := plain(a, "⟦a⟧"), plain(b, "⟦b⟧"), plain(c, "⟦c⟧")
		text := strings.NewReplacer("⟦a⟧", noNUL(a), "⟦b⟧", noNUL(b), "⟦c⟧", noNUL(c))
		link := strings.NewReplacer("⟦a⟧", a, "⟦b⟧", b, "⟦c⟧", c)
		got, want := rowsOf(a, b, c, flags), rowsOf(pa, pb, pc, flags)
		for i := range got {
			var g, w bytes.Buffer
			got[i].writeRow(&g, s)
			want[i].writeRow(&w, s)
			checkTokens(t, got[i].rowName(), tokens(g.String()), tokens(w.String()), text, link)
		}
	})
}

// noNUL is what a reader gets of v in a text or an attribute:
// html/template writes NUL as U+FFFD.
func noNUL(v string) string { return strings.ReplaceAll(v, "\x00", "\uFFFD") }

// tokens returns the tokens of an HTML fragment, as a browser reads them.
func tokens(s string) []html.Token {
	z := html.NewTokenizer(strings.NewReader(s))
	var out []html.Token
	for z.Next() != html.ErrorToken {
		out = append(out, z.Token())
	}
	return out
}

// checkTokens fails unless got, a row's tokens, are want's, with the
// plain values replaced by the real ones (text, or link in links).
func checkTokens(t *testing.T, name string, got, want []html.Token, text, link *strings.Replacer) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d tokens, want %d:\n%v\n%v", name, len(got), len(want), got, want)
	}
	for i, g := range got {
		w := want[i]
		if g.Type != w.Type || len(g.Attr) != len(w.Attr) || g.Type != html.TextToken && g.Data != w.Data {
			t.Fatalf("%s: token %d is %v, want %v", name, i, g, w)
		}
		if g.Type == html.TextToken && g.Data != newlines(text.Replace(w.Data)) {
			t.Fatalf("%s: text %q, want %q", name, g.Data, newlines(text.Replace(w.Data)))
		}
		for j, ga := range g.Attr {
			wa := w.Attr[j]
			switch {
			case ga.Key != wa.Key:
				t.Fatalf("%s: attribute %q, want %q", name, ga.Key, wa.Key)
			case ga.Key == "href" || ga.Key == "data-href":
				checkLink(t, name, link.Replace(unescapeURL(wa.Val)), ga.Val)
			case ga.Val != newlines(text.Replace(wa.Val)):
				t.Fatalf("%s: %s=%q, want %q", name, ga.Key, ga.Val, newlines(text.Replace(wa.Val)))
			}
		}
	}
}

// newlines turns line ends into "\n", as an HTML parser does.
func newlines(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// checkLink fails unless got, the link a row holds for the value raw,
// leads where raw does and holds only bytes a link may hold; or, when
// raw has a scheme other than http, https and mailto, leads nowhere.
func checkLink(t *testing.T, name, raw, got string) {
	t.Helper()
	scheme, _, ok := strings.Cut(raw, ":")
	refused := ok && !strings.Contains(scheme, "/") && !strings.EqualFold(scheme, "http") &&
		!strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto")
	if refused || got == "#ZgotmplZ" {
		if !refused || got != "#ZgotmplZ" {
			t.Fatalf("%s: link %q for %q", name, got, raw)
		}
		return
	}
	for i := 0; i < len(got); i++ {
		if c := got[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("!#$%&*+,/:;=?@[]-._~", c) >= 0) {
			t.Fatalf("%s: link %q holds %q", name, got, c)
		}
	}
	if unescapeURL(got) != unescapeURL(raw) {
		t.Fatalf("%s: link %q leads to %q, %q to %q", name, got, unescapeURL(got), raw, unescapeURL(raw))
	}
}

// unescapeURL decodes the %XX escapes of u, leaving a % that starts none.
func unescapeURL(u string) string {
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		if u[i] == '%' && i+2 < len(u) && isHex(u[i+1]) && isHex(u[i+2]) {
			b.WriteByte(unhex(u[i+1])<<4 | unhex(u[i+2]))
			i += 2
			continue
		}
		b.WriteByte(u[i])
	}
	return b.String()
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

// spliced returns what a page shows in place of rows' marker.
func spliced(h template.HTML, err error) (template.HTML, error) {
	var b bytes.Buffer
	splice(&b, []byte(h))
	return template.HTML(b.String()), err
}
