package render

import (
	"bytes"
	"testing"
)

// TestSplice checks that a page takes each marker's rows in its place,
// keeps a NUL or a false marker as it is, and leaves no rows held.
func TestSplice(t *testing.T) {
	rows := func(s string) string {
		b := buffers.Get().(*bytes.Buffer)
		b.Reset()
		b.WriteString(s)
		return string(hold(b))
	}
	a, b := rows("<li>a</li>"), rows("<li>b</li>")
	for _, tt := range []struct{ name, page, want string }{
		{"two markers", "<ol>" + a + "</ol><ol>" + b + "</ol>", "<ol><li>a</li></ol><ol><li>b</li></ol>"},
		{"no marker", "<p>x</p>", "<p>x</p>"},
		{"a NUL that is no marker", "x\x00y", "x\x00y"},
		{"a marker of no rows", "x\x00rows:zz\x00y", "x\x00rows:zz\x00y"},
		{"an unfinished marker", "x\x00rows:12", "x\x00rows:12"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			splice(&out, []byte(tt.page))
			if out.String() != tt.want {
				t.Errorf("spliced %q, want %q", out.String(), tt.want)
			}
		})
	}
	// A page that failed gives its rows back without writing them.
	c := rows("<li>c</li>")
	splice(nil, []byte("<ol>"+c))
	var out bytes.Buffer
	splice(&out, []byte(c))
	if out.String() != c {
		t.Errorf("rows spliced twice: %q", out.String())
	}
	for _, m := range []string{a, b, c} {
		id, _, ok := marker([]byte(m))
		if _, held := drawnRows.Load(id); !ok || held {
			t.Errorf("the rows of %q are still held", m)
		}
	}
}
