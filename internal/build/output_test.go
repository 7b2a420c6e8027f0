package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestOutputRefused checks the folders a build refuses to write to, and
// that it leaves them as they were.
func TestOutputRefused(t *testing.T) {
	site := copySite(t)
	foreign := t.TempDir()
	if err := os.WriteFile(filepath.Join(foreign, "thesis.odt"), []byte("years of work"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ out, want string }{
		{"/", "it is the root of the file system"},
		{site, "it is the site folder itself"},
		{filepath.Dir(site), "it holds the site folder"},
		{filepath.Join(site, "content"), "it is inside content/"},
		{filepath.Join(site, "content", "public"), "it is inside content/"},
		{filepath.Join(site, "templates"), "it is inside templates/"},
		{filepath.Join(site, CacheDir), "it is inside .timeline-cache/"},
		{foreign, "it is not empty and was not made by timeline"},
	} {
		_, probs := Run(context.Background(), Options{SiteDir: site, Out: tt.out, Now: now})
		if !strings.Contains(probs.Error(), "refusing to write here: "+tt.want) {
			t.Errorf("-out %s: %v, want %q", tt.out, probs, tt.want)
		}
	}
	if files := readTree(t, foreign); len(files) != 1 || string(files["thesis.odt"]) != "years of work" {
		t.Errorf("the foreign folder was changed: %d files", len(files))
	}
	if _, err := os.Stat(filepath.Join(site, "content", "public")); err == nil {
		t.Error("a folder was made inside content/")
	}
}

// TestFailedBuildKeepsOutput checks that a build that fails, at any stage,
// leaves the previous site exactly as it was, and no temporary folder.
func TestFailedBuildKeepsOutput(t *testing.T) {
	site := copySite(t)
	out := filepath.Join(site, "public")
	run1(t, Options{SiteDir: site, DiskCache: true})
	before := readTree(t, out)
	for _, tt := range []struct {
		name   string
		file   string
		change func(string) string
	}{
		{"an article in error", seed, replace("published = 2023-09-20", "published = 2023-02-30")},
		{"a template in error", "templates/event.html", replace("{{define \"main\"}}", "{{define \"main\"}}{{.Nope}}")},
	} {
		edit(t, site, tt.file, tt.change)
		_, probs := Run(context.Background(), Options{SiteDir: site, Now: now, DiskCache: true})
		if !probs.HasErrors() {
			t.Fatalf("%s: the build did not fail", tt.name)
		}
		sameFiles(t, readTree(t, out), before)
		copyBack(t, site, tt.file)
	}
	// An interrupted write: the previous site stays, the new folder goes.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Publish(ctx, out, []File{{Path: "index.html", Parts: [][]byte{[]byte("new")}}}); err == nil {
		t.Error("an interrupted publish succeeded")
	}
	sameFiles(t, readTree(t, out), before)
	entries, _ := os.ReadDir(site)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".public.new-") {
			t.Errorf("%s left behind", e.Name())
		}
	}
}

// copyBack restores a file of the site from the repository.
func copyBack(t *testing.T, site, name string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoSite, name))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(site, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestStaleRemoved checks that a build removes the copy of a site a
// killed build left beside the output long enough ago, and nothing else.
func TestStaleRemoved(t *testing.T) {
	site := copySite(t)
	out := filepath.Join(t.TempDir(), "public")
	old := time.Now().Add(-2 * staleAfter)
	tests := []struct {
		name  string
		age   time.Time
		stays bool
	}{
		{".public.new-killed", old, false},        // killed while the previous site was removed
		{".public.new-running", time.Now(), true}, // another build's, being swapped in
		{".public-notes", old, true},              // not a build's
		{".other.new-killed", old, true},          // beside another output folder
	}
	for _, tt := range tests {
		dir := filepath.Join(filepath.Dir(out), tt.name)
		if err := os.MkdirAll(filepath.Join(dir, "site.old"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "site.old", "index.html"), []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(dir, tt.age, tt.age); err != nil {
			t.Fatal(err)
		}
	}
	if _, probs := Run(context.Background(), Options{SiteDir: site, Out: out, Now: now}); probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	for _, tt := range tests {
		if _, err := os.Stat(filepath.Join(filepath.Dir(out), tt.name)); (err == nil) != tt.stays {
			t.Errorf("%s: there after the build %v, want %v", tt.name, err == nil, tt.stays)
		}
	}
}
