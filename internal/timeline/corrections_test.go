package timeline

import (
	"strings"
	"testing"

	"timeline/internal/content"
)

// TestCorrections checks what the editor's corrections in front matter do
// to the mentions of an article published on Saturday 10 October 2020,
// and what an editor is told when one matches no sentence or several.
// Each mention is written date|expression|speaker, with |fixed when the
// editor set its date.
func TestCorrections(t *testing.T) {
	// unchanged are the mentions of body without a correction.
	unchanged := []string{"2020-10-10|samedi minuit|le ministère", "2020-10-10|samedi|les observateurs", "2021-05|mai|le porte-parole"}
	const body = `Les combats reprendront samedi minuit, a déclaré le ministère.
Le cessez-le-feu, signé samedi, n'a pas tenu, selon les observateurs.
Le convoi est reparti au petit matin du jour suivant.
Il faut maintenant attendre la réunion prévue en mai, a dit le porte-parole.
`
	tests := []struct {
		name  string
		front string // the front matter's corrections
		body  string // "" for body
		want  []string
		probs []string
	}{
		{"no correction", "", "", unchanged, nil},
		{"a fix sets the date of an expression", `
[[fix]]
expression = "samedi minuit"
date = "2020-10-11"
`, "", []string{
			"2020-10-11|samedi minuit|le ministère|fixed",
			"2020-10-10|samedi|les observateurs",
			"2021-05|mai|le porte-parole",
		}, nil},
		{"capitals and accents do not count", `
[[fix]]
expression = "Samedi Minuit"
date = 2020-10-11
`, "", []string{
			"2020-10-11|samedi minuit|le ministère|fixed",
			"2020-10-10|samedi|les observateurs",
			"2021-05|mai|le porte-parole",
		}, nil},
		{"a fix dates an expression the program missed", `
[[fix]]
expression = "au petit matin du jour suivant"
date = "2020-10-09"
`, "", []string{
			"2020-10-10|samedi minuit|le ministère",
			"2020-10-10|samedi|les observateurs",
			"2020-10-09|au petit matin du jour suivant||fixed",
			"2021-05|mai|le porte-parole",
		}, nil},
		{"a fix may set a coarser date", `
[[fix]]
expression = "mai"
date = "2020-05"
`, "", []string{
			"2020-10-10|samedi minuit|le ministère",
			"2020-10-10|samedi|les observateurs",
			"2020-05|mai|le porte-parole|fixed",
		}, nil},
		{"an expression in two sentences needs words of one", `
[[fix]]
expression = "samedi"
date = "2020-10-03"
`, "", unchanged, []string{
			`content/x.md:4: warning: [[fix]]: "samedi" stands in 2 sentences, on lines 8 and 9 (add sentence = "a few words" of the one you mean)`,
		}},
		{"the words of a sentence pick it", `
[[fix]]
expression = "samedi"
sentence = "cessez-le-feu, signé"
date = "2020-10-03"
`, "", []string{
			"2020-10-10|samedi minuit|le ministère",
			"2020-10-03|samedi|les observateurs|fixed",
			"2021-05|mai|le porte-parole",
		}, nil},
		{"words that stand in both sentences pick neither", `
[[fix]]
expression = "samedi"
sentence = "le"
date = "2020-10-03"
`, "", unchanged, []string{
			`content/x.md:4: warning: [[fix]]: "samedi" and the words "le" stand together in 2 sentences, on lines 9 and 10 (add to sentence words that only the one you mean has)`,
		}},
		{"an expression the text does not have", `
[[fix]]
expression = "dimanche soir"
date = "2020-10-11"
`, "", unchanged, []string{
			`content/x.md:4: warning: [[fix]]: "dimanche soir" is not in the text (copy the expression as the text writes it, from a line the review page does not strike through)`,
		}},
		{"words no sentence has", `
[[fix]]
expression = "samedi"
sentence = "la trêve"
date = "2020-10-03"
`, "", unchanged, []string{
			`content/x.md:4: warning: [[fix]]: no sentence has the words "la trêve" (copy a few words of the sentence as the text writes them)`,
		}},
		{"an expression not in the sentence named", `
[[fix]]
expression = "mai"
sentence = "le convoi"
date = "2020-05"
`, "", unchanged, []string{
			`content/x.md:4: warning: [[fix]]: "mai" is not in the sentence with the words "le convoi" (copy the expression as the text writes it)`,
		}},
		{"an expression is whole words: mai is not in maintenant", `
[[fix]]
expression = "mai"
date = "2020-05"
`, "Il faut maintenant attendre.\nLa réunion est prévue en mai.\n", []string{"2020-05|mai||fixed"}, nil},
		{"a fix is not ignored", `
ignore = ["samedi minuit"]
[[fix]]
expression = "samedi minuit"
date = "2020-10-11"
`, "", []string{
			"2020-10-11|samedi minuit|le ministère|fixed",
			"2020-10-10|samedi|les observateurs",
			"2021-05|mai|le porte-parole",
		}, []string{
			`content/x.md:4: warning: ignore: "samedi minuit" is the expression the [[fix]] of line 5 dates, and the fix holds (remove one of the two)`,
		}},
		{"a speaker set", `
[[speaker]]
sentence = "cessez-le-feu, signé"
speaker = "l'OSCE"
`, "", []string{
			"2020-10-10|samedi minuit|le ministère",
			"2020-10-10|samedi|l'OSCE",
			"2021-05|mai|le porte-parole",
		}, nil},
		{"a speaker cleared", `
[[speaker]]
sentence = "REPRENDRONT samedi"
speaker = ""
`, "", []string{
			"2020-10-10|samedi minuit|",
			"2020-10-10|samedi|les observateurs",
			"2021-05|mai|le porte-parole",
		}, nil},
		{"a speaker's words in two sentences", `
[[speaker]]
sentence = "samedi"
speaker = "l'OSCE"
`, "", unchanged, []string{
			`content/x.md:4: warning: [[speaker]]: the words "samedi" stand in 2 sentences, on lines 8 and 9 (add words that only the one you mean has)`,
		}},
		{"a speaker's words in no sentence", `
[[speaker]]
sentence = "la trêve"
speaker = "l'OSCE"
`, "", unchanged, []string{
			`content/x.md:4: warning: [[speaker]]: no sentence has the words "la trêve" (copy a few words of the sentence as the text writes them)`,
		}},
		{"a speaker for a sentence without a date", `
[[speaker]]
sentence = "le convoi"
speaker = "l'OSCE"
`, "", unchanged, []string{
			`content/x.md:4: warning: [[speaker]]: the sentence on line 10 gives no date, so its speaker shows nowhere (choose a sentence with a date, or remove the table)`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.body
			if text == "" {
				text = body
			}
			x, _ := extract(t, tt.front, text)
			if got := written(x); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("mentions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			var got []string
			for _, p := range x.Problems {
				got = append(got, p.Error())
			}
			if strings.Join(got, "\n") != strings.Join(tt.probs, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.probs, "\n"))
			}
		})
	}
}

