// Package config reads site.toml: the site's title, language, output folder
// and the episodes the timeline is divided into. It checks that the episodes
// tile the calendar (no overlap, no gap) and reports every problem with the
// line that causes it (tomlpos gives the lines).
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/slug"
	"timeline/internal/tomlpos"
)

// FileName is the name of the site's configuration file in the site folder.
const FileName = "site.toml"

// Site is the configuration of one site.
type Site struct {
	Title       string    // the site's name, in its language
	Description string    // one sentence for search engines and the feed
	Lead        string    // the index's opening paragraph; "" for the interface's own (index_lead)
	BaseURL     string    // absolute URL the site is published at, for the sitemap and feed only
	Language    string    // "fr", "en", or a language the site adds: interface language and default article language
	Output      string    // output folder, relative to the site folder
	Contact     string    // where readers report an error (an e-mail address or URL)
	Episodes    []Episode // in calendar order
}

// Episode is a period of the conflict. Start is zero for an episode open
// towards the past, End zero for one still open.
type Episode struct {
	ID          string
	Title       string
	Start, End  dates.Date // day precision, or zero when open
	Description string     // Markdown
}

// Overlap returns how many days of d fall in the episode. An open end
// reaches as far as d does: the last episode's end is not today's date,
// which would file a date by the day of the build.
func (e Episode) Overlap(d dates.Date) int {
	first, last := d.First(), d.Last()
	if !e.Start.IsZero() && first.Before(e.Start.First()) {
		first = e.Start.First()
	}
	if !e.End.IsZero() && last.After(e.End.First()) {
		last = e.End.First()
	}
	if last.Before(first) {
		return 0
	}
	return int(last.Sub(first).Hours()/24) + 1
}

// Contains reports whether any day of d falls in the episode.
func (e Episode) Contains(d dates.Date) bool { return e.Overlap(d) > 0 }

// Episode returns the episode d overlaps most (the earliest of equals),
// and false when it overlaps none: "l'automne 2020" belongs to the war of
// 2020, "2020", whose first nine months came before it, to the episode
// before.
func (s *Site) Episode(d dates.Date) (Episode, bool) {
	best, most := -1, 0
	for i, e := range s.Episodes {
		if n := e.Overlap(d); n > most {
			best, most = i, n
		}
	}
	if best < 0 {
		return Episode{}, false
	}
	return s.Episodes[best], true
}

// langCode is a language code as site.toml writes it: "fr", "en", "es",
// "pt-BR". Whether the interface has texts in it is for the templates to
// say (package i18n): a site adds a language with a file of its own.
var langCode = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)

var siteKeys = []string{"title", "description", "lead", "base_url", "language", "output", "contact", "episode"}
var episodeKeys = []string{"id", "title", "start", "end", "description"}

// Load reads site.toml from the site folder. Problems come back as a
// diag.List: warnings alone (unknown keys) leave a usable Site.
func Load(dir string) (*Site, diag.List) {
	var probs diag.List
	src, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			probs.Add(diag.Errorf(FileName, 0, 0, "no site.toml in %s (run timeline in the folder that holds site.toml and content/, or pass -site DIR)", dir))
		} else {
			probs.Add(diag.Errorf(FileName, 0, 0, "cannot read: %v (check the file's permissions)", err))
		}
		return nil, probs
	}
	site, list := Parse(string(src))
	probs = append(probs, list...)
	return site, probs
}

// languageLine is site.toml's line language = "fr", read before the file
// is decoded: its problems, a syntax error too, are written in the
// site's language.
var languageLine = regexp.MustCompile(`(?m)^[ \t]*language[ \t]*=[ \t]*["']([a-z]{2,3})["']`)

