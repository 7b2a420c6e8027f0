package corpus_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"timeline/internal/build"
	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/corpus"
)

// now is the build's "now" in tests: after every generated publication date.
var now = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// sample is how many articles the tests that look at single articles draw.
const sample = 300

func TestSameSeedSameBytes(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if err := corpus.Write(a, 30, 7); err != nil {
		t.Fatal(err)
	}
	if err := corpus.Write(b, 30, 7); err != nil {
		t.Fatal(err)
	}
	ta, tb := readTree(t, a), readTree(t, b)
	if len(ta) != 31 {
		t.Fatalf("wrote %d files, want site.toml and 30 articles", len(ta))
	}
	for p, data := range ta {
		if !bytes.Equal(data, tb[p]) {
			t.Errorf("%s differs between two corpora of the same seed", p)
		}
	}

	// Article i does not depend on the corpus size: a benchmark adds
	// article n to a corpus of n.
	small := t.TempDir()
	if err := corpus.Write(small, 10, 7); err != nil {
		t.Fatal(err)
	}
	for p, data := range readTree(t, small) {
		if !bytes.Equal(data, ta[p]) {
			t.Errorf("%s of a corpus of 10 differs from the same article of a corpus of 30", p)
		}
	}

	// Another seed, other articles.
	if bytes.Equal(corpus.New(7, 3).Data, corpus.New(8, 3).Data) {
		t.Error("seeds 7 and 8 gave the same article 3")
	}
}

func TestWriteRefusesNonEmptyContent(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "mine.md"), []byte("+++\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := corpus.Write(dir, 3, 1); err == nil {
		t.Error("Write into a content/ folder that holds an article: no error")
	}
}

func TestArticleSize(t *testing.T) {
	total := 0
	for i := range sample {
		a := corpus.New(1, i)
		if n := len(a.Data); n < 3<<10 || n > 6<<10 {
			t.Errorf("%s: %d bytes, want about 4 KB", a.Name, n)
		}
		total += len(a.Data)
	}
	if mean := total / sample; mean < 3700 || mean > 4500 {
		t.Errorf("mean size %d bytes, want about 4 KB", mean)
	}
}

func TestExpressions(t *testing.T) {
	kinds := map[corpus.Kind]int{}
	english := 0
	for i := range sample {
		a := corpus.New(1, i)
		if n := len(a.Exprs); n < 20 || n > 30 {
			t.Errorf("%s: %d expressions, want 20 to 30", a.Name, n)
		}
		body := string(a.Data)
		for _, e := range a.Exprs {
			// At the start of a sentence, the expression takes a capital.
			if !strings.Contains(body, e.Text) && !strings.Contains(body, capitalized(e.Text)) {
				t.Errorf("%s: expression %q (%s) is not in the text", a.Name, e.Text, e.Kind)
			}
			kinds[e.Kind]++
		}
		if a.Language == "en" {
			english++
		}
	}
	for k := corpus.FullDate; k <= corpus.Clock; k++ {
		if kinds[k] == 0 {
			t.Errorf("no expression of kind %s in %d articles", k, sample)
		}
	}
	if english == 0 || english > sample/5 {
		t.Errorf("%d English articles in %d, want a few", english, sample)
	}
}

func TestFrontMatter(t *testing.T) {
	first, last := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range sample {
		a := corpus.New(1, i)
		art, probs := content.Parse("content/"+a.Name, a.Data, content.Options{Language: "fr", Now: now})
		if len(probs) > 0 {
			t.Errorf("%s: %v", a.Name, probs)
			continue
		}
		if art.Title == "" || !strings.HasPrefix(art.URL, "https://") && art.URL != "" || art.Language != a.Language {
			t.Errorf("%s: title %q, url %q, language %q", a.Name, art.Title, art.URL, art.Language)
		}
		if art.Published.Before(first) || !art.Published.Before(last) {
			t.Errorf("%s: published %s, want 2016 to 2023", a.Name, art.Published)
		}
		if len(art.Dropped()) == 0 && i < 10 {
			t.Logf("%s: no furniture line", a.Name)
		}
	}
}

// TestPipeline builds a small corpus with the real pipeline: every episode
// gets events, the tagger finds most of what was written, and the cleaner
// sets the furniture aside.
func TestPipeline(t *testing.T) {
	const n = 60
	dir := t.TempDir()
	if err := corpus.Write(dir, n, 1); err != nil {
		t.Fatal(err)
	}
	res, sum, probs := build.Make(context.Background(), build.Options{SiteDir: dir, Now: now})
	if probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	if sum.Articles != n {
		t.Errorf("built %d articles, want %d", sum.Articles, n)
	}
	for _, ep := range res.Timeline.Episodes {
		if len(ep.Events) == 0 {
			t.Errorf("episode %s has no event", ep.ID)
		}
	}
	written := 0
	for i := range n {
		written += len(corpus.New(1, i).Exprs)
	}
	found := 0
	for _, x := range res.Extractions {
		found += len(x.Mentions)
	}
	// Mentions merge two expressions of one date in a sentence ("hier
	// vers 7 h 15"), and the tagger may miss some: most must still be found.
	if found < written*7/10 {
		t.Errorf("the pipeline found %d mentions for %d expressions written", found, written)
	}
	if sum.Dropped < n {
		t.Errorf("%d furniture lines dropped in %d articles, want at least one an article on average", sum.Dropped, n)
	}
	t.Logf("%d articles: %d expressions written, %d mentions, %d events, %d furniture lines dropped", n, written, found, sum.Events, sum.Dropped)
}

// TestEpisodesMatchRepository keeps the generated site.toml's episodes
// those of the repository's site.toml.
func TestEpisodesMatchRepository(t *testing.T) {
	repo, probs := config.Load("../..")
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	gen, probs := config.Parse(corpus.SiteTOML)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	if len(gen.Episodes) != len(repo.Episodes) {
		t.Fatalf("%d episodes, the repository has %d", len(gen.Episodes), len(repo.Episodes))
	}
	for i, e := range gen.Episodes {
		r := repo.Episodes[i]
		if e.ID != r.ID || e.Start != r.Start || e.End != r.End {
			t.Errorf("episode %d: %s %s–%s, the repository has %s %s–%s", i, e.ID, e.Start, e.End, r.ID, r.Start, r.End)
		}
	}
}

func capitalized(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// readTree returns the files a corpus writes: site.toml and content/*.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	names := []string{"site.toml"}
	entries, err := os.ReadDir(filepath.Join(dir, "content"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		names = append(names, "content/"+e.Name())
	}
	files := map[string][]byte{}
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = data
	}
	return files
}
