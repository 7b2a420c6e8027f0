package build

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"timeline/internal/content"
	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/timeline"
)

// A shard of articles is written as a shardWire: every distinct string of
// its articles once, end to end in one table, and the articles with the
// indexes of their strings. Gob, given the articles themselves, wrote a
// mention's sentence once per date it holds, its article's slug twice, as
// source and as anchor, and its expression, a slice of the sentence: the
// shards of 10,000 articles took 70 MB, and reading them made a string
// for each field of each mention. Read, the strings of a shard are slices
// of one string, the table's.
//
// The table keeps alive the strings of the articles read with it until
// the last of them is replaced: at most what the shard held, once.
type shardWire struct {
	Articles []articleWire
	Mentions mentionsWire // the articles' mentions, one article after the other
	Lens     []uint32     // the lengths of the table's strings, by index: index 0 is the first
	Strings  string       // the strings, end to end (last: gob's buffer grows once for them)
}

// articleWire is a cachedArticle, its Article and its Extraction.
type articleWire struct {
	Path          uint32 // the key of the article in the cache
	Key           uint64
	Size, ModTime int64
	Stable        bool
	Dropped       int
	Problems      []problemWire

	// Article
	File, Slug, Title, Source, URL, Language uint32
	Published                                time.Time
	Ignore                                   []uint32
	IgnoreAt, SlugAt                         int
	Events                                   []manualWire
	Hash                                     uint64
	Lines                                    []lineWire
	Sentences                                []sentenceWire

	// Extraction
	Extracted uint32        // the extraction's slug
	Mentions  int           // how many of the shard's mentions are its own
	Notes     []problemWire // its problems

	// Gob writes an empty slice as it writes a nil one: Empty says which
	// were empty, a bit for each (see emptyIgnore).
	Empty uint8
}

const (
	emptyIgnore = 1 << iota
	emptyEvents
	emptyLines
	emptySentences
	emptyMentions
	emptyNotes
	emptyProblems
)

type manualWire struct {
	Date       dates.Date
	Text, Time uint32
	Line       int
}

type lineWire struct {
	N          int
	Text, Drop uint32
}

type sentenceWire struct {
	Text      uint32
	Line, Col int
}

// mentionsWire is the mentions of a shard, a column for each field of
// timeline.Mention: gob writes and reads a slice of numbers in one loop,
// a slice of structs field by field, and a shard holds some 15,000
// mentions. The expression of a mention is, but for a mention made
// otherwise than by timeline.Extract, its sentence's bytes from Start to
// End: it is stored only when it is not.
type mentionsWire struct {
	Source, Sentence, Attribution, Time, Anchor []uint32
	Expression                                  []uint32 // 1 + the index of the expression; 0 for Sentence[Start:End]
	Year, Month, Day                            []int
	Precision, Part                             []uint8
	Start, End, Line, Col                       []int
	Since, Inferred, Manual                     []bool
}

// problemWire is a diag.Problem, without its underlying error (see keepable).
type problemWire struct {
	File, Msg uint32
	Line, Col int
	Severity  diag.Severity
}

// packShard returns the shard of articles m as it is written, the articles
// by path: the same articles make the same bytes.
func packShard(m map[string]*cachedArticle) (*shardWire, error) {
	paths := make([]string, 0, len(m))
	n, size := 0, 0 // the mentions, and about the bytes of the table
	for p, e := range m {
		paths = append(paths, p)
		ms := e.Extraction.Mentions
		n += len(ms)
		size += 512 // path, title, address
		for k := range ms {
			if k == 0 || ms[k].Sentence != ms[k-1].Sentence {
				size += len(ms[k].Sentence)
			}
		}
	}
	slices.Sort(paths)
	t := table{index: make(map[string]uint32, n+8*len(m))}
	t.strings.Grow(size)
	w := &shardWire{Articles: make([]articleWire, len(paths)), Mentions: newMentionsWire(n)}
	var before *timeline.Mention // the mention packed last
	for i, p := range paths {
		e := m[p]
		if err := t.article(&w.Articles[i], p, e); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		for k := range e.Extraction.Mentions {
			m := &e.Extraction.Mentions[k]
			t.mention(&w.Mentions, m, before)
			before = m
		}
	}
	w.Strings, w.Lens = t.strings.String(), t.lens
	return w, nil
}

