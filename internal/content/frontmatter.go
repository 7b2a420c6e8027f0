package content

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zeebo/xxh3"

	"timeline/internal/diag"
	"timeline/internal/slug"
	"timeline/internal/tomlpos"
)

// Options are what an article's reading depends on besides its bytes.
type Options struct {
	Language string // default language, from site.toml
	// Now is the build's "now", in the editor's time zone: a publication
	// date after its calendar day there is refused; zero to skip the check.
	Now time.Time
	// Messages is the language the front matter's problems are written
	// in where tomlpos has it, "" for English: the build gives the site's
	// language, the editor's, which Language is too (and the cache's keys
	// hold).
	Messages string
}

// Fields are the front matter keys an article may have.
var Fields = []string{"title", "source", "url", "published", "language", "slug", "draft", "ignore", "event", "fix", "speaker", "claim"}

var (
	eventFields   = []string{"date", "text", "time"}
	fixFields     = []string{"expression", "date", "sentence"}
	speakerFields = []string{"sentence", "speaker"}
)

const delim = "+++"

// Parse reads one article file: front matter, then body. path is the file's
// path relative to the site folder, used in messages. Problems of error
// severity mean the article is not usable; the returned Article is then nil.
func Parse(path string, data []byte, opt Options) (*Article, diag.List) {
	var probs diag.List
	text, notes := normalize(data)
	for _, n := range notes {
		probs.Add(diag.Warnf(path, n.line, 0, "%s", n.msg))
	}
	if strings.TrimSpace(text) == "" {
		probs.Add(diag.Errorf(path, 0, 0, "the file is empty (an article starts with +++, its front matter fields, +++, then the text; `timeline new TITLE` writes one)"))
		return nil, probs
	}
	hash := hashText(path, text)
	front, body, bodyLine, err := split(path, text)
	if err != nil {
		probs.Add(err)
		return nil, probs
	}
	m, derr := tomlpos.DecodeIn(opt.Messages, path, front, 1)
	if derr != nil {
		probs.Merge(path, derr)
		return nil, probs
	}
	t := &tomlpos.Table{File: path, Src: front, Offset: 1, Values: m, Probs: &probs, Lang: opt.Messages}
	t.Unknown(Fields...)
	a := &Article{
		Path:     path,
		Hash:     hash,
		Title:    strings.TrimSpace(t.String("title", false, `title = "Le titre de l'article"`)),
		Outlet:   strings.TrimSpace(t.String("source", false, `source = "Le Monde"`)),
		URL:      strings.TrimSpace(t.String("url", false, `url = "https://…"`)),
		Language: strings.TrimSpace(t.String("language", false, `language = "fr"`)),
		Slug:     strings.TrimSpace(t.String("slug", false, `slug = "2023-09-20-offensive"`)),
		Ignore:   t.Strings("ignore", `ignore = ["depuis 2016"]`),
		Draft:    draft(t),
	}
	published(t, a, opt.Now)
	if len(a.Ignore) > 0 {
		a.IgnoreAt, _ = t.Pos("ignore")
	}
	checkURL(t, a.URL)
	if a.URL != "" {
		a.URLAt, _ = t.Pos("url")
	}
	// An article without a language is read in the one its text reads as
	// (see language), once the text is cleaned.
	if a.Language != "" && !validLang(a.Language) {
		line, col := t.Pos("language")
		probs.Add(diag.Errorf(path, line, col, "language: %q is not a language code (write fr or en)", a.Language))
	} else if a.Language != "" && a.Language != "fr" && a.Language != "en" {
		line, col := t.Pos("language")
		probs.Add(diag.Warnf(path, line, col, "language: dates are read in French and English only; this %q article is read with both", a.Language))
	}
	if a.Slug == "" {
		a.Slug = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		if !slug.Valid(a.Slug) {
			probs.Add(diag.Errorf(path, 0, 0, "the file name %q cannot be used in a web address (rename the file to %s.md, or add slug = %q)",
				a.Slug, slug.Make(a.Slug), slug.Make(a.Slug)))
		}
	} else if a.SlugAt, _ = t.Pos("slug"); !slug.Valid(a.Slug) {
		line, col := t.Pos("slug")
		probs.Add(diag.Errorf(path, line, col, "slug: %q cannot be used in a web address (use lowercase letters, digits and hyphens, e.g. %q)",
			a.Slug, slug.Make(a.Slug)))
	}
	a.Events = manualEvents(t)
	a.Fixes = fixes(t)
	a.Speakers = speakers(t)
	a.Claims = readClaims(t)
	a.Lines = Clean(extractLines(body, bodyLine), a.Title, a.Outlet)
	a.Language = language(t, a.Language, Detect(a.Lines), opt.Language)
	a.Sentences = Sentences(a.Lines)
	if p := pageDates(a); p != nil {
		probs.Add(p)
	}
	if a.Title == "" {
		for _, l := range a.Lines {
			if l.Drop == "" {
				a.Title = l.Text
				break
			}
		}
		probs.Add(diag.Warnf(path, 1, 0, "title is missing; the first line of text is used (add: title = \"…\")"))
	}
	if probs.HasErrors() {
		return nil, probs
	}
	return a, probs
}

