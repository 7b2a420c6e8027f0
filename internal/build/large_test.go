package build

import (
	"context"
	"sort"
	"strings"
	"testing"

	"timeline/internal/linkcheck"
)

// pageMax is the most an HTML page may weigh: a reader on a phone opens
// one event from a link and must not download the archive.
const pageMax = 1 << 20

// TestLargeSite builds 10,000 generated articles, as an archive grows to
// after years, and checks that pagination keeps every page under 1 MB and
// that every internal link resolves. It takes about a minute: -short
// (make test) skips it, make test-large runs it.
func TestLargeSite(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 10,000 articles: run by make test-large")
	}
	const n = 10000
	site := writeCorpus(t, n)
	res, sum, probs := Make(context.Background(), Options{SiteDir: site, Now: benchNow})
	if probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	if sum.Articles != n {
		t.Errorf("built %d articles, want %d", sum.Articles, n)
	}
	t.Logf("%d articles → %d events, %d pages, %d files, %d bytes; stages: %s", sum.Articles, sum.Events, sum.Pages, sum.Files, sum.Bytes, sum.StageLine())

	files := make(map[string][]byte, len(res.Files))
	type sized struct {
		path string
		size int
	}
	var big []sized
	for _, f := range res.Files {
		files[f.Path] = f.Bytes()
		if strings.HasSuffix(f.Path, ".html") && f.Size() > pageMax {
			big = append(big, sized{f.Path, int(f.Size())})
		}
	}
	sort.Slice(big, func(i, j int) bool { return big[i].size > big[j].size })
	for i, p := range big {
		if i == 20 {
			t.Errorf("… and %d more pages over 1 MB", len(big)-i)
			break
		}
		t.Errorf("%s: %d bytes, over the 1 MB a page may weigh (paginate it)", p.path, p.size)
	}

	r := linkcheck.Check(files, "/karabakh/")
	for i, b := range r.Broken {
		if i == 20 {
			t.Errorf("… and %d more broken links", len(r.Broken)-i)
			break
		}
		t.Error(b)
	}
	if r.Checked < sum.Pages {
		t.Errorf("only %d internal links checked in %d pages", r.Checked, sum.Pages)
	}
}
