package content

import (
	"reflect"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the zones of TestAfterToday, on any machine

	"timeline/internal/dates"
)

var opt = Options{Language: "fr", Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}

func TestParse(t *testing.T) {
	a, probs := Parse("content/2023-09-20-offensive.md", []byte(`+++
title = "L'offensive"
source = "Le Monde"
url = "https://www.lemonde.fr/a"
published = 2023-09-20
ignore = ["depuis 2016"]

[[event]]
date = "2023-09"
text = "Le blocus se durcit."
+++
Close
Le 19 septembre, l'armée a attaqué.
`), opt)
	if len(probs) > 0 {
		t.Fatalf("unexpected problems: %v", probs)
	}
	if a.Slug != "2023-09-20-offensive" || a.Title != "L'offensive" || a.Outlet != "Le Monde" || a.Language != "fr" {
		t.Errorf("fields: %+v", a)
	}
	if got := a.Day().String(); got != "2023-09-20" {
		t.Errorf("published = %s", got)
	}
	if len(a.Events) != 1 || a.Events[0].Date.String() != "2023-09" || a.Events[0].Line != 8 {
		t.Errorf("events = %+v", a.Events)
	}
	if len(a.Sentences) != 1 || a.Sentences[0].Line != 13 {
		t.Errorf("sentences = %+v", a.Sentences)
	}
	if a.IgnoreAt != 6 {
		t.Errorf("IgnoreAt = %d", a.IgnoreAt)
	}
}

// TestParseCorrections checks that [[fix]] and [[speaker]] tables are
// read with their lines, a speaker "" kept as "no one".
func TestParseCorrections(t *testing.T) {
	a, probs := Parse("content/x.md", []byte(`+++
title = "x"
published = 2020-10-10

[[fix]]
expression = " samedi minuit "
date = "2020-10-11"

[[fix]]
expression = "samedi"
sentence = "le cessez-le-feu"
date = 2020-10-03

[[speaker]]
sentence = "les combats reprendront"
speaker = "le ministère arménien de la Défense"

[[speaker]]
sentence = "signé samedi"
speaker = ""
+++
Les combats reprendront samedi minuit. Le cessez-le-feu, signé samedi, n'a pas tenu.
`), opt)
	if a == nil || len(probs) > 0 {
		t.Fatalf("problems: %v", probs)
	}
	want := []Fix{
		{Expression: "samedi minuit", Date: dates.MakeDay(2020, 10, 11), Line: 5},
		{Expression: "samedi", Sentence: "le cessez-le-feu", Date: dates.MakeDay(2020, 10, 3), Line: 9},
	}
	if !reflect.DeepEqual(a.Fixes, want) {
		t.Errorf("fixes = %+v\nwant %+v", a.Fixes, want)
	}
	wantSp := []Speaker{
		{Sentence: "les combats reprendront", Speaker: "le ministère arménien de la Défense", Line: 14},
		{Sentence: "signé samedi", Line: 18},
	}
	if !reflect.DeepEqual(a.Speakers, wantSp) {
		t.Errorf("speakers = %+v\nwant %+v", a.Speakers, wantSp)
	}
}

