package draft

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"timeline/internal/content"
	"timeline/internal/corpus"
)

// TestPageKey: addresses of one page written differently have one key.
func TestPageKey(t *testing.T) {
	const page = "https://www.lemonde.fr/international/article/2023/09/20/offensive_6190000_3210.html"
	tests := []struct {
		name, address string
		same          bool
	}{
		{"the same", page, true},
		{"http", strings.Replace(page, "https:", "http:", 1), true},
		{"the host's case", strings.Replace(page, "www.lemonde.fr", "WWW.LeMonde.FR", 1), true},
		{"without www", strings.Replace(page, "www.", "", 1), true},
		{"a trailing slash", page + "/", true},
		{"a fragment", page + "#comments", true},
		{"utm parameters", page + "?utm_source=twitter&utm_medium=social&UTM_Campaign=x", true},
		{"xtor and fbclid", page + "?xtor=RSS-3208&fbclid=IwAR0abc", true},
		{"the path's case", strings.Replace(page, "offensive", "Offensive", 1), false},
		{"another page", strings.Replace(page, "6190000", "6190001", 1), false},
		{"a parameter that names the page", page + "?page=2", false},
		{"spaces around", "  " + page + "\n", true},
	}
	want := pageKey(page)
	for _, tt := range tests {
		if got := pageKey(tt.address); (got == want) != tt.same {
			t.Errorf("%s: %q, %q: same = %v, want %v", tt.name, got, want, got == want, tt.same)
		}
	}
	if k := pageKey("https://x.example/a?b=2&a=1"); k != pageKey("https://x.example/a?a=1&b=2&utm_source=y") {
		t.Errorf("the order of parameters counts: %q", k)
	}
	for _, none := range []string{"", "page.html", "www.lemonde.fr/x"} {
		if k := pageKey(none); k != "" {
			t.Errorf("pageKey(%q) = %q, want none", none, k)
		}
	}
}

// article makes an article of paragraphs, read as the build reads it.
func article(t testing.TB, path string, paras ...string) *content.Article {
	t.Helper()
	a, list := content.Parse(path, []byte("+++\ntitle = \"T\"\npublished = 2023-09-20\n+++\n"+strings.Join(paras, "\n\n")+"\n"), content.Options{Language: "fr"})
	if a == nil {
		t.Fatal(list)
	}
	return a
}

// words returns n words of a made-up text, the same for the same seed.
func words(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, 0))
	vocab := strings.Fields("le la les des un une de du à au et en sur pour par avec dans armée frontière village route blocus réfugiés cessez-le-feu négociations Bakou Erevan Stepanakert ministre président soldats civils tirs drones corridor aide humanitaire accord paix mardi jeudi septembre octobre selon a ont été sont annoncé déclaré affirmé")
	w := make([]string, n)
	for i := range w {
		w[i] = vocab[r.IntN(len(vocab))]
	}
	return strings.Join(w, " ") + "."
}

// TestShare checks the share of runs of words two texts have in common,
// exact and estimated from their sketches.
func TestShare(t *testing.T) {
	p := []string{words(1, 80), words(2, 80), words(3, 80), words(4, 80), words(5, 80), words(6, 80), words(7, 80), words(8, 80), words(9, 80), words(10, 80)}
	base := article(t, "content/a.md", p...)
	tests := []struct {
		name     string
		paras    []string
		min, max float64
	}{
		{"the same text", p, 1, 1},
		{"the same, with a line of furniture and other case and accents", append([]string{"Partager sur Facebook"}, strings.ToUpper(strings.Join(p, "\n\n"))), 1, 1},
		{"one paragraph of ten more", append(p[:10:10], words(11, 80)), 0.8, 0.95},
		{"one paragraph of ten changed", append(p[:9:9], words(11, 80)), 0.75, 0.9},
		{"half the text", p[:5], 0.45, 0.55},
		{"another text", []string{words(20, 800)}, 0, 0.05},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := shingles(article(t, "content/b.md", tt.paras...))
			a := shingles(base)
			j := jaccard(a, b)
			if j < tt.min || j > tt.max {
				t.Errorf("share %.3f, want %.2f to %.2f", j, tt.min, tt.max)
			}
			if e := estimate(a[:min(len(a), sketchSize)], b[:min(len(b), sketchSize)]); e < j-0.15 || e > j+0.15 {
				t.Errorf("estimated %.3f, the share is %.3f", e, j)
			}
		})
	}
}

// TestSimilar finds the article of nearly the same text among others.
func TestSimilar(t *testing.T) {
	x := &Index{pages: map[string]string{}}
	site := t.TempDir()
	x.site = site
	var p []string
	for i := range 10 {
		p = append(p, words(uint64(100+i), 60))
	}
	for i := range 50 {
		path := fmt.Sprintf("content/other-%02d.md", i)
		writeArticle(t, site, path, words(uint64(1000+i), 600))
		x.Add(article(t, path, words(uint64(1000+i), 600)))
	}
	writeArticle(t, site, "content/first.md", p...)
	x.Add(article(t, "content/first.md", p...))
	path, share := x.Similar(article(t, "content/second.md", append(p, "Mis à jour à 9 heures.")...))
	if path != "content/first.md" || share < nearlySame {
		t.Errorf("Similar = %s, %.2f; want content/first.md", path, share)
	}
	if path, _ := x.Similar(article(t, "content/third.md", p[:6]...)); path != "" {
		t.Errorf("a text with six paragraphs of ten: similar to %s", path)
	}
	var none *Index
	if path, _ := none.Similar(article(t, "content/x.md", p...)); path != "" || none.SamePage("https://a.example/") != "" {
		t.Error("a nil index finds something")
	}
}

// writeArticle writes an article of paragraphs at path in site.
func writeArticle(t testing.TB, site, path string, paras ...string) {
	t.Helper()
	writeFile(t, site, path, "+++\ntitle = \"T\"\npublished = 2023-09-20\n+++\n"+strings.Join(paras, "\n\n")+"\n")
}

// writeFile writes data at path in site.
func writeFile(t testing.TB, site, path, data string) {
	t.Helper()
	p := filepath.Join(site, filepath.FromSlash(path))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkNewIndex reads a generated site of 1,000 articles into an index.
func BenchmarkNewIndex(b *testing.B) {
	site := b.TempDir()
	if err := corpus.Write(site, 1000, 1); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := NewIndex(site); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSimilar looks for a text among 10,000 sketches, none near it.
func BenchmarkSimilar(b *testing.B) {
	x := &Index{pages: map[string]string{}}
	for i := range 10000 {
		x.Add(article(b, fmt.Sprintf("content/a%05d.md", i), words(uint64(i), 500)))
	}
	a := article(b, "content/new.md", words(999999, 500))
	for b.Loop() {
		if path, _ := x.Similar(a); path != "" {
			b.Fatal(path)
		}
	}
}
