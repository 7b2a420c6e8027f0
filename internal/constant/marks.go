package constant

import "strings"

// The markers the probes print: the start and end of constant i, and of
// the tail after run i, around the tail's text. Capital letters, i
// written with A to P and ended by a Z.
func startMark(i int) string { return "QJZXS" + markIndex(i) }
func endMark(i int) string   { return "QJZXE" + markIndex(i) }
func tailMark(i int) string  { return "QJZXT" + markIndex(i) + tailText + "QJZXU" + markIndex(i) }

func markIndex(i int) string {
	var b []byte
	for {
		b = append(b, byte('A'+i%16))
		if i /= 16; i == 0 {
			return string(append(b, 'Z'))
		}
	}
}

// tailText is what a tail prints after its marker: a character of each
// kind the escapers of different contexts treat differently.
const tailText = " a:/?#&=<>'\"`+,;()\\ "

// mark is a marker found in a page: where it starts and ends, its kind
// ('S' and 'E' around a constant, 'T' and 'U' around a tail) and its
// index.
type mark struct {
	pos, end int
	kind     byte
	i        int
}

// marks returns the markers in out, in order.
func marks(out string) []mark {
	var ms []mark
	for at := 0; ; {
		k := strings.Index(out[at:], "QJZX")
		if k < 0 {
			return ms
		}
		at += k
		if m, ok := readMark(out, at); ok {
			ms = append(ms, m)
			at = m.end
		} else {
			at += len("QJZX")
		}
	}
}

// readMark reads the marker at out[at:], if there is one.
func readMark(out string, at int) (mark, bool) {
	j := at + len("QJZX")
	if j >= len(out) || strings.IndexByte("SETU", out[j]) < 0 {
		return mark{}, false
	}
	m := mark{pos: at, kind: out[j]}
	digits := 0
	for j++; j < len(out) && 'A' <= out[j] && out[j] <= 'P' && digits < 8; j++ {
		m.i += int(out[j]-'A') << (4 * digits)
		digits++
	}
	if digits == 0 || j >= len(out) || out[j] != 'Z' {
		return mark{}, false
	}
	m.end = j + 1
	return m, true
}

// unchanged returns the constants, of the values given, that the probe's
// page out shows as they are between their markers every time, and at
// least once: those html/template prints as they are where they stand.
// An empty value is left out: some escapers print something for nothing
// ("(?:)" in a script's regular expression), and nothing at the start of
// a link leaves the link's start where it was, which a value does not.
func unchanged(out string, values []string) map[int]bool {
	ms := marks(out)
	seen, bad := map[int]bool{}, map[int]bool{}
	for k, m := range ms {
		switch m.kind {
		case 'S':
			seen[m.i] = true
			if k+1 == len(ms) || ms[k+1].kind != 'E' || ms[k+1].i != m.i || m.i >= len(values) ||
				out[m.end:ms[k+1].pos] != values[m.i] {
				bad[m.i] = true
			}
		case 'E':
			if k == 0 || ms[k-1].kind != 'S' || ms[k-1].i != m.i {
				bad[m.i] = true
			}
		}
	}
	text := map[int]bool{}
	for i := range seen {
		if !bad[i] && values[i] != "" {
			text[i] = true
		}
	}
	return text
}

// differences compares the probe's page with the page of the probe that
// writes the constants in text as text (markedText). Both must hold the
// same markers in the same order, and the same bytes between them:
// nothing the escaper put around a constant, and the same tails. It
// returns the constants in text a difference is put on, and whether some
// difference could be put on none.
//
// A difference just before a constant is put on it (quotes an escaper
// put there); one in a tail, on the last constant of the tail's run
// (runs[i]) still in text, the likeliest to have changed the context the
// run leaves (if it did not, the next try puts the difference on the one
// before it); any other, on the marker before it.
func differences(probe, marked string, text map[int]bool, runs [][]int) (blamed map[int]bool, unexplained bool) {
	a, b := marks(probe), marks(marked)
	blamed = map[int]bool{}
	on := func(m mark, ok bool) bool {
		switch {
		case !ok:
		case m.kind == 'S' || m.kind == 'E':
			if text[m.i] {
				blamed[m.i] = true
				return true
			}
		case m.i < len(runs):
			for j := len(runs[m.i]) - 1; j >= 0; j-- {
				if i := runs[m.i][j]; text[i] {
					blamed[i] = true
					return true
				}
			}
		}
		return false
	}
	for k := 0; k <= len(a); k++ {
		prev, hasPrev := at(a, k-1)
		next, hasNext := at(a, k)
		if other, hasOther := at(b, k); hasNext != hasOther || hasNext && !same(next, other) {
			// A marker one page has and the other has not (a tail that a
			// link's filter refused): on it, and on the marker before.
			only := func(m mark, in []mark) bool { // m, not in the page of in
				for _, n := range in[k:] {
					if same(m, n) {
						return false
					}
				}
				return true
			}
			found := on(prev, hasPrev)
			found = on(next, hasNext && only(next, b)) || found
			found = on(other, hasOther && only(other, a)) || found
			return blamed, unexplained || !found
		}
		g1, g2 := gap(probe, a, k), gap(marked, b, k)
		if g1 == g2 {
			continue
		}
		p, q := 0, 0
		for p < len(g1) && p < len(g2) && g1[p] == g2[p] {
			p++
		}
		for q < len(g1)-p && q < len(g2)-p && g1[len(g1)-1-q] == g2[len(g2)-1-q] {
			q++
		}
		found := false
		if hasNext && next.kind == 'S' && q == 0 {
			found = on(next, true)
		}
		if !found || p == 0 {
			found = on(prev, hasPrev) || found
		}
		unexplained = unexplained || !found
	}
	return blamed, unexplained
}

// same reports whether two markers are the same marker, each in its page.
func same(m, n mark) bool { return m.kind == n.kind && m.i == n.i }

// at returns ms[k], if there is one.
func at(ms []mark, k int) (mark, bool) {
	if k < 0 || k >= len(ms) {
		return mark{}, false
	}
	return ms[k], true
}

// gap returns the bytes of out between the markers ms[k-1] and ms[k]:
// from the start, to the end, when there is none.
func gap(out string, ms []mark, k int) string {
	from, to := 0, len(out)
	if k > 0 {
		from = ms[k-1].end
	}
	if k < len(ms) {
		to = ms[k].pos
	}
	return out[from:to]
}
