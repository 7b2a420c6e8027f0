package content

import (
	"fmt"

	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/store"
)

// Encode writes the article, as Decode reads it, for a cache to keep.
func (a *Article) Encode(w *store.Writer) {
	for _, s := range []string{a.Path, a.Slug, a.Title, a.Outlet, a.URL, a.Language} {
		w.String(s)
	}
	t, _ := a.Published.MarshalBinary() // fails only for an offset of seconds, which TOML cannot write
	w.String(string(t))
	w.List(len(a.Ignore), a.Ignore == nil)
	for _, s := range a.Ignore {
		w.String(s)
	}
	w.Int(int64(a.IgnoreAt))
	w.Int(int64(a.SlugAt))
	w.Int(int64(a.URLAt))
	w.List(len(a.Events), a.Events == nil)
	for _, e := range a.Events {
		EncodeDate(w, e.Date)
		w.String(e.Text)
		w.String(e.Time)
		w.Int(int64(e.Line))
	}
	w.List(len(a.Fixes), a.Fixes == nil)
	for _, f := range a.Fixes {
		w.String(f.Expression)
		w.String(f.Sentence)
		EncodeDate(w, f.Date)
		w.Int(int64(f.Line))
	}
	w.List(len(a.Speakers), a.Speakers == nil)
	for _, s := range a.Speakers {
		w.String(s.Sentence)
		w.String(s.Speaker)
		w.Int(int64(s.Line))
	}
	w.List(len(a.Claims), a.Claims == nil)
	for _, c := range a.Claims {
		w.String(c.Text)
		w.String(c.Kind)
		w.Int(int64(c.Count))
		w.Int(int64(c.CountMax))
		w.String(c.Qualifier)
		w.String(c.QualifierText)
		w.Bool(c.HasQualifier)
		w.String(c.Who)
		w.Bool(c.HasWho)
		w.String(c.Claimant)
		w.Bool(c.Remove)
		w.Int(int64(c.Line))
	}
	w.String(a.Dateline.Place)
	EncodeDate(w, a.Dateline.Date)
	w.Int(int64(a.Dateline.Line))
	w.Bool(a.Draft)
	w.Word(a.Hash)
	w.List(len(a.Lines), a.Lines == nil)
	for _, l := range a.Lines {
		w.Int(int64(l.N))
		w.String(l.Text)
		w.String(l.Drop)
	}
	w.List(len(a.Sentences), a.Sentences == nil)
	for _, s := range a.Sentences {
		w.String(s.Text)
		w.Int(int64(s.Line))
		w.Int(int64(s.Col))
	}
}

// DecodeArticle reads an article Encode wrote.
func DecodeArticle(r *store.Reader) (*Article, error) {
	a := &Article{}
	for _, s := range []*string{&a.Path, &a.Slug, &a.Title, &a.Outlet, &a.URL, &a.Language} {
		*s = r.String()
	}
	t := r.String()
	if r.Err() == nil {
		if err := a.Published.UnmarshalBinary([]byte(t)); err != nil {
			return nil, fmt.Errorf("publication date: %w", err)
		}
	}
	if n, none := r.List(); !none {
		a.Ignore = make([]string, n)
		for i := range a.Ignore {
			a.Ignore[i] = r.String()
		}
	}
	a.IgnoreAt, a.SlugAt, a.URLAt = int(r.Int()), int(r.Int()), int(r.Int())
	if n, none := r.List(); !none {
		a.Events = make([]Manual, n)
		for i := range a.Events {
			e := &a.Events[i]
			e.Date = DecodeDate(r)
			e.Text, e.Time, e.Line = r.String(), r.String(), int(r.Int())
		}
	}
	if n, none := r.List(); !none {
		a.Fixes = make([]Fix, n)
		for i := range a.Fixes {
			f := &a.Fixes[i]
			f.Expression, f.Sentence = r.String(), r.String()
			f.Date = DecodeDate(r)
			f.Line = int(r.Int())
		}
	}
	if n, none := r.List(); !none {
		a.Speakers = make([]Speaker, n)
		for i := range a.Speakers {
			a.Speakers[i] = Speaker{Sentence: r.String(), Speaker: r.String(), Line: int(r.Int())}
		}
	}
	if n, none := r.List(); !none {
		a.Claims = make([]Claim, n)
		for i := range a.Claims {
			c := &a.Claims[i]
			c.Text = r.String()
			c.Kind = r.String()
			c.Count, c.CountMax = int(r.Int()), int(r.Int())
			c.Qualifier, c.QualifierText, c.HasQualifier = r.String(), r.String(), r.Bool()
			c.Who, c.HasWho = r.String(), r.Bool()
			c.Claimant, c.Remove, c.Line = r.String(), r.Bool(), int(r.Int())
		}
	}
	a.Dateline = Dateline{Place: r.String(), Date: DecodeDate(r), Line: int(r.Int())}
	a.Draft = r.Bool()
	a.Hash = r.Word()
	if n, none := r.List(); !none {
		a.Lines = make([]Line, n)
		for i := range a.Lines {
			a.Lines[i] = Line{N: int(r.Int()), Text: r.String(), Drop: r.String()}
		}
	}
	if n, none := r.List(); !none {
		a.Sentences = make([]Sentence, n)
		for i := range a.Sentences {
			a.Sentences[i] = Sentence{Text: r.String(), Line: int(r.Int()), Col: int(r.Int())}
		}
	}
	return a, r.Err()
}

// EncodeDate writes a date for a cache to keep.
func EncodeDate(w *store.Writer, d dates.Date) {
	w.Int(int64(d.Year))
	w.Uint(uint64(d.Month))
	w.Uint(uint64(d.Day))
	w.Uint(uint64(d.Precision))
}

// DecodeDate reads a date EncodeDate wrote.
func DecodeDate(r *store.Reader) dates.Date {
	return dates.Date{Year: int(r.Int()), Month: int(r.Uint()), Day: int(r.Uint()), Precision: dates.Precision(r.Uint())}
}

// EncodeProblems writes problems for a cache to keep, without their
// underlying errors.
func EncodeProblems(w *store.Writer, probs []diag.Problem) {
	w.List(len(probs), probs == nil)
	for _, p := range probs {
		w.String(p.File)
		w.Int(int64(p.Line))
		w.Int(int64(p.Col))
		w.Uint(uint64(p.Severity))
		w.String(p.Msg)
	}
}

// DecodeProblems reads problems EncodeProblems wrote.
func DecodeProblems(r *store.Reader) []diag.Problem {
	n, none := r.List()
	if none {
		return nil
	}
	out := make([]diag.Problem, n)
	for i := range out {
		out[i] = diag.Problem{File: r.String(), Line: int(r.Int()), Col: int(r.Int()), Severity: diag.Severity(r.Uint()), Msg: r.String()}
	}
	return out
}
