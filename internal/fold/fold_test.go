package fold

import (
	"strings"
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

// TestMapped checks that mapped folds as String does and that each byte of the
// folded text points at the character of s it comes from.
func TestMapped(t *testing.T) {
	for _, s := range []string{
		"",
		"Mardi 19 septembre", // ASCII: one byte for one
		"L’armée a tiré le 19\u00a0septembre", // an apostrophe and a no-break space shrink
		"Ayvazyan\u0301 à Stepanakert",        // a combining mark is dropped
		"un octet \xff invalide",              // invalid UTF-8 becomes U+FFFD
		"tab\tand `quote`",                    // ASCII that String lowercases only
	} {
		folded, at := mapped(s)
		if folded != String(s) {
			t.Errorf("mapped(%q) = %q, String gives %q", s, folded, String(s))
		}
		if len(at) != len(folded)+1 || at[len(folded)] != len(s) {
			t.Fatalf("mapped(%q): %d offsets for %d bytes", s, len(at), len(folded))
		}
		for i := range folded {
			// The byte comes from the character at at[i]: folding that
			// character alone gives a piece of the folded text holding it.
			_, size := utf8.DecodeRuneInString(s[at[i]:])
			if piece := String(s[at[i] : at[i]+size]); !strings.Contains(folded[max(0, i-3):min(len(folded), i+4)], piece) {
				t.Errorf("mapped(%q): byte %d comes from %q, which folds to %q", s, i, s[at[i]:at[i]+size], piece)
			}
		}
	}
}

func TestFind(t *testing.T) {
	for _, tt := range []struct {
		s, needle string
		want      []string // the text of each span
	}{
		{"Mardi 19\u00a0Septembre, puis mardi", "mardi", []string{"Mardi", "mardi"}},
		{"Mardi 19\u00a0Septembre", "19 septembre", []string{"19\u00a0Septembre"}},
		{"Le 3 février à Goris", "LE 3 FEVRIER", []string{"Le 3 février"}},
		{"L’armée d’Azerbaïdjan", "l'armee", []string{"L’armée"}},
		{"aaa", "aa", []string{"aa", "aa"}}, // overlapping
		{"Le 3 mai", "juin", nil},
		{"Le 3 mai", "", nil},
	} {
		var got []string
		for _, sp := range Find(tt.s, tt.needle) {
			got = append(got, tt.s[sp[0]:sp[1]])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("Find(%q, %q) = %q, want %q", tt.s, tt.needle, got, tt.want)
		}
	}
}
