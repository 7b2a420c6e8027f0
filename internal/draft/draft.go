// Package draft writes what an editor starts from: new articles in a
// site's content/ folder — a web page's article, its front matter filled
// from the page's facts and its text from the page's paragraphs
// (ImportPage), a scraped text imported as it is, its front matter filled
// from what the editor gives (Import), or an empty article with every
// front matter field explained, a draft until the editor publishes it
// (New) — and a new site (Init). It reads each file it writes back with
// package content, so that a written article always builds; it never
// overwrites a file, and refuses an article whose page is already one of
// content/ (Index).
//
// It fetches nothing: package webpage reads the pages.
package draft

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/slug"
	"timeline/internal/timeline"
)

// Facts are the front matter fields an editor gives on the command line.
type Facts struct {
	Title     string // "" for import: the page's headline, or the first line of article text
	Source    string
	URL       string
	Published string // YYYY-MM-DD, as typed; "" for new: today
	Language  string // "" for the site's
	Slug      string // "" to make one from the date and the title
}

// Result is an article written.
type Result struct {
	Path    string // relative to the site: content/<slug>.md
	Article *content.Article
	Dates   int // date expressions found in its text
}

// where names the command-line input in messages.
const where = "(command line)"

// Import writes text, raw scraped text, as a new article of site, with the
// front matter of f; the text is written unchanged after it. It refuses a
// missing or unparseable publication date, one in the future, an empty or
// binary text, a file that already exists, and a url that is an
// article's of seen (the problem wraps ErrDuplicate); it warns of a text
// that is nearly an article's of seen. seen may be nil; the article
// written is added to it.
func Import(site string, text []byte, f Facts, now time.Time, seen *Index) (*Result, diag.List) {
	var probs diag.List
	if f.Published == "" {
		probs.Add(diag.Errorf(where, 0, 0, "-published is missing: an article needs its publication date (add -published YYYY-MM-DD)"))
		return nil, probs
	}
	if bytes.IndexByte(text, 0) >= 0 {
		probs.Add(diag.Errorf(where, 0, 0, "the text is binary data, not text (import the article's text, saved as UTF-8)"))
		return nil, probs
	}
	if len(bytes.TrimSpace(text)) == 0 {
		probs.Add(diag.Errorf(where, 0, 0, "the text is empty (give a file of the article's text, or paste it on the standard input)"))
		return nil, probs
	}
	if !utf8.Valid(text) {
		probs.Add(diag.Warnf(where, 0, 0, "the text is not valid UTF-8: the bytes that are not are shown as � (save the text as UTF-8 and import it again)"))
	}
	r, list := importBody(site, text, f, now, seen, where)
	return r, append(probs, list...)
}

// New writes an empty article of the given title: the front matter with
// every field, each with a comment saying what it is for, and draft =
// true, so that the article is published only once the editor says so.
// Its publication date is the editor's today: now's calendar day, in
// now's time zone.
func New(site string, f Facts, now time.Time) (*Result, diag.List) {
	var probs diag.List
	if strings.TrimSpace(f.Title) == "" {
		probs.Add(diag.Errorf(where, 0, 0, "the title is missing (write: timeline new \"The article's headline\")"))
		return nil, probs
	}
	if f.Published == "" {
		f.Published = now.Format("2006-01-02")
	}
	pub, ok := published(f.Published, now, &probs)
	if !ok {
		return nil, probs
	}
	lang, err := siteLanguage(site)
	if err != nil {
		probs.Add(err)
		return nil, probs
	}
	if f.Language == "" {
		f.Language = lang
	}
	r, list := write(site, f, pub, comments, nil, content.Options{Language: lang, Now: now})
	return r, append(probs, list...)
}

// published reads the -published date: a day that exists, not after the
// editor's today (see content.AfterToday).
func published(s string, now time.Time, probs *diag.List) (time.Time, bool) {
	pub, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	if err != nil {
		probs.Add(diag.Errorf(where, 0, 0, "-published: %q is not a date (expected YYYY-MM-DD, a day that exists)", s))
		return time.Time{}, false
	}
	if content.AfterToday(dates.DayOf(pub), now) {
		probs.Add(diag.Errorf(where, 0, 0, "-published: %s is after today, %s (check the year)", pub.Format("2006-01-02"), content.Today(now)))
		return time.Time{}, false
	}
	return pub, true
}

func siteLanguage(site string) (string, *diag.Problem) {
	s, probs := config.Load(site)
	if s == nil {
		if errs := probs.Errors(); len(errs) > 0 {
			return "", errs[0]
		}
		return "", diag.Errorf(config.FileName, 0, 0, "cannot read the site's settings")
	}
	return s.Language, nil
}

