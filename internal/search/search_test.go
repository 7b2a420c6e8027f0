package search

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
	fits := func(ts []string) bool { return len(ts)*100 <= chunkTarget }
	leaves := split("", terms, fits)
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

// decodePostings mirrors site.js's decode.
func decodePostings(s string) []int64 {
	var out []int64
	var coord, slot, v, scale int64 = 0, 0, 0, 1
	wantSlot := false
	for i := range len(s) {
		d := int64(strings.IndexByte(digits, s[i]))
		if d >= 32 {
			v += (d - 32) * scale
			scale *= 32
			continue
		}
		v += d * scale
		switch {
		case wantSlot:
			slot, wantSlot = v, false
			out = append(out, coord<<slotBits|slot)
		case v%2 == 1:
			coord += (v-1)/2 + 1
			wantSlot = true
		default:
			slot += v/2 + 1
			out = append(out, coord<<slotBits|slot)
		}
		v, scale = 0, 1
	}
	return out
}

func TestEncodePostings(t *testing.T) {
	id := func(coord, slot int64) int64 { return coord<<slotBits | slot }
	tests := []struct {
		name string
		ids  []int64
	}{
		{"one document", []int64{id(4, 0)}},
		{"one event, close slots: a digit each", []int64{id(4, 0), id(4, 1), id(4, 2), id(4, 31), id(4, 62)}},
		{"a slot delta of exactly 16 takes two digits", []int64{id(9, 3), id(9, 20), id(9, 37)}},
		{"consecutive events", []int64{id(4, 7), id(5, 0), id(6, 3), id(6, 4)}},
		{"far apart", []int64{id(738_000*4, 5), id(738_001*4+3, 1<<slotBits-1), id(3_652_000*4+3, 0)}},
	}
	for _, tt := range tests {
		enc := encodePostings(tt.ids)
		if got := decodePostings(enc); !slices.Equal(got, tt.ids) {
			t.Errorf("%s: %v encodes as %q, which decodes as %v", tt.name, tt.ids, enc, got)
		}
		if strings.ContainsAny(enc, `"\<>&`) {
			t.Errorf("%s: %q needs escaping in JSON", tt.name, enc)
		}
	}
}

func TestSlots(t *testing.T) {
	tests := []struct {
		name string
		keys []uint64
	}{
		{"one mention", []uint64{42}},
		{"distinct homes", []uint64{1 << 62, 2 << 62, 3 << 62}},
		{"the same home: the next free slots", []uint64{5, 5 + 1, 5 + 2, 1 << 63}},
		{"past the end: the first free slots", []uint64{1<<64 - 1, 1<<64 - 2, 1<<64 - 3}},
	}
	for _, tt := range tests {
		anchors := make([]string, len(tt.keys))
		for i := range anchors {
			anchors[i] = fmt.Sprint("a", i)
		}
		got, err := slots(tt.keys, anchors)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		size := int64(4) << (len(fmt.Sprintf("%b", len(tt.keys))))
		seen := map[int64]bool{}
		for _, s := range got {
			if s < 0 || s >= size || seen[s] {
				t.Errorf("%s: slots %v: %d repeated or outside [0, %d)", tt.name, got, s, size)
			}
			seen[s] = true
		}
	}
}

// TestDocTerms checks that the terms of a document's texts, folded piece
// by piece, are those of its texts joined by spaces.
func TestDocTerms(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
	}{
		{"plain", []string{"Les civils ont été évacués", "le ministre", "Le Monde", "mardi 19 septembre 2023"}},
		{"a word at each edge", []string{"Erevan", "Bakou", "", "2020"}},
		{"apostrophes and tabs", []string{"l’Azerbaïdjan\taujourd`hui", "d'après", "RFI", "1991"}},
		{"combining marks at the edges", []string{"\u0301e\u0301", "\u0301", "ÉTÉ", "été 2020"}},
		{"invalid UTF-8 and separators", []string{"a\xffbc\u2028de", "x", "\xc3", "the 1990s"}},
		{"one-letter and stop words", []string{"a b c de la et", "the of", "ou", "an"}},
	}
	for _, tt := range tests {
		r := &termReader{dict: newDict()}
		var got []string
		for _, id := range r.docTerms(tt.texts...) {
			got = append(got, r.dict.terms[id])
		}
		slices.Sort(got) // docTerms sorts by number
		want := Terms(strings.Join(tt.texts, " "))
		slices.Sort(want)
		want = slices.Compact(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: docTerms = %q, want %q", tt.name, got, want)
		}
	}
}
