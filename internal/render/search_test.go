package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

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

// index is a search index read as site.js reads it.
type index struct {
	files  map[string][]byte
	count  int
	chunks [][3]any
	docs   map[int64]json.RawMessage // every document, from the files of documents
	ids    []int64                   // sorted
	named  map[string]string         // "event#anchor": its id
}

// readIndex reads the index of files, checking what site.js relies on.
func readIndex(t *testing.T, files []File) *index {
	t.Helper()
	x := &index{files: map[string][]byte{}, docs: map[int64]json.RawMessage{}, named: map[string]string{}}
	for _, f := range files {
		x.files[f.Path] = f.Data
		if base := path.Base(f.Path); f.Path != searchDir+"manifest.json" && base != contentName(f.Data)+".json" {
			t.Errorf("%s: not named by its bytes (%s)", f.Path, contentName(f.Data))
		}
	}
	var m struct {
		V, Count           int
		Chunks             []string
		Dirs, Names, Slots any
	}
	dec := json.NewDecoder(bytes.NewReader(x.files[searchDir+"manifest.json"]))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	if m.V != searchVersion {
		t.Fatalf("manifest version %d, want %d", m.V, searchVersion)
	}
	x.count = m.Count
	for _, c := range m.Chunks {
		x.chunks = append(x.chunks, [3]any{c[nameLen+1:], c[nameLen] == '=', c[:nameLen]})
	}
	firsts := decodePostings(m.Dirs.(string))
	names := m.Names.(string)
	if len(names) != len(firsts)*nameLen {
		t.Fatalf("%d directories, %d bytes of names", len(firsts), len(names))
	}
	for i, first := range firsts {
		name := names[i*nameLen : (i+1)*nameLen]
		var dir [][2]any
		dec := json.NewDecoder(bytes.NewReader(x.files[searchDir+"x/"+name+".json"]))
		dec.UseNumber()
		if err := dec.Decode(&dir); err != nil {
			t.Fatalf("directory %s: %v", name, err)
		}
		if dir[0][0] != json.Number(strconv.FormatInt(first, 10)) {
			t.Errorf("directory %s starts at %s, the manifest says %d", name, dir[0][0], first)
		}
		for _, f := range dir {
			var docs map[string]json.RawMessage
			if err := json.Unmarshal(x.files[searchDir+"d/"+f[1].(string)+".json"], &docs); err != nil {
				t.Fatalf("file %s: %v", f[1], err)
			}
			first, _ := f[0].(json.Number).Int64()
			for k, raw := range docs {
				id, err := strconv.ParseInt(k, 10, 64)
				if err != nil || id < first {
					t.Errorf("file %s from %d holds document %q", f[1], first, k)
				}
				x.docs[id] = raw
				x.ids = append(x.ids, id)
				var d []any
				if err := json.Unmarshal(raw, &d); err != nil {
					t.Fatal(err)
				}
				x.named[fmt.Sprint(d[0], "#", d[1])] = k
			}
		}
	}
	slices.Sort(x.ids)
	if len(x.docs) != m.Count || len(x.ids) != m.Count {
		t.Fatalf("the files of documents hold %d, the manifest says %d", len(x.docs), m.Count)
	}
	return x
}

