package edits

import (
	"os"
	"slices"
	"strings"
	"testing"

	"timeline/internal/dates"
)

const file = "content/events.toml"

// TestParse reads good files: what each entry holds.
func TestParse(t *testing.T) {
	for _, tt := range []struct {
		name string
		src  string
		want []Entry
	}{
		{"an empty file", "", nil},
		{"comments only", "# headlines and summaries\n", nil},
		{"a headline, its spaces trimmed, and a summary", `# content/events.toml
[[event]]
date = "2023-09-25"
match = "explosion dépôt"
headline = "  Explosion d'un dépôt de carburant près de Stepanakert  "
summary = """
Un dépôt de carburant **explose** près de Stepanakert.
"""
`, []Entry{{
			Date: dates.Date{Year: 2023, Month: 9, Day: 25, Precision: dates.Day}, Match: "explosion dépôt", Words: []string{"explosion", "depot"},
			Headline: "Explosion d'un dépôt de carburant près de Stepanakert",
			Summary:  "Un dépôt de carburant **explose** près de Stepanakert.", SummaryHTML: "<p>Un dépôt de carburant <strong>explose</strong> près de Stepanakert.</p>\n",
			Path: file, Line: 2,
		}}},
		{"one date, two events, told apart by their words", `[[event]]
date = "2023-09-25"
match = "Erevan accuse"
headline = "Erevan accuse Bakou"

[[event]]
date = "2023-09-25"
match = "explosion"
headline = "Explosion d'un dépôt de carburant"
`, []Entry{
			{Date: dates.Date{Year: 2023, Month: 9, Day: 25, Precision: dates.Day}, Match: "Erevan accuse", Words: []string{"erevan", "accuse"}, Headline: "Erevan accuse Bakou", Path: file, Line: 1},
			{Date: dates.Date{Year: 2023, Month: 9, Day: 25, Precision: dates.Day}, Match: "explosion", Words: []string{"explosion"}, Headline: "Explosion d'un dépôt de carburant", Path: file, Line: 6},
		}},
		{"a month, a decade, a date without quotes; a summary alone", `[[event]]
date = "2020-09"
match = "offensive"
summary = "L'offensive."
[[event]]
date = "199X"
match = "guerre"
headline = "La première guerre"
[[event]]
date = 2023-09-19
match = "l'offensive, éclair!"
headline = "L'offensive éclair"
`, []Entry{
			{Date: dates.Date{Year: 2020, Month: 9, Precision: dates.Month}, Match: "offensive", Words: []string{"offensive"}, Summary: "L'offensive.", SummaryHTML: "<p>L'offensive.</p>\n", Path: file, Line: 1},
			{Date: dates.Date{Year: 1990, Precision: dates.Decade}, Match: "guerre", Words: []string{"guerre"}, Headline: "La première guerre", Path: file, Line: 5},
			{Date: dates.Date{Year: 2023, Month: 9, Day: 19, Precision: dates.Day}, Match: "l'offensive, éclair!", Words: []string{"l", "offensive", "eclair"}, Headline: "L'offensive éclair", Path: file, Line: 9},
		}},
		{"a byte order mark and Windows line ends", "\ufeff[[event]]\r\ndate = \"2023\"\r\nmatch = \"x\"\r\nheadline = \"h\"\r\n",
			[]Entry{{Date: dates.Date{Year: 2023, Precision: dates.Year}, Match: "x", Words: []string{"x"}, Headline: "h", Path: file, Line: 1}}},
		{"a summary's HTML and javascript: links are left out", "[[event]]\ndate = \"2023\"\nmatch = \"x\"\nsummary = \"[a](javascript:alert(1)) and [b](https://example.org/)\"\n",
			[]Entry{{Date: dates.Date{Year: 2023, Precision: dates.Year}, Match: "x", Words: []string{"x"},
				Summary: "[a](javascript:alert(1)) and [b](https://example.org/)", SummaryHTML: "<p><a href=\"\">a</a> and <a href=\"https://example.org/\">b</a></p>\n", Path: file, Line: 1}}},
	} {
		got, probs := Parse(file, []byte(tt.src))
		if len(probs) > 0 {
			t.Errorf("%s: problems:\n%v", tt.name, probs)
		}
		if !slices.EqualFunc(got, tt.want, equal) {
			t.Errorf("%s: got\n%+v\nwant\n%+v", tt.name, got, tt.want)
		}
	}
}

