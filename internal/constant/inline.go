// Package constant writes the constant actions of a page template as
// text: {{t "key"}}, {{asset "name"}}, {{lang}}, {{site.Title}}, a string,
// and where dot is the page {{.Root}} and {{.Section}}, which print the
// same text on every page of a group (one kind, root and section); and it
// replaces an {{if eq .Section "x"}} of those by its branch. A constant is
// written as text only where html/template would print that text as it
// is, so that the pages read byte for byte the same.
//
// {{t "nav_sources"}} prints the same text on every page of a build, yet
// html/template calls t and then an escaper through reflection each time:
// on a large site that is millions of calls for a few dozen strings.
//
// Whether html/template prints a constant as it is is asked of
// html/template itself, by what it prints, never read from how it
// rewrites a template (the names of its escapers are its own). On the
// first page of the group (Inline):
//
//  1. a probe of the template prints each constant between markers of
//     capital letters, which every escaper prints as they are but the
//     filter of attribute names (it lowercases them), and a tail after
//     each run of text and constants, printed by the context the run
//     leaves to what follows ("?" in a link moves it to the query, whose
//     escaping differs);
//  2. a constant is kept as text when every time the probe printed it,
//     its value stood unchanged between its markers (unchanged);
//  3. a second probe writes those constants as text, markers included:
//     both pages must hold the same bytes around the markers, nothing the
//     escaper put around a constant (quotes, in a script) and the same
//     tails (differences); a constant next to a difference stays an
//     action, until none is;
//  4. the template with those constants as text must draw the page as
//     the template without them does.
//
// Each template a page calls is copied for each call first (see walker),
// so that a constant stands in one place and one context; one the probe
// did not reach stays an action.
//
// It does not load, run or keep templates for a site, nor know what a
// constant's value is: the caller gives the values (Values), keeps the
// template Inline returns for the pages of the group, and draws them.
package constant

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"strconv"
	"strings"
	"text/template/parse"
)

// Values are the values of the constants on the pages of one group: what
// the template's functions t, asset, lang and site return, and the page's
// fields Root and Section.
type Values struct {
	T     func(key string) string  // {{t "key"}}
	Asset func(name string) string // {{asset "name"}}
	Lang  string                   // {{lang}}
	// Site is what {{site}} returns, a pointer to a struct: {{site.Title}}
	// is its field Title, when that is a string.
	Site          any
	Root, Section string // {{.Root}} and {{.Section}}, where dot is the page
}

// An action is a constant action met in a template: one that prints the
// same text, its value, on every page of the group.
type action struct {
	node  *parse.ActionNode
	value string
}

// The markers the probes print: the start and end of constant i, and of
// the tail after run i, around the tail's text. Capital letters, i
// written with A to P and ended by a Z.
func startMark(i int) string { return "QJZXS" + markIndex(i) }
func endMark(i int) string   { return "QJZXE" + markIndex(i) }
func tailMark(i int) string  { return "QJZXT" + markIndex(i) + tailText + "QJZXU" + markIndex(i) }

func markIndex(i int) string {
	var b []byte
	for {
		b = append(b, byte('A'+i%16))
		if i /= 16; i == 0 {
			return string(append(b, 'Z'))
		}
	}
}

// tailText is what a tail prints after its marker: a character of each
// kind the escapers of different contexts treat differently.
const tailText = " a:/?#&=<>'\"`+,;()\\ "

// edit says what a copy holds in place of the constant i.
type edit func(i int, c action) []parse.Node

// probe prints each constant between its markers.
func probe(i int, c action) []parse.Node {
	return []parse.Node{printNode(c.node.Pos, startMark(i)+c.value+endMark(i))}
}

// markedText writes the constants in text as text between their markers,
// the others as probe does.
func markedText(text map[int]bool) edit {
	return func(i int, c action) []parse.Node {
		if !text[i] {
			return probe(i, c)
		}
		return []parse.Node{textNode(c.node.Pos, startMark(i)+c.value+endMark(i))}
	}
}

