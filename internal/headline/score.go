package headline

// Score returns how well c would serve as its event's headline, the
// higher the better; 0 or less when it must not be one as it stands: page
// furniture, or a sentence that opens with an anaphor no headline can
// drop ("Il s'agit de…", "C'est ce que … a déclaré").
//
// Scores fall in bands, and the rules within a band never lift a sentence
// into the one above: a sentence that reports the event (Role "event")
// beats any that gives background or a forecast, which beats any that
// opens with an anaphor, which beats furniture.
func Score(c Candidate) int {
	n, _, _ := ScoreFrom(c)
	return n
}

// ScoreFrom returns Score(c) and where in c.Sentence its headline starts
// and ends, once Shape has dropped its opening adverbial and a date that
// only counts from the article's day at its end (see trailing): a caller
// that keeps them shapes the headline without reading the sentence again
// (Finish).
func ScoreFrom(c Candidate) (score, from, to int) {
	t := getText(c.Sentence, langOf(c))
	defer putText(t)
	to = trailing(c)
	if t.furniture() {
		return furnitureBand, 0, to
	}
	at, k := t.opening(spanOf(c))
	if at > 0 && at < len(t.toks) {
		from = int(t.toks[at].start)
	}
	q := min(max(100+t.quality(c, at), 1), maxQuality)
	switch {
	case k.anaphoric() || t.words < 3:
		return anaphorBand + q, from, to
	case c.Role == "background" || c.Role == "forecast":
		return otherBand + q, from, to
	}
	return eventBand + q, from, to
}

// FurnitureScore is Score's score of page furniture, its lowest: a
// caller that scores a sentence anyway need not ask Furniture too.
const FurnitureScore = furnitureBand

// The bands of Score, and the range of the quality added within one.
const (
	furnitureBand = -1000
	anaphorBand   = -200 // plus a quality of at most maxQuality: 0 or less
	otherBand     = 200
	eventBand     = 400
	maxQuality    = 199
)

// quality returns what the rules add to or take from a sentence's quality
// (100 to start with); at is the first token its headline keeps.
func (t *text) quality(c Candidate, at int) int {
	q := 0
	// What happened: "L'Azerbaïdjan a lancé une offensive", "ont été
	// tués", "lança", "Azerbaijan shelled", "has been"; a past state
	// ("était", "was") or a saying ("a déclaré", "said") counts less.
	switch v := t.verbs(); {
	case v.event > 0:
		q += 25
	case v.state > 0:
		q += 10
	case v.speech > 0:
		q += 5
	}
	// Who and where: "Les forces azerbaïdjanaises … à Stepanakert".
	if t.actor(at) {
		q += 8
	}
	if t.place() {
		q += 8
	}
	// A headline's length: 8 to 35 words.
	switch n := t.words; {
	case n < 5:
		q -= 30
	case n < 8:
	case n <= 35:
		q += 15
	case n <= 50:
		q -= 10
	case n <= 80:
		q -= 30
	default:
		q -= 50
	}
	// "Que va faire la Russie ?": a question reports nothing.
	if t.question() {
		q -= 30
	}
	// "« Nous gagnerons », a posté le premier ministre": mostly a quotation.
	if t.quoted()*2 > len(t.s) {
		q -= 30
	}
	// "« Chaque officier… »", "— Les combats…": opens with a quotation mark or a dash.
	if len(t.toks) > 0 && !t.toks[0].word() && isOpeningMark(t.key(0)) {
		q -= 25
	}
	// "LES COMBATS REPRENNENT": all caps.
	if t.allCaps() {
		q -= 40
	}
	// "après que les séparatistes ont pris…": a fragment of a sentence
	// cut in two, opening in lowercase or with a relative.
	if at == 0 && len(t.toks) > 0 && t.toks[0].word() && t.toks[0].flags&(isUpper|isDigit) == 0 ||
		at < len(t.toks) && t.toks[at].cls&relative != 0 {
		q -= 30
	}
	// "la pire crise depuis 2016", "for the first time since 2016", "comme
	// en 2016": the year is what the event is compared with; a day that
	// starts a state ("depuis le 12 décembre") counts a little less too.
	if t.since(spanOf(c)) {
		if c.Coarse {
			q -= 60
		} else {
			q -= 10
		}
	}
	// A claim someone makes reads below a fact the text states.
	if c.Speaker != "" {
		q -= 5
	}
	return q
}

// actor reports whether the sentence names who acts: a proper noun ("L'Azerbaïdjan",
// "Nikol Pashinyan", "OSCE") or an institution ("les forces", "the ministry").
func (t *text) actor(at int) bool {
	for i := at; i < len(t.toks); i++ {
		tk := t.toks[i]
		if tk.cls&institution != 0 || t.properNoun(i) {
			return true
		}
	}
	return false
}

// properNoun reports whether token i is a proper noun: a capitalized word
// that is none of the words the lexicon knows ("Le", "Mardi", "Il" are
// not).
func (t *text) properNoun(i int) bool {
	tk := t.toks[i]
	return tk.word() && tk.flags&isUpper != 0 && tk.flags&isDigit == 0 &&
		tk.id == 0 || tk.cls&(agency|institution|placeNoun) != 0 && tk.flags&isUpper != 0
}

// place reports whether the sentence names where: a proper noun after a
// locative ("à Stepanakert", "dans le Haut-Karabakh", "in Nagorno-Karabakh")
// or a place noun ("le village", "the border").
func (t *text) place() bool {
	for i, tk := range t.toks {
		if tk.cls&placeNoun != 0 {
			return true
		}
		if tk.cls&locative == 0 {
			continue
		}
		j := i + 1
		if j < len(t.toks) && t.toks[j].cls&determiner != 0 {
			j++
		}
		if j < len(t.toks) && t.properNoun(j) {
			return true
		}
	}
	return false
}

// question reports whether the sentence asks rather than tells: it ends
// with a question mark, before its closing marks.
func (t *text) question() bool {
	for i := len(t.toks) - 1; i >= 0; i-- {
		if t.toks[i].word() {
			return false
		}
		if t.is(i, "?") {
			return true
		}
	}
	return false
}

// quoted returns how many bytes of the sentence stand inside quotation marks.
func (t *text) quoted() int {
	n, open := 0, int32(-1)
	for i, tk := range t.toks {
		if tk.word() {
			continue
		}
		switch string(t.key(i)) {
		case "«", "“":
			open = tk.end
		case "»", "”":
			if open >= 0 {
				n += int(tk.start - open)
				open = -1
			}
		case `"`:
			if open >= 0 {
				n += int(tk.start - open)
				open = -1
			} else {
				open = tk.end
			}
		}
	}
	return n
}

// isOpeningMark reports whether k opens a quotation or a dialogue.
func isOpeningMark(k []byte) bool {
	switch string(k) {
	case "«", "“", `"`, "‘", "'", "—", "–", "-", "•":
		return true
	}
	return false
}

// allCaps reports whether the sentence is written in capitals: four words
// or more of letters, four in five of them all uppercase.
func (t *text) allCaps() bool {
	return t.wordy >= 4 && t.caps*5 >= t.wordy*4
}

// since reports whether the date expression follows a word that makes
// it the start of a state or a term of comparison: "depuis", "since",
// "comme (en)", "than (in)", "qu'(en)".
func (t *text) since(sp span) bool {
	if sp.end <= sp.start {
		return false
	}
	i := 0
	for i < len(t.toks) && t.toks[i].start < sp.start {
		i++
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		cls := t.toks[k].cls
		if cls&since != 0 {
			return true
		}
		if cls&lead == 0 {
			return false
		}
	}
	return false
}
