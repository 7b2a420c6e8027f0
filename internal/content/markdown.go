package content

import (
	"bytes"
	"cmp"
	"html"
	"slices"
	"sort"
	"strings"

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
	// map to find them, were a quarter of the allocations of a read.
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
