package render

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// TestEventViewKey changes each field of a row, one at a time, nested
// ones included: every change must change the key under which the row is
// kept, or a rebuild would show a stale row. A field added to EventView
// and forgotten in key fails here.
func TestEventViewKey(t *testing.T) {
	base := EventView{
		ID: "2020-09-27", Href: "../events/2020-09-27/", Date: "27 septembre 2020", Datetime: "2020-09-27",
		EDTF: "2020-09-27", Precision: "day", Title: "Offensive", Episode: Link{Href: "../episodes/guerre/", Text: "Guerre"},
		Colour: "ep1", Sources: 3, Mentioned: 4, Filter: FilterData{Episode: "guerre", Outlets: "afp rfi", Sources: 3},
		Happenings: []HappeningView{{ID: "2020-09-27/a", Anchor: "e-a", Href: "../events/2020-09-27/#e-a", Title: "Offensive",
			Role: "event", Outlets: 2, Articles: 3}},
	}
	k := base.key()
	if k == 0 {
		t.Fatal("a row without quotations has no key")
	}
	var visit func(v reflect.Value, name string)
	visit = func(v reflect.Value, name string) {
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.IsExported() { // row and fill: a row of listRows, below
					visit(v.Field(i), name+"."+f.Name)
				}
			}
		case reflect.String:
			old := v.String()
			v.SetString(old + "x")
			if base.key() == k {
				t.Errorf("%s changed, the key did not", name)
			}
			v.SetString(old)
		case reflect.Int:
			old := v.Int()
			v.SetInt(old + 1)
			if base.key() == k {
				t.Errorf("%s changed, the key did not", name)
			}
			v.SetInt(old)
		case reflect.Bool:
			v.SetBool(!v.Bool())
			if base.key() == k {
				t.Errorf("%s changed, the key did not", name)
			}
			v.SetBool(!v.Bool())
		case reflect.Slice:
			// Mentions, Groups: a row with quotations is not kept (below).
			if name == "EventView.Mentions" || strings.HasSuffix(name, ".Groups") {
				return
			}
			for i := range v.Len() {
				visit(v.Index(i), name+"["+strconv.Itoa(i)+"]")
			}
		default:
			t.Errorf("%s: a field of kind %s that key does not know", name, v.Kind())
		}
	}
	visit(reflect.ValueOf(&base).Elem(), "EventView")
	if base.key() != k {
		t.Fatal("the key changed for the same row")
	}
	base.Mentions = []MentionView{{ID: "m"}}
	if base.key() != 0 {
		t.Error("a row with its quotations is kept")
	}
	base.Mentions = nil
	base.Happenings[0].Groups = []OutletGroup{{Outlet: "AFP"}}
	if base.key() != 0 {
		t.Error("a row with its happenings' quotations is kept")
	}
	if (EventView{row: 42}).key() != 42 {
		t.Error("a row of a list page is not kept by the key of its event")
	}
}
