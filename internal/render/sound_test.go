package render

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"timeline/internal/corpus"
)

// drawn is a page as a build drew it: its key and its bytes.
type drawn struct {
	key  uint64
	data []byte
}

// recorder is a store.Output that keeps what it is given.
type recorder struct {
	mu    sync.Mutex
	files map[string]drawn
}

func (r *recorder) Has(string, uint64) bool        { return false }
func (r *recorder) Keeps() bool                    { return true }
func (r *recorder) Before(string) ([]byte, uint64) { return nil, 0 }
func (r *recorder) Put(path string, key uint64, parts ...[]byte) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.files[path] = drawn{key, bytes.Join(parts, nil)}
	return nil
}

// drawSite draws every page of the site in dir, with its key.
func drawSite(t testing.TB, dir string) map[string]drawn {
	t.Helper()
	s, tl := loadSite(t, dir)
	out := &recorder{files: map[string]drawn{}}
	if _, probs := s.Write(context.Background(), tl, nil, out, nil); probs.HasErrors() {
		t.Fatal(probs)
	}
	return out.files
}

// siteEdit is a change an editor makes to a site's files.
type siteEdit struct {
	name string
	do   func(t testing.TB, dir string)
}

// frontLine is a line of front matter that edits can change: a key and a
// quoted value or a date.
var frontLine = regexp.MustCompile(`(?m)^(\w+) = ("[^"\n]*"|\d{4}-\d\d-\d\d)$`)

// edits returns, for the articles of the site in dir, one edit of each
// value of their front matter, of their text (a word of a dated sentence,
// a sentence with a new date, a paragraph less), and an article added and
// one removed: what a key must see.
func edits(t testing.TB, dir string, articles int) []siteEdit {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "content", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no article in %s: %v", dir, err)
	}
	sort.Strings(files)
	if len(files) > articles { // some, from the first on
		step := len(files) / articles
		var some []string
		for i := 0; i < len(files) && len(some) < articles; i += step {
			some = append(some, files[i])
		}
		files = some
	}
	var out []siteEdit
	rewrite := func(name, file string, f func(string) string) {
		rel, _ := filepath.Rel(dir, file)
		out = append(out, siteEdit{name + " in " + rel, func(t testing.TB, dir string) {
			p := filepath.Join(dir, rel)
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			changed := f(string(data))
			if changed == string(data) {
				t.Fatalf("%s: %s changes nothing", rel, name)
			}
			if err := os.WriteFile(p, []byte(changed), 0o644); err != nil {
				t.Fatal(err)
			}
		}})
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		front, _, _ := strings.Cut(strings.TrimPrefix(string(data), "+++\n"), "+++\n")
		front, _, _ = strings.Cut(front, "[[") // the keys of the article, not of its tables
		for _, m := range frontLine.FindAllStringSubmatch(front, -1) {
			key, value := m[1], m[2]
			var changed string
			switch {
			case key == "language":
				changed = map[bool]string{true: `"en"`, false: `"fr"`}[value == `"fr"`]
			case key == "url" && value == `""`:
				changed = `"https://example.org/b"`
			case key == "url":
				changed = strings.TrimSuffix(value, `"`) + `-b"`
			case strings.HasPrefix(value, `"`):
				changed = strings.TrimSuffix(value, `"`) + ` bis"`
			default: // a date: the day before
				changed = value[:8] + fmt.Sprintf("%02d", max(1, int(value[8]-'0')*10+int(value[9]-'0')-1))
				if changed == value {
					changed = value[:8] + "02"
				}
			}
			line := key + " = " + value
			rewrite(key+" changed", file, func(s string) string { return strings.Replace(s, line, key+" = "+changed, 1) })
		}
		rewrite("a sentence with a new date", file, func(s string) string {
			return s + "\nLe 3 mars 2021, une délégation s'est rendue à Goris.\n"
		})
		rewrite("a word of the text", file, func(s string) string {
			front, body, _ := strings.Cut(strings.TrimPrefix(s, "+++\n"), "+++\n")
			i := strings.Index(body, " ")
			return "+++\n" + front + "+++\n" + body[:i] + " bien" + body[i:]
		})
		rewrite("a paragraph less", file, func(s string) string {
			s = strings.TrimRight(s, "\n")
			if i := strings.LastIndex(s, "\n\n"); i > strings.LastIndex(s, "+++") {
				return s[:i] + "\n"
			}
			return s
		})
	}
	first := files[0]
	rel, _ := filepath.Rel(dir, first)
	out = append(out, siteEdit{"an article added", func(t testing.TB, dir string) {
		data, err := os.ReadFile(filepath.Join(dir, rel))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "content", "9999-copie.md"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}}, siteEdit{"an article removed: " + rel, func(t testing.TB, dir string) {
		if err := os.Remove(filepath.Join(dir, rel)); err != nil {
			t.Fatal(err)
		}
	}})
	return out
}

// copyDir copies the site folder src into a new temporary folder.
func copyDir(t testing.TB, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestKeysSound checks what a page's key promises: a page that keeps its
// key through an edit draws the same bytes. It edits the sites of the
// golden tests every way an editor does (each value of each article's
// front matter, its text, an article more or less), draws every page
// before and after, and fails on a page whose key stayed while its bytes
// changed: a view that shows what its key does not cover (its input, for
// the pages a rebuild skips: see keys.go). It is how a key that misses a
// field is found, whatever view or input the field is added to.
func TestKeysSound(t *testing.T) {
	small := "../build/testdata/site"
	large := t.TempDir()
	if err := corpus.Write(large, 200, 3); err != nil { // split months, split events, pages of lists
		t.Fatal(err)
	}
	for _, site := range []struct {
		name     string
		dir      string
		articles int // the articles edited
	}{{"small site", small, 10}, {"200 articles", large, 1}} {
		t.Run(site.name, func(t *testing.T) {
			base := drawSite(t, site.dir)
			for _, e := range edits(t, site.dir, site.articles) {
				dir := copyDir(t, site.dir)
				e.do(t, dir)
				after := drawSite(t, dir)
				for path, b := range base {
					if a, ok := after[path]; ok && a.key == b.key && a.key != 0 && !bytes.Equal(a.data, b.data) {
						t.Errorf("%s: %s keeps its key but not its bytes: its view shows something its key does not cover", e.name, path)
					}
				}
			}
		})
	}
}
