package build

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"timeline/internal/diag"
)

// words are the summary's words in languages other than English: a
// build speaks to the editor in the site's language (Summary.Lang).
var words = diag.Catalog{"fr": {
	"built %d articles → %d events, %d pages (%d files, %s) in %s · %d boilerplate lines dropped · input %s · open %s": "%d articles → %d événements, %d pages (%d fichiers, %s) en %s · %d lignes de remplissage écartées · entrée %s · ouvrir %s",
	"articles":                          "articles",
	"boilerplate lines dropped":         "lignes de remplissage écartées",
	"dates found":                       "dates trouvées",
	"events":                            "événements",
	"pages written":                     "pages écrites",
	"pages unchanged":                   "pages inchangées",
	"%s unchanged since the last build": "%s inchangés depuis la dernière construction",
	"review: open %s\n":                 "relecture : ouvrir %s\n",
	"%s of files in %s · input %s · open %s\n":                           "%s de fichiers dans %s · entrée %s · ouvrir %s\n",
	"%s, %s: the site was not written (the previous one is unchanged)\n": "%s, %s : le site n’a pas été écrit (le précédent est inchangé)\n",
	"error":   "erreur",
	"warning": "avertissement",
}}

// Line returns the one-line summary of a build: what it made, how fast,
// and where to open it.
func (s *Summary) Line() string {
	open := filepath.Join(s.Out, "index.html")
	return words.Sprintf(s.Lang, "built %d articles → %d events, %d pages (%d files, %s) in %s · %d boilerplate lines dropped · input %s · open %s",
		s.Articles, s.Events, s.Pages, s.Files, size(s.Bytes), round(s.Time), s.Dropped, s.Fingerprint, open)
}

// StageLine returns the time of each stage: "config 1ms · read 3ms · …".
func (s *Summary) StageLine() string {
	parts := make([]string, len(s.Stages))
	for i, st := range s.Stages {
		parts[i] = st.Name + " " + round(st.Time).String()
	}
	return strings.Join(parts, " · ")
}

func round(d time.Duration) time.Duration {
	switch {
	case d > time.Second:
		return d.Round(10 * time.Millisecond)
	case d > time.Millisecond:
		return d.Round(100 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// Report writes the problems, one per line, then a count, in English.
func Report(w io.Writer, probs diag.List) { report(w, probs, "") }

// Report writes the problems, one per line, then a count, in the site's
// language.
func (s *Summary) Report(w io.Writer, probs diag.List) { report(w, probs, s.Lang) }

func report(w io.Writer, probs diag.List, lang string) {
	for _, p := range probs {
		fmt.Fprintln(w, p.Error())
	}
	if n := len(probs.Errors()); n > 0 {
		fmt.Fprint(w, words.Sprintf(lang, "%s, %s: the site was not written (the previous one is unchanged)\n",
			plural(n, "error", lang), plural(len(probs)-n, "warning", lang)))
	}
}

// Plural writes a count of things: "1 error", "3 errors", "10,000 articles".
func Plural(n int, word string) string { return plural(n, word, "") }

// plural is Plural in lang, for the words the catalog has: "3 erreurs".
func plural(n int, word, lang string) string {
	word = words.Sprintf(lang, word)
	if n == 1 {
		return "1 " + word
	}
	return thousandsIn(n, lang) + " " + word + "s"
}

// thousands writes n with a separator every three digits: "10,000".
func thousands(n int) string { return thousandsIn(n, "") }

// thousandsIn writes n as lang does: "10,000", "10 000" (a narrow
// no-break space).
func thousandsIn(n int, lang string) string {
	sep := ","
	if lang == "fr" {
		sep = "\u202f"
	}
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousandsIn(-n, lang)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return s
}

// Table writes the summary of a build as a table: what it read and
// found, what it wrote and kept, the time of each stage, where to open
// the site.
func (s *Summary) Table(w io.Writer) error {
	rows := []struct {
		n     int
		label string
	}{
		{s.Articles, "articles"},
		{s.Dropped, "boilerplate lines dropped"},
		{s.Dates, "dates found"},
		{s.Events, "events"},
		{s.PagesWritten, "pages written"},
		{s.PagesUnchanged, "pages unchanged"},
	}
	width := 0
	for _, r := range rows {
		width = max(width, utf8.RuneCountInString(thousandsIn(r.n, s.Lang)))
	}
	for i, r := range rows {
		n := thousandsIn(r.n, s.Lang)
		fmt.Fprintf(w, "%s%s  %s", strings.Repeat(" ", width-utf8.RuneCountInString(n)), n, words.Sprintf(s.Lang, r.label))
		if i == 0 {
			s.articleNotes(w)
		}
		fmt.Fprintln(w)
	}
	for _, n := range s.Notes {
		fmt.Fprintln(w, n)
	}
	fmt.Fprintf(w, "%s · total %s\n", s.StageLine(), round(s.Time))
	if s.Review != "" {
		fmt.Fprint(w, words.Sprintf(s.Lang, "review: open %s\n", filepath.Join(s.Review, "index.html")))
	}
	_, err := fmt.Fprint(w, words.Sprintf(s.Lang, "%s of files in %s · input %s · open %s\n", size(s.Bytes), s.Out, s.Fingerprint, filepath.Join(s.Out, "index.html")))
	return err
}

// articleNotes writes what the count of articles holds: the drafts, left
// out or not, and the articles the cache spared reading.
func (s *Summary) articleNotes(w io.Writer) {
	var notes []string
	switch {
	case s.Unpublished > 0:
		notes = append(notes, Plural(s.Drafts, "draft")+" left out, build -drafts shows "+pronoun(s.Drafts))
	case s.Drafts > 0:
		notes = append(notes, Plural(s.Drafts, "draft")+" included")
	}
	if s.Cached > 0 {
		notes = append(notes, words.Sprintf(s.Lang, "%s unchanged since the last build", thousandsIn(s.Cached, s.Lang)))
	}
	if len(notes) > 0 {
		fmt.Fprintf(w, " (%s)", strings.Join(notes, "; "))
	}
}

func pronoun(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}
