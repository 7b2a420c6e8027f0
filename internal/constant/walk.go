package constant

import (
	"fmt"
	"html/template"
	"reflect"
	"strconv"
	"text/template/parse"
)

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
