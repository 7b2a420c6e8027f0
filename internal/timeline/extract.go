package timeline

import (
	"strconv"
	"strings"

	"timeline/internal/attribution"
	"timeline/internal/content"
	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/fold"
	"timeline/internal/headline"
)

// Mention is one sentence of one article that carries a date.
type Mention struct {
	Slug        string     // the slug of the article it comes from
	Date        dates.Date // the resolved value
	Sentence    string     // the sentence, as it stands in the article
	Start, End  int        // the expression's byte span in Sentence; both 0 for an event the editor added
	Expression  string     // Sentence[Start:End]
	Attribution string     // who the sentence says is speaking, "" when no one
	Time        string     // "07:15" when the text gives a clock time
	Part        dates.Part // the part of the day the text names
	Since       bool       // the date starts an ongoing state ("depuis le 27 septembre")
	Inferred    bool       // the year is not in the text
	Manual      bool       // added by the editor with [[event]]
	Fixed       bool       // its date set by the editor with [[fix]]
	Line        int        // line of the sentence in the article file
	Col         int        // byte column of the expression in that line
	Anchor      string     // stable id of the mention on event pages, set by Extract (or by Build when not)
	Role        dates.Role // whether the sentence reports the date's happening, refers back to it or announces it
	Approx      bool       // the date is approximate: counted back from a duration ("il y a 30 ans")
	Words       []Word     // what the sentence names, to compare it with others (see Signature)
	Norm        uint64     // the hash of its folded letters and digits, which its copies share
	Score       int        // how well the sentence would serve as its happening's headline (headline.Score)
	From, To    int        // where in Sentence its headline starts and ends (headline.ScoreFrom)
	// What the lexicons find in the sentence (see Lexicons); the mentions
	// of one sentence share these slices.
	Places  []string // ids of the places it names, in its order
	Actors  []string // ids of the actors it names, in its order
	Speaker string   // the id of the actor Attribution names; "" when none does
	Kinds   []string // ids of the kinds of event it signals
	Figures []Figure // the casualty and displacement figures it gives
}

// Extraction is what one article contributes to the timeline. It depends
// only on the article, so a build can keep it while the article is unchanged.
type Extraction struct {
	Slug     string
	Mentions []Mention
	Problems diag.List // warnings for the editor: no date found, an ignore entry, [[fix]], [[speaker]] or [[claim]] that matches nothing
	// Key is the key of what the extraction was made from, the
	// article's file and the extraction's settings, given by whoever read
	// the file (0 when not known): two extractions with one key hold the
	// same mentions, and Build takes the last build's events of those.
	Key uint64
}

