package draft

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Pacific/Kiritimati on any machine

	"timeline/internal/content"
	"timeline/internal/diag"
)

var now = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// newSite returns a site folder with the repository's site.toml.
func newSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile("../../site.toml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "site.toml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

const scraped = "Close\n\nL’Azerbaïdjan lance une offensive\n\nL’Azerbaïdjan a lancé un avertissement brutal, mardi 19 septembre, aux Arméniens du Haut-Karabakh.\n\nPartager sur Facebook\n"

func TestImport(t *testing.T) {
	site := newSite(t)
	r, probs := Import(site, []byte(scraped), Facts{Source: "Le Monde", URL: "https://www.lemonde.fr/x", Published: "2023-09-20"}, now, nil)
	if probs.HasErrors() {
		t.Fatalf("Import: %v", probs)
	}
	if want := "content/2023-09-20-l-azerbaidjan-lance-une-offensive.md"; r.Path != want {
		t.Errorf("path %s, want %s", r.Path, want)
	}
	data, err := os.ReadFile(filepath.Join(site, r.Path))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, want := range []string{
		"+++\ntitle = \"L’Azerbaïdjan lance une offensive\"\nsource = \"Le Monde\"\nurl = \"https://www.lemonde.fr/x\"\npublished = 2023-09-20\n+++\n",
	} {
		if !strings.HasPrefix(text, want) {
			t.Errorf("front matter:\n%s\nwant it to start with\n%s", text, want)
		}
	}
	if !strings.HasSuffix(text, "+++\n"+scraped) {
		t.Error("the body was changed")
	}
	if r.Dates != 1 {
		t.Errorf("%d dates found, want 1", r.Dates)
	}
	a, list := content.Read(content.File{Path: r.Path, Abs: filepath.Join(site, r.Path)}, content.Options{Language: "fr", Now: now})
	if a == nil || len(list) > 0 {
		t.Errorf("the imported article does not read cleanly: %v", list)
	}

	// The same again: never overwritten.
	if _, probs := Import(site, []byte(scraped), Facts{Published: "2023-09-20"}, now, nil); !has(probs, "already exists") {
		t.Errorf("a second import of the same article: %v", probs)
	}
}

func TestImportRefuses(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		facts Facts
		want  string
	}{
		{"no publication date", scraped, Facts{}, "-published is missing"},
		{"a day that does not exist", scraped, Facts{Published: "2023-02-30"}, `-published: "2023-02-30" is not a date`},
		{"not a date", scraped, Facts{Published: "20/09/2023"}, "is not a date (expected YYYY-MM-DD"},
		{"in the future", scraped, Facts{Published: "2027-01-01"}, "-published: 2027-01-01 is after today, 2026-11-22 (UTC) (check the year)"},
		{"empty text", " \n\n", Facts{Published: "2023-09-20"}, "the text is empty"},
		{"binary", "\x00\x01PNG", Facts{Published: "2023-09-20"}, "binary data"},
		{"an address that is not one", scraped, Facts{Published: "2023-09-20", URL: "www.lemonde.fr"}, "-url: \"www.lemonde.fr\" is not an http or https address"},
		{"a bad slug", scraped, Facts{Published: "2023-09-20", Slug: "Mon Article"}, "-slug: \"Mon Article\" cannot be used"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := newSite(t)
			r, probs := Import(site, []byte(tt.text), tt.facts, now, nil)
			if r != nil || !has(probs, tt.want) {
				t.Errorf("Import: %v, want an error with %q", probs, tt.want)
			}
			if entries, _ := os.ReadDir(filepath.Join(site, content.Dir)); len(entries) > 0 {
				t.Errorf("a file was written: %s", entries[0].Name())
			}
		})
	}
}

func TestNew(t *testing.T) {
	site := newSite(t)
	r, probs := New(site, Facts{Title: "L’offensive du 19 septembre"}, now)
	if probs.HasErrors() {
		t.Fatalf("New: %v", probs)
	}
	if want := "content/2026-11-22-l-offensive-du-19-septembre.md"; r.Path != want {
		t.Errorf("path %s, want %s", r.Path, want)
	}
	data, err := os.ReadFile(filepath.Join(site, r.Path))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	// Every field, each after a comment.
	for _, field := range content.Fields {
		i := strings.Index(text, field+" = ")
		if field == "event" || field == "fix" || field == "speaker" || field == "claim" {
			i = strings.Index(text, "[["+field+"]]")
		}
		if i < 0 {
			t.Errorf("no %s field", field)
			continue
		}
		if prev := strings.LastIndex(text[:i], "\n"); prev < 0 || !strings.HasPrefix(text[strings.LastIndex(text[:prev], "\n")+1:], "#") {
			t.Errorf("%s has no comment before it", field)
		}
	}
	a, list := content.Read(content.File{Path: r.Path, Abs: filepath.Join(site, r.Path)}, content.Options{Language: "fr", Now: now})
	if a == nil || list.HasErrors() {
		t.Fatalf("the new article does not read: %v", list)
	}
	if a.Title != "L’offensive du 19 septembre" || a.Language != "fr" || a.Day().String() != "2026-11-22" || !a.Draft {
		t.Errorf("read back: %q %q %s, draft %v (want a draft)", a.Title, a.Language, a.Day(), a.Draft)
	}
	if _, probs := New(site, Facts{Title: "L’offensive du 19 septembre"}, now); !has(probs, "already exists") {
		t.Errorf("New over an existing article: %v", probs)
	}
}

func has(probs diag.List, s string) bool {
	return strings.Contains(probs.Error(), s)
}

// TestNewToday: new dates the article the editor's today, the calendar day
// of now in the editor's time zone, and -published takes that day even
// where UTC is still on the day before (UTC+14).
func TestNewToday(t *testing.T) {
	kiritimati, err := time.LoadLocation("Pacific/Kiritimati")
	if err != nil {
		t.Fatal(err)
	}
	editor := time.Date(2026, 12, 8, 9, 0, 0, 0, kiritimati) // 19:00 on the 7th in UTC
	tests := []struct {
		published string
		want      string // the file written, or the error
	}{
		{"", "content/2026-12-08-un-titre.md"},
		{"2026-12-08", "content/2026-12-08-un-titre.md"},
		{"2026-12-09", "-published: 2026-12-09 is after today, 2026-12-08 (Pacific/Kiritimati) (check the year)"},
	}
	for _, tt := range tests {
		site := newSite(t)
		r, probs := New(site, Facts{Title: "Un titre", Published: tt.published}, editor)
		got := probs.Error()
		if r != nil {
			got = r.Path
		}
		if !strings.Contains(got, tt.want) {
			t.Errorf("-published %q: %s, want %s", tt.published, got, tt.want)
		}
	}
}
