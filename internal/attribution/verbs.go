package attribution

import "strings"

// byVerb returns the speaker a reporting verb among the cues of ws
// names: the noun phrase the verb governs, after it when the verb is
// inverted ("», a déclaré à l'AFP le porte-parole du ministère", "a
// confirmé Vladimir Poutine", "said Hikmet Hajiyev"), before it otherwise
// ("Le ministère de la Défense a affirmé", "the ministry said"). An
// inverted verb's speaker wins, for it reports the whole sentence; else
// the first verb's that names one. pronoun reports a pronoun speaker
// instead: "a-t-il déclaré", "Il affirme", "he said". A verb that does
// not report ("Un missile a frappé", "Le conflit a fait 3 000 morts")
// names no speaker.
func byVerb(ws []word, s string, cues []int32, skip [][2]int) (sp span, pronoun bool) {
	var found bool // sp and pronoun hold the first verb's speaker
	for _, c := range cues {
		i := int(c)
		if ws[i].is(be) {
			// "a été annoncé par le ministère"
			if p, ok := passive(ws, i, skip); ok && !found {
				sp, found = p, true
			}
			continue
		}
		n, pron := verbAt(ws, s, i)
		if n == 0 {
			continue
		}
		inverted := inverts(ws, i)
		if pron {
			if inverted {
				return span{}, true // "», a-t-il ajouté" speaks for the whole sentence
			}
			if !found {
				pronoun, found = true, true
			}
			continue
		}
		// "Moscou, qui dispose de troupes sur place, a annoncé la mort de
		// deux soldats": after a subject's relative clause or apposition,
		// what follows the verb is its object, unless no subject stands
		// before.
		first := inverted && ws[i-1].f == "," && appended(ws, i-1, skip)
		if inverted && !first {
			// "Les coprésidents avaient appelé à un arrêt des combats, a
			// rappelé la diplomatie française": the inverted verb reports
			// the whole sentence, and its speaker is the sentence's.
			if a, ok := after(ws, i, n, skip); ok {
				return a, false
			}
		}
		if found {
			continue
		}
		if b, pron, ok := before(ws, i, skip); ok || pron {
			sp, pronoun, found = b, pron, true
			continue
		}
		if first {
			if a, ok := after(ws, i, n, skip); ok {
				sp, found = a, true
			}
		}
	}
	return sp, pronoun
}

// verbAt returns how many words a reporting verb takes at i ("a déclaré",
// "affirme", "ont indiqué", "said", "a fait savoir"), 0 when there is
// none, and whether the verb carries its pronoun subject ("a-t-il
// déclaré", "affirme-t-elle"). An adverb or an aside may stand between
// auxiliary and participle: "a ensuite révélé", "a pour sa part affirmé".
func verbAt(ws []word, s string, i int) (n int, pronoun bool) {
	w := &ws[i]
	if w.hyphen {
		if n, ok := invertedAt(ws, i); ok {
			return n, n > 0
		}
	}
	switch {
	case w.is(self):
		// "s'est félicité", "s'est dit préoccupé", "se dit prêt"
		j := i + 1
		if j < len(ws) && (ws[j].f == "est" || ws[j].f == "sont" || ws[j].f == "etait") {
			j++
		}
		if j < len(ws) && ws[j].is(adverb) {
			j++
		}
		if j < len(ws) && ws[j].is(reflexive) {
			return j - i + 1, false
		}
	case w.is(englishForm):
		return 1, false
	case w.is(presentForm) && !acute(s, w) && (i == 0 || !ws[i-1].is(article|determiner)):
		// "annoncé" is a participle, "l'annonce" a noun, "cette annonce"
		// too: neither reports.
		if k := reports(ws, i, i); k >= 0 {
			return 1 + k, false
		}
	case w.is(auxiliary) && w.ascii:
		if j := participleAfter(ws, i+1); j > 0 {
			if k := reports(ws, i, j); k >= 0 {
				return j - i + 1 + k, false
			}
		}
	}
	return 0, false
}

// invertedAt returns how many words the verb at i, written with its
// pronoun after it, takes ("affirme-t-elle", "a-t-il déclaré", "fait-il
// savoir"), 0 when it does not report or its pronoun is "on" ("a-t-on
// appris": no one speaks); ok is false when the word is no such verb.
func invertedAt(ws []word, i int) (n int, ok bool) {
	stem, subject := splitInverted(ws[i].f)
	switch {
	case subject == "":
		return 0, false
	case subject == "on":
		return 0, true
	case stem == "fait" || stem == "font":
		return 2 * objectOf(ws, i+1), true // "fait-il savoir"
	case classOf(stem)&presentForm != 0:
		return 1, true
	case classOf(stem)&auxiliary != 0:
		if j := participleAfter(ws, i+1); j > 0 {
			return j - i + 1, true
		}
	}
	return 0, true
}

