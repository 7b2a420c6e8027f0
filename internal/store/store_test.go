package store

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// words is a table of strings kept on disk.
var words = &Table[string]{
	Name:   "words",
	Encode: func(s string) []byte { return []byte(s) },
	Decode: func(b []byte) (string, error) {
		if strings.HasPrefix(string(b), "bad") {
			return "", errors.New("bad value")
		}
		return string(b), nil
	},
}

// counts is a table kept in memory only.
var counts = &Table[int]{Name: "counts"}

// rows lingers.
var rows = &Table[string]{Name: "rows", Linger: true, Encode: words.Encode, Decode: words.Decode}

func key(s string) uint64 { return Texts(s) }

func TestNilStore(t *testing.T) {
	var s *Store
	s.Begin()
	words.Put(s, 1, "a")
	if _, ok := words.Get(s, 1); ok {
		t.Error("a nil store holds a value")
	}
	if err := s.Save(); err != nil {
		t.Error(err)
	}
}

func TestBeginDropsWhatABuildDidNotUse(t *testing.T) {
	s := New()
	s.Begin()
	counts.Put(s, key("a"), 1)
	counts.Put(s, key("b"), 2)
	s.Begin()
	if v, ok := counts.Get(s, key("a")); !ok || v != 1 {
		t.Fatalf("the build after: a = %d, %v; want 1, true", v, ok)
	}
	s.Begin()
	if _, ok := counts.Get(s, key("b")); ok {
		t.Error("b, unused by the build before, is still held")
	}
	if _, ok := counts.Get(s, key("a")); !ok {
		t.Error("a, used by the build before, is gone")
	}
}

func TestLinger(t *testing.T) {
	s := New()
	s.Begin()
	for i := range 10 {
		rows.Put(s, uint64(i), strconv.Itoa(i))
	}
	for range 3 {
		s.Begin()
		rows.Get(s, 0) // a build that draws one row
	}
	if _, ok := rows.Get(s, 9); !ok {
		t.Error("a row unused for three builds is gone from a table far under twice its most")
	}
	// Builds that each draw five new rows and none of the old: once the
	// table holds more than twice the most a build used, what the last
	// build did not use goes.
	for b := range 4 {
		s.Begin()
		for i := range 5 {
			rows.Put(s, uint64(100+5*b+i), "new")
		}
	}
	s.Begin()
	if _, ok := rows.Get(s, 9); ok {
		t.Error("rows unused by the last builds are kept past twice the most a build used")
	}
	if _, ok := rows.Get(s, 115); !ok {
		t.Error("a row the last build drew is gone")
	}
}

func TestDisk(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".timeline-cache")
	s := Open(dir)
	if n := s.Notes(); len(n) != 0 {
		t.Fatalf("notes of a missing folder: %v", n)
	}
	s.Begin()
	for i := range 100 {
		words.Put(s, key(strconv.Itoa(i)), "w"+strconv.Itoa(i))
	}
	counts.Put(s, 7, 7)
	s.Prepare("words")
	words.Put(s, key("late"), "put after Prepare")
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}

	s = Open(dir)
	if n := s.Notes(); len(n) != 0 {
		t.Fatalf("notes: %v", n)
	}
	s.Begin()
	for i := range 100 {
		if v, ok := words.Get(s, key(strconv.Itoa(i))); !ok || v != "w"+strconv.Itoa(i) {
			t.Fatalf("value %d read back as %q, %v", i, v, ok)
		}
	}
	if v, ok := words.Get(s, key("late")); !ok || v != "put after Prepare" {
		t.Errorf("the value put after Prepare read back as %q, %v", v, ok)
	}
	if _, ok := counts.Get(s, 7); ok {
		t.Error("a table kept in memory only was read from disk")
	}
	// A build that uses half the values: Save leaves the others out.
	s = Open(dir)
	s.Begin()
	for i := range 50 {
		words.Get(s, key(strconv.Itoa(i)))
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	s = Open(dir)
	s.Begin()
	if _, ok := words.Get(s, key("70")); ok {
		t.Error("a value the last build did not use is still on disk")
	}
	if _, ok := words.Get(s, key("10")); !ok {
		t.Error("a value the last build used is gone")
	}
}

func TestDamagedFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".timeline-cache")
	s := Open(dir)
	s.Begin()
	words.Put(s, key("a"), "bad value")
	words.Put(s, 5, "five")
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	// A value its table cannot decode is not held, and is dropped.
	s = Open(dir)
	s.Begin()
	if _, ok := words.Get(s, key("a")); ok {
		t.Error("a value that does not decode is held")
	}
	// A damaged file, a file of another format, a truncated one: each
	// left out with a note.
	files, _ := filepath.Glob(filepath.Join(dir, "words-*.bin"))
	if len(files) == 0 {
		t.Fatal("no file written")
	}
	for _, c := range []struct {
		name   string
		damage func([]byte) []byte
		note   string
	}{
		{"checksum", func(b []byte) []byte { b[len(b)-1] ^= 1; return b }, "damaged"},
		{"truncated", func(b []byte) []byte { return b[:len(b)-1] }, "truncated"},
		{"format", func(b []byte) []byte { b[len(magic)]++; return b }, "another version"},
		{"program", func(b []byte) []byte { b[len(magic)+4]++; return b }, "another build"},
		{"not ours", func(b []byte) []byte { return []byte("hello") }, "not a timeline cache file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			orig, err := os.ReadFile(files[0])
			if err != nil {
				t.Fatal(err)
			}
			defer os.WriteFile(files[0], orig, 0o644)
			if err := os.WriteFile(files[0], c.damage(append([]byte(nil), orig...)), 0o644); err != nil {
				t.Fatal(err)
			}
			s := Open(dir)
			notes := strings.Join(s.Notes(), "\n")
			if !strings.Contains(notes, c.note) {
				t.Errorf("notes %q do not say %q", notes, c.note)
			}
		})
	}
}

func TestOpenNotAFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".timeline-cache")
	if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := Open(path)
	if n := s.Notes(); len(n) != 1 || !strings.Contains(n[0], "not a folder") {
		t.Errorf("notes = %v", n)
	}
	s.Begin()
	words.Put(s, 1, "x")
	if err := s.Save(); err != nil {
		t.Errorf("Save of a store whose folder is a file: %v", err)
	}
}

func TestHashFields(t *testing.T) {
	if Texts("ab", "c") == Texts("a", "bc") {
		t.Error(`("ab", "c") and ("a", "bc") hash alike`)
	}
	// The algorithm is part of the site (search document ids): a known value.
	h := NewHash()
	h.Text("2023-09-19")
	h.Text("a1")
	if got, want := h.Sum(), Texts("2023-09-19", "a1"); got != want {
		t.Errorf("Texts = %x, Hash = %x", want, got)
	}
}

func TestDiskStoreKeepsWhatItSaves(t *testing.T) {
	s := Open(filepath.Join(t.TempDir(), ".timeline-cache"))
	s.Begin()
	counts.Put(s, 1, 1)
	words.Put(s, 1, "one")
	if _, ok := counts.Get(s, 1); ok {
		t.Error("a store read from disk keeps a value of a table it does not save")
	}
	if _, ok := words.Get(s, 1); !ok {
		t.Error("a store read from disk does not keep a value it saves")
	}
	s.Live()
	counts.Put(s, 1, 1)
	if _, ok := counts.Get(s, 1); !ok {
		t.Error("a live store does not keep a value of a table kept in memory")
	}
}

func TestOpenRemovesTheOldCache(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".timeline-cache")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	old := []string{"articles-03.gob", "files.gob", "search.gob", "rows.gob"}
	kept := []string{"notes.txt", "articles.gob.bak"}
	for _, n := range append(old, kept...) {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	Open(dir)
	for _, n := range old {
		if _, err := os.Stat(filepath.Join(dir, n)); err == nil {
			t.Errorf("%s, of the cache before the store, is still there", n)
		}
	}
	for _, n := range kept {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s, no file of the cache, was removed", n)
		}
	}
}
