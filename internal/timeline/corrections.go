package timeline

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"timeline/internal/content"
	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/fold"
	"timeline/internal/headline"
)

// The editor's corrections of one article, written in its front matter:
// [[fix]] gives an expression of the text the date it means, [[speaker]]
// gives a sentence its speaker. Each names its place by words of the
// text; this file finds that place, and says so when it finds none or
// several.

// corrections are where an article's [[fix]] and [[speaker]] tables
// apply, by sentence index.
type corrections struct {
	fixes    map[int][]fixSpan
	speakers map[int]int // the sentence's index in Article.Speakers
	spoken   []bool      // by index in Article.Speakers: its sentence has a mention
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
	if len(a.Fixes) == 0 && len(a.Speakers) == 0 {
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
		words := fold.String(sp.Sentence)
		var found []int
		for i := range folded {
			if words != "" && strings.Contains(folded[i], words) {
				found = append(found, i)
			}
		}
		switch {
		case len(found) == 0:
			c.warn(a, sp.Line, "[[speaker]]: no sentence has the words %q (copy a few words of the sentence as the text writes them)", sp.Sentence)
		case len(found) > 1:
			c.warn(a, sp.Line, "[[speaker]]: the words %q stand in %d sentences, on %s (add words that only the one you mean has)",
				sp.Sentence, len(found), lines(a, found))
		default:
			if c.speakers == nil {
				c.speakers = map[int]int{}
			}
			c.speakers[found[0]] = k
		}
	}
	return c
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
	var ns []string
	for _, i := range idx {
		n := fmt.Sprint(a.Sentences[i].Line)
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
