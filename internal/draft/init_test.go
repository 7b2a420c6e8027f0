package draft

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/gazetteer"
)

// TestInit: a new site has site.toml, which reads without a problem, and
// content/ with the site's places and actors, empty: comments only.
func TestInit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	files, err := Init(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"content/actors.toml", "content/places.toml", "site.toml"}
	if !slices.Equal(files, want) {
		t.Errorf("wrote %v, want %v", files, want)
	}
	site, probs := config.Load(dir)
	if site == nil || len(probs) > 0 {
		t.Fatalf("site.toml: %v", probs)
	}
	if site.Language != "fr" || site.Title == "" || site.BaseURL == "" || len(site.Episodes) != 1 {
		t.Errorf("site.toml: %+v", site)
	}
	for _, f := range []string{content.PlacesFile, content.ActorsFile} {
		data, err := os.ReadFile(filepath.Join(dir, content.Dir, f))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			if !strings.HasPrefix(line, "#") {
				t.Errorf("%s: %q is not a comment: the file adds nothing until the editor writes", f, line)
			}
		}
	}
	// Refused: a folder that holds anything.
	if _, err := Init(dir, ""); err == nil || !strings.Contains(err.Error(), "is not empty") {
		t.Errorf("Init into a site: %v", err)
	}
	if _, err := Init(t.TempDir(), "de"); err == nil {
		t.Error("Init with an interface language the program does not have")
	}
	en := t.TempDir() // empty: accepted
	if _, err := Init(en, "en"); err != nil {
		t.Fatal(err)
	}
	if site, _ := config.Load(en); site == nil || site.Language != "en" {
		t.Errorf("-language en: %+v", site)
	}
}

// TestInitExamples: the examples the new site's files give in comments
// are right: site.toml's two episodes, and the place and actor entries,
// read without a problem once the editor removes their #.
func TestInitExamples(t *testing.T) {
	dir := t.TempDir()
	if _, err := Init(dir, ""); err != nil {
		t.Fatal(err)
	}
	uncomment := func(name string, from string) string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		if from != "" {
			s = s[strings.Index(s, from):]
		}
		// The example's lines, "# key = value" and "# [[table]]"; the
		// comments around them stay comments.
		return regexp.MustCompile(`(?m)^# (\[\[|[a-z_]+ = )`).ReplaceAllString(s, "$1")
	}
	// site.toml: the two episodes in place of the one.
	cfg, _ := os.ReadFile(filepath.Join(dir, "site.toml"))
	head := string(cfg[:strings.Index(string(cfg), "[[episode]]")])
	two := head + uncomment("site.toml", "# [[episode]]")
	if site, probs := config.Parse(two); site == nil || len(probs) > 0 || len(site.Episodes) != 2 {
		t.Errorf("the example episodes: %v\n%s", probs, two)
	}
	places := uncomment("content/places.toml", "# [[place]]")
	actors := uncomment("content/actors.toml", "# [[actor]]")
	if !strings.Contains(places, "\n[[place]]\nid = \"route-goris-stepanakert\"") || !strings.Contains(actors, "\n[[actor]]\nid = \"msf\"") {
		t.Fatalf("the examples were not uncommented:\n%s\n%s", places, actors)
	}
	g, probs := gazetteer.Load(gazetteer.File{Path: "content/places.toml", Data: []byte(places)}, gazetteer.File{Path: "content/actors.toml", Data: []byte(actors)})
	if g == nil || len(probs) > 0 {
		t.Errorf("the example places and actors: %v\n%s\n%s", probs, places, actors)
	}
}
