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
	"slices"
	"strconv"
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
	// Finish, when set, is given what a template printed and returns the
	// page the caller would write from it: a caller whose functions print
	// markers it replaces afterwards (render's rows) replaces them here
	// too. It is called on every drawing, failed ones included.
	Finish func(printed []byte) []byte
}

// Inline returns the template for the pages of one group, whose constants
// have the values v: a copy of u, a template as parsed and never run, in
// which the template name (and those it calls) has each constant written
// as text where html/template prints it as it is. It asks html/template
// by drawing data, the group's first page, and checks that the copy draws
// that page as want, u as it runs, does. It returns nil when it writes no
// constant as text or cannot tell (the template fails on data, say): the
// pages are then drawn with want.
//
// It also returns which constants it wrote as text, for Apply to write
// them so again without asking: the same template with the same values
// and the same root and section makes the same choice.
func Inline(u, want *template.Template, name string, data any, v Values) (*template.Template, Choice) {
	t, text := inline(u, want, name, data, v)
	if t == nil {
		return nil, nil
	}
	c := make(Choice, 0, len(text))
	for i := range text {
		c = append(c, i)
	}
	slices.Sort(c)
	return t, c
}

// Choice is which constants of a group Inline wrote as text, by their
// place in the walk of its templates.
type Choice []int

// Apply returns the copy of u Inline returned when it made the choice c,
// for a group of the same template, values, root and section: nil for an
// empty choice, or one that does not fit u.
func Apply(u *template.Template, name string, v Values, c Choice) *template.Template {
	if len(c) == 0 {
		return nil
	}
	text := make(map[int]bool, len(c))
	for _, i := range c {
		text[i] = true
	}
	g := &group{u: u, name: name, v: v}
	t, values, _, err := g.rewrite(asText(text), false)
	if err != nil || c[len(c)-1] >= len(values) {
		return nil
	}
	return t
}

// inline is Inline, its choice as a set.
func inline(u, want *template.Template, name string, data any, v Values) (*template.Template, map[int]bool) {
	g := &group{u: u, name: name, data: data, v: v}
	probed, values, _, err := g.rewrite(probe, true)
	if err != nil || len(values) == 0 {
		return nil, nil
	}
	out, err := g.draw(probed)
	if err != nil {
		return nil, nil
	}
	text := unchanged(out, values)
	for len(text) > 0 {
		marked, _, runs, err := g.rewrite(markedText(text), true)
		if err != nil {
			return nil, nil
		}
		out2, err := g.draw(marked)
		if err != nil {
			return nil, nil
		}
		blamed, unexplained := differences(out, out2, text, runs)
		if len(blamed) == 0 {
			if unexplained {
				return nil, nil
			}
			break
		}
		for i := range blamed {
			delete(text, i)
		}
	}
	if len(text) == 0 {
		return nil, nil
	}
	t, _, _, err := g.rewrite(asText(text), false)
	if err != nil {
		return nil, nil
	}
	if got, err := g.draw(t); err != nil {
		return nil, nil
	} else if w, err := g.draw(want); err != nil || w != got {
		return nil, nil
	}
	return t, text
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
	err = t.ExecuteTemplate(&b, g.name, g.data)
	printed := b.Bytes()
	if g.v.Finish != nil {
		printed = g.v.Finish(printed)
	}
	if err != nil {
		return "", err
	}
	return string(printed), nil
}

// An action is a constant action met in a template: one that prints the
// same text, its value, on every page of the group.
type action struct {
	node  *parse.ActionNode
	value string
}

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
