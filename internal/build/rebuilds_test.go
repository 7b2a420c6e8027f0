package build

import (
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
	c := NewCache()
	make1(t, site, c)
	var got map[string][]byte
	for i := range 3 {
		if _, err := corpus.Add(site, n+i, benchSeed); err != nil {
			t.Fatal(err)
		}
		got, _ = make1(t, site, c)
	}
	want, _ := make1(t, site, nil)
	sameFiles(t, got, want)
}
