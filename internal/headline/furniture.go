package headline

// Furniture reports whether s is page furniture rather than article text:
// a call to action ("Support independent journalism in the Caucasus: Join
// today", "Abonnez-vous à notre newsletter"), a marker such as "Lire
// aussi" or "Advertisement", a credit ("Photo : AFP", "© Reuters"), a
// byline ("Par Jean Dupont", "By Joshua Kucera"), a publication line
// ("Publié le 27/09/2020 à 10h15", "Updated: Sept. 27, 2020") or a line
// that is only a date or a time. Furniture is never a headline.
func Furniture(s string) bool {
	t := getText(s, "")
	defer putText(t)
	return t.furniture()
}

// furniture is Furniture of the text read.
func (t *text) furniture() bool {
	words, first := t.words, 0
	for first < len(t.toks) && !t.toks[first].word() {
		first++
	}
	if words == 0 {
		return true // "|", "—"
	}
	return t.marker(words) || t.callToAction(words) || t.credit(first, words) ||
		t.byline(first, words) || t.publication(first, words) || t.onlyDate()
}

// marker reports whether a line of up to forty words holds one of the
// markers: "Lire aussi : Bakou annonce…", "Read more".
func (t *text) marker(words int) bool {
	if words > 40 {
		return false
	}
	for i, tk := range t.toks {
		if tk.id == 0 {
			continue
		}
		for _, p := range markersByFirst[tk.id] {
			if t.matches(p, i) {
				return true
			}
		}
	}
	return false
}

// callToAction reports whether the line asks something of the reader: an
// imperative opens it, or a part of it after a colon or a bar, and it asks
// for journalism, a newsletter, a donation ("Soutenez le journalisme
// indépendant"), or, in a short line with no past verb, for "us", "today"
// or a platform ("Join today", "Suivez-nous sur Telegram", "Share on X").
func (t *text) callToAction(words int) bool {
	act := false
	for i, tk := range t.toks {
		if tk.cls&callToAction != 0 && (i == 0 || !t.toks[i-1].word() && !t.is(i-1, ",")) {
			act = true
			break
		}
	}
	if !act {
		return false
	}
	var strong, weak bool
	for _, tk := range t.toks {
		strong = strong || tk.cls&strongAppeal != 0
		weak = weak || tk.cls&(appeal|platform) != 0
	}
	if strong && words <= 25 {
		return true
	}
	return weak && words <= 12 && t.verbs().past() == 0
}

// credit reports whether the line credits a photo or a text: "Photo :
// AFP", "Crédit photo : Karen Minasyan", "Photo d'illustration", "©
// Reuters", "Karen Minasyan / AFP".
func (t *text) credit(first, words int) bool {
	for i, tk := range t.toks {
		if t.is(i, "©") && words <= 30 {
			return true
		}
		if tk.cls&agency != 0 && i > 0 && t.is(i-1, "/") && words <= 30 {
			return true
		}
	}
	if t.toks[first].cls&credit == 0 {
		return false
	}
	n := first + 1
	for n < len(t.toks) && t.toks[n].cls&credit != 0 { // "Crédit photo"
		n++
	}
	return n == len(t.toks) || t.is(n, ":") || t.is(n, "/") || t.is(n, "-") || t.is(n, "–") ||
		t.toks[n].cls&agency != 0
}

// byline reports whether the line names the article's author: "Par Jean
// Dupont", "By Joshua Kucera and Ani Mejlumyan", "Par Jean Dupont, envoyé
// spécial à Stepanakert". "By Tuesday, the troops had withdrawn" is no
// byline: a day is no name, and the rest has a verb.
func (t *text) byline(first, words int) bool {
	if t.toks[first].cls&bylineWord == 0 || words > 14 {
		return false
	}
	names := 0
	j := first + 1
names:
	for ; j < len(t.toks); j++ {
		tk := t.toks[j]
		switch {
		case tk.word() && tk.flags&isUpper != 0 && tk.cls&(dateWord|timeAnaphor|determiner) == 0:
			names++
		case names > 0 && (t.is(j, "et") || t.is(j, "and") || t.is(j, "de") || t.is(j, "-")):
		default:
			break names
		}
	}
	if names == 0 || names > 5 {
		return false
	}
	if j == len(t.toks) {
		return true
	}
	for k := j; k < len(t.toks); k++ {
		if t.toks[k].cls&(aux|pastVerb|speech) != 0 {
			return false
		}
	}
	return !t.toks[j].word() || t.toks[j].cls&function != 0
}

// publication reports whether the line gives when the article was
// published or updated: "Publié le 27/09/2020 à 10h15", "Mis à jour le
// 28 septembre", "Updated: Sept. 27, 2020 10:15 GMT". "Updated figures
// show…" is a sentence.
func (t *text) publication(first, words int) bool {
	if t.toks[first].cls&publication == 0 || words > 20 || first+1 >= len(t.toks) {
		return false
	}
	next := t.toks[first+1]
	return !next.word() || next.cls&(lead|dateWord|number) != 0
}

// onlyDate reports whether the line is only a date, a time or a reading
// time: "Mardi 19 septembre 2023", "27/09/2020 10:15", "5 min read".
func (t *text) onlyDate() bool {
	for _, tk := range t.toks {
		if tk.word() && tk.cls&(dateWord|absolute|number|lead|modifier|deictic|timeAnaphor|meta) == 0 {
			return false
		}
	}
	return true
}
