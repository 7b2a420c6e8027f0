// Package edits reads the editors' file of headlines and summaries,
// content/events.toml: each [[event]] entry names an event by its date and
// a few words of a sentence that reports it, and gives it a headline, a
// short Markdown summary, or both, that replace what the build would
// choose from the sentences.
//
// It checks each entry on its own (its keys, its date, its words, its
// headline) and renders the summary as HTML. It does not know the events:
// finding the one event an entry's words pick, and saying when they pick
// none or several, is the timeline's job (see Entry.Matches).
package edits

import (
	"bytes"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/fold"
	"timeline/internal/tomlpos"
)

// Entry is one [[event]] entry of the file: what an editor wrote for one event.
type Entry struct {
	Date        dates.Date // the event's date, at the precision written ("2023-09-25", "2020-09", "199X")
	Match       string     // the words that pick the event, as written
	Words       []string   // Match folded (see fold) and split into words, punctuation left out
	Headline    string     // plain text, one line; "" to keep the one the build chooses
	Summary     string     // Markdown, as written (trimmed); "" for none
	SummaryHTML string     // Summary rendered, without raw HTML or javascript: links: safe to put in a page
	Path        string     // the file, relative to the site folder
	Line        int        // the line of the entry's [[event]]
}

// MaxHeadline is the length of the longest headline, in characters: one
// line on the timeline, as long as the headlines the build chooses.
const MaxHeadline = 140

// minPrefix is the number of letters from which a word of match also
// picks the words it starts: "explos" finds "explosion", "dépôt" finds
// "dépôts", but "de" finds only "de".
const minPrefix = 4

// keys are the keys of an entry, in the order the messages list them.
var keys = []string{"date", "match", "headline", "summary"}

// likely are the keys an editor may write for one of keys: French words,
// and the article's [[event]] key text.
var likely = map[string]string{
	"titre": "headline", "title": "headline",
	"résumé": "summary", "resume": "summary",
	"texte": "match", "text": "match", "mots": "match", "words": "match",
}

// md renders summaries with goldmark's defaults, as render does the
// episodes' descriptions and the about page: raw HTML is left out and a
// javascript: link is not a link.
var md = goldmark.New()

// Parse reads the file at path (relative to the site folder, for the
// messages) whose bytes are data. It returns the entries without an
// error, in the file's order, and every problem found.
func Parse(path string, data []byte) ([]Entry, diag.List) {
	var probs diag.List
	src := strings.TrimPrefix(string(data), "\ufeff")
	m, err := tomlpos.Decode(path, src, 0)
	if err != nil {
		probs.Merge(path, err)
		return nil, probs
	}
	top := &tomlpos.Table{File: path, Src: src, Values: m, Probs: &probs}
	for _, k := range sortedKeys(m) {
		switch {
		case k == "event":
		case slices.Contains(keys, k):
			top.Errorf(k, "%s is outside any entry (put a line [[event]] above it)", k)
		case isTable(m[k]):
			top.Errorf(k, "unknown table [[%s]] (start each entry with a line [[event]])", k)
		default:
			top.Errorf(k, "unknown key %s (this file holds only entries, each starting with a line [[event]])", k)
		}
	}
	var entries []Entry
	seen := map[string]int{} // date and words → the line of the entry that has them
	for _, t := range top.Tables("event") {
		e, ok := entry(t)
		if !ok {
			continue
		}
		// "explosion dépôt" and "Dépôt, explosion" pick the same events.
		set := slices.Compact(slices.Sorted(slices.Values(e.Words)))
		id := e.Date.String() + " " + strings.Join(set, " ")
		if line, dup := seen[id]; dup {
			t.Errorf("match", "match: the entry on line %d has the same date and the same words (keep one of the two, or add words that tell the events apart)", line)
			continue
		}
		seen[id] = e.Line
		entries = append(entries, e)
	}
	return entries, probs
}