// table makes the string table of a shard.
type table struct {
	index   map[string]uint32
	strings strings.Builder
	lens    []uint32
}

func (t *table) ref(s string) uint32 {
	if r, ok := t.index[s]; ok {
		return r
	}
	r := uint32(len(t.lens))
	t.index[s] = r
	t.strings.WriteString(s)
	t.lens = append(t.lens, uint32(len(s)))
	return r
}

func (t *table) article(w *articleWire, path string, e *cachedArticle) error {
	a, x := e.Article, &e.Extraction
	if a == nil {
		return errors.New("no article")
	}
	for i := range e.Problems {
		if err := keepable(&e.Problems[i]); err != nil {
			return err
		}
	}
	for _, p := range x.Problems {
		if err := keepable(p); err != nil {
			return err
		}
	}
	*w = articleWire{
		Path: t.ref(path), Key: e.Key, Size: e.Size, ModTime: e.ModTime, Stable: e.Stable, Dropped: e.Dropped,
		Problems: packSlice(e.Problems, t.problem),
		File:     t.ref(a.Path), Slug: t.ref(a.Slug), Title: t.ref(a.Title), Source: t.ref(a.Source), URL: t.ref(a.URL), Language: t.ref(a.Language),
		Published: a.Published, IgnoreAt: a.IgnoreAt, SlugAt: a.SlugAt, Hash: a.Hash,
		Ignore: packSlice(a.Ignore, func(s *string) uint32 { return t.ref(*s) }),
		Events: packSlice(a.Events, func(m *content.Manual) manualWire {
			return manualWire{Date: m.Date, Text: t.ref(m.Text), Time: t.ref(m.Time), Line: m.Line}
		}),
		Lines: packSlice(a.Lines, func(l *content.Line) lineWire {
			return lineWire{N: l.N, Text: t.ref(l.Text), Drop: t.ref(l.Drop)}
		}),
		Sentences: packSlice(a.Sentences, func(s *content.Sentence) sentenceWire {
			return sentenceWire{Text: t.ref(s.Text), Line: s.Line, Col: s.Col}
		}),
		Extracted: t.ref(x.Slug),
		Mentions:  len(x.Mentions),
		Notes:     packSlice(x.Problems, func(p **diag.Problem) problemWire { return t.problem(*p) }),
		Empty: emptyBit(a.Ignore, emptyIgnore) | emptyBit(a.Events, emptyEvents) | emptyBit(a.Lines, emptyLines) |
			emptyBit(a.Sentences, emptySentences) | emptyBit(x.Mentions, emptyMentions) | emptyBit(x.Problems, emptyNotes) |
			emptyBit(e.Problems, emptyProblems),
	}
	return nil
}

// newMentionsWire returns columns with room for n mentions.
func newMentionsWire(n int) mentionsWire {
	refs := func() []uint32 { return make([]uint32, 0, n) }
	ints := func() []int { return make([]int, 0, n) }
	bytes := func() []uint8 { return make([]uint8, 0, n) }
	bools := func() []bool { return make([]bool, 0, n) }
	return mentionsWire{
		Source: refs(), Sentence: refs(), Attribution: refs(), Time: refs(), Anchor: refs(), Expression: refs(),
		Year: ints(), Month: ints(), Day: ints(), Precision: bytes(), Part: bytes(),
		Start: ints(), End: ints(), Line: ints(), Col: ints(),
		Since: bools(), Inferred: bools(), Manual: bools(),
	}
}