// Extract finds the dated sentences of an article: it tags each sentence,
// drops the expressions the editor listed under ignore, dates those of
// [[fix]], finds who speaks (or takes the editor's [[speaker]]), reads
// the figures (with the editor's [[claim]]), and adds the events the
// editor wrote in front matter.
func Extract(a *content.Article, lx *Lexicons) Extraction {
	x := Extraction{Slug: a.Slug}
	corr := correct(a)
	doc := dates.NewDoc(a.Published, a.Language)
	ignores := make([]string, len(a.Ignore))
	used := make([]bool, len(a.Ignore))
	for i, s := range a.Ignore {
		ignores[i] = fold.String(strings.TrimSpace(s))
	}
	// Tag every sentence first: the count of expressions bounds the count
	// of mentions, which are then allocated once instead of grown.
	tagged := make([][]dates.Expr, len(a.Sentences))
	n := len(a.Events)
	for i, s := range a.Sentences {
		tagged[i] = doc.Tag(s.Text)
		n += len(tagged[i])
	}
	if n > 0 {
		x.Mentions = make([]Mention, 0, n)
	}
	var spans [][2]int // reused from sentence to sentence: Find keeps none
	// "», a-t-il déclaré": a pronoun speaker is the last one its paragraph
	// named, and a blank line between two sentences starts a paragraph.
	var speakers attribution.Finder
	for si, s := range a.Sentences {
		if si > 0 && s.Line > a.Sentences[si-1].Line+1 {
			speakers.Paragraph()
		}
		exprs := tagged[si]
		fixes := corr.fixes[si]
		if len(fixes) > 0 {
			exprs = withFixes(s.Text, exprs, fixes)
		}
		if len(exprs) == 0 {
			speakers.Pass(s.Text)
			continue
		}
		spans = spans[:0]
		for _, e := range exprs {
			spans = append(spans, [2]int{e.Start, e.End})
		}
		var who string
		var words []Word
		var norm uint64
		whoDone := false
		text := "" // the sentence, copied for its first mention
		folded := ""
		first := len(x.Mentions) // this sentence's mentions start here
		for _, e := range exprs {
			fix := fixOf(fixes, e)
			fixed := fix != nil
			if len(ignores) > 0 {
				if folded == "" {
					folded = fold.String(s.Text)
				}
				if i := ignored(folded, s.Text, e, ignores); i >= 0 {
					used[i] = true
					if !fixed {
						continue
					}
					x.Problems.Add(diag.Warnf(a.Path, a.IgnoreAt, 0, "ignore: %q is the expression the [[fix]] of line %d dates, and the fix holds (remove one of the two)", a.Ignore[i], fix.line))
				}
			}
			// "aujourd'hui vers 7 h 15": two expressions of one date in one
			// sentence make one mention, which keeps the clock time.
			if k := sameDate(x.Mentions[first:], e.Value); k >= 0 {
				m := &x.Mentions[first+k]
				if m.Time == "" {
					m.Time = e.Time
				}
				if m.Part == dates.NoPart {
					m.Part = e.Part
				}
				m.Since = m.Since || e.Since
				m.Fixed = m.Fixed || fixed
				continue
			}
			if !whoDone {
				// The build keeps mentions and drops the article's text, of
				// which a sentence is a slice: a copy keeps the sentence
				// alone alive, not its paragraph or its whole file.
				text = strings.Clone(s.Text)
				who, whoDone = speakers.Find(text, spans), true
				words, norm = Signature(text, spans[0][0], spans[0][1])
			}
			x.Mentions = append(x.Mentions, Mention{
				Slug: a.Slug, Date: e.Value, Sentence: text,
				Start: e.Start, End: e.End, Expression: text[e.Start:e.End],
				Attribution: who, Time: e.Time, Part: e.Part, Since: e.Since, Inferred: e.Inferred,
				Line: s.Line, Col: s.Col + e.Start,
				Role: e.Role, Approx: e.Approx, Words: words, Norm: norm, Fixed: fixed,
			})
			m := &x.Mentions[len(x.Mentions)-1]
			m.Score, m.From, m.To = headline.ScoreFrom(candidate(m, a.Language))
			if m.Score <= headline.FurnitureScore && len(fixes) == 0 {
				// Page furniture the cleaner left ("Updated 10 November
				// 2020, 09:14 GMT", an appeal to "join today") dates
				// nothing: its sentence makes no mention.
				x.Mentions = x.Mentions[:first]
				break
			}
		}
		if !whoDone {
			speakers.Pass(s.Text) // every expression ignored
		}
		if k, ok := corr.speakers[si]; ok {
			corr.speak(x.Mentions[first:], a, k)
		}
		next := ""
		if si+1 < len(a.Sentences) {
			next = a.Sentences[si+1].Text
		}
		lx.read(x.Mentions[first:], next, a.Language)
		if ks, ok := corr.figures[si]; ok {
			corr.figure(x.Mentions[first:], a, lx, ks)
		}
	}
	for i, ev := range a.Events {
		words, norm := Signature(ev.Text, 0, 0)
		x.Mentions = append(x.Mentions, Mention{
			Slug: a.Slug, Date: ev.Date, Sentence: ev.Text, Time: ev.Time,
			Attribution: attribution.Find(ev.Text, nil), Manual: true, Line: ev.Line,
			Words: words, Norm: norm,
		})
		m := &x.Mentions[len(x.Mentions)-1]
		m.Score, m.From, m.To = headline.ScoreFrom(candidate(m, a.Language))
		lx.read(x.Mentions[len(x.Mentions)-1:], "", a.Language)
		if ks, ok := corr.events[i]; ok {
			corr.figure(x.Mentions[len(x.Mentions)-1:], a, lx, ks)
		}
	}
	if len(x.Mentions) == 0 {
		x.Mentions = nil // as when none was ever added: every expression ignored
	}
	anchor(x.Mentions)
	corr.unspoken(a)
	corr.unclaimed(a)
	x.Problems = append(x.Problems, corr.problems...)
	for i, u := range used {
		if !u {
			x.Problems.Add(unusedIgnore(a, tagged, i))
		}
	}
	if len(x.Mentions) == 0 {
		// Point at the article's first line of text, where an editor reads it.
		line := 0
		for _, l := range a.Lines {
			if l.Drop == "" {
				line = l.N
				break
			}
		}
		x.Problems.Add(diag.Warnf(a.Path, line, 0, "no date found in the text: the article adds nothing to the timeline (check its text, or add an [[event]] table with date and text)"))
	}
	return x
}

