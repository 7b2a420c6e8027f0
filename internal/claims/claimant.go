package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"timeline/internal/attribution"
)

// source is a claimant the sentence names beside its figures: "selon
// Bakou", "Bakou fait état de", ", a indiqué le ministère", ", officials
// said".
type source struct {
	at       int // token of the marker or the verb
	from, to int // tokens of the claimant
	// trailing: the source claims the figures before it ("16 morts, selon
	// Erevan", ", officials said"); else those after it ("Selon Bakou, 13
	// civils", "Bakou affirme que 13 civils").
	trailing bool
}

// claimants gives each figure its claimant: the source its clause names
// nearest to it; else, in a sentence of several clauses, the speaker
// attribution finds in its clause ("tandis que Bakou affirme…"); else
// speaker, who the caller found speaking in the sentence. A source that
// is the speaker takes the speaker's writing.
func (s *state) claimants(text, speaker string) {
	spFrom, spTo := locate(text, speaker)
	several := s.breakBetween(0, len(s.toks)-1) // a break before the last token
	for a := 0; a < len(s.toks); {
		b := a
		for b < len(s.toks) && !s.clauseBreak(b) {
			b++
		}
		s.clause(text, a, b, speaker, spFrom, spTo, several)
		a = b + 1
	}
}

// clause gives the figures of the clause [a, b) their claimants: a
// source before a figure claims it and those after it ("Selon Bakou, 12
// militaires ont péri, et un hélicoptère a été abattu"), a trailing one
// the figures before it that no source claimed ("au moins 68 morts et
// près de 300 blessés, selon les autorités séparatistes").
func (s *state) clause(text string, a, b int, speaker string, spFrom, spTo int, several bool) {
	srcs := s.sources(a, b)
	claim := func(it *item, src *source) {
		from, to := s.toks[src.from].start, s.toks[src.to-1].end
		if speaker != "" && from < spTo && spFrom < to {
			it.claimant = speaker // the speaker, as its caller writes it
			return
		}
		it.claimant = normal(text[from:to])
	}
	var pending []*item
	var fronted *source
	si := 0
	take := func(src *source) {
		for _, p := range pending {
			claim(p, src)
		}
		pending = pending[:0]
	}
	var unclaimed []*item
	for i := range s.items {
		it := &s.items[i]
		if it.start < a || it.start >= b {
			continue
		}
		for ; si < len(srcs) && srcs[si].at < it.start; si++ {
			if srcs[si].trailing {
				take(&srcs[si])
			} else {
				fronted = &srcs[si]
			}
		}
		it.claimant = ""
		if fronted != nil {
			claim(it, fronted)
			continue
		}
		pending = append(pending, it)
		unclaimed = append(unclaimed, it)
	}
	for ; si < len(srcs) && len(pending) > 0; si++ {
		if srcs[si].trailing {
			take(&srcs[si])
		}
	}
	clauseSpeaker, looked := "", false
	for _, it := range unclaimed {
		if it.claimant != "" {
			continue
		}
		if several && !looked {
			// "tandis que Bakou affirme…": the clause's own speaker.
			clauseSpeaker = attribution.Find(text[s.toks[a].start:s.toks[b-1].end], nil)
			looked = true
		}
		it.claimant = speaker
		if clauseSpeaker != "" {
			it.claimant = clauseSpeaker
		}
	}
}

// clauseBreak reports whether token k ends a clause: a period, a
// semicolon, a colon, or the words that open a clause of its own
// ("tandis que", "alors que", "while", "whereas", "mais", "but").
func (s *state) clauseBreak(k int) bool {
	t := s.at(k)
	switch t.f {
	case ".", ";", ":", "!", "?":
		return true
	case "alors":
		nx := s.at(k + 1)
		return nx.f == "que" || nx.f == "qu'"
	}
	return t.is(fBreak)
}

// sources returns the sources named in the clause [a, b), in order.
func (s *state) sources(a, b int) []source {
	var out []source
	for k := a; k < b; k++ {
		t := s.at(k)
		switch {
		case t.is(fMarker), t.f == "d'" && s.at(k+1).f == "apres":
			// "selon Bakou", "d'après le ministère", "according to officials".
			from := k + 1
			if t.f == "d'" || t.f == "according" {
				from++
			}
			to := s.phraseEnd(from, b)
			if !s.named(from, to) {
				continue
			}
			src := source{at: k, from: from, to: to}
			// "16 morts, selon Erevan": a marker after figures, not
			// opening its clause, claims them.
			src.trailing = k > a && s.figureBetween(a, k) && !s.opensAfterComma(to, b) || !s.figureBetween(to, b)
			out = append(out, src)
		case t.ph != nil && t.ph.lex.flags&fClaim == 0:
			// "claimed the lives of": a kind, no claim.
		case s.claimVerb(k) || t.ph != nil:
			if src, ok := s.claimSource(k, a, b); ok {
				out = append(out, src)
			}
		case t.f == "'s" && s.at(k+1).is(fToll|fRefer):
			// "Yerevan's toll stood at 105 killed".
			if from := s.phraseStart(k-1, a); from < k && s.named(from, k) {
				out = append(out, source{at: k, from: from, to: k, trailing: !s.figureBetween(k, b)})
			}
		}
	}
	return out
}

