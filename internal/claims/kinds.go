package claims

// rule names the rule that found what a figure counts.
type rule uint8

const (
	noRule     rule = iota
	countNoun       // "16 morts", "13 killed", "100 refugees"
	object          // "ont tué 16 soldats", "shot down two helicopters"
	nominal         // "la mort de 50 soldats", "the evacuation of 2,000 civilians"
	toll            // "le bilan s'élève à 13", "raised the toll to 10"
	participle      // "13 civils ont été tués", "12 people died"
	listed          // the kind of the list it stands in: "ont détruit 4 chars et 2 drones"
	subset          // the kind of the figure it is a part of: "dont 3 civils"
	continued       // the kind of the sentence before: "Parmi eux, 12 civils."
)

// item is a figure being read.
type item struct {
	n        numeral
	start    int    // first token of the figure's text: its qualifier, or its number
	qual     string // normalised qualifier, "" for none
	qualTo   int    // token past the qualifier
	head     int    // token of what it counts ("soldats", "morts"), -1 for none
	noun     noun   // what it counts: people, equipment, or not said
	kindHead bool   // the head says what happened: "morts", "refugees"
	end      int    // token past its noun group ("16 soldats séparatistes arméniens")
	textEnd  int    // token past the figure's text: its noun group without an age after it
	kindEnd  int    // token past the participle that said what happened, else end
	whoFrom  int    // tokens of Who, [whoFrom, whoTo)
	whoTo    int
	part     bool // a part of the figure before: "dont 3 civils", "10 of them civilians"
	kind     Kind
	by       *lexeme // the word that said what happened
	rule     rule
	military bool // counts soldiers: no exodus is theirs
	// ownerFrom, ownerTo are the tokens of the side whose losses the
	// figure counts: "les forces armées arméniennes ont 16 victimes".
	ownerFrom, ownerTo int
	// sideFrom, sideTo are the tokens of a side named after the figure's
	// list: "16 morts et plus de 100 blessés côté arménien".
	sideFrom, sideTo int
	claimant         string
}

// read finds the figures of the tokens, in s.items. cont is set when the
// tokens are those of the next sentence, whose figures continue the count
// of the one before: what they counted is the caller's to give.
func (s *state) read(cont bool) {
	for i := 0; i < len(s.toks); {
		t := &s.toks[i]
		if !t.numberWord && !(t.lex != nil && t.lex.flags&(fSeveral|fDet) != 0) {
			i++
			continue
		}
		n, ok := s.numeral(i)
		if !ok {
			i++
			continue
		}
		it, ok := s.group(n)
		if ok {
			s.kindOf(&it)
			s.items = append(s.items, it)
			i = it.end
			continue
		}
		i = n.to
	}
	if cont {
		return
	}
	s.lists()
	s.keep()
	s.who()
}

