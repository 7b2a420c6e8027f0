package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goodEdits is an events.toml without a problem.
const goodEdits = `[[event]]
date = "2023-09-19"
match = "avertissement brutal"
headline = "L'Azerbaïdjan lance son offensive"
`

// writeEdits writes site's content/events.toml.
func writeEdits(t testing.TB, site, src string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(site, filepath.FromSlash(editsPath)), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestEditsProblems checks that the problems of content/events.toml are
// reported by a first build, by a rebuild told that only the file
// changed, and by check, and that its errors stop the build; and that a
// site without the file, or with a good one, builds.
func TestEditsProblems(t *testing.T) {
	for _, tt := range []struct {
		name  string
		write func(t testing.TB, site string)
		want  string // the problems
	}{
		{"no file", func(testing.TB, string) {}, ""},
		{"a good file", func(t testing.TB, site string) { writeEdits(t, site, goodEdits) }, ""},
		{"an entry without match", func(t testing.TB, site string) {
			writeEdits(t, site, "[[event]]\ndate = \"2023-09-19\"\nheadline = \"h\"\n")
		}, editsPath + `:1:1: match is missing (add a line: match = "a few words of a sentence that reports the event": several events may share a date, the words pick one)`},
		{"a folder", func(t testing.TB, site string) {
			if err := os.Mkdir(filepath.Join(site, filepath.FromSlash(editsPath)), 0o755); err != nil {
				t.Fatal(err)
			}
		}, editsPath + `: is not a regular file (content/events.toml must be a text file: its headlines are left out)`},
		{"a symbolic link", func(t testing.TB, site string) {
			real := filepath.Join(t.TempDir(), "events.toml")
			if err := os.WriteFile(real, []byte(goodEdits), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(real, filepath.Join(site, filepath.FromSlash(editsPath))); err != nil {
				t.Fatal(err)
			}
		}, editsPath + `: warning: is a symbolic link and is not followed: its headlines are left out (put the file itself in content/)`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			site := copySite(t)
			c := NewCache()
			make1(t, site, c)
			tt.write(t, site)
			for _, b := range []struct {
				name string
				opt  Options
			}{
				{"a first build", Options{SiteDir: site, Now: now}},
				{"a rebuild told that the file changed", Options{SiteDir: site, Now: now, Cache: c, Changed: []string{editsPath}}},
			} {
				res, _, probs := Make(context.Background(), b.opt)
				if got := probs.Error(); got != tt.want {
					t.Errorf("%s: problems\n%s\nwant\n%s", b.name, got, tt.want)
				}
				if (res == nil) != probs.HasErrors() {
					t.Errorf("%s: a site made: %v", b.name, res != nil)
				}
			}
			_, probs := Check(context.Background(), CheckOptions{SiteDir: site, Now: now})
			if got := probs.Error(); got != tt.want {
				t.Errorf("check: problems\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestEditsShown checks that an editor's headline and summary reach the
// day's page, its listing and events.json, marked as the editors', and
// that removing the entry gives the happening its own headline back in
// a rebuild.
func TestEditsShown(t *testing.T) {
	site := copySite(t)
	c := NewCache()
	before, _ := make1(t, site, c)
	writeEdits(t, site, "[[event]]\ndate = \"2023-09-19\"\nmatch = \"avertissement brutal\"\nheadline = \"Bakou lance son offensive contre le Haut-Karabakh\"\nsummary = \"\"\"\nUne **offensive** éclair, annoncée comme « antiterroriste ».\n\"\"\"\n")
	files := func() map[string][]byte {
		files, _ := makeOpt(t, Options{SiteDir: site, Now: now, Cache: c, Changed: []string{editsPath}})
		return files
	}
	got := files()
	page := string(got["events/2023-09-19/index.html"])
	for _, want := range []string{"<h2>Bakou lance son offensive contre le Haut-Karabakh</h2>", "<strong>offensive</strong>", "titre de la rédaction"} {
		if !strings.Contains(page, want) {
			t.Errorf("the day's page does not show %q", want)
		}
	}
	if !strings.Contains(string(got["index.html"]), "Bakou lance son offensive contre le Haut-Karabakh") {
		t.Error("the index does not list the editors' headline")
	}
	if data := string(got["events.json"]); !strings.Contains(data, `"title":"Bakou lance son offensive contre le Haut-Karabakh","title_from":"editor","summary":"\u003cp\u003eUne \u003cstrong\u003eoffensive\u003c/strong\u003e`) {
		t.Error("events.json does not give the editors' headline and summary, marked as theirs")
	}
	if err := os.Remove(filepath.Join(site, filepath.FromSlash(editsPath))); err != nil {
		t.Fatal(err)
	}
	if got := files(); string(got["events/2023-09-19/index.html"]) != string(before["events/2023-09-19/index.html"]) {
		t.Error("with the entry removed, the day's page is not what it was before it")
	}
}
