package headline

// Anaphoric reports whether s opens with an anaphoric opener: a pronoun
// subject ("Il a déclaré…", "They fired…", "C'est ce que…"), a demonstrative
// or possessive that points back ("Ce dernier…", "Its army…"), an
// attribution to a pronoun ("Selon lui, …"), a day named by another
// ("Le lendemain, …", "Hier, …", "The next day, …") or a connector
// ("Par ailleurs, …", "However, …"). Such a sentence is understood only
// with the one before it; a headline must not open that way.
func Anaphoric(s string) bool {
	t := getText(s, "")
	defer putText(t)
	k, _ := t.opener(0, span{})
	return k.anaphoric()
}

// span is the byte span of the candidate's date expression; empty when none.
type span struct{ start, end int32 }

// holds reports whether token tk stands inside the span.
func (sp span) holds(tk token) bool {
	return sp.end > sp.start && tk.start >= sp.start && tk.end <= sp.end
}

// opening returns the index of the first token a headline keeps, once the
// adverbials a page does without are dropped (a date, a day named by
// another, a connector, each followed by a comma or by the clause itself:
// "Le lendemain, l'Azerbaïdjan…", "On Tuesday Azerbaijan…"), and what
// opens the sentence at that token. Several may follow one another:
// "Par ailleurs, le 27 septembre, …".
func (t *text) opening(sp span) (at int, k kind) {
	for range 4 {
		var n int
		k, n = t.opener(at, sp)
		if k != date && k != temporal && k != connector {
			return at, k
		}
		next, ok := t.clauseAfter(at, at+n)
		if !ok {
			return at, k
		}
		at = next
	}
	k, _ = t.opener(at, sp)
	return at, k
}

// opener returns what opens the sentence at token i and how many tokens it takes.
func (t *text) opener(i int, sp span) (kind, int) {
	if i >= len(t.toks) {
		return plain, 0
	}
	// The longer reading wins: "On Tuesday" is a date, "On a appris" a
	// pronoun; "The day before" a day named by another, not "the day".
	ka, na := t.adverbial(i, sp)
	kp, np := t.phrase(i)
	switch {
	case np > 0 && np >= na:
		return kp, np
	case na > 0:
		return ka, na
	}
	// "Ce conflit a fait…", "Son armée a…", "These talks failed": a
	// demonstrative or a possessive without a date word after it.
	if t.toks[i].cls&(demonstrative|possessive) != 0 {
		return subject, 1
	}
	return plain, 0
}

// adverbial returns the date or temporal adverbial at token i and its
// length in tokens, 0 when there is none: a run of date words, numbers,
// determiners and prepositions with a date word, a year or the date
// expression in it ("Le 27 septembre 2020", "Dans la nuit de samedi à
// dimanche", "On Tuesday", "Hier soir", "Le lendemain matin", "Ce
// jour-là", "Three days later"). A run that names a day only by another
// one is temporal ("Le lendemain", "La semaine dernière"), unless it names a
// month or a year ("Le 27 septembre dernier").
func (t *text) adverbial(i int, sp span) (kind, int) {
	var head, deixis, abs, tmp bool
	j := i
run:
	for ; j < len(t.toks) && j-i < 12; j++ {
		tk := t.toks[j]
		switch {
		case sp.holds(tk):
			head = true
		case tk.cls&(dateWord|timeAnaphor|absolute) != 0:
			head = true
		case tk.cls&(lead|number|modifier|deictic) != 0:
		case j == i && tk.cls&demonstrative != 0:
			deixis = true // "Ce matin", "This week"
		case j == i && tk.flags&isUpper != 0 && t.is(j, "a"):
			// "A l'aube,": an À written without its accent
		default:
			break run
		}
		deixis = deixis || tk.cls&deictic != 0
		abs = abs || tk.cls&absolute != 0
		tmp = tmp || tk.cls&timeAnaphor != 0
	}
	// The determiners and prepositions that end the run belong to what
	// follows: "In September 2020 the war…".
	for j > i && !sp.holds(t.toks[j-1]) && t.toks[j-1].cls&(dateWord|timeAnaphor|absolute|number|deictic) == 0 {
		j--
	}
	if !head || j == i {
		return plain, 0
	}
	if tmp || deixis && !abs {
		return temporal, j - i
	}
	return date, j - i
}

// phrase returns the kind and the length of the longest opener phrase at
// token i, 0 when none.
func (t *text) phrase(i int) (kind, int) {
	tk := t.toks[i]
	if tk.id == 0 {
		return plain, 0
	}
	for _, p := range openersByFirst[tk.id] {
		if (p.lang == "" || t.lang == "" || p.lang == t.lang) && t.matches(p, i) {
			return p.kind, len(p.ids)
		}
	}
	return plain, 0
}

// clauseAfter returns the first token of the clause that follows the
// adverbial of tokens [i, j): after the comma that ends it, within ten
// words that hold no verb ("Le lendemain de l'attaque contre Stepanakert,
// …"), or at once when a determiner or a proper noun opens the clause
// ("Hier Bakou a annoncé…", "Then the army…"). ok is false when no full
// clause follows: "Le 27 septembre 2020 a marqué…" keeps its date.
func (t *text) clauseAfter(i, j int) (next int, ok bool) {
	next = -1
	if j > i && t.is(j-1, ",") {
		next = j
	}
	for k := j; next < 0 && k < len(t.toks) && k-j <= 10; k++ {
		tk := t.toks[k]
		if t.is(k, ",") {
			next = k + 1
			break
		}
		if tk.cls&(aux|pastVerb|relative|speech) != 0 || t.simplePast(k) || !tk.word() && !t.is(k, "-") {
			break
		}
	}
	if next < 0 && j < len(t.toks) {
		tk := t.toks[j]
		if tk.cls&determiner != 0 || tk.flags&isUpper != 0 && tk.cls&^(institution|placeNoun|agency) == 0 {
			next = j
		}
	}
	if next < 0 {
		return 0, false
	}
	// A full clause: three words or more, not a relative's.
	words := 0
	for k := next; k < len(t.toks) && words < 3; k++ {
		if t.toks[k].word() {
			words++
		}
	}
	if words < 3 || !t.toks[next].word() || t.toks[next].cls&relative != 0 {
		return 0, false
	}
	return next, true
}
