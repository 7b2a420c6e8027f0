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
	"unsafe"

	"timeline/internal/fold"
)

// word is one token of the sentence: a run of letters, digits, apostrophes
// and inner hyphens or periods, or one punctuation character.
type word struct {
	start, end int
	f          string // folded form
	punct      bool
	upper      bool  // starts with a capital: "Aliev", "Bakou"
	cls        class // the word lists f is in
}

// is reports whether the word is in one of the lists of c.
func (w word) is(c class) bool { return w.cls&c != 0 }

// tokens are the words of a sentence and the buffer their folded forms
// are slices of.
type tokens struct {
	ws  []word
	buf []byte
}

// tokenize splits s into words, in t.ws. The words are folded one after the
// other into t.buf, and their folded forms are views of it: a sentence
// costs no allocation once the buffers have grown. The folded forms are
// valid until the next call with t, and never leave Find.
func tokenize(t *tokens, s string) {
	ws := t.ws[:0]
	buf := t.buf[:0]
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isSpace(r):
			i += size
		case isAlnum(r):
			j := i + size
			plain := size == 1 // the word is ASCII
			var kinds uint8    // of its ASCII letters and digits
			if plain {
				kinds = ascii[r]
			}
			for j < len(s) {
				r2, s2 := rune(s[j]), 1
				if r2 < utf8.RuneSelf {
					if k := ascii[r2]; k&(letter|digit) != 0 {
						kinds |= k
						j++
						continue
					}
				} else {
					r2, s2 = utf8.DecodeRuneInString(s[j:])
					plain = false
					if isAlnumRune(r2) {
						j += s2
						continue
					}
				}
				// "aujourd'hui", "porte-parole", "M.Hasanov": a joiner between letters.
				if (r2 == '-' || r2 == '.') && j+s2 < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+s2:]); isLetter(r3) {
						j += s2
						continue
					}
				}
				// "M. Aliev", "Dr. Smith": a title keeps its period.
				if r2 == '.' && j-i <= 3 && unicode.IsUpper(r) && isTitle(s[i:j]) {
					j += s2
					break
				}
				if r2 == '\'' || r2 == '’' {
					// an elision ends the word: "l'", "d'", "qu'"
					j += s2
				}
				break
			}
			from := len(buf)
			if plain {
				// An ASCII word of letters, digits, joiners and an
				// apostrophe folds to its lowercase.
				buf = append(buf, s[i:j]...)
				if kinds&upper != 0 {
					for k, c := range buf[from:] {
						if 'A' <= c && c <= 'Z' {
							buf[from+k] = c + 'a' - 'A'
						}
					}
				}
			} else {
				buf = fold.Append(buf, s[i:j])
			}
			f := view(buf, from)
			ws = append(ws, word{start: i, end: j, f: f, upper: unicode.IsUpper(r), cls: classOf(f)})
			i = j
		default:
			from := len(buf)
			buf = utf8.AppendRune(buf, r)
			f := view(buf, from)
			ws = append(ws, word{start: i, end: i + size, f: f, punct: true, cls: classOf(f)})
			i += size
		}
	}
	t.ws, t.buf = ws, buf
}

// view returns buf[from:] as a string, without copying it. The bytes stay
// as they are until the next tokenize with the same buffer: append writes
// after them, or moves on to a new array and leaves them be.
func view(buf []byte, from int) string {
	return unsafe.String(unsafe.SliceData(buf[from:]), len(buf)-from)
}

// classOf returns the lists the folded word f is in.
func classOf(f string) class {
	if !mayBeListed(f) {
		return 0
	}
	if len(f) <= 8 {
		return short.lookup(f)
	}
	return lists[f]
}

// shortTable holds the listed words of up to eight bytes, by their bytes
// as one number: most listed tokens are short ("le", "de", "a", "qu'"),
// and a multiplication finds them where the map hashed the string.
type shortTable [512]struct {
	key uint64
	n   uint8 // length of the word, 0 for an empty slot
	cls class
}

var short = func() *shortTable {
	t := new(shortTable)
	n := 0
	for w, c := range lists {
		if len(w) > 8 {
			continue
		}
		if n++; n > len(t)/2 {
			// a full table would never end a lookup, a crowded one is slow
			panic("attribution: too many short listed words for shortTable")
		}
		k := pack(w)
		h := slot(k)
		for t[h].n != 0 {
			h = (h + 1) % len(t)
		}
		t[h].key, t[h].n, t[h].cls = k, uint8(len(w)), c
	}
	return t
}()

// lookup returns the lists f, of one to eight bytes, is in.
func (t *shortTable) lookup(f string) class {
	k := pack(f)
	for h := slot(k); t[h].n != 0; h = (h + 1) % len(t) {
		if t[h].key == k && int(t[h].n) == len(f) {
			return t[h].cls
		}
	}
	return 0
}

// pack returns the bytes of s, at most eight, as one number.
func pack(s string) uint64 {
	var k uint64
	for i := 0; i < len(s); i++ {
		k |= uint64(s[i]) << (8 * i)
	}
	return k
}

// slot returns where the key k goes in a shortTable.
func slot(k uint64) int { return int((k * 0x9e3779b97f4a7c15) >> (64 - 9)) }

// isSpace, isLetter and isAlnum are unicode.IsSpace, unicode.IsLetter and
// unicode.IsLetter || unicode.IsDigit, with a table for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&space != 0
	}
	return unicode.IsSpace(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&letter != 0
	}
	return unicode.IsLetter(r)
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&(letter|digit) != 0
	}
	return isAlnumRune(r)
}

// isAlnumRune is out of line so that isAlnum, its ASCII test, is inlined.
//
//go:noinline
func isAlnumRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

