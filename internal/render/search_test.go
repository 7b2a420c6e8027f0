package render

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestTerms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Chouchi", "chouchi"},
		{"Les civils ont été évacués", "civils evacues"}, // stop words dropped, accents folded
		{"l’Azerbaïdjan", "azerbaidjan"},                 // one-letter elisions dropped
		{"le 19 septembre 2023", "19 septembre 2023"},
	}
	for _, tt := range tests {
		if got := strings.Join(Terms(tt.in), " "); got != tt.want {
			t.Errorf("Terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSplit checks the chunking of terms: every term in exactly one chunk,
// chunks near the target, and a query finding its chunks by prefix the way
// site.js does.
func TestSplit(t *testing.T) {
	var terms []string
	for _, p := range []string{"arm", "arme", "armenie", "armee", "bak", "bakou", "ch", "chouchi"} {
		for i := range 300 {
			terms = append(terms, fmt.Sprintf("%s%03d", p, i))
		}
	}
	terms = append(terms, "arme", "armenie")
	slices.Sort(terms)
	terms = slices.Compact(terms)
	size := func(string) int { return 100 }
	leaves := split("", terms, size)
	seen := map[string]int{}
	for _, l := range leaves {
		if len(l.terms)*100 > chunkTarget && len(l.terms) > 1 {
			t.Errorf("chunk %q holds %d bytes", l.key, len(l.terms)*100)
		}
		for _, w := range l.terms {
			seen[w]++
			if !strings.HasPrefix(w, l.key) || (l.exact && w != l.key) {
				t.Errorf("%q is in chunk %q (exact %v)", w, l.key, l.exact)
			}
		}
	}
	for _, w := range terms {
		if seen[w] != 1 {
			t.Errorf("%q is in %d chunks", w, seen[w])
		}
	}
	// The chunks a prefix query needs hold every term it matches.
	for _, w := range []string{"arme", "armen", "armenie", "bakou1", "ch"} {
		var found []string
		for _, l := range leaves {
			if strings.HasPrefix(l.key, w) || (!l.exact && strings.HasPrefix(w, l.key)) {
				for _, term := range l.terms {
					if strings.HasPrefix(term, w) {
						found = append(found, term)
					}
				}
			}
		}
		var want []string
		for _, term := range terms {
			if strings.HasPrefix(term, w) {
				want = append(want, term)
			}
		}
		slices.Sort(found)
		if !slices.Equal(found, want) {
			t.Errorf("query %q finds %d terms, want %d", w, len(found), len(want))
		}
	}
}

func TestOutletKey(t *testing.T) {
	for in, want := range map[string]string{
		"Le Monde":             "le-monde",
		"L’Orient-Le Jour":     "l-orient-le-jour",
		"La Gazette française": "la-gazette-francaise",
		"":                     "",
	} {
		if got := outletKey(in); got != want {
			t.Errorf("outletKey(%q) = %q, want %q", in, got, want)
		}
	}
}
