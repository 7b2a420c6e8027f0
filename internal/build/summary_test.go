package build

import (
	"strings"
	"testing"
	"time"

	"timeline/internal/diag"
)

func TestTable(t *testing.T) {
	s := &Summary{Out: "public", Articles: 10001, Cached: 10000, Dropped: 52310, Dates: 250112, Events: 3921,
		Pages: 14090, PagesWritten: 12, PagesUnchanged: 14078, Bytes: 3 << 20, Fingerprint: "0cfa0e23d85fc522",
		Stages: []Stage{{"read", 40 * time.Millisecond}, {"render", 210 * time.Millisecond}}, Time: 250 * time.Millisecond}
	var b strings.Builder
	if err := s.Table(&b); err != nil {
		t.Fatal(err)
	}
	want := ` 10,001  articles (10,000 unchanged since the last build)
 52,310  boilerplate lines dropped
250,112  dates found
  3,921  events
     12  pages written
 14,078  pages unchanged
read 40ms · render 210ms · total 250ms
3.0 MB of files in public · input 0cfa0e23d85fc522 · open public/index.html
`
	if b.String() != want {
		t.Errorf("Table:\n%s\nwant:\n%s", b.String(), want)
	}
}

// TestTableDrafts: the count of articles says how many are drafts and
// whether the site shows them.
func TestTableDrafts(t *testing.T) {
	tests := []struct {
		name string
		s    Summary
		want string
	}{
		{"one left out", Summary{Articles: 7, Drafts: 1, Unpublished: 1}, "7  articles (1 draft left out, build -drafts shows it)"},
		{"two left out, some cached", Summary{Articles: 7, Drafts: 2, Unpublished: 2, Cached: 5}, "7  articles (2 drafts left out, build -drafts shows them; 5 unchanged since the last build)"},
		{"build -drafts", Summary{Articles: 7, Drafts: 2}, "7  articles (2 drafts included)"},
		{"no draft", Summary{Articles: 7}, "7  articles\n"},
	}
	for _, tt := range tests {
		var b strings.Builder
		tt.s.Table(&b)
		if !strings.HasPrefix(b.String(), tt.want) {
			t.Errorf("%s: %q, want it to start with %q", tt.name, b.String(), tt.want)
		}
	}
}

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "0 errors", 1: "1 error", 2: "2 errors", 1234567: "1,234,567 errors"} {
		if got := Plural(n, "error"); got != want {
			t.Errorf("Plural(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestSummaryFrench checks the summary and the count of problems of a
// French site, in French.
func TestSummaryFrench(t *testing.T) {
	s := &Summary{Out: "public", Articles: 10001, Cached: 10000, Dropped: 52310, Dates: 250112, Events: 3921,
		Pages: 14090, PagesWritten: 12, PagesUnchanged: 14078, Bytes: 3 << 20, Fingerprint: "0cfa0e23d85fc522",
		Stages: []Stage{{"read", 40 * time.Millisecond}}, Time: 250 * time.Millisecond, Review: "review", Lang: "fr"}
	var b strings.Builder
	if err := s.Table(&b); err != nil {
		t.Fatal(err)
	}
	// The thousands are grouped by a narrow no-break space, written here
	// as a space.
	want := ` 10 001  articles (10 000 inchangés depuis la dernière construction)
 52 310  lignes de remplissage écartées
250 112  dates trouvées
  3 921  événements
     12  pages écrites
 14 078  pages inchangées
read 40ms · total 250ms
relecture : ouvrir review/index.html
3.0 MB de fichiers dans public · entrée 0cfa0e23d85fc522 · ouvrir public/index.html
`
	want = strings.NewReplacer("10 001", "10\u202f001", "52 310", "52\u202f310", "250 112", "250\u202f112", "3 921", "3\u202f921", "14 078", "14\u202f078", "10 000", "10\u202f000").Replace(want)
	if b.String() != want {
		t.Errorf("Table:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	s.Report(&b, diag.List{diag.Errorf("site.toml", 1, 1, "x"), diag.Warnf("site.toml", 2, 1, "y"), diag.Warnf("site.toml", 3, 1, "z")})
	if want := "site.toml:1:1: x\nsite.toml:2:1: warning: y\nsite.toml:3:1: warning: z\n1 erreur, 2 avertissements : le site n’a pas été écrit (le précédent est inchangé)\n"; b.String() != want {
		t.Errorf("Report:\n%s\nwant:\n%s", b.String(), want)
	}
}
