// Package attribution finds who a news sentence says is speaking: "selon le
// ministère russe des Affaires étrangères", "a déclaré Hikmet Hajiyev",
// "d'après le document", "the defence ministry said". It returns that noun
// phrase as it stands in the sentence, or "" when the sentence names no one.
//
// It reads one sentence at a time and knows nothing of dates or articles;
// pronouns ("a-t-il déclaré") are not resolved.
package attribution

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"timeline/internal/fold"
)

// word is one token of the sentence: a run of letters, digits, apostrophes
// and inner hyphens or periods, or one punctuation character.
type word struct {
	start, end int
	f          string // folded form
	fend       int    // end of f in the sentence's folded words, while tokenizing
	punct      bool
	upper      bool // starts with a capital: "Aliev", "Bakou"
}

// tokenize splits s into words, appended to ws[:0]. The words are folded
// one after the other into one buffer, and their folded forms are slices
// of one string: a sentence costs two allocations, not one a word.
func tokenize(ws []word, s string) []word {
	ws = ws[:0]
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += s2
					continue
				}
				// "aujourd'hui", "porte-parole", "M.Hasanov": a joiner between letters.
				if (r2 == '-' || r2 == '.') && j+s2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+s2:])
					if unicode.IsLetter(r3) {
						j += s2
						continue
					}
				}
				// "M. Aliev", "Dr. Smith": a title keeps its period.
				if r2 == '.' && j-i <= 3 && unicode.IsUpper(r) && titles[fold.String(s[i:j])] {
					j += s2
					break
				}
				if r2 == '\'' || r2 == '’' {
					// an elision ends the word: "l'", "d'", "qu'"
					j += s2
				}
				break
			}
			buf = fold.Append(buf, s[i:j])
			ws = append(ws, word{start: i, end: j, fend: len(buf), upper: unicode.IsUpper(r)})
			i = j
		default:
			buf = utf8.AppendRune(buf, r)
			ws = append(ws, word{start: i, end: i + size, fend: len(buf), punct: true})
			i += size
		}
	}
	folded := string(buf)
	from := 0
	for k := range ws {
		ws[k].f = folded[from:ws[k].fend]
		from = ws[k].fend
	}
	return ws
}

// Find returns the attribution of sentence, "" when none. skip holds byte
// spans (the date expressions) an attribution never includes: "selon les
// informations du 20 septembre" is attributed to "les informations".
func Find(sentence string, skip [][2]int) string {
	p := words.Get().(*[]word)
	defer words.Put(p)
	ws := tokenize(*p, sentence)
	*p = ws
	if span, ok := find(ws, skip); ok {
		return clean(sentence[ws[span[0]].start:ws[span[1]-1].end])
	}
	return ""
}

// words are the tokens of the sentences being read, reused: every dated
// sentence of every article is read, 180,000 for 10,000 articles, and
// their tokens were 230 MB allocated of a build's 5.8 GB. What Find
// returns is a slice of the sentence, never of its tokens.
var words = sync.Pool{New: func() any { return new([]word) }}

