package content

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"timeline/internal/fold"
)

// titles are abbreviations that stand before a name, so their period never
// ends a sentence: "M. Aliev", "Mme Dupont", "Gen. Hasanov".
var titles = wordSet(`m mm mme mmes mlle mlles dr pr mgr st ste gen col cdt cpt lt sgt adj
	mr mrs ms prof rev gov sen rep capt maj`)

// abbreviations end with a period that ends a sentence only when a capital
// follows: "sept. 2022" goes on, "etc. Le lendemain" does not.
var abbreviations = wordSet(`cf etc env av apr j.-c jc vol n° p pp al ch chap fig
	janv fev fevr avr juil sept oct nov dec jan feb mar apr jun jul aug sep
	inc ltd corp dept univ`)

// maxShort is the length in bytes of the longest title or abbreviation.
var maxShort = func() int {
	n := 0
	for _, set := range []map[string]bool{titles, abbreviations} {
		for w := range set {
			n = max(n, len(w))
		}
	}
	return n
}()

func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// Sentences splits the kept lines into sentences. A sentence never spans
// two lines: scraped text puts one paragraph on each line.
func Sentences(lines []Line) []Sentence {
	// The spans of every line first, in scratch space, so that the
	// sentences, which the article keeps, are allocated once and to size.
	sc := scratch.Get().(*spans)
	defer scratch.Put(sc)
	sc.spans, sc.counts = sc.spans[:0], sc.counts[:0]
	for _, l := range lines {
		if l.Drop == "" {
			n := len(sc.spans)
			sc.spans = appendSplit(sc.spans, l.Text)
			sc.counts = append(sc.counts, len(sc.spans)-n)
		}
	}
	if len(sc.spans) == 0 {
		return nil
	}
	out := make([]Sentence, 0, len(sc.spans))
	rest, counts := sc.spans, sc.counts
	for _, l := range lines {
		if l.Drop != "" {
			continue
		}
		for _, sp := range rest[:counts[0]] {
			out = append(out, Sentence{Text: l.Text[sp[0]:sp[1]], Line: l.N, Col: sp[0] + 1})
		}
		rest, counts = rest[counts[0]:], counts[1:]
	}
	return out
}

// spans is Sentences' scratch space: the spans of the kept lines, and how
// many each line has.
type spans struct {
	spans  [][2]int
	counts []int
}

// scratch holds spans for Sentences, which reads articles in parallel.
var scratch = sync.Pool{New: func() any { return new(spans) }}

// Split returns the [start, end) byte spans of the sentences of one
// paragraph of French or English text, spaces trimmed.
func Split(s string) [][2]int { return appendSplit(nil, s) }

// appendSplit appends the spans Split returns to spans.
func appendSplit(spans [][2]int, s string) [][2]int {
	start := 0
	quote := 0 // depth of «…» and “…”
	for i := 0; i < len(s); {
		// Most bytes are ASCII letters, digits and spaces, which matter
		// neither to quotes nor to ends: no need to decode them.
		if !splitStop[s[i]] {
			i++
			continue
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch r {
		case '«', '“':
			quote++
		case '»', '”':
			if quote > 0 {
				quote--
			}
		case '.', '!', '?', '…':
			end, next, closed := boundary(s, i)
			if end < 0 {
				break
			}
			inside := quote - closed
			if inside < 0 {
				inside = 0
			}
			// A quotation of several sentences stays one sentence with its
			// attribution: «… préoccupante. L'action doit cesser. » C'est ce qu'écrit…
			if inside > 0 && strings.ContainsAny(s[end:], "»”") {
				break
			}
			if r == '.' && !periodEnds(s, i) {
				break
			}
			spans = appendSpan(spans, s, start, end)
			start = next
			quote = inside
			i = next
			continue
		}
		i += size
	}
	return appendSpan(spans, s, start, len(s))
}

// splitStop tells the bytes where appendSplit has something to look at:
// the ASCII ends of sentences, and the first byte of any other character
// (quotes and the ellipsis are not ASCII).
var splitStop = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || c == '.' || c == '!' || c == '?'
	}
	return t
}()

// boundary looks at the punctuation at i: it returns where the sentence
// would end (after the punctuation and any closing quotes or brackets),
// where the next one would start, and how many quotes the closers close;
// end is -1 when what follows cannot start a sentence.
func boundary(s string, i int) (end, next, closed int) {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			break
		}
		j += size
	}
	end = j
	spaced := false
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\t':
			spaced = true
		case r == '»' || r == '”' || r == ')' || r == ']' || r == '"' || r == '’' || r == '\'':
			if spaced && (r == '"' || r == '\'' || r == '’') {
				// an opening quote of the next sentence
				goto next
			}
			if r == '»' || r == '”' {
				closed++
			}
			end = j + size
		default:
			goto next
		}
		j += size
	}
next:
	if j >= len(s) {
		return len(s), len(s), closed
	}
	if !spaced {
		return -1, 0, 0
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	// "Elle était veuve depuis... 1950.": after a suspension mark, a number
	// goes on with the sentence.
	if unicode.IsDigit(r) && (strings.HasSuffix(s[:end], "...") || strings.HasSuffix(s[:end], "…")) {
		return -1, 0, 0
	}
	if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("«“\"'(—–-[¿¡", r) {
		return end, j, closed
	}
	return -1, 0, 0
}

// periodEnds reports whether the period at i ends a sentence rather than
// an abbreviation or an initial.
func periodEnds(s string, i int) bool {
	w := i
	for w > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:w])
		if !(unicode.IsLetter(r) || r == '.' || r == '-' || r == '°') {
			break
		}
		w -= size
	}
	word := s[w:i]
	if word == "" {
		return true
	}
	// "A. Blinken", "J.-C.": a single capital is an initial.
	if r, size := utf8.DecodeRuneInString(word); size == len(word) && unicode.IsUpper(r) {
		return false
	}
	// A word longer than every title and abbreviation is neither: each
	// letter folds to a byte at least, so folding it is no use.
	if letters := utf8.RuneCountInString(word) - strings.Count(word, "."); letters > maxShort {
		return true
	}
	f := strings.Trim(fold.String(word), ".")
	if titles[f] {
		return false
	}
	if !abbreviations[f] {
		return true
	}
	_, next, _ := boundary(s, i)
	if next <= 0 || next >= len(s) {
		return next >= len(s)
	}
	r, _ := utf8.DecodeRuneInString(s[next:])
	return unicode.IsUpper(r)
}

func appendSpan(spans [][2]int, s string, start, end int) [][2]int {
	for start < end {
		r, size := utf8.DecodeRuneInString(s[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start < end {
		spans = append(spans, [2]int{start, end})
	}
	return spans
}
