package headline_test

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"timeline/internal/headline"
	"timeline/internal/timeline/timelinetest"
)

var update = flag.Bool("update", false, "rewrite testdata/*-headlines.txt with the headlines the timeline chooses")

// TestSiteHeadlines lists the headline of every happening of the seeds
// (French) and of a small English site written for the tests, with page
// furniture, anaphora and references back among their sentences: none
// may open with an anaphora or be furniture, and each is a clause of at
// most Max characters. The lists are kept in testdata, for a change of
// rules to show what it changes (go test ./internal/headline -update).
func TestSiteHeadlines(t *testing.T) {
	for _, tt := range []struct{ name, dir, list string }{
		{"seeds, French", "../..", "testdata/seeds-headlines.txt"},
		{"English", "testdata/english", "testdata/english-headlines.txt"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, tl := timelinetest.Load(t, tt.dir)
			var b strings.Builder
			for _, ev := range tl.Events {
				for _, h := range ev.Happenings {
					fmt.Fprintf(&b, "%s\t%s\t%s\n", ev.ID, h.Role, h.Title)
					first, _ := utf8.DecodeRuneInString(h.Title)
					switch {
					case headline.Anaphoric(h.Title):
						t.Errorf("%s: %q opens with an anaphora", h.ID, h.Title)
					case headline.Furniture(h.Title):
						t.Errorf("%s: %q is page furniture", h.ID, h.Title)
					case utf8.RuneCountInString(h.Title) > headline.Max:
						t.Errorf("%s: %q is longer than %d characters", h.ID, h.Title, headline.Max)
					case !unicode.IsUpper(first) && !unicode.IsDigit(first):
						t.Errorf("%s: %q does not open with a capital", h.ID, h.Title)
					}
				}
			}
			if *update {
				if err := os.WriteFile(tt.list, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(tt.list)
			if err != nil {
				t.Fatalf("%v (write it with go test ./internal/headline -update)", err)
			}
			if b.String() != string(want) {
				t.Errorf("the headlines are not those of %s (if the change is meant, rewrite it with -update and review its diff):\n%s", tt.list, b.String())
			}
		})
	}
}
