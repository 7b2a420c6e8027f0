// Package timebank reads ISO-TimeML documents (the French TimeBank) and
// scores the temporal tagger of package dates against their TIMEX3
// annotations.
//
// It scores the calendar expressions only: TIMEX3 of type DATE or TIME whose
// value starts with a digit (days, months, years, seasons, times of day).
// Durations, sets and vague references (PRESENT_REF, XXXX-SU) are left out,
// and a prediction that falls on one of them counts neither way. It does not
// tag anything itself, and it does not ship the corpus: the corpus comes from
// the public ddenz/FR-TimeBank repository.
package timebank

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Document is one TimeML file: its text with the tags taken out, its
// creation time, and the temporal expressions annotated in the text.
type Document struct {
	ID    string
	DCT   time.Time // the document creation time, the tagger's publication date
	Text  string    // the content of <TEXT> without its tags
	Timex []Timex   // the TIMEX3 of the text (not the DCT), in order
}

// Timex is one annotated temporal expression.
type Timex struct {
	Start, End int    // byte offsets in Document.Text
	Type       string // DATE, TIME, DURATION or SET
	Value      string // the TimeML value: "1999-05-18", "1999-05-20TEV", "P2Y"
}

// Text returns the expression's words in doc.
func (x Timex) Text(doc *Document) string { return doc.Text[x.Start:x.End] }

// Calendar reports whether x names a calendar date or time: a DATE or TIME
// whose value starts with a digit.
func (x Timex) Calendar() bool {
	return (x.Type == "DATE" || x.Type == "TIME") && x.Value != "" && x.Value[0] >= '0' && x.Value[0] <= '9'
}

// Parse reads one ISO-TimeML document.
func Parse(r io.Reader) (*Document, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	doc := &Document{}
	var text strings.Builder
	var in struct{ text, dct, id, timex bool }
	var cur Timex
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("byte %d: %w", dec.InputOffset(), err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				in.text = true
			case "DCT":
				in.dct = true
			case "DOCID":
				in.id = true
			case "TIMEX3":
				switch {
				case in.dct:
					v := attr(t, "value")
					dct, err := time.Parse("2006-01-02", v)
					if err != nil {
						return nil, fmt.Errorf("DCT value %q: %w (expected YYYY-MM-DD)", v, err)
					}
					doc.DCT = dct
				case in.text:
					cur = Timex{Start: text.Len(), Type: attr(t, "type"), Value: attr(t, "value")}
					in.timex = true
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				in.text = false
			case "DCT":
				in.dct = false
			case "DOCID":
				in.id = false
			case "TIMEX3":
				if in.timex {
					cur.End = text.Len()
					doc.Timex = append(doc.Timex, cur)
					in.timex = false
				}
			}
		case xml.CharData:
			switch {
			case in.text:
				text.Write(t)
			case in.id:
				doc.ID += strings.TrimSpace(string(t))
			}
		}
	}
	if doc.DCT.IsZero() {
		return nil, errors.New("no DCT (expected <DCT><TIMEX3 value=\"YYYY-MM-DD\" …/></DCT>)")
	}
	doc.Text = text.String()
	return doc, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
