package build

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"timeline/internal/corpus"
	"timeline/internal/render"
)

// copySite copies the repository's site (site.toml, content/, templates/,
// assets/) into a new folder, its files dated a day ago as an archive's
// would be, and returns the folder.
func copySite(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	old := time.Now().Add(-24 * time.Hour)
	for _, name := range []string{"site.toml", "content", render.TemplatesDir, render.AssetsDir} {
		src := filepath.Join(repoSite, name)
		err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(repoSite, p)
			dst := filepath.Join(dir, rel)
			if d.IsDir() {
				return os.MkdirAll(dst, 0o755)
			}
			if strings.HasSuffix(p, ".go") {
				return nil
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if err := os.WriteFile(dst, data, 0o644); err != nil {
				return err
			}
			return os.Chtimes(dst, old, old)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// edit rewrites a file of the site with f.
func edit(t testing.TB, site, name string, f func(string) string) {
	t.Helper()
	p := filepath.Join(site, name)
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	out := f(string(data))
	if out == string(data) {
		t.Fatalf("edit of %s changed nothing", name)
	}
	if err := os.WriteFile(p, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
}

func replace(old, new string) func(string) string {
	return func(s string) string { return strings.Replace(s, old, new, 1) }
}

const seed = "content/2023-09-20-offensive-d-envergure.md"

// changes are the edits an editor makes between two builds.
var changes = []struct {
	name   string
	change func(t testing.TB, site string)
	// some says the rebuild must keep some pages: it is incremental, not
	// a full build in disguise.
	some bool
}{
	{"article added", func(t testing.TB, site string) {
		a := corpus.New(benchSeed, 7)
		if err := os.WriteFile(filepath.Join(site, "content", a.Name), a.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}, true},
	{"article edited: a date", func(t testing.TB, site string) {
		edit(t, site, seed, replace("mardi 19\u00a0septembre", "lundi 18\u00a0septembre"))
	}, true},
	{"article edited: its title", func(t testing.TB, site string) {
		edit(t, site, seed, replace(`title = "L’Azerbaïdjan lance`, `title = "Bakou lance`))
	}, true},
	{"article edited: an ignore entry", func(t testing.TB, site string) {
		edit(t, site, seed, replace("\npublished = ", "\nignore = [\"le 9 septembre\"]\npublished = "))
	}, true},
	{"article edited: an [[event]] added", func(t testing.TB, site string) {
		edit(t, site, seed, replace("\n+++\nClose", "\n[[event]]\ndate = \"2023-08\"\ntext = \"Le blocus se durcit.\"\n+++\nClose"))
	}, true},
	{"article edited: a [[fix]] added", func(t testing.TB, site string) {
		edit(t, site, seed, replace("\n+++\nClose", "\n[[fix]]\nexpression = \"mardi 19 septembre\"\ndate = \"2023-09-18\"\n+++\nClose"))
	}, true},
	{"article edited: a [[speaker]] added", func(t testing.TB, site string) {
		edit(t, site, seed, replace("\n+++\nClose", "\n[[speaker]]\nsentence = \"avertissement brutal\"\nspeaker = \"Le Monde\"\n+++\nClose"))
	}, true},
	{"the site's places.toml: a place renamed, another added", func(t testing.TB, site string) {
		writeData(t, site, "places.toml", "[[place]]\nid = \"stepanakert\"\nname = \"Stepanakert (ville)\"\n\n"+
			"[[place]]\nid = \"caucase\"\nname = \"Caucase\"\nname_en = \"Caucasus\"\nkind = \"region\"\nlat = 42.5\nlon = 45.0\n")
	}, false},
	{"the site's kinds.toml: a signal added", func(t testing.TB, site string) {
		writeData(t, site, "kinds.toml", "[[kind]]\nid = \"statement\"\nfr = [\"avertissement*\"]\n")
	}, false},
	{"article deleted", func(t testing.TB, site string) {
		if err := os.Remove(filepath.Join(site, seed)); err != nil {
			t.Fatal(err)
		}
	}, true},
	{"article renamed", func(t testing.TB, site string) {
		if err := os.Rename(filepath.Join(site, seed), filepath.Join(site, "content/2023-09-20-offensive.md")); err != nil {
			t.Fatal(err)
		}
	}, true},
	{"article touched, not changed", func(t testing.TB, site string) {
		now := time.Now()
		if err := os.Chtimes(filepath.Join(site, seed), now, now); err != nil {
			t.Fatal(err)
		}
	}, true},
	{"template edited", func(t testing.TB, site string) {
		edit(t, site, "templates/event.html", replace(`{{define "main"}}`, `{{define "main"}}<p class="kicker">Événement</p>`))
	}, true},
	{"shared template edited", func(t testing.TB, site string) {
		edit(t, site, "templates/_list.html", replace(`<p class="filter-pages">`, `<p class="filter-pages quote">`))
	}, false},
	{"interface text edited", func(t testing.TB, site string) {
		edit(t, site, "templates/i18n/fr.toml", func(s string) string { return s + "\nunused_key = \"x\"\n" })
	}, false},
	{"stylesheet edited", func(t testing.TB, site string) {
		edit(t, site, "assets/style.css", func(s string) string { return s + "\n.kicker{font-weight:bold}\n" })
	}, false},
	{"site.toml edited: episode bounds moved", func(t testing.TB, site string) {
		edit(t, site, "site.toml", func(s string) string {
			s = strings.Replace(s, "end = 2020-11-10", "end = 2020-10-05", 1)
			return strings.Replace(s, "start = 2020-11-11", "start = 2020-10-06", 1)
		})
	}, false},
	{"site.toml edited: the title", func(t testing.TB, site string) {
		edit(t, site, "site.toml", replace(`title = "Haut-Karabakh : chronologie du conflit"`, `title = "Haut-Karabakh"`))
	}, false},
}

// TestIncrementalEqualsClean checks, for each change, that a rebuild with
// the cache of the build before the change gives the same bytes as a
// clean build of the changed site: in memory as serve keeps it, and on
// disk as build keeps it between runs.
func TestIncrementalEqualsClean(t *testing.T) {
	for _, tt := range changes {
		t.Run(tt.name+"/memory", func(t *testing.T) {
			site := copySite(t)
			c := NewCache()
			make1(t, site, c)
			tt.change(t, site)
			got, sum := make1(t, site, c)
			want, _ := make1(t, site, nil)
			sameFiles(t, got, want)
			if tt.some && sum.PagesUnchanged == 0 {
				t.Errorf("the rebuild rewrote all %d pages", sum.Pages)
			}
		})
		t.Run(tt.name+"/watched", func(t *testing.T) {
			// As serve builds: told by its watcher which files changed,
			// the articles older than the change all taken as cached.
			site := copySite(t)
			c := NewCache()
			make1(t, site, c)
			before := readTree(t, site)
			tt.change(t, site)
			got, _ := makeOpt(t, Options{SiteDir: site, Now: now, Cache: c, Changed: differ(before, readTree(t, site))})
			want, _ := make1(t, site, nil)
			sameFiles(t, got, want)
		})
		t.Run(tt.name+"/disk", func(t *testing.T) {
			site := copySite(t)
			out := filepath.Join(site, "public")
			run1(t, Options{SiteDir: site, DiskCache: true})
			tt.change(t, site)
			sum := run1(t, Options{SiteDir: site, DiskCache: true})
			clean := filepath.Join(t.TempDir(), "clean")
			run1(t, Options{SiteDir: site, Out: clean})
			sameFiles(t, readTree(t, out), readTree(t, clean))
			sameDirs(t, out, clean)
			if tt.some && sum.PagesUnchanged == 0 {
				t.Errorf("the rebuild rewrote all %d pages", sum.Pages)
			}
		})
	}
}

// TestRebuildDoesLittle checks that a rebuild after no change reads no
// article again and writes no file, and that one after an edit reads only
// the edited article.
func TestRebuildDoesLittle(t *testing.T) {
	site := copySite(t)
	first := run1(t, Options{SiteDir: site, DiskCache: true})
	if first.Cached != 0 || first.FilesWritten != first.Files {
		t.Errorf("first build: %d articles from the cache, %d of %d files written", first.Cached, first.FilesWritten, first.Files)
	}
	again := run1(t, Options{SiteDir: site, DiskCache: true})
	if again.Cached != again.Articles || again.FilesWritten != 0 || again.PagesUnchanged != again.Pages {
		t.Errorf("rebuild without change: %d of %d articles from the cache, %d files written, %d of %d pages unchanged",
			again.Cached, again.Articles, again.FilesWritten, again.PagesUnchanged, again.Pages)
	}
	edit(t, site, seed, replace("mardi 19\u00a0septembre", "lundi 18\u00a0septembre"))
	edited := run1(t, Options{SiteDir: site, DiskCache: true})
	if edited.Cached != edited.Articles-1 {
		t.Errorf("rebuild after one edit: %d of %d articles from the cache, want all but one", edited.Cached, edited.Articles)
	}
	if edited.PagesWritten == 0 || edited.PagesWritten >= edited.Pages/2 {
		t.Errorf("rebuild after one edit wrote %d of %d pages", edited.PagesWritten, edited.Pages)
	}
	clean := run1(t, Options{SiteDir: site, Out: filepath.Join(t.TempDir(), "x")})
	if clean.Cached != 0 || clean.PagesWritten != clean.Pages {
		t.Errorf("build without cache: %d articles from a cache, %d of %d pages written", clean.Cached, clean.PagesWritten, clean.Pages)
	}
	if _, err := os.Stat(filepath.Join(t.TempDir(), CacheDir)); err == nil {
		t.Error("a build without DiskCache wrote a cache")
	}
}

// make1 builds site in memory with cache c and returns its files.
func make1(t testing.TB, site string, c *Cache) (map[string][]byte, *Summary) {
	t.Helper()
	return makeOpt(t, Options{SiteDir: site, Now: now, Cache: c})
}

// makeOpt is make1 with options.
func makeOpt(t testing.TB, opt Options) (map[string][]byte, *Summary) {
	t.Helper()
	res, sum, probs := Make(context.Background(), opt)
	if res == nil || probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	files := map[string][]byte{}
	for _, f := range res.Files {
		if f.Parts == nil {
			t.Fatalf("%s: no data in a build kept in memory", f.Path)
		}
		files[f.Path] = f.Bytes()
	}
	return files, sum
}

// run1 builds site to disk and returns the summary.
func run1(t testing.TB, opt Options) *Summary {
	t.Helper()
	opt.Now = now
	sum, probs := Run(context.Background(), opt)
	if probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	return sum
}

// sameFiles reports every file that differs between got and want.
func sameFiles(t testing.TB, got, want map[string][]byte) {
	t.Helper()
	var paths []string
	for p := range want {
		paths = append(paths, p)
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	bad := 0
	for _, p := range paths {
		g, gok := got[p]
		w, wok := want[p]
		switch {
		case !gok:
			t.Errorf("%s: missing from the rebuild", p)
		case !wok:
			t.Errorf("%s: left over in the rebuild", p)
		case !bytes.Equal(g, w):
			t.Errorf("%s: differs from a clean build", p)
		default:
			continue
		}
		if bad++; bad == 10 {
			t.Fatal("…")
		}
	}
}

// TestSearchIndexOnDisk checks the rebuild of the search index from the
// state kept in the cache: a file of the index that is gone from the
// output, or another program changed, is made again, and the output is
// the clean build's.
func TestSearchIndexOnDisk(t *testing.T) {
	for _, damage := range []string{"removed", "changed"} {
		t.Run(damage, func(t *testing.T) {
			site := copySite(t)
			out := filepath.Join(site, "public")
			run1(t, Options{SiteDir: site, DiskCache: true})
			if kept, _ := filepath.Glob(filepath.Join(site, CacheDir, "search-*.bin")); len(kept) == 0 {
				t.Fatal("no state of the search index in the cache")
			}
			chunks, err := filepath.Glob(filepath.Join(out, "search", "data", "t", "*.json"))
			if err != nil || len(chunks) == 0 {
				t.Fatalf("no chunk of terms in the output (%v)", err)
			}
			for _, p := range chunks {
				if damage == "removed" {
					err = os.Remove(p)
				} else {
					err = os.WriteFile(p, []byte("{}"), 0o644)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			a := corpus.New(benchSeed, 7)
			if err := os.WriteFile(filepath.Join(site, "content", a.Name), a.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			run1(t, Options{SiteDir: site, DiskCache: true})
			clean := filepath.Join(t.TempDir(), "clean")
			run1(t, Options{SiteDir: site, Out: clean})
			sameFiles(t, readTree(t, out), readTree(t, clean))
		})
	}
}

// TestRebuildInMemoryWritesNothing checks that a rebuild in memory (what
// serve does) after no change finds every file unchanged, the data files
// kept in pieces among them.
func TestRebuildInMemoryWritesNothing(t *testing.T) {
	site := copySite(t)
	c := NewCache()
	_, first := make1(t, site, c)
	if first.FilesWritten != first.Files {
		t.Errorf("first build: %d of %d files written", first.FilesWritten, first.Files)
	}
	_, again := make1(t, site, c)
	if again.FilesWritten != 0 {
		t.Errorf("rebuild without change: %d of %d files written, want none", again.FilesWritten, again.Files)
	}
}

// differ returns the paths whose bytes differ between two readings of a
// site, or that only one holds: what a watcher reports.
func differ(before, after map[string][]byte) []string {
	var out []string
	for p, b := range before {
		if a, ok := after[p]; !ok || !bytes.Equal(a, b) {
			out = append(out, p)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// TestChangedSparesLooking checks that with Options.Changed the articles
// it does not name are taken from the cache, their files not looked at:
// an edit the watcher did not report is not seen (the next full look sees
// it); and that an article it names is read again, added or removed.
func TestChangedSparesLooking(t *testing.T) {
	other := "content/2023-09-21-defense-aerienne-et-evacuations.md"
	tests := []struct {
		name    string
		change  func(t testing.TB, site string)
		changed []string
		saw     bool // the rebuild shows the change
	}{
		{"an edit reported", func(t testing.TB, site string) {
			edit(t, site, seed, replace(`title = "L’Azerbaïdjan lance`, `title = "Bakou lance`))
		}, []string{seed}, true},
		{"an edit not reported", func(t testing.TB, site string) {
			edit(t, site, seed, replace(`title = "L’Azerbaïdjan lance`, `title = "Bakou lance`))
		}, []string{other}, false},
		{"an edit and a change outside content/", func(t testing.TB, site string) {
			edit(t, site, seed, replace(`title = "L’Azerbaïdjan lance`, `title = "Bakou lance`))
		}, []string{"site.toml", seed}, true},
		{"a file that is not an article: every file looked at", func(t testing.TB, site string) {
			edit(t, site, seed, replace(`title = "L’Azerbaïdjan lance`, `title = "Bakou lance`))
		}, []string{"content/notes.txt"}, true},
		{"a hidden file: not an article, every file looked at", func(t testing.TB, site string) {
			edit(t, site, seed, replace(`title = "L’Azerbaïdjan lance`, `title = "Bakou lance`))
		}, []string{"content/.x.md"}, true},
		{"the editors' events.toml: no article, the articles not looked at", func(t testing.TB, site string) {
			edit(t, site, seed, replace(`title = "L’Azerbaïdjan lance`, `title = "Bakou lance`))
			writeEdits(t, site, goodEdits)
		}, []string{editsPath}, false},
		{"an article added", func(t testing.TB, site string) {
			data, err := os.ReadFile(filepath.Join(site, seed))
			if err != nil {
				t.Fatal(err)
			}
			data = bytes.Replace(data, []byte(`title = "L’Azerbaïdjan lance`), []byte(`title = "Bakou lance`), 1)
			data = bytes.Replace(data, []byte("dans-le-haut-karabakh\""), []byte("dans-le-haut-karabakh-copie\""), 1)
			if err := os.WriteFile(filepath.Join(site, "content/2023-09-21-copie.md"), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}, []string{"content/2023-09-21-copie.md"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := copySite(t)
			c := NewCache()
			make1(t, site, c)
			tt.change(t, site)
			got, _ := makeOpt(t, Options{SiteDir: site, Now: now, Cache: c, Changed: tt.changed})
			saw := false
			for _, data := range got {
				if bytes.Contains(data, []byte("Bakou lance")) {
					saw = true
					break
				}
			}
			if saw != tt.saw {
				t.Errorf("the rebuild shows the change: %v, want %v", saw, tt.saw)
			}
		})
	}
}
func TestSameParts(t *testing.T) {
	piece := []byte("abc")
	tests := []struct {
		name string
		a, b [][]byte
		want bool
	}{
		{"the same pieces", [][]byte{piece, []byte("d")}, [][]byte{piece, []byte("d")}, true},
		{"equal bytes in other slices", [][]byte{[]byte("abc")}, [][]byte{[]byte("abc")}, true},
		{"one piece differs", [][]byte{piece, []byte("d")}, [][]byte{piece, []byte("e")}, false},
		{"the same bytes cut elsewhere", [][]byte{[]byte("ab"), []byte("c")}, [][]byte{[]byte("a"), []byte("bc")}, false},
		{"a piece more", [][]byte{piece}, [][]byte{piece, nil}, false},
		{"empty pieces", [][]byte{nil, {}}, [][]byte{{}, nil}, true},
		{"a slice of the same piece, shorter", [][]byte{piece}, [][]byte{piece[:2]}, false},
	}
	for _, tt := range tests {
		if got := sameParts(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: sameParts = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// writeData writes name, a data file of content/ (content.DataFiles).
func writeData(t testing.TB, site, name, src string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(site, "content", name), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestStreamedData checks that a build without a cache, which writes the
// data files part by part as they are made (sink.Stream), writes the
// bytes a build in memory makes.
func TestStreamedData(t *testing.T) {
	site := copySite(t)
	out := filepath.Join(t.TempDir(), "public")
	run1(t, Options{SiteDir: site, Out: out, Now: now})
	want, _ := make1(t, site, nil)
	for _, p := range []string{"events.json", "events.csv", "claims.csv", "events.geojson", "feed.xml"} {
		got, err := os.ReadFile(filepath.Join(out, p))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want[p]) {
			t.Errorf("%s: %d bytes written, %d made in memory", p, len(got), len(want[p]))
		}
	}
}