// asText writes the constants in text as their text, and leaves the
// others as they are.
func asText(text map[int]bool) edit {
	return func(i int, c action) []parse.Node {
		if !text[i] {
			return []parse.Node{c.node}
		}
		return []parse.Node{textNode(c.node.Pos, c.value)}
	}
}

// printNode returns an action that prints s.
func printNode(pos parse.Pos, s string) *parse.ActionNode {
	arg := &parse.StringNode{NodeType: parse.NodeString, Pos: pos, Quoted: strconv.Quote(s), Text: s}
	cmd := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: pos, Args: []parse.Node{arg}}
	pipe := &parse.PipeNode{NodeType: parse.NodePipe, Pos: pos, Cmds: []*parse.CommandNode{cmd}}
	return &parse.ActionNode{NodeType: parse.NodeAction, Pos: pos, Pipe: pipe}
}

// textNode returns the text s.
func textNode(pos parse.Pos, s string) *parse.TextNode {
	return &parse.TextNode{NodeType: parse.NodeText, Pos: pos, Text: []byte(s)}
}

// Inline returns the template for the pages of one group, whose constants
// have the values v: a copy of u, a template as parsed and never run, in
// which the template name (and those it calls) has each constant written
// as text where html/template prints it as it is. It asks html/template
// by drawing data, the group's first page, and checks that the copy draws
// that page as want, u as it runs, does. It returns nil when it writes no
// constant as text or cannot tell (the template fails on data, say): the
// pages are then drawn with want.
func Inline(u, want *template.Template, name string, data any, v Values) *template.Template {
	g := &group{u: u, name: name, data: data, v: v}
	probed, values, _, err := g.rewrite(probe, true)
	if err != nil || len(values) == 0 {
		return nil
	}
	out, err := g.draw(probed)
	if err != nil {
		return nil
	}
	text := unchanged(out, values)
	for len(text) > 0 {
		marked, _, runs, err := g.rewrite(markedText(text), true)
		if err != nil {
			return nil
		}
		out2, err := g.draw(marked)
		if err != nil {
			return nil
		}
		blamed, unexplained := differences(out, out2, text, runs)
		if len(blamed) == 0 {
			if unexplained {
				return nil
			}
			break
		}
		for i := range blamed {
			delete(text, i)
		}
	}
	if len(text) == 0 {
		return nil
	}
	t, _, _, err := g.rewrite(asText(text), false)
	if err != nil {
		return nil
	}
	if got, err := g.draw(t); err != nil {
		return nil
	} else if w, err := g.draw(want); err != nil || w != got {
		return nil
	}
	return t
}

// A group is what Inline is given: the template as parsed, the name of
// the one the pages are drawn with, the first page and the constants'
// values.
type group struct {
	u    *template.Template
	name string
	data any
	v    Values
}

// draw draws the group's first page with t, and returns it.
func (g *group) draw(t *template.Template) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the template failed: %v", r)
		}
	}()
	var b bytes.Buffer
	if err := t.ExecuteTemplate(&b, g.name, g.data); err != nil {
		return "", err
	}
	return b.String(), nil
}

// mark is a marker found in a page: where it starts and ends, its kind
// ('S' and 'E' around a constant, 'T' and 'U' around a tail) and its
// index.
type mark struct {
	pos, end int
	kind     byte
	i        int
}

// marks returns the markers in out, in order.
func marks(out string) []mark {
	var ms []mark
	for at := 0; ; {
		k := strings.Index(out[at:], "QJZX")
		if k < 0 {
			return ms
		}
		at += k
		if m, ok := readMark(out, at); ok {
			ms = append(ms, m)
			at = m.end
		} else {
			at += len("QJZX")
		}
	}
}

