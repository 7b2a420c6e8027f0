package timebank

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"timeline/internal/content"
	"timeline/internal/dates"
)

// Report is the score of the tagger on a corpus, with the confusions behind it.
type Report struct {
	Docs                      int // documents scored
	Gold                      int // calendar expressions annotated
	Predicted                 int // predictions scored (not those on a duration, a set or a vague reference)
	Strict, Relaxed, Value    PRF
	Missed, Spurious, Wrong   []Confusion // no prediction, no gold, a gold with another value
	Span                      []Confusion // found, but not on the gold's exact words
	strictHit, relaxedHit     int         // predictions that match a gold
	valueHit                  int
	strictFound, relaxedFound int // golds that a prediction matches
	valueFound                int
}

// PRF is precision, recall and F1, in percent.
type PRF struct{ P, R, F1 float64 }

// Confusion is one disagreement between the tagger and the gold.
type Confusion struct {
	Doc        string
	Text       string // the gold's words, or the prediction's when there is no gold
	Gold, Pred string // TimeML values; Pred also holds the predicted words where they differ
}

// Score tags every .tml document of dir, or of its Data folder (the
// layout of the FR-TimeBank repository), and scores the result.
func Score(dir string) (*Report, error) {
	if data := filepath.Join(dir, "Data"); isDir(data) {
		dir = data
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no .tml file (expected the French TimeBank or its Data folder)", dir)
	}
	sort.Strings(files)
	r := &Report{}
	for _, f := range files {
		doc, err := parseFile(f)
		if err != nil {
			return nil, err
		}
		r.add(doc, Tag(doc))
	}
	r.finish()
	return r, nil
}

func isDir(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.IsDir()
}