// clean trims the trailing punctuation of a phrase and gives its words one
// space between them. Most phrases already have it: they are returned as
// they stand, a slice of the sentence, and only the others are split and
// rejoined.
func clean(s string) string {
	s = strings.TrimRight(s, " ,;:")
	if spaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// spaced reports whether s is what strings.Fields and strings.Join would
// make of it: no space at either end, and one ASCII space, never another
// white space, between two words.
func spaced(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
					return false
				}
			} else if asciiSpace[c] {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// asciiSpace holds the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func find(ws []word, skip [][2]int) ([2]int, bool) {
	// "selon le ministère", "d'après le document", "according to officials"
	for i := range ws {
		switch {
		case ws[i].f == "selon" || ws[i].f == "d'apres" || ws[i].f == "apres" && i > 0 && ws[i-1].f == "d'":
			// "Selon les dernières informations, le bureau du président a
			// révélé": information is no speaker; the verb's subject is.
			if sp, ok := phraseAfter(ws, i+1, skip); ok && !hasNoun(ws[sp[0]:sp[1]], notSpeakers) {
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
	f := ws[i].f
	if presentForms[f] || englishForms[f] {
		return 1
	}
	if f == "a" || f == "ont" || f == "avait" || f == "avaient" || f == "aurait" {
		j := i + 1
		if j < len(ws) && adverbs[ws[j].f] {
			j++
		} else if j+1 < len(ws) && ws[j].f == "de" && ws[j+1].f == "nouveau" {
			j += 2 // "a de nouveau appelé"
		}
		if j < len(ws) && participles[ws[j].f] {
			return j - i + 1
		}
	}
	return 0
}

// phraseAfter returns the noun phrase starting at i: up to a punctuation
// mark, a relative or subordinate word, a verb-like boundary, a skipped span
// or ten words, whichever comes first.
func phraseAfter(ws []word, i int, skip [][2]int) ([2]int, bool) {
	if i >= len(ws) || ws[i].punct || stop[ws[i].f] || pronouns[ws[i].f] {
		return [2]int{}, false
	}
	j := i
	for j < len(ws) && j-i < 10 {
		w := ws[j]
		if w.punct && w.f != "-" || j > i && stop[w.f] || inside(w, skip) {
			break
		}
		j++
	}
	for j > i && (articles[ws[j-1].f] || prepositions[ws[j-1].f]) {
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
		if end > 0 && startsPhrase(ws[0]) && !prepositions[ws[0].f] && !connectors[ws[0].f] {
			return trimPhrase(ws, 0, end, skip)
		}
		return [2]int{}, false
	}
	// Walk back to the clause's start: a comma, "que", a quotation mark.
	k := v - 1
	// "le gouvernement de Bakou et les rebelles ont rapporté": a
	// coordinated subject keeps its "et".
	for k >= 0 && !ws[k].punct && (!stop[ws[k].f] || ws[k].f == "et") && !(ws[k].f == "que" || ws[k].f == "qu'") && v-k <= 12 {
		k--
	}
	start := k + 1
	if start >= v || pronouns[ws[start].f] || connectors[ws[start].f] || prepositions[ws[start].f] {
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
	for j > i && (articles[ws[j-1].f] || prepositions[ws[j-1].f] || adverbs[ws[j-1].f]) {
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

// hasNoun reports whether one of the words is in nouns.
func hasNoun(ws []word, nouns map[string]bool) bool {
	for _, w := range ws {
		if nouns[w.f] {
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
	return !w.punct && !pronouns[w.f] && !stop[w.f] && w.f != "avoir" && w.f != "etre" && w.f != "n'avoir"
}

func inside(w word, skip [][2]int) bool {
	for _, s := range skip {
		if w.start < s[1] && w.end > s[0] {
			return true
		}
	}
	return false
}

func set(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// Reporting verbs, folded: the present ("affirme"), and the participle
// after an auxiliary ("a déclaré").
var (
	presentForms = set(`declare declarent affirme affirment indique indiquent annonce annoncent
		informe informent detaille detaillent ajoute ajoutent ecrit ecrivent precise precisent
		souligne soulignent estime estiment explique expliquent assure assurent confirme confirment
		rapporte rapportent revele revelent dit disent signale signalent avertit avertissent
		denonce denoncent dement dementent reconnait reconnaissent martele martelent
		declarait affirmait indiquait annoncait ajoutait precisait expliquait appelle appellent`)
	participles = set(`declare affirme indique annonce informe detaille ajoute ecrit precise
		souligne estime explique assure confirme rapporte revele dit signale averti denonce
		dementi reconnu martele fait appele`)
	// notSpeakers are what "selon" may introduce that does not speak.
	notSpeakers  = set(`information informations donnee donnees chiffre chiffres bilan bilans estimation estimations images`)
	titles       = set(`m mm mme mlle dr pr mr mrs ms st gen col lt`)
	englishForms = set(`said says told announced stated reported added claimed confirmed`)
	adverbs      = set(`ensuite aussi egalement deja encore toutefois pourtant mercredi mardi lundi jeudi vendredi samedi dimanche hier enfin notamment`)
	pronouns     = set(`il elle ils elles on nous vous je j' tu ce c' cela ceci qui lequel laquelle lesquels lesquelles he she they it we i you this that`)
	articles     = set(`le la les l' un une des du de d' the a an`)
	prepositions = set(`a au aux de du des d' dans en sur sous par pour avec lors apres avant depuis vers chez entre contre in on at by for with from of to`)
	connectors   = set(`et ou mais donc or car alors cependant ainsi puis si comme quand lorsque lorsqu' and but so if as when while`)
	// stop ends a noun phrase: relative and subordinate words, and the
	// words that open what the speaker said or where.
	stop = set(`qui que qu' dont ou lors pour portant publie publiee diffuse diffusee sur selon apres avant depuis citant
		lorsque lorsqu' afin parce mais et car qui that which who when after before on in
		a ont est sont avait avaient aurait`)
)
