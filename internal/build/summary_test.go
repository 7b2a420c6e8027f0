package build

import (
	"strings"
	"testing"
	"time"
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
