package dates

// The rules for reported speech: what a quotation counts from.

// quoted marks the phrases of ps that stand inside quotation marks («…»,
// “…”, "…"), in d.inside, and reports whether the sentence has phrases
// both inside and outside: only then may the quotation have a date of its
// own, the statement's, to count from.
func (d *Doc) quoted(m *matcher, ps []phrase) bool {
	depth, straight := 0, false
	next := 0 // the phrase whose first token is still ahead
	in, out := false, false
	d.inside = d.inside[:0]
	for k := range m.t {
		for next < len(ps) && ps[next].first == k {
			q := depth > 0 || straight
			d.inside = append(d.inside, q)
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
func (d *Doc) statement(ps []phrase, exprs []Expr, ok []bool) Date {
	best, bestD := Date{}, 0
	for i, p := range ps {
		if d.inside[i] || !ok[i] || !anchors(exprs[i]) {
			continue
		}
		for j, q := range ps {
			if !d.inside[j] {
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
