package content

import (
	"strings"
	"testing"
)

// TestByline has a row for each form of the lines a page prints around the
// text to say who wrote it and when, and for the article sentences that
// look like them and stay.
func TestByline(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		// A date or time alone, with or without its label.
		{"date and time", "6 avril 2016, 14:38", true},
		{"a weekday and a date", "Mardi 19 septembre 2023", true},
		{"digits only", "17/10/2020 14:38", true},
		{"published", "Publié le 6 avril 2016 à 14h38", true},
		{"updated, abbreviated", "Màj. le 17 oct. 2020", true},
		{"last update, a time alone", "Dernière mise à jour à 09h59", true},
		{"published and updated", "Publié le vendredi 16 octobre 2020 à 14h38 - Mis à jour le 17 octobre 2020 à 09h59", true},
		{"refreshed", "Actualisé le 28/09/2023 à 07:15", true},
		{"a time zone", "Le 17 octobre 2020 à 14:38 GMT+02:00", true},
		{"Paris time", "17 octobre 2020 à 14h38 (heure de Paris)", true},
		{"a relative stamp", "Il y a 3 heures", true},
		{"published, a time in IST", "Published 22:35 IST", true},
		{"updated in English", "Updated Oct 17, 2020, 10:32 a.m. GMT+4", true},
		{"last modified", "Last modified on Sat 17 Oct 2020 10.32 BST", true},
		{"posted on", "Posted on 17 October 2020", true},
		{"an ordinal date", "October 5th 2020 at 2:38 pm", true},
		// Authors.
		{"an author", "Par Jean Dupont", true},
		{"two authors and their role", "Par Jean Dupont et Marie Martin, envoyés spéciaux à Stepanakert", true},
		{"authors in English", "By Jane Roe and John Doe", true},
		{"an author with a date", "By Jane Roe | October 17, 2020", true},
		{"the outlet, an agency, a date", "Le Monde avec AFP Publié le 27 septembre 2020 à 14h38", true},
		// Reading time.
		{"reading time", "Lecture 3 min", true},
		{"reading time with a label", "Temps de lecture : 4 min", true},
		{"reading time in English", "2 min read", true},
		// Article text.
		{"a sentence with a date", "Le 19 septembre 2023, l'armée azerbaïdjanaise a lancé une offensive.", false},
		{"par in a sentence", "Par ailleurs, la Russie a appelé au calme.", false},
		{"by in a sentence", "By Tuesday, troops had withdrawn from the town.", false},
		{"a count", "2 000 morts", false},
		{"a heading with a date", "19 septembre 2023 : l'offensive éclair", false},
		{"a label in a heading", "Lecture : le texte intégral de l'accord", false},
		{"a name alone", "Nikol Pachinian", false},
		{"a short dated sentence", "Les combats ont repris le 12 septembre 2022 à l'aube.", false},
	}
	for _, tt := range tests {
		j := &judger{foutlet: key("Le Monde")}
		j.f = appendFold(nil, tt.line)
		j.k, _ = appendKey(nil, j.f, -1)
		if got := j.byline(tt.line); got != tt.want {
			t.Errorf("%s: byline(%q) = %v, want %v", tt.name, tt.line, got, tt.want)
		}
	}
}

// TestCheckPublished checks the warning a page's own date gives when it
// disagrees with front matter's published, and that it gives none when
// the two agree or the date is not the page's.
func TestCheckPublished(t *testing.T) {
	tests := []struct {
		name, published, body string
		want                  string // the warning, "" for none
	}{
		{"a day later is the same day somewhere", "2020-10-16", "Publié le 17 octobre 2020 à 01h10\n\nLe texte.\n", ""},
		{"updated two days later", "2020-10-16", "Màj. le 18 oct. 2020\n\nLe texte.\n", ""}, // no disagreement
		{"published two days later", "2020-10-16", "Le texte.\n\nPublié le 18 octobre 2020 à 14h38\n",
			"content/x.md:9:9: warning: the page says it was published on 18 October 2020 but published = 2020-10-16 (check the date in front matter)"},
		{"published a year before", "2021-10-16", "6 octobre 2020, 14:38\n\nLe texte.\n",
			"content/x.md:7:1: warning: the page says it was published on 6 October 2020 but published = 2021-10-16 (check the date in front matter)"},
		{"updated before publication", "2020-10-16", "Updated Oct 10, 2020, 10:32 a.m.\n\nThe text.\n",
			"content/x.md:7:9: warning: the page says it was updated on 10 October 2020, before published = 2020-10-16 (check the date in front matter)"},
		{"published, then updated", "2020-10-16", "Publié le 16 octobre 2020 à 14h38 - Mis à jour le 19 octobre 2020 à 09h59\n\nLe texte.\n", ""},
		{"a time alone is the day the page was read", "2020-10-16", "Published 22:35 IST\n\nThe text.\n", ""},
		{"a relative stamp", "2020-10-16", "Publié hier à 14h38\n\nLe texte.\n", ""},
		{"a date without its year", "2020-11-10", "Lundi 3 mai\n\nLe texte.\n", ""},
		{"a date in the text is not the page's", "2020-10-16", "Le 19 septembre 2019, l'armée a attaqué.\n", ""},
	}
	for _, tt := range tests {
		src := "+++\ntitle = \"Un titre\"\npublished = " + tt.published + "\nlanguage = \"fr\"\n+++\n\n" + tt.body
		_, probs := Parse("content/x.md", []byte(src), Options{})
		var got []string
		for _, p := range probs {
			got = append(got, p.Error())
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