// write writes the article file, refusing to replace one, after reading
// it back as the build will: an article with errors is not written.
func write(site string, f Facts, pub time.Time, notes map[string]string, body []byte, opt content.Options) (*Result, diag.List) {
	var probs diag.List
	name := f.Slug
	if name == "" {
		name = Slug(pub, f.Title)
	} else if !slug.Valid(name) {
		probs.Add(diag.Errorf(where, 0, 0, "-slug: %q cannot be used in a web address (use lowercase letters, digits and hyphens, e.g. %q)", name, slug.Make(name)))
		return nil, probs
	}
	rel := content.Dir + "/" + name + ".md"
	if f.Slug != "" {
		// A slug the editor chose goes in the front matter too: the file
		// may be renamed later, the page's address must not change.
		f.Slug = name
	}
	data := frontMatter(f, pub, notes, body)
	a, list := content.Parse(rel, data, opt)
	if a == nil {
		probs = append(probs, given(list)...)
		probs.Add(diag.Errorf(rel, 0, 0, "not written: the article would not build (fix the values given)"))
		return nil, probs
	}
	probs = append(probs, list...)
	dir := filepath.Join(site, content.Dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		probs.Add(diag.Errorf(content.Dir, 0, 0, "cannot create the folder: %v", err))
		return nil, probs
	}
	file, err := os.OpenFile(filepath.Join(dir, name+".md"), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		probs.Add(diag.Errorf(rel, 0, 0, "already exists: an article is never overwritten (give another address with -slug, or edit the file)"))
		return nil, probs
	}
	if err != nil {
		probs.Add(diag.Errorf(rel, 0, 0, "cannot write: %v", err))
		return nil, probs
	}
	_, err = file.Write(data)
	if cerr := file.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(file.Name())
		probs.Add(diag.Errorf(rel, 0, 0, "cannot write: %v", err))
		return nil, probs
	}
	x := timeline.Extract(a, nil) // the dates alone: how many the editor will see
	r := &Result{Path: rel, Article: a, Dates: len(x.Mentions)}
	if body == nil {
		return r, probs // an empty article: no dates yet, as expected
	}
	return r, append(probs, x.Problems...)
}

// given returns the errors of an article not yet written as errors of
// the command line: only the values given can cause them.
func given(list diag.List) diag.List {
	var out diag.List
	for _, p := range list.Errors() {
		q := *p
		q.File, q.Line, q.Col = where, 0, 0
		q.Msg = "-" + q.Msg
		out.Add(&q)
	}
	return out
}

// Slug makes an article's slug from its publication date and title, as
// the seed articles are named: "2023-09-20-l-azerbaidjan-lance-une-offensive".
func Slug(pub time.Time, title string) string {
	s := slug.Make(title)
	const most = 48
	if len(s) > most {
		s = s[:most]
		if i := strings.LastIndexByte(s, '-'); i > most/2 {
			s = s[:i]
		}
		s = strings.Trim(s, "-")
	}
	return pub.Format("2006-01-02") + "-" + s
}

// comments say what each front matter field is for, in the article new writes.
var comments = map[string]string{
	"title":     "The headline, as the outlet printed it.",
	"source":    "The outlet: newspaper, agency or site. Leave \"\" when unknown.",
	"url":       "The address of the original, starting with https://. Leave \"\" when unknown.",
	"published": "The publication date, YYYY-MM-DD, without quotes: dates the text gives\n# without a year (\"mardi 19 septembre\") are read from it.",
	"language":  "The language of the text: \"fr\" or \"en\" (without this line, read from the text).",
	"slug":      "The address of the article's page on the site; the file name when absent.",
	"draft":     "A draft: the published site leaves it out; timeline serve shows it, marked.\n# Remove this line once the article is ready to publish.",
	"ignore":    "Date expressions the program reads wrong, whole, as the review page marks them:\n# ignore = [\"depuis 2016\", \"le lendemain\"]",
	"event": `An event the text states in a form the program cannot read: copy the
# four lines below, without the #, once per event. date is YYYY-MM-DD,
# YYYY-MM, YYYY or a decade like "199X"; time is optional.
# [[event]]
# date = "2023-09"
# text = "The sentence that says what happened."
# time = "07:15"`,
	"fix": `An expression the program dates wrong, or misses: copy the three lines
# below, without the #; add sentence = "a few words" of its sentence when
# it stands in several.
# [[fix]]
# expression = "samedi minuit"
# date = "2020-10-11"`,
	"speaker": `Who speaks in a sentence, when the program says wrong: speaker = ""
# for no one.
# [[speaker]]
# sentence = "a few words of the sentence"
# speaker = "le ministère arménien de la Défense"`,
	"claim": `A toll the program reads wrong, or misses, in a dated sentence: kind is
# killed, wounded, missing, displaced, captured, released or destroyed;
# remove = true drops the program's figure of that kind.
# [[claim]]
# sentence = "a few words of the sentence"
# kind = "killed"
# count = 16`,
}

// frontMatter writes the article file: the front matter of f, each field
// after its comment in notes when given, then the body unchanged.
func frontMatter(f Facts, pub time.Time, notes map[string]string, body []byte) []byte {
	var b bytes.Buffer
	b.WriteString("+++\n")
	field := func(key, value string, show bool) {
		note, commented := notes[key]
		if commented {
			fmt.Fprintf(&b, "# %s\n", note)
		}
		switch {
		case show:
			fmt.Fprintf(&b, "%s = %s\n", key, value)
		case commented && key == "slug":
			fmt.Fprintf(&b, "# slug = %s\n", quote(Slug(pub, f.Title)))
		}
	}
	field("title", quote(f.Title), true)
	field("source", quote(f.Source), true)
	field("url", quote(f.URL), true)
	field("published", pub.Format("2006-01-02"), true)
	field("language", quote(f.Language), f.Language != "")
	field("slug", quote(f.Slug), f.Slug != "")
	if notes != nil {
		field("draft", "true", true)
		field("ignore", "[]", true)
		for _, table := range []string{"event", "fix", "speaker", "claim"} {
			fmt.Fprintf(&b, "# %s\n", notes[table])
		}
	}
	b.WriteString("+++\n")
	b.Write(body)
	return b.Bytes()
}

// quote writes s as a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
