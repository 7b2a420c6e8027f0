package attribution

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"timeline/internal/fold"
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

// FuzzTokenize holds the fast paths of tokenize to what they stand for: a
// word's folded form is fold.String of its text, a punctuation mark's is
// the mark, and its lists are those the map gives. What Find returns is
// words of the sentence, one space between them, written as normal
// writes a speaker.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"Selon M. Aliev, l’armée a déclaré que «ÉTAT» était prêt.",
		"According to the U.S. defence ministry, d'après Dr.Smith",
		"Le porte-parole, a-t-il déclaré\tmercredi\u00a0:",
		"\xff\xfeA\u0301b  ıİ Ⱥ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var tk tokens
		tokenize(&tk, s)
		for _, w := range tk.ws {
			want := fold.String(s[w.start:w.end])
			if w.punct {
				r, _ := utf8.DecodeRuneInString(s[w.start:])
				want = string(r)
			}
			if w.f != want {
				t.Errorf("token %q: folded %q, want %q", s[w.start:w.end], w.f, want)
			}
			if w.cls != lists[w.f] {
				t.Errorf("token %q: lists %b, want %b", w.f, w.cls, lists[w.f])
			}
		}
		got := Find(s, nil)
		if got != clean(got) || !written(strings.Join(strings.Fields(s), " "), got) {
			t.Errorf("Find(%q) = %q: not words of the sentence", s, got)
		}
	})
}

// written reports whether speaker is words of the sentence s as normal
// writes them: the first letter may be a capital made lowercase.
func written(s, speaker string) bool {
	if speaker == "" {
		return true
	}
	first, n := utf8.DecodeRuneInString(speaker)
	rest := speaker[n:]
	for from := 0; ; {
		i := strings.Index(s[from:], rest)
		if i < 0 {
			return false
		}
		i += from
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); r == first || unicode.ToLower(r) == first {
			return true
		}
		from = i + 1
	}
}
