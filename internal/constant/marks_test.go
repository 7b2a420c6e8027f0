package constant

import (
	"fmt"
	"strings"
	"testing"
)

// TestMarks checks that the markers of the probes read back as they were
// written, and that what only looks like one is none.
func TestMarks(t *testing.T) {
	var out strings.Builder
	var want []mark
	for _, i := range []int{0, 1, 15, 16, 17, 255, 4096, 1 << 20} {
		for _, m := range []struct {
			kind byte
			text string
		}{{'S', startMark(i)}, {'E', endMark(i)}} {
			out.WriteString("QJZX QJZXSZ QJZXEaZ QJZXTA ") // none
			pos := out.Len()
			out.WriteString(m.text)
			want = append(want, mark{pos: pos, end: out.Len(), kind: m.kind, i: i})
		}
		pos := out.Len()
		out.WriteString(tailMark(i))
		want = append(want, mark{pos: pos, end: pos + len(startMark(i)), kind: 'T', i: i},
			mark{pos: out.Len() - len(startMark(i)), end: out.Len(), kind: 'U', i: i})
	}
	got := marks(out.String())
	if len(got) != len(want) {
		t.Fatalf("%d markers, want %d: %v", len(got), len(want), got)
	}
	for k := range got {
		if got[k] != want[k] {
			t.Errorf("marker %d: %+v, want %+v", k, got[k], want[k])
		}
	}
}

// TestDifferences checks which constants written as text a difference
// between the two probes' pages is put on.
func TestDifferences(t *testing.T) {
	s0, e0, s1, e1 := startMark(0), endMark(0), startMark(1), endMark(1)
	t0, u0, t1, u1 := "QJZXT"+markIndex(0), "QJZXU"+markIndex(0), "QJZXT"+markIndex(1), "QJZXU"+markIndex(1)
	runs := [][]int{{0}, {0, 1}} // the constants before each tail
	for _, tt := range []struct {
		name          string
		probe, marked string
		text          []int
		blamed        []int
		unexplained   bool
	}{
		{"the same pages", "<p>" + s0 + "a" + e0 + tailMark(0) + "</p>", "<p>" + s0 + "a" + e0 + tailMark(0) + "</p>", []int{0}, nil, false},
		{"a constant escaped, left as an action", "<p>" + s0 + "&amp;" + e0 + "</p>", "<p>" + s0 + "&amp;" + e0 + "</p>", []int{}, nil, false},
		{"quotes around a constant", `x = "` + s0 + "a" + e0 + `";` + s1 + "b" + e1, "x = " + s0 + "a" + e0 + ";" + s1 + "b" + e1, []int{0, 1}, []int{0}, false},
		{"a tail escaped another way", s0 + "a" + e0 + t0 + "a:/" + u0 + s1 + "b" + e1, s0 + "a" + e0 + t0 + "a:%2f" + u0 + s1 + "b" + e1, []int{0, 1}, []int{0}, false},
		{"a tail of a run of two: on the last first", s0 + "a" + e0 + s1 + "b" + e1 + t1 + "a:/" + u1, s0 + "a" + e0 + s1 + "b" + e1 + t1 + "a:%2f" + u1, []int{0, 1}, []int{1}, false},
		{"a tail of a run of two: then on the one before", s0 + "a" + e0 + s1 + "b" + e1 + t1 + "a:/" + u1, s0 + "a" + e0 + s1 + "b" + e1 + t1 + "a:%2f" + u1, []int{0}, []int{0}, false},
		{"after a tail", s0 + "a" + e0 + t0 + "/" + u0 + "x/y" + s1 + "b" + e1, s0 + "a" + e0 + t0 + "/" + u0 + "x%2fy" + s1 + "b" + e1, []int{0}, []int{0}, false},
		{"a tail a link's filter refused", s0 + "a" + e0 + "#ZgotmplZ" + s1 + "b" + e1, s0 + "a" + e0 + t0 + "a:/" + u0 + s1 + "b" + e1, []int{0, 1}, []int{0}, false},
		{"next to constants left as actions only", s0 + "a" + e0 + `"x"` + s1 + "b" + e1, s0 + "a" + e0 + "x" + s1 + "b" + e1, []int{}, nil, true},
		{"at the end of the page", s0 + "a" + e0 + "x", s0 + "a" + e0 + "y", []int{0}, []int{0}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := map[int]bool{}
			for _, i := range tt.text {
				text[i] = true
			}
			blamed, unexplained := differences(tt.probe, tt.marked, text, runs)
			var got []int
			for i := range 2 {
				if blamed[i] {
					got = append(got, i)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.blamed) || unexplained != tt.unexplained || len(blamed) != len(got) {
				t.Errorf("blamed %v, unexplained %v; want %v, %v", got, unexplained, tt.blamed, tt.unexplained)
			}
		})
	}
}