// group reads the noun group of numeral n: what it counts and the words
// around it. It reports false for a number that is no figure whatever
// follows: an age, a year, money, a percentage, a part of a count.
func (s *state) group(n numeral) (item, bool) {
	it := item{n: n, start: n.from, head: -1, kindEnd: -1}
	prev, next := s.at(n.from-1), s.at(n.to)
	switch {
	case prev.is(fCurrency), next.f == "%", next.f == "°", next.is(fCurrency):
		return it, false
	case prev.is(fAge), prev.is(fPartitive) && s.at(n.from-2).is(fAge):
		return it, false // "aged 62", "âgé de 25 ans"
	case s.fraction(n.from):
		return it, false // "la moitié des 140 000 habitants"
	}
	if q, from := s.qualifier(n.from); q != "" {
		it.qual, it.start, it.qualTo = q, from, n.from
	}
	// "dont 1 400 enfants", "including five children", "parmi lesquels
	// trois enfants", "among them 10 civilians".
	if p := s.at(it.start - 1); p.is(fSubset) || p.is(fPronoun) && s.at(it.start-2).is(fSubset) {
		it.part = true
	}
	k := n.to
	it.whoFrom = -1
	// "des dizaines de civils", "deux de ses militaires", "12 of its
	// servicemen", "10 of them civilians", "quatre d'entre elles".
	if s.at(k).is(fPartitive) {
		nx := s.at(k + 1)
		switch {
		case n.rough:
			k++
		case nx.is(fPossessive) && mayHead(s.at(k+2)):
			it.whoFrom = k + 1
			k += 2
		case nx.f == "entre" && s.at(k+2).is(fPronoun), nx.is(fPronoun):
			it.part = true
			k += 2
			if nx.f == "entre" {
				k++
			}
		}
	}
	// "35 autres blessés", "18 Armenian troops", "a Mi-24 helicopter",
	// "85 civilian deaths".
	modWho := -1 // the first modifier that says whose: "Armenian", "civilian"
	for steps := 0; steps < 4; steps++ {
		t, nx := s.at(k), s.at(k+1)
		if t.typ == tNum && t.adj && nx.f == "-" && s.at(k+2).typ == tWord {
			k += 3 // "a 19-year-old conscript"
			continue
		}
		mod := t.is(fMod) || model(t) && nx.lex != nil && nx.lex.noun == nEquip
		if !mod || t.lex != nil && t.lex.noun != nNone && !mayHead(nx) {
			break
		}
		if it.whoFrom < 0 && (t.lex == nil || !t.lex.noWho) {
			it.whoFrom = k
		}
		if modWho < 0 && t.lex != nil && (t.lex.side != "" || t.lex.civilian) {
			modWho = k
		}
		k++
	}
	t := s.at(k)
	switch {
	case t.ph != nil && t.ph.lex.roles&rNoun != 0:
		it.head, it.kindHead, it.noun = k, true, nPerson
		k += len(t.ph.words)
	case t.in == 0 && t.lex != nil && t.lex.roles&rNoun != 0 && t.lex.kp != 0:
		it.head, it.kindHead, it.noun = k, true, nPerson
		k++
	case t.lex != nil && t.lex.noun != nNone:
		it.head, it.noun = k, t.lex.noun
		it.military = t.lex.military
		if it.whoFrom < 0 && !t.lex.noWho {
			it.whoFrom = k
		}
		k++
	default:
		// No noun: "killed 13 in Ganja", "13 sont morts", "13 selon Bakou".
		if n.one || n.year || !s.bareEnd(k) {
			return it, false
		}
	}
	if it.kindHead {
		// "16 morts côté arménien": whose, the words after the noun, or
		// those before it that say it: "85 civilian deaths".
		it.whoFrom = -1
		if modWho >= 0 {
			k = s.trail(&it, k)
			it.end, it.textEnd = k, max(it.whoTo, n.to)
			if it.whoFrom < 0 {
				it.whoFrom, it.whoTo = modWho, it.head
			}
			return it, true
		}
	}
	k = s.trail(&it, k)
	it.end, it.textEnd = k, max(it.whoTo, n.to)
	if it.whoFrom < 0 {
		it.whoFrom, it.whoTo = k, k
	}
	return it, true
}

// mayHead reports whether t may be the noun a number counts, or a word
// before it.
func mayHead(t *token) bool {
	l := t.lex
	return l != nil && (l.noun != nNone || l.flags&fMod != 0 || l.roles&rNoun != 0 && l.kp != 0) || t.ph != nil || model(t)
}

// model reports whether t names a model of equipment: "Mi-24", "TB2", "BM-21".
func model(t *token) bool {
	if t.typ != tWord || !t.upper {
		return false
	}
	for i := 0; i < len(t.f); i++ {
		if isDigit(t.f[i]) {
			return true
		}
	}
	return false
}

// bareEnd reports whether token k may follow a number that names no
// noun: punctuation, the end, a preposition, an auxiliary, a word that
// says what happened, a source.
func (s *state) bareEnd(k int) bool {
	t := s.at(k)
	if t == &end || t.typ == tPunct && t.f != "-" && t.f != "%" {
		return true
	}
	if t.lex == nil {
		return false
	}
	if t.lex.flags&fUnit != 0 {
		return false
	}
	if s.asideAt(k) > 0 {
		return true // "qui en a rendu 12 de son côté"
	}
	return t.lex.flags&(fPrep|fCoord|fHave|fBe|fFiller|fMarker|fClaim|fRelative|fBreak) != 0 || t.kindWord || t.ph != nil
}

