package headline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minCut is the shortest headline a cut at a clause boundary, or the
// words dropped at the end of a cut, may leave, in characters.
const minCut = 60

// Shape returns c's sentence made into a headline: a clause read alone, of
// at most Max characters. It collapses white space; drops the adverbials
// that open the sentence when a full clause follows ("Le lendemain, ",
// "Mardi 19 septembre, ", "On Tuesday, "), the page showing the date
// anyway; and gives the headline an uppercase first letter and no final
// period. A longer sentence loses its trailing attribution (", a déclaré
// X", ", selon Y", ", said Z"), then is cut at its last clause boundary
// (a comma before a relative, a subordinate or a conjunction, a
// semicolon, a dash, a colon) that leaves at least 60 characters, or else
// at its last word boundary, with "…". It never cuts inside a word.
func Shape(c Candidate) string {
	t := getText(c.Sentence, langOf(c))
	defer putText(t)
	s := c.Sentence
	from := 0
	if at, _ := t.opening(spanOf(c)); at > 0 && at < len(t.toks) {
		from = int(t.toks[at].start)
	}
	if to := trailing(c); to > from {
		s = s[from:to]
	} else {
		s = s[from:]
	}
	s = Finish(s)
	if utf8.RuneCountInString(s) <= Max {
		return s
	}
	t.read(s, langOf(c))
	if end := t.attribution(c.Speaker, len(s)); end > 0 {
		s = finish(s[:end])
		if utf8.RuneCountInString(s) <= Max {
			return s
		}
	}
	if end := t.clauseBoundary(len(s)); end > 0 {
		// "…ce lundi 8 février, a indiqué le porte-parole du Kremlin,
		// Dmitri Peskov, alors que…": the clause may end with one too.
		if a := t.attribution(c.Speaker, end); a > 0 && utf8.RuneCountInString(s[:a]) >= minCut {
			end = a
		}
		return finish(s[:end])
	}
	return t.wordCut(len(s))
}

// trailing returns where c's headline ends: before its date expression
// when that ends the sentence and only counts from the article's day
// ("…a lancé une offensive vers Vardenis hier", "…launched an offensive
// yesterday", "…à Tartar cette nuit", "…mercredi en fin de journée"):
// the page the headline stands on gives the date, and "hier" there reads
// as the reader's yesterday. A date the text writes out ("le 16
// septembre") stays. It returns len(c.Sentence) otherwise.
func trailing(c Candidate) int {
	s := c.Sentence
	if c.Start <= 0 || c.End <= c.Start || c.End > len(s) || c.Role == "forecast" {
		return len(s) // "will deploy from Wednesday": an announcement's date is its news
	}
	rest := strings.TrimRight(s[c.End:], " .!…\u00a0")
	if rest != "" {
		return len(s)
	}
	expr := s[c.Start:c.End]
	for _, r := range expr {
		if unicode.IsDigit(r) {
			return len(s)
		}
	}
	if namesMonth(expr) {
		return len(s)
	}
	to := strings.TrimRight(s[:c.Start], " ,\u00a0")
	// A preposition the date governed goes with it: "…from", "…dès".
	for {
		i := strings.LastIndexByte(to, ' ')
		if i < 0 || !governs[strings.ToLower(to[i+1:])] {
			break
		}
		to = strings.TrimRight(to[:i], " ,\u00a0")
	}
	if utf8.RuneCountInString(to) < 20 {
		return len(s) // too little left to say what happened
	}
	return len(to)
}

// governs are the words a trailing date takes with it.
var governs = map[string]bool{
	"à": true, "au": true, "le": true, "la": true, "les": true, "dès": true, "depuis": true, "en": true, "dans": true,
	"du": true, "de": true, "pour": true, "vers": true, "jusqu'à": true, "jusqu’à": true, "d'ici": true, "d’ici": true,
	"from": true, "on": true, "at": true, "in": true, "since": true, "by": true, "until": true, "for": true, "of": true,
}

// monthWords are the names of months, in full and cut.
var monthWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`janvier février fevrier mars avril mai juin juillet août aout septembre octobre
		novembre décembre decembre janv févr fevr avr juil sept oct nov déc dec january february march april
		may june july august september october november december jan feb mar apr jun jul aug sep`) {
		m[w] = true
	}
	return m
}()

