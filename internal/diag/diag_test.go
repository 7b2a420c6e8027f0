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