// TestIgnoreExact checks that an ignore entry drops the expression it
// spells whole, with the words that lead to it, and no longer one it is
// only a part of.
func TestIgnoreExact(t *testing.T) {
	// all are the mentions of body when nothing is ignored.
	all := []string{"2020-10-06|mardi 6 octobre|l'armée", "2020-10-06|mardi|les habitants", "2016|2016|les experts", "2020-02-03|le 3 février|la mairie"}
	const body = `L'attaque a eu lieu mardi 6 octobre, selon l'armée.
Les drones sont revenus mardi, selon les habitants.
La tension monte depuis 2016 dans la région, selon les experts.
Les réfugiés sont arrivés le 3 février à Goris, selon la mairie.
`
	tests := []struct {
		name   string
		ignore string
		want   []string
		probs  []string
	}{
		{"an entry drops the expression it spells", `"mardi"`, []string{
			"2020-10-06|mardi 6 octobre|l'armée",
			"2016|2016|les experts",
			"2020-02-03|le 3 février|la mairie",
		}, nil},
		{"and not one it is part of", `"mardi 6"`, all, []string{
			`content/x.md:4: warning: ignore: "mardi 6" is not exactly a date expression of the text: line 6 has "mardi 6 octobre" (ignore drops an expression written whole: ignore = ["mardi 6 octobre"])`,
		}},
		{"capitals and accents do not count", `"Mardi 6 Octobre", "LE 3 FEVRIER"`, []string{
			"2020-10-06|mardi|les habitants",
			"2016|2016|les experts",
		}, nil},
		{"the words that lead to an expression may be written", `"depuis 2016"`, []string{
			"2020-10-06|mardi 6 octobre|l'armée",
			"2020-10-06|mardi|les habitants",
			"2020-02-03|le 3 février|la mairie",
		}, nil},
		{"the expression alone too", `"2016"`, []string{
			"2020-10-06|mardi 6 octobre|l'armée",
			"2020-10-06|mardi|les habitants",
			"2020-02-03|le 3 février|la mairie",
		}, nil},
		{"but not the words that follow it", `"2016 dans la région"`, all, []string{
			`content/x.md:4: warning: ignore: "2016 dans la région" is not exactly a date expression of the text: line 8 has "2016" (ignore drops an expression written whole: ignore = ["2016"])`,
		}},
		{"nor a sentence", `"la tension monte depuis 2016"`, all, []string{
			`content/x.md:4: warning: ignore: "la tension monte depuis 2016" is not exactly a date expression of the text: line 8 has "2016" (ignore drops an expression written whole: ignore = ["2016"])`,
		}},
		{"an entry the text does not have", `"en 1848"`, all, []string{
			`content/x.md:4: warning: ignore: "en 1848" matches no date expression of the text (copy the expression exactly as the text writes it)`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, _ := extract(t, "ignore = ["+tt.ignore+"]\n", body)
			if got := written(x); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("mentions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			var got []string
			for _, p := range x.Problems {
				got = append(got, p.Error())
			}
			if strings.Join(got, "\n") != strings.Join(tt.probs, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.probs, "\n"))
			}
		})
	}
}

// extract reads an article published on 10 October 2020 with the front
// matter lines front after its facts, and the text body, and extracts it.
func extract(t *testing.T, front, body string) (Extraction, *content.Article) {
	t.Helper()
	src := "+++\ntitle = \"x\"\npublished = 2020-10-10\n" + strings.TrimPrefix(front, "\n") + "+++\n" + body
	a, probs := content.Parse("content/x.md", []byte(src), content.Options{Language: "fr"})
	if a == nil {
		t.Fatal(probs)
	}
	return Extract(a, nil), a
}

// written writes each mention of x as date|expression|speaker, and
// |fixed when the editor set its date.
func written(x Extraction) []string {
	var out []string
	for _, m := range x.Mentions {
		s := m.Date.String() + "|" + m.Expression + "|" + m.Attribution
		if m.Fixed {
			s += "|fixed"
		}
		out = append(out, s)
	}
	return out
}
