package claims

import (
	"math"
	"strings"
)

// numeral is a number of the sentence: the tokens that write it and what
// it counts to.
type numeral struct {
	from, to   int // tokens [from, to)
	count, max int
	about      bool // "une dizaine", "a dozen": about its number
	one        bool // "un", "a": one, but only before what it counts
	year       bool // "2020": never a count standing alone
	rough      bool // "des dizaines", "2 millions": "de" links it to its noun
}

// numeral reads the number that starts at token i, in digits ("2 000",
// "1,5 million"), in words ("vingt-trois", "one hundred and fifty") or
// counted roughly ("des dizaines de milliers", "a dozen", "hundreds"),
// with the other end of a range after it ("20 to 30", "50-60").
func (s *state) numeral(i int) (numeral, bool) {
	n, ok := s.single(i)
	if !ok {
		return n, false
	}
	// "le bilan est passé de 13 à 16": 16, and 13 no figure.
	if p := s.at(n.from - 1); (p.f == "de" || p.f == "from") && s.at(n.from-2).is(fChange) {
		return n, false
	}
	// "entre 50 et 60", "between 50,000 and 60,000".
	if s.at(n.from - 1).is(fBetween) {
		if j := n.to; s.at(j).is(fCoord) && s.at(j).f != "ainsi" {
			if m, ok := s.single(j + 1); ok && m.count > n.count && !m.one {
				n.max, n.to = m.max, m.to
				n.from--
				return n, true
			}
		}
	}
	// "20 to 30 residents", "50 à 60 morts", "50-60".
	if j := n.to; s.at(j).is(fRangeTo) && s.at(j).in == 0 {
		if m, ok := s.single(j + 1); ok && m.count > n.count && !m.one && m.year == n.year {
			n.max, n.to = m.max, m.to
		}
	}
	return n, true
}

// single reads one number at token i, without a range.
func (s *state) single(i int) (numeral, bool) {
	t := s.at(i)
	switch {
	case t.typ == tNum:
		return s.digits(i)
	case t.numberWord && t.lex != nil && t.lex.rough != 0:
		return s.roughly(i, i, false)
	case t.lex != nil && (t.lex.flags&(fSeveral|fDet) != 0 || t.lex.one):
		// "des dizaines", "plusieurs centaines", "several hundred", "a
		// few thousand", "une dizaine".
		k := i + 1
		several := t.is(fSeveral)
		if s.at(k).is(fSeveral) {
			k++
			several = true
		}
		if r := s.at(k).lex; r != nil && (r.rough != 0 || several && (r.mul || r.scale)) {
			return s.roughly(i, k, several)
		}
		if t.numberWord {
			return s.words(i)
		}
	case t.numberWord:
		return s.words(i)
	}
	return numeral{}, false
}

// digits reads a number written in digits, and the scale after it: "1,5
// million". A decimal without a scale counts nothing ("66.94%").
func (s *state) digits(i int) (numeral, bool) {
	t := s.at(i)
	if t.adj {
		return numeral{}, false // "44-day", "19-year-old"
	}
	v, to := t.val, i+1
	scaled := false
	if l := s.at(to).lex; l != nil && l.scale {
		v *= float64(l.num)
		to++
		scaled = true
	}
	if t.frac && !scaled {
		return numeral{}, false
	}
	c := toCount(v)
	return numeral{from: i, to: to, count: c, max: c, year: t.year && !scaled, rough: scaled}, true
}

// roughly reads a rough count: from is its first token (a determiner or
// "plusieurs"), k the rough noun. "des dizaines" is 10 to 99, "une
// dizaine" about 10; "de milliers" after it multiplies both ends: "des
// dizaines de milliers" is 10,000 to 99,999.
func (s *state) roughly(from, k int, several bool) (numeral, bool) {
	first, l := s.at(from), s.at(k).lex
	n := numeral{from: from, to: k + 1, rough: true}
	switch {
	case l.rough != 0 && l.roughMax != 0:
		// "des dizaines", "hundreds", "plusieurs centaines".
		if from < k && !several && first.f != "des" {
			return n, false // "les centaines": a noun, not a count
		}
		n.count, n.max = int(l.rough), int(l.roughMax)
	case l.rough != 0:
		// "une dizaine", "a dozen": about the number; "plusieurs
		// douzaines" is written with the plural.
		if from == k || !first.lex.one {
			return n, false
		}
		n.count, n.max, n.about = int(l.rough), int(l.rough), true
	case several && (l.mul || l.scale):
		// "several hundred", "a few thousand": the singular after
		// "several" counts as the plural does.
		n.count, n.max = int(l.num), int(l.num)*10-1
	default:
		return n, false
	}
	// "de milliers", "of thousands".
	if s.at(n.to).is(fPartitive) {
		if m := s.at(n.to + 1).lex; m != nil && m.roughMax != 0 && m.rough >= 1000 {
			n.count, n.max = n.count*int(m.rough), (n.max+1)*int(m.rough)-1
			n.to += 2
		}
	}
	return n, true
}

// words reads a number written in words: "seize", "vingt-trois",
// "quatre-vingts", "deux cents", "vingt et un", "cinq cent cinquante",
// "twenty-one", "one hundred and fifty", "a hundred".
func (s *state) words(i int) (numeral, bool) {
	var total, cur int64
	n := numeral{from: i, to: i}
	last := int64(0) // the value of the last word, for "et" and "quatre-vingts"
	words := 0
	for k := i; ; k++ {
		t := s.at(k)
		if t.is(fCoord) && t.f != "ainsi" && words > 0 {
			// "vingt et un", "one hundred and fifty": "et" joins a unit to
			// tens, "and" tens or units to hundreds.
			nx := s.at(k + 1)
			if nx.lex == nil || nx.lex.num == 0 || nx.lex.num >= 100 || !(cur%10 == 0 && cur >= 20 || cur%100 == 0 && cur > 0) {
				break
			}
			continue
		}
		if !t.numberWord || t.typ != tWord {
			break
		}
		ok := true
		for f := t.f; ok && f != ""; {
			p := f
			if h := strings.IndexByte(f, '-'); h >= 0 {
				p, f = f[:h], f[h+1:]
			} else {
				f = ""
			}
			l := s.lex[p]
			if l == nil || l.num == 0 {
				ok = false
				break
			}
			v := l.num
			switch {
			case l.mul:
				cur = max(cur, 1) * v
			case l.scale:
				total += max(cur, 1) * v
				cur = 0
			case v == 20 && last == 4 && cur%100 == 4:
				cur += 80 - 4 // "quatre-vingts"
			default:
				cur += v
			}
			last = v
			words++
		}
		if !ok {
			break
		}
		n.to = k + 1
	}
	if n.to == i {
		return n, false
	}
	v := total + cur
	n.count, n.max = int(v), int(v)
	n.rough = last >= 1_000_000 // "un million de réfugiés"
	n.one = v == 1 && n.to == i+1 && s.at(i).lex != nil && s.at(i).lex.one
	return n, true
}

// toCount rounds a value to a count, within what an int holds.
func toCount(v float64) int {
	if v > math.MaxInt32 {
		return math.MaxInt32
	}
	return int(math.Round(v))
}
