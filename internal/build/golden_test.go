package build

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"timeline/internal/corpus"
	"timeline/internal/render"
)

// updateGolden (-update) rewrites the golden files, as in go/printer's
// tests: after a change meant to alter the pages, run
//
//	go test ./internal/build -run Golden -update
//
// and review the golden diff: it is the change's effect on the site.
var updateGolden = flag.Bool("update", false, "rewrite testdata/*.golden with the files the build writes")

// golden is one file of a built site held byte for byte in
// testdata/<name>.golden.
type golden struct {
	name string // the golden file: testdata/<name>.golden
	kind string // the template that draws the page (one of render.Kinds); "" for a data file
	path string // the file in the built site
}

// goldenSite is the small fixed site: five short articles in French and
// English, with furniture lines, an attribution, an ignore and a manual
// [[event]].
const goldenSite = "testdata/site"

// siteGolden are files of goldenSite: a page of every kind but the
// month of an episode, which needs more events than a readable site has.
var siteGolden = []golden{
	{"index", "index", "index.html"},
	{"episode", "episode", "episodes/guerre/index.html"},
	{"event", "event", "events/2020-11-10/index.html"}, // three sources, French and English, an attribution
	{"sources", "sources", "sources/index.html"},
	{"source", "source", "sources/2022-12-14-la-route-de-latchine-coupee/index.html"}, // no outlet nor url, a manual event
	{"list", "list", "search/index.html"},
	{"entities", "entities", "places/index.html"}, // the map of the places, by kind
	{"about", "about", "about/index.html"},
	{"404", "404", "404.html"},
	{"events.json", "", "events.json"},
}

// The generated corpus of corpusGolden: the smallest size with every
// split (the sources list is split past 500 articles; the other splits
// appear with fewer), and the seed its pages were chosen with.
const (
	goldenCorpus = 501
	goldenSeed   = 1
)

// corpusGolden are pages only a large site has, from a corpus of
// internal/corpus (the same bytes for the same size and seed): an episode
// is split by month past 150 events, an event's quotations by month of
// publication past 150, the sources list by year past 500 articles, a list
// into pages past 250 events. A site of that many articles written by hand
// would bury the small one. Each page is among the smallest of its kind,
// so that its golden diff stays readable; its path exists only on a site
// that has the split.
var corpusGolden = []golden{
	{"corpus-month", "month", "episodes/contexte/2015-01/index.html"},
	{"corpus-event-split", "event", "events/1994-05/index.html"},         // the list of its months
	{"corpus-event-month", "event", "events/1994-05/2021-03/index.html"}, // the quotations of one month
	{"corpus-sources-year", "sources", "sources/2018/index.html"},        // the articles of one year
	{"corpus-list-page", "list", "outlets/la-croix/2/index.html"},        // the second page of an outlet's events
}

// TestGolden builds the small fixed site and the generated corpus and
// compares files of every page kind, and events.json, with their golden
// files: a change to a template, a view or a data file shows here.
func TestGolden(t *testing.T) {
	t.Run("site", func(t *testing.T) { checkGolden(t, goldenSite, siteGolden) })
	t.Run("corpus", func(t *testing.T) {
		site := filepath.Join(t.TempDir(), "corpus")
		if err := corpus.Write(site, goldenCorpus, goldenSeed); err != nil {
			t.Fatal(err)
		}
		checkGolden(t, site, corpusGolden)
	})
}

// TestGoldenFiles checks that every page kind has a golden file, and that
// every golden file is one TestGolden compares (-update leaves a renamed
// one behind).
func TestGoldenFiles(t *testing.T) {
	all := slices.Concat(siteGolden, corpusGolden)
	for _, kind := range render.Kinds {
		if !slices.ContainsFunc(all, func(g golden) bool { return g.kind == kind }) {
			t.Errorf("no golden file of a %s page: add one to siteGolden or corpusGolden", kind)
		}
	}
	files, err := filepath.Glob(filepath.Join("testdata", "*.golden"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".golden")
		if !slices.ContainsFunc(all, func(g golden) bool { return g.name == name }) {
			t.Errorf("%s is compared with no page (remove it, or add it to siteGolden or corpusGolden)", f)
		}
	}
}

// checkGolden builds site in memory and compares each of files with its
// golden file, or with -update rewrites the golden file.
func checkGolden(t *testing.T, site string, files []golden) {
	t.Helper()
	res, _, probs := Make(context.Background(), Options{SiteDir: site, Now: now})
	if res == nil || probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	built := make(map[string][]byte, len(res.Files))
	for _, f := range res.Files {
		built[f.Path] = f.Bytes()
	}
	for _, g := range files {
		got, ok := built[g.path]
		if !ok {
			t.Errorf("%s: the build wrote no %s (choose another page for this golden file)", g.name, g.path)
			continue
		}
		file := filepath.Join("testdata", g.name+".golden")
		if *updateGolden {
			if err := os.WriteFile(file, got, 0o644); err != nil {
				t.Error(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("%v (write it with go test ./internal/build -run Golden -update)", err)
			continue
		}
		if msg := diffBytes(got, want); msg != "" {
			t.Errorf("%s differs from %s: %s\nIf the change is meant, rewrite the golden files and review their diff:\n\tgo test ./internal/build -run Golden -update", g.path, file, msg)
		}
	}
}

// diffBytes says where got first differs from want, with some context of
// both (pages are minified to one long line: a line diff would show all of
// it); "" when they are equal.
func diffBytes(got, want []byte) string {
	if bytes.Equal(got, want) {
		return ""
	}
	const around = 80
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-around)
	after := func(b []byte) []byte { return b[i:min(len(b), i+around)] }
	return fmt.Sprintf("first difference at byte %d (got %d bytes, golden %d)\n\tboth:   %q\n\tgot:    %q\n\tgolden: %q",
		i, len(got), len(want), got[from:i], after(got), after(want))
}
