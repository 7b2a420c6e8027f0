package render

import (
	"errors"
	"html/template"
	"io"
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
// {{asset "name"}}, {{lang}} — by their text. It first runs the template
// once on nothing, for html/template to escape it (the run itself fails);
// a template that does not escape is left whole, for Render to report.
func (s *Site) inline(t *template.Template) {
	if !escaped(t) {
		return
	}
	funcs := s.funcs()
	value := func(cmd *parse.CommandNode) (string, bool) {
		id, ok := cmd.Args[0].(*parse.IdentifierNode)
		if !ok {
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
	constant := func(a *parse.ActionNode) (string, bool) {
		p := a.Pipe
		if len(p.Decl) > 0 || len(p.Cmds) < 2 {
			return "", false
		}
		v, ok := value(p.Cmds[0])
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
	var walk func(l *parse.ListNode)
	walk = func(l *parse.ListNode) {
		if l == nil {
			return
		}
		for i, n := range l.Nodes {
			switch n := n.(type) {
			case *parse.ActionNode:
				if v, ok := constant(n); ok {
					l.Nodes[i] = &parse.TextNode{NodeType: parse.NodeText, Pos: n.Pos, Text: []byte(v)}
				}
			case *parse.IfNode:
				walk(n.List)
				walk(n.ElseList)
			case *parse.RangeNode:
				walk(n.List)
				walk(n.ElseList)
			case *parse.WithNode:
				walk(n.List)
				walk(n.ElseList)
			case *parse.ListNode:
				walk(n)
			}
		}
	}
	for _, x := range t.Templates() {
		if x.Tree != nil {
			walk(x.Tree.Root)
		}
	}
}
