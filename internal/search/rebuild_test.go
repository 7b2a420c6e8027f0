package search

import (
	"bytes"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"timeline/internal/corpus"
	"timeline/internal/store"
	"timeline/internal/timeline"
)

// changes are the changes to a generated site of 150 articles a rebuild
// is tested after.
var changes = []struct {
	name   string
	change func(t *testing.T, dir string)
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

// build writes the index of tl with st into out, as a build does: the
// store begins the build, and, on disk, saves what it kept.
func build(t *testing.T, tl *timeline.Timeline, lang string, st *store.Store, out *memOutput) {
	t.Helper()
	st.Begin()
	if err := Write(tl, lang, st, out); err != nil {
		t.Fatal(err)
	}
	if err := st.Save(); err != nil {
		t.Fatal(err)
	}
}

// TestRebuild changes the site and builds the index again with the store
// of the build before, in memory and on disk (saved, then opened again):
// the index is the one a clean build makes, file for file and in the same
// order; the documents of the events the change does not touch keep
// their ids; and most files, a chunk of terms the change does not touch
// among them, are kept from the output of the build before.
func TestRebuild(t *testing.T) {
	for _, tt := range changes {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := corpus.Write(dir, 150, 1); err != nil {
				t.Fatal(err)
			}
			cache := t.TempDir()
			tl, lang := loadTimeline(t, dir)
			mem, disk := store.New(), store.Open(cache)
			memOut, diskOut := newOutput(), newOutput()
			build(t, tl, lang, mem, memOut)
			build(t, tl, lang, disk, diskOut)
			tt.change(t, dir)
			tl, _ = loadTimeline(t, dir)
			clean := newOutput()
			build(t, tl, lang, nil, clean)
			after := map[string]*memOutput{"in memory": memOut.next(), "on disk": diskOut.next()}
			build(t, tl, lang, mem, after["in memory"])
			disk = store.Open(cache)
			if n := disk.Notes(); len(n) > 0 {
				t.Fatalf("the store on disk: %v", n)
			}
			build(t, tl, lang, disk, after["on disk"])
			for name, out := range after {
				if diff := sameFiles(out, clean); diff != "" {
					t.Fatalf("the rebuild %s differs from a clean build: %s", name, diff)
				}
				if out.made == len(out.order) {
					t.Errorf("the rebuild %s made every file again", name)
				}
				t.Logf("%s: %d of %d files made", name, out.made, len(out.order))
			}
			checkRebuild(t, readIndex(t, memOut.data()), readIndex(t, after["in memory"].data()))

			// Nothing changed: the next rebuild makes the manifest alone.
			again := after["in memory"].next()
			build(t, tl, lang, mem, again)
			if again.made != 1 || sameFiles(again, clean) != "" {
				t.Errorf("a rebuild with nothing changed made %d files, want the manifest alone", again.made)
			}
		})
	}
}

