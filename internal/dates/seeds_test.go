package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// seedGold is testdata/seeds.toml, a copy of the gold the pipeline is
// measured on; only its [[article]] tables concern the tagger.
type seedGold struct {
	Article []struct {
		Slug      string
		Published time.Time
		Required  []seedValue
		Allowed   []seedValue
		NotDates  []string `toml:"not_dates"`
	}
}

type seedValue struct{ Text, Value string }

// seedFiles is testdata/seeds/articles.toml: which raw text is which article.
type seedFiles struct {
	Article []struct{ Seed, Slug string }
}

// TestSeeds tags the five seed articles, one Doc each, and checks the
// gold: every required value found on its words, no value that is neither
// required nor allowed, nothing from the spans that are not dates.
func TestSeeds(t *testing.T) {
	var gold seedGold
	if _, err := toml.DecodeFile("testdata/seeds.toml", &gold); err != nil {
		t.Fatal(err)
	}
	var files seedFiles
	if _, err := toml.DecodeFile("testdata/seeds/articles.toml", &files); err != nil {
		t.Fatal(err)
	}
	seedOf := map[string]string{}
	for _, f := range files.Article {
		seedOf[f.Slug] = f.Seed
	}
	for _, a := range gold.Article {
		t.Run(a.Slug, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata/seeds", seedOf[a.Slug]))
			if err != nil {
				t.Fatal(err)
			}
			text := string(raw)
			found := tagArticle(text, a.Published)
			ok := map[string]bool{}
			for _, r := range a.Required {
				ok[r.Value] = true
				if !foundOn(text, found, r.Text, r.Value) {
					t.Errorf("required %q = %s: not found", r.Text, r.Value)
				}
			}
			for _, r := range a.Allowed {
				ok[r.Value] = true
			}
			for _, f := range found {
				if !ok[f.Value.String()] {
					t.Errorf("%q = %s: neither required nor allowed", f.Text, f.Value)
				}
			}
			for _, nd := range a.NotDates {
				for _, at := range locate(text, nd) {
					for _, f := range found {
						if f.Start < at[1] && at[0] < f.End {
							t.Errorf("%q = %s: inside %q, which is not a date", f.Text, f.Value, nd)
						}
					}
				}
			}
		})
	}
}

// tagArticle tags text as the pipeline would: one Doc, sentence by sentence.
// The offsets of the returned expressions are made relative to text.
func tagArticle(text string, published time.Time) []Expr {
	d := NewDoc(published, "fr")
	var all []Expr
	for _, s := range splitSentences(text) {
		for _, e := range d.Tag(text[s[0]:s[1]]) {
			e.Start += s[0]
			e.End += s[0]
			all = append(all, e)
		}
	}
	return all
}

// foundOn reports whether an expression of value value overlaps the words
// snippet somewhere in text.
func foundOn(text string, found []Expr, snippet, value string) bool {
	for _, at := range locate(text, snippet) {
		for _, f := range found {
			if f.Start < at[1] && at[0] < f.End && f.Value.String() == value {
				return true
			}
		}
	}
	return false
}

// locate returns the byte spans of text where snippet stands, every space
// taken as a space and both apostrophes as the same (as the gold says).
func locate(text, snippet string) [][2]int {
	folded, at := foldSpans(text)
	want, _ := foldSpans(snippet)
	var spans [][2]int
	for from := 0; ; {
		i := strings.Index(folded[from:], want)
		if i < 0 {
			return spans
		}
		i += from
		spans = append(spans, [2]int{at[i], at[i+len(want)]})
		from = i + 1
	}
}

// foldSpans folds spaces and apostrophes, and returns for each byte of the
// folded text the offset it comes from (plus one past the end).
func foldSpans(s string) (string, []int) {
	var b strings.Builder
	var at []int
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			r = ' '
		case r == '’':
			r = '\''
		}
		for range utf8.RuneLen(r) {
			at = append(at, i)
		}
		b.WriteRune(r)
	}
	return b.String(), append(at, len(s))
}

// splitSentences is this test's own splitter, good enough for the seeds:
// a line is a paragraph, and a sentence ends at ". ", "! " or "? " before a
// capital, but not after a title ("M. Aliev").
func splitSentences(text string) [][2]int {
	var spans [][2]int
	lineStart := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		start := 0
		for i := 0; i+2 < len(line); i++ {
			if !strings.ContainsRune(".!?", rune(line[i])) || line[i+1] != ' ' {
				continue
			}
			next, _ := utf8.DecodeRuneInString(line[i+2:])
			words := strings.Fields(line[start:i])
			title := len(words) > 0 && (words[len(words)-1] == "M" || words[len(words)-1] == "Mme")
			if unicode.IsUpper(next) && !title {
				spans = append(spans, [2]int{lineStart + start, lineStart + i + 1})
				start = i + 2
			}
		}
		if rest := strings.TrimRight(line[start:], "\n"); strings.TrimSpace(rest) != "" {
			spans = append(spans, [2]int{lineStart + start, lineStart + start + len(rest)})
		}
		lineStart += len(line)
	}
	return spans
}