// trail reads the words after the noun counted that still say whose
// people they are, and returns the token past them: "soldats séparatistes
// arméniens", "soldats de la paix russes", "véhicules de combat
// d'infanterie arméniens", "dirigeants du Haut-Karabakh", "hélicoptère
// Mi-24"; an age is skipped: "un adolescent de 12 ans".
func (s *state) trail(it *item, k int) int {
	it.whoTo = k
	generic := 0
	for steps := 0; steps < 8; steps++ {
		t := s.at(k)
		switch {
		case t.is(fTrail):
			if it.whoFrom < 0 && (t.lex.side != "" || t.lex.civilian) {
				it.whoFrom = k
			}
			k++
			it.whoTo = k
			continue
		case it.noun == nEquip && model(t):
			k++
			it.whoTo = k
			continue
		case t.f == "de" || t.f == "d'" || t.f == "du" || t.f == "des" || t.f == "of":
			if a := s.age(k); a > k {
				k = a
				continue
			}
			j := k + 1
			if nx := s.at(j); nx.f == "la" || nx.f == "l'" || nx.f == "le" || nx.f == "les" || nx.f == "the" {
				j++
			}
			if c := s.at(j); c.is(fComplement) && it.head >= 0 {
				if it.whoFrom < 0 && c.lex.side != "" {
					it.whoFrom = k
				}
				k = j + 1
				it.whoTo = k
				continue
			}
			// "20 000 habitants de la ville avaient fui", "13 civils de
			// Gandja ont été tués": a noun the lexicon does not know, or a
			// name, completes a subject; after an object it says from
			// where ("a évacué 2 000 civils de Sotk").
			if c := s.at(j); c.typ == tWord && (c.lex == nil || c.upper && c.lex.flags&fAdjunct == 0) && it.head >= 0 && !it.kindHead && generic < 2 {
				if nx := s.at(j + 1); nx.is(fHave|fBe|fFiller|fRelative) || nx.kindWord || nx.is(fTrail) {
					generic++
					k = j + 1
					it.whoTo = k
					continue
				}
			}
		case t.is(fAge):
			if a := s.age(k); a > k {
				k = a
				continue
			}
		}
		return k
	}
	return k
}

// age returns the token past the age that starts at k, or k: "de 12 ans",
// "âgé de 25 ans", "aged 62".
func (s *state) age(k int) int {
	j := k
	if s.at(j).is(fAge) {
		j++
	}
	if s.at(j).is(fPartitive) {
		j++
	}
	if s.at(j).typ != tNum {
		return k
	}
	j++
	if s.at(j).is(fUnit) {
		return j + 1
	}
	if j > k+1 && s.at(k).is(fAge) {
		return j // "aged 62"
	}
	return k
}

// fraction reports whether the number at token i is the whole of which
// the text counts a part: "la moitié des 140 000 habitants", "half of
// the 120,000 residents".
func (s *state) fraction(i int) bool {
	for k := i - 1; k >= i-3 && k >= 0; k-- {
		t := s.at(k)
		if t.is(fFraction) {
			return true
		}
		if !t.is(fPartitive) && !t.is(fDet) && t.f != "des" && t.f != "du" {
			return false
		}
	}
	return false
}

