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

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "0 errors", 1: "1 error", 2: "2 errors", 1234567: "1,234,567 errors"} {
		if got := Plural(n, "error"); got != want {
			t.Errorf("Plural(%d) = %q, want %q", n, got, want)
		}
	}
}
