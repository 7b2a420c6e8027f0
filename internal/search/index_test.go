package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"testing"

	"timeline/internal/corpus"
	"timeline/internal/store"
	"timeline/internal/timeline"
)

// index is a search index read as site.js reads it.
type index struct {
	files  map[string][]byte
	count  int
	chunks [][3]any
	docs   map[int64]json.RawMessage // every document, from the files of documents
	ids    []int64                   // sorted
	named  map[string]string         // "event#anchor": its id
}

// readIndex reads the index of files, by path, checking what site.js
// relies on.
func readIndex(t *testing.T, files map[string][]byte) *index {
	t.Helper()
	x := &index{files: files, docs: map[int64]json.RawMessage{}, named: map[string]string{}}
	for p, data := range files {
		if base := path.Base(p); p != dataDir+"manifest.json" && base != contentName(data)+".json" {
			t.Errorf("%s: not named by its bytes (%s)", p, contentName(data))
		}
	}
	var m struct {
		V, Count           int
		Chunks             []string
		Dirs, Names, Slots any
	}
	dec := json.NewDecoder(bytes.NewReader(x.files[dataDir+"manifest.json"]))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	if m.V != version {
		t.Fatalf("manifest version %d, want %d", m.V, version)
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
		x.readDir(t, names[i*nameLen:(i+1)*nameLen], first)
	}
	slices.Sort(x.ids)
	if len(x.docs) != m.Count || len(x.ids) != m.Count {
		t.Fatalf("the files of documents hold %d, the manifest says %d", len(x.docs), m.Count)
	}
	return x
}

// readDir reads the directory name, which the manifest says starts at
// first, and its files of documents.
func (x *index) readDir(t *testing.T, name string, first int64) {
	t.Helper()
	var dir [][2]any
	dec := json.NewDecoder(bytes.NewReader(x.files[dataDir+"x/"+name+".json"]))
	dec.UseNumber()
	if err := dec.Decode(&dir); err != nil {
		t.Fatalf("directory %s: %v", name, err)
	}
	if dir[0][0] != json.Number(strconv.FormatInt(first, 10)) {
		t.Errorf("directory %s starts at %s, the manifest says %d", name, dir[0][0], first)
	}
	for _, f := range dir {
		var docs map[string]json.RawMessage
		if err := json.Unmarshal(x.files[dataDir+"d/"+f[1].(string)+".json"], &docs); err != nil {
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

// chunk returns chunk i of the manifest.
func (x *index) chunk(t *testing.T, i int) (c struct {
	T map[string]string
	D map[string]json.RawMessage
}) {
	t.Helper()
	if err := json.Unmarshal(x.files[dataDir+"t/"+x.chunks[i][2].(string)+".json"], &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// text returns the texts of document id joined, as its terms are found.
func (x *index) text(id int64) string {
	var d []any
	json.Unmarshal(x.docs[id], &d)
	return fmt.Sprint(d[4], " ", d[6], " ", d[5], " ", d[2])
}

// event returns the event of document id.
func (x *index) event(id int64) string {
	var d []any
	json.Unmarshal(x.docs[id], &d)
	return d[0].(string)
}

// TestIndex reads the index of a generated site the way site.js does:
// every term's results are the documents that hold it, in date order,
// and the chunks a word needs hold the documents of its first page of
// results.
func TestIndex(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(dir, 150, 1); err != nil {
		t.Fatal(err)
	}
	tl, lang := loadTimeline(t, dir)
	out := newOutput()
	if err := Write(tl, lang, nil, out); err != nil {
		t.Fatal(err)
	}
	x := readIndex(t, out.data())
	if len(x.chunks) < 2 {
		t.Fatalf("%d chunks: the test needs an index of several", len(x.chunks))
	}
	// Ids in date order: the order of the events, each event's documents
	// together.
	var events []string
	for _, id := range x.ids {
		if ev := x.event(id); len(events) == 0 || events[len(events)-1] != ev {
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
		for _, w := range Terms(x.text(id)) {
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
	// A word's first page, from the chunks site.js fetches alone.
	for _, w := range []string{"chouchi", "susa", "stepanakert", "latchine", "evacue", "bombard", "aliev", "cessez", "armee", "arme", "2020", "bakou"} {
		checkFirstPage(t, x, w)
	}
}

// checkFirstPage checks that the chunks a query of word w fetches hold
// the documents of its first page of results.
func checkFirstPage(t *testing.T, x *index, w string) {
	t.Helper()
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

// BenchmarkWrite writes the search index of 1,000 generated articles.
func BenchmarkWrite(b *testing.B) {
	dir := b.TempDir()
	if err := corpus.Write(dir, 1000, 1); err != nil {
		b.Fatal(err)
	}
	tl, lang := loadTimeline(b, dir)
	b.ResetTimer()
	size := 0
	for range b.N {
		out := newOutput()
		if err := Write(tl, lang, nil, out); err != nil {
			b.Fatal(err)
		}
		size = 0
		for _, f := range out.files {
			size += len(f.data)
		}
	}
	b.ReportMetric(float64(size)/1e6, "MB")
}

// BenchmarkRebuild writes the search index of 1,000 generated articles,
// then of those and one more, by turns, with a store in memory: each
// write is a rebuild after an article was added or removed.
func BenchmarkRebuild(b *testing.B) {
	dir := b.TempDir()
	if err := corpus.Write(dir, 1000, 1); err != nil {
		b.Fatal(err)
	}
	tl, lang := loadTimeline(b, dir)
	if _, err := corpus.Add(dir, 1000, 1); err != nil {
		b.Fatal(err)
	}
	more, _ := loadTimeline(b, dir)
	st, out := store.New(), newOutput()
	for _, t := range []*timeline.Timeline{more, tl} {
		st.Begin()
		out = out.next()
		if err := Write(t, lang, st, out); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	made := 0
	for i := range b.N {
		st.Begin()
		out = out.next()
		if err := Write([]*timeline.Timeline{more, tl}[i%2], lang, st, out); err != nil {
			b.Fatal(err)
		}
		made += out.made
	}
	b.ReportMetric(float64(made)/float64(b.N), "files-made/op")
}