// mention adds mention m to the columns c. Its strings are often those
// of the mention before it, which c ends with (its article's slug as
// source, a sentence with two dates), and its anchor is often its source:
// a comparison, which for one string seen twice compares two pointers,
// then spares a lookup in the table.
func (t *table) mention(c *mentionsWire, m, before *timeline.Mention) {
	last := len(c.Source) - 1 // before's, unless before is nil
	if before == nil {
		before = &timeline.Mention{}
	}
	ref := func(col []uint32, s, was string) uint32 {
		if last >= 0 && s == was {
			return col[last]
		}
		return t.ref(s)
	}
	source := ref(c.Source, m.Source, before.Source)
	c.Sentence = append(c.Sentence, ref(c.Sentence, m.Sentence, before.Sentence))
	c.Attribution = append(c.Attribution, ref(c.Attribution, m.Attribution, before.Attribution))
	c.Time = append(c.Time, ref(c.Time, m.Time, before.Time))
	anchor := ref(c.Anchor, m.Anchor, before.Anchor)
	if m.Anchor == m.Source {
		anchor = source
	}
	c.Source = append(c.Source, source)
	c.Anchor = append(c.Anchor, anchor)
	expr := uint32(0)
	if s, ok := cut(m.Sentence, m.Start, m.End); !ok || s != m.Expression {
		expr = 1 + t.ref(m.Expression)
	}
	c.Expression = append(c.Expression, expr)
	c.Year = append(c.Year, m.Date.Year)
	c.Month = append(c.Month, m.Date.Month)
	c.Day = append(c.Day, m.Date.Day)
	c.Precision = append(c.Precision, uint8(m.Date.Precision))
	c.Part = append(c.Part, uint8(m.Part))
	c.Start = append(c.Start, m.Start)
	c.End = append(c.End, m.End)
	c.Line = append(c.Line, m.Line)
	c.Col = append(c.Col, m.Col)
	c.Since = append(c.Since, m.Since)
	c.Inferred = append(c.Inferred, m.Inferred)
	c.Manual = append(c.Manual, m.Manual)
}

// keepable says why the cache cannot keep problem p: the cache keeps
// problems without their underlying errors (see plain).
func keepable(p *diag.Problem) error {
	switch {
	case p == nil:
		return errors.New("a nil problem")
	case p.Err != nil:
		return fmt.Errorf("a problem with an underlying error: %v", p)
	}
	return nil
}

func (t *table) problem(p *diag.Problem) problemWire {
	return problemWire{File: t.ref(p.File), Msg: t.ref(p.Msg), Line: p.Line, Col: p.Col, Severity: p.Severity}
}

// packSlice returns the elements of s, each packed by f; nil for none.
func packSlice[T, W any](s []T, f func(*T) W) []W {
	if len(s) == 0 {
		return nil
	}
	out := make([]W, len(s))
	for i := range s {
		out[i] = f(&s[i])
	}
	return out
}

func emptyBit[T any](s []T, bit uint8) uint8 {
	if s != nil && len(s) == 0 {
		return bit
	}
	return 0
}

// cut returns s[start:end], if those are bounds of s.
func cut(s string, start, end int) (string, bool) {
	if start < 0 || start > end || end > len(s) {
		return "", false
	}
	return s[start:end], true
}

// unpack returns the articles of a shard as packShard was given them.
// It fails on a shard that packShard did not make: one that names a string
// the table does not hold, or an expression out of its sentence.
func (w *shardWire) unpack() (map[string]*cachedArticle, error) {
	u := unpacker{strings: make([]string, len(w.Lens))}
	off := 0
	for i, n := range w.Lens {
		if int(n) > len(w.Strings)-off {
			return nil, fmt.Errorf("string %d of %d ends after the table", i, len(w.Lens))
		}
		u.strings[i] = w.Strings[off : off+int(n)]
		off += int(n)
	}
	if off != len(w.Strings) {
		return nil, fmt.Errorf("%d bytes after the table's strings", len(w.Strings)-off)
	}
	c := &w.Mentions
	n := len(c.Source)
	for _, l := range []int{len(c.Sentence), len(c.Attribution), len(c.Time), len(c.Anchor), len(c.Expression), len(c.Year), len(c.Month), len(c.Day),
		len(c.Precision), len(c.Part), len(c.Start), len(c.End), len(c.Line), len(c.Col), len(c.Since), len(c.Inferred), len(c.Manual)} {
		if l != n {
			return nil, fmt.Errorf("columns of %d and %d mentions", n, l)
		}
	}
	m := make(map[string]*cachedArticle, len(w.Articles))
	for i := range w.Articles {
		a := &w.Articles[i]
		if a.Mentions < 0 || a.Mentions > n-u.mentions {
			return nil, fmt.Errorf("%d mentions of %d", u.mentions+a.Mentions, n)
		}
		p, e := u.article(a, c)
		if u.err != nil {
			return nil, u.err
		}
		m[p] = e
	}
	if u.mentions != n {
		return nil, fmt.Errorf("%d mentions of no article", n-u.mentions)
	}
	return m, nil
}

// unpacker turns the indexes of a shard into its strings. Its first
// error sticks, for the caller to check once an article is done.
type unpacker struct {
	strings  []string
	mentions int // how many mentions the articles before took
	err      error
}

