package claims

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that no input panics, that the spans of the figures
// stand in their sentence (on rune boundaries when it is UTF-8), and
// that reading twice gives the same figures.
func FuzzFind(f *testing.F) {
	for _, tt := range figureTests {
		f.Add(tt.sentence, tt.next, tt.lang, tt.speaker)
	}
	f.Add("entre 1 et", "", "fr", "")
	f.Add("plus de 2 000,5 million", "Parmi eux,", "fr", "x")
	f.Add("a a a a 1 killed", "Among the dead were", "en", "")
	f.Fuzz(func(t *testing.T, sentence, next, lang, speaker string) {
		figs := Find(sentence, next, lang, speaker)
		for _, fg := range figs {
			text := sentence
			if fg.Next {
				text = next
			}
			if fg.Start < 0 || fg.End > len(text) || fg.Start >= fg.End {
				t.Fatalf("span %d..%d out of %q", fg.Start, fg.End, text)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[fg.Start]) || fg.End < len(text) && !utf8.RuneStart(text[fg.End])) {
				t.Fatalf("span %d..%d cuts a character of %q", fg.Start, fg.End, text)
			}
			if fg.Kind.String() == "" || fg.CountMax < fg.Count {
				t.Fatalf("figure %+v of %q", fg, text)
			}
		}
		again := Find(sentence, next, lang, speaker)
		if len(again) != len(figs) {
			t.Fatalf("%d figures, then %d", len(figs), len(again))
		}
		for i := range figs {
			if figs[i] != again[i] {
				t.Fatalf("%+v, then %+v", figs[i], again[i])
			}
		}
	})
}
