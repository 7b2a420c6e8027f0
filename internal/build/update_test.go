package build

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readDirs returns the folders under dir, as readTree returns its files.
func readDirs(t testing.TB, dir string) map[string]bool {
	t.Helper()
	dirs := map[string]bool{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			dirs[filepath.ToSlash(rel)] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return dirs
}

// sameDirs reports the folders that are in one tree and not the other.
func sameDirs(t testing.TB, got, want string) {
	t.Helper()
	g, w := readDirs(t, got), readDirs(t, want)
	for d := range g {
		if !w[d] {
			t.Errorf("folder %s/ left over", d)
		}
	}
	for d := range w {
		if !g[d] {
			t.Errorf("folder %s/ missing", d)
		}
	}
}

// journals returns the update journals left beside out.
func journals(t testing.TB, out string) []string {
	t.Helper()
	list, err := filepath.Glob(filepath.Join(filepath.Dir(out), ".public.update-*"))
	if err != nil {
		t.Fatal(err)
	}
	return list
}

// beforeRename builds a site with its cache, and a copy of the output
// into before, then makes a change that writes, adds and removes files:
// an article's pages move to a new address.
func beforeRename(t testing.TB) (site, out, before string) {
	t.Helper()
	site = copySite(t)
	out = filepath.Join(site, "public")
	before = filepath.Join(t.TempDir(), "before")
	run1(t, Options{SiteDir: site, DiskCache: true})
	run1(t, Options{SiteDir: site, Out: before})
	if err := os.Rename(filepath.Join(site, seed), filepath.Join(site, "content/2023-09-20-offensive.md")); err != nil {
		t.Fatal(err)
	}
	return site, out, before
}

// TestUpdateFails checks that an update failing at any of its changes
// undoes the ones made: the output is the previous site, folders
// included, and no journal is left.
func TestUpdateFails(t *testing.T) {
	defer func() { commitHook = nil }()
	site, out, before := beforeRename(t)
	for k := 0; ; k++ {
		commitHook = func(i int) error {
			if i == k {
				return errors.New("no space left (test)")
			}
			return nil
		}
		_, probs := Run(context.Background(), Options{SiteDir: site, Now: now, DiskCache: true})
		if !probs.HasErrors() {
			if k < 3 {
				t.Fatalf("only %d changes: the test changes too little", k)
			}
			break // k is past the last change: the update succeeded
		}
		if !strings.Contains(probs.Error(), "no space left (test)") {
			t.Fatalf("failure at change %d: %v", k, probs)
		}
		sameFiles(t, readTree(t, out), readTree(t, before))
		sameDirs(t, out, before)
		if j := journals(t, out); len(j) > 0 {
			t.Errorf("failure at change %d left %s", k, j)
		}
	}
	commitHook = nil
	clean := filepath.Join(t.TempDir(), "clean")
	run1(t, Options{SiteDir: site, Out: clean})
	sameFiles(t, readTree(t, out), readTree(t, clean))
	sameDirs(t, out, clean)
}

// TestUpdateKilled checks that a build killed in the middle of its changes
// leaves a journal that the next build undoes first: the output is again
// the site before, then the new one.
func TestUpdateKilled(t *testing.T) {
	defer func() { commitHook = nil }()
	site, out, before := beforeRename(t)
	commitHook = func(i int) error {
		if i == 2 {
			return errCrash
		}
		return nil
	}
	if _, probs := Run(context.Background(), Options{SiteDir: site, Now: now, DiskCache: true}); !probs.HasErrors() {
		t.Fatal("the killed build succeeded")
	}
	commitHook = nil
	if len(journals(t, out)) != 1 {
		t.Fatal("the killed build left no journal")
	}
	if err := recoverUpdates(out); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, readTree(t, out), readTree(t, before))
	sameDirs(t, out, before)
	if j := journals(t, out); len(j) > 0 {
		t.Errorf("recovery left %s", j)
	}
	// Killed again, then built: the build recovers, then updates.
	commitHook = func(i int) error {
		if i == 1 {
			return errCrash
		}
		return nil
	}
	Run(context.Background(), Options{SiteDir: site, Now: now, DiskCache: true})
	commitHook = nil
	run1(t, Options{SiteDir: site, DiskCache: true})
	clean := filepath.Join(t.TempDir(), "clean")
	run1(t, Options{SiteDir: site, Out: clean})
	sameFiles(t, readTree(t, out), readTree(t, clean))
	sameDirs(t, out, clean)
}
