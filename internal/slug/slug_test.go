package slug

import (
	"strings"
	"testing"
)

func TestValid(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"2023-09-20-offensive", true},
		{"guerre-2020", true},
		{"", false},                       // names nothing
		{"Offensive", false},              // capitals: two addresses for one page
		{"-offensive", false},             // a leading hyphen reads as a flag
		{"offensive-", false},             // a trailing one as a cut word
		{"../site", false},                // leaves the folder
		{"a/b", false},                    // a folder of its own
		{"a\x00b", false},                 // ends a path early
		{"évacués", false},                // not ASCII
		{strings.Repeat("a", 201), false}, // longer than a file name may be
	} {
		if got := Valid(tt.s); got != tt.want {
			t.Errorf("Valid(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestMake(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"L'offensive du 19 septembre", "l-offensive-du-19-septembre"},
		{"Les évacués de Stepanakert", "les-evacues-de-stepanakert"},
		{"  --«»--  ", "article"}, // nothing to keep
		{"../../etc/passwd", "etc-passwd"},
	} {
		got := Make(tt.in)
		if got != tt.want {
			t.Errorf("Make(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if !Valid(got) {
			t.Errorf("Make(%q) = %q is not a valid slug", tt.in, got)
		}
	}
}
