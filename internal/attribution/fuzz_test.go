package attribution

import (
	"strings"
	"testing"
)

// FuzzClean holds clean to what it replaced: trimming, then splitting on
// white space and rejoining with one space, whatever the phrase holds.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"le ministère", "le  ministère ,", "la\tnote", "Ilham\u00a0Aliev", " x", "a\u2003b;:", "é\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(strings.TrimRight(s, " ,;:")), " ")
		if got := clean(s); got != want {
			t.Errorf("clean(%q) = %q, want %q", s, got, want)
		}
	})
}
