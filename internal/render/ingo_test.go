package render

import (
	"bytes"
	"html/template"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"timeline/assets"
	"timeline/internal/config"
	"timeline/internal/dates"
	"timeline/internal/timeline"
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

var may3 = func() dates.Date {
	d, err := dates.ParseEDTF("2021-05-03")
	if err != nil {
		panic(err)
	}
	return d
}()

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
				// The sentence written from the mention, as mentionView
				// leaves it for writeMention.
				v.Quote = ""
				v.mention = &timeline.Mention{Sentence: h + " le 3 mai 2021 " + h, Date: may3}
				v.mention.Start = len(h) + 4
				v.mention.End = v.mention.Start + len("3 mai 2021")
				if flags&1 != 0 {
					v.mention.Start, v.mention.End = 0, 0 // an editor's event: no expression
				}
			}
			out = append(out, v)
		}
	}
	return out
}

// sourceEvents returns events of a source page showing each hostile
// value, with no quotation, or some, and no other source, or some.
func sourceEvents() []SourceEvent {
	ms := mentionViews()
	var out []SourceEvent
	for i, h := range hostile {
		for flags := range 8 {
			v := SourceEvent{Event: EventView{Href: h, Date: hostile[(i+1)%len(hostile)]}, More: flags&1 != 0}
			if flags&2 != 0 {
				v.Event.Datetime = hostile[(i+2)%len(hostile)]
			}
			if flags&4 != 0 {
				v.Mentions = ms[i : i+2]
			}
			for j := range (i + flags) % 4 {
				v.Others = append(v.Others, Link{Href: hostile[(i+j)%len(hostile)], Text: hostile[(i+j+3)%len(hostile)]})
			}
			out = append(out, v)
		}
	}
	return out
}

// eventMonths returns months of an event split by month showing each
// hostile value, with no quotation or some.
func eventMonths() []EventMonth {
	var out []EventMonth
	for i, h := range hostile {
		v := EventMonth{Label: h, Href: hostile[(i+1)%len(hostile)]}
		for j := range i % 4 {
			v.Mentions = append(v.Mentions, MentionStub{ID: hostile[(i+j)%len(hostile)], Text: hostile[(i+j+5)%len(hostile)]})
		}
		out = append(out, v)
	}
	return out
}

// eventItems returns events of a listing showing each hostile value, with
// quotations or a headline, with or without a machine-readable date.
func eventItems() []EventView {
	ms := mentionViews()
	var out []EventView
	for i, h := range hostile {
		for flags := range 4 {
			n := func(k int) string { return hostile[(i+k)%len(hostile)] }
			v := EventView{ID: h, Href: n(1), Date: n(2), Title: n(3), Episode: Link{Href: n(4), Text: n(5)},
				Sources: i - 1, Filter: FilterData{Episode: n(6), Outlets: n(7), Sources: i * 3}}
			if flags&1 != 0 {
				v.Datetime = n(8)
			}
			if flags&2 != 0 {
				v.Mentions = ms[i : i+2]
			}
			out = append(out, v)
		}
	}
	return out
}

// sourceItems returns articles of a list of sources showing each hostile
// value, with and without an outlet and a language.
func sourceItems() []ArticleView {
	var out []ArticleView
	for i, h := range hostile {
		n := func(k int) string { return hostile[(i+k)%len(hostile)] }
		out = append(out,
			ArticleView{Href: h, Title: n(1), Outlet: n(2), Lang: n(3), Datetime: n(4), Published: n(5), Events: i - 1},
			ArticleView{Href: n(6), Title: h, Datetime: h, Published: h, Events: 1})
	}
	return out
}

// checkInGo fails when the Go writer and the named template draw v
// differently.
func checkInGo(t *testing.T, s *Site, name string, v any) {
	t.Helper()
	var want strings.Builder
	tv := v
	if mv, ok := v.(MentionView); ok && mv.Quote == "" && mv.mention != nil {
		mv.Quote = quote(mv.mention) // as mentionView gives it to a template
		tv = mv
	}
	if err := s.partials.ExecuteTemplate(&want, name, tv); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if ok, err := s.writeInGo(&got, name, v); err != nil || !ok {
		t.Fatalf("%s is not drawn in Go (%v)", name, err)
	}
	if got.String() != want.String() {
		t.Errorf("%s %+v:\nGo wrote\n%s\nthe template\n%s", name, v, got.String(), want.String())
	}
}

// TestPartialsInGo checks that the partials drawn in Go are written as
// the built-in templates draw them, byte for byte, in both languages and
// with interface texts that need escaping.
func TestPartialsInGo(t *testing.T) {
	sites := map[string]*Site{
		"fr": newTestSite(t, "fr", templates.FS),
		"en": newTestSite(t, "en", templates.FS),
		"texts to escape": newTestSite(t, "fr", templateFS(t, map[string]string{"i18n/fr.toml": `
said_by = "dit <par> & \"+\""
since_marker = "'depuis'"
added_by_editor = "<ajouté>"
copy_link = "lien & + \" ' < >"
other_sources = "<autres> & +"
source_unknown_outlet = "<inconnu> & +"
sources_count = "%d <sources> & +"
sources_count_one = "<une> source"
events_count = "%d événements <&+>"
`})),
	}
	for name, s := range sites {
		t.Run(name, func(t *testing.T) {
			for _, p := range inGoNames {
				if !s.inGo[p] {
					t.Fatalf("the built-in %s template is not drawn in Go", p)
				}
			}
			for _, v := range mentionViews() {
				checkInGo(t, s, mentionName, v)
			}
			for _, v := range sourceEvents() {
				checkInGo(t, s, sourceEventName, v)
			}
			for _, v := range eventMonths() {
				checkInGo(t, s, eventMonthName, v)
			}
			for _, v := range eventItems() {
				checkInGo(t, s, eventItemName, v)
			}
			for _, v := range sourceItems() {
				checkInGo(t, s, sourceItemName, v)
			}
		})
	}
}

