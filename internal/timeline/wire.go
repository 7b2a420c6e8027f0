package timeline

import (
	"slices"

	"timeline/internal/claims"
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
		// And what the lexicons found in it.
		if i > 0 && x.Mentions[i-1].Sentence == m.Sentence && x.Mentions[i-1].Speaker == m.Speaker {
			w.Bool(true)
		} else {
			w.Bool(false)
			encodeStrings(w, m.Places)
			encodeStrings(w, m.Actors)
			w.String(m.Speaker)
			encodeStrings(w, m.Kinds)
			encodeFigures(w, m.Figures)
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
			if r.Bool() && i > 0 {
				p := &x.Mentions[i-1]
				m.Places, m.Actors, m.Speaker, m.Kinds, m.Figures = p.Places, p.Actors, p.Speaker, p.Kinds, p.Figures
			} else {
				m.Places = decodeStrings(r)
				m.Actors = decodeStrings(r)
				m.Speaker = r.String()
				m.Kinds = decodeStrings(r)
				m.Figures = decodeFigures(r)
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

// encodeStrings writes a list of ids, as decodeStrings reads it.
func encodeStrings(w *store.Writer, ss []string) {
	w.Uint(uint64(len(ss)))
	for _, s := range ss {
		w.String(s)
	}
}

// decodeStrings reads a list encodeStrings wrote; nil for none.
func decodeStrings(r *store.Reader) []string {
	n := r.Len()
	if n == 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = r.String()
	}
	return ss
}

// encodeFigures writes a sentence's figures, as decodeFigures reads them.
func encodeFigures(w *store.Writer, fs []Figure) {
	w.Uint(uint64(len(fs)))
	for _, f := range fs {
		w.Uint(uint64(f.Kind))
		w.Int(int64(f.Count))
		w.Int(int64(f.CountMax))
		w.String(f.Qualifier)
		w.String(f.QualifierText)
		w.String(f.Who)
		w.String(f.Side)
		w.Bool(f.Civilian)
		w.String(f.Claimant)
		w.Int(int64(f.Start))
		w.Int(int64(f.End))
		w.Bool(f.Next)
		w.String(f.Actor)
	}
}

// decodeFigures reads the figures encodeFigures wrote; nil for none.
func decodeFigures(r *store.Reader) []Figure {
	n := r.Len()
	if n == 0 {
		return nil
	}
	fs := make([]Figure, n)
	for i := range fs {
		f := &fs[i]
		f.Kind = claims.Kind(r.Uint())
		f.Count, f.CountMax = int(r.Int()), int(r.Int())
		f.Qualifier, f.QualifierText = r.String(), r.String()
		f.Who, f.Side = r.String(), r.String()
		f.Civilian = r.Bool()
		f.Claimant = r.String()
		f.Start, f.End = int(r.Int()), int(r.Int())
		f.Next = r.Bool()
		f.Actor = r.String()
	}
	return fs
}
