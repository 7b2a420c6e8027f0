package fold

import (
	"testing"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	for in, want := range map[string]string{
		"Chouchi":         "chouchi",
		"évacués":         "evacues",
		"aujourd’hui":     "aujourd'hui",
		"2\u00a0000":      "2 000",
		"Ağdam, Şuşa":     "agdam, susa",
		"ÉTATS-UNIS":      "etats-unis",
		"Qarabağ":         "qarabag",
		"Арцах":           "арцах",
		"plain ascii TXT": "plain ascii txt",
	} {
		if got := String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOffsetsFollowRunes(t *testing.T) {
	// Folding is rune by rune, so a prefix folds to a prefix.
	s := "L’armée a tiré le 19 septembre"
	for i := range s {
		if p := String(s[:i]); String(s)[:len(p)] != p {
			t.Fatalf("prefix %q does not fold to a prefix", s[:i])
		}
	}
}

// slowString is String without the table: every rune decomposed.
func slowString(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if f, keep := foldRune(s[i:], r); keep {
			b = utf8.AppendRune(b, f)
		}
		i += size
	}
	return string(b)
}

// TestTable checks the table against decomposition for every rune it
// holds and for text around it.
func TestTable(t *testing.T) {
	for r := rune(0); r < rune(len(table))+0x100; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := "É" + string(r) + "x"
		if got, want := String(s), slowString(s); got != want {
			t.Errorf("String(%q) = %q, decomposition gives %q", s, got, want)
		}
	}
	for _, s := range []string{"Ağdam, Şuşa", "e\u0301te\u0301", "\xff\xfeé", "Арцах Ստեփանակերտ", "ﬁn ½"} {
		if got, want := String(s), slowString(s); got != want {
			t.Errorf("String(%q) = %q, decomposition gives %q", s, got, want)
		}
	}
}

func BenchmarkString(b *testing.B) {
	s := "Le ministère azerbaïdjanais de la Défense a affirmé mercredi avoir mené avec succès une opération « Revenge » près de Latchine."
	b.SetBytes(int64(len(s)))
	for range b.N {
		String(s)
	}
}