const (
	space = 1 << iota
	letter
	digit
	upper
)

// ascii holds what the unicode package says of each ASCII character.
var ascii = func() (t [utf8.RuneSelf]uint8) {
	for r := range rune(utf8.RuneSelf) {
		if unicode.IsSpace(r) {
			t[r] |= space
		}
		if unicode.IsLetter(r) {
			t[r] |= letter
		}
		if unicode.IsDigit(r) {
			t[r] |= digit
		}
		if unicode.IsUpper(r) {
			t[r] |= upper
		}
	}
	return t
}()

// isTitle reports whether w, at most three bytes, folds to a title: "M", "Dr".
func isTitle(w string) bool {
	var b [3 * utf8.UTFMax]byte
	return titles[string(fold.Append(b[:0], w))]
}

// Find returns the attribution of sentence, "" when none. skip holds byte
// spans (the date expressions) an attribution never includes: "selon les
// informations du 20 septembre" is attributed to "les informations".
// The result is most often a slice of sentence, and keeps it alive.
func Find(sentence string, skip [][2]int) string {
	t := pool.Get().(*tokens)
	defer put(t)
	tokenize(t, sentence)
	ws := t.ws
	if span, ok := find(ws, skip); ok {
		return clean(sentence[ws[span[0]].start:ws[span[1]-1].end])
	}
	return ""
}

// pool holds the tokens of the sentences being read, reused: every dated
// sentence of every article is read, and a new slice of tokens for each
// was a noticeable part of what a build allocates. What Find returns is
// a slice of the sentence, never of its tokens.
var pool = sync.Pool{New: func() any { return new(tokens) }}

// put returns t to the pool, unless a very long sentence grew it: one
// 50 MB line would otherwise be kept for the rest of the build.
func put(t *tokens) {
	if cap(t.buf) > 1<<16 {
		return
	}
	pool.Put(t)
}

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

// class is a set of the word lists a folded word is in, one bit a list.
type class uint16

// The word lists, folded.
const (
	// Reporting verbs: the present ("affirme"), and the participle after
	// an auxiliary ("a déclaré").
	presentForm class = 1 << iota
	participle
	englishForm
	auxiliary // "a déclaré", "ont indiqué"
	// opener introduces the speaker: "selon", "d'après", "according to", "lit-on dans".
	opener
	// notSpeaker is what "selon" may introduce that does not speak.
	notSpeaker
	adverb
	pronoun
	article
	preposition
	connector
	// stop ends a noun phrase: relative and subordinate words, and the
	// words that open what the speaker said or where.
	stop
)

// lists maps each word of a list to the lists it is in: a token is looked
// up once, not once a list a rule asks about.
var lists = func() map[string]class {
	m := map[string]class{}
	for c, words := range map[class]string{
		presentForm: `declare declarent affirme affirment indique indiquent annonce annoncent
			informe informent detaille detaillent ajoute ajoutent ecrit ecrivent precise precisent
			souligne soulignent estime estiment explique expliquent assure assurent confirme confirment
			rapporte rapportent revele revelent dit disent signale signalent avertit avertissent
			denonce denoncent dement dementent reconnait reconnaissent martele martelent
			declarait affirmait indiquait annoncait ajoutait precisait expliquait appelle appellent`,
		participle: `declare affirme indique annonce informe detaille ajoute ecrit precise
			souligne estime explique assure confirme rapporte revele dit signale averti denonce
			dementi reconnu martele fait appele`,
		englishForm: `said says told announced stated reported added claimed confirmed`,
		auxiliary:   `a ont avait avaient aurait`,
		opener:      `selon d'apres apres according lit-on`,
		notSpeaker:  `information informations donnee donnees chiffre chiffres bilan bilans estimation estimations images`,
		adverb:      `ensuite aussi egalement deja encore toutefois pourtant mercredi mardi lundi jeudi vendredi samedi dimanche hier enfin notamment`,
		pronoun:     `il elle ils elles on nous vous je j' tu ce c' cela ceci qui lequel laquelle lesquels lesquelles he she they it we i you this that`,
		article:     `le la les l' un une des du de d' the a an`,
		preposition: `a au aux de du des d' dans en sur sous par pour avec lors apres avant depuis vers chez entre contre in on at by for with from of to`,
		connector:   `et ou mais donc or car alors cependant ainsi puis si comme quand lorsque lorsqu' and but so if as when while`,
		stop: `qui que qu' dont ou lors pour portant publie publiee diffuse diffusee sur selon apres avant depuis citant
			lorsque lorsqu' afin parce mais et car qui that which who when after before on in
			a ont est sont avait avaient aurait`,
	} {
		for _, w := range strings.Fields(words) {
			m[w] |= c
		}
	}
	return m
}()

// mayBeListed reports whether f has the length, first byte and last byte
// of a word in lists: two thirds of the tokens are in none, and most of
// those are told so without hashing them.
func mayBeListed(f string) bool {
	n := len(f)
	return n > 0 && n < 32 && firstBytes[f[0]]&lastBytes[f[n-1]]&(1<<n) != 0
}

// firstBytes and lastBytes hold, for each byte, a bit n for each length n
// of a listed word that starts with it, that ends with it.
var firstBytes, lastBytes = func() (first, last [256]uint32) {
	for w := range lists {
		if len(w) >= 32 {
			panic("attribution: listed word " + w + " is too long for mayBeListed")
		}
		first[w[0]] |= 1 << len(w)
		last[w[len(w)-1]] |= 1 << len(w)
	}
	return first, last
}()

// titles are the abbreviations that keep their period: "M. Aliev".
var titles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`m mm mme mlle dr pr mr mrs ms st gen col lt`) {
		m[w] = true
	}
	return m
}()