// checkRebuild checks that a rebuild, the index cur, kept what a change
// did not touch of the index old of the build before: the ids of the
// documents of the events untouched, the chunks of terms untouched, and
// most files of documents.
func checkRebuild(t *testing.T, old, cur *index) {
	t.Helper()
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
	kept, all := map[string]int{}, map[string]int{}
	for p, data := range old.files {
		all[path.Base(path.Dir(p))]++
		if bytes.Equal(cur.files[p], data) {
			kept[path.Base(path.Dir(p))]++
		}
	}
	// A chunk none of whose terms the touched documents hold.
	words := map[string]bool{}
	for _, x := range []*index{old, cur} {
		for _, id := range x.ids {
			if touched[x.event(id)] {
				for _, w := range Terms(x.text(id)) {
					words[w] = true
				}
			}
		}
	}
	untouched := 0
	for i, c := range cur.chunks {
		free := true
		for term := range cur.chunk(t, i).T {
			free = free && !words[term]
		}
		if free {
			untouched++
			if p := dataDir + "t/" + c[2].(string) + ".json"; !bytes.Equal(cur.files[p], old.files[p]) {
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
	t.Logf("%d events touched, files kept %v of %v, %d untouched chunks", len(touched), kept, all, untouched)
}

func mustInt(s string) int64 {
	n, _ := strconv.ParseInt(s, 10, 64)
	return n
}

// TestFailedBuild checks that a build that fails leaves the state of the
// build before: the next build, from the output of the build before,
// makes the index a clean build makes.
func TestFailedBuild(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(dir, 150, 1); err != nil {
		t.Fatal(err)
	}
	tl, lang := loadTimeline(t, dir)
	st := store.New()
	before := newOutput()
	build(t, tl, lang, st, before)
	if _, err := corpus.Add(dir, 150, 1); err != nil {
		t.Fatal(err)
	}
	tl, _ = loadTimeline(t, dir)
	for _, fail := range []int{1, 3} { // the first file; further on, once documents are made
		failing := before.next()
		failing.fail = fail
		st.Begin()
		if err := Write(tl, lang, st, failing); err == nil {
			t.Fatalf("a build whose output fails at file %d succeeded", fail)
		}
	}
	clean, out := newOutput(), before.next()
	build(t, tl, lang, nil, clean)
	build(t, tl, lang, st, out)
	if diff := sameFiles(out, clean); diff != "" {
		t.Errorf("the build after a failed one differs from a clean build: %s", diff)
	}
	if out.made == len(out.order) {
		t.Error("the build after a failed one made every file again")
	}
}

// TestStateDamaged checks that a state read from disk that does not hold
// together is not used.
func TestStateDamaged(t *testing.T) {
	tl, lang := loadTimeline(t, "../..")
	st := store.New()
	build(t, tl, lang, st, newOutput())
	s, ok := states.Get(st, stateKey(lang))
	if !ok {
		t.Fatal("the build kept no state")
	}
	data := encodeState(s)
	if _, err := decodeState(data); err != nil {
		t.Fatalf("the state as written: %v", err)
	}
	tests := []struct {
		name   string
		damage func(s *state) []byte // returns the state's bytes, damaged
	}{
		{"cut short", func(*state) []byte { return data[:len(data)-1] }},
		{"cut in the middle", func(*state) []byte { return data[:len(data)/2] }},
		{"bytes after", func(*state) []byte { return append(slices.Clip(data), 0) }},
		{"a term out of range", func(s *state) []byte { s.dict.terms = s.dict.terms[:1]; return encodeState(s) }},
		{"a term numbered twice", func(s *state) []byte { s.dict.terms[1] = s.dict.terms[0]; return encodeState(s) }},
		{"a negative id", func(s *state) []byte {
			for _, e := range s.events {
				e[0].id = -1
				break
			}
			return encodeState(s)
		}},
		{"a file's name is a path", func(s *state) []byte {
			for k := range s.files {
				s.files[k] = "../../etc/"
				break
			}
			return encodeState(s)
		}},
	}
	for _, tt := range tests {
		s, err := decodeState(data) // a copy to damage
		if err != nil {
			t.Fatal(err)
		}
		if _, err := decodeState(tt.damage(s)); err == nil {
			t.Errorf("%s: the state was used", tt.name)
		}
	}
}

// sameFiles reports how got differs from want, the output of a clean
// build: its files, their bytes and their order; "" when it does not.
func sameFiles(got, want *memOutput) string {
	if !slices.Equal(got.order, want.order) {
		return "the files come in another order, or are others"
	}
	if !maps.EqualFunc(got.files, want.files, func(a, b memFile) bool { return bytes.Equal(a.data, b.data) }) {
		for p, f := range want.files {
			if !bytes.Equal(got.files[p].data, f.data) {
				return p + " differs"
			}
		}
		return "the files differ"
	}
	return ""
}