// published sets a's publication date from the front matter t, and
// reports one in the future of now (unless now is zero) or too far back.
func published(t *tomlpos.Table, a *Article, now time.Time) {
	pub, ok := t.Time("published", true)
	if !ok {
		return
	}
	a.Published = pub
	if AfterToday(a.Day(), now) {
		line, col := t.Pos("published")
		t.Probs.Add(diag.Errorf(t.File, line, col, "published: %s is after today, %s (check the year)", a.Day(), Today(now)))
	}
	// "published = 0001-01-01": a year lost its digits; a date that far
	// back would also resolve "l'an dernier" to a year before 1.
	if pub.Year() < minYear {
		line, col := t.Pos("published")
		t.Probs.Add(diag.Errorf(t.File, line, col, "published: %s is before %d, too early for a press article (check the year)", a.Day(), minYear))
	}
}

// draft reads the front matter's draft key: true keeps the article out of
// the published site. A value that is not true or false is an error: the
// build cannot tell whether the editor meant to publish.
func draft(t *tomlpos.Table) bool {
	v, ok := t.Values["draft"]
	if !ok {
		return false
	}
	switch v := v.(type) {
	case bool:
		return v
	case string:
		// draft = "true": quoted, it is text.
		if b := strings.TrimSpace(strings.ToLower(v)); b == "true" || b == "false" {
			t.Errorf("draft", "draft: %q between quotes is text, not true or false (write draft = %s, without quotes)", v, b)
			return false
		}
	}
	t.Errorf("draft", "draft: expected true or false (write draft = true to keep the article unpublished, or remove the line to publish it)")
	return false
}

// manualEvents returns the events the front matter t states in [[event]]
// tables, and reports their unknown fields and malformed times.
func manualEvents(t *tomlpos.Table) []Manual {
	var events []Manual
	for _, et := range t.Tables("event") {
		et.Unknown(eventFields...)
		line, _ := et.Pos("")
		ev := Manual{Line: line, Text: strings.TrimSpace(et.String("text", true, `text = "la phrase qui dit ce qui s'est passé"`))}
		if d, ok := et.Date("date", true); ok {
			ev.Date = d
		}
		ev.Time = strings.TrimSpace(et.String("time", false, `time = "07:15"`))
		if ev.Time != "" && !timeRe.MatchString(ev.Time) {
			l, c := et.Pos("time")
			t.Probs.Add(diag.Errorf(t.File, l, c, "time: %q is not a time of day (write HH:MM, e.g. \"07:15\")", ev.Time))
		}
		events = append(events, ev)
	}
	return events
}

// language returns the language an article is read in: the one declared
// in front matter, else the one its text reads as (detected, "" when it
// cannot tell), else the site's. A declared fr or en that the text
// contradicts is kept, with a warning at its line: the editor may know
// better than a count of words, but most often pasted the line from
// another article.
func language(t *tomlpos.Table, declared, detected, site string) string {
	if declared == "" {
		if detected != "" {
			return detected
		}
		return site
	}
	if detected != "" && detected != declared && (declared == "fr" || declared == "en") {
		line, _ := t.Pos("language")
		t.Probs.Add(diag.Warnf(t.File, line, 0, "language = %q but the text reads as %s (write language = %q, or remove the line)",
			declared, languageNames[detected], detected))
	}
	return declared
}

// languageNames are the languages Detect tells, as messages name them.
var languageNames = map[string]string{"fr": "French", "en": "English"}

// fixes returns the dates the front matter t gives expressions in [[fix]]
// tables, and reports their unknown fields and missing values. Whether
// each expression is in the text is the extraction's to say.
func fixes(t *tomlpos.Table) []Fix {
	var out []Fix
	for _, ft := range t.Tables("fix") {
		ft.Unknown(fixFields...)
		line, _ := ft.Pos("")
		f := Fix{Line: line,
			Expression: strings.TrimSpace(ft.String("expression", true, `expression = "samedi minuit" (the expression as the text writes it)`)),
			Sentence:   strings.TrimSpace(ft.String("sentence", false, `sentence = "a few words of the sentence"`)),
		}
		if d, ok := ft.Date("date", true); ok {
			f.Date = d
		}
		out = append(out, f)
	}
	return out
}

// speakers returns the speakers the front matter t gives sentences in
// [[speaker]] tables, and reports their unknown fields and missing values.
func speakers(t *tomlpos.Table) []Speaker {
	var out []Speaker
	for _, st := range t.Tables("speaker") {
		st.Unknown(speakerFields...)
		line, _ := st.Pos("")
		s := Speaker{Line: line,
			Sentence: strings.TrimSpace(st.String("sentence", true, `sentence = "a few words of the sentence"`)),
		}
		if _, ok := st.Values["speaker"]; !ok {
			st.Errorf("speaker", `speaker is missing (add a line: speaker = "le ministère arménien de la Défense", or speaker = "" when no one speaks)`)
		}
		s.Speaker = strings.TrimSpace(st.String("speaker", false, `speaker = "le ministère arménien de la Défense"`))
		out = append(out, s)
	}
	return out
}