// participleAfter returns the index of the reporting participle that
// follows an auxiliary, from i, past an adverb or an aside; 0 when none.
func participleAfter(ws []word, i int) int {
	if i < len(ws) && ws[i].is(adverb) {
		i++
	} else if i+1 < len(ws) && ws[i].f == "de" && ws[i+1].f == "nouveau" {
		i += 2 // "a de nouveau appelé"
	} else {
		i += asideAt(ws, i)
	}
	if i < len(ws) && ws[i].is(participle) {
		return i
	}
	return 0
}

// reports returns how many more words the reporting verb at v whose verb
// proper is ws[j] takes ("a fait savoir"), or -1 when in this sentence
// the verb does not report: "a fait 3 000 morts", "a lancé une offensive",
// "assure la sécurité".
func reports(ws []word, v, j int) int {
	verb := ws[j]
	if verb.f == "fait" || verb.f == "font" {
		if k := objectOf(ws, j+1); k > 0 {
			return k
		}
		return -1
	}
	if verb.is(incise) && !inverts(ws, v) {
		return -1
	}
	if verb.is(ambiguous) && !inverts(ws, v) && !clauseFollows(ws, j+1) {
		return -1
	}
	return 0
}

// objectOf returns 1 when the word at i makes "faire" a verb of saying:
// "fait savoir", "a fait état", "fait part"; 0 otherwise.
func objectOf(ws []word, i int) int {
	if i < len(ws) && (ws[i].f == "savoir" || ws[i].f == "etat" || ws[i].f == "part") {
		return 1
	}
	return 0
}

// clauseFollows reports whether what was said follows within a few words
// of i: "assure que", "a reconnu avoir", "a précisé à l'AFP que".
func clauseFollows(ws []word, i int) bool {
	for k := i; k < len(ws) && k < i+5 && !ws[k].punct; k++ {
		switch ws[k].f {
		case "que", "qu'", "avoir", "etre", "n'avoir", "ne", "n'", "that":
			return true
		}
	}
	return false
}

// inverted reports whether f is a verb with its pronoun after it.
func inverted(f string) bool {
	_, subject := splitInverted(f)
	return subject != ""
}

// acute reports whether the word w of s ends in "é": "annoncé" is a
// participle, though it folds to the present "annonce".
func acute(s string, w *word) bool {
	return !w.ascii && (strings.HasSuffix(s[w.start:w.end], "é") || strings.HasSuffix(s[w.start:w.end], "É"))
}

// splitInverted splits a verb and the pronoun after it: "a-t-il" gives
// "a" and "il", "affirme-t-elle" "affirme" and "elle", "dit-il" "dit" and
// "il"; subject is "" for any other word.
func splitInverted(f string) (stem, subject string) {
	if strings.IndexByte(f, '-') < 0 {
		return "", "" // most words
	}
	for _, p := range [...]string{"-il", "-elle", "-ils", "-elles", "-on"} {
		if len(f) > len(p) && f[len(f)-len(p):] == p {
			return strings.TrimSuffix(f[:len(f)-len(p)], "-t"), p[1:]
		}
	}
	return "", ""
}

// inverts reports whether the verb at v comes before its subject: after
// a quotation or a clause ("», détaille la note", ", indique un
// communiqué"), in "c'est ce qu'a déclaré X", "comme l'a indiqué X".
func inverts(ws []word, v int) bool {
	if v == 0 {
		return false
	}
	if p := ws[v-1]; p.punct {
		return p.f != "(" && p.f != "-"
	}
	if v >= 2 && ws[v-1].f == "l'" && (ws[v-2].f == "comme" || ws[v-2].f == "que" || ws[v-2].f == "qu'") {
		return true
	}
	return cestCeQue(ws[:v])
}

// after returns the subject of the inverted verb of n words at v, past
// what may stand between them (see complements).
func after(ws []word, v, n int, skip [][2]int) (span, bool) {
	i := complements(ws, v+n, skip)
	if i >= len(ws) || !startsSubject(ws[i]) {
		return span{}, false
	}
	sp, ok := phraseAfter(ws, i, skip)
	if !ok || !acceptable(ws, sp, figure) || !agrees(ws, v, sp) {
		return span{}, false
	}
	return sp, true
}

