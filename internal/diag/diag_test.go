package diag

import (
	"errors"
	"fmt"
	"testing"
)

func TestError(t *testing.T) {
	for _, tt := range []struct {
		p    *Problem
		want string
	}{
		{Errorf("content/a.md", 4, 13, "published: %q is not a date (expected YYYY-MM-DD)", "2023-02-30"),
			`content/a.md:4:13: published: "2023-02-30" is not a date (expected YYYY-MM-DD)`},
		{Warnf("content/a.md", 3, 0, "unknown key x"), "content/a.md:3: warning: unknown key x"},
		{Errorf("site.toml", 0, 0, "missing"), "site.toml: missing"},
	} {
		if got := tt.p.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestList(t *testing.T) {
	var l List
	l.Add(Warnf("b.md", 1, 0, "w"))
	l.Merge("a.md", fmt.Errorf("wrapped: %w", Errorf("c.md", 2, 0, "e")))
	l.Merge("a.md", errors.New("plain"))
	l.Sort()
	if got := l.Error(); got != "a.md: plain\nb.md:1: warning: w\nc.md:2: e" {
		t.Errorf("list = %q", got)
	}
	if !l.HasErrors() || len(l.Errors()) != 2 || len(l.Warnings()) != 1 || l.Err() == nil {
		t.Error("counts are wrong")
	}
	if (List{Warnf("x", 0, 0, "w")}).Err() != nil {
		t.Error("warnings alone are no error")
	}
}

func TestNearest(t *testing.T) {
	known := []string{"title", "source", "url", "published", "language", "slug"}
	for word, want := range map[string]string{"pubished": "published", "Titre": "title", "langage": "language", "zzzzzz": ""} {
		if got := Nearest(word, known); got != want {
			t.Errorf("Nearest(%q) = %q, want %q", word, got, want)
		}
	}
}

// TestOneLine: whatever a message or a file name holds, a problem prints
// on one line.
func TestOneLine(t *testing.T) {
	for _, tt := range []struct {
		p    *Problem
		want string
	}{
		{Errorf("content/x.md", 3, 7, "invalid TOML: invalid escape in string '\\\n' (see https://toml.io)"),
			`content/x.md:3:7: invalid TOML: invalid escape in string '\` + `\n' (see https://toml.io)`},
		{Warnf("content/a\nb.md: the file is fine\r\x00", 0, 0, "is\ta link (tab kept)"),
			`content/a\nb.md: the file is fine\r\x00: warning: is` + "\t" + `a link (tab kept)`},
		{Errorf("content/é.md", 1, 0, "déjà vu « ok » (nothing to escape)"), "content/é.md:1: déjà vu « ok » (nothing to escape)"},
	} {
		if got := tt.p.Error(); got != tt.want {
			t.Errorf("got  %q\nwant %q", got, tt.want)
		}
	}
}

// number is an argument that is words: "the number 3", "le nombre 3".
type number int

func (n number) In(lang string) string {
	if lang == "fr" {
		return fmt.Sprintf("le nombre %d", int(n))
	}
	return fmt.Sprintf("the number %d", int(n))
}

func TestCatalog(t *testing.T) {
	c := Catalog{"fr": {
		"%s is missing (add a line: %s)": "%s manque (ajoutez une ligne : %s)",
		"%s: expected a text, found %s":  "%s : un texte était attendu, et c’est %s",
	}}
	for _, tt := range []struct {
		lang, format string
		args         []any
		want         string
	}{
		{"fr", "%s is missing (add a line: %s)", []any{"title", `title = "T"`}, `title manque (ajoutez une ligne : title = "T")`},
		{"en", "%s is missing (add a line: %s)", []any{"title", `title = "T"`}, `title is missing (add a line: title = "T")`},
		{"es", "%s is missing (add a line: %s)", []any{"title", `title = "T"`}, `title is missing (add a line: title = "T")`}, // no Spanish: English
		{"fr", "%s: expected a text, found %s", []any{"title", number(3)}, "title : un texte était attendu, et c’est le nombre 3"},
		{"fr", "%s: not translated, %s", []any{"title", number(3)}, "title: not translated, the number 3"}, // words follow the message's language
	} {
		if got := c.Sprintf(tt.lang, tt.format, tt.args...); got != tt.want {
			t.Errorf("%s %q: got %q, want %q", tt.lang, tt.format, got, tt.want)
		}
	}
	if p := c.Warnf("fr", "a.md", 2, 0, "%s is missing (add a line: %s)", "source", `source = "AFP"`); p.Error() != `a.md:2: warning: source manque (ajoutez une ligne : source = "AFP")` {
		t.Errorf("got %s", p.Error())
	}
}
