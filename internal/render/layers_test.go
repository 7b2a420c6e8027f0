package render

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"timeline/assets"
	"timeline/internal/config"
	"timeline/internal/overlay"
	"timeline/internal/timeline"
	"timeline/internal/timeline/timelinetest"
	"timeline/templates"
)

// drawPages draws the seed site's pages at paths with the templates tfs,
// the site's own folder laid over the built-in one, in language lang. It
// returns the pages' HTML by path, and the problems New reported.
func drawPages(t *testing.T, site fstest.MapFS, lang string, paths ...string) (map[string]string, string) {
	t.Helper()
	cfg, tl := seedTimeline(t)
	c := *cfg
	c.Language = lang
	s, probs := New(&c, overlay.FS{site, templates.FS}, assets.FS)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	want := map[string]bool{}
	for _, p := range paths {
		want[p] = true
	}
	out := map[string]string{}
	for _, p := range s.plannedPages(tl, func(string, uint64) bool { return false }) {
		if !want[p.Path] {
			continue
		}
		if err := s.draw(p, func(b []byte) error { out[p.Path] = string(bytes.Clone(b)); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	if len(out) != len(paths) {
		t.Fatalf("drew %d of the pages %v", len(out), paths)
	}
	probs.Sort()
	return out, probs.Error()
}

// seedTimeline returns the seed site's configuration and timeline.
func seedTimeline(t *testing.T) (*config.Site, *timeline.Timeline) {
	t.Helper()
	return timelinetest.Load(t, "../..")
}

// TestSiteOverrides checks that a site gives only the templates and texts
// it changes, the built-ins giving the rest, and adds a language with a
// file of its own.
func TestSiteOverrides(t *testing.T) {
	for _, c := range []struct {
		name     string
		site     fstest.MapFS
		lang     string
		want     []string // in the index, the about page or the problems
		absent   []string
		problems []string // the start of each line of the problems, in order
	}{
		{
			name:   "one text of the interface",
			site:   fstest.MapFS{"i18n/fr.toml": {Data: []byte("nav_about = \"Qui sommes-nous\"\n")}},
			lang:   "fr",
			want:   []string{">Qui sommes-nous</a>", ">Chronologie</a>", "La guerre des 44 jours"},
			absent: []string{">À propos</a>"},
		},
		{
			name: "one template",
			site: fstest.MapFS{"about.html": {Data: []byte(`{{define "main"}}<h1>{{.Title}}</h1><p class="ours">Notre rédaction</p>{{end}}`)}},
			lang: "fr",
			want: []string{`<p class="ours">Notre rédaction</p>`, ">Chronologie</a>", `<p class="lead">Les événements du conflit du Haut-Karabakh`},
		},
		{
			name: "a language the site adds",
			site: fstest.MapFS{"i18n/es.toml": {Data: []byte("nav_timeline = \"Cronología\"\nnav_about = \"Acerca de\"\n")}},
			lang: "es",
			want: []string{`<html lang="es"`, ">Cronología</a>", ">Acerca de</a>", ">Sources</a>", "September 2020",
				"interface texts are missing, shown in English: about_title, actors_lead, actors_title, added_by_editor,"},
			absent: []string{"nav_about,", "nav_timeline,"},
			problems: []string{
				`site.toml: warning: language = "es": dates are written in English, as the program writes dates in en and fr only`,
				"templates/i18n/about.es.md: warning: missing: the about page is shown in English (write it in this file, from templates/i18n/about.en.md)",
				// One warning lists every text the file lacks (see absent).
				"templates/i18n/es.toml: warning: ",
			},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			pages, probs := drawPages(t, c.site, c.lang, "index.html", "about/index.html")
			both := pages["index.html"] + pages["about/index.html"] + probs
			for _, w := range c.want {
				if !strings.Contains(both, w) {
					t.Errorf("no %q in the pages", w)
				}
			}
			for _, w := range c.absent {
				if strings.Contains(both, w) {
					t.Errorf("%q in the pages", w)
				}
			}
			lines := strings.Split(probs, "\n")
			if probs == "" {
				lines = nil
			}
			ok := len(lines) == len(c.problems)
			for i := 0; ok && i < len(lines); i++ {
				ok = strings.HasPrefix(lines[i], c.problems[i])
			}
			if !ok {
				t.Errorf("problems\n%s\nwant lines starting\n%s", probs, strings.Join(c.problems, "\n"))
			}
		})
	}
}

// TestSideName checks the headings of the sides on the actors' pages: the
// interface's text where it has one, else the actor the side is named
// after, as the lexicon names it, else the side's id.
func TestSideName(t *testing.T) {
	s, tl := seedSite(t)
	s.plannedPages(tl, func(string, uint64) bool { return false })
	for _, c := range []struct{ side, want string }{
		{"armenia", "Arménie"},                             // side_armenia
		{"nagorno-karabakh", "autorités du Haut-Karabakh"}, // the actor "nagorno-karabakh"
		{"no-such-side", "no-such-side"},
	} {
		if got := s.sideName(c.side); got != c.want {
			t.Errorf("sideName(%s) = %q, want %q", c.side, got, c.want)
		}
	}
}
