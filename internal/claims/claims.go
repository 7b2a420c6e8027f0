// Package claims finds the figures of a war's toll in one news sentence,
// in French or English, and who claims them: "16 morts et plus de 100
// blessés côté arménien", "Baku says 13 civilians were killed in Ganja",
// "plus de 100 000 personnes sont arrivées en Arménie, selon Erevan".
//
// A figure counts people killed, wounded, missing, displaced (fled,
// evacuated, arrived), captured or released, or equipment destroyed where
// the text says so ("4 hélicoptères" alone is no figure, "ont abattu 4
// hélicoptères" is). In a war every such number is a claim: Find gives
// each figure the claimant the sentence names nearest to it ("selon
// Bakou", "Erevan fait état de", ", a indiqué le ministère"), or else the
// speaker its caller found for the sentence.
//
// The rules come in families, each in a file named for what it
// recognises: numbers.go (numbers in digits, in words, counted roughly,
// ranges), qualifiers.go ("au moins", "more than"), kinds.go (what
// happened: "16 morts", "13 civils ont été tués", "ont tué 16 soldats",
// "la mort de 50 soldats", "le bilan s'élève à 13"), lists.go (what the
// figures of one list, one part of a figure and the next sentence share:
// "ont détruit 4 chars et 2 drones", "dont 3 civils", "Parmi eux, 12
// civils."), who.go (whose people: "soldats arméniens", "côté
// arménien"), claimant.go (who claims it); tokens.go reads the words, and
// first tells, without keeping them, the sentences that cannot hold a
// figure. Their words are lists in lexicon.go an editor extends.
//
// "Victimes" and "victims" are counted as killed, as war reports use
// them ("16 victimes" is the "16 morts" of the same article's headline);
// "casualties", which mixes the dead and the wounded, is no kind; "tués
// ou blessés" is counted as the first kind it names.
//
// Counts are written in digits ("2 000", "1,200", "100.000", "1,5
// million") or in words ("vingt-trois", "quatre-vingts", "twenty-one").
// A rough count is a range, its low end as ACLED codes it and the next
// power of ten below its high end: "des dizaines" and "tens" 10–99,
// "dozens" 12–99, "des centaines" and "hundreds" 100–999, "des milliers"
// and "thousands" 1,000–9,999, "des dizaines de milliers" 10,000–99,999.
// A rough count in the singular is its number, about: "une dizaine" 10,
// "une centaine" 100, "a dozen" 12.
//
// What is no figure: ages ("âgé de 25 ans"), years, distances, durations,
// money, percentages, troops deployed ("2 000 soldats de la paix russes"),
// populations ("120 000 habitants"), a part of a count ("la moitié des
// 140 000 habitants"). A toll of the past ("la guerre des années 1990 a
// fait 30 000 morts") is a figure: its caller knows the date's role.
//
// The package knows nothing of articles or dates: its caller gives the
// sentence, the one after it, their language and the sentence's speaker.
package claims

import "sync"

// Kind is what a figure counts.
type Kind uint8

// The kinds of figures.
const (
	Killed    Kind = iota + 1 // "16 morts", "13 civilians killed", "la mort de 50 soldats"
	Wounded                   // "plus de 100 blessés", "injuring a dozen people"
	Missing                   // "105 personnes portées disparues", "187 soldiers missing"
	Displaced                 // "100 000 réfugiés", "2 000 civils évacués", "people have fled"
	Captured                  // "20 soldats capturés", "17 prisonniers"
	Released                  // "a libéré 32 militaires", "17 prisoners handed over"
	Destroyed                 // equipment: "ont détruit 4 hélicoptères", "six tanks destroyed"
)

var kindNames = [...]string{"", "killed", "wounded", "missing", "displaced", "captured", "released", "destroyed"}

// String returns the kind's name: "killed", "wounded", … ("" for none).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return ""
}

// ParseKind returns the kind named name ("killed", …), and whether there is one.
func ParseKind(name string) (Kind, bool) {
	for k, n := range kindNames {
		if n == name && n != "" {
			return Kind(k), true
		}
	}
	return 0, false
}

// Figure is one figure of a sentence.
type Figure struct {
	Kind            Kind
	Count, CountMax int    // equal unless the text gives a range ("entre 50 et 60") or a rough count ("des dizaines": 10, 99)
	Qualifier       string // AtLeast, MoreThan, About, UpTo, FewerThan, or "" for none
	QualifierText   string // the qualifier as written ("plus de", "some"); "" when the number itself is rough ("une dizaine")
	Who             string // whose people, as written: "soldats séparatistes arméniens", "côté arménien"; "" when not said
	Side            string // "armenia", "azerbaijan", "nagorno-karabakh", "russia", "" when Who does not say
	Civilian        bool   // Who says they are civilians: "civils", "enfants", "residents"
	Claimant        string // who claims it: a source named beside it ("selon Bakou"), or the speaker; "" for none
	Start, End      int    // byte span of the figure's text ("plus de 100 blessés") in the sentence, or in next when Next
	Next            bool   // the figure stands in the next sentence, which continues the count: "Parmi eux, 12 civils."
}

// Find returns the figures of sentence, in order. next is the sentence
// after it ("" for none), read only for the figures that continue the
// count of sentence ("Parmi eux, 12 civils."); lang is "fr" or "en"
// (anything else reads as French); speaker is who the caller found
// speaking in sentence ("" for none), the claimant of the figures for
// which the sentence names no closer one. A sentence without a number or
// without a word saying what happened costs no allocation.
func Find(sentence, next, lang, speaker string) []Figure {
	if lang != "en" {
		lang = "fr"
	}
	if !mayHold(sentence, lang) {
		return nil
	}
	s := pool.Get().(*state)
	defer put(s)
	s.reset(lang)
	s.tokenize(sentence)
	s.phrases()
	s.read(false)
	if len(s.items) == 0 {
		return nil
	}
	s.claimants(sentence, speaker)
	out := make([]Figure, 0, len(s.items)+1)
	for i := range s.items {
		out = append(out, s.figure(sentence, &s.items[i]))
	}
	if next != "" {
		out = s.continued(out, next)
	}
	return out
}

// state is the scratch space of one sentence: its tokens and the figures
// read so far, reused from sentence to sentence.
type state struct {
	lang  string
	lex   map[string]*lexeme
	toks  []token
	buf   []byte
	items []item
}

var pool = sync.Pool{New: func() any { return new(state) }}

// put returns s to the pool, unless a very long sentence grew it.
func put(s *state) {
	if cap(s.buf) > 1<<16 || cap(s.toks) > 1<<14 {
		return
	}
	pool.Put(s)
}

func (s *state) reset(lang string) {
	if lang != "en" {
		lang = "fr"
	}
	s.lang, s.lex = lang, lexicons[lang]
	s.items = s.items[:0]
}

// at returns token i, or a token that is nothing past either end.
func (s *state) at(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return &end
	}
	return &s.toks[i]
}