// readMark reads the marker at out[at:], if there is one.
func readMark(out string, at int) (mark, bool) {
	j := at + len("QJZX")
	if j >= len(out) || strings.IndexByte("SETU", out[j]) < 0 {
		return mark{}, false
	}
	m := mark{pos: at, kind: out[j]}
	digits := 0
	for j++; j < len(out) && 'A' <= out[j] && out[j] <= 'P' && digits < 8; j++ {
		m.i += int(out[j]-'A') << (4 * digits)
		digits++
	}
	if digits == 0 || j >= len(out) || out[j] != 'Z' {
		return mark{}, false
	}
	m.end = j + 1
	return m, true
}

// unchanged returns the constants, of the values given, that the probe's
// page out shows as they are between their markers every time, and at
// least once: those html/template prints as they are where they stand.
// An empty value is left out: some escapers print something for nothing
// ("(?:)" in a script's regular expression), and nothing at the start of
// a link leaves the link's start where it was, which a value does not.
func unchanged(out string, values []string) map[int]bool {
	ms := marks(out)
	seen, bad := map[int]bool{}, map[int]bool{}
	for k, m := range ms {
		switch m.kind {
		case 'S':
			seen[m.i] = true
			if k+1 == len(ms) || ms[k+1].kind != 'E' || ms[k+1].i != m.i || m.i >= len(values) ||
				out[m.end:ms[k+1].pos] != values[m.i] {
				bad[m.i] = true
			}
		case 'E':
			if k == 0 || ms[k-1].kind != 'S' || ms[k-1].i != m.i {
				bad[m.i] = true
			}
		}
	}
	text := map[int]bool{}
	for i := range seen {
		if !bad[i] && values[i] != "" {
			text[i] = true
		}
	}
	return text
}

// differences compares the probe's page with the page of the probe that
// writes the constants in text as text (markedText). Both must hold the
// same markers in the same order, and the same bytes between them:
// nothing the escaper put around a constant, and the same tails. It
// returns the constants in text a difference is put on, and whether some
// difference could be put on none.
//
// A difference just before a constant is put on it (quotes an escaper
// put there); one in a tail, on the last constant of the tail's run
// (runs[i]) still in text, the likeliest to have changed the context the
// run leaves (if it did not, the next try puts the difference on the one
// before it); any other, on the marker before it.
func differences(probe, marked string, text map[int]bool, runs [][]int) (blamed map[int]bool, unexplained bool) {
	a, b := marks(probe), marks(marked)
	blamed = map[int]bool{}
	on := func(m mark, ok bool) bool {
		switch {
		case !ok:
		case m.kind == 'S' || m.kind == 'E':
			if text[m.i] {
				blamed[m.i] = true
				return true
			}
		case m.i < len(runs):
			for j := len(runs[m.i]) - 1; j >= 0; j-- {
				if i := runs[m.i][j]; text[i] {
					blamed[i] = true
					return true
				}
			}
		}
		return false
	}
	for k := 0; k <= len(a); k++ {
		prev, hasPrev := at(a, k-1)
		next, hasNext := at(a, k)
		if other, hasOther := at(b, k); hasNext != hasOther || hasNext && !same(next, other) {
			// A marker one page has and the other has not (a tail that a
			// link's filter refused): on it, and on the marker before.
			only := func(m mark, in []mark) bool { // m, not in the page of in
				for _, n := range in[k:] {
					if same(m, n) {
						return false
					}
				}
				return true
			}
			found := on(prev, hasPrev)
			found = on(next, hasNext && only(next, b)) || found
			found = on(other, hasOther && only(other, a)) || found
			return blamed, unexplained || !found
		}
		g1, g2 := gap(probe, a, k), gap(marked, b, k)
		if g1 == g2 {
			continue
		}
		p, q := 0, 0
		for p < len(g1) && p < len(g2) && g1[p] == g2[p] {
			p++
		}
		for q < len(g1)-p && q < len(g2)-p && g1[len(g1)-1-q] == g2[len(g2)-1-q] {
			q++
		}
		found := false
		if hasNext && next.kind == 'S' && q == 0 {
			found = on(next, true)
		}
		if !found || p == 0 {
			found = on(prev, hasPrev) || found
		}
		unexplained = unexplained || !found
	}
	return blamed, unexplained
}