func equal(a, b Entry) bool {
	return a.Date == b.Date && a.Match == b.Match && slices.Equal(a.Words, b.Words) && a.Headline == b.Headline &&
		a.Summary == b.Summary && a.SummaryHTML == b.SummaryHTML && a.Path == b.Path && a.Line == b.Line
}

// TestParseProblems breaks an entry one way per row: the lines an editor
// reads, and how many entries remain usable.
func TestParseProblems(t *testing.T) {
	const good = "[[event]]\ndate = \"2023-09-25\"\nmatch = \"explosion dépôt\"\nheadline = \"Explosion d'un dépôt\"\n"
	for _, tt := range []struct {
		name    string
		src     string
		want    string // the problems, one a line
		entries int
	}{
		{"a TOML syntax error: text without quotes", "[[event]]\ndate = \"2023-09-25\"\nmatch = explosion\n",
			file + `:3:9: match: the text explosion is not between quotes (write: match = "explosion"; a date is written YYYY-MM-DD, a number in figures, without quotes)`, 0},
		{"a TOML syntax error: a quote not closed", "[[event]]\ndate = \"2023-09-25\"\nmatch = \"explosion\nheadline = \"h\"\n",
			file + `:3:9: match: the text has no closing " (end it with " on the same line: match = "explosion"; a text over several lines opens and closes with """)`, 0},
		{"a misspelt key", strings.Replace(good, "headline", "headlin", 1),
			file + `:4:11: unknown key headlin — did you mean headline? (an entry's keys are date, match, headline, summary)`, 0},
		{"a key in French", strings.Replace(good, "headline", "titre", 1),
			file + `:4:9: unknown key titre — did you mean headline? (an entry's keys are date, match, headline, summary)`, 0},
		{"a key like no other", good + "lien = \"https://example.org/\"\n",
			file + `:5:8: unknown key lien (an entry's keys are date, match, headline, summary)`, 0},
		{"a table that is no entry", strings.Replace(good, "[[event]]", "[[events]]", 1),
			file + `:1:1: unknown table [[events]] (start each entry with a line [[event]])`, 0},
		{"a single table instead of an entry", strings.Replace(good, "[[event]]", "[event]", 1),
			file + `:1:1: event: expected tables written [[event]], found a table (write each as a line [[event]] followed by its fields)`, 0},
		{"a key before the first entry", "date = \"2023-09-25\"\n" + good,
			file + `:1:8: date is outside any entry (put a line [[event]] above it)`, 1},
		{"a date that does not exist", strings.Replace(good, `"2023-09-25"`, `"2023-09-31"`, 1),
			file + `:2:8: date: "2023-09-31" is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or a decade such as 199X)`, 0},
		{"a date in words", strings.Replace(good, `"2023-09-25"`, `"25 septembre 2023"`, 1),
			file + `:2:8: date: "25 septembre 2023" is not written as a date is here (write it year first, in figures, without quotes: date = 2023-09-25)`, 0},
		{"a year without quotes", strings.Replace(good, `"2023-09-25"`, `2023`, 1),
			file + `:2:8: date: 2023 without quotes is a number (write a year between double quotes: date = "2023")`, 0},
		{"no date", strings.Replace(good, "date = \"2023-09-25\"\n", "", 1),
			file + `:1:1: date is missing (add a line: date = "2023-09-25", the event's date as the site writes it)`, 0},
		{"no match", strings.Replace(good, "match = \"explosion dépôt\"\n", "", 1),
			file + `:1:1: match is missing (add a line: match = "a few words of a sentence that reports the event": several events may share a date, the words pick one)`, 0},
		{"an empty match", strings.Replace(good, `"explosion dépôt"`, `""`, 1),
			file + `:3:9: match is empty (write: match = "explosion dépôt")`, 0},
		{"a match without a word", strings.Replace(good, `"explosion dépôt"`, `"« … »"`, 1),
			file + `:3:9: match: "« … »" has no word (write a few words of a sentence that reports the event)`, 0},
		{"neither headline nor summary", strings.Replace(good, "headline = \"Explosion d'un dépôt\"\n", "", 1),
			file + `:1:1: the entry has neither headline nor summary (add a line headline = "…", or summary = """…""", or both)`, 0},
		{"an empty headline", strings.Replace(good, `"Explosion d'un dépôt"`, `"  "`, 1),
			file + `:4:12: headline is empty (write it between the quotes, or remove the line)`, 0},
		{"a headline too long", strings.Replace(good, `"Explosion d'un dépôt"`, `"`+strings.Repeat("é", 141)+`"`, 1),
			file + `:4:12: headline: 141 characters, more than 140 (shorten it; say more in summary)`, 0},
		{"a headline of two lines", strings.Replace(good, `"Explosion d'un dépôt"`, "\"\"\"Explosion\nd'un dépôt\"\"\"", 1),
			file + `:4:12: headline: has a line break (write the headline on one line; the summary may have several)`, 0},
		{"a headline that is not text", strings.Replace(good, `"Explosion d'un dépôt"`, `["Explosion"]`, 1),
			file + `:4:12: headline: expected text between double quotes, found a list (write: headline = "Explosion d'un dépôt de carburant")`, 0},
		{"two entries with the same date and words, in another order", good + "\n" + strings.Replace(good, "explosion dépôt", "Dépôt, explosion", 1),
			file + `:8:9: match: the entry on line 1 has the same date and the same words (keep one of the two, or add words that tell the events apart)`, 1},
		{"HTML in a summary: a warning", good + "summary = \"Voir <b>ici</b>\"\n",
			file + `:5:11: warning: summary: HTML is left out of the page (write Markdown: **bold**, *italics*, [a link](https://…))`, 1},
		{"an error in one entry leaves the others", good + "\n[[event]]\ndate = \"2023-09-26\"\nheadline = \"h\"\n",
			file + `:6:1: match is missing (add a line: match = "a few words of a sentence that reports the event": several events may share a date, the words pick one)`, 1},
	} {
		entries, probs := Parse(file, []byte(tt.src))
		if got := probs.Error(); got != tt.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, got, tt.want)
		}
		if len(entries) != tt.entries {
			t.Errorf("%s: %d entries, want %d", tt.name, len(entries), tt.entries)
		}
	}
}

