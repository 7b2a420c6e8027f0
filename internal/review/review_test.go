package review_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"timeline/internal/build"
	"timeline/internal/content"
	"timeline/internal/diag"
	"timeline/internal/review"
	"timeline/internal/timeline"
)

var now = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

const seed = "content/2023-09-20-offensive-d-envergure.md"

// input builds a site and returns what the review's index shows of it.
func input(t *testing.T, site string) review.Input {
	t.Helper()
	res, _, probs := build.Make(context.Background(), build.Options{SiteDir: site, Now: now})
	if res == nil || probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	return review.Input{Articles: res.Articles, Extractions: res.Extractions, Problems: probs}
}

// page reads the article at path of a French site as the build does,
// with its lines, extracts its dates, and returns its review page.
func page(t *testing.T, site, path string) ([]byte, error) {
	t.Helper()
	a, probs := content.Read(content.File{Path: path, Abs: filepath.Join(site, path)}, content.Options{Language: "fr", Now: now})
	if a == nil {
		t.Fatalf("%s does not read:\n%v", path, probs)
	}
	return review.Page(a, timeline.Extract(a, timeline.DefaultLexicons()), probs, "", "")
}

func TestPage(t *testing.T) {
	page, err := page(t, "../..", seed)
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	for _, tt := range []struct{ what, re string }{
		{"a date expression with its value", `<mark title="mardi 19 septembre 2023">mardi 19\x{a0}septembre<span class="value">2023-09-19</span>`},
		{"a furniture line struck through with its reason", `<del>Close</del><span class="reason">furniture</span>`},
		{"the paywall line", `<del>Il vous reste 66.94% de cet article à lire. La suite est réservée aux abonnés.</del><span class="reason">paywall</span>`},
		{"line numbers", `<li id="l10"><span class="n">10</span>`},
		{"the attribution found", `<span class="who">— `},
		{"the speaker's actor", `<span class="who">\[aliyev\]</span>`},
		{"the places a sentence names", `<span class="fact">places: [a-z-, ]*nagorno-karabakh`},
		{"its kinds of event", `<span class="fact">kinds: [a-z, ]*clash`},
	} {
		if !regexp.MustCompile(tt.re).MatchString(html) {
			t.Errorf("%s: no match for %s", tt.what, tt.re)
		}
	}
	// "mardi 19 septembre" takes the year of publication: right, and no
	// longer flagged "year inferred", which sat on almost every date.
	if strings.Contains(html, "year inferred") || strings.Contains(html, `class="warn"`) {
		t.Error("the seed article's dates are flagged: none is likely wrong")
	}
}

func TestPageIgnoreAndManual(t *testing.T) {
	site := t.TempDir()
	for _, name := range []string{"site.toml", seed} {
		data, err := os.ReadFile(filepath.Join("../..", name))
		if err != nil {
			t.Fatal(err)
		}
		if name == seed {
			data = []byte(strings.Replace(string(data), "\npublished", "\nignore = [\"le 9 septembre\"]\npublished", 1))
			data = []byte(strings.Replace(string(data), "\n+++\n", "\n[[event]]\ndate = \"2023-08\"\ntext = \"Le blocus se durcit, selon Erevan.\"\n+++\n", 1))
		}
		os.MkdirAll(filepath.Dir(filepath.Join(site, name)), 0o755)
		if err := os.WriteFile(filepath.Join(site, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page, err := page(t, site, seed)
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	for _, want := range []string{
		"<s class=\"ignored\" title=\"ignored\">le 9\u00a0septembre</s>",
		`<code>2023-08</code> Le blocus se durcit, selon Erevan.`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if strings.Contains(html, `le 9 septembre<span class="value">`) {
		t.Error("an ignored expression is shown with a value")
	}
}

func TestIndex(t *testing.T) {
	in := input(t, "../..")
	page, err := review.Index(in)
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	rows := regexp.MustCompile(`<td class="n( warn)?">(\d+)</td>`).FindAllStringSubmatch(html, -1)
	if len(rows) != 2*len(in.Articles) {
		t.Fatalf("%d count cells for %d articles", len(rows), len(in.Articles))
	}
	prev := 1 << 30
	for i := 1; i < len(rows); i += 2 {
		n := 0
		for _, c := range rows[i][2] {
			n = n*10 + int(c-'0')
		}
		if n > prev {
			t.Errorf("articles not sorted by warnings: %d after %d", n, prev)
		}
		prev = n
	}
	for _, a := range in.Articles {
		if !strings.Contains(html, `href="`+a.Slug+`.html"`) {
			t.Errorf("no link to %s", a.Slug)
		}
	}
}

// TestPageHanded checks that a page shows what it is handed besides the
// article: the problems reading it gave, and the link to its source page.
func TestPageHanded(t *testing.T) {
	a, _ := content.Read(content.File{Path: seed, Abs: filepath.Join("../..", seed)}, content.Options{Language: "fr", Now: now})
	if a == nil {
		t.Fatalf("%s does not read", seed)
	}
	probs := diag.List{diag.Warnf(seed, 3, 1, "a warning of the reading")}
	page, err := review.Page(a, timeline.Extract(a, nil), probs, "/karabakh/", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"<li><code>" + seed + ":3:1: warning: a warning of the reading</code></li>",
		`<a href="/karabakh/sources/2023-09-20-offensive-d-envergure/">its page on the site</a>`,
	} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the page lacks %s", want)
		}
	}
}

// TestFrench checks that the listing of a French site speaks French: the
// index and an article's page, its marks' flags and facts included.
func TestFrench(t *testing.T) {
	in := input(t, "../..")
	in.Lang = "fr"
	index, err := review.Index(in)
	if err != nil {
		t.Fatal(err)
	}
	a, probs := content.Read(content.File{Path: seed, Abs: filepath.Join("../..", seed)}, content.Options{Language: "fr", Now: now})
	if a == nil {
		t.Fatal(probs)
	}
	page, err := review.Page(a, timeline.Extract(a, timeline.DefaultLexicons()), probs, "/karabakh/", "fr")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		page      []byte
		want, not []string
	}{
		{index, []string{`<html lang="fr">`, "<title>Articles — relecture</title>", "Relecture : l’extraction, article par article",
			"avertissements. Les articles qui en ont le plus", "<th>Publié le</th>"},
			[]string{"Review:", "warnings.", "Published"}},
		{page, []string{`<html lang="fr">`, "Tous les articles", "publié le 2023-09-20", "sa page sur le site",
			"lignes de remplissage barrées", `<span class="fact">lieux : `, `<span class="fact">types : `, "<h2>Texte</h2>"},
			[]string{"All articles", "published ", "its page", "struck through", "places: ", "kinds: ", "<h2>Text</h2>"}},
	} {
		html := string(c.page)
		for _, w := range c.want {
			if !strings.Contains(html, w) {
				t.Errorf("no %q", w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(html, w) {
				t.Errorf("%q left in English", w)
			}
		}
	}
}