// same reports whether two markers are the same marker, each in its page.
func same(m, n mark) bool { return m.kind == n.kind && m.i == n.i }

// at returns ms[k], if there is one.
func at(ms []mark, k int) (mark, bool) {
	if k < 0 || k >= len(ms) {
		return mark{}, false
	}
	return ms[k], true
}

// gap returns the bytes of out between the markers ms[k-1] and ms[k]:
// from the start, to the end, when there is none.
func gap(out string, ms []mark, k int) string {
	from, to := 0, len(out)
	if k > 0 {
		from = ms[k-1].end
	}
	if k < len(ms) {
		to = ms[k].pos
	}
	return out[from:to]
}

// rewrite returns a copy of u for the pages of the group, in which each
// template called, from the one named g.name down, is a copy of its own
// for that call, so that each action stands in one place and is escaped
// in one context; the if's that test the page's section are replaced by
// their branch, each constant is replaced as edit says, and with tails,
// a tail is printed after each run of text and constants (see Inline).
// It returns the constants' values, in the order of the walk, the same
// for every edit, and the constants of each run.
func (g *group) rewrite(e edit, tails bool) (*template.Template, []string, [][]int, error) {
	t, err := g.u.Clone()
	if err != nil {
		return nil, nil, nil, err
	}
	top := t.Lookup(g.name)
	if top == nil || top.Tree == nil {
		return nil, nil, nil, fmt.Errorf("no template %s", g.name)
	}
	w := &walker{v: &g.v, t: t, edit: e, tails: tails}
	w.list(top.Tree.Root, true, []string{g.name})
	return t, w.values, w.runs, w.err
}

// walker rewrites the templates of a copy (see rewrite).
type walker struct {
	v      *Values
	t      *template.Template
	edit   edit
	tails  bool
	values []string // of the constants met
	runs   [][]int  // the constants of each run a tail ends
	copies int
	err    error
}

// list rewrites the nodes of l; dot says whether dot is the page there,
// calls names the templates the walk is in.
func (w *walker) list(l *parse.ListNode, dot bool, calls []string) {
	if l == nil {
		return
	}
	var out []parse.Node
	var run []int // constants since the last node that was neither text nor one
	end := func(pos parse.Pos) {
		if w.tails && len(run) > 0 {
			out = append(out, printNode(pos, tailMark(len(w.runs))))
			w.runs = append(w.runs, run)
		}
		run = nil
	}
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
			out = append(out, n)
			continue
		case *parse.ActionNode:
			if v, ok := w.constant(n, dot); ok {
				run = append(run, len(w.values))
				out = append(out, w.edit(len(w.values), action{n, v})...)
				w.values = append(w.values, v)
				continue
			}
		}
		end(n.Position())
		out = append(out, w.node(n, dot, calls))
	}
	end(l.Pos)
	l.Nodes = out
}

// node rewrites n, which is neither text nor a constant, and returns
// what stands in its place.
func (w *walker) node(n parse.Node, dot bool, calls []string) parse.Node {
	switch n := n.(type) {
	case *parse.IfNode:
		if holds, ok := w.test(n.Pipe, dot); ok {
			body := n.ElseList
			if holds {
				body = n.List
			}
			if body == nil {
				body = &parse.ListNode{NodeType: parse.NodeList, Pos: n.Pos}
			}
			w.list(body, dot, calls)
			return body
		}
		w.list(n.List, dot, calls)
		w.list(n.ElseList, dot, calls)
	case *parse.RangeNode: // dot is each element
		w.list(n.List, false, calls)
		w.list(n.ElseList, dot, calls)
	case *parse.WithNode: // dot is the value
		w.list(n.List, false, calls)
		w.list(n.ElseList, dot, calls)
	case *parse.ListNode:
		w.list(n, dot, calls)
	case *parse.TemplateNode:
		w.call(n, dot, calls)
	}
	return n
}

