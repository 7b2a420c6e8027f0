package fold

import "testing"

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
