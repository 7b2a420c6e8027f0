package keygen

import (
	"strings"
	"testing"
	"time"
)

type entity struct{ id string }

func (e *entity) Key() uint64 { return 1 }
func (e *entity) Ref() string {
	if e == nil {
		return ""
	}
	return e.id
}
func (e *entity) Name() string { return e.id }

type part struct {
	Year, Month int
}

type sample struct {
	Text   string
	N      int
	OK     bool
	F      float64
	When   time.Time
	Day    part
	Items  []part
	Owner  *entity
	Link   *entity   `key:"ref"`
	Links  []*entity `key:"ref"`
	Any    any
	Skip   func() `key:"-"`
	hidden uint64 // an unexported field is hashed too
}

type withFunc struct {
	Fill func()
}

type withMap struct {
	M map[string]int
}

// TestSource checks what Source writes for each kind of field, and that
// a field it cannot hash is refused, naming it.
func TestSource(t *testing.T) {
	_ = sample{}.hidden
	src, err := Source("keygen", "hashKey", sample{}, part{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"func (v *sample) hashKey(h *store.Hash) {",
		"h.String(string(v.Text))",
		"h.Word(uint64(v.N))",
		"h.Bool(bool(v.OK))",
		"h.Float(float64(v.F))",
		"h.Time(v.When)",
		"v.Day.hashKey(h)",
		"v.Items[i0].hashKey(h)",
		"h.Word(v.Owner.Key())",
		"h.Text(v.Link.Ref())",
		"h.Text(v.Links[i0].Ref())",
		"hashKeyAny(h, v.Any)",
		"h.Word(uint64(v.hidden))",
		"func hashKeyAny(h *store.Hash, v any) {",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("no %q in:\n%s", want, src)
		}
	}
	if strings.Contains(string(src), "Skip") {
		t.Error("a field tagged key:\"-\" is hashed")
	}
	for _, c := range []struct {
		v    any
		want string
	}{
		{withFunc{}, "withFunc.Fill: a func cannot be part of a key"},
		{withMap{}, "withMap.M: a map cannot be part of a key"},
		{7, "is not a struct"},
	} {
		if _, err := Source("keygen", "hashKey", c.v); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Source(%T): %v, want an error saying %q", c.v, err, c.want)
		}
	}
}