// TestMatches checks which sentences an entry's words pick.
func TestMatches(t *testing.T) {
	const sentence = "Lundi 25 septembre, l'explosion d'un dépôt de carburant près de Stepanakert a fait des dizaines de morts."
	for _, tt := range []struct {
		match string
		text  string
		want  bool
	}{
		{"explosion dépôt", sentence, true},
		{"DÉPÔT explosion", sentence, true},                  // any order, case and accents aside
		{"depot, explosion!", sentence, true},                // punctuation aside
		{"explos carbu", sentence, true},                     // the start of a word, four letters or more
		{"dépô", sentence, true},                             // four letters: a start
		{"exp", sentence, false},                             // three: a whole word only
		{"de", sentence, true},                               // a whole word
		{"explosion Erevan", sentence, false},                // every word is needed
		{"plosion", sentence, false},                         // the start of a word, not its middle
		{"Stepanakert morts", sentence, true},                // words apart in the sentence
		{"Haut-Karabakh", "Le Haut‑Karabakh se vide.", true}, // the hyphens split the same words
		{"accuse", "Erevan accuse Bakou de nettoyage ethnique.", true},
		{"accusé", "Erevan accuse Bakou de nettoyage ethnique.", true},
		{"accusation", "Erevan accuse Bakou de nettoyage ethnique.", false},
	} {
		e := Entry{Match: tt.match, Words: words(tt.match)}
		if got := e.Matches(tt.text); got != tt.want {
			t.Errorf("%q in %q: %v, want %v", tt.match, tt.text, got, tt.want)
		}
	}
	if (Entry{}).Matches(sentence) {
		t.Error("an entry without words matches")
	}
}

// TestReadmeExample reads the example of the editor's guide: it has no
// problem, and picks the sentence it says it picks.
func TestReadmeExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "### 5. Write an event's headline")
	_, block, ok2 := strings.Cut(section, "```toml\n")
	block, _, ok3 := strings.Cut(block, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal("no TOML example under the README's \"Write an event's headline\"")
	}
	entries, probs := Parse(file, []byte(block))
	if len(probs) > 0 || len(entries) != 1 {
		t.Fatalf("%d entries, problems:\n%v", len(entries), probs)
	}
	if !entries[0].Matches("Un dépôt de carburant a explosé près de Stepanakert : l'explosion a fait des dizaines de morts.") {
		t.Errorf("the example's words %q pick no sentence of the explosion", entries[0].Match)
	}
}
