package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"timeline/internal/corpus"
)

// TestCacheDamaged checks that a damaged or stale cache on disk is
// detected, said, and rebuilt, never trusted: the site it builds is the
// clean build's, and the next build finds a sound cache again.
func TestCacheDamaged(t *testing.T) {
	head := len("timeline-cache\n") // the store files' magic
	for _, tt := range []struct {
		name   string
		damage func(data []byte) []byte
		note   string
	}{
		{"truncated", func(d []byte) []byte { return d[:len(d)-7] }, "is truncated"},
		{"a byte changed", func(d []byte) []byte { d[len(d)-3] ^= 0x20; return d }, "checksum mismatch"},
		{"another format", func(d []byte) []byte { d[head]++; return d }, "written by another version of timeline"},
		{"another program", func(d []byte) []byte { d[head+4] ^= 1; return d }, "written by another build of timeline"},
		{"not a cache file", func([]byte) []byte { return []byte("hello") }, "is not a timeline cache file"},
		{"empty", func([]byte) []byte { return nil }, "is not a timeline cache file"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			site := copySite(t)
			run1(t, Options{SiteDir: site, DiskCache: true})
			dir := filepath.Join(site, CacheDir)
			entries, err := os.ReadDir(dir)
			if err != nil || len(entries) < 2 {
				t.Fatalf("cache folder: %v, %d files", err, len(entries))
			}
			// Damage every file, the file list included: a cache that
			// pointed at the wrong files would be the worst.
			for _, e := range entries {
				p := filepath.Join(dir, e.Name())
				data, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, tt.damage(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			edit(t, site, seed, replace("mardi 19\u00a0septembre", "lundi 18\u00a0septembre"))
			sum := run1(t, Options{SiteDir: site, DiskCache: true})
			if sum.Cached != 0 {
				t.Errorf("%d articles taken from a damaged cache", sum.Cached)
			}
			if !strings.Contains(strings.Join(sum.Notes, "\n"), tt.note) {
				t.Errorf("notes %q, want %q", sum.Notes, tt.note)
			}
			clean := filepath.Join(t.TempDir(), "clean")
			run1(t, Options{SiteDir: site, Out: clean})
			sameFiles(t, readTree(t, filepath.Join(site, "public")), readTree(t, clean))
			again := run1(t, Options{SiteDir: site, DiskCache: true})
			if len(again.Notes) > 0 || again.FilesWritten != 0 {
				t.Errorf("the build after: notes %q, %d files written", again.Notes, again.FilesWritten)
			}
		})
	}
}

// TestOutputChangedByHand checks that a file of the output changed since
// the build that wrote it is written again, not kept.
func TestOutputChangedByHand(t *testing.T) {
	site := copySite(t)
	out := filepath.Join(site, "public")
	run1(t, Options{SiteDir: site, DiskCache: true})
	want := readTree(t, out)
	index := filepath.Join(out, "index.html")
	data := []byte(strings.Replace(string(want["index.html"]), "Haut-Karabakh", "Haut-Karabagh", 1))
	if err := os.WriteFile(index, data, 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	os.Chtimes(index, old, old)
	sum := run1(t, Options{SiteDir: site, DiskCache: true})
	if sum.FilesWritten != 1 {
		t.Errorf("%d files written, want index.html alone", sum.FilesWritten)
	}
	sameFiles(t, readTree(t, out), want)
}

// TestRowsKept checks that the listings' rows a build drew are kept in
// .timeline-cache/ for the next build, and that the next build, after an
// article is added, makes the site a clean build makes.
func TestRowsKept(t *testing.T) {
	site := writeCorpus(t, 40) // enough quotations for listings of rows without them
	age(t, site)
	run1(t, Options{SiteDir: site, DiskCache: true})
	c := LoadCache(site)
	if len(c.notes) > 0 {
		t.Fatalf("the cache just written has notes: %q", c.notes)
	}
	if rows, _ := filepath.Glob(filepath.Join(site, CacheDir, "rows-*.bin")); len(rows) == 0 {
		t.Fatal("no listing row kept in the cache on disk")
	}
	if _, err := corpus.Add(site, 40, benchSeed); err != nil {
		t.Fatal(err)
	}
	run1(t, Options{SiteDir: site, DiskCache: true})
	clean := filepath.Join(t.TempDir(), "clean")
	run1(t, Options{SiteDir: site, Out: clean})
	sameFiles(t, readTree(t, filepath.Join(site, "public")), readTree(t, clean))
}

// TestCacheShardsEarly checks the article shards a build writes while its
// pages render (store.Prepare): put in place whether the build then
// succeeds or fails, never left behind under their temporary names, and
// read by the next build.
func TestCacheShardsEarly(t *testing.T) {
	const about = "templates/about.html"
	for _, tt := range []struct {
		name   string
		change func(string) string // to about.html, for the first build
	}{
		{"the build succeeds", nil},
		{"a page fails to render", replace(`{{.Data.Body}}`, `{{.Data.NoSuchField}}`)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			site := copySite(t)
			var original []byte
			if tt.change != nil {
				var err error
				if original, err = os.ReadFile(filepath.Join(site, about)); err != nil {
					t.Fatal(err)
				}
				edit(t, site, about, tt.change)
			}
			_, probs := Run(context.Background(), Options{SiteDir: site, DiskCache: true, Now: now})
			if failed := probs.HasErrors(); failed != (tt.change != nil) {
				t.Fatalf("first build failed: %v, want %v:\n%v", failed, tt.change != nil, probs)
			}
			entries, err := os.ReadDir(filepath.Join(site, CacheDir))
			if err != nil {
				t.Fatal(err)
			}
			shards := 0
			for _, e := range entries {
				if strings.Contains(e.Name(), ".tmp-") {
					t.Errorf("%s left in the cache folder", e.Name())
				}
				if strings.HasPrefix(e.Name(), "articles-") {
					shards++
				}
			}
			if shards == 0 {
				t.Errorf("no article shard in the cache folder: %d files", len(entries))
			}
			if original != nil {
				if err := os.WriteFile(filepath.Join(site, about), original, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			again := run1(t, Options{SiteDir: site, DiskCache: true})
			if again.Cached != again.Articles || len(again.Notes) > 0 {
				t.Errorf("next build: %d of %d articles from the cache, notes %q", again.Cached, again.Articles, again.Notes)
			}
		})
	}
}

// TestStaleCacheFiles checks that a cache file a killed build left under
// its temporary name is removed by a later build once old enough to be no
// running build's, and kept before.
func TestStaleCacheFiles(t *testing.T) {
	site := copySite(t)
	run1(t, Options{SiteDir: site, DiskCache: true})
	dir := filepath.Join(site, CacheDir)
	old := filepath.Join(dir, ".articles-03.gob.tmp-123")
	young := filepath.Join(dir, ".articles-04.gob.tmp-456")
	for _, p := range []string{old, young} {
		if err := os.WriteFile(p, []byte("left by a killed build"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	then := time.Now().Add(-staleAfter - time.Minute)
	if err := os.Chtimes(old, then, then); err != nil {
		t.Fatal(err)
	}
	run1(t, Options{SiteDir: site, DiskCache: true})
	if _, err := os.Lstat(old); err == nil {
		t.Errorf("%s, older than %v, kept", filepath.Base(old), staleAfter)
	}
	if _, err := os.Lstat(young); err != nil {
		t.Errorf("%s, written a moment ago, removed: %v", filepath.Base(young), err)
	}
}