// namesMonth reports whether one of expr's words is a month's name: a
// date that names one is written out ("le 16 sept.", "in May").
func namesMonth(expr string) bool {
	for _, w := range strings.Fields(expr) {
		if monthWords[strings.TrimSuffix(strings.ToLower(w), ".")] {
			return true
		}
	}
	return false
}

// Finish returns the headline s makes when it needs no cut: its spaces
// collapsed, no final period, an uppercase first letter. For the sentence
// from where ScoreFrom says its headline starts, it is what Shape returns
// when that is at most Max characters.
func Finish(s string) string { return capitalize(finish(collapse(s))) }

// collapse returns s with each run of white space as one space, but a
// lone no-break space (French typography's, before "»" or ":"), no space
// before a comma or a period (a typo in either language: "Selon le
// ministère , plus de…") and no space at either end.
func collapse(s string) string {
	if collapsed(s) {
		return s // most sentences: no copy
	}
	return collapseAll(s)
}

// collapseAll is collapse, copying s whatever it holds.
func collapseAll(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := ""
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			if space != "" && b.Len() > 0 && r != ',' && r != '.' {
				b.WriteString(space)
			}
			space = ""
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		switch {
		case space == "" && (r == '\u00a0' || r == '\u202f'):
			space = s[i : i+size]
		default:
			space = " "
		}
		i += size
	}
	return b.String()
}

// finish trims what a headline does not end with: spaces, a comma, a
// semicolon, a colon, a dash, and its final period ("headlines read
// without one"), but that of an abbreviation ("U.S.", "etc.") or of an
// ellipsis.
// collapsed reports whether collapse would return s as it is: single
// ASCII spaces between words, none at either end nor before a comma or a
// period, and no other white space.
func collapsed(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if n := s[i+1]; n == ' ' || n == ',' || n == '.' {
				return false
			}
		case c < ' ':
			return false
		case c >= utf8.RuneSelf:
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}

func finish(s string) string {
	for {
		s = strings.TrimRightFunc(s, unicode.IsSpace)
		switch {
		case strings.HasSuffix(s, ","), strings.HasSuffix(s, ";"), strings.HasSuffix(s, ":"),
			strings.HasSuffix(s, "-"):
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "–"), strings.HasSuffix(s, "—"):
			s = s[:len(s)-len("–")]
		case strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") && !abbreviation(s[:len(s)-1]):
			s = s[:len(s)-1]
		default:
			return s
		}
	}
}

// abbreviation reports whether the last word of s, before a period, is an
// abbreviation: letters with a period among them ("U.S", "a.m", "J.-C";
// not "18.11.2020") or one of a few.
func abbreviation(s string) bool {
	w := s[strings.LastIndexAny(s, " \u00a0\u202f")+1:]
	if strings.Contains(w, ".") && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
		return true
	}
	switch strings.ToLower(w) {
	case "etc", "jr", "inc", "ltd", "co", "st", "av", "env", "cf", "mr", "dr", "m":
		return true
	}
	return false
}

// capitalize returns s with its first letter uppercase, when s opens with
// it or with a quotation mark and it: "l'Azerbaïdjan a lancé…" becomes
// "L'Azerbaïdjan a lancé…"; "16 soldats…" stays as it is.
func capitalize(s string) string {
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			if u := unicode.ToUpper(r); u != r {
				return s[:i] + string(u) + s[i+utf8.RuneLen(r):]
			}
			return s
		case r == '«' || r == '“' || r == '"' || unicode.IsSpace(r):
		default:
			return s
		}
	}
	return s
}

// attribution returns where the attribution that ends the sentence's
// first end bytes starts (at its comma), 0 when there is none: ", a déclaré Hikmet
// Hajiyev, conseiller du président", ", selon le ministère", ", d'après
// l'agence Anadolu", ", the defence ministry said". It opens with "selon"
// or does nothing but say, in fifteen words at most, or up to twenty-five
// when it names the speaker.
func (t *text) attribution(speaker string, end int) int {
	n := len(t.toks)
	for n > 0 && int(t.toks[n-1].start) >= end {
		n--
	}
	words := 0
	for i := n - 1; i > 0; i-- {
		if t.toks[i].word() {
			if words++; words > 25 {
				return 0
			}
		}
		if !t.is(i, ",") || i+1 >= n {
			continue
		}
		opens := t.toks[i+1].cls&attributionWord != 0 ||
			t.is(i+1, "d'") && i+2 < n && (t.is(i+2, "après") || t.is(i+2, "apres"))
		named := speaker != "" && strings.Contains(t.s[t.toks[i+1].start:end], speaker)
		if (words <= 15 || named) && (opens || t.sayingOnly(i+1, n)) {
			return int(t.toks[i].start)
		}
	}
	return 0
}

