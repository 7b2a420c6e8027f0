package content

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/fold"
)

// A page prints who wrote the article and when, above or below the text:
// "Par Jean Dupont", "Publié le 6 avril 2016 à 14h38 - Mis à jour le 7
// avril 2016 à 09h59", "Published 22:35 IST", "Lecture 3 min". Such a
// line is no article text: its dates are the page's own, never events.
// They tell when the page says it was published, which checkPublished
// compares with front matter's published.

// maxByline is the length in bytes of the longest line read as a byline,
// and maxBylineSentence of the longest that ends as a sentence does.
const (
	maxByline         = 200
	maxBylineSentence = 60
)

// bylineWords are the words a byline line holds beside its dates and its
// authors' names, folded: labels ("Publié le", "Màj.", "Posted on"), time
// zones, reading times ("Lecture 3 min", "2 min read"), relative stamps
// ("il y a 3 heures", "3 hours ago"), and the weekday abbreviations a
// date may carry ("Sat 17 Oct 2020") that the tagger leaves out.
var bylineWords = wordSet(`l d publie publiee le a mis mise jour maj actualise actualisee modifie modifiee
	derniere dernier heure heures locale paris de du et il y lu lecture temps
	published updated posted last modified first on at am pm edited read reading time ago and avec with
	gmt utc cet cest ist amt azt msk est edt et pt pst pdt bst eet eest
	h min mins mn minute minutes hour hours hr hrs
	lun mar mer jeu ven sam dim mon tue tues wed thu thur thurs fri sat sun`)

// bylineUnits are the bylineWords that count a time: "3 min", "il y a 2 heures".
var bylineUnits = wordSet(`h min mins mn minute minutes heure heures hour hours hr hrs`)

// updateLabels say that the date after them is when the page changed,
// not when it was published: "Mis à jour le 17 oct.", "Updated Oct 17".
var updateLabels = []string{"mis a jour", "mise a jour", "maj", "actualise", "modifie", "updated", "modified", "edited"}

// nameWords may stand between the capitalized words of an author's name
// and after it: "Par Jean de La Fontaine et Marie Martin, envoyée spéciale
// à Stepanakert", "By Jane Roe, staff writer".
var nameWords = wordSet(`et and de du des d van von der den di da le la al el bin ibn avec with
	envoye envoyee envoyes envoyees special speciale speciaux speciales correspondant correspondante
	correspondants correspondantes journaliste journalistes notre nos our staff writer writers reporter
	reporters correspondent correspondents redaction a in at en au`)

// byline reports whether text is a byline line: only dates and times,
// their labels and time zones, authors after "Par" or "By", a reading
// time, the agencies or the outlet; with at least one date, time, name
// or count of minutes.
func (j *judger) byline(text string) bool {
	// A byline that ends with a period is short ("Par Jean Dupont.",
	// "Màj. le 17 oct."): a longer line that ends a sentence is a paragraph.
	if len(text) > maxByline || len(text) > maxBylineSentence && endsSentence(text) {
		return false
	}
	// First without the dates: more than two words no byline has (a month
	// name may be one) and the line is article text, read no further.
	if !j.bylineKey(text) {
		return false
	}
	digits := strings.ContainsAny(text, "0123456789")
	if !digits && !j.bylineStart(text) {
		return false
	}
	if _, ok := j.bylineTokens(text, nil, false); !ok {
		return false
	}
	var exprs []dates.Expr
	if digits {
		if j.doc == nil {
			// The spans of a line's dates do not depend on the reference
			// date; checkPublished reads their values against the article's.
			j.doc = dates.NewDoc(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), "fr")
		}
		exprs = j.doc.Tag(text)
	}
	evidence, ok := j.bylineTokens(text, exprs, true)
	return ok && (evidence || len(exprs) > 0)
}

// bylineStart reports whether text starts with a word only a byline
// starts with ("Par", "By", "Lecture", "Publié"), so that a line without
// digits is worth reading as one.
func (j *judger) bylineStart(text string) bool {
	tok, _ := nextToken(text, 0)
	switch w := j.foldWord(tok); string(w) {
	case "par", "by", "lecture":
		return true
	case "a", "le", "de", "du", "et", "il", "y", "and", "on", "at":
		return false
	default:
		return bylineWords[string(w)]
	}
}