// kindOf finds what the figure counts, from its own words: the noun it
// counts, the verb or noun before it, a toll, the participle after it.
func (s *state) kindOf(it *item) {
	if it.kindHead {
		h := s.at(it.head)
		l := h.lex
		if h.ph != nil {
			l = &h.ph.lex
		}
		it.set(l, countNoun)
	}
	// "15 detainees in exchange for minefield maps": released.
	if it.kind == Captured {
		if in, ex := s.at(it.end), s.at(it.end+1); (in.f == "in" || in.f == "en") && ex.lex != nil && ex.lex.kp == Released {
			it.set(ex.lex, object)
		}
	}
	// "a libéré 17 prisonniers": the verb says more than the noun.
	if l := s.verbBefore(it.start); l != nil && (it.kind == 0 || it.kind == Captured && l.kp == Released) {
		it.set(l, object)
	}
	if it.kind == 0 {
		if l := s.nominalBefore(it.start); l != nil {
			it.set(l, nominal)
		}
	}
	if it.kind == 0 && it.noun != nEquip && !it.n.year && s.tollBefore(it.start, fToll) {
		it.set(&tollLexeme, toll)
	}
	if it.kind == 0 || it.kind == Captured {
		if l, e := s.participleAfter(it); l != nil && (it.kind == 0 || l.kp == Released) {
			it.set(l, participle)
			it.kindEnd = e
		}
	}
	// "un chiffre porté ensuite à plus de 3 800": what the figure before counted.
	if it.kind == 0 && !it.n.year && len(s.items) > 0 && s.tollBefore(it.start, fRefer) {
		if p := &s.items[len(s.items)-1]; p.kind != 0 && (p.noun == it.noun || it.head < 0) {
			it.set(p.by, listed)
		}
	}
}

// tollLexeme is what a toll says of the number after it.
var tollLexeme = lexeme{kp: Killed}

// set makes l, found by rule r, say what it counts, as l says it of
// people or of equipment.
func (it *item) set(l *lexeme, r rule) {
	if l == nil {
		return
	}
	k := l.kp
	if it.noun == nEquip {
		k = l.ke
	}
	if k == 0 {
		return
	}
	it.kind, it.by, it.rule = k, l, r
}

// kindAt returns the word or fixed phrase that says what happened at
// token k, and the token past it; nil when there is none.
func (s *state) kindAt(k int) (*lexeme, int) {
	t := s.at(k)
	if t.ph != nil {
		if t.ph.lex.kp != 0 || t.ph.lex.ke != 0 {
			return &t.ph.lex, k + len(t.ph.words)
		}
		return nil, k
	}
	if t.in > 0 || t.lex == nil || t.lex.kp == 0 && t.lex.ke == 0 {
		return nil, k
	}
	return t.lex, k + 1
}

// verbBefore returns the verb of which the figure at token i is the
// object: "ont tué 16 soldats", "a également abattu deux drones",
// "shot down two helicopters", "claimed the lives of 16 soldiers".
func (s *state) verbBefore(i int) *lexeme {
	k := i - 1
	for steps := 0; steps < 2 && s.at(k).is(fFiller) && s.at(k).in == 0 && s.at(k).ph == nil; steps++ {
		k--
	}
	last := k
	if t := s.at(k); t.in > 0 {
		k -= t.in // "shot down", "claimed the lives of"
	}
	l, e := s.kindAt(k)
	if l == nil || l.roles&rAct == 0 || e != last+1 {
		return nil
	}
	return l
}

// nominalBefore returns the noun of what happened that the figure at
// token i completes: "la mort d'un soldat", "the deaths of two soldiers",
// "l'abattage par les rebelles de deux hélicoptères".
func (s *state) nominalBefore(i int) *lexeme {
	if !s.at(i - 1).is(fPartitive) {
		return nil
	}
	isNominal := func(k int) *lexeme {
		if l, _ := s.kindAt(k); l != nil && l.roles&rNominal != 0 {
			return l
		}
		return nil
	}
	if l := isNominal(i - 2); l != nil {
		return l
	}
	// An agent between the noun and its figure.
	for k := i - 2; k >= i-8 && k > 0; k-- {
		t := s.at(k)
		if t.typ == tPunct {
			return nil
		}
		if t.f == "par" || t.f == "by" {
			return isNominal(k - 1)
		}
	}
	return nil
}

// tollBefore reports whether the figure at token i is the number of a
// toll (a word of the list toll): "le bilan s'élève à 13", "the death
// toll from the explosion rose to 218", "raised the toll to 10". The
// toll stands a few words before, in the same clause, with no other
// number between.
func (s *state) tollBefore(i int, toll flag) bool {
	for k := i - 1; k >= i-9 && k >= 0; k-- {
		t := s.at(k)
		if t.is(toll) {
			return true
		}
		if t.typ == tPunct && t.f != "'" || t.typ == tNum || t.numberWord || s.clauseBreak(k) {
			return false
		}
		if toll == fRefer && t.kindWord {
			return false // "the number of wounded was 40": not the count before
		}
	}
	return false
}