// TestPartialsChanged checks that a site whose partial differs from the
// built-in one gets its own template, through rows and partial, and in
// the partials drawn in Go that draw it.
func TestPartialsChanged(t *testing.T) {
	src, err := fs.ReadFile(templates.FS, "_mention.html")
	if err != nil {
		t.Fatal(err)
	}
	m, se, em, ei, si := mentionViews()[5], sourceEvents()[60], eventMonths()[3], eventItems()[7], sourceItems()[4]
	for _, tt := range []struct {
		name, file, src string
		changed         string // the partial changed
		data            any
		mine            int // times the site's template shows in rows of two
	}{
		{"its file changed", "_mention.html", strings.Replace(string(src), `<figure class="mention"`, `<figure class="mention mine"`, 1), mentionName, []MentionView{m, m}, 2},
		{"defined again in another file", "_zz.html", `{{define "mention"}}<p class="mine">{{.Quote}}</p>{{end}}`, mentionName, []MentionView{m, m}, 2},
		{"drawn by a partial in Go", "_zz.html", `{{define "mention"}}<p class="mine">{{.Quote}}</p>{{end}}`, mentionName, []SourceEvent{se, se}, 2 * len(se.Mentions)},
		{"source-event changed", "_zz.html", `{{define "source-event"}}<li class="mine">{{.Event.Date}}</li>{{end}}`, sourceEventName, []SourceEvent{se, se}, 2},
		{"event-month changed", "_zz.html", `{{define "event-month"}}<h3 class="mine">{{.Label}}</h3>{{end}}`, eventMonthName, []EventMonth{em, em}, 2},
		{"event-item changed", "_zz.html", `{{define "event-item"}}<li class="mine">{{.Date}}</li>{{end}}`, eventItemName, []EventView{ei, ei}, 2},
		{"mention changed, in an event-item drawn in Go", "_zz.html", `{{define "mention"}}<p class="mine">{{.Quote}}</p>{{end}}`, mentionName, []EventView{ei, ei}, 2 * len(ei.Mentions)},
		{"source-item changed", "_zz.html", `{{define "source-item"}}<li class="mine">{{.Title}}</li>{{end}}`, sourceItemName, []ArticleView{si, si}, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestSite(t, "fr", templateFS(t, map[string]string{tt.file: tt.src}))
			if s.inGo[tt.changed] {
				t.Fatalf("a changed %s template is drawn in Go", tt.changed)
			}
			name := tt.changed
			switch tt.data.(type) {
			case []SourceEvent:
				name = sourceEventName
			case []EventView:
				name = eventItemName
			}
			h, err := s.rows(name, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(string(h), "mine"); n != tt.mine {
				t.Errorf("rows drew the site's template %d times, want %d: %s", n, tt.mine, h)
			}
			one := reflect.ValueOf(tt.data).Index(0).Interface()
			h, err = s.partial(name, one)
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(string(h), "mine"); n != tt.mine/2 {
				t.Errorf("partial drew the site's template %d times, want %d: %s", n, tt.mine/2, h)
			}
		})
	}
}

// FuzzPartialsInGo holds the partials drawn in Go to their templates on
// any values.
func FuzzPartialsInGo(f *testing.F) {
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
		checkInGo(t, s, mentionName, v)
		v.Source.Href, v.Permalink = c, a
		checkInGo(t, s, mentionName, v)
		se := SourceEvent{Event: EventView{Href: b, Date: c}, More: flags&8 != 0, Others: []Link{{Href: c, Text: a}, {Href: a, Text: b}}[:flags>>4%3]}
		if flags&16 != 0 {
			se.Event.Datetime = a
		}
		if flags&32 != 0 {
			se.Mentions = []MentionView{v}
		}
		checkInGo(t, s, sourceEventName, se)
		em := EventMonth{Label: a, Href: c, Mentions: []MentionStub{{ID: b, Text: c}, {ID: c, Text: a}}[:flags%3]}
		checkInGo(t, s, eventMonthName, em)
		ei := EventView{ID: a, Href: b, Date: c, Title: a, Episode: Link{Href: c, Text: b}, Sources: int(flags) - 3,
			Filter: FilterData{Episode: b, Outlets: c, Sources: int(flags)}}
		if flags&64 != 0 {
			ei.Datetime = b
		}
		if flags&128 != 0 {
			ei.Mentions = []MentionView{v}
		}
		checkInGo(t, s, eventItemName, ei)
		si := ArticleView{Href: a, Title: b, Outlet: c, Datetime: a, Published: b, Events: int(flags) - 1}
		if flags&8 != 0 {
			si.Outlet, si.Lang = "", c
		}
		checkInGo(t, s, sourceItemName, si)
	})
}
