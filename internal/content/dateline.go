package content

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"timeline/internal/dates"
	"timeline/internal/diag"
)

// Dateline is the place and date a dispatch says it was written at, as a
// paragraph opens with them: "EREVAN, 26 sept (AFP) -", "YEREVAN, Sept 26
// (Reuters) -", "BAKU, Azerbaijan (AP) —", "Stepanakert, 27 septembre 2020 –".
// The sentence after it keeps its own dates and speaker: the dateline is
// neither an event nor who speaks.
type Dateline struct {
	Place string     // as written, with its region: "EREVAN", "BAKU, Azerbaijan"
	Date  dates.Date // the day it gives; zero when it gives none ("Moscou (AFP) —")
	Line  int        // its line in the file; 0 when the article has no dateline
}

// maxDatelineDate is the length in bytes of the longest date a dateline
// writes: "27 septembre 2020", "Sept. 26, 2020".
const maxDatelineDate = 24

// dateline is a dateline read at the start of a paragraph, before its
// date is checked against the tagger.
type dateline struct {
	place int    // where the place and its region end: "BAKU, Azerbaijan"
	date  [2]int // the span of its date in the paragraph; [0 0] when none
	end   int    // where the dash ends: the dateline's end, before spaces
	rest  int    // where the text after it starts
}

// readDateline reads the dateline s opens with: a place in capitals
// ("EREVAN", "Moscou", "BAKU, Azerbaijan"), after commas a region and a
// date, an agency in brackets, then a dash and a sentence starting with a
// capital. A place followed by a dash is no dateline ("Nikol Pachinian —
// le premier ministre — a dit") unless an agency, a date or capitals
// throughout say it is.
func readDateline(s string) (dateline, bool) {
	var d dateline
	i, caps, ok := placeWords(s, 0)
	if !ok {
		return d, false
	}
	d.place = i
	agency := false
	for range 3 {
		if !strings.HasPrefix(s[i:], ",") {
			break
		}
		start := skipSpaces(s, i+1)
		end := segmentEnd(s, start)
		seg := strings.TrimRight(s[start:end], " \u00a0")
		switch {
		case seg == "":
			return d, false
		case strings.ContainsAny(seg, "0123456789"):
			if d.date != [2]int{} || len(seg) > maxDatelineDate {
				return d, false
			}
			d.date = [2]int{start, start + len(seg)}
		default:
			if k, _, ok := placeWords(s, start); !ok || k != start+len(seg) {
				return d, false
			}
			if d.date == [2]int{} {
				d.place = start + len(seg) // a region after the date is not the place's
			}
		}
		i = start + len(seg)
	}
	if j := skipSpaces(s, i); strings.HasPrefix(s[j:], "(") {
		k := strings.IndexByte(s[j:], ')')
		if k < 0 || !allAgencies(s[j+1:j+k]) {
			return d, false
		}
		agency = true
		i = j + k + 1
	}
	j := skipSpaces(s, i)
	r, size := utf8.DecodeRuneInString(s[j:])
	if r != '-' && r != '–' && r != '—' {
		return d, false
	}
	d.end = j + size
	if strings.HasPrefix(s[d.end:], "-") {
		d.end++ // "--"
	}
	d.rest = skipSpaces(s, d.end)
	if d.rest < len(s) {
		r, _ := utf8.DecodeRuneInString(s[d.rest:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("«“\"'", r) {
			return d, false
		}
	}
	return d, agency || d.date != [2]int{} || caps
}

// placeWords reads the words of a place from i: one to five words, each
// starting with a capital, apart by a space or a slash ("YEREVAN/BAKU").
// It returns where they end, and whether they are in capitals throughout,
// four letters at least ("EREVAN", not "UE").
func placeWords(s string, i int) (end int, caps, ok bool) {
	letters, lower := 0, false
	for n := 0; n < 5; n++ {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) {
			break
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) {
				letters++
				lower = lower || unicode.IsLower(r)
			} else if !strings.ContainsRune("-'’.", r) {
				break
			}
			j += size
		}
		end, ok = j, true
		if j+1 < len(s) && (s[j] == ' ' || s[j] == '/') && s[j+1] != ' ' {
			i = j + 1
			continue
		}
		break
	}
	return end, ok && !lower && letters >= 4, ok
}

