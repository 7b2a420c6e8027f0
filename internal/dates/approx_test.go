package dates

import (
	"strings"
	"testing"
	"time"
)

// markCase is one sentence in a language, the publication date of its
// article, and what it must say of each of its expressions.
type markCase struct {
	name, lang, pub, in string
	want                []string
}

// runMarks tags each case's sentence alone in its document and compares what
// show writes of its expressions with the case's.
func runMarks(t *testing.T, cases []markCase, show func(Expr) string) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pub, err := time.Parse("2006-01-02", c.pub)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range NewDoc(pub, c.lang).Tag(c.in) {
				got = append(got, show(e))
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.in, got, c.want)
			}
		})
	}
}

// TestApprox checks which values are approximate, written "words → value",
// with "~" after an approximate value as EDTF writes it.
func TestApprox(t *testing.T) {
	runMarks(t, []markCase{
		// Durations counted back in months, years and decades are rounded.
		{"'depuis près de' years", "fr", "2023-09-20",
			"Le Haut-Karabakh est disputé depuis près de 34 ans.",
			[]string{"près de 34 ans → 1989~"}},
		{"'il y a' years", "fr", "2023-09-20",
			"Il y a 30 ans, l'Arménie prenait le contrôle de la région.",
			[]string{"Il y a 30 ans → 1993~"}},
		{"decades give a decade, which holds their rounding", "fr", "2024-03-01",
			"Les deux pays se disputent l'enclave depuis trois décennies.",
			[]string{"trois décennies → 199X"}},
		{"'depuis plus de' years", "fr", "2023-09-20",
			"Les réfugiés attendent leur retour depuis plus de trente ans.",
			[]string{"plus de trente ans → 1993~"}},
		{"a rough count: 'une vingtaine d'années'", "fr", "2023-09-20",
			"Le village a été vidé il y a une vingtaine d'années.",
			[]string{"il y a une vingtaine d'années → 2003~"}},
		{"months are rounded too", "fr", "2023-09-20",
			"Le corridor de Latchine est bloqué depuis neuf mois.",
			[]string{"neuf mois → 2022-12~"}},
		{"weeks give a month, rounded", "fr", "2023-09-20",
			"Le convoi humanitaire est arrivé il y a deux semaines.",
			[]string{"il y a deux semaines → 2023-09~"}},
		{"the seed's 'depuis trente-deux ans' keeps its year", "fr", "2023-09-20",
			"L'enclave échappe depuis trente-deux ans au contrôle de Bakou.",
			[]string{"trente-deux ans → 1991~"}},
		{"'ces N dernières années' counts back", "fr", "2023-09-20",
			"Ces trente dernières années, la région a connu trois guerres.",
			[]string{"Ces trente dernières années → 1993~"}},
		{"'au cours des N derniers mois'", "fr", "2023-09-20",
			"Au cours des six derniers mois, les pénuries se sont aggravées.",
			[]string{"six derniers mois → 2023-03~"}},
		// Days are exact, unless the count is vague.
		{"days counted back are exact", "fr", "2023-09-20",
			"Les combats ont repris il y a trois jours.",
			[]string{"il y a trois jours → 2023-09-17"}},
		{"a vague count of days is approximate", "fr", "2023-09-20",
			"Les combats ont repris il y a environ trois jours.",
			[]string{"il y a environ trois jours → 2023-09-17~"}},
		{"'une dizaine de jours' is approximate", "fr", "2023-09-20",
			"Les pourparlers sont suspendus depuis une dizaine de jours.",
			[]string{"une dizaine de jours → 2023-09-10~"}},
		{"'jour pour jour' names the day", "fr", "2023-09-20",
			"Il y a trente ans jour pour jour, la ville tombait.",
			[]string{"Il y a trente ans jour pour jour → 1993-09-20"}},
		{"'exactement' takes the rounding away", "fr", "2023-09-20",
			"Le cessez-le-feu a été signé il y a exactement un an.",
			[]string{"il y a exactement un an → 2022"}},
		// What the text states is never approximate.
		{"'depuis' a day", "fr", "2020-10-06",
			"Les combats font rage depuis le 27 septembre.",
			[]string{"le 27 septembre → 2020-09-27"}},
		{"'depuis' a year", "fr", "2023-09-20",
			"Un cessez-le-feu est en vigueur depuis 1994.",
			[]string{"1994 → 1994"}},
		{"'en' a year", "fr", "2023-09-20",
			"La région a proclamé son indépendance en 1991.",
			[]string{"1991 → 1991"}},
		{"'l'an dernier' is not a duration", "fr", "2023-09-20",
			"L'an dernier, le corridor a été fermé.",
			[]string{"L'an dernier → 2022"}},
		{"no count, no date", "fr", "2023-09-20",
			"Le conflit dure depuis des décennies.",
			nil},
		// Vague durations give no date (issue 18): a count the text does
		// not give is no count.
		{"'depuis des années'", "fr", "2024-03-01",
			"Les deux pays se disputent l'enclave depuis des années.",
			nil},
		{"'depuis longtemps'", "fr", "2024-03-01",
			"Les deux pays se disputent l'enclave depuis longtemps.",
			nil},
		{"'depuis plusieurs années'", "fr", "2024-03-01",
			"Les deux pays se disputent l'enclave depuis plusieurs années.",
			nil},
		{"'il y a quelques années'", "fr", "2024-03-01",
			"Le village a été vidé il y a quelques années.",
			nil},
		{"the last years of something else", "fr", "2023-09-20",
			"Il a passé les trois dernières années de sa vie en exil.",
			nil},

		{"years ago", "en", "2023-09-20",
			"The war broke out 30 years ago.",
			[]string{"30 years ago → 1993~"}},
		{"'some' years ago", "en", "2023-09-20",
			"Armenian forces took the city some 30 years ago.",
			[]string{"some 30 years ago → 1993~"}},
		{"'more than' years ago", "en", "2023-09-20",
			"The first refugees left more than 30 years ago.",
			[]string{"more than 30 years ago → 1993~"}},
		{"the perfect with 'for' counts back", "en", "2023-09-20",
			"Armenia has controlled the region for nearly three decades.",
			[]string{"nearly three decades → 199X"}},
		{"'over the past' years", "en", "2023-09-20",
			"Over the past 30 years, the region has changed hands twice.",
			[]string{"the past 30 years → 1993~"}},
		{"'a dozen years ago'", "en", "2023-09-20",
			"The talks collapsed a dozen years ago.",
			[]string{"a dozen years ago → 2011~"}},
		{"months ago", "en", "2023-09-20",
			"The region was cut off nine months ago.",
			[]string{"nine months ago → 2022-12~"}},
		{"days ago are exact", "en", "2023-09-20",
			"Two soldiers were killed two days ago.",
			[]string{"two days ago → 2023-09-18"}},
		{"'to the day' names the day", "en", "2023-09-20",
			"The city fell 30 years ago to the day.",
			[]string{"30 years ago to the day → 1993-09-20"}},
		{"'exactly' takes the rounding away", "en", "2023-09-20",
			"The truce was signed exactly a year ago.",
			[]string{"exactly a year ago → 2022"}},
		{"'since' a year is exact", "en", "2023-09-20",
			"A ceasefire has held since 1994.",
			[]string{"1994 → 1994"}},
		{"'for three decades' with the perfect: a decade", "en", "2024-03-01",
			"Armenia has held the region for three decades.",
			[]string{"three decades → 199X"}},
		{"'for years' gives no date", "en", "2024-03-01",
			"The two countries have disputed the enclave for years.",
			nil},
		{"'decades ago' gives no date", "en", "2024-03-01",
			"The village was emptied decades ago.",
			nil},
		{"'for several decades' gives no date", "en", "2024-03-01",
			"The enclave has been disputed for several decades.",
			nil},
		{"'for' without the perfect dates nothing", "en", "2023-09-20",
			"He was jailed for three years.",
			nil},
		{"the last days of something else", "en", "2023-09-20",
			"The last two days of the campaign were quiet.",
			nil},
	}, func(e Expr) string {
		s := e.Text + " → " + e.Value.String()
		if e.Approx {
			s += "~"
		}
		return s
	})
}