func (u *unpacker) str(r uint32) string {
	if int64(r) >= int64(len(u.strings)) {
		if u.err == nil {
			u.err = fmt.Errorf("string %d of %d", r, len(u.strings))
		}
		return ""
	}
	return u.strings[r]
}

func (u *unpacker) article(w *articleWire, c *mentionsWire) (string, *cachedArticle) {
	a := &content.Article{
		Path: u.str(w.File), Slug: u.str(w.Slug), Title: u.str(w.Title), Source: u.str(w.Source), URL: u.str(w.URL), Language: u.str(w.Language),
		Published: w.Published, IgnoreAt: w.IgnoreAt, SlugAt: w.SlugAt, Hash: w.Hash,
	}
	a.Ignore = unpackSlice(w.Ignore, w.Empty&emptyIgnore != 0, func(r *uint32) string { return u.str(*r) })
	a.Events = unpackSlice(w.Events, w.Empty&emptyEvents != 0, func(m *manualWire) content.Manual {
		return content.Manual{Date: m.Date, Text: u.str(m.Text), Time: u.str(m.Time), Line: m.Line}
	})
	a.Lines = unpackSlice(w.Lines, w.Empty&emptyLines != 0, func(l *lineWire) content.Line {
		return content.Line{N: l.N, Text: u.str(l.Text), Drop: u.str(l.Drop)}
	})
	a.Sentences = unpackSlice(w.Sentences, w.Empty&emptySentences != 0, func(s *sentenceWire) content.Sentence {
		return content.Sentence{Text: u.str(s.Text), Line: s.Line, Col: s.Col}
	})
	x := timeline.Extraction{Slug: u.str(w.Extracted)}
	if w.Mentions > 0 {
		x.Mentions = make([]timeline.Mention, w.Mentions)
		for i := range x.Mentions {
			u.mention(&x.Mentions[i], c, u.mentions+i)
		}
		u.mentions += w.Mentions
	} else if w.Empty&emptyMentions != 0 {
		x.Mentions = []timeline.Mention{}
	}
	if len(w.Notes) > 0 || w.Empty&emptyNotes != 0 {
		probs := unpackSlice(w.Notes, true, u.problem)
		x.Problems = make(diag.List, len(probs))
		for i := range probs {
			x.Problems[i] = &probs[i]
		}
	}
	return u.str(w.Path), &cachedArticle{
		Key: w.Key, Size: w.Size, ModTime: w.ModTime, Stable: w.Stable, Dropped: w.Dropped,
		Article: a, Extraction: x, Problems: unpackSlice(w.Problems, w.Empty&emptyProblems != 0, u.problem),
	}
}

// mention sets m to mention i of the columns c.
func (u *unpacker) mention(m *timeline.Mention, c *mentionsWire, i int) {
	*m = timeline.Mention{
		Source: u.str(c.Source[i]), Sentence: u.str(c.Sentence[i]), Attribution: u.str(c.Attribution[i]), Time: u.str(c.Time[i]), Anchor: u.str(c.Anchor[i]),
		Date:  dates.Date{Year: c.Year[i], Month: c.Month[i], Day: c.Day[i], Precision: dates.Precision(c.Precision[i])},
		Start: c.Start[i], End: c.End[i], Line: c.Line[i], Col: c.Col[i],
		Part: dates.Part(c.Part[i]), Since: c.Since[i], Inferred: c.Inferred[i], Manual: c.Manual[i],
	}
	if r := c.Expression[i]; r > 0 {
		m.Expression = u.str(r - 1)
	} else if s, ok := cut(m.Sentence, m.Start, m.End); ok {
		m.Expression = s
	} else if u.err == nil {
		u.err = fmt.Errorf("expression %d:%d out of a sentence of %d bytes", m.Start, m.End, len(m.Sentence))
	}
}

func (u *unpacker) problem(p *problemWire) diag.Problem {
	return diag.Problem{File: u.str(p.File), Msg: u.str(p.Msg), Line: p.Line, Col: p.Col, Severity: p.Severity}
}

// unpackSlice returns the elements of s, each unpacked by f: nil for none,
// unless empty says the slice was empty, not nil.
func unpackSlice[W, T any](s []W, empty bool, f func(*W) T) []T {
	if len(s) == 0 {
		if empty {
			return []T{}
		}
		return nil
	}
	out := make([]T, len(s))
	for i := range s {
		out[i] = f(&s[i])
	}
	return out
}