// agrees reports whether the subject sp may go with the French verb at
// v in number: "ont annoncé la prise de Chouchi" is a verb and its object.
func agrees(ws []word, v int, sp span) bool {
	plural := ws[v].f == "ont" || ws[v].f == "avaient" || ws[v].f == "auraient" || strings.HasSuffix(ws[v].f, "ent")
	switch ws[sp.i].f {
	case "le", "la", "l'", "un", "une", "ce", "cet", "cette", "son", "sa":
		return !plural || hasAnd(ws[sp.i:sp.j])
	case "les", "des", "ces", "ses", "leurs":
		return plural || ws[v].is(englishForm)
	}
	return true
}

// hasAnd reports whether the words coordinate: "le ministère et l'armée".
func hasAnd(ws []word) bool {
	for _, w := range ws {
		if w.f == "et" {
			return true
		}
	}
	return false
}

// before returns the subject of the reporting verb at v, which stands
// before it; pronoun reports a pronoun subject ("Il affirme", "Ce dernier
// a déclaré", "he said").
func before(ws []word, v int, skip [][2]int) (sp span, pronoun, ok bool) {
	k := v - 1
	for k >= 0 {
		if a := asideBefore(ws, k+1); a > 0 {
			k -= a // "Bakou de son côté affirme"
		} else if ws[k].is(englishAux | adverb) {
			k-- // "has said", "also said"
		} else {
			break
		}
	}
	if k < 0 {
		return span{}, false, false
	}
	switch p := ws[k]; {
	case p.f == "ne" || p.f == "n'" || p.f == "not" || p.f == "never":
		return span{}, false, false // "Aucun pays ne reconnaît": no one says
	case p.is(connector):
		return span{}, false, false // "… et appelle au respect": the subject is the first verb's
	case p.f == ",":
		sp, ok := commaSubject(ws, k, skip)
		return sp, false, ok
	}
	// Walk back to the clause's start: a comma, "que", a quotation mark.
	// "le gouvernement de Bakou et les rebelles ont rapporté": a
	// coordinated subject keeps its "et".
	j := k
	for j >= 0 && k-j < 12 {
		if ws[j].f == ")" {
			// "Des habitants de Stepanakert (Khankendi) ont affirmé"
			if o := opening(ws, j); o > 0 {
				j = o - 1
				continue
			}
		}
		if ws[j].punct || inside(ws[j], skip) {
			break
		}
		// "a shopkeeper in Stepanakert told us": a preposition before a
		// name is the subject's.
		if ws[j].is(stop) && ws[j].f != "et" && ws[j].f != "and" && !(ws[j].is(preposition) && j < k && ws[j+1].upper) {
			break
		}
		j--
	}
	if concessive(ws, j) {
		return span{}, false, false // "…, although Azerbaijan had announced a halt": not what the sentence reports
	}
	start := j + 1
	if j >= 0 && ws[j].f == "a" && ws[j].ascii && (j == 0 || ws[j-1].punct) {
		start = j // "…, a local official told Reuters": no auxiliary opens a clause
	}
	if start > k {
		return span{}, false, false
	}
	if start == k && ws[k].is(personal) && ws[k].f != "lui" && ws[k].f != "eux" {
		return span{}, true, false // "Il affirme", "she said"
	}
	if anaphor(ws[start : k+1]) {
		return span{}, true, false // "Ce dernier a ajouté"
	}
	sp, ok = trimPhrase(ws, start, k+1, skip)
	if !ok || !acceptable(ws, sp, figure) {
		return span{}, false, false
	}
	return sp, false, true
}

// concessive reports whether the word at j opens a clause that concedes
// or contrasts: "although", "while", "alors que", "tandis que", "bien
// que". A reporting verb there does not report the sentence.
func concessive(ws []word, j int) bool {
	if j < 0 {
		return false
	}
	switch ws[j].f {
	case "although", "though", "whereas", "while":
		return true
	case "que", "qu'":
		return j > 0 && (ws[j-1].f == "alors" || ws[j-1].f == "tandis" || ws[j-1].f == "bien")
	}
	return false
}

// opening returns the index of the "(" the ")" at j closes, a few words
// before it, and 0 when there is none.
func opening(ws []word, j int) int {
	for o := j - 1; o > 0 && o >= j-6; o-- {
		switch ws[o].f {
		case "(":
			return o
		case ")":
			return 0
		}
	}
	return 0
}

// anaphor reports whether the words stand for a speaker named before:
// "ce dernier", "cette dernière", "celui-ci", "the latter".
func anaphor(ws []word) bool {
	switch len(ws) {
	case 1:
		return ws[0].f == "celui-ci" || ws[0].f == "celle-ci"
	case 2:
		return (ws[0].f == "ce" || ws[0].f == "cette" || ws[0].f == "ces") && strings.HasPrefix(ws[1].f, "dernier") ||
			ws[0].f == "the" && ws[1].f == "latter"
	}
	return false
}

