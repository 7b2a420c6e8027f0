package build

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"timeline/internal/dates"
	"timeline/internal/linkcheck"
)

// now is the build's "now" in tests: the clock never enters a test.
var now = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// repoSite is the repository's own site: the five seed articles.
const repoSite = "../.."

// buildInto builds the repository's site into a new folder and returns its files.
func buildInto(t *testing.T, out string) map[string][]byte {
	t.Helper()
	sum, probs := Run(context.Background(), Options{SiteDir: repoSite, Out: out, Now: now})
	if probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	if sum.Articles != 5 {
		t.Errorf("articles = %d, want 5", sum.Articles)
	}
	return readTree(t, out)
}

func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		data, err := os.ReadFile(p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestSite(t *testing.T) {
	files := buildInto(t, filepath.Join(t.TempDir(), "public"))

	t.Run("pages exist", func(t *testing.T) {
		for _, p := range []string{
			"index.html", "about/index.html", "sources/index.html", "404.html",
			"events.json", "events.csv", "claims.csv", "events.geojson", "feed.xml", "sitemap.xml", "robots.txt",
			"episodes/contexte/index.html", "episodes/guerre-2020/index.html",
			"episodes/escarmouches/index.html", "episodes/operation-2023/index.html",
			"events/2023-09-19/index.html", "events/1991/index.html",
			"sources/2023-09-20-offensive-d-envergure/index.html",
		} {
			if _, ok := files[p]; !ok {
				t.Errorf("missing %s", p)
			}
		}
	})

	t.Run("links resolve", func(t *testing.T) {
		r := linkcheck.Check(files, "/karabakh/")
		for _, b := range r.Broken {
			t.Error(b)
		}
		if r.Checked < 100 {
			t.Errorf("only %d internal links checked", r.Checked)
		}
	})

	t.Run("events.json schema", func(t *testing.T) { checkSchema(t, files["events.json"], files) })

	t.Run("assets are fingerprinted", func(t *testing.T) {
		index := string(files["index.html"])
		for p := range files {
			if strings.HasPrefix(p, "assets/") && !strings.Contains(index, p) {
				t.Errorf("index.html does not link %s", p)
			}
		}
		if strings.Contains(index, "assets/style.css") {
			t.Error("index.html links the unfingerprinted stylesheet")
		}
	})

	t.Run("no external requests", func(t *testing.T) {
		for p, data := range files {
			if !strings.HasSuffix(p, ".html") {
				continue
			}
			for _, bad := range []string{`src="http`, `src=http`, `href="//`, "@import", "fonts.googleapis"} {
				if bytes.Contains(data, []byte(bad)) {
					t.Errorf("%s contains %q", p, bad)
				}
			}
		}
	})
}

func TestDeterministic(t *testing.T) {
	a := buildInto(t, filepath.Join(t.TempDir(), "a"))
	b := buildInto(t, filepath.Join(t.TempDir(), "b"))
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for p, data := range a {
		if !bytes.Equal(data, b[p]) {
			t.Errorf("%s differs between two builds of the same input", p)
		}
	}
}

// checkSchema checks events.json against the schema of docs/events-json.md
// (version 2): every key present with its type, every page existing and
// every happening's anchor on its day's page, every reference resolving,
// events sorted by date.
func checkSchema(t *testing.T, data []byte, files map[string][]byte) {
	t.Helper()
	if !bytes.HasPrefix(data, []byte(`{"version":2,`)) {
		t.Errorf("events.json does not start with version 2: %.40s", data)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("events.json: %v", err)
	}
	lists := map[string][]map[string]any{}
	for _, list := range []string{"episodes", "places", "actors", "kinds", "sources", "events"} {
		var items []map[string]any
		if err := json.Unmarshal(doc[list], &items); err != nil || len(items) == 0 {
			t.Errorf("events.json: no %s (%v)", list, err)
		}
		lists[list] = items
	}
	want := map[string][]string{
		"episodes": {"id", "title", "start", "end", "page"},
		"places":   {"id", "name", "kind", "near", "page"},
		"actors":   {"id", "name", "side", "page"},
		"kinds":    {"id", "name", "page"},
		"sources":  {"slug", "title", "source", "url", "published", "language", "page"},
		"events":   {"id", "day", "date", "precision", "episode", "title", "title_from", "summary", "page"},
	}
	ids := map[string]map[string]bool{}
	for list, keys := range want {
		ids[list] = map[string]bool{}
		for i, item := range lists[list] {
			for _, k := range keys {
				if _, ok := item[k].(string); !ok {
					t.Errorf("events.json: %s[%d].%s is missing or not a string", list, i, k)
				}
			}
			page, _ := item["page"].(string)
			if list == "events" {
				day, _ := item["day"].(string)
				anchor, ok := strings.CutPrefix(page, day+"#")
				if !ok || !bytes.Contains(files[day+"index.html"], []byte(`id="`+anchor+`"`)) {
					t.Errorf("events.json: events[%d].page %q is no happening of its day's page %q", i, page, day)
				}
				page = day
			}
			if files[page+"index.html"] == nil {
				t.Errorf("events.json: %s[%d].page %q is no page of the site", list, i, page)
			}
			id, _ := item["id"].(string)
			if list == "sources" {
				id, _ = item["slug"].(string)
			}
			if ids[list][id] {
				t.Errorf("events.json: %s[%d].id %q is not the only one", list, i, id)
			}
			ids[list][id] = true
		}
	}
	precisions := map[string]bool{"day": true, "month": true, "season": true, "year": true, "decade": true}
	roles := map[string]bool{"event": true, "background": true, "forecast": true}
	var prev dates.Date
	for i, ev := range lists["events"] {
		if !precisions[ev["precision"].(string)] {
			t.Errorf("events[%d].precision = %v", i, ev["precision"])
		}
		if from := ev["title_from"]; from != "text" && from != "editor" {
			t.Errorf("events[%d].title_from = %v", i, from)
		}
		if !ids["episodes"][ev["episode"].(string)] {
			t.Errorf("events[%d].episode %v is no episode", i, ev["episode"])
		}
		eps, _ := ev["episodes"].([]any)
		if !slices.Contains(eps, ev["episode"]) {
			t.Errorf("events[%d].episodes %v does not hold its episode %v", i, ev["episodes"], ev["episode"])
		}
		for _, ep := range eps {
			if id, _ := ep.(string); !ids["episodes"][id] {
				t.Errorf("events[%d].episodes: %v is no episode", i, ep)
			}
		}
		if day := strings.TrimSuffix(strings.TrimPrefix(ev["day"].(string), "events/"), "/"); !strings.HasPrefix(ev["id"].(string), day+"/") {
			t.Errorf("events[%d].id %v is not of its day %v", i, ev["id"], ev["day"])
		}
		for _, k := range []string{"outlets", "articles"} {
			if n, ok := ev[k].(float64); !ok || n < 0 || n != float64(int(n)) {
				t.Errorf("events[%d].%s = %v, want a count", i, k, ev[k])
			}
		}
		if _, ok := ev["approximate"].(bool); !ok {
			t.Errorf("events[%d].approximate is missing or not a bool", i)
		}
		for _, list := range []string{"places", "actors", "kinds"} {
			refs, ok := ev[list].([]any)
			if !ok {
				t.Errorf("events[%d].%s is missing or not a list", i, list)
			}
			for _, id := range refs {
				if id, _ := id.(string); !ids[list][id] {
					t.Errorf("events[%d].%s: %q is none of the %s", i, list, id, list)
				}
			}
		}
		d, err := dates.ParseEDTF(ev["date"].(string))
		if err != nil {
			t.Errorf("events[%d].date: %v", i, err)
		} else if !prev.IsZero() && d.Compare(prev) < 0 {
			t.Errorf("events not sorted by date: %s after %s", d, prev)
		}
		prev = d
		ms, ok := ev["mentions"].([]any)
		if !ok || len(ms) == 0 {
			t.Errorf("events[%d].mentions is empty", i)
			continue
		}
		for j, m := range ms {
			m := m.(map[string]any)
			for _, k := range []string{"source", "text", "expression", "attribution", "time", "anchor", "role"} {
				if _, ok := m[k].(string); !ok {
					t.Errorf("events[%d].mentions[%d].%s is missing or not a string", i, j, k)
				}
			}
			for _, k := range []string{"since", "approximate"} {
				if _, ok := m[k].(bool); !ok {
					t.Errorf("events[%d].mentions[%d].%s is missing or not a bool", i, j, k)
				}
			}
			if !roles[m["role"].(string)] {
				t.Errorf("events[%d].mentions[%d].role = %v", i, j, m["role"])
			}
			if !ids["sources"][m["source"].(string)] {
				t.Errorf("events[%d].mentions[%d].source %v is no source", i, j, m["source"])
			}
			also, ok := m["also_in"].([]any)
			if !ok {
				t.Errorf("events[%d].mentions[%d].also_in is missing or not a list", i, j)
			}
			for _, s := range also {
				if slug, _ := s.(string); !ids["sources"][slug] || slug == m["source"] {
					t.Errorf("events[%d].mentions[%d].also_in: %v is no other source", i, j, s)
				}
			}
			if !strings.Contains(m["text"].(string), m["expression"].(string)) {
				t.Errorf("events[%d].mentions[%d]: expression %q not in its text", i, j, m["expression"])
			}
			if sp, ok := m["speaker"].(string); !ok || sp != "" && !ids["actors"][sp] {
				t.Errorf("events[%d].mentions[%d].speaker = %v, want an actor or \"\"", i, j, m["speaker"])
			}
		}
	}
	var claims []map[string]any
	if err := json.Unmarshal(doc["claims"], &claims); err != nil || claims == nil {
		t.Errorf("events.json: claims is not a list (%v)", err)
	}
	for i, c := range claims {
		if id, _ := c["event"].(string); !ids["events"][id] {
			t.Errorf("claims[%d].event %q is no event", i, id)
		}
		if slug, _ := c["source"].(string); !ids["sources"][slug] {
			t.Errorf("claims[%d].source %q is no source", i, slug)
		}
		if from := c["claimant_from"]; from != "text" && from != "speaker" && from != "outlet" {
			t.Errorf("claims[%d].claimant_from = %v", i, from)
		}
	}
}

// TestResultFile checks that every file of a build in memory is found by
// its path, with its bytes, and that no other path is.
func TestResultFile(t *testing.T) {
	res, _, probs := Make(context.Background(), Options{SiteDir: repoSite, Now: now, Cache: NewCache()})
	if res == nil || probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	for _, f := range res.Files {
		data, ok := res.File(f.Path)
		if !ok || !bytes.Equal(data, f.Bytes()) {
			t.Errorf("File(%q): found %v, %d bytes, want %d", f.Path, ok, len(data), f.Size())
		}
	}
	for _, p := range []string{"", "events", "events/", "nothing.html", "/index.html"} {
		if _, ok := res.File(p); ok {
			t.Errorf("File(%q) found a file", p)
		}
	}
}
