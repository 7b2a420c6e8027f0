package review

import (
	"strings"
	"testing"

	"timeline/internal/content"
	"timeline/internal/timeline"
)

// TestWarnings checks the warnings of an article's dates, one sentence
// each, in an article published on Saturday 10 October 2020: only what
// is likely wrong is a warning, with its line, column and how to fix it.
func TestWarnings(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		front    string // front matter lines after the facts
		want     string // the warning, "" for none
		flags    string // the flags of the date's mark, joined by |
	}{
		{"a date before publication, its year in the text", "Le 27 septembre 2020, l'offensive a commencé.", "", "", ""},
		{"a year taken from the publication, a few months away", "Le 3 juin, un accord a été signé.", "", "", ""},
		{"a weekday of the week", "Mardi, deux villages ont été bombardés.", "", "", ""},
		{"a year taken from the publication, far away", "Le 28 décembre, la route a été coupée.", "",
			"content/x.md:5:1: “Le 28 décembre” → 2019-12-28: the text gives no year, and the one the program chose puts it 10 months from the publication (2020-10-10) (check the year: set the right date with [[fix]])",
			farYear},
		{"a month without its year, far away", "En décembre, le blocus a commencé.", "",
			"content/x.md:5:4: “décembre” → 2019-12: the text gives no year, and the one the program chose puts it 10 months from the publication (2020-10-10) (check the year: set the right date with [[fix]])",
			farYear},
		{"a count back takes no year", "Le blocus est imposé depuis neuf mois par Bakou.", "", "", ""},
		{"an event after publication", "L'accord a été signé le 20 octobre 2020 à Moscou.", "",
			"content/x.md:5:25: “le 20 octobre 2020” → 2020-10-20, after the article's publication (2020-10-10), in a sentence that reports it as done (check the day and the year: set the right date with [[fix]], or drop the expression with ignore)",
			afterPublished},
		{"an announcement after publication", "Le sommet doit se tenir le 15 octobre à Moscou.", "", "", ""},
		{"an English announcement", "The talks will resume on October 15 in Geneva, officials said.", "", "", ""},
		// Lines of furniture ("Màj. le 9 oct. 2020 à 08h12", "YEREVAN, Oct
		// 9 (Reuters) -") never reach the review: content drops them
		// (TestBoilerplate, TestDatelines); TestWarningFurniture gives one
		// that got through.
		{"a short sentence has its verb", "Hier, Bakou a riposté.", "", "", ""},
		{"a date the editor set is not questioned", "L'accord a été signé le 20 octobre 2020 à Moscou.",
			"[[fix]]\nexpression = \"le 20 octobre 2020\"\ndate = \"2020-10-20\"\n", "", fixedFlag},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "+++\ntitle = \"x\"\npublished = 2020-10-10\n" + tt.front + "+++\n" + tt.sentence + "\n"
			a, probs := content.Parse("content/x.md", []byte(src), content.Options{Language: "fr"})
			if a == nil {
				t.Fatal(probs)
			}
			x := timeline.Extract(a, nil)
			if len(x.Mentions) == 0 {
				t.Fatal("no mention")
			}
			got := strings.Join(warnings(a, x, nil, ""), "\n")
			if got != tt.want {
				t.Errorf("warnings:\n%s\nwant:\n%s", got, tt.want)
			}
			var flags []string
			for _, f := range check(x.Mentions[0], a, x.Mentions, "") {
				flags = append(flags, f.flag)
			}
			if strings.Join(flags, "|") != tt.flags {
				t.Errorf("flags %q, want %q", strings.Join(flags, "|"), tt.flags)
			}
		})
	}
}

// TestWarningFurniture checks that a date read from a line that looks
// like page furniture is a warning: the extraction drops most, and the
// review points at those it kept.
func TestWarningFurniture(t *testing.T) {
	a, _ := content.Parse("content/x.md", []byte("+++\ntitle = \"x\"\npublished = 2020-10-10\n+++\nLe texte.\n"), content.Options{Language: "fr"})
	m := timeline.Mention{Sentence: "Mis à jour le 9 octobre 2020 à 14h38", Start: 11, End: 28, Expression: "le 9 octobre 2020",
		Date: a.Day(), Line: 5, Col: 12}
	m.Date.Day = 9
	got := strings.Join(warnings(a, timeline.Extraction{Mentions: []timeline.Mention{m}}, nil, ""), "\n")
	want := `content/x.md:5:12: “le 9 octobre 2020” → 2020-10-09 comes from a line that looks like page furniture, not article text (a date or time line, a byline, a caption, a button): if it is, drop it with ignore = ["le 9 octobre 2020"]`
	if got != want {
		t.Errorf("warnings:\n%s\nwant:\n%s", got, want)
	}
	// On a French site, in French.
	got = strings.Join(warnings(a, timeline.Extraction{Mentions: []timeline.Mention{m}}, nil, "fr"), "\n")
	want = `content/x.md:5:12: « le 9 octobre 2020 » → 2020-10-09 vient d’une ligne qui ressemble à l’habillage de la page plutôt qu’au texte de l’article (une ligne de date ou d’heure, une signature, une légende, un bouton) : si c’en est une, écartez-la avec ignore = ["le 9 octobre 2020"]`
	if got != want {
		t.Errorf("warnings:\n%s\nwant:\n%s", got, want)
	}
}