// segmentEnd returns where a dateline's segment that starts at i ends: at
// a comma, a bracket or a dash between spaces.
func segmentEnd(s string, i int) int {
	for j := i; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case r == ',' || r == '(':
			return j
		case (r == '-' || r == '–' || r == '—') && j > i && s[j-1] == ' ':
			return j
		}
		j += size
	}
	return len(s)
}

// allAgencies reports whether s, inside brackets, names agencies only: "AFP", "AFP/Reuters".
func allAgencies(s string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == ' ' || r == ',' }) {
		if !agencies[strings.ToLower(w)] {
			return false
		}
		n++
	}
	return n > 0
}

func skipSpaces(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// datelines takes the datelines off the first sentence of each paragraph
// of a, and keeps the first on a.Dateline. A dateline's date is read by
// doc; one the tagger does not read as a date, or that names a date where
// the place should be ("Samedi, 27 septembre – L'armée…"), is no dateline.
// A paragraph that is only a dateline is dropped.
func datelines(a *Article, doc func() *dates.Doc) {
	out := a.Sentences[:0]
	var alone []int // the lines of the paragraphs that were a dateline alone
	line := 0       // the line of the sentence before
	for _, s := range a.Sentences {
		first := s.Line != line
		line = s.Line
		if !first {
			if len(alone) > 0 && alone[len(alone)-1] == s.Line {
				alone = alone[:len(alone)-1] // a sentence follows it
			}
			out = append(out, s)
			continue
		}
		d, ok := readDateline(s.Text)
		if ok {
			var date dates.Date
			date, ok = datelineDate(doc(), s.Text[:d.end], d)
			if ok && a.Dateline.Line == 0 {
				a.Dateline = Dateline{Place: s.Text[:d.place], Date: date, Line: s.Line}
			}
		}
		if ok {
			s.Text, s.Col = s.Text[d.rest:], s.Col+d.rest
		}
		if s.Text == "" {
			alone = append(alone, s.Line)
			continue
		}
		out = append(out, s)
	}
	a.Sentences = out
	for i, k := 0, 0; i < len(a.Lines) && k < len(alone); i++ {
		if l := &a.Lines[i]; l.N == alone[k] && l.Drop == "" {
			l.Drop = DropDateline
			k++
		}
	}
}

// datelineDate returns the date of dateline d, which head (the paragraph
// up to the dateline's end) holds, as doc reads it: false when doc finds a
// date outside d's date, or none inside it.
func datelineDate(doc *dates.Doc, head string, d dateline) (dates.Date, bool) {
	var date dates.Date
	for _, e := range doc.Tag(head) {
		if e.Start < d.date[0] || e.End > d.date[1] {
			return dates.Date{}, false
		}
		if date.IsZero() {
			date = e.Value
		}
	}
	return date, date.IsZero() == (d.date == [2]int{})
}

// Datelines: a dispatch is written a few days before it is published at
// most, never after.
const (
	maxWrittenBefore = 7 * 24 * time.Hour
	maxWrittenAfter  = maxApart
)

// checkDateline reports a's dateline when its date falls after front
// matter's published, or more than a week before it.
func checkDateline(a *Article) *diag.Problem {
	d := a.Dateline
	if d.Line == 0 || d.Date.Precision != dates.Day {
		return nil
	}
	pub := a.Day()
	apart := d.Date.First().Sub(pub.First())
	if apart > maxWrittenAfter || apart < -maxWrittenBefore {
		return diag.Warnf(a.Path, d.Line, 0, "the dateline says the dispatch was written on %s but published = %s (check the date in front matter)",
			longDate(d.Date), pub)
	}
	return nil
}