// TestParseProblems lists what an editor can get wrong in front matter and
// the message that tells them where and how to fix it.
func TestParseProblems(t *testing.T) {
	const path = "content/x.md"
	tests := []struct {
		name  string
		input string
		want  string // the first problem, as printed
		fails bool   // the article is refused
	}{
		{"empty file", "", "content/x.md: the file is empty", true},
		{"no front matter", "Un texte.\n", "content/x.md:1:1: the file does not start with +++", true},
		{"front matter never closed", "+++\ntitle = \"x\"\npublished = 2023-01-01\nLe texte.\n", "content/x.md:1:1: the front matter opened by +++ on line 1 is never closed", true},
		{"invalid TOML", "+++\ntitle = \"x\npublished = 2023-01-01\n+++\n", "content/x.md:2:", true},
		{"missing published", "+++\ntitle = \"x\"\n+++\nLe 3 mai.\n", "content/x.md:2:1: published is missing (add a line: published = YYYY-MM-DD)", true},
		{"a day that does not exist", "+++\ntitle = \"x\"\npublished = 2023-02-30\n+++\n", `content/x.md:3:13: published: 2023-02-30 is not a day of the calendar: February 2023 has 28 days`, true},
		{"a word for a date", "+++\ntitle = \"x\"\npublished = \"yesterday\"\n+++\n", `content/x.md:3:13: published: "yesterday" is not a date (write the day year first, in figures, without quotes: published = YYYY-MM-DD)`, true},
		{"a number for a date", "+++\ntitle = \"x\"\npublished = 2023\n+++\n", "content/x.md:3:13: published: expected a date, found the number 2023", true},
		{"in the future", "+++\ntitle = \"x\"\npublished = 2030-01-01\n+++\n", "content/x.md:3:13: published: 2030-01-01 is after today, 2026-01-01 (UTC) (check the year)", true},
		{"a draft", "+++\ntitle = \"x\"\npublished = 2023-01-01\ndraft = true\n+++\nLe texte.\n", "", false},
		{"a draft in quotes", "+++\ntitle = \"x\"\npublished = 2023-01-01\ndraft = \"true\"\n+++\n", `content/x.md:4:9: draft: "true" between quotes is text, not true or false (write draft = true, without quotes)`, true},
		{"a draft that is neither", "+++\ntitle = \"x\"\npublished = 2023-01-01\ndraft = 1\n+++\n", "content/x.md:4:9: draft: expected true or false", true},
		{"a misspelt draft", "+++\ntitle = \"x\"\npublished = 2023-01-01\ndraf = true\n+++\nLe texte.\n", "content/x.md:4:8: warning: unknown key draf — did you mean draft?", false},
		{"a javascript URL", "+++\ntitle = \"x\"\npublished = 2023-01-01\nurl = \"javascript:alert(1)\"\n+++\n", `content/x.md:4:7: url: "javascript:alert(1)" is not an http or https address`, true},
		{"a URL with spaces", "+++\ntitle = \"x\"\npublished = 2023-01-01\nurl = \"https://a.org/un article\"\n+++\n", "content/x.md:4:7: url: \"https://a.org/un article\" contains spaces", true},
		{"a slug leaving the folder", "+++\ntitle = \"x\"\npublished = 2023-01-01\nslug = \"../x\"\n+++\n", `content/x.md:4:8: slug: "../x" cannot be used in a web address`, true},
		{"a slug with a slash", "+++\ntitle = \"x\"\npublished = 2023-01-01\nslug = \"a/b\"\n+++\n", `content/x.md:4:8: slug: "a/b" cannot be used`, true},
		{"a title of the wrong type", "+++\ntitle = 3\npublished = 2023-01-01\n+++\n", "content/x.md:2:9: title: expected text between double quotes, found the number 3", true},
		{"an unknown key", "+++\ntitle = \"x\"\npubished = 2023-01-01\npublished = 2023-01-01\n+++\nLe texte.\n", "content/x.md:3:12: warning: unknown key pubished — did you mean published?", false},
		{"a datetime with an offset keeps its day", "+++\ntitle = \"x\"\npublished = 2023-09-20T01:00:00+04:00\n+++\nLe texte.\n", "", false},
		{"a bad event time", "+++\ntitle = \"x\"\npublished = 2023-01-01\n[[event]]\ndate = 2022-12-01\ntext = \"a\"\ntime = \"25:00\"\n+++\n", `content/x.md:7:8: time: "25:00" is not a time of day`, true},
		{"an event without a date", "+++\ntitle = \"x\"\npublished = 2023-01-01\n[[event]]\ntext = \"a\"\n+++\n", "content/x.md:4:1: date is missing", true},
		{"a fix without its expression", "+++\ntitle = \"x\"\npublished = 2023-01-01\n[[fix]]\ndate = \"2022-12\"\n+++\n", `content/x.md:4:1: expression is missing (add a line: expression = "samedi minuit" (the expression as the text writes it))`, true},
		{"a fix without its date", "+++\ntitle = \"x\"\npublished = 2023-01-01\n[[fix]]\nexpression = \"samedi\"\n+++\n", "content/x.md:4:1: date is missing (add a line: date = YYYY-MM-DD)", true},
		{"a fix with a date that is not one", "+++\ntitle = \"x\"\npublished = 2023-01-01\n[[fix]]\nexpression = \"samedi\"\ndate = \"2022-13-01\"\n+++\n", "content/x.md:6:8: date: ", true},
		{"a fix with a misspelt key", "+++\ntitle = \"x\"\npublished = 2023-01-01\n[[fix]]\nexpression = \"samedi\"\ndate = 2022-12-03\nsentense = \"les combats\"\n+++\n", "content/x.md:7:12: warning: unknown key sentense — did you mean sentence?", false},
		{"a speaker without its speaker", "+++\ntitle = \"x\"\npublished = 2023-01-01\n[[speaker]]\nsentence = \"les combats\"\n+++\n", `content/x.md:4:1: speaker is missing (add a line: speaker = "le ministère arménien de la Défense", or speaker = "" when no one speaks)`, true},
		{"a speaker without its sentence", "+++\ntitle = \"x\"\npublished = 2023-01-01\n[[speaker]]\nspeaker = \"\"\n+++\n", `content/x.md:4:1: sentence is missing (add a line: sentence = "a few words of the sentence")`, true},
		{"only front matter", "+++\ntitle = \"x\"\npublished = 2023-01-01\n+++\n", "", false},
		{"invalid UTF-8", "+++\ntitle = \"x\"\npublished = 2023-01-01\n+++\nLe \xff texte.\n", "content/x.md:5: warning: invalid UTF-8 bytes replaced", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, probs := Parse(path, []byte(tt.input), opt)
			if (a == nil) != tt.fails {
				t.Errorf("refused = %v, want %v (problems: %v)", a == nil, tt.fails, probs)
			}
			if tt.want == "" {
				if len(probs) > 0 {
					t.Errorf("unexpected problems: %v", probs)
				}
				return
			}
			if len(probs) == 0 || !strings.HasPrefix(probs[0].Error(), tt.want) {
				t.Errorf("got %v\nwant a first problem starting with %q", probs, tt.want)
			}
		})
	}
}

