package claims

// who finds whose people the figures count where their own words do not
// say it:
//
//   - a side named after a list: "16 morts et plus de 100 blessés côté
//     arménien", "on the Armenian side";
//   - a noun the text leaves out: "18 soldats arméniens avaient été tués et
//     35 autres blessés", "13 civils ont été tués et plus de cinquante
//     blessés";
//   - the side that has them: "les forces armées arméniennes ont 16
//     victimes", "l'Arménie a perdu 16 soldats".
func (s *state) who() {
	for i := range s.items {
		it := &s.items[i]
		if from, to := s.sideAfter(it); to > from {
			for j := i; j >= 0; j-- {
				p := &s.items[j]
				p.sideFrom, p.sideTo = from, to
				if j == 0 || !s.joined(&s.items[j-1], p) {
					break
				}
			}
		}
	}
	for i := range s.items {
		it := &s.items[i]
		if it.whoTo > it.whoFrom || it.part || it.head >= 0 && !it.kindHead {
			continue
		}
		if p := s.before(i); p != nil && p.head >= 0 && !p.kindHead && p.whoTo > p.whoFrom {
			it.whoFrom, it.whoTo, it.military = p.whoFrom, p.whoTo, p.military
		}
	}
	for i := range s.items {
		it := &s.items[i]
		if from, to := s.possessor(it.start); to > from {
			it.ownerFrom, it.ownerTo = from, to
		} else if p := s.before(i); p != nil {
			// "les forces armées arméniennes ont 16 victimes et plus de
			// 100 blessés": the side has the whole list.
			it.ownerFrom, it.ownerTo = p.ownerFrom, p.ownerTo
		}
	}
}

// sideAfter returns the tokens of a side named after the figure, before
// the next figure or the end of its clause: "côté arménien", "du côté
// azerbaïdjanais", "on the Armenian side", "parmi les civils".
func (s *state) sideAfter(it *item) (int, int) {
	from := max(it.end, it.kindEnd)
	for k := from; k < from+8 && k < len(s.toks); k++ {
		t := s.at(k)
		if t.numberWord || s.clauseBreak(k) {
			return 0, 0
		}
		// "21 morts et environ 70 blessés parmi les civils", "among civilians".
		if t.f == "parmi" || t.f == "among" {
			j := k + 1
			if s.at(j).is(fDet) {
				j++
			}
			if c := s.at(j); c.lex != nil && (c.lex.civilian || c.lex.side != "") && c.lex.noun == nPerson {
				return k, j + 1
			}
		}
		if !t.is(fSideWord) {
			continue
		}
		// "côté arménien"
		if nx := s.at(k + 1); nx.lex != nil && nx.lex.side != "" {
			start := k
			if p := s.at(k - 1); p.f == "du" {
				start--
			}
			return start, k + 2
		}
		// "on the Armenian side"
		if p := s.at(k - 1); p.lex != nil && p.lex.side != "" {
			start := k - 1
			if s.at(k-2).f == "the" {
				start--
				if s.at(k-3).f == "on" {
					start--
				}
			}
			return start, k + 1
		}
	}
	return 0, 0
}

// possessor returns the tokens of the side whose losses the figure at
// token i counts, when the figure is the object of "avoir", "perdre" or
// "subir" and the subject names a side: "les forces armées arméniennes
// ont 16 victimes", "Armenia has lost 16 soldiers".
func (s *state) possessor(i int) (int, int) {
	k := i - 1
	switch s.at(k).f {
	case "perdu", "subi", "lost", "suffered":
		k--
	}
	if !s.at(k).is(fHave) {
		return 0, 0
	}
	to := k
	from := to
	for from > 0 && to-from < 6 {
		t := s.at(from - 1)
		if t.typ != tWord || t.is(fPronoun) || t.is(fCoord) || t.is(fRelative) || t.is(fMarker) || t.f == "que" || t.f == "qu'" {
			break
		}
		from--
	}
	if s.sideOf(from, to) == "" {
		return 0, 0
	}
	return from, to
}

// sideOf returns the side the tokens [from, to) name: "séparatistes" and
// "Karabakh" before the others ("soldats séparatistes arméniens" are
// Karabakh's), else the first named.
func (s *state) sideOf(from, to int) string {
	side := ""
	for k := from; k < to; k++ {
		l := s.at(k).lex
		if l == nil || l.side == "" {
			continue
		}
		if l.side == karabakh {
			return karabakh
		}
		if side == "" {
			side = l.side
		}
	}
	return side
}

// civilian reports whether the tokens [from, to) say the people are civilians.
func (s *state) civilian(from, to int) bool {
	for k := from; k < to; k++ {
		if l := s.at(k).lex; l != nil && l.civilian {
			return true
		}
	}
	return false
}

// figure returns the figure of item it, in text (the sentence its tokens
// are of). Who is the figure's own words, else a side named after its
// list, else the side that has it; Side is the first of these that names one.
func (s *state) figure(text string, it *item) Figure {
	f := Figure{Kind: it.kind, Count: it.n.count, CountMax: it.n.max, Qualifier: it.qual, Claimant: it.claimant}
	if it.qual != "" {
		f.QualifierText = text[s.toks[it.start].start:s.toks[it.qualTo-1].end]
	} else if it.n.about {
		f.Qualifier = About
	}
	f.Start, f.End = s.toks[it.start].start, s.toks[it.textEnd-1].end
	for _, r := range [][2]int{{it.whoFrom, it.whoTo}, {it.sideFrom, it.sideTo}, {it.ownerFrom, it.ownerTo}} {
		from, to := r[0], r[1]
		if to <= from {
			continue
		}
		if f.Who == "" {
			f.Who = text[s.toks[from].start:s.toks[to-1].end]
			f.Civilian = s.civilian(from, to)
		}
		if f.Side == "" {
			f.Side = s.sideOf(from, to)
		}
	}
	return f
}
