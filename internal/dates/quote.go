package dates

import "strings"

// The rules for reported speech: what a quotation counts from, and which
// verbs tell its tense.

// markQuotes marks the tokens that stand inside quotation marks («…»,
// “…”, "…"), the marks excluded, and reports whether there are any. The
// dates of a quotation count from the day of its statement (see
// statement), and take their tense from the quotation's own verbs (see
// nearestMarker): in "« Les écoles resteront fermées jusqu'à mercredi », a
// précisé le maire", mercredi is ahead.
func markQuotes(s string, toks []token) bool {
	if !quoteMark(s) {
		return false // most sentences: no quotation to read
	}
	depth, straight, any := 0, false, false
	for k := range toks {
		t := &toks[k]
		if t.kind == tPunct {
			switch t.r {
			case '«', '“':
				depth++
				continue
			case '»', '”':
				depth = max(depth-1, 0)
				continue
			case '"':
				straight = !straight
				continue
			}
		}
		t.quoted = depth > 0 || straight
		any = any || t.quoted
	}
	return any
}

// quoteMark reports whether s holds a quotation mark: «, “ or ".
func quoteMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "«") || strings.Contains(s, "“")
}

// inside reports whether the phrase p stands inside quotation marks.
func (m *matcher) inside(p phrase) bool { return m.t[p.first].quoted }

// mixed reports whether ps has phrases both inside and outside quotation
// marks: only then may the quotation have a date of its own, the
// statement's, to count from.
func (m *matcher) mixed(ps []phrase) bool {
	in, out := false, false
	for _, p := range ps {
		q := m.inside(p)
		in, out = in || q, out || !q
	}
	return in && out
}

// statement returns the day of the statement a quotation reports: the
// day outside the quotation marks nearest them, "« Nous attendons depuis
// vendredi », a déclaré mardi le porte-parole", "Il a déclaré lundi : «
// Nous partirons demain »"; zero if the sentence gives none. The
// quotation's own words count from it: "vendredi" is the Friday before
// that Tuesday, "demain" the day after that Monday.
func (m *matcher) statement(ps []phrase, exprs []Expr, ok []bool) Date {
	best, bestD := Date{}, 0
	for i, p := range ps {
		if m.inside(p) || !ok[i] || !anchors(exprs[i]) {
			continue
		}
		for _, q := range ps {
			if !m.inside(q) {
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

// reports reports whether the verb of the tense marker at i says or
// decides something: "a déclaré", "a précisé", "ont annoncé", "se sont
// engagés", "said", "announced", "agreed". What it says or decides may lie
// ahead of it ("ont annoncé un couvre-feu à partir de dimanche"), and set
// off by a comma after a date it reports a statement whose own verb gives
// the tense ("commencera à partir de lundi, a précisé le ministre").
func (m *matcher) reports(i int) bool {
	w := m.text(m.verbOf(i))
	if len(w) < 3 {
		return false
	}
	b := w[0]
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	for _, stem := range reportStems[b] {
		if len(w) >= len(stem) && strings.EqualFold(w[:len(stem)], stem) {
			return true
		}
	}
	return false
}

// verbOf returns the token of the verb that the tense marker at i tells:
// the participle after an auxiliary, past a negation or an adverb ("a
// déjà annoncé"), else i.
func (m *matcher) verbOf(i int) int {
	if !m.lx(i).aux {
		return i
	}
	k := i + 1
	for k < len(m.t) && k < i+4 && adverbs[strings.ToLower(m.text(k))] {
		k++
	}
	return k
}

// saysPast reports whether what the verb at v says is past, or another
// clause: "a affirmé avoir repoussé", "a annoncé qu'il", "said that".
func (m *matcher) saysPast(v int) bool {
	return anyFold(m.text(v+1), "avoir", "être", "que", "qu", "d", "that")
}

// reportStems begin the verbs of saying and deciding, French then English,
// by their first byte (lowercase).
var reportStems = stemsByByte(`annonc décid décrét ordonn instaur impos fixé promi engag accept
	convenu sign déclar affirm indiqu précis ajout expliqu assur confirm dit écrit rapport estim
	prévenu averti soulign insist réclam dénonc accus répét racont
	said told announc declar stated added report warn claim wrote order decid promis pledg agreed
	committed explain`)

// stemsByByte returns the words of list by their first byte.
func stemsByByte(list string) (out [256][]string) {
	for _, w := range strings.Fields(list) {
		out[w[0]] = append(out[w[0]], w)
	}
	return out
}
