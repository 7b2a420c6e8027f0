package build

import (
	"context"
	"testing"

	"timeline/internal/corpus"
)

// TestRebuildsEqualClean adds articles one at a time to a generated site
// large enough for list pages of several pages and events split by
// month, rebuilding in memory after each: what one build keeps for the
// next (rows of listings, months of an event, runs of the data files,
// search documents) must still be right builds later, when the pages
// that use it were not drawn in between. The last rebuild must give the
// bytes of a clean build.
func TestRebuildsEqualClean(t *testing.T) {
	const n = 1000
	site := writeCorpus(t, n)
	build := func(c *Cache) map[string][]byte {
		t.Helper()
		res, _, probs := Make(context.Background(), Options{Site: site, Now: benchNow, Cache: c})
		if res == nil || probs.HasErrors() {
			t.Fatalf("build failed:\n%v", probs)
		}
		files := map[string][]byte{}
		for _, f := range res.Files {
			files[f.Path] = f.Data
		}
		return files
	}
	c := NewCache()
	build(c)
	var got map[string][]byte
	for i := range 3 {
		if _, err := corpus.Add(site, n+i, benchSeed); err != nil {
			t.Fatal(err)
		}
		got = build(c)
	}
	sameFiles(t, got, build(nil))
}