// call gives the template n calls a copy of its own, and rewrites it. A
// template that calls itself, directly or not, keeps calling the
// original, whose constants stay actions.
func (w *walker) call(n *parse.TemplateNode, dot bool, calls []string) {
	callee := w.t.Lookup(n.Name)
	if callee == nil || callee.Tree == nil {
		return
	}
	for _, c := range calls {
		if c == n.Name {
			return
		}
	}
	w.copies++
	name := n.Name + "·inline" + strconv.Itoa(w.copies)
	tree := callee.Tree.Copy()
	tree.Name = name
	if _, err := w.t.AddParseTree(name, tree); err != nil {
		w.err = err
		return
	}
	// Dot is the page in the callee when the call passes it dot, the page.
	passed := dot && n.Pipe != nil && len(n.Pipe.Decl) == 0 && len(n.Pipe.Cmds) == 1 &&
		len(n.Pipe.Cmds[0].Args) == 1 && n.Pipe.Cmds[0].Args[0].Type() == parse.NodeDot
	w.list(tree.Root, passed, append(calls, n.Name))
	n.Name = name
}

// constant returns the text a prints, when it prints the same text on
// every page of the template: {{t "key"}}, {{asset "name"}}, {{lang}},
// {{site.Title}}, a string; and where dot is the page, {{.Root}} and
// {{.Section}}.
func (w *walker) constant(a *parse.ActionNode, dot bool) (string, bool) {
	p := a.Pipe
	if len(p.Decl) > 0 || len(p.Cmds) != 1 {
		return "", false
	}
	cmd := p.Cmds[0]
	id, ok := cmd.Args[0].(*parse.IdentifierNode)
	if !ok {
		if len(cmd.Args) == 1 {
			return w.arg(cmd.Args[0], dot)
		}
		return "", false
	}
	switch {
	case id.Ident == "lang" && len(cmd.Args) == 1:
		return w.v.Lang, true
	case (id.Ident == "t" || id.Ident == "asset") && len(cmd.Args) == 2:
		arg, ok := cmd.Args[1].(*parse.StringNode)
		if !ok {
			return "", false
		}
		f := w.v.Asset
		if id.Ident == "t" {
			f = w.v.T
		}
		if f == nil {
			return "", false
		}
		return f(arg.Text), true
	}
	return "", false
}

// arg returns the value of a command's argument, when it is the same on
// every page of the template.
func (w *walker) arg(n parse.Node, dot bool) (string, bool) {
	switch n := n.(type) {
	case *parse.StringNode:
		return n.Text, true
	case *parse.FieldNode:
		if dot && len(n.Ident) == 1 {
			switch n.Ident[0] {
			case "Root":
				return w.v.Root, true
			case "Section":
				return w.v.Section, true
			}
		}
	case *parse.ChainNode: // site.Title
		if id, ok := n.Node.(*parse.IdentifierNode); ok && id.Ident == "site" && len(n.Field) == 1 {
			return siteField(w.v.Site, n.Field[0])
		}
	}
	return "", false
}

// siteField returns the string field name of site, a pointer to a struct.
func siteField(site any, name string) (string, bool) {
	v := reflect.ValueOf(site)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return "", false
	}
	sf, ok := v.Elem().Type().FieldByName(name)
	if !ok || !sf.IsExported() {
		return "", false
	}
	f, err := v.Elem().FieldByIndexErr(sf.Index)
	if err != nil || f.Kind() != reflect.String {
		return "", false
	}
	return f.String(), true
}

// test returns the value of an if's condition, when it is an eq of
// constants: {{if eq .Section "sources"}}.
func (w *walker) test(p *parse.PipeNode, dot bool) (holds, ok bool) {
	if len(p.Decl) > 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 3 {
		return false, false
	}
	args := p.Cmds[0].Args
	if id, ok := args[0].(*parse.IdentifierNode); !ok || id.Ident != "eq" {
		return false, false
	}
	a, ok1 := w.arg(args[1], dot)
	b, ok2 := w.arg(args[2], dot)
	return a == b, ok1 && ok2
}