// Parse reads the text of a site.toml.
func Parse(src string) (*Site, diag.List) {
	var probs diag.List
	lang := ""
	if m := languageLine.FindStringSubmatch(src); m != nil {
		lang = m[1]
	}
	m, err := tomlpos.DecodeIn(lang, FileName, src, 0)
	if err != nil {
		probs.Merge(FileName, err)
		return nil, probs
	}
	t := &tomlpos.Table{File: FileName, Src: src, Values: m, Probs: &probs, Lang: lang, Catalog: messages}
	t.Unknown(siteKeys...)
	s := &Site{
		Title:       t.String("title", true, `title = "Chronologie du conflit"`),
		Description: t.String("description", false, ""),
		Lead:        t.String("lead", false, `lead = "Les événements, date par date, tels que les rapporte la presse."`),
		BaseURL:     t.String("base_url", false, `base_url = "https://example.org/"`),
		Language:    t.String("language", false, `language = "fr"`),
		Output:      t.String("output", false, `output = "public"`),
		Contact:     t.String("contact", false, `contact = "corrections@example.org"`),
	}
	if s.Language == "" {
		s.Language = "fr"
	} else if !langCode.MatchString(s.Language) {
		t.Errorf("language", "language: %q is not a language code (write its code in lowercase letters: fr, en, es…)", s.Language)
	}
	if s.Output == "" {
		s.Output = "public"
	}
	if s.BaseURL != "" && !strings.HasPrefix(s.BaseURL, "https://") && !strings.HasPrefix(s.BaseURL, "http://") {
		t.Errorf("base_url", "base_url: %q is not an absolute http(s) URL (write: base_url = \"https://example.org/\")", s.BaseURL)
	}
	if s.BaseURL != "" && !strings.HasSuffix(s.BaseURL, "/") {
		s.BaseURL += "/"
	}
	tables := t.Tables("episode")
	if len(tables) == 0 && !probs.HasErrors() {
		t.Errorf("episode", "no episode defined (add at least one [[episode]] table with id, title, start, end)")
	}
	for _, et := range tables {
		et.Unknown(episodeKeys...)
		e := Episode{
			ID:          et.String("id", true, `id = "guerre-2020"`),
			Title:       et.String("title", true, `title = "La guerre des 44 jours"`),
			Description: et.String("description", false, ""),
		}
		if e.ID != "" && !slug.Valid(e.ID) {
			et.Errorf("id", "id: %q cannot be used in a web address (use lowercase letters, digits and hyphens)", e.ID)
		}
		if d, ok := et.Date("start", false); ok {
			e.Start = d
		}
		if d, ok := et.Date("end", false); ok {
			e.End = d
		}
		for _, k := range []string{"start", "end"} {
			d := e.Start
			if k == "end" {
				d = e.End
			}
			if !d.IsZero() && d.Precision != dates.Day {
				et.Errorf(k, "%s: %s is not a day (write %s = YYYY-MM-DD)", k, d, k)
			}
		}
		if !e.Start.IsZero() && !e.End.IsZero() && e.End.Compare(e.Start) < 0 {
			et.Errorf("end", "end: %s is before start %s (swap them or fix the year)", e.End, e.Start)
		}
		s.Episodes = append(s.Episodes, e)
	}
	if !probs.HasErrors() {
		checkTiling(tables, s.Episodes)
	}
	return s, probs
}

// checkTiling reports episodes that overlap, leave a gap, share an id, or
// leave the calendar open anywhere but before the first and after the last.
func checkTiling(tables []*tomlpos.Table, eps []Episode) {
	order := make([]int, len(eps))
	for i := range order {
		order[i] = i
	}
	start := func(e Episode) time.Time {
		if e.Start.IsZero() {
			return time.Time{}
		}
		return e.Start.First()
	}
	sort.SliceStable(order, func(a, b int) bool { return start(eps[order[a]]).Before(start(eps[order[b]])) })
	ids := map[string]int{}
	for i, e := range eps {
		if j, dup := ids[e.ID]; dup {
			tables[i].Errorf("id", "id: %q is already the id of episode %d (give each episode its own id)", e.ID, j+1)
		}
		ids[e.ID] = i
	}
	for k, i := range order {
		e, et := eps[i], tables[i]
		if k > 0 && e.Start.IsZero() {
			et.Errorf("id", "episode %q has no start, but only the first episode may be open towards the past (add start = YYYY-MM-DD)", e.ID)
		}
		if k < len(order)-1 && e.End.IsZero() {
			et.Errorf("id", "episode %q has no end, but only the last episode may be open (add end = YYYY-MM-DD)", e.ID)
			continue
		}
		if k == len(order)-1 {
			break
		}
		next := eps[order[k+1]]
		if next.Start.IsZero() {
			continue
		}
		want := e.End.First().AddDate(0, 0, 1)
		got := next.Start.First()
		switch {
		case got.Before(want):
			tables[order[k+1]].Errorf("start", "start: episode %q starts on %s but %q runs until %s: episodes overlap (start it on %s)",
				next.ID, next.Start, e.ID, e.End, want.Format("2006-01-02"))
		case got.After(want):
			tables[order[k+1]].Errorf("start", "start: episode %q starts on %s but %q ends on %s: the days between belong to no episode (start it on %s)",
				next.ID, next.Start, e.ID, e.End, want.Format("2006-01-02"))
		}
	}
}

// String describes an episode's range for messages: "2020-09-27 → 2020-11-10".
func (e Episode) String() string {
	from, to := "…", "…"
	if !e.Start.IsZero() {
		from = e.Start.String()
	}
	if !e.End.IsZero() {
		to = e.End.String()
	}
	return fmt.Sprintf("%s (%s → %s)", e.ID, from, to)
}

// BasePath returns the path part of BaseURL, where the site is published
// ("/chronologie/"), or "/" when there is none.
func (s *Site) BasePath() string {
	u, err := url.Parse(s.BaseURL)
	if err != nil || u.Path == "" {
		return "/"
	}
	if !strings.HasSuffix(u.Path, "/") {
		return u.Path + "/"
	}
	return u.Path
}