// bylineKey is the first look at a line, on its key (digits dropped,
// folded, as judge wrote it): a line with words of no byline, beside its
// names, is article text. Names follow "par" or "by", and a month's name
// may stand beside each number: more than two words of no byline, and
// more than the line has numbers, and it is none.
func (j *judger) bylineKey(text string) bool {
	unknown, numbers := 0, -1 // the numbers counted once, when needed
	for k := j.k; len(k) > 0; {
		var w []byte
		w, k = cutWord(k)
		switch {
		case len(w) == 0 || bylineWords[string(w)] || agencies[string(w)] || j.foutlet != "" && hasWord(j.foutlet, w):
		case string(w) == "par" || string(w) == "by":
			return true
		default:
			if unknown++; unknown <= 2 {
				break
			}
			if numbers < 0 {
				numbers = digitRuns(text)
			}
			if unknown > numbers {
				return false
			}
		}
	}
	return true
}

// digitRuns returns how many runs of digits s holds: "14h38" has two.
func digitRuns(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		d := '0' <= s[i] && s[i] <= '9'
		if d && !in {
			n++
		}
		in = d
	}
	return n
}

// bylineTokens reads the words of text outside exprs, the spans of its
// dates. With final false, it is the first look, without the dates: a
// capitalized word may be a month's, and so may lowercase ones, two or as
// many as the numbers before them ("le vendredi 16 octobre 2020").
// It returns whether the words give a byline its evidence (a name after
// "Par", a count of minutes), and whether every word is a byline's.
func (j *judger) bylineTokens(text string, exprs []dates.Expr, final bool) (evidence, ok bool) {
	unknown, names, numbers, units := 0, 0, 0, 0
	inName := false // after "Par", "By": the authors' names
	for i := 0; i < len(text); {
		tok, start := nextToken(text, i)
		if tok == "" {
			break
		}
		i = start + len(tok)
		for len(exprs) > 0 && exprs[0].End <= start {
			exprs = exprs[1:]
		}
		if len(exprs) > 0 && exprs[0].Start <= start {
			continue // a date or time the tagger read
		}
		if number(tok) {
			numbers++
			inName = false
			continue
		}
		w := j.foldWord(tok)
		upper := startsUpper(tok)
		if inName {
			if upper {
				names++
				continue
			}
			if nameWords[string(w)] {
				continue
			}
			inName = false
		}
		switch {
		case string(w) == "par" || string(w) == "by":
			inName = true
		case bylineWords[string(w)]:
			if bylineUnits[string(w)] {
				units++
			}
		case agencies[string(w)] || j.foutlet != "" && hasWord(j.foutlet, w):
		case !final && upper:
		default:
			unknown++
			if final || unknown > max(2, numbers) {
				return false, false
			}
		}
	}
	return names > 0 || numbers > 0 && units > 0, true
}