// figureBetween reports whether a figure starts in the tokens [a, b).
func (s *state) figureBetween(a, b int) bool {
	for i := range s.items {
		if st := s.items[i].start; st >= a && st < b {
			return true
		}
	}
	return false
}

// opensAfterComma reports whether the source phrase ending at token k is
// followed by a comma and a figure, as "Parmi eux, selon Bakou, 13
// civils" is.
func (s *state) opensAfterComma(k, b int) bool {
	if s.at(k).f != "," {
		return false
	}
	for i := range s.items {
		if st := s.items[i].start; st > k && st <= k+3 && st < b {
			return true
		}
	}
	return false
}

// claimSource reads the source of the claim verb at token k: its subject
// before it ("Bakou fait état de", "Azerbaijan's prosecutor general later
// raised", "The region's ombudsman, Gegham Stepanyan, said"), or after it
// when inverted (", a indiqué le ministère").
func (s *state) claimSource(k, a, b int) (source, bool) {
	t := s.at(k)
	end := k + 1
	if t.ph != nil {
		end = k + len(t.ph.words)
	}
	j := k - 1
	for steps := 0; steps < 4; steps++ {
		if p := s.at(j); j >= a && (p.is(fFiller) || p.is(fHave)) {
			j--
			continue
		}
		if e := s.asideBefore(j, a); e < j {
			j = e
			continue
		}
		break
	}
	if s.at(j).is(fBe) {
		return source{}, false // "had been identified": a passive claims nothing
	}
	// Subject, verb, then what it claims; or, with no figure after it in
	// its clause, what it claimed before: ", officials said.", ", local
	// officials told Reuters on Tuesday."
	trailing := !s.figureBetween(end, b)
	if j >= a && s.at(j).f == "," {
		// "The region's ombudsman, Gegham Stepanyan, said".
		from := s.phraseStart(j-1, a)
		if from <= j-1 && s.named(from, j) {
			to := j
			if f2 := s.phraseStart(from-2, a); s.at(from-1).f == "," && f2 < from-1 && s.named(f2, from-1) && (f2 == a || s.at(f2-1).typ == tPunct) {
				from = f2
			}
			if from == a || s.at(from-1).typ == tPunct {
				return source{at: k, from: from, to: to, trailing: trailing}, true
			}
		}
		// ", a indiqué le ministère": inverted.
		from, to := end, s.phraseEnd(end, b)
		if s.named(from, to) && (to >= b || s.at(to).typ == tPunct || s.at(to).is(fAdjunct)) {
			return source{at: k, from: from, to: to, trailing: true}, true
		}
		return source{}, false
	}
	from := s.phraseStart(j, a)
	if from > j || !s.named(from, j+1) {
		return source{}, false
	}
	return source{at: k, from: from, to: j + 1, trailing: trailing}, true
}

// asides are the asides a subject may carry before its verb, folded:
// "Bakou a de son côté annoncé", "The defence ministry, for its part, puts".
var asides = [][]string{
	{"pour", "sa", "part"}, {"pour", "son", "compte"}, {"pour", "leur", "part"},
	{"de", "son", "cote"}, {"de", "leur", "cote"}, {"quant", "à", "lui"}, {"quant", "à", "elle"},
	{"for", "its", "part"}, {"for", "his", "part"}, {"for", "her", "part"}, {"for", "their", "part"},
	{"in", "turn"}, {"in", "addition"}, {"par", "ailleurs"}, {"en", "outre"}, {"de", "plus"},
	{"à", "son", "tour"}, {"à", "leur", "tour"},
}

// asideBefore returns the token before the aside that ends at token j
// (with its commas), or j when none ends there.
func (s *state) asideBefore(j, a int) int {
	k := j
	if s.at(k).f == "," {
		k--
	}
	for _, as := range asides {
		from := k - len(as) + 1
		if from < a || !matches(s.toks[from:], as) {
			continue
		}
		if s.at(from-1).f == "," {
			from--
		}
		return from - 1
	}
	return j
}

