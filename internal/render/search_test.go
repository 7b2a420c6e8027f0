package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"timeline/internal/corpus"
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

// decodePostings mirrors site.js's decode.
func decodePostings(s string) []int {
	var out []int
	id, d, scale := 0, 0, 1
	for i := range len(s) {
		v := strings.IndexByte(digits, s[i])
		if v >= 32 {
			d += (v - 32) * scale
			scale *= 32
			continue
		}
		id += d + v*scale
		out = append(out, id)
		d, scale = 0, 1
	}
	return out
}

func TestEncodePostings(t *testing.T) {
	tests := []struct {
		name string
		ids  []int
	}{
		{"the first document", []int{0}},
		{"close documents, a digit each", []int{0, 1, 2, 31, 62}},
		{"a delta of exactly 32 takes two digits", []int{32, 64}},
		{"far apart", []int{5, 1_000, 33_000, 1 << 20, 1<<30 + 7}},
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

// TestSearchIndex reads the index of a generated site the way site.js
// does: every term's results are the documents that hold it, and the
// chunks a word needs hold the documents of its first page of results.
func TestSearchIndex(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(dir, 150, 1); err != nil {
		t.Fatal(err)
	}
	s, tl := loadSite(t, dir)
	files, err := s.searchFiles(tl)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string][]byte{}
	for _, f := range files {
		byPath[f.Path] = f.Data
	}
	var m struct {
		Per, Count int
		Hash       string
		Chunks     [][2]any
	}
	if err := json.Unmarshal(byPath[searchDir+"manifest.json"], &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Chunks) < 2 {
		t.Fatalf("%d chunks: the test needs an index of several", len(m.Chunks))
	}
	var docs []json.RawMessage // every document, from the files of 25
	for n := 0; ; n++ {
		data, ok := byPath[fmt.Sprintf("%sd/%d.%s.json", searchDir, n, m.Hash)]
		if !ok {
			break
		}
		var file []json.RawMessage
		if err := json.Unmarshal(data, &file); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, file...)
	}
	if len(docs) != m.Count {
		t.Fatalf("the files of documents hold %d, the manifest says %d", len(docs), m.Count)
	}
	want := map[string][]int{} // term: the documents whose text holds it
	for id, raw := range docs {
		var d []any
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatal(err)
		}
		text := fmt.Sprint(d[4], " ", d[6], " ", d[5], " ", d[2])
		for _, w := range Terms(text) {
			if p := want[w]; len(p) == 0 || p[len(p)-1] != id {
				want[w] = append(p, id)
			}
		}
	}
	type chunk struct {
		T map[string]string
		D map[string]json.RawMessage
	}
	chunks := make([]chunk, len(m.Chunks))
	for i := range chunks {
		if err := json.Unmarshal(byPath[fmt.Sprintf("%st/%d.%s.json", searchDir, i, m.Hash)], &chunks[i]); err != nil {
			t.Fatal(err)
		}
		for term, enc := range chunks[i].T {
			if got := decodePostings(enc); !slices.Equal(got, want[term]) {
				t.Errorf("%q: results %v, want %v", term, got, want[term])
			}
			delete(want, term)
		}
	}
	for term := range want {
		t.Errorf("%q is in no chunk", term)
	}
	// A word's first page, from the chunks chunksFor fetches alone.
	for _, w := range []string{"chouchi", "susa", "stepanakert", "latchine", "evacue", "bombard", "aliev", "cessez", "armee", "arme", "2020", "bakou"} {
		var ids []int
		known := map[string]json.RawMessage{}
		for i, c := range m.Chunks {
			key, exact := c[0].(string), c[1].(float64) == 1
			if !strings.HasPrefix(key, w) && (exact || !strings.HasPrefix(w, key)) {
				continue
			}
			for term, enc := range chunks[i].T {
				if strings.HasPrefix(term, w) {
					ids = append(ids, decodePostings(enc)...)
				}
			}
			maps.Copy(known, chunks[i].D)
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		if len(ids) == 0 {
			t.Errorf("%q finds nothing: choose another word", w)
		}
		for _, id := range ids[:min(firstPage, len(ids))] {
			if got, ok := known[strconv.Itoa(id)]; !ok || !bytes.Equal(got, docs[id]) {
				t.Errorf("%q: document %d of the first page is %s in its chunks, want %s", w, id, got, docs[id])
			}
		}
	}
}

// BenchmarkSearchIndex writes the search index of 1,000 generated articles.
func BenchmarkSearchIndex(b *testing.B) {
	dir := b.TempDir()
	if err := corpus.Write(dir, 1000, 1); err != nil {
		b.Fatal(err)
	}
	s, tl := loadSite(b, dir)
	b.ResetTimer()
	size := 0
	for range b.N {
		files, err := s.searchFiles(tl)
		if err != nil {
			b.Fatal(err)
		}
		size = 0
		for _, f := range files {
			size += len(f.Data)
		}
	}
	b.ReportMetric(float64(size)/1e6, "MB")
}
