package i18n

import (
	"strings"
	"testing"
	"testing/fstest"

	"timeline/internal/diag"
	"timeline/internal/overlay"
)

func TestText(t *testing.T) {
	fsys := fstest.MapFS{"i18n/fr.toml": {Data: []byte("events_count = \"%d événements\"\nevents_count_one = \"1 événement\"\nsources = \"Sources\"\n")}}
	text, probs := Load(fsys, "templates", "fr")
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	for _, c := range []struct{ got, want string }{
		{text.T("sources"), "Sources"},
		{text.T("missing_key"), "missing_key"}, // a missing text shows its key
		{text.Count("events_count", 1), "1 événement"},
		{text.Count("events_count", 3), "3 événements"},
		{text.Count("events_count", 0), "0 événements"},
		{text.Lang(), "fr"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	if text.Key() == New("fr", map[string]string{"sources": "Sources"}).Key() {
		t.Error("two texts hash alike")
	}
	if text.Key() != New("fr", map[string]string{"events_count": "%d événements", "events_count_one": "1 événement", "sources": "Sources"}).Key() {
		t.Error("the same text hashes differently")
	}
}

func TestLoadProblems(t *testing.T) {
	for _, c := range []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"missing", fstest.MapFS{}, `site.toml: language = "en": the interface has no text in this language (add templates/i18n/en.toml`},
		{"not TOML", fstest.MapFS{"i18n/en.toml": {Data: []byte("a = \n")}}, "templates/i18n/en.toml:1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, probs := Load(c.fsys, "templates", "en")
			if len(probs) == 0 || !strings.Contains(probs.Error(), c.want) {
				t.Errorf("problems %v, want one saying %q", probs, c.want)
			}
			if text == nil || text.T("x") != "x" {
				t.Error("no usable empty text")
			}
		})
	}
}

// TestLayers checks how a site's translation files lie over the built-in
// ones: key by key, English standing in for what a language lacks.
func TestLayers(t *testing.T) {
	builtin := fstest.MapFS{
		"i18n/fr.toml": {Data: []byte("home = \"Accueil\"\nnav_about = \"À propos\"\nfooter = \"Une chronologie\"\n")},
		"i18n/en.toml": {Data: []byte("home = \"Home\"\nnav_about = \"About\"\nfooter = \"A timeline\"\n")},
	}
	site := fstest.MapFS{
		"i18n/fr.toml": {Data: []byte("home = \"Sommaire\"\n")},
		"i18n/es.toml": {Data: []byte("home = \"Inicio\"\n")},
	}
	for _, c := range []struct {
		name, lang string
		fsys       overlay.FS
		want       map[string]string
		problems   string // the problems, one per line
	}{
		{"a site changes one key", "fr", overlay.FS{site, builtin},
			map[string]string{"home": "Sommaire", "nav_about": "À propos", "footer": "Une chronologie"}, ""},
		{"a site adds a language", "es", overlay.FS{site, builtin},
			map[string]string{"home": "Inicio", "nav_about": "About", "footer": "A timeline"},
			"templates/i18n/es.toml: warning: 2 interface texts are missing, shown in English: footer, nav_about (add them to this file, translated from templates/i18n/en.toml)"},
		{"the built-ins alone", "fr", overlay.FS{builtin},
			map[string]string{"home": "Accueil", "footer": "Une chronologie"}, ""},
		{"one text missing", "es", overlay.FS{fstest.MapFS{"i18n/es.toml": {Data: []byte("home = \"Inicio\"\nnav_about = \"Acerca de\"\n")}}, builtin},
			map[string]string{"home": "Inicio", "footer": "A timeline"},
			"templates/i18n/es.toml: warning: 1 interface text is missing, shown in English: footer (add it to this file, translated from templates/i18n/en.toml)"},
		{"a language no file gives", "de", overlay.FS{site, builtin},
			map[string]string{"home": "Home"},
			`site.toml: language = "de": the interface has no text in this language (add templates/i18n/de.toml, the texts of templates/i18n/en.toml translated, or write one of the languages it has: en, es, fr)`},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, probs := Load(c.fsys, "templates", c.lang)
			for k, want := range c.want {
				if got := text.T(k); got != want {
					t.Errorf("%s = %q, want %q", k, got, want)
				}
			}
			if got := problems(probs); got != c.problems {
				t.Errorf("problems\n%s\nwant\n%s", got, c.problems)
			}
		})
	}
}

func problems(l diag.List) string { return l.Error() }
