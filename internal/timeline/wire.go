package timeline

import (
	"slices"

	"timeline/internal/content"
	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/store"
)

// Encode writes the extraction, as DecodeExtraction reads it, for a cache
// to keep. A mention's expression is written only when it is not its
// sentence's bytes from Start to End, as Extract makes it.
func (x *Extraction) Encode(w *store.Writer) {
	w.String(x.Slug)
	w.Word(x.Key)
	w.List(len(x.Mentions), x.Mentions == nil)
	for i := range x.Mentions {
		m := &x.Mentions[i]
		w.String(m.Slug)
		content.EncodeDate(w, m.Date)
		w.String(m.Sentence)
		w.Int(int64(m.Start))
		w.Int(int64(m.End))
		if m.Start >= 0 && m.Start <= m.End && m.End <= len(m.Sentence) && m.Sentence[m.Start:m.End] == m.Expression {
			w.Bool(false)
		} else {
			w.Bool(true)
			w.String(m.Expression)
		}
		w.String(m.Attribution)
		w.String(m.Time)
		w.Uint(uint64(m.Part))
		w.Bool(m.Since)
		w.Bool(m.Inferred)
		w.Bool(m.Manual)
		w.Bool(m.Fixed)
		w.Int(int64(m.Line))
		w.Int(int64(m.Col))
		w.String(m.Anchor)
		w.Uint(uint64(m.Role))
		w.Bool(m.Approx)
		w.Word(m.Norm)
		w.Int(int64(m.Score))
		w.Int(int64(m.From))
		w.Int(int64(m.To))
		// The mentions of one sentence share its words.
		if i > 0 && x.Mentions[i-1].Sentence == m.Sentence && slices.Equal(x.Mentions[i-1].Words, m.Words) {
			w.Bool(true)
		} else {
			w.Bool(false)
			w.Uint(uint64(len(m.Words)))
			for _, wd := range m.Words {
				w.Uint(uint64(wd))
			}
		}
	}
	var probs []diag.Problem
	if x.Problems != nil {
		probs = make([]diag.Problem, len(x.Problems))
		for i, p := range x.Problems {
			probs[i] = *p
		}
	}
	content.EncodeProblems(w, probs)
}

// DecodeExtraction reads an extraction Encode wrote.
func DecodeExtraction(r *store.Reader) (Extraction, error) {
	x := Extraction{Slug: r.String(), Key: r.Word()}
	if n, none := r.List(); !none {
		x.Mentions = make([]Mention, n)
		for i := range x.Mentions {
			m := &x.Mentions[i]
			m.Slug = r.String()
			m.Date = content.DecodeDate(r)
			m.Sentence = r.String()
			m.Start, m.End = int(r.Int()), int(r.Int())
			if r.Bool() {
				m.Expression = r.String()
			} else if m.Start >= 0 && m.Start <= m.End && m.End <= len(m.Sentence) {
				m.Expression = m.Sentence[m.Start:m.End]
			}
			m.Attribution, m.Time = r.String(), r.String()
			m.Part = dates.Part(r.Uint())
			m.Since, m.Inferred, m.Manual, m.Fixed = r.Bool(), r.Bool(), r.Bool(), r.Bool()
			m.Line, m.Col = int(r.Int()), int(r.Int())
			m.Anchor = r.String()
			m.Role = dates.Role(r.Uint())
			m.Approx = r.Bool()
			m.Norm = r.Word()
			m.Score = int(r.Int())
			m.From, m.To = int(r.Int()), int(r.Int())
			if m.From < 0 || m.To < m.From || m.To > len(m.Sentence) {
				m.From, m.To = 0, len(m.Sentence)
			}
			if r.Bool() && i > 0 {
				m.Words = x.Mentions[i-1].Words
			} else if n := r.Len(); n > 0 {
				m.Words = make([]Word, n)
				for k := range m.Words {
					m.Words[k] = Word(r.Uint())
				}
			}
		}
	}
	if probs := content.DecodeProblems(r); probs != nil {
		x.Problems = make(diag.List, len(probs))
		for i := range probs {
			x.Problems[i] = &probs[i]
		}
	}
	return x, r.Err()
}
