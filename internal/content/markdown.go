package content

import (
	"html"
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
	lineOf := func(off int) int { return sort.SearchInts(starts, off+1) - 1 }

	texts := map[int]*strings.Builder{}
	var order []int
	add := func(off int, s string) {
		n := lineOf(off)
		b, ok := texts[n]
		if !ok {
			b = &strings.Builder{}
			texts[n] = b
			order = append(order, n)
		}
		b.WriteString(s)
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
				add(seg.Start, string(seg.Value(src)))
			}
			return ast.WalkSkipChildren, nil
		case *ast.Image, *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			add(n.Pos(), string(n.Label(src)))
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			seg := n.Segment
			add(seg.Start, string(seg.Value(src)))
			if n.HardLineBreak() || n.SoftLineBreak() {
				return ast.WalkContinue, nil
			}
		case *ast.String:
			// Strings carry no position; they follow the text before them.
			if len(order) > 0 {
				texts[order[len(order)-1]].Write(n.Value)
			}
		}
		return ast.WalkContinue, nil
	})
	lines := make([]Line, 0, len(order)+len(dropped))
	for _, n := range order {
		t := strings.TrimSpace(html.UnescapeString(texts[n].String()))
		if t != "" {
			lines = append(lines, Line{N: n + firstLine, Text: t})
		}
	}
	for _, d := range dropped {
		d.N += firstLine
		lines = append(lines, d)
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].N < lines[j].N })
	return lines
}

// lineStarts returns the byte offset of each line's first byte.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}
