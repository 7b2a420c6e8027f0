package i18n

import (
	"strings"
	"testing"
	"testing/fstest"
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
		{"missing", fstest.MapFS{}, "templates/i18n/en.toml: cannot read the interface translations"},
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
