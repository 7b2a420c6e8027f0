package render

import (
	"errors"
	"html/template"
	"io"
	"reflect"
	"text/template/parse"
)

// Constant actions. {{t "nav_sources"}} prints the same text on every page
// of a build, yet html/template calls t and then an escaper through
// reflection each time: on a large site that is millions of calls for a
// few dozen strings. inline replaces, once per build, each such action by
// its text, where html/template's own escaping would leave the text as it
// is: the page reads byte for byte the same.

// escaped runs t on nothing for html/template to escape it, and reports
// whether it did.
func escaped(t *template.Template) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	err := t.ExecuteTemplate(io.Discard, "base.html", nil)
	var escErr *template.Error
	return !errors.As(err, &escErr)
}

// escapers are the escapers html/template puts in a pipeline, with what
// they leave unchanged. An action with any other escaper is kept.
var escapers = map[string]func(string) bool{
	"_html_template_htmlescaper":   plainHTML,
	"_html_template_attrescaper":   plainHTML,
	"_html_template_rcdataescaper": plainHTML,
	"_html_template_urlnormalizer": plainPath,
	"_html_template_urlfilter":     plainPath,
}

// plainHTML reports whether text is unchanged by html/template's
// escaping in an element or a quoted attribute.
func plainHTML(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0, '"', '&', '\'', '+', '<', '>':
			return false
		}
	}
	return true
}

// plainPath reports whether s is a relative path that html/template's
// URL filter and normalizer leave unchanged: "assets/style.0a1b2c.css".
func plainPath(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '/' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// inline replaces the constant actions of t's templates — {{t "key"}},
// {{asset "name"}}, {{lang}}, {{site.Title}} — by their text. With a
// page, it also replaces those of base.html that read the page's root
// and section where dot is the page — {{.Root}}, {{if eq .Section "x"}} —
// for a template that draws only pages with that root and section (see
// pageTemplate). It first runs the template once on nothing, for
// html/template to escape it (the run itself fails); a template that
// does not escape is left whole, for Render to report.
func (s *Site) inline(t *template.Template, page *Page) {
	if !escaped(t) {
		return
	}
	funcs := s.funcs()
	// arg returns the value of a command's argument, when it is the same
	// on every page this template draws; dot tells whether dot is the page.
	arg := func(n parse.Node, dot bool) (string, bool) {
		switch n := n.(type) {
		case *parse.StringNode:
			return n.Text, true
		case *parse.FieldNode:
			if page != nil && dot && len(n.Ident) == 1 {
				switch n.Ident[0] {
				case "Root":
					return page.Root, true
				case "Section":
					return page.Section, true
				}
			}
		case *parse.ChainNode: // site.Title
			if id, ok := n.Node.(*parse.IdentifierNode); ok && id.Ident == "site" && len(n.Field) == 1 && s.Config != nil {
				f := reflect.ValueOf(s.Config).Elem().FieldByName(n.Field[0])
				if f.IsValid() && f.Kind() == reflect.String {
					return f.String(), true
				}
			}
		}
		return "", false
	}
	value := func(cmd *parse.CommandNode, dot bool) (string, bool) {
		id, ok := cmd.Args[0].(*parse.IdentifierNode)
		if !ok {
			if len(cmd.Args) == 1 {
				return arg(cmd.Args[0], dot)
			}
			return "", false
		}
		switch {
		case id.Ident == "lang" && len(cmd.Args) == 1:
			return s.lang, true
		case (id.Ident == "t" || id.Ident == "asset") && len(cmd.Args) == 2:
			arg, ok := cmd.Args[1].(*parse.StringNode)
			if !ok {
				return "", false
			}
			if id.Ident == "t" {
				return s.T(arg.Text), true
			}
			return funcs["asset"].(func(string) string)(arg.Text), true
		}
		return "", false
	}
	constant := func(a *parse.ActionNode, dot bool) (string, bool) {
		p := a.Pipe
		if len(p.Decl) > 0 || len(p.Cmds) < 2 {
			return "", false
		}
		v, ok := value(p.Cmds[0], dot)
		if !ok {
			return "", false
		}
		for _, c := range p.Cmds[1:] {
			id, ok := c.Args[0].(*parse.IdentifierNode)
			if !ok || len(c.Args) != 1 {
				return "", false
			}
			if plain, ok := escapers[id.Ident]; !ok || !plain(v) {
				return "", false
			}
		}
		return v, true
	}
	// test returns the value of an if's condition, when it is an eq of
	// constants: {{if eq .Section "sources"}}.
	test := func(p *parse.PipeNode, dot bool) (holds, ok bool) {
		if len(p.Decl) > 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 3 {
			return false, false
		}
		args := p.Cmds[0].Args
		if id, ok := args[0].(*parse.IdentifierNode); !ok || id.Ident != "eq" {
			return false, false
		}
		a, ok1 := arg(args[1], dot)
		b, ok2 := arg(args[2], dot)
		return a == b, ok1 && ok2
	}
	var walk func(l *parse.ListNode, dot bool)
	walk = func(l *parse.ListNode, dot bool) {
		if l == nil {
			return
		}
		for i, n := range l.Nodes {
			switch n := n.(type) {
			case *parse.ActionNode:
				if v, ok := constant(n, dot); ok {
					l.Nodes[i] = &parse.TextNode{NodeType: parse.NodeText, Pos: n.Pos, Text: []byte(v)}
				}
			case *parse.IfNode:
				if holds, ok := test(n.Pipe, dot); ok {
					body := n.ElseList
					if holds {
						body = n.List
					}
					if body == nil {
						body = &parse.ListNode{NodeType: parse.NodeList, Pos: n.Pos}
					}
					l.Nodes[i] = body
					walk(body, dot)
					continue
				}
				walk(n.List, dot)
				walk(n.ElseList, dot)
			case *parse.RangeNode: // dot is each element
				walk(n.List, false)
				walk(n.ElseList, dot)
			case *parse.WithNode: // dot is the value
				walk(n.List, false)
				walk(n.ElseList, dot)
			case *parse.ListNode:
				walk(n, dot)
			}
		}
	}
	for _, x := range t.Templates() {
		if x.Tree != nil {
			// Only base.html is drawn with the page as dot, by RenderTo.
			walk(x.Tree.Root, x.Name() == "base.html")
		}
	}
}