func parseFile(name string) (*Document, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := Parse(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if doc.ID == "" {
		doc.ID = strings.TrimSuffix(filepath.Base(name), ".tml")
	}
	return doc, nil
}

// Prediction is one expression the tagger found, placed in the document.
type Prediction struct {
	Start, End int
	Expr       dates.Expr
}

// Tag runs the tagger over doc, one sentence at a time, with the document
// creation time as publication date.
func Tag(doc *Document) []Prediction {
	d := dates.NewDoc(doc.DCT, "fr")
	var out []Prediction
	for _, sp := range sentences(doc.Text) {
		for _, e := range d.Tag(doc.Text[sp[0]:sp[1]]) {
			out = append(out, Prediction{Start: sp[0] + e.Start, End: sp[0] + e.End, Expr: e})
		}
	}
	return out
}

// TimeML writes an expression's value as TimeML does: a part of the day as
// "1999-05-18TEV", a clock time as "1999-05-18T21:45", a season as "1999-FA".
func TimeML(e dates.Expr) string {
	v := e.Value
	switch v.Precision {
	case dates.Season:
		return fmt.Sprintf("%04d-%s", v.Year, map[int]string{
			dates.Spring: "SP", dates.Summer: "SU", dates.Autumn: "FA", dates.Winter: "WI"}[v.Month])
	case dates.Day:
		switch {
		case e.Time != "":
			return v.String() + "T" + e.Time
		case e.Part != dates.NoPart:
			return v.String() + "T" + e.Part.TimeCode()
		}
	}
	return v.String()
}

func overlaps(a0, a1, b0, b1 int) bool { return a0 < b1 && b0 < a1 }

// overlapping returns the annotations of xs that p overlaps.
func overlapping(xs []Timex, p Prediction) []Timex {
	var hits []Timex
	for _, x := range xs {
		if overlaps(p.Start, p.End, x.Start, x.End) {
			hits = append(hits, x)
		}
	}
	return hits
}

// add scores the predictions of one document.
func (r *Report) add(doc *Document, preds []Prediction) {
	r.Docs++
	var gold, other []Timex
	for _, x := range doc.Timex {
		if x.Calendar() {
			gold = append(gold, x)
		} else {
			other = append(other, x)
		}
	}
	r.Gold += len(gold)
	for _, p := range preds {
		hits := overlapping(gold, p)
		if len(hits) == 0 {
			// A prediction on a duration, a set or a vague reference counts neither way.
			if len(overlapping(other, p)) == 0 {
				r.Predicted++
				r.Spurious = append(r.Spurious, Confusion{Doc: doc.ID, Text: doc.Text[p.Start:p.End], Pred: TimeML(p.Expr)})
			}
			continue
		}
		r.Predicted++
		r.relaxedHit++
		if slices.ContainsFunc(hits, func(g Timex) bool { return g.Start == p.Start && g.End == p.End }) {
			r.strictHit++
		}
		if slices.ContainsFunc(hits, func(g Timex) bool { return g.Value == TimeML(p.Expr) }) {
			r.valueHit++
		}
	}
	for _, g := range gold {
		var over []Prediction
		for _, p := range preds {
			if overlaps(p.Start, p.End, g.Start, g.End) {
				over = append(over, p)
			}
		}
		text := g.Text(doc)
		if len(over) == 0 {
			r.Missed = append(r.Missed, Confusion{Doc: doc.ID, Text: text, Gold: g.Value})
			continue
		}
		r.relaxedFound++
		exact, valued := false, false
		var values, words []string
		for _, p := range over {
			exact = exact || (p.Start == g.Start && p.End == g.End)
			valued = valued || TimeML(p.Expr) == g.Value
			values = append(values, TimeML(p.Expr))
			words = append(words, doc.Text[p.Start:p.End])
		}
		if exact {
			r.strictFound++
		} else {
			r.Span = append(r.Span, Confusion{Doc: doc.ID, Text: text, Gold: g.Value,
				Pred: strings.Join(words, " | ")})
		}
		if valued {
			r.valueFound++
		} else {
			r.Wrong = append(r.Wrong, Confusion{Doc: doc.ID, Text: text, Gold: g.Value,
				Pred: strings.Join(values, " | ")})
		}
	}
}

func (r *Report) finish() {
	r.Strict = score(r.strictHit, r.Predicted, r.strictFound, r.Gold)
	r.Relaxed = score(r.relaxedHit, r.Predicted, r.relaxedFound, r.Gold)
	r.Value = score(r.valueHit, r.Predicted, r.valueFound, r.Gold)
}

func score(hit, predicted, found, gold int) PRF {
	var s PRF
	if predicted > 0 {
		s.P = 100 * float64(hit) / float64(predicted)
	}
	if gold > 0 {
		s.R = 100 * float64(found) / float64(gold)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// Summary returns the report's last line: "strict-f1=NN.N relaxed-f1=NN.N value-f1=NN.N".
func (r *Report) Summary() string {
	return fmt.Sprintf("strict-f1=%.1f relaxed-f1=%.1f value-f1=%.1f", r.Strict.F1, r.Relaxed.F1, r.Value.F1)
}

// WriteTo writes the confusion list, the scores and, last, the summary line.
func (r *Report) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	list := func(title string, cs []Confusion) {
		fmt.Fprintf(&b, "%s (%d)\n", title, len(cs))
		for _, c := range cs {
			fmt.Fprintf(&b, "  %s\t%q\tgold=%s\tpred=%s\n", c.Doc, c.Text, orDash(c.Gold), orDash(c.Pred))
		}
	}
	list("missed", r.Missed)
	list("spurious", r.Spurious)
	list("wrong value", r.Wrong)
	list("span differs", r.Span)
	fmt.Fprintf(&b, "documents=%d calendar-gold=%d predictions=%d\n", r.Docs, r.Gold, r.Predicted)
	for _, s := range []struct {
		name string
		s    PRF
	}{{"strict", r.Strict}, {"relaxed", r.Relaxed}, {"value", r.Value}} {
		fmt.Fprintf(&b, "%-8s P=%.1f R=%.1f F1=%.1f\n", s.name, s.s.P, s.s.R, s.s.F1)
	}
	b.WriteString(r.Summary() + "\n")
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// sentences splits a TimeBank text as the pipeline splits an article: the
// files hold one paragraph a line, and content.Split cuts each into sentences.
func sentences(text string) [][2]int {
	var out [][2]int
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		for _, sp := range content.Split(text[start:end]) {
			out = append(out, [2]int{start + sp[0], start + sp[1]})
		}
		start = end + 1
	}
	return out
}
