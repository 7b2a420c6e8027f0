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
	sum := run1(t, Options{Site: site, Review: review})
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
		_, probs := Run(context.Background(), Options{Site: site, Now: now, Review: tt.review})
		if !strings.Contains(probs.Error(), tt.want) {
			t.Errorf("-review %s: %v, want %q", tt.review, probs, tt.want)
		}
	}
	if _, err := os.Stat(filepath.Join(site, "content", "index.html")); err == nil {
		t.Error("a review page was written into content/")
	}
}
