package headline

import (
	"testing"
	"unicode/utf8"
)

// FuzzShape checks that no sentence, date span or language makes Score,
// Shape or Pick fail, and that every headline keeps within Max.
func FuzzShape(f *testing.F) {
	f.Add("Le lendemain, l'Azerbaïdjan a repris Chouchi.", 0, 12, "fr")
	f.Add("On Tuesday Azerbaijan launched an offensive in Nagorno-Karabakh.", 3, 10, "en")
	f.Add("Support independent journalism in the Caucasus: Join today", 0, 0, "")
	f.Add("« Nous gagnerons », a déclaré le premier ministre, selon l'agence.", -1, 99, "fr")
	f.Fuzz(func(t *testing.T, s string, start, end int, lang string) {
		c := Candidate{Sentence: s, Start: start, End: end, Lang: lang}
		Score(c)
		Anaphoric(s)
		Furniture(s)
		if h := Shape(c); utf8.ValidString(s) && utf8.RuneCountInString(h) > Max {
			t.Errorf("Shape(%q) = %q: longer than %d characters", s, h, Max)
		}
		Pick([]Candidate{c, c})
	})
}
