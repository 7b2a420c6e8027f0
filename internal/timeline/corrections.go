package timeline

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"timeline/internal/claims"
	"timeline/internal/content"
	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/fold"
	"timeline/internal/gazetteer"
	"timeline/internal/headline"
)

// The editor's corrections of one article, written in its front matter:
// [[fix]] gives an expression of the text the date it means, [[speaker]]
// gives a sentence its speaker, [[claim]] corrects, adds or removes a
// figure of a sentence. Each names its place by words of the text; this
// file finds that place, and says so when it finds none or several.

// corrections are where an article's [[fix]], [[speaker]] and [[claim]]
// tables apply, by sentence index.
type corrections struct {
	fixes    map[int][]fixSpan
	speakers map[int]int   // the sentence's index in Article.Speakers
	spoken   []bool        // by index in Article.Speakers: its sentence has a mention
	figures  map[int][]int // the indices in Article.Claims of the tables that pick the sentence
	events   map[int][]int // the same for the text of an [[event]], by its index in Article.Events
	claimed  []bool        // by index in Article.Claims: its sentence has a mention
	problems diag.List
}

// fixSpan is the span of a sentence the editor dates with a [[fix]].
type fixSpan struct {
	start, end int
	date       dates.Date
	line       int // the [[fix]] table's line
}

// correct finds the sentences of a the corrections of its front matter
// apply to. A correction that matches no sentence, or several, is a
// warning at its table's line, and is not applied.
func correct(a *content.Article) corrections {
	var c corrections
	if len(a.Fixes) == 0 && len(a.Speakers) == 0 && len(a.Claims) == 0 {
		return c
	}
	folded := make([]string, len(a.Sentences))
	for i, s := range a.Sentences {
		folded[i] = fold.String(s.Text)
	}
	for _, f := range a.Fixes {
		c.fix(a, f, folded)
	}
	c.spoken = make([]bool, len(a.Speakers))
	for k, sp := range a.Speakers {
		if si, ok := c.sentenceOf(a, "[[speaker]]", sp.Line, sp.Sentence, folded); ok {
			if c.speakers == nil {
				c.speakers = map[int]int{}
			}
			c.speakers[si] = k
		}
	}
	c.claimed = make([]bool, len(a.Claims))
	for k := range a.Claims {
		c.claim(a, k, folded)
	}
	return c
}

// sentenceOf returns the index of the one sentence of a that has the words
// of a table, given as the editor wrote them; folded are the sentences
// folded. When none has them, or several, it warns at the table's line,
// naming the table ("[[speaker]]"), and reports false.
func (c *corrections) sentenceOf(a *content.Article, table string, line int, words string, folded []string) (int, bool) {
	f := fold.String(words)
	var found []int
	for i := range folded {
		if f != "" && strings.Contains(folded[i], f) {
			found = append(found, i)
		}
	}
	switch {
	case len(found) == 0:
		c.warn(a, line, "%s: no sentence has the words %q (copy a few words of the sentence as the text writes them)", table, words)
	case len(found) > 1:
		c.warn(a, line, "%s: the words %q stand in %d sentences, on %s (add words that only the one you mean has)",
			table, words, len(found), lines(a, found))
	default:
		return found[0], true
	}
	return 0, false
}

// fix finds the sentence and the span f dates.
func (c *corrections) fix(a *content.Article, f content.Fix, folded []string) {
	expr, words := fold.String(f.Expression), fold.String(f.Sentence)
	var found []int
	var spans [][]fixSpan
	withWords := 0
	for i := range folded {
		if words != "" && !strings.Contains(folded[i], words) {
			continue
		}
		withWords++
		if !strings.Contains(folded[i], expr) {
			continue
		}
		if sp := occurrences(a.Sentences[i].Text, f); len(sp) > 0 {
			found = append(found, i)
			spans = append(spans, sp)
		}
	}
	switch {
	case len(found) == 1:
		if c.fixes == nil {
			c.fixes = map[int][]fixSpan{}
		}
		c.fixes[found[0]] = append(c.fixes[found[0]], spans[0]...)
	case words == "" && len(found) == 0:
		c.warn(a, f.Line, "[[fix]]: %q is not in the text (copy the expression as the text writes it, from a line the review page does not strike through)", f.Expression)
	case withWords == 0:
		c.warn(a, f.Line, "[[fix]]: no sentence has the words %q (copy a few words of the sentence as the text writes them)", f.Sentence)
	case len(found) == 0:
		c.warn(a, f.Line, "[[fix]]: %q is not in the sentence with the words %q (copy the expression as the text writes it)", f.Expression, f.Sentence)
	case words == "":
		c.warn(a, f.Line, "[[fix]]: %q stands in %d sentences, on %s (add sentence = \"a few words\" of the one you mean)",
			f.Expression, len(found), lines(a, found))
	default:
		c.warn(a, f.Line, "[[fix]]: %q and the words %q stand together in %d sentences, on %s (add to sentence words that only the one you mean has)",
			f.Expression, f.Sentence, len(found), lines(a, found))
	}
}

