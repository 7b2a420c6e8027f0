package dates

import "strings"

// The rules for reported speech: what a quotation counts from.

// quoted marks the phrases of ps that stand inside quotation marks («…»,
// “…”, "…") and reports whether the sentence has phrases both inside and
// outside: only then may the quotation have a date of its own, the
// statement's, to count from.
func quoted(m *matcher, ps []phrase) bool {
	if !quoteMark(m.s) {
		return false // most sentences: no quotation to read
	}
	depth, straight := 0, false
	next := 0 // the phrase whose first token is still ahead
	in, out := false, false
	for k := range m.t {
		for next < len(ps) && ps[next].first == k {
			q := depth > 0 || straight
			ps[next].quoted = q
			in, out = in || q, out || !q
			next++
		}
		t := &m.t[k]
		if t.kind != tPunct {
			continue
		}
		switch t.r {
		case '«', '“':
			depth++
		case '»', '”':
			depth = max(depth-1, 0)
		case '"':
			straight = !straight
		}
	}
	return in && out
}

// statement returns the day of the statement a quotation reports: the
// day outside the quotation marks nearest them, "« Nous attendons depuis
// vendredi », a déclaré mardi le porte-parole", "Il a déclaré lundi : «
// Nous partirons demain »"; zero if the sentence gives none. The
// quotation's own words count from it: "vendredi" is the Friday before
// that Tuesday, "demain" the day after that Monday.
func statement(ps []phrase, exprs []Expr, ok []bool) Date {
	best, bestD := Date{}, 0
	for i, p := range ps {
		if p.quoted || !ok[i] || !anchors(exprs[i]) {
			continue
		}
		for _, q := range ps {
			if !q.quoted {
				continue
			}
			dist := p.first - q.end
			if q.first > p.first {
				dist = q.first - p.end
			}
			if best.IsZero() || dist < bestD {
				best, bestD = exprs[i].Value, dist
			}
		}
	}
	return best
}

// quoteMark reports whether s holds a quotation mark: «, “ or ".
func quoteMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "«") || strings.Contains(s, "“")
}