// sayingOnly reports whether the tokens from i to n hold a verb of saying
// ("a déclaré", "a-t-il indiqué", "said", "ajoute") and no other verb.
func (t *text) sayingOnly(i, n int) bool {
	says := false
	for k := i; k < n; k++ {
		tk := t.toks[k]
		switch {
		case tk.cls&speech != 0:
			says = true
		case tk.cls&pastVerb != 0:
			return false
		case tk.cls&aux != 0:
			if j := t.participleAfter(k); j > 0 && t.toks[j].cls&speech == 0 {
				return false
			}
		}
	}
	return says
}

// clauseBoundary returns the end of the longest headline that ends at a
// clause boundary and keeps between minCut and Max characters, 0 when
// none: before ", qui", ", which", ", ciblant", "; ", " – ", ": ". The
// headline before it must close the quotations and the brackets it opens.
func (t *text) clauseBoundary(end int) int {
	best := 0
	for i := 1; i < len(t.toks); i++ {
		tk := t.toks[i]
		if int(tk.end) > end {
			break
		}
		boundary := false
		switch string(t.key(i)) {
		case ";", ":", "–", "—":
			boundary = true
		case "-":
			boundary = i > 0 && t.toks[i-1].end < tk.start // a spaced hyphen: a dash
		case ",":
			if i+1 < len(t.toks) {
				next := t.toks[i+1]
				k := t.key(i + 1)
				boundary = next.cls&subordinate != 0 || next.word() && next.flags&isUpper == 0 &&
					(hasSuffix(k, "ant") || hasSuffix(k, "ing"))
			}
		}
		if !boundary {
			continue
		}
		head := finish(t.s[:tk.start])
		n := utf8.RuneCountInString(head)
		if n > Max {
			break
		}
		if n >= minCut && balanced(head) {
			best = len(head)
		}
	}
	return best
}

func hasSuffix(k []byte, suffix string) bool {
	return len(k) > len(suffix)+2 && string(k[len(k)-len(suffix):]) == suffix
}

// balanced reports whether s closes the quotations and brackets it opens.
func balanced(s string) bool {
	var guillemets, curly, parens, straight int
	for _, r := range s {
		switch r {
		case '«':
			guillemets++
		case '»':
			guillemets--
		case '“':
			curly++
		case '”':
			curly--
		case '(':
			parens++
		case ')':
			parens--
		case '"':
			straight++
		}
	}
	return guillemets == 0 && curly == 0 && parens == 0 && straight%2 == 0
}

// wordCut returns the sentence cut at its last space that leaves room
// for "…" within Max characters, without the function words that would
// end it ("… ciblant également les" loses "les") while that leaves at
// least minCut characters.
func (t *text) wordCut(end int) string {
	s := t.s[:end]
	cut, n := 0, 0
	for i, r := range s {
		if n == Max {
			break
		}
		if unicode.IsSpace(r) {
			cut = i
		}
		n++
	}
	if cut == 0 {
		// One word longer than a headline: no word boundary to cut at.
		i := 0
		for n := 0; n < Max-1; n++ {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		return s[:i] + "…"
	}
	head := trimCut(s[:cut])
	for k := len(t.toks) - 1; k >= 0; k-- {
		tk := t.toks[k]
		if int(tk.end) > len(head) {
			continue
		}
		if !tk.word() || tk.cls&(function|subordinate|relative) == 0 {
			break
		}
		shorter := trimCut(s[:tk.start])
		if utf8.RuneCountInString(shorter) < minCut {
			break
		}
		head = shorter
	}
	return head + "…"
}

// trimCut trims what a cut headline does not end with before its "…":
// spaces, punctuation, an opening quotation mark or bracket.
func trimCut(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;:-–—(«“\"", r)
	})
}
