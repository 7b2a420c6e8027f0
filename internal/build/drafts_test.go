package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Pacific/Kiritimati on any machine
)

// TestDrafts: an article with draft = true is left out of the published
// site, its source page and its quotations with it; build -drafts
// (Options.Drafts) puts it back; the summary counts it either way.
func TestDrafts(t *testing.T) {
	site := copySite(t)
	edit(t, site, seed, replace("language = \"fr\"", "language = \"fr\"\ndraft = true"))
	const page = "sources/2023-09-20-offensive-d-envergure/index.html"
	const quoted = "La Gazette française" // the draft's outlet: only it names it
	tests := []struct {
		name   string
		drafts bool
		shown  bool
	}{
		{"build: the draft left out", false, false},
		{"build -drafts: the draft in", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "public")
			sum, probs := Run(context.Background(), Options{SiteDir: site, Out: out, Now: now, Drafts: tt.drafts})
			if probs.HasErrors() {
				t.Fatalf("build failed:\n%v", probs)
			}
			unpublished := 1
			if tt.drafts {
				unpublished = 0
			}
			if sum.Articles != 5 || sum.Drafts != 1 || sum.Unpublished != unpublished {
				t.Errorf("summary: %d articles, %d drafts, %d unpublished; want 5, 1, %d", sum.Articles, sum.Drafts, sum.Unpublished, unpublished)
			}
			files := readTree(t, out)
			if _, ok := files[page]; ok != tt.shown {
				t.Errorf("%s written: %v, want %v", page, ok, tt.shown)
			}
			if got := bytes.Contains(files["events/2023-09-19/index.html"], []byte(quoted)); got != tt.shown {
				t.Errorf("the event of 2023-09-19 quotes the draft: %v, want %v", got, tt.shown)
			}
			if got := bytes.Contains(files["events.json"], []byte(quoted)); got != tt.shown {
				t.Errorf("events.json holds the draft: %v, want %v", got, tt.shown)
			}
		})
	}
}

// TestEmptySite: a site with no article yet (timeline init, or only
// drafts) builds, and its pages say there is nothing yet; but a build
// that has no article to publish never replaces a site that has some.
func TestEmptySite(t *testing.T) {
	site := copySite(t)
	out := filepath.Join(site, "public")
	names, _ := filepath.Glob(filepath.Join(site, "content", "*.md"))
	hide := func(t *testing.T) {
		for _, n := range names {
			if n == filepath.Join(site, seed) {
				continue
			}
			if err := os.Rename(n, n+".away"); err != nil {
				t.Fatal(err)
			}
		}
	}
	show := func(t *testing.T) {
		for _, n := range names {
			os.Rename(n+".away", n)
		}
	}
	hide(t)
	edit(t, site, seed, replace("language = \"fr\"", "language = \"fr\"\ndraft = true"))

	// Only a draft, nothing published yet: an empty site.
	sum, probs := Run(context.Background(), Options{SiteDir: site, Now: now})
	if probs.HasErrors() || sum.Articles != 1 || sum.Unpublished != 1 {
		t.Fatalf("a new site with a draft: %d articles, %d unpublished:\n%v", sum.Articles, sum.Unpublished, probs)
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		t.Fatal("no index.html")
	}
	if _, err := os.Stat(filepath.Join(out, "sources", "2023-09-20-offensive-d-envergure")); err == nil {
		t.Error("the draft was published")
	}
	// Once published, the site is never replaced by an empty one.
	show(t)
	if _, probs := Run(context.Background(), Options{SiteDir: site, Now: now}); probs.HasErrors() {
		t.Fatalf("the site does not build:\n%v", probs)
	}
	before := readTree(t, out)
	hide(t)
	want := "content: no article to publish: an empty site would replace the one in " + out
	if _, probs := Run(context.Background(), Options{SiteDir: site, Now: now}); !strings.HasPrefix(probs.Errors().Error(), want) {
		t.Errorf("build: %s\nwant %s…", probs.Errors().Error(), want)
	}
	if _, probs := Check(context.Background(), CheckOptions{SiteDir: site, Now: now}); !strings.HasPrefix(probs.Errors().Error(), want) {
		t.Errorf("check: %s\nwant %s…", probs.Errors().Error(), want)
	}
	after := readTree(t, out)
	if len(after) != len(before) {
		t.Errorf("the refused build changed %s: %d files, then %d", out, len(before), len(after))
	}
	// build -drafts publishes the draft: not empty.
	if sum, probs := Run(context.Background(), Options{SiteDir: site, Now: now, Drafts: true}); probs.HasErrors() || sum.Unpublished != 0 {
		t.Errorf("build -drafts of a site of one draft:\n%v", probs)
	}
}

// TestTimeZone: an article published on the editor's today builds when
// the editor's clock is already on that day and UTC's is not (UTC+14), and
// one of the next day is refused with the editor's today and zone. The
// zone comes from the build's "now", never from the machine's.
func TestTimeZone(t *testing.T) {
	kiritimati, err := time.LoadLocation("Pacific/Kiritimati")
	if err != nil {
		t.Fatal(err)
	}
	// 9 a.m. on 8 December in Kiritimati: 19:00 on the 7th in UTC.
	editor := time.Date(2026, 12, 8, 9, 0, 0, 0, kiritimati)
	site := copySite(t)
	cache := NewCache()
	edit(t, site, seed, replace("published = 2023-09-20", "published = 2026-12-08"))
	if _, _, probs := Make(context.Background(), Options{SiteDir: site, Now: editor, Cache: cache}); probs.HasErrors() {
		t.Errorf("published today in Kiritimati refused:\n%v", probs)
	}
	// The same instant seen from UTC is still the 7th: the article is
	// read again from the cache and refused.
	_, _, probs := Make(context.Background(), Options{SiteDir: site, Now: editor.In(time.UTC), Cache: cache})
	if want := seed + ":5:13: published: 2026-12-08 is after today, 2026-12-07 (UTC) (check the year)"; !strings.Contains(probs.Error(), want) {
		t.Errorf("in UTC:\n%v\nwant %s", probs, want)
	}
	edit(t, site, seed, replace("published = 2026-12-08", "published = 2026-12-09"))
	_, _, probs = Make(context.Background(), Options{SiteDir: site, Now: editor, Cache: cache})
	if want := seed + ":5:13: published: 2026-12-09 is after today, 2026-12-08 (Pacific/Kiritimati) (check the year)"; !strings.Contains(probs.Error(), want) {
		t.Errorf("the next day:\n%v\nwant %s", probs, want)
	}
}