// occurrences returns the spans of sentence where the expression of f
// stands as whole words: "mai" is not in "maintenant".
func occurrences(sentence string, f content.Fix) []fixSpan {
	var out []fixSpan
	for _, sp := range fold.Find(sentence, f.Expression) {
		if wordEdge(sentence, sp[0], sp[1]) {
			out = append(out, fixSpan{sp[0], sp[1], f.Date, f.Line})
		}
	}
	return out
}

// wordEdge reports whether sentence[start:end] neither starts nor ends
// inside a word.
func wordEdge(sentence string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(sentence[:start])
	after, _ := utf8.DecodeRuneInString(sentence[end:])
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return !(start > 0 && inWord(before)) && !(end < len(sentence) && inWord(after))
}

// warn adds a warning at line of a's file.
func (c *corrections) warn(a *content.Article, line int, format string, args ...any) {
	c.problems.Add(diag.Warnf(a.Path, line, 0, format, args...))
}

// lines names the lines of the sentences of a at idx: "line 12", "lines
// 12 and 15", "lines 12, 15 and 20".
func lines(a *content.Article, idx []int) string {
	ls := make([]int, len(idx))
	for k, i := range idx {
		ls[k] = a.Sentences[i].Line
	}
	return lineList(ls)
}

// lineList names lines, in order: "line 12", "lines 12 and 15".
func lineList(ls []int) string {
	var ns []string
	for _, l := range ls {
		n := fmt.Sprint(l)
		if len(ns) == 0 || ns[len(ns)-1] != n {
			ns = append(ns, n)
		}
	}
	if len(ns) == 1 {
		return "line " + ns[0]
	}
	return "lines " + strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

// withFixes returns the expressions of a sentence with the editor's
// fixes in: a fix takes the place of the expressions it overlaps, and
// keeps what the tagger read of them but the date (its role, clock time,
// part of the day); one the tagger missed reports an event. The result
// is in order of start.
func withFixes(sentence string, exprs []dates.Expr, fixes []fixSpan) []dates.Expr {
	out := make([]dates.Expr, 0, len(exprs)+len(fixes))
	for _, e := range exprs {
		if overlapping(fixes, e.Start, e.End) < 0 {
			out = append(out, e)
		}
	}
	for i, f := range fixes {
		if k := overlapping(fixes[:i], f.start, f.end); k >= 0 {
			continue // two tables fix the same words: the first holds
		}
		e := dates.Expr{Start: f.start, End: f.end, Text: sentence[f.start:f.end], Value: f.date}
		for _, t := range exprs {
			if t.Start < f.end && f.start < t.End {
				e.Part, e.Time, e.Since, e.Role = t.Part, t.Time, t.Since, t.Role
				break
			}
		}
		k := len(out)
		for k > 0 && out[k-1].Start > e.Start {
			k--
		}
		out = append(out[:k], append([]dates.Expr{e}, out[k:]...)...)
	}
	return out
}

// overlapping returns the index of the fix that overlaps [start, end), or -1.
func overlapping(fixes []fixSpan, start, end int) int {
	for i, f := range fixes {
		if f.start < end && start < f.end {
			return i
		}
	}
	return -1
}

// fixOf returns the fix that is e, nil when e is the tagger's.
func fixOf(fixes []fixSpan, e dates.Expr) *fixSpan {
	for i, f := range fixes {
		if f.start == e.Start && f.end == e.End {
			return &fixes[i]
		}
	}
	return nil
}

// speak gives the mentions of one sentence the speaker of a.Speakers[k],
// and their headline scores again, which count the speaker.
func (c *corrections) speak(ms []Mention, a *content.Article, k int) {
	if len(ms) > 0 {
		c.spoken[k] = true
	}
	for i := range ms {
		m := &ms[i]
		m.Attribution = a.Speakers[k].Speaker
		m.Score, m.From, m.To = headline.ScoreFrom(candidate(m, a.Language))
	}
}

// unspoken warns of each [[speaker]] whose sentence gives no date: its
// speaker shows nowhere.
func (c *corrections) unspoken(a *content.Article) {
	for _, si := range slices.Sorted(maps.Keys(c.speakers)) {
		if k := c.speakers[si]; !c.spoken[k] {
			c.spoken[k] = true // once
			c.warn(a, a.Speakers[k].Line, "[[speaker]]: the sentence on line %d gives no date, so its speaker shows nowhere (choose a sentence with a date, or remove the table)", a.Sentences[si].Line)
		}
	}
}

// claim finds the sentence the words of the [[claim]] table a.Claims[k]
// pick: the text of an [[event]] first, which an editor writes to date a
// sentence the text does not, then a sentence of the text.
func (c *corrections) claim(a *content.Article, k int, folded []string) {
	cl := a.Claims[k]
	words := fold.String(cl.Text)
	if words == "" {
		return // content refused the table
	}
	var evs, evLines []int
	for i, ev := range a.Events {
		if strings.Contains(fold.String(ev.Text), words) {
			evs, evLines = append(evs, i), append(evLines, ev.Line)
		}
	}
	switch {
	case len(evs) == 1:
		if c.events == nil {
			c.events = map[int][]int{}
		}
		c.events[evs[0]] = append(c.events[evs[0]], k)
		return
	case len(evs) > 1:
		c.warn(a, cl.Line, "[[claim]]: the words %q stand in the text of %d [[event]] tables, on %s (add words that only the one you mean has)",
			cl.Text, len(evs), lineList(evLines))
		return
	}
	if si, ok := c.sentenceOf(a, "[[claim]]", cl.Line, cl.Text, folded); ok {
		if c.figures == nil {
			c.figures = map[int][]int{}
		}
		c.figures[si] = append(c.figures[si], k)
	}
}

// figure applies the [[claim]] tables of a at ks to ms, the mentions of
// one sentence, whose figures the lexicons read: a table corrects the
// figure of its kind the sentence gives, or with remove drops it, or adds
// one when the sentence gives none. The mentions share the result, as
// they share the sentence.
func (c *corrections) figure(ms []Mention, a *content.Article, lx *Lexicons, ks []int) {
	if len(ms) == 0 {
		return
	}
	m := &ms[0]
	read := len(m.Figures) // the figures the lexicons read, which tables correct; those after are added
	figs := slices.Clone(m.Figures)
	taken := make([]bool, read) // corrected by a table before: the next of its kind adds one
	drop := make([]bool, read)
	g := lx.gazetteer()
	for _, k := range ks {
		c.claimed[k] = true
		cl := &a.Claims[k]
		span := [2]int{}
		if sp := fold.Find(m.Sentence, cl.Text); len(sp) > 0 {
			span = sp[0]
		}
		i, ok := c.target(a, cl, m, figs[:read], taken, span)
		switch {
		case !ok:
		case i >= 0:
			taken[i], drop[i] = true, cl.Remove
			if !cl.Remove {
				correctFigure(&figs[i], cl, g, a.Language)
			}
		case cl.Remove:
			c.warn(a, cl.Line, "[[claim]]: the sentence on line %d gives no figure of kind %s to remove (check kind against the figures the event's page shows, or remove the table)",
				m.Line, cl.Kind)
		case cl.Count == 0:
			c.warn(a, cl.Line, "[[claim]]: the sentence on line %d gives no figure of kind %s, and the table has no count to add one (add count = the figure)",
				m.Line, cl.Kind)
		default:
			// Claimed by the sentence's speaker, as the lexicons' figures
			// are when the sentence names no closer claimant.
			kind, _ := claims.ParseKind(cl.Kind) // content reads only the kinds claims counts (TestClaimKinds)
			f := Figure{Figure: claims.Figure{Kind: kind, Claimant: m.Attribution, Start: span[0], End: span[1]}, Actor: m.Speaker}
			correctFigure(&f, cl, g, a.Language)
			figs = append(figs, f)
		}
	}
	var out []Figure
	for i, f := range figs {
		switch {
		case i < read && drop[i]:
		case i < read:
			out = append(out, f)
		default:
			// In the sentence's order: before the first figure that
			// starts after it, or stands in the next sentence.
			j := len(out)
			for j > 0 && (out[j-1].Next || out[j-1].Start > f.Start) {
				j--
			}
			out = slices.Insert(out, j, f)
		}
	}
	for i := range ms {
		ms[i].Figures = out
	}
}

// target returns the index in figs of the figure the [[claim]] table cl
// corrects in the sentence of m: the one of its kind that its words
// cover, or the only one of its kind; -1 when the sentence gives none of
// its kind, or all of them are taken by tables before. When it gives
// several, none of which the words pick, it warns and reports false.
func (c *corrections) target(a *content.Article, cl *content.Claim, m *Mention, figs []Figure, taken []bool, span [2]int) (int, bool) {
	var kind, covered []int
	for i, f := range figs {
		if taken[i] || f.Kind.String() != cl.Kind {
			continue
		}
		kind = append(kind, i)
		if !f.Next && f.Start < span[1] && span[0] < f.End {
			covered = append(covered, i)
		}
	}
	switch {
	case len(covered) == 1:
		return covered[0], true
	case len(covered) == 0 && len(kind) == 1:
		return kind[0], true
	case len(covered) == 0 && len(kind) == 0:
		return -1, true
	}
	if len(covered) > 1 {
		kind = covered
	}
	var texts []string
	for _, i := range kind {
		texts = append(texts, strconv.Quote(figureText(m.Sentence, figs[i])))
	}
	last := len(texts) - 1
	c.warn(a, cl.Line, "[[claim]]: the sentence on line %d gives %d figures of kind %s, %s and %s (make sentence the words of the one you mean: sentence = %s)",
		m.Line, len(kind), cl.Kind, strings.Join(texts[:last], ", "), texts[last], texts[0])
	return -1, false
}

// figureText returns the words of sentence that give f, or its count and
// kind when it stands in the next sentence.
func figureText(sentence string, f Figure) string {
	if !f.Next && 0 <= f.Start && f.Start < f.End && f.End <= len(sentence) {
		return sentence[f.Start:f.End]
	}
	return fmt.Sprintf("%d %s", f.Count, f.Kind)
}

// correctFigure gives f what the [[claim]] table cl writes: its count,
// qualifier, people and claimant, each when the table gives it; g finds
// the claimant's actor, and lang is the article's.
func correctFigure(f *Figure, cl *content.Claim, g *gazetteer.Gazetteer, lang string) {
	if cl.Count > 0 {
		f.Count, f.CountMax = cl.Count, cl.CountMax
	}
	if cl.HasQualifier {
		f.Qualifier, f.QualifierText = cl.Qualifier, cl.QualifierText
	}
	if cl.HasWho {
		f.Who = cl.Who
		f.Side, f.Civilian = whose(cl.Who, lang)
	}
	if cl.Claimant != "" {
		f.Claimant, f.Actor = cl.Claimant, ""
		if g != nil {
			f.Actor = g.Speaker(cl.Claimant)
		}
	}
}

// whoFrames are figures in which claims reads whose people a [[claim]]'s
// who are, by language: package claims owns the words of sides and of
// civilians, and reads them in a figure only, after its number
// ("soldats arméniens", "civils") or after what happened ("côté
// arménien").
var whoFrames = map[string][2]string{
	"fr": {"12 %s ont été tués.", "12 morts %s."},
	"en": {"12 %s were killed.", "12 killed %s."},
}

// whose returns the side of the people who names ("armenia" for "soldats
// arméniens") and whether they are civilians, as claims reads them; who
// is read in the article's language lang first, then in the other: an
// editor may write in French of an English article.
func whose(who, lang string) (string, bool) {
	if who == "" {
		return "", false
	}
	langs := [2]string{"fr", "en"}
	if lang == "en" {
		langs = [2]string{"en", "fr"}
	}
	for _, l := range langs {
		for _, frame := range whoFrames[l] {
			for _, f := range claims.Find(fmt.Sprintf(frame, who), "", l, "") {
				if f.Side != "" || f.Civilian {
					return f.Side, f.Civilian
				}
			}
		}
	}
	return "", false
}

// unclaimed warns of each [[claim]] whose sentence gives no date: its
// figure shows nowhere.
func (c *corrections) unclaimed(a *content.Article) {
	if len(c.figures) == 0 {
		return // most articles have none, and maps.Keys would allocate its iterator for nothing
	}
	for _, si := range slices.Sorted(maps.Keys(c.figures)) {
		for _, k := range c.figures[si] {
			if !c.claimed[k] {
				c.warn(a, a.Claims[k].Line, "[[claim]]: the sentence on line %d gives no date, so its figure shows nowhere (date the sentence: a [[fix]] with one of its expressions and the date, or an [[event]] with the date and the sentence as text)", a.Sentences[si].Line)
			}
		}
	}
}