// minYear is the earliest year of publication the build accepts.
const minYear = 1800

var timeRe = regexp.MustCompile(`^([01]\d|2[0-3]):[0-5]\d$`)

func validLang(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// checkURL accepts "" or an absolute http(s) URL without spaces: the URL
// becomes a link readers click, so nothing else may get through.
func checkURL(t *tomlpos.Table, raw string) {
	if raw == "" {
		return
	}
	fail := func(why string) {
		line, col := t.Pos("url")
		t.Probs.Add(diag.Errorf(t.File, line, col, "url: %q %s (write the article's address, starting with https://)", raw, why))
	}
	if strings.ContainsAny(raw, " \t\n\"<>") {
		fail("contains spaces, quotes or angle brackets")
		return
	}
	u, err := url.Parse(raw)
	if err != nil {
		fail("is not a valid address")
		return
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		fail("is not an http or https address")
		return
	}
	if u.Host == "" {
		fail("has no host name")
	}
}

// split separates the front matter from the body. It returns the body and
// the line number, in the file, of the body's first line.
func split(path, text string) (front, body string, bodyLine int, err *diag.Problem) {
	first, rest, _ := strings.Cut(text, "\n")
	if strings.TrimRight(first, " \t") == "---" {
		return "", "", 0, diag.Errorf(path, 1, 1, "the front matter starts with --- (YAML): it is read only as TOML between two lines +++ (write +++, then title = \"…\", published = YYYY-MM-DD…, then +++)")
	}
	if strings.TrimRight(first, " \t") != delim {
		return "", "", 0, diag.Errorf(path, 1, 1, "the file does not start with +++ (put the front matter between two lines +++ at the top: title, published, source, url)")
	}
	line := 2
	var fm strings.Builder
	for rest != "" {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		if strings.TrimRight(l, " \t") == delim {
			return fm.String(), rest, line + 1, nil
		}
		fm.WriteString(l)
		fm.WriteByte('\n')
		line++
	}
	return "", "", 0, diag.Errorf(path, 1, 1, "the front matter opened by +++ on line 1 is never closed (add a line +++ after the last field)")
}

type note struct {
	line int
	msg  string
}

// invisible are characters dropped from the text: zero-width characters
// and bidirectional controls carry no words and would split or hide them.
var invisible = strings.NewReplacer(
	"\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "",
	"\u200e", "", "\u200f", "", "\u202a", "", "\u202b", "", "\u202c", "", "\u202d", "", "\u202e", "",
	"\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "", "\u00ad", "",
)

// hasInvisible reports whether s holds one of the characters invisible
// drops. They all start with byte E2 (U+2xxx), C2 (U+00AD) or EF (U+FEFF):
// IndexByte finds those, and only they are decoded, where
// strings.ContainsAny decoded every rune and searched the list for it.
func hasInvisible(s string) bool {
	for _, lead := range [...]byte{0xE2, 0xC2, 0xEF} {
		for i := 0; ; {
			k := strings.IndexByte(s[i:], lead)
			if k < 0 {
				break
			}
			i += k
			r, size := utf8.DecodeRuneInString(s[i:])
			switch r {
			case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b',
				'\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u00ad':
				return true
			}
			i += size
		}
	}
	return false
}

// normalize makes the text valid UTF-8 with \n line ends and no byte
// order mark or invisible characters; it notes the lines it had to repair.
func normalize(data []byte) (string, []note) {
	var notes []note
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	if !utf8.Valid(data) {
		var b strings.Builder
		line := 1
		reported := -1
		for len(data) > 0 {
			r, size := utf8.DecodeRune(data)
			if r == utf8.RuneError && size == 1 {
				if reported != line {
					notes = append(notes, note{line, "invalid UTF-8 bytes replaced by � (save the file as UTF-8)"})
					reported = line
				}
				b.WriteRune(utf8.RuneError)
			} else {
				if r == '\n' {
					line++
				}
				b.Write(data[:size])
			}
			data = data[size:]
		}
		data = []byte(b.String())
	}
	s := string(data)
	if hasInvisible(s) {
		s = invisible.Replace(s)
	}
	return s, notes
}

func (l Line) String() string { return fmt.Sprintf("%d: %s", l.N, l.Text) }

// hashText returns the hash of an article's path and text (Article.Hash):
// XXH3 of the two, the path preceded by its length. hashstructure, which
// the site's settings are hashed with, walks a struct by reflection and
// hashes a string with FNV a byte at a time, a multiplication a byte over
// the whole text of every article, where XXH3 reads the text in blocks.
func hashText(path, text string) uint64 {
	h := xxh3.New()
	h.Write(binary.LittleEndian.AppendUint64(nil, uint64(len(path))))
	h.WriteString(path)
	h.WriteString(text)
	return h.Sum64()
}
