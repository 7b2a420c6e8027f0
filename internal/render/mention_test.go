package render

import (
	"html/template"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"timeline/assets"
	"timeline/internal/config"
	"timeline/templates"
)

// hostile are values a quotation may show that html/template escapes:
// markup, quotes, +, NUL, bad UTF-8, schemes it refuses, broken escapes.
var hostile = []string{
	"", "m-ev1-a3", "Le Monde", `<script>alert("x")</script>`, `'&+"<>`, "a\x00b",
	"é ü — 中文", "\xff\xfe\xe2<", "javascript:alert(1)", "JavaScript:x", "HTTP://example.org/a?b=c&d=e+f",
	"mailto:a@b.fr", "../../sources/a b/index.html#m-1", "/x:y", "data:text/html,hi",
	"%zz%41%4", "a%", "a%4", "%E9t%c3%A9", "!#$*,/:;=?@[]-._~()'", "\t\n\r ",
}

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

// mentionViews returns quotations showing each hostile value in every
// field, in each of the ways a quotation can show (flags).
func mentionViews() []MentionView {
	var out []MentionView
	for i, h := range hostile {
		for flags := range 16 {
			v := MentionView{
				ID: h, Permalink: h, Quote: template.HTML("<time>" + h + "</time>"), Lang: h, Attribution: h,
				Source: Link{Href: h, Text: h}, Outlet: h, Published: h, Date: h,
				Since: flags&1 != 0, Manual: flags&2 != 0, Cite: flags&4 != 0,
			}
			if flags&8 != 0 { // another value beside it, and no outlet: the title shows
				v.Outlet = ""
				v.Source.Href = hostile[(i+1)%len(hostile)]
				v.Date = hostile[(i+2)%len(hostile)]
			}
			out = append(out, v)
		}
	}
	return out
}

// checkMention fails when writeMention and the "mention" template draw v
// differently.
func checkMention(t *testing.T, s *Site, v MentionView) {
	t.Helper()
	var want strings.Builder
	if err := s.partials.ExecuteTemplate(&want, mentionName, v); err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	s.writeMention(&got, v)
	if got.String() != want.String() {
		t.Errorf("%+v:\nGo wrote\n%s\nthe template\n%s", v, got.String(), want.String())
	}
}

// TestMentionInGo checks that writeMention writes a quotation as the
// built-in template does, byte for byte, in both languages and with
// interface texts that need escaping.
func TestMentionInGo(t *testing.T) {
	sites := map[string]*Site{
		"fr": newTestSite(t, "fr", templates.FS),
		"en": newTestSite(t, "en", templates.FS),
		"texts to escape": newTestSite(t, "fr", templateFS(t, map[string]string{"i18n/fr.toml": `
said_by = "dit <par> & \"+\""
since_marker = "'depuis'"
added_by_editor = "<ajouté>"
copy_link = "lien & + \" ' < >"
`})),
	}
	for name, s := range sites {
		t.Run(name, func(t *testing.T) {
			if !s.goMention {
				t.Fatal("the built-in mention template is not drawn in Go")
			}
			for _, v := range mentionViews() {
				checkMention(t, s, v)
			}
		})
	}
}

// TestMentionChanged checks that a site whose mention template differs
// from the built-in one gets its own template, through rows and partial.
func TestMentionChanged(t *testing.T) {
	src, err := fs.ReadFile(templates.FS, "_mention.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, file, src string }{
		{"its file changed", "_mention.html", strings.Replace(string(src), `<figure class="mention"`, `<figure class="mention mine"`, 1)},
		{"defined again in another file", "_zz.html", `{{define "mention"}}<p class="mine">{{.Quote}}</p>{{end}}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestSite(t, "fr", templateFS(t, map[string]string{tt.file: tt.src}))
			if s.goMention {
				t.Fatal("a changed mention template is drawn in Go")
			}
			v := mentionViews()[5]
			h, err := s.rows(mentionName, []MentionView{v, v})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Count(string(h), "mine") != 2 {
				t.Errorf("rows drew %s, not the site's template", h)
			}
			h, err = s.partial(mentionName, v)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(h), "mine") {
				t.Errorf("partial drew %s, not the site's template", h)
			}
		})
	}
}

// FuzzMention holds writeMention to the template on any values.
func FuzzMention(f *testing.F) {
	for i, h := range hostile {
		f.Add(h, hostile[(i+1)%len(hostile)], hostile[(i+2)%len(hostile)], uint8(i))
	}
	s := newTestSite(f, "fr", templates.FS)
	f.Fuzz(func(t *testing.T, a, b, c string, flags uint8) {
		v := MentionView{
			ID: a, Permalink: b, Quote: template.HTML(c), Lang: c, Attribution: a,
			Source: Link{Href: a, Text: b}, Outlet: c, Published: b, Date: a,
			Since: flags&1 != 0, Manual: flags&2 != 0, Cite: flags&4 != 0,
		}
		checkMention(t, s, v)
		v.Source.Href, v.Permalink = c, a
		checkMention(t, s, v)
	})
}