// commaSubject returns the subject of a verb that follows the comma at
// c, walking back over what a subject may carry between commas: an
// apposition ("Hikmet Hajiyev, conseiller du président, a déclaré"), a
// relative clause, a complement ("Le ministère, dans un communiqué, a
// affirmé"), an aside ("Erevan, pour sa part, dément"). A name just
// before the verb is its subject: "…, le président azerbaïdjanais, Ilham
// Aliev, a affirmé".
func commaSubject(ws []word, c int, skip [][2]int) (span, bool) {
	end := c
	for range 4 {
		j := end - 1
		for j >= 0 && !ws[j].punct {
			j--
		}
		i := j + 1
		if i >= end {
			return span{}, false
		}
		switch chunkOf(ws, i, end, skip) {
		case carried:
			if j < 0 || ws[j].f != "," {
				return span{}, false
			}
			end = j
			continue
		case name:
			return span{i, end}, true
		}
		for k := i; k < end; k++ {
			if ws[k].is(stop) && ws[k].f != "et" && ws[k].f != "and" {
				return span{}, false // a clause, not a subject
			}
		}
		sp, ok := trimPhrase(ws, i, end, skip)
		if !ok || !acceptable(ws, sp, figure) {
			return span{}, false
		}
		return sp, true
	}
	return span{}, false
}

// appended reports whether the words between the comma at c and the
// comma or the start before it are what a subject carries: "Moscou, qui
// dispose de troupes sur place, a annoncé".
func appended(ws []word, c int, skip [][2]int) bool {
	j := c - 1
	for j >= 0 && !ws[j].punct {
		j--
	}
	return j+1 < c && (j < 0 || ws[j].f == ",") && chunkOf(ws, j+1, c, skip) != phrase
}

// chunk is the kind of what stands between two commas before a verb.
type chunk uint8

const (
	phrase  chunk = iota // maybe the subject: "le ministère", "L'armée"
	name                 // a name, the subject: "Ilham Aliev"
	carried              // what a subject carries: an apposition, a relative clause, a complement
)

// chunkOf returns the kind of the words [i, j), which stand between commas.
func chunkOf(ws []word, i, j int, skip [][2]int) chunk {
	w := ws[i]
	switch {
	case inside(w, skip) || w.is(adverb|preposition|connector|opener) && !w.is(article) || asideAt(ws, i) > 0:
		return carried // "dans un communiqué", "mardi", "pour sa part"
	case accented(w), w.f == "de" || w.f == "du" || w.f == "d'":
		return carried // "à 16h15", "dès le 15 septembre", "de source militaire"
	case w.is(relative):
		return carried // "qui suit la situation"
	case w.is(pronoun) && !w.is(determiner) || finite(ws[i:j]):
		return phrase // "il y a des combats", "n'a pas tenu": a clause
	case isName(ws, i, j) && !w.is(month):
		return name
	case !w.upper && !w.is(article|determiner|bare):
		return carried // "conseiller du président", "appuyées par la Russie"
	}
	return phrase
}

// finite reports whether the words hold an auxiliary or a copula: they
// are a clause ("n'a pas tenu plus de quelques minutes"), not what a
// subject carries.
func finite(ws []word) bool {
	for _, w := range ws {
		if w.is(auxiliary) && w.ascii || w.f == "est" || w.f == "sont" {
			return true
		}
	}
	return false
}

// passive returns the agent of a reporting verb in the passive, whose
// auxiliary is at i: "a été annoncé par le ministère", "was confirmed by
// the Kremlin".
func passive(ws []word, i int, skip [][2]int) (span, bool) {
	if i+3 >= len(ws) || !ws[i+1].is(participle|englishForm) || ws[i+2].f != "par" && ws[i+2].f != "by" {
		return span{}, false
	}
	sp, ok := phraseAfter(ws, i+3, skip)
	if !ok || !acceptable(ws, sp, figure) {
		return span{}, false
	}
	return sp, true
}

// cestCeQue reports whether the words open with "c'est ce que", after which
// the speaker follows the verb: "C'est ce que le commandant a déclaré X".
func cestCeQue(ws []word) bool {
	for i := 0; i+2 < len(ws); i++ {
		if (ws[i].f == "c'" || ws[i].f == "c'est") && (ws[i+1].f == "est" || ws[i+1].f == "ce") {
			return true
		}
	}
	return false
}
