package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommands runs the editor's commands as an editor types them and
// checks their exit status and what they say.
func TestCommands(t *testing.T) {
	site := t.TempDir()
	data, err := os.ReadFile("../../site.toml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(site, "site.toml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(t.TempDir(), "scraped.txt")
	if err := os.WriteFile(text, []byte("Close\n\nBakou lance une offensive\n\nL’Azerbaïdjan a lancé une offensive le 19 septembre 2023.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args   []string
		status int
		want   string // in what it prints
	}{
		{[]string{"import", "-site", site, text}, 1, "-published is missing"},
		{[]string{"import", "-site", site, "-published", "2023-09-20", "-source", "Le Monde", text}, 0, "wrote content/2023-09-20-bakou-lance-une-offensive.md"},
		{[]string{"import", "-site", site, "-published", "2023-09-20", text}, 1, "already exists"},
		{[]string{"new", "-site", site, "-published", "2023-09-21", "Le", "lendemain"}, 0, "wrote content/2023-09-21-le-lendemain.md"},
		{[]string{"check", "-site", site}, 0, "check: 2 articles"},
		{[]string{"check", "-site", site, "-strict"}, 1, "no date found"},
		{[]string{"build", "-site", site, "-no-cache"}, 0, "pages écrites"}, // the site is French
		{[]string{"build", "-no-cache", "-site", site, "-out", site}, 1, "refusing to write here: it is the site folder itself"},
		{[]string{"frobnicate"}, 2, "unknown command"},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		status := run(tt.args, &out, &errs)
		if status != tt.status || !strings.Contains(out.String()+errs.String(), tt.want) {
			t.Errorf("timeline %s: status %d, want %d with %q\n%s%s", strings.Join(tt.args, " "), status, tt.status, tt.want, out.String(), errs.String())
		}
	}
	if _, err := os.Stat(filepath.Join(site, ".timeline-cache")); err == nil {
		t.Error("build -no-cache wrote the cache")
	}
}
