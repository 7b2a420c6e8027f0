package attribution

import "strings"

func find(ws []word, skip [][2]int) ([2]int, bool) {
	// "selon le ministère", "d'après le document", "according to officials"
	for i := range ws {
		if !ws[i].is(opener) {
			continue
		}
		switch {
		case ws[i].f == "selon" || ws[i].f == "d'apres" || ws[i].f == "apres" && i > 0 && ws[i-1].f == "d'":
			// "Selon les dernières informations, le bureau du président a
			// révélé": information is no speaker; the verb's subject is.
			if sp, ok := phraseAfter(ws, i+1, skip); ok && !hasClass(ws[sp[0]:sp[1]], notSpeaker) {
				return sp, true
			}
		case ws[i].f == "according" && i+1 < len(ws) && ws[i+1].f == "to":
			if sp, ok := phraseAfter(ws, i+2, skip); ok {
				return sp, true
			}
		case ws[i].f == "lit-on" && i+1 < len(ws) && ws[i+1].f == "dans":
			// "lit-on dans une note du ministère"
			if sp, ok := phraseAfter(ws, i+2, skip); ok {
				return sp, true
			}
		}
	}
	for i := range ws {
		n := reporting(ws, i)
		if n == 0 {
			continue
		}
		// "», a-t-il déclaré": the speaker is a pronoun, which is not resolved.
		if i > 0 && inverted(ws[i-1].f) {
			continue
		}
		// Inverted after a quotation or a clause: "», détaille la note",
		// ", indique un communiqué", "c'est ce que … a déclaré ArturSargsyan".
		if i > 0 && (ws[i-1].punct || cestCeQue(ws[:i])) && i+n < len(ws) && startsPhrase(ws[i+n]) {
			if sp, ok := phraseAfter(ws, i+n, skip); ok {
				return sp, true
			}
		}
		// Subject first: "Le ministère de la Défense a affirmé mercredi".
		if sp, ok := subjectBefore(ws, i, skip); ok {
			return sp, true
		}
	}
	return [2]int{}, false
}

// reporting returns how many tokens a reporting verb takes at i ("a
// déclaré", "affirme", "ont indiqué", "said"), 0 when there is none. An
// adverb may stand between auxiliary and participle: "a ensuite révélé".
func reporting(ws []word, i int) int {
	if ws[i].is(presentForm | englishForm) {
		return 1
	}
	if ws[i].is(auxiliary) {
		j := i + 1
		if j < len(ws) && ws[j].is(adverb) {
			j++
		} else if j+1 < len(ws) && ws[j].f == "de" && ws[j+1].f == "nouveau" {
			j += 2 // "a de nouveau appelé"
		}
		if j < len(ws) && ws[j].is(participle) {
			return j - i + 1
		}
	}
	return 0
}

// phraseAfter returns the noun phrase starting at i: up to a punctuation
// mark, a relative or subordinate word, a verb-like boundary, a skipped span
// or ten words, whichever comes first.
func phraseAfter(ws []word, i int, skip [][2]int) ([2]int, bool) {
	if i >= len(ws) || ws[i].punct || ws[i].is(stop|pronoun) {
		return [2]int{}, false
	}
	j := i
	for j < len(ws) && j-i < 10 {
		w := ws[j]
		if w.punct && w.f != "-" || j > i && w.is(stop) || inside(w, skip) {
			break
		}
		j++
	}
	for j > i && ws[j-1].is(article|preposition) {
		j--
	}
	if j == i {
		return [2]int{}, false
	}
	return [2]int{i, j}, true
}

// subjectBefore returns the subject of the reporting verb at v.
func subjectBefore(ws []word, v int, skip [][2]int) ([2]int, bool) {
	if v == 0 {
		return [2]int{}, false
	}
	if ws[v-1].f == "," {
		// "Hikmet Hajiyev, conseiller du président…, a déclaré": the
		// subject opens the sentence; an apposition stands between.
		// "…, le président azerbaïdjanais, Ilham Aliev, a affirmé": the
		// name just before the verb.
		k := v - 2
		for k >= 0 && ws[k].f != "," {
			k--
		}
		if k >= 0 && isName(ws, k+1, v-1) {
			return [2]int{k + 1, v - 1}, true
		}
		end := 0
		for end < v && ws[end].f != "," {
			end++
		}
		if end > 0 && startsPhrase(ws[0]) && !ws[0].is(preposition|connector) {
			return trimPhrase(ws, 0, end, skip)
		}
		return [2]int{}, false
	}
	// Walk back to the clause's start: a comma, "que", a quotation mark.
	k := v - 1
	// "le gouvernement de Bakou et les rebelles ont rapporté": a
	// coordinated subject keeps its "et".
	for k >= 0 && !ws[k].punct && (!ws[k].is(stop) || ws[k].f == "et") && !(ws[k].f == "que" || ws[k].f == "qu'") && v-k <= 12 {
		k--
	}
	start := k + 1
	if start >= v || ws[start].is(pronoun|connector|preposition) {
		return [2]int{}, false
	}
	return trimPhrase(ws, start, v, skip)
}

func trimPhrase(ws []word, i, j int, skip [][2]int) ([2]int, bool) {
	for k := i; k < j; k++ {
		if inside(ws[k], skip) {
			j = k
			break
		}
	}
	for j > i && ws[j-1].is(article|preposition|adverb) {
		j--
	}
	if j-i == 0 || j-i > 12 {
		return [2]int{}, false
	}
	return [2]int{i, j}, true
}

// isName reports whether the tokens [i, j) are one to four capitalized words.
func isName(ws []word, i, j int) bool {
	if j <= i || j-i > 4 {
		return false
	}
	for _, w := range ws[i:j] {
		if !w.upper {
			return false
		}
	}
	return true
}

// hasClass reports whether one of the words is in a list of c.
func hasClass(ws []word, c class) bool {
	for _, w := range ws {
		if w.is(c) {
			return true
		}
	}
	return false
}

// inverted reports whether f is a verb with its pronoun after it: "a-t-il", "ont-ils".
func inverted(f string) bool {
	for _, p := range []string{"-il", "-elle", "-ils", "-elles", "-on"} {
		if strings.HasSuffix(f, p) {
			return true
		}
	}
	return false
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

func startsPhrase(w word) bool {
	return !w.punct && !w.is(pronoun|stop) && w.f != "avoir" && w.f != "etre" && w.f != "n'avoir"
}

func inside(w word, skip [][2]int) bool {
	for _, s := range skip {
		if w.start < s[1] && w.end > s[0] {
			return true
		}
	}
	return false
}
