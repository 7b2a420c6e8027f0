package dates

import (
	"testing"
	"unicode"
)

// TestKnown checks the lexicon's hash table against the lexicon itself.
func TestKnown(t *testing.T) {
	for k, e := range lexicon {
		if got := lexemes[known(k)]; got != e {
			t.Errorf("known(%q) is %p, want %p", k, got, e)
		}
		if got := lexemes[known([]byte(k))]; got != e {
			t.Errorf("known([]byte(%q)) is %p, want %p", k, got, e)
		}
	}
	for _, w := range []string{"", "gouvernement", "zz", "septembres", "mardis", "lundj", "xyz", "é"} {
		if got := known(w); got != 0 {
			t.Errorf("known(%q) = %d, want 0 (not in the lexicon)", w, got)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		word, key string // key: the lexicon entry it finds, "" for none
	}{
		{"septembre", "septembre"}, // lowercase ASCII: looked up as it stands
		{"Septembre", "septembre"}, // a capital
		{"FÉVRIER", "février"},     // capitals with an accent
		{"fevrier", "février"},     // without its accent
		{"Août", "août"},           // an accent on a lowercase letter
		{"AOUT", "août"},           // neither
		{"Noël", "noël"},           // a diaeresis
		{"aujourd", "aujourd"},     // the first half of "aujourd'hui"
		{"armée", ""},              // a word the tables do not know
		{"Erevan", ""},             // a name
	}
	var buf []byte
	for _, tt := range tests {
		var id lexID
		id, buf = lookup(tt.word, buf)
		e, want := lexemes[id], lexicon[tt.key]
		if e != want {
			t.Errorf("lookup(%q) = %p, want lexicon[%q] = %p", tt.word, e, tt.key, want)
		}
	}
}

func TestToLower(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		if got, want := toLower(r), unicode.ToLower(r); got != want {
			t.Errorf("toLower(%U) = %U, want %U", r, got, want)
		}
	}
}

func TestVerbTense(t *testing.T) {
	tests := []struct {
		word string
		want tense
	}{
		{"lancera", future}, {"reprendront", future}, {"finirons", future}, // the simple future
		{"affirmait", past}, {"tenaient", past}, {"attacked", past}, // the imperfect, the English past
		{"arrêterait", neutral}, {"seraient", neutral}, // the conditional dates nothing
		{"armée", neutral}, {"ed", neutral}, {"a", neutral}, {"", neutral}, // no tense ending, or too short
	}
	for _, tt := range tests {
		if got := verbTense(tt.word); got != tt.want {
			t.Errorf("verbTense(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	for w := range notFuture { // the exceptions stay exceptions
		if got := verbTense(w); got != neutral {
			t.Errorf("verbTense(%q) = %v, want neutral (an exception)", w, got)
		}
	}
	for w := range notPast {
		if got := verbTense(w); got != neutral {
			t.Errorf("verbTense(%q) = %v, want neutral (an exception)", w, got)
		}
	}
}