// nextToken returns the token of text that starts at or after i, and
// where it starts: a run of letters, digits and the marks inside words
// and numbers ("Jean-Pierre", "14:38", "17.10.2020", "l'AFP"), without
// the marks at its ends; "" when none is left.
func nextToken(text string, i int) (string, int) {
	start := -1
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if tokenSep(r) {
			if start >= 0 {
				break
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start < 0 {
		return "", len(text)
	}
	tok := text[start:i]
	trimmed := strings.TrimLeft(tok, ".:/-'’")
	start += len(tok) - len(trimmed)
	tok = strings.TrimRight(trimmed, ".:/-'’")
	if tok == "" {
		return nextToken(text, i)
	}
	return tok, start
}

// tokenSep reports whether r separates a byline's tokens.
func tokenSep(r rune) bool {
	switch r {
	case ',', ';', '|', '(', ')', '[', ']', '"', '*', '+', '&', '!', '?', '·', '•', '–', '—', '«', '»', '“', '”':
		return true
	}
	return unicode.IsSpace(r)
}

// number reports whether tok is a number of a date or a time: "2020",
// "14:38", "14h38", "17.10.2020", "1er", "5th".
func number(tok string) bool {
	if tok == "" || tok[0] < '0' || tok[0] > '9' {
		return false
	}
	for _, suffix := range []string{"er", "re", "eme", "e", "th", "st", "nd", "rd"} {
		if t := strings.TrimSuffix(tok, suffix); t != tok {
			tok = t
			break
		}
	}
	for i := 0; i < len(tok); i++ {
		if c := tok[i]; (c < '0' || c > '9') && !strings.ContainsRune(":.h/-", rune(c)) {
			return false
		}
	}
	return true
}

// foldWord returns tok folded, without its periods ("Màj." → "maj",
// "a.m." → "am") and the elided article before an apostrophe ("l'AFP" →
// "afp"), in the judger's scratch space: valid until the next call.
func (j *judger) foldWord(tok string) []byte {
	if k := strings.IndexAny(tok, "'’"); k > 0 && k <= 2 {
		_, size := utf8.DecodeRuneInString(tok[k:])
		tok = tok[k+size:]
	}
	j.w = appendFold(j.w[:0], tok)
	w := j.w[:0]
	for _, c := range j.w {
		if c != '.' {
			w = append(w, c)
		}
	}
	j.w = w
	return w
}

// startsUpper reports whether tok starts with a capital letter.
func startsUpper(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r)
}

// hasWord reports whether key k, words apart by single spaces, holds w.
func hasWord(k string, w []byte) bool {
	for k != "" {
		var head string
		head, k, _ = strings.Cut(k, " ")
		if head == string(w) {
			return true
		}
	}
	return false
}

// maxApart is how far the page's own date may fall from front matter's
// published without a warning: a page stamps its time in its own time
// zone, and an evening article is the next day in Yerevan.
const maxApart = 24 * time.Hour

// checkPublished reports the first byline line of a whose date of
// publication falls more than a day from front matter's published, or
// whose date of update falls more than a day before it. doc reads the
// dates against the article's publication date.
func checkPublished(a *Article, doc func() *dates.Doc) *diag.Problem {
	pub := a.Day()
	for _, l := range a.Lines {
		if l.Drop != DropByline || !strings.ContainsAny(l.Text, "0123456789") {
			continue
		}
		prev := 0
		for _, e := range doc().Tag(l.Text) {
			label := fold.String(l.Text[prev:e.Start])
			prev = e.End
			// A clock time alone ("Published 22:35 IST") is of the day the
			// page was read; "aujourd'hui", "mardi" too: only a date the
			// page writes in digits is its own. And only with its year:
			// "Lundi 3 mai" takes the year whose 3 May is a Monday.
			if e.Time != "" || e.Value.Precision != dates.Day || e.Inferred || !strings.ContainsAny(e.Text, "0123456789") {
				continue
			}
			apart := e.Value.First().Sub(pub.First())
			if containsAny(label, updateLabels) {
				if apart < -maxApart {
					return diag.Warnf(a.Path, l.N, e.Start+1, "the page says it was updated on %s, before published = %s (check the date in front matter)",
						longDate(e.Value), pub)
				}
				continue
			}
			if apart > maxApart || apart < -maxApart {
				return diag.Warnf(a.Path, l.N, e.Start+1, "the page says it was published on %s but published = %s (check the date in front matter)",
					longDate(e.Value), pub)
			}
		}
	}
	return nil
}

// pageDates reads what the page says of itself once a's lines are judged
// and split: it takes the datelines off the sentences (see datelines),
// and reports the first of its own dates, a byline line's or the
// dateline's, that disagrees with front matter's published; nil if none.
func pageDates(a *Article) *diag.Problem {
	var doc *dates.Doc
	docOf := func() *dates.Doc {
		if doc == nil {
			doc = dates.NewDoc(a.Published, a.Language)
		}
		return doc
	}
	datelines(a, docOf)
	if a.Published.IsZero() {
		return nil // published is missing, and said to be
	}
	if p := checkPublished(a, docOf); p != nil {
		return p
	}
	return checkDateline(a)
}

// longDate writes a day as an editor reads it: "17 October 2020".
func longDate(d dates.Date) string { return d.First().Format("2 January 2006") }

// containsAny reports whether s contains one of list.
func containsAny(s string, list []string) bool {
	for _, w := range list {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
