package claims

// lists gives the figures whose own words say nothing of what happened
// the kind of the figures they stand with:
//
//   - a list after its verb: "ont détruit 4 hélicoptères, près de 15
//     drones et 10 chars" (all destroyed);
//   - subjects of one participle: "About 350 soldiers and at least 70
//     civilians have lost their lives" (all killed);
//   - a part of the figure before: "16 morts, dont 3 civils", "at least
//     200 people had been killed, 10 of them civilians";
//   - a number whose noun the text leaves out before a source: "16 morts
//     selon Erevan, 13 selon Bakou".
//
// A figure of a list that names its own kind keeps it: "16 morts et plus
// de 100 blessés".
func (s *state) lists() {
	items := s.items
	for i := range items {
		it := &items[i]
		if it.kind != 0 {
			continue
		}
		if !it.part && i > 0 && items[i-1].part && s.joined(&items[i-1], it) {
			it.part = true // "dont 3 civils et 2 enfants"
		}
		if it.part {
			for j := i - 1; j >= 0; j-- {
				if items[j].kind != 0 {
					it.set(items[j].by, subset)
					break
				}
			}
			continue
		}
		if p := s.before(i); p != nil && p.kind != 0 {
			if p.rule == object || p.rule == nominal || p.rule == listed {
				it.set(p.by, listed)
			}
		}
		if it.kind == 0 && s.elided(it) {
			// "16 morts selon Erevan et à 13 selon Bakou": the count of
			// the figure before, in the same clause.
			for j := i - 1; j >= 0 && !s.breakBetween(items[j].start, items[j+1].start); j-- {
				if items[j].kind != 0 {
					it.set(items[j].by, listed)
					break
				}
			}
		}
	}
	for i := len(items) - 2; i >= 0; i-- {
		it, nx := &items[i], &items[i+1]
		if it.kind == 0 && !it.part && nx.kind != 0 && nx.rule == participle && s.joined(it, nx) {
			it.set(nx.by, participle)
		}
	}
}

// before returns the figure the one at i follows in a list, over the
// parts between them: nil when it starts none.
func (s *state) before(i int) *item {
	for j := i - 1; j >= 0; j-- {
		if !s.joined(&s.items[j], &s.items[j+1]) {
			return nil
		}
		if !s.items[j].part {
			return &s.items[j]
		}
	}
	return nil
}

// joined reports whether b follows a in one list: nothing but commas,
// "et", "and", "ainsi que", "as well as" and asides in parentheses
// between a's words and b's.
func (s *state) joined(a, b *item) bool {
	from := max(a.end, a.kindEnd)
	for k := from; k < b.start; k++ {
		t := s.at(k)
		switch {
		case t.f == "(":
			k = s.closing(k)
		case t.f == "," || t.f == ")" || t.is(fCoord) || t.f == "que" || t.f == "as" || t.f == "well":
		default:
			return false
		}
	}
	return true
}

// elided reports whether the figure names no noun and a source follows
// it: "13 selon Bakou", "13 according to Baku".
func (s *state) elided(it *item) bool {
	if it.head >= 0 {
		return false
	}
	t := s.at(it.end)
	return t.is(fMarker) || t.f == "d'" && s.at(it.end+1).f == "apres"
}

// keep drops the figures that count nothing the package reports: no kind
// found, equipment not destroyed, soldiers said to have fled or arrived.
func (s *state) keep() {
	kept := s.items[:0]
	for _, it := range s.items {
		switch {
		case it.kind == 0:
			continue
		case it.by != nil && it.by.civOnly && it.military:
			continue
		}
		kept = append(kept, it)
	}
	s.items = kept
}

// continued appends to out the figures of next that continue the count
// of the sentence before: "Parmi eux, 12 civils.", "Among the dead were
// four women.", "Of those, 17,000 were children, officials added." A
// figure of next that says what happened is next's own, and not
// continued. out is not empty.
func (s *state) continued(out []Figure, next string) []Figure {
	last := out[len(out)-1]
	s.items = s.items[:0]
	s.tokenize(next)
	s.phrases()
	k, kind := s.opener()
	if k < 0 {
		return out
	}
	if kind == 0 {
		kind = last.Kind
	}
	s.read(true)
	s.claimants(next, last.Claimant)
	for i := range s.items {
		it := &s.items[i]
		if it.start < k || s.breakBetween(k, it.start) {
			break
		}
		if it.kind != 0 || (it.noun == nEquip) != (kind == Destroyed) {
			continue
		}
		it.kind, it.rule = kind, continued
		if it.head < 0 {
			s.predicate(it) // "17,000 were children"
		}
		f := s.figure(next, it)
		f.Next = true
		if f.Side == "" {
			f.Side = last.Side
		}
		out = append(out, f)
	}
	return out
}

// opener returns the token after the words that open a sentence
// continuing a count, and the kind they name: "Parmi eux," (none),
// "Parmi les morts figurent" (killed), "Among the dead were", "Of
// those,", "Dont". It returns -1 when the sentence opens otherwise.
func (s *state) opener() (int, Kind) {
	t := s.at(0)
	if !t.is(fOpener) {
		return -1, 0
	}
	k := 1
	var kind Kind
	switch nx := s.at(1); {
	case t.f == "dont" || t.f == "including":
	case nx.is(fPronoun) || nx.f == "those" || nx.f == "these" || nx.f == "whom":
		k = 2
	case nx.is(fDet):
		l, e := s.kindAt(2)
		if l == nil || l.roles&rNoun == 0 {
			return -1, 0
		}
		k, kind = e, l.kp
	default:
		return -1, 0
	}
	for steps := 0; steps < 3; steps++ {
		if t := s.at(k); t.f == "," || t.is(fCopula) {
			k++
		}
	}
	return k, kind
}

// breakBetween reports whether a clause ends between tokens a and b.
func (s *state) breakBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.clauseBreak(k) {
			return true
		}
	}
	return false
}

// predicate gives a figure that names no noun the noun its copula gives
// it: "17,000 were children".
func (s *state) predicate(it *item) {
	k := it.end
	if !s.at(k).is(fCopula) && !s.at(k).is(fBe) {
		return
	}
	k++
	if t := s.at(k); t.lex != nil && t.lex.noun == nPerson {
		it.head, it.noun = k, nPerson
		it.whoFrom, it.whoTo = k, k+1
	}
}