// asideAt returns the number of tokens of the aside that starts at
// token k, 0 when none does.
func (s *state) asideAt(k int) int {
	for _, as := range asides {
		if matches(s.toks[min(k, len(s.toks)):], as) {
			return len(as)
		}
	}
	return 0
}

// phraseStart returns the first token of the noun phrase that ends at
// token j, going back no further than a: "le ministère arménien de la
// Défense", "Azerbaijan's prosecutor general".
func (s *state) phraseStart(j, a int) int {
	from := j + 1
	for k := j; k >= a && j-k < 14; k-- {
		if s.stops(k, false) {
			break
		}
		from = k
	}
	return from
}

// phraseEnd returns the token past the noun phrase that starts at token
// from, going no further than b: "selon le parquet général azerbaïdjanais."
func (s *state) phraseEnd(from, b int) int {
	to := from
	for k := from; k < b && k-from < 14; k++ {
		if s.stops(k, true) {
			break
		}
		to = k + 1
	}
	// "selon les informations du": no word of the phrase ends it.
	for to > from {
		if t := s.at(to - 1); t.is(fPartitive) || t.f == "du" || t.f == "des" || t.is(fDet) || t.f == "à" || t.f == "au" {
			to--
			continue
		}
		break
	}
	return to
}

// stops reports whether token k cannot be part of a claimant's phrase.
// After a verb or a marker (forward), a date or an adjunct ends it: "a
// reconnu Bakou en décembre", "said Baku on Monday"; before a verb, it
// may hold one: "officials on both sides said", "des sources à Bakou".
func (s *state) stops(k int, forward bool) bool {
	t := s.at(k)
	if t.typ == tPunct {
		return t.f != "'s"
	}
	if t.typ == tNum || t.numberWord && !(t.lex != nil && t.lex.flags&fDet != 0) {
		return true
	}
	if t.kindWord || t.f == "que" || t.f == "qu'" || t.f == "that" {
		return true
	}
	if forward && t.is(fAdjunct) || s.claimVerb(k) {
		return true
	}
	return t.is(fCoord | fBreak | fRelative | fMarker | fHave | fBe)
}

// claimVerb reports whether token k is a verb of claim. "count",
// "report", "estimate" are verbs before what they claim ("Armenian
// officials count 85 civilian deaths") and nouns otherwise ("according
// to a provisional count").
func (s *state) claimVerb(k int) bool {
	t := s.at(k)
	if !t.is(fClaim) {
		return false
	}
	if !t.is(fNounToo) {
		return true
	}
	nx := s.at(k + 1)
	return nx.typ == tNum || nx.numberWord || nx.is(fDet) || nx.f == "that" || nx.f == "at"
}

// named reports whether the tokens [from, to) may name a claimant: not
// empty, no pronoun, no "données" nor "informations", no count.
func (s *state) named(from, to int) bool {
	if to <= from {
		return false
	}
	content := false
	for k := from; k < to; k++ {
		t := s.at(k)
		if t.is(fPronoun) && to-from == 1 || t.is(fNotSource) || t.is(fToll|fRefer) {
			return false // "un chiffre porté à 3 800" claims nothing: who gave it does
		}
		if t.lex == nil || t.lex.flags&(fDet|fPartitive|fPrep|fFiller) == 0 {
			content = true
		}
	}
	return content
}

// locate returns the byte span of speaker in text, or an empty span: the
// speaker as the attribution package writes it, its first letter maybe
// lowered.
func locate(text, speaker string) (int, int) {
	if speaker == "" {
		return 0, 0
	}
	if i := strings.Index(text, speaker); i >= 0 {
		return i, i + len(speaker)
	}
	r, size := utf8.DecodeRuneInString(speaker)
	if up := string(unicode.ToUpper(r)) + speaker[size:]; up != speaker {
		if i := strings.Index(text, up); i >= 0 {
			return i, i + len(up)
		}
	}
	return 0, 0
}

// normal writes a claimant as the attribution package writes a speaker:
// its words one space apart, a leading article or determiner in
// lowercase ("le ministère arménien de la Défense", "the defence ministry
// in Baku").
func normal(s string) string {
	s = strings.TrimRight(s, " ,;:")
	if strings.ContainsAny(s, "\t\n\u00a0\u202f\u2009") || strings.Contains(s, "  ") {
		s = strings.Join(strings.Fields(s), " ")
	}
	w := s
	if i := strings.IndexAny(s, " '’"); i >= 0 {
		w = s[:i]
	}
	switch w {
	case "Le", "La", "Les", "L", "Un", "Une", "Des", "Ce", "Cet", "Cette", "Ces", "Son", "Sa", "Ses", "Leur", "Leurs",
		"The", "A", "An", "This", "These", "Those", "Its", "Their":
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}