// participleAfter returns the participle or verb after the figure's noun
// group that says what happened to what it counts, and the token past
// it: "13 civils ont été tués", "12 people died", "187 soldiers were
// still listed as missing", "90 000 personnes se sont réfugiées",
// "13 civils, dont deux enfants, ont été tués". A transitive verb after
// an auxiliary of the active ("16 soldats ont tué") or before its object
// ("13 soldiers killed two civilians") says what they did, not what was
// done to them.
func (s *state) participleAfter(it *item) (*lexeme, int) {
	k := it.end
	have, be := false, false
	for steps := 0; steps < 8; steps++ {
		if l, e := s.kindAt(k); l != nil {
			if l.roles&(rPart|rNoun) == 0 {
				return nil, 0
			}
			if l.roles&rSubj == 0 {
				if have && !be || !have && !be && s.objectAt(e) {
					return nil, 0
				}
			}
			if l.haveOnly && !have {
				return nil, 0
			}
			return l, e
		}
		t := s.at(k)
		switch {
		case t.is(fHave):
			have = true
		case t.is(fBe):
			be = true
		case t.is(fFiller):
		case t.is(fRelative) && steps == 0:
		case (t.is(fPartitive) || t.f == "à" || t.f == "to") && steps > 0 && s.at(k-1).is(fFiller):
			// "ont été contraintes de fuir", "were forced to flee"
		case (t.f == "in" || t.f == "en") && steps > 0 && s.custodyAt(k+1):
			// "remain in Azerbaijani custody", "sont toujours en détention".
			if nx := s.at(k + 1); !nx.lex.custody {
				k++
			}
		case t.f == "(":
			k = s.closing(k)
		case t.f == ",":
			// "13 civils, dont deux enfants, ont été tués".
			j := s.incise(k)
			if j == k {
				return nil, 0
			}
			k = j
		case steps == 0 && t.typ == tWord && t.lex == nil && !t.upper && (s.at(k+1).is(fHave) || s.at(k+1).is(fBe)):
			// An adjective the lexicon does not know, before the
			// auxiliary: "des dizaines de militants illégaux ont été tués".
		default:
			if a := s.age(k); a > k {
				k = a - 1
				break
			}
			return nil, 0
		}
		k++
	}
	return nil, 0
}

// custodyAt reports whether a word of custody stands at token k, maybe
// after the adjective of a side: "Azerbaijani custody", "détention".
func (s *state) custodyAt(k int) bool {
	t := s.at(k)
	if t.lex != nil && t.lex.side != "" || t.is(fPossessive) {
		t = s.at(k + 1)
	}
	return t.lex != nil && t.lex.custody
}

// objectAt reports whether an object starts at token k: a number or a
// determiner ("killed two civilians", "killed the").
func (s *state) objectAt(k int) bool {
	t := s.at(k)
	return t.typ == tNum || t.numberWord || t.is(fDet)
}

// closing returns the token of the parenthesis that closes the one at k,
// or the last token.
func (s *state) closing(k int) int {
	for j := k + 1; j < len(s.toks); j++ {
		if s.toks[j].f == ")" {
			return j
		}
	}
	return len(s.toks) - 1
}

// incise returns the comma that closes the aside opened by the comma at
// k, or k when none does: ", dont deux enfants,", ", selon Bakou,",
// ", aged 62,".
func (s *state) incise(k int) int {
	nx := s.at(k + 1)
	if !nx.is(fSubset) && !nx.is(fMarker) && !nx.is(fAge) && !nx.is(fAside) && !(nx.f == "d'" && s.at(k+2).f == "apres") {
		return k
	}
	for j := k + 1; j < len(s.toks) && j < k+14; j++ {
		switch s.toks[j].f {
		case ",":
			return j
		case ".", ";", ":":
			return k
		}
	}
	return k
}
