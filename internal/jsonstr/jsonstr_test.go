package jsonstr

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAppend checks that a string is written as json.Marshal writes it:
// as it is, and escaped, every ASCII byte among others.
func TestAppend(t *testing.T) {
	var ascii strings.Builder
	for c := range utf8.RuneSelf {
		ascii.WriteString("a" + string(rune(c)))
	}
	for _, s := range []string{
		ascii.String(),              // every ASCII byte, between letters
		"\u2028",                    // a separator alone
		"\xe2\x80",                  // a rune cut short
		"fin\xff",                   // invalid UTF-8 at the end
		"é\xc3",                     // a rune cut short at the end
		"",                          // empty
		"Erevan, 27 septembre 2020", // plain ASCII
		"L’armée a « repoussé » l’offensive", // accents and typographic quotes: plain
		`il a dit "non"`,            // a quote
		`C:\chemin`,                 // a backslash
		"<script>alert(1)</script>", // HTML: escaped as json.Marshal does
		"Tom & Jerry",               // an ampersand
		"ligne\nsuivante\ttab",      // control characters
		"\x7f",                      // DEL: not escaped
		"a\u2028b\u2029c",           // line and paragraph separators
		"invalide \xff\xfe UTF-8",   // invalid UTF-8
	} {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := Append([]byte("x"), s); string(got) != "x"+string(want) {
			t.Errorf("Append(%q) = %s, want %s", s, got[1:], want)
		}
	}
}

// BenchmarkAppend writes a sentence of a French article as a JSON string.
func BenchmarkAppend(b *testing.B) {
	const s = "Le 27 septembre 2020, l’Azerbaïdjan a lancé une offensive de grande ampleur contre " +
		"le Haut-Karabakh, a déclaré le ministère arménien de la Défense, « sans préavis »."
	var buf []byte
	b.SetBytes(int64(len(s)))
	for range b.N {
		buf = Append(buf[:0], s)
	}
}
