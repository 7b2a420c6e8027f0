package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReview(t *testing.T) {
	site := copySite(t)
	review := filepath.Join(t.TempDir(), "review")
	sum := run1(t, Options{SiteDir: site, Review: review})
	if sum.Review != review {
		t.Errorf("summary names the review folder %q", sum.Review)
	}
	files := readTree(t, review)
	if len(files) != 5+2 { // the index, one page per article, the marker
		t.Errorf("the review folder holds %d files", len(files))
	}
	if !strings.Contains(string(files["index.html"]), "2023-09-20-offensive-d-envergure.html") {
		t.Error("the index does not link the articles")
	}
	if _, ok := readTree(t, filepath.Join(site, "public"))["index.html"]; !ok {
		t.Error("the site was not written")
	}
}

// TestReviewRefused checks that the review listing is never written where
// it would be published, nor anywhere a site must not be.
func TestReviewRefused(t *testing.T) {
	site := copySite(t)
	out := filepath.Join(site, "public")
	for _, tt := range []struct{ review, want string }{
		{out, "it would be published with the site"},
		{filepath.Join(out, "review"), "it would be published with the site"},
		{site, "it is the site folder itself"},
		{filepath.Join(site, "content"), "it is inside content/"},
	} {
		_, probs := Run(context.Background(), Options{SiteDir: site, Now: now, Review: tt.review})
		if !strings.Contains(probs.Error(), tt.want) {
			t.Errorf("-review %s: %v, want %q", tt.review, probs, tt.want)
		}
	}
	if _, err := os.Stat(filepath.Join(site, "content", "index.html")); err == nil {
		t.Error("a review page was written into content/")
	}
}

// TestReviewPage checks the review pages serve shows: the index, an
// article's page with its file read again (the text as it is now), and
// none for a slug no article has.
func TestReviewPage(t *testing.T) {
	site := copySite(t)
	res, _, probs := Make(context.Background(), Options{SiteDir: site, Now: now})
	if res == nil || probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	const slug, file = "2023-09-20-offensive-d-envergure", "content/2023-09-20-offensive-d-envergure.md"
	index, err := res.ReviewIndex(probs)
	if err != nil || !strings.Contains(string(index), `href="`+slug+`.html"`) {
		t.Errorf("the index does not link %s (error %v)", slug, err)
	}
	path := filepath.Join(site, filepath.FromSlash(file))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(data, "\nUne ligne ajoutée le 3 octobre 2023.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	page, ok, err := res.ReviewPage(slug, "/")
	if !ok || err != nil {
		t.Fatalf("ReviewPage(%q) = %v, %v", slug, ok, err)
	}
	for _, want := range []string{
		`<mark title="mardi 19 septembre 2023">mardi 19` + "\u00a0" + `septembre<span class="value">2023-09-19</span>`,
		`<span class="value">2023-10-03</span>`,                    // the line added since the build
		`<a href="/sources/` + slug + `/">sa page sur le site</a>`, // the site is French
	} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if _, ok, _ := res.ReviewPage("no-such-article", "/"); ok {
		t.Error("a page for a slug no article has")
	}
}