// TestDraft: draft = true marks the article; without the key it is
// published.
func TestDraft(t *testing.T) {
	for _, tt := range []struct {
		front string
		want  bool
	}{
		{"", false},
		{"draft = true\n", true},
		{"draft = false\n", false},
	} {
		a, probs := Parse("content/x.md", []byte("+++\ntitle = \"x\"\npublished = 2023-01-01\n"+tt.front+"+++\nLe texte.\n"), opt)
		if a == nil || len(probs) > 0 {
			t.Fatalf("%q: refused or warned: %v", tt.front, probs)
		}
		if a.Draft != tt.want {
			t.Errorf("%q: Draft = %v, want %v", tt.front, a.Draft, tt.want)
		}
	}
}

// TestAfterToday: "in the future" is after the editor's today, the
// calendar day of the build's "now" in the editor's time zone — not in
// UTC, where it is still yesterday for an editor east of Greenwich.
func TestAfterToday(t *testing.T) {
	kiritimati := zone(t, "Pacific/Kiritimati") // UTC+14
	yerevan := zone(t, "Asia/Yerevan")          // UTC+4
	honolulu := zone(t, "Pacific/Honolulu")     // UTC-10
	tests := []struct {
		name      string
		published string
		now       time.Time
		after     bool
		today     string // Today(now)
	}{
		{"Kiritimati, 9 a.m. on the 8th (19:00 on the 7th in UTC): the 8th is today",
			"2026-12-08", time.Date(2026, 12, 8, 9, 0, 0, 0, kiritimati), false, "2026-12-08 (Pacific/Kiritimati)"},
		{"Kiritimati, the next day is still in the future",
			"2026-12-09", time.Date(2026, 12, 8, 9, 0, 0, 0, kiritimati), true, "2026-12-08 (Pacific/Kiritimati)"},
		{"Yerevan, 1 a.m.: today already", "2026-12-08", time.Date(2026, 12, 8, 1, 0, 0, 0, yerevan), false, "2026-12-08 (Asia/Yerevan)"},
		{"Honolulu, 8 p.m. on the 7th (the 8th in UTC): the 8th is tomorrow",
			"2026-12-08", time.Date(2026, 12, 7, 20, 0, 0, 0, honolulu), true, "2026-12-07 (Pacific/Honolulu)"},
		{"UTC, midnight", "2026-12-08", time.Date(2026, 12, 8, 0, 0, 0, 0, time.UTC), false, "2026-12-08 (UTC)"},
		{"a zone without a name gives its offset", "2026-12-08", time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("", 14*3600)), false, "2026-12-08 (UTC+14:00)"},
		{"an abbreviation is kept", "2026-12-08", time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CET", 3600)), false, "2026-12-08 (CET)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := dates.ParseEDTF(tt.published)
			if err != nil {
				t.Fatal(err)
			}
			if got := AfterToday(d, tt.now); got != tt.after {
				t.Errorf("AfterToday(%s, %v) = %v, want %v", d, tt.now, got, tt.after)
			}
			if got := Today(tt.now); got != tt.today {
				t.Errorf("Today = %q, want %q", got, tt.today)
			}
			_, probs := Parse("content/x.md", []byte("+++\ntitle = \"x\"\npublished = "+tt.published+"\n+++\nLe texte.\n"), Options{Language: "fr", Now: tt.now})
			want := ""
			if tt.after {
				want = "content/x.md:3:13: published: " + tt.published + " is after today, " + tt.today + " (check the year)"
			}
			if got := probs.Error(); got != want {
				t.Errorf("Parse: %q, want %q", got, want)
			}
		})
	}
	// time.Local is named "Local" whatever the machine's zone: its offset
	// says which it is.
	if z := Zone(time.Date(2026, 12, 8, 9, 0, 0, 0, time.Local)); !strings.HasPrefix(z, "UTC") {
		t.Errorf("Zone(time.Local) = %q, want its offset from UTC", z)
	}
}