// entry reads the entry of table t; ok is false when it has an error.
func entry(t *tomlpos.Table) (e Entry, ok bool) {
	before := len(*t.Probs)
	errs := func() bool { return diag.List((*t.Probs)[before:]).HasErrors() }
	e.Path = t.File
	e.Line, _ = t.Pos("")
	unknown := t.Refuse("an entry", likely, keys...)
	if _, there := t.Values["date"]; !there {
		t.Errorf("date", `date is missing (add a line: date = "2023-09-25", the event's date as the site writes it)`)
	} else {
		e.Date, _ = t.Date("date", true)
	}
	if _, there := t.Values["match"]; !there {
		t.Errorf("match", `match is missing (add a line: match = "a few words of a sentence that reports the event": several events may share a date, the words pick one)`)
	} else {
		e.Match = strings.TrimSpace(t.String("match", true, `match = "explosion dépôt"`))
		e.Words = words(e.Match)
		if e.Match != "" && len(e.Words) == 0 {
			t.Errorf("match", "match: %q has no word (write a few words of a sentence that reports the event)", e.Match)
		}
	}
	e.Headline = trimmed(t, "headline", `headline = "Explosion d'un dépôt de carburant"`)
	e.Summary = trimmed(t, "summary", `summary = """Un paragraphe en **Markdown**."""`)
	checkHeadline(t, e.Headline)
	if e.Summary != "" {
		e.SummaryHTML = summaryHTML(t, e.Summary)
	}
	_, hasHeadline := t.Values["headline"]
	_, hasSummary := t.Values["summary"]
	if !hasHeadline && !hasSummary && !unknown {
		t.Errorf("", `the entry has neither headline nor summary (add a line headline = "…", or summary = """…""", or both)`)
	}
	return e, !errs()
}

// checkHeadline reports a headline that is not one line of at most MaxHeadline characters.
func checkHeadline(t *tomlpos.Table, h string) {
	if strings.ContainsAny(h, "\r\n") {
		t.Errorf("headline", "headline: has a line break (write the headline on one line; the summary may have several)")
	} else if n := utf8.RuneCountInString(h); n > MaxHeadline {
		t.Errorf("headline", "headline: %d characters, more than %d (shorten it; say more in summary)", n, MaxHeadline)
	}
}

// trimmed returns the text under key, trimmed, and reports one that is empty.
func trimmed(t *tomlpos.Table, key, hint string) string {
	s := strings.TrimSpace(t.String(key, false, hint))
	if v, isText := t.Values[key].(string); isText && strings.TrimSpace(v) == "" {
		t.Errorf(key, "%s is empty (write it between the quotes, or remove the line)", key)
	}
	return s
}

// summaryHTML renders the Markdown summary src of t's entry, and warns
// when it holds raw HTML, which the page leaves out.
func summaryHTML(t *tomlpos.Table, src string) string {
	b := []byte(src)
	doc := md.Parser().Parse(text.NewReader(b))
	raw := false
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n.(type) {
		case *ast.HTMLBlock, *ast.RawHTML:
			raw = true
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if raw {
		line, col := t.Pos("summary")
		t.Probs.Add(diag.Warnf(t.File, line, col, "summary: HTML is left out of the page (write Markdown: **bold**, *italics*, [a link](https://…))"))
	}
	var out bytes.Buffer
	if err := md.Renderer().Render(&out, b, doc); err != nil {
		// Rendering into memory fails only on a bug of goldmark's.
		t.Errorf("summary", "summary: cannot be rendered: %v (simplify its Markdown)", err)
		return ""
	}
	return out.String()
}

// Matches reports whether text, a sentence, holds every word of the
// entry's match, in any order, accents and case aside: each as a word of
// text, or, for a word of at least four letters, as the start of one.
func (e Entry) Matches(text string) bool {
	if len(e.Words) == 0 {
		return false
	}
	in := words(text)
	for _, w := range e.Words {
		prefix := utf8.RuneCountInString(w) >= minPrefix
		if !slices.ContainsFunc(in, func(x string) bool { return x == w || prefix && strings.HasPrefix(x, w) }) {
			return false
		}
	}
	return true
}

// words returns the words of s folded (see fold.String), split at every
// character that is not a letter or a digit: "l'explosion du dépôt" gives
// l, explosion, du, depot.
func words(s string) []string {
	return strings.FieldsFunc(fold.String(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// isTable reports whether v is a TOML table or array of tables.
func isTable(v any) bool {
	switch v.(type) {
	case map[string]any, []map[string]any:
		return true
	}
	return false
}

// sortedKeys returns the keys of m in order, for messages in a stable order.
func sortedKeys(m map[string]any) []string { return slices.Sorted(maps.Keys(m)) }
