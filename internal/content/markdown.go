package content

import (
	"bytes"
	"cmp"
	"html"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// md parses bodies. It is only ever used to read text out of Markdown:
// nothing of an article body is rendered as HTML, so raw HTML in it never
// reaches a page.
var md = goldmark.New()

// extractLines returns the text of each line of the Markdown body, markup
// removed (emphasis marks, link targets, images, raw HTML), with its line
// number in the file. Scraped text puts one paragraph on each line, so a
// line is the unit the cleaner judges and no sentence spans two lines.
func extractLines(body string, firstLine int) []Line {
	if plain(body) {
		return plainLines(body, firstLine)
	}
	return markdownLines(body, firstLine)
}

// plain reports whether body is text that Markdown leaves as it is: no
// byte of inline markup (emphasis, code, links, raw HTML, entities,
// escapes) anywhere, and no line that may open a block other than a
// paragraph (a heading, a list, a quotation, code, HTML, a rule, an
// underline). Most scraped articles are: their lines are then their text,
// without the Markdown parser, which was a third of the time to read one.
func plain(body string) bool {
	for rest := body; rest != ""; {
		line, tail, _ := strings.Cut(rest, "\n")
		rest = tail
		if !plainStart(line) {
			return false
		}
		for i := 0; i < len(line); i++ {
			if markup[line[i]] {
				return false
			}
		}
	}
	return true
}

// markup are the bytes that may be Markdown inline markup wherever they
// stand in a line (a NUL the parser replaces too).
var markup = [256]bool{'\\': true, '`': true, '*': true, '_': true, '[': true, ']': true,
	'<': true, '>': true, '&': true, '~': true, 0: true}

// plainStart reports whether a line may only be blank or a paragraph's
// line: it starts with a letter, any non-ASCII character, a number that is
// no list item's ("2023 a été", not "1." or "2)"), or a quote or a
// parenthesis; or it holds only spaces.
func plainStart(line string) bool {
	if line == "" {
		return true
	}
	c := line[0]
	switch {
	case c >= utf8.RuneSelf, 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', c == '"', c == '\'', c == '(':
		return true
	case '0' <= c && c <= '9':
		j := 1
		for j < len(line) && '0' <= line[j] && line[j] <= '9' {
			j++
		}
		return j == len(line) || line[j] != '.' && line[j] != ')'
	case c == ' ' || c == '\t':
		return strings.Trim(line, " \t") == ""
	}
	return false
}

// plainLines is extractLines for a plain body: one line of text a line.
func plainLines(body string, firstLine int) []Line {
	count := 0
	for rest := body; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if strings.TrimSpace(line) != "" {
			count++
		}
	}
	lines := make([]Line, 0, count) // as markdownLines: never nil, no room to spare
	for n, rest := 0, body; rest != ""; n++ {
		line, tail, _ := strings.Cut(rest, "\n")
		rest = tail
		if t := strings.TrimSpace(line); t != "" {
			lines = append(lines, Line{N: n + firstLine, Text: t})
		}
	}
	return lines
}

// markdownLines is extractLines for a body with Markdown in it.
func markdownLines(body string, firstLine int) []Line {
	src := []byte(body)
	starts := lineStarts(src)
	// Offsets come mostly in order: look at the line of the last one
	// before searching.
	last := 0
	lineOf := func(off int) int {
		if starts[last] <= off && (last+1 == len(starts) || off < starts[last+1]) {
			return last
		}
		last = sort.SearchInts(starts, off+1) - 1
		return last
	}

	// The text of every line goes into one buffer, a line's pieces side by
	// side, and becomes one string: a builder and a string per line, and a
	// map to find them, were a large share of the allocations of a read.
	buf := make([]byte, 0, len(src)) // the text is about as long as the body
	var texts []span                 // the lines with text, in the order met
	at := make([]int32, len(starts)) // line → index in texts, plus one
	add := func(off int, b []byte) {
		n := lineOf(off)
		k := int(at[n]) - 1
		if k < 0 {
			texts = append(texts, span{n: n, start: len(buf), end: len(buf)})
			k = len(texts) - 1
			at[n] = int32(len(texts))
		}
		addTo(&buf, &texts[k], b)
	}
	var dropped []Line
	doc := md.Parser().Parse(text.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock:
			// Raw HTML is markup, never article text.
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				dropped = append(dropped, Line{N: lineOf(seg.Start), Text: strings.TrimSpace(string(seg.Value(src))), Drop: "HTML"})
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			// Indented text in a scraped page is still text.
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				add(seg.Start, seg.Value(src))
			}
			return ast.WalkSkipChildren, nil
		case *ast.Image, *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			add(n.Pos(), n.Label(src))
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			seg := n.Segment
			add(seg.Start, seg.Value(src))
			if n.HardLineBreak() || n.SoftLineBreak() {
				return ast.WalkContinue, nil
			}
		case *ast.String:
			// Strings carry no position; they follow the text before them.
			if len(texts) > 0 {
				addTo(&buf, &texts[len(texts)-1], n.Value)
			}
		}
		return ast.WalkContinue, nil
	})
	all := string(buf)
	lines := make([]Line, 0, len(texts)+len(dropped))
	for _, sp := range texts {
		t := strings.TrimSpace(html.UnescapeString(all[sp.start:sp.end]))
		if t != "" {
			lines = append(lines, Line{N: sp.n + firstLine, Text: t})
		}
	}
	for _, d := range dropped {
		d.N += firstLine
		lines = append(lines, d)
	}
	slices.SortStableFunc(lines, func(a, b Line) int { return cmp.Compare(a.N, b.N) })
	return lines
}

// span is where the text of line n stands in extractLines' buffer.
type span struct {
	n, start, end int
}

// addTo appends b to the text of line sp in buf. A line's text is
// contiguous at the end of buf while it is the last one written to; when
// another line came in between, its text so far moves to the end first.
func addTo(buf *[]byte, sp *span, b []byte) {
	if sp.end != len(*buf) {
		start := len(*buf)
		*buf = append(*buf, (*buf)[sp.start:sp.end]...)
		sp.start, sp.end = start, len(*buf)
	}
	*buf = append(*buf, b...)
	sp.end = len(*buf)
}

// lineStarts returns the byte offset of each line's first byte.
func lineStarts(src []byte) []int {
	starts := make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
	for i := 0; ; {
		k := bytes.IndexByte(src[i:], '\n')
		if k < 0 {
			return starts
		}
		i += k + 1
		starts = append(starts, i)
	}
}