// chunk returns chunk i of the manifest.
func (x *index) chunk(t *testing.T, i int) (c struct {
	T map[string]string
	D map[string]json.RawMessage
}) {
	t.Helper()
	if err := json.Unmarshal(x.files[searchDir+"t/"+x.chunks[i][2].(string)+".json"], &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestSearchIndex reads the index of a generated site the way site.js
// does: every term's results are the documents that hold it, in date
// order, and the chunks a word needs hold the documents of its first
// page of results.
func TestSearchIndex(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(dir, 150, 1); err != nil {
		t.Fatal(err)
	}
	s, tl := loadSite(t, dir)
	files, err := s.searchFiles(tl, nil)
	if err != nil {
		t.Fatal(err)
	}
	x := readIndex(t, files)
	if len(x.chunks) < 2 {
		t.Fatalf("%d chunks: the test needs an index of several", len(x.chunks))
	}
	// Ids in date order: the order of the events, each event's documents
	// together.
	var events []string
	for _, id := range x.ids {
		var d []any
		json.Unmarshal(x.docs[id], &d)
		if ev := d[0].(string); len(events) == 0 || events[len(events)-1] != ev {
			events = append(events, ev)
		}
	}
	var want []string
	for _, ev := range tl.Events {
		want = append(want, ev.ID)
	}
	if !slices.Equal(events, want) {
		t.Errorf("documents in id order are not in the events' order")
	}
	wantPostings := map[string][]int64{} // term: the documents whose text holds it
	for _, id := range x.ids {
		var d []any
		json.Unmarshal(x.docs[id], &d)
		text := fmt.Sprint(d[4], " ", d[6], " ", d[5], " ", d[2])
		for _, w := range Terms(text) {
			if p := wantPostings[w]; len(p) == 0 || p[len(p)-1] != id {
				wantPostings[w] = append(p, id)
			}
		}
	}
	for i := range x.chunks {
		for term, enc := range x.chunk(t, i).T {
			if got := decodePostings(enc); !slices.Equal(got, wantPostings[term]) {
				t.Errorf("%q: results %v, want %v", term, got, wantPostings[term])
			}
			delete(wantPostings, term)
		}
	}
	for term := range wantPostings {
		t.Errorf("%q is in no chunk", term)
	}
	// A word's first page, from the chunks chunksFor fetches alone.
	for _, w := range []string{"chouchi", "susa", "stepanakert", "latchine", "evacue", "bombard", "aliev", "cessez", "armee", "arme", "2020", "bakou"} {
		var ids []int64
		known := map[string]json.RawMessage{}
		for i, c := range x.chunks {
			key, exact := c[0].(string), c[1].(bool)
			if !strings.HasPrefix(key, w) && (exact || !strings.HasPrefix(w, key)) {
				continue
			}
			c := x.chunk(t, i)
			for term, enc := range c.T {
				if strings.HasPrefix(term, w) {
					ids = append(ids, decodePostings(enc)...)
				}
			}
			maps.Copy(known, c.D)
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		if len(ids) == 0 {
			t.Errorf("%q finds nothing: choose another word", w)
		}
		for _, id := range ids[:min(firstPage, len(ids))] {
			if got, ok := known[strconv.FormatInt(id, 10)]; !ok || !bytes.Equal(got, x.docs[id]) {
				t.Errorf("%q: document %d of the first page is %s in its chunks, want %s", w, id, got, x.docs[id])
			}
		}
	}
}

// TestSearchRebuild changes the site and builds the index again with the
// memo of the build before, in memory and from the state a build on disk
// keeps: the index is the one a clean build makes; the
// documents of the events the change does not touch keep their ids; and
// most files, a chunk of terms the change does not touch among them, keep
// their names and bytes.
func TestSearchRebuild(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, dir string) // returns nothing: the site in dir changes
	}{
		{"article added", func(t *testing.T, dir string) {
			if _, err := corpus.Add(dir, 150, 1); err != nil {
				t.Fatal(err)
			}
		}},
		{"article removed", func(t *testing.T, dir string) {
			names, _ := filepath.Glob(filepath.Join(dir, "content", "*.md"))
			if err := os.Remove(names[len(names)/2]); err != nil {
				t.Fatal(err)
			}
		}},
		{"article edited", func(t *testing.T, dir string) {
			names, _ := filepath.Glob(filepath.Join(dir, "content", "*.md"))
			data, err := os.ReadFile(names[len(names)/3])
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(names[len(names)/3], append(data, "\n\nLe 3 mars 2021, Zorglub est venu.\n"...), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := corpus.Write(dir, 150, 1); err != nil {
				t.Fatal(err)
			}
			memo := NewMemo()
			s, tl := loadSite(t, dir)
			before, err := s.searchFiles(tl, memo)
			if err != nil {
				t.Fatal(err)
			}
			state := memo.SearchState()
			tt.change(t, dir)
			s, tl = loadSite(t, dir)
			after, err := s.searchFiles(tl, memo)
			if err != nil {
				t.Fatal(err)
			}
			clean, err := s.searchFiles(tl, nil)
			if err != nil {
				t.Fatal(err)
			}
			// On disk: from the state kept, with the files of the build
			// before in the output.
			output := map[string][]byte{}
			for _, f := range before {
				output[f.Path] = f.Data
			}
			lean := NewMemo()
			lean.UseSearchState(state, func(p string) bool { return output[p] != nil })
			onDisk, err := s.searchFiles(tl, lean)
			if err != nil {
				t.Fatal(err)
			}
			reused := 0
			for i, f := range onDisk {
				if f.Data == nil {
					onDisk[i].Data = output[f.Path]
					reused++
				}
			}
			if reused == 0 {
				t.Error("the rebuild from the state kept made every file again")
			}
			for name, got := range map[string][]File{"in memory": after, "on disk": onDisk} {
				if len(got) != len(clean) {
					t.Fatalf("the rebuild %s makes %d files, a clean build %d", name, len(got), len(clean))
				}
				for i := range got {
					if got[i].Path != clean[i].Path || !bytes.Equal(got[i].Data, clean[i].Data) {
						t.Fatalf("the rebuild's %s %s differs from the clean build's %s", name, got[i].Path, clean[i].Path)
					}
				}
			}
			old, cur := readIndex(t, before), readIndex(t, after)
			// The events the change touched: those whose documents differ.
			touched := map[string]bool{}
			for name, id := range cur.named {
				n, _ := strconv.ParseInt(id, 10, 64)
				if oid, ok := old.named[name]; !ok || !bytes.Equal(old.docs[mustInt(oid)], cur.docs[n]) {
					touched[strings.Split(name, "#")[0]] = true
				}
			}
			for name := range old.named {
				if _, ok := cur.named[name]; !ok {
					touched[strings.Split(name, "#")[0]] = true
				}
			}
			if len(touched) == 0 {
				t.Fatal("the change touched no document")
			}
			n := 0
			for name, id := range old.named {
				if touched[strings.Split(name, "#")[0]] {
					continue
				}
				n++
				if cur.named[name] != id {
					t.Errorf("%s: id %s, was %s, though its event is untouched", name, cur.named[name], id)
				}
			}
			if n == 0 {
				t.Error("no document of an untouched event")
			}
			same, untouched := 0, 0
			kept, all := map[string]int{}, map[string]int{}
			for p, data := range old.files {
				all[path.Base(path.Dir(p))]++
				if bytes.Equal(cur.files[p], data) {
					same++
					kept[path.Base(path.Dir(p))]++
				}
			}
			// A chunk none of whose terms the touched documents hold.
			words := map[string]bool{}
			for _, x := range []*index{old, cur} {
				for _, id := range x.ids {
					var d []any
					json.Unmarshal(x.docs[id], &d)
					if touched[d[0].(string)] {
						for _, w := range Terms(fmt.Sprint(d[4], " ", d[6], " ", d[5], " ", d[2])) {
							words[w] = true
						}
					}
				}
			}
			for i, c := range cur.chunks {
				free := true
				for term := range cur.chunk(t, i).T {
					free = free && !words[term]
				}
				if free {
					untouched++
					if p := searchDir + "t/" + c[2].(string) + ".json"; !bytes.Equal(cur.files[p], old.files[p]) {
						t.Errorf("chunk %q holds no touched term, but its file %s is new", c[0], p)
					}
				}
			}
			if untouched == 0 {
				t.Error("every chunk holds a touched term: the test checks nothing")
			}
			// Of the documents, only the files holding those of the touched
			// events change.
			if kept["d"] < all["d"]-len(touched)*2 {
				t.Errorf("%d of %d files of documents kept, with %d events touched: the change rewrote too much", kept["d"], all["d"], len(touched))
			}
			t.Logf("%d events touched, %d of %d files kept (%v), %d untouched chunks", len(touched), same, len(old.files), kept, untouched)
		})
	}
}

func mustInt(s string) int64 {
	n, _ := strconv.ParseInt(s, 10, 64)
	return n
}

// BenchmarkSearchIndex writes the search index of 1,000 generated articles.
func BenchmarkSearchIndex(b *testing.B) {
	s, tl := benchSite(b)
	b.ResetTimer()
	size := 0
	for range b.N {
		files, err := s.searchFiles(tl, nil)
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

// TestSearchStateDamaged checks that a state that does not hold together
// is not used: the rebuild then makes every file.
func TestSearchStateDamaged(t *testing.T) {
	s, tl := seedSite(t)
	memo := NewMemo()
	if _, err := s.searchFiles(tl, memo); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		damage func(st *SearchState)
	}{
		{"documents cut short", func(st *SearchState) { st.Docs = st.Docs[:len(st.Docs)-1] }},
		{"a document too many", func(st *SearchState) { st.Docs = append(st.Docs, st.Docs[:20]...) }},
		{"counts and events apart", func(st *SearchState) { st.Counts = st.Counts[1:] }},
		{"a term out of range", func(st *SearchState) { st.Terms = st.Terms[:1] }},
	}
	for _, tt := range tests {
		st := memo.SearchState()
		tt.damage(st)
		lean := NewMemo()
		lean.UseSearchState(st, func(string) bool { return true })
		if lean.search.events != nil || lean.search.files != nil {
			t.Errorf("%s: the state was used", tt.name)
		}
	}
}

// TestAppendJSONString checks that a string is written as json.Marshal
// writes it: as it is, and escaped, every ASCII byte among others.
func TestAppendJSONString(t *testing.T) {
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
		if got := appendJSONString([]byte("x"), s); string(got) != "x"+string(want) {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got[1:], want)
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
		sm := &searchMemo{termID: map[string]int32{}}
		var got []string
		for _, id := range sm.docTerms(tt.texts...) {
			got = append(got, sm.terms[id])
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

// BenchmarkAppendJSONString writes a sentence of a French article as a
// JSON string.
func BenchmarkAppendJSONString(b *testing.B) {
	const s = "Le 27 septembre 2020, l’Azerbaïdjan a lancé une offensive de grande ampleur contre " +
		"le Haut-Karabakh, a déclaré le ministère arménien de la Défense, « sans préavis »."
	var buf []byte
	b.SetBytes(int64(len(s)))
	for range b.N {
		buf = appendJSONString(buf[:0], s)
	}
}