// zone loads a time zone from the database embedded in the test binary
// (time/tzdata), whatever the machine has.
func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestParseNormalizes(t *testing.T) {
	in := "\ufeff+++\r\ntitle = \"x\"\r\npublished = 2023-01-01\r\n+++\r\nLe\u200b 3 mai,\u200f l'armée\u00a0a tiré.\rElle a reculé.\r\n"
	a, probs := Parse("content/x.md", []byte(in), opt)
	if a == nil {
		t.Fatalf("refused: %v", probs)
	}
	var got []string
	for _, s := range a.Sentences {
		got = append(got, s.Text)
	}
	want := []string{"Le 3 mai, l'armée\u00a0a tiré.", "Elle a reculé."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences = %q, want %q", got, want)
	}
	if a.Sentences[1].Line != 6 {
		t.Errorf("line of the second sentence = %d, want 6", a.Sentences[1].Line)
	}
}

func TestMarkdownText(t *testing.T) {
	in := "+++\ntitle = \"x\"\npublished = 2023-01-01\n+++\nUn *texte* avec [un lien](javascript:alert(1)) et <script>alert(1)</script>.\n\n<div onclick=\"x\">bloc</div>\n\nFin &lt;script&gt;.\n"
	a, _ := Parse("content/x.md", []byte(in), opt)
	var kept, dropped []string
	for _, l := range a.Lines {
		if l.Drop == "" {
			kept = append(kept, l.Text)
		} else {
			dropped = append(dropped, l.Drop)
		}
	}
	want := []string{"Un texte avec un lien et alert(1).", "Fin <script>."}
	if strings.Join(kept, "|") != strings.Join(want, "|") {
		t.Errorf("kept = %q, want %q", kept, want)
	}
	if strings.Join(dropped, "|") != DropHTML {
		t.Errorf("dropped = %q", dropped)
	}
}

func TestHasInvisible(t *testing.T) {
	const list = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad"
	tests := []string{
		"Le 3 mai, l'armée a tiré.",                  // plain French: none
		"« l’armée\u00a0a tiré » — 20\u202f%",        // look-alikes that start with the same bytes: none
		"\u00a0\u00ab\u00bb\u2019\u2014\u2026\ufb01", // C2, E2 and EF characters that are visible
		"",
	}
	for _, r := range list {
		tests = append(tests, "Le"+string(r)+" 3 mai", string(r)) // each invisible one, inside and alone
	}
	for _, s := range tests {
		if got, want := hasInvisible(s), strings.ContainsAny(s, list); got != want {
			t.Errorf("hasInvisible(%q) = %v, want %v", s, got, want)
		}
	}
}
