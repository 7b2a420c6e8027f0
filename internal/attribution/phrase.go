package attribution

// span is the words [i, j) of a sentence, empty when a rule found none.
type span struct{ i, j int }

// ok reports whether sp holds a word.
func (sp span) ok() bool { return sp.j > sp.i }

// phraseAfter returns the noun phrase starting at i: up to a punctuation
// mark, a relative or subordinate word, a verb-like boundary, a skipped span
// or ten words, whichever comes first.
func phraseAfter(ws []word, i int, skip [][2]int) (span, bool) {
	if i >= len(ws) || ws[i].punct || ws[i].is(stop|pronoun) && !ws[i].is(determiner) {
		return span{}, false
	}
	j := i
	for j < len(ws) && j-i < 10 {
		w := ws[j]
		if w.punct && w.f != "-" || j > i && (w.is(stop) || accented(w) || inMedium(ws, j)) || inside(w, skip) {
			break
		}
		j++
	}
	for j > i && ws[j-1].is(article|preposition|determiner) {
		j--
	}
	if j == i {
		return span{}, false
	}
	return span{i, j}, true
}

// inMedium reports whether the words from i say what the speaker spoke
// in: "dans un communiqué", "in a statement". "des journalistes
// présents dans la ville" goes on.
func inMedium(ws []word, i int) bool {
	if ws[i].f != "dans" && ws[i].f != "in" {
		return false
	}
	i++
	if i < len(ws) && ws[i].is(article|determiner) {
		i++
	}
	return i < len(ws) && ws[i].is(medium)
}

// accented reports whether w is "à" or "dès", prepositions that fold to
// "a" and "des", an auxiliary and an article.
func accented(w word) bool {
	return !w.ascii && (w.f == "a" || w.f == "des")
}

// trimPhrase returns the words [i, j) without what a skipped span
// starts and without trailing articles, prepositions and adverbs.
func trimPhrase(ws []word, i, j int, skip [][2]int) (span, bool) {
	for k := i; k < j; k++ {
		if inside(ws[k], skip) {
			j = k
			break
		}
	}
	for j > i && ws[j-1].is(article|preposition|adverb|determiner) {
		j--
	}
	if j-i == 0 || j-i > 12 {
		return span{}, false
	}
	return span{i, j}, true
}

// acceptable reports whether the words of sp may be a speaker: not a
// fragment ("sa part", "Cette", "démarré", "de la Défense"), not a pronoun,
// not what speaks for no one ("les dernières informations", "aucun pays").
// none adds the lists of what is no speaker here: a count ("le bilan")
// is a source after "selon", not a verb's speaker.
func acceptable(ws []word, sp span, none class) bool {
	first := ws[sp.i]
	switch {
	case first.is(pronoun) && !first.is(determiner), first.is(connector | negative):
		return false
	case first.f == "de" || first.f == "du" || first.f == "d'":
		return false // "du ministère": the end of a phrase, not a phrase
	case first.is(preposition) && !first.is(article) || accented(first):
		return false
	case asideAt(ws, sp.i) > 0:
		return false
	}
	if sp.j-sp.i == 1 {
		// One word: a name ("Bakou", "Hajiyev") or a bare plural that
		// speaks ("officials"), never a lone function word ("Cette") or
		// a participle ("démarré").
		if first.upper {
			return !first.is(article | determiner | preposition | connector | adverb | month)
		}
		return first.is(bare)
	}
	// "les dernières informations", "un décompte provisoire": the head
	// noun comes within the first three words.
	for k := sp.i; k < sp.j && k < sp.i+3; k++ {
		if ws[k].is(notSpeaker | none) {
			return false
		}
	}
	return true
}

// startsSubject reports whether w may open the subject that follows an
// inverted verb: an article, a determiner, a name, a bare plural.
func startsSubject(w word) bool {
	if w.punct || w.f == "de" || w.f == "du" || w.f == "d'" {
		return false
	}
	return !accented(w) && (w.upper || w.is(bare|determiner|article))
}

// complements returns where the words from i that stand between an
// inverted verb and its subject end: adverbs and dates ("a déclaré
// mardi"), asides ("de son côté"), and groups that a preposition opens
// ("à l'AFP", "lors d'une conférence de presse", "dans un communiqué
// publié lundi"). Then comes the subject: "a déclaré à l'AFP le
// porte-parole du ministère".
func complements(ws []word, i int, skip [][2]int) int {
	for steps := 0; i < len(ws) && steps < 8; steps++ {
		w := ws[i]
		switch {
		case inside(w, skip) || w.is(adverb) || w.f == ",":
			i++ // "a déclaré lundi à l'AFP, à Erevan, la porte-parole"
		case asideAt(ws, i) > 0:
			i += asideAt(ws, i)
		case w.upper && w.is(outlet):
			i++ // "told Reuters"
		case w.is(complement) && !(w.f == "a" && w.ascii):
			i = group(ws, i+1, skip)
		default:
			return i
		}
	}
	return i
}

// group returns where the group a preposition opens, from i after it,
// ends: at the end of a name ("à Bakou", "à l'AFP"), or before a word
// that starts another phrase (an article that no preposition governs, a
// name after a common noun): "à la presse | le ministre", "dans un
// entretien | Ilham Aliev". An agency's name ends its group: "à l'agence
// Reuters | le ministre".
func group(ws []word, i int, skip [][2]int) int {
	start := i
	for i < len(ws) && i-start < 3 && !ws[i].punct && ws[i].is(article|preposition) {
		i++ // "l'", "d'une", "de la"
	}
	if i < len(ws) && ws[i].upper && !ws[i].punct {
		return i + 1
	}
	for i < len(ws) && i-start < 8 {
		w := ws[i]
		if w.punct || w.f == "qui" || w.f == "que" || w.f == "qu'" || w.f == "dont" {
			break
		}
		if w.upper {
			if w.is(outlet) {
				i++
			}
			break
		}
		if w.is(article|determiner) && !w.is(preposition) && !ws[i-1].is(preposition) && !inside(w, skip) {
			break
		}
		i++
	}
	return i
}

// asideAt returns how many words the aside at i takes ("pour sa part",
// "de son côté", "quant à lui", "for its part"), 0 when there is none.
func asideAt(ws []word, i int) int {
	if i >= len(ws) || !ws[i].is(asideFirst) {
		return 0
	}
	for _, a := range asides {
		if matches(ws, i, a) {
			return len(a)
		}
	}
	return 0
}

// asideBefore returns how many words the aside that ends before j takes,
// 0 when there is none: "Bakou de son côté affirme".
func asideBefore(ws []word, j int) int {
	if j < 1 || !ws[j-1].is(asideLast) {
		return 0
	}
	for _, a := range asides {
		if j-len(a) >= 0 && matches(ws, j-len(a), a) {
			return len(a)
		}
	}
	return 0
}

// matches reports whether the words from i are the folded words of a.
func matches(ws []word, i int, a []string) bool {
	if i+len(a) > len(ws) || ws[i].f != a[0] {
		return false
	}
	for k, f := range a[1:] {
		if ws[i+1+k].f != f {
			return false
		}
	}
	return true
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

func inside(w word, skip [][2]int) bool {
	for _, s := range skip {
		if int(w.start) < s[1] && int(w.end) > s[0] {
			return true
		}
	}
	return false
}
