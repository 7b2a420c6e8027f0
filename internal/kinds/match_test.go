package kinds

import (
	"slices"
	"testing"
)

// TestSignalForms checks how each form of signal finds words, on a kind
// of its own: whole words, stars, phrases, parts.
func TestSignalForms(t *testing.T) {
	d, probs := Load(File{Path: "content/kinds.toml", Data: []byte(`
[[kind]]
id = "x"
name_fr = "X"
name_en = "X"
fr = [
  "combats",                    # a whole word
  "bombard*",                   # a stem
  "cessez-le-feu",              # a phrase
  "tir* d'artillerie",          # a stem in a phrase
  "Évacués",                    # case and accents do not count
  "civils + tués|blessés",      # parts, one with alternatives
  "!combats de coqs",           # words that signal nothing
]
`)})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	tests := []struct {
		in   string
		want bool
	}{
		{"Des combats ont eu lieu.", true},
		{"Des combattants ont été vus.", false}, // a whole word is not a stem
		{"Un bombardier a survolé la ville.", true},
		{"Le bombardement a cessé.", true},
		{"Un bomba a été servi.", false}, // shorter than the stem
		{"Un cessez le feu a été signé.", true},
		{"Ils ont dit : « Cessez — le feu ! »", false}, // a dash breaks the phrase
		{"Les tirs d’artillerie ont repris.", true},    // a typographic apostrophe
		{"Les tirs, artillerie comprise, ont repris.", false},
		{"Les TIRS D'ARTILLERIE ont repris.", true},
		{"Les evacues sont arrivés.", true},
		{"Deux civils ont été tués.", true},
		{"Tués ou blessés, les civils ont été nombreux.", true},
		{"Des civils ont fui ; plus tard, dans une autre région, loin de tout, deux soldats ont été blessés.", false}, // parts too far apart
		{"Des combats de coqs ont été interdits.", false},
	}
	for _, tt := range tests {
		if got := slices.Contains(d.Of(tt.in, "fr"), "x"); got != tt.want {
			t.Errorf("%s: x is %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestSplit checks the words of a sentence and what stands between them.
func TestSplit(t *testing.T) {
	var s scratch
	s.split("L’Armée a «tiré», puis — Évacués")
	type w struct {
		text          string
		glued, clause bool
	}
	want := []w{
		{"l", true, false}, {"armee", true, false}, {"a", true, false}, {"tire", true, false},
		{"puis", false, true}, {"evacues", false, true},
	}
	var got []w
	for _, tk := range s.words {
		got = append(got, w{string(s.buf[tk.start:tk.end]), tk.glued, tk.clause})
	}
	if !slices.Equal(got, want) {
		t.Errorf("split:\n got %v\nwant %v", got, want)
	}
	s.split("Cafe\u0301 fermé") // a combining accent stays inside its word
	if len(s.words) != 2 || string(s.buf[s.words[0].start:s.words[0].end]) != "cafe" {
		t.Errorf("split with a combining accent: %q", s.buf)
	}
}

// TestOfNoAllocation checks that a sentence with no signal costs no
// allocation, which the build's 300,000 sentences rely on.
func TestOfNoAllocation(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector drops what sync.Pool keeps")
	}
	d := Default()
	s := "Le Premier ministre arménien a déclaré jeudi que la situation restait tendue à la frontière."
	if n := testing.AllocsPerRun(100, func() { d.Of(s, "fr") }); n != 0 {
		t.Errorf("Of allocates %v times on a sentence with no signal, want 0", n)
	}
}