// Headline returns m's sentence shaped as a headline (headline.Shape),
// for an article written in lang.
func (m *Mention) Headline(lang string) string { return headline.Shape(candidate(m, lang)) }

// candidate returns m as a candidate headline of its happening, in an
// article written in lang.
func candidate(m *Mention, lang string) headline.Candidate {
	return headline.Candidate{Sentence: m.Sentence, Start: m.Start, End: m.End, Lang: lang,
		Role: m.Role.String(), Coarse: m.Date.Precision < dates.Day, Speaker: m.Attribution}
}

// anchor gives each mention its anchor on its event's page: the
// article's slug, then "-2", "-3" for its next mentions of the same date.
// It depends on the article alone, so the extraction, which a build
// keeps, carries it: Build would otherwise make those strings anew for
// every article at every build.
func anchor(ms []Mention) {
	n := make(map[dates.Date]int, len(ms))
	for i := range ms {
		m := &ms[i]
		n[m.Date]++
		m.Anchor = anchorOf(m.Slug, n[m.Date])
	}
}

// anchorOf returns the anchor of an article's nth mention of an event.
func anchorOf(slug string, n int) string {
	if n == 1 {
		return slug
	}
	return slug + "-" + strconv.Itoa(n)
}

// ignored returns the index of the ignore entry that is expression e of
// the sentence, or -1. An entry is the expression as the text writes it,
// capitals and accents aside, with at most three words that lead to it:
// ignore = ["depuis 2016"] drops the "2016" of "depuis 2016", and
// ignore = ["mardi"] drops "mardi" but not "mardi 19 septembre".
func ignored(folded, sentence string, e dates.Expr, ignores []string) int {
	// fold keeps byte offsets only for ASCII; map through rune counts otherwise.
	start, end := foldedOffset(sentence, e.Start), foldedOffset(sentence, e.End)
	for i, ig := range ignores {
		k := end - len(ig)
		if ig == "" || k < 0 || k > start || folded[k:end] != ig {
			continue
		}
		if k == start || leads(folded, k, start) {
			return i
		}
	}
	return -1
}

// leads reports whether folded[k:start] is at most three whole words
// that lead to an expression at start: "depuis ", "à partir de ", "l'".
func leads(folded string, k, start int) bool {
	if k > 0 && isWordByte(folded[k-1]) || isWordByte(folded[start-1]) {
		return false // the entry or the expression starts inside a word
	}
	return len(strings.Fields(strings.ReplaceAll(folded[k:start], "'", "' "))) <= 3
}

// isWordByte reports whether b is part of a word: a letter, a digit, or
// a byte of a character that is not ASCII.
func isWordByte(b byte) bool {
	return b >= 0x80 || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// unusedIgnore returns the warning for ignore entry i of a, which is no
// expression of the text. An entry that is part of an expression, or
// holds one, was dropping it before ignore had to match exactly: the
// warning names that expression.
func unusedIgnore(a *content.Article, tagged [][]dates.Expr, i int) *diag.Problem {
	for si, s := range a.Sentences {
		if len(tagged[si]) == 0 {
			continue
		}
		for _, sp := range fold.Find(s.Text, strings.TrimSpace(a.Ignore[i])) {
			for _, e := range tagged[si] {
				if e.Start < sp[1] && sp[0] < e.End {
					return diag.Warnf(a.Path, a.IgnoreAt, 0, "ignore: %q is not exactly a date expression of the text: line %d has %q (ignore drops an expression written whole: ignore = [%q])",
						a.Ignore[i], s.Line, e.Text, e.Text)
				}
			}
		}
	}
	return diag.Warnf(a.Path, a.IgnoreAt, 0, "ignore: %q matches no date expression of the text (copy the expression exactly as the text writes it)", a.Ignore[i])
}

// foldedOffset converts a byte offset in s to the offset of the same
// character in fold.String(s).
func foldedOffset(s string, off int) int {
	return len(fold.String(s[:off]))
}

// sameDate returns the index of the mention of date d, or -1.
func sameDate(ms []Mention, d dates.Date) int {
	for i, m := range ms {
		if m.Date == d {
			return i
		}
	}
	return -1
}
