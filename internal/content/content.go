// Package content turns the files of content/ into Articles: it reads the
// TOML front matter an editor writes, normalizes the raw scraped body, takes
// its text out of the Markdown, drops the lines that are page furniture
// rather than article text, and splits what remains into sentences.
//
// It does not find dates or build events: that is the job of dates and
// timeline, which receive Articles and never read files.
package content

import (
	"fmt"
	"time"

	"timeline/internal/dates"
)

// Article is one press article as the rest of the pipeline sees it.
type Article struct {
	Path      string    // file path relative to the site folder: content/<name>.md
	Slug      string    // the article's id in URLs
	Title     string    // the headline
	Outlet    string    // the outlet, from front matter's source; "" when not known
	URL       string    // the original's address; "" when not known
	Published time.Time // publication date, as written (a datetime keeps its offset)
	Language  string    // "fr" or "en"
	Draft     bool      // draft = true: left out of the published site (serve and build -drafts show it)
	Ignore    []string  // expressions the editor judged wrong, as they stand in the text
	IgnoreAt  int       // line of the ignore key in the file, for messages
	SlugAt    int       // line of the slug key in the file, 0 when the slug is the file name
	URLAt     int       // line of the url key in the file, 0 without one
	Events    []Manual  // events the editor adds, stated in a form the tagger cannot read
	Fixes     []Fix     // dates the editor gives expressions of the text, with [[fix]]
	Speakers  []Speaker // speakers the editor gives sentences of the text, with [[speaker]]
	Claims    []Claim   // figures the editor corrects, adds or removes in sentences of the text, with [[claim]]
	Dateline  Dateline  // where and when the text says it was written, from its first dateline

	Hash uint64 // hash of the file's path and text: the article's cache key

	Lines     []Line     // the body's text lines, kept or dropped
	Sentences []Sentence // the sentences of the kept lines, in order
}

// Manual is an event an editor adds in front matter with [[event]].
type Manual struct {
	Date dates.Date
	Text string
	Time string // "HH:MM" or ""
	Line int    // line of the [[event]] table in the file
}

// Fix is the date an editor gives one expression of the text with
// [[fix]]: the tagger read it wrong, or missed it.
type Fix struct {
	Expression string     // the expression, as the text writes it
	Sentence   string     // a few words of its sentence, when the expression stands in several; "" when not given
	Date       dates.Date // the date it means
	Line       int        // line of the [[fix]] table in the file
}

// Speaker is who an editor says speaks in one sentence of the text, with
// [[speaker]].
type Speaker struct {
	Sentence string // a few words of the sentence, as the text writes them
	Speaker  string // who speaks; "" when no one does
	Line     int    // line of the [[speaker]] table in the file
}

// Claim is a figure an editor gives one sentence of the text with
// [[claim]]: the program read it wrong or missed it, or, with Remove, read
// one the sentence does not give.
type Claim struct {
	Text          string // a few words of the sentence, as the text writes them
	Kind          string // what the figure counts: one of ClaimKinds
	Count         int    // 0 when the table gives none
	CountMax      int    // the top of a range; Count when the table gives none
	Qualifier     string // one of ClaimQualifiers; "" for none
	QualifierText string // the qualifier as the editor wrote it: "au moins"
	HasQualifier  bool   // the table writes qualifier, and qualifier = "" says the figure has none
	Who           string // whose people, as the editor writes them: "soldats arméniens"
	HasWho        bool   // the table writes who, and who = "" says the text does not say whose
	Claimant      string // who claims it; "" for the sentence's speaker
	Remove        bool   // the program's figure of this kind in the sentence is wrong: drop it
	Line          int    // line of the [[claim]] table in the file
}

// Line is one line of the body's text, with the reason it was dropped
// ("" when it is article text).
type Line struct {
	N    int    // line number in the file
	Text string // the line's text, Markdown markup removed
	Drop string // why the line is not article text, "" when kept
}

// Sentence is one sentence of article text.
type Sentence struct {
	Text string
	Line int // line number in the file where the sentence stands
	Col  int // byte column (1-based) of its first byte in that line's text
}

// Day returns the calendar day of the publication date, as the editor wrote it.
func (a *Article) Day() dates.Date { return dates.DayOf(a.Published) }

// AfterToday reports whether day d comes after the editor's today: the
// calendar day of now in now's own time zone, not in UTC. An editor in
// Yerevan (UTC+4) who publishes at 1 a.m. is already on the next day,
// which UTC still calls yesterday. It is false for a zero now.
func AfterToday(d dates.Date, now time.Time) bool {
	return !now.IsZero() && d.First().After(dates.DayOf(now).First())
}

// Today names the editor's today for a message: the calendar day of now
// in its time zone, and the zone — "2026-12-08 (Pacific/Kiritimati)".
func Today(now time.Time) string {
	return dates.DayOf(now).String() + " (" + Zone(now) + ")"
}

// Zone names the time zone of t for a message: its name in the time zone
// database ("Europe/Paris") when t's location has one, else its offset
// from UTC and its abbreviation ("UTC+01:00, CET").
func Zone(t time.Time) string {
	if name := t.Location().String(); name != "Local" && name != "" {
		return name
	}
	abbr, off := t.Zone()
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	utc := fmt.Sprintf("UTC%c%02d:%02d", sign, off/3600, off%3600/60)
	if abbr == "" || abbr[0] == '+' || abbr[0] == '-' {
		return utc // "+14": no abbreviation, only the offset again
	}
	return utc + ", " + abbr
}

// Dropped returns the lines that were dropped as page furniture.
func (a *Article) Dropped() []Line {
	var out []Line
	for _, l := range a.Lines {
		if l.Drop != "" {
			out = append(out, l)
		}
	}
	return out
}
