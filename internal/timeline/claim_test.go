package timeline

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"timeline/internal/claims"
	"timeline/internal/content"
)

// TestClaims checks what the editor's [[claim]] tables do to the figures
// of an article published on 29 September 2020, and what an editor is
// told when one picks no sentence, several, or one without a date. Each
// figure is written "expression: kind qualifier count | who, side |
// claimant, actor | its words", the expression being the date of its
// sentence.
func TestClaims(t *testing.T) {
	const body = `Le 27 septembre, le ministère arménien de la Défense a fait état de 16 morts et plus de 100 blessés côté arménien.
Dimanche, 2 soldats azerbaïdjanais et 3 civils ont été tués à Terter, selon Bakou.
Le ministère a aussi annoncé la capture de 20 soldats.
Le 28 septembre, les combats ont repris autour de Stepanakert, a déclaré le porte-parole.
`
	const (
		killed16   = "Le 27 septembre: killed 16 | côté arménien, armenia | le ministère arménien de la Défense, armenia-defence-ministry | 16 morts"
		wounded100 = "Le 27 septembre: wounded more-than 100 | côté arménien, armenia | le ministère arménien de la Défense, armenia-defence-ministry | plus de 100 blessés"
		soldiers2  = "Dimanche: killed 2 | soldats azerbaïdjanais, azerbaijan | Bakou, azerbaijan | 2 soldats azerbaïdjanais"
		civilians3 = "Dimanche: killed 3 | civils, civilian | Bakou, azerbaijan | 3 civils"
	)
	unchanged := []string{killed16, wounded100, soldiers2, civilians3}
	tests := []struct {
		name  string
		front string // the front matter's tables
		want  []string
		probs []string
	}{
		{"no table", "", unchanged, nil},
		{"a count corrected, the rest kept", `
[[claim]]
sentence = "16 morts"
kind = "killed"
count = 18
`, []string{
			"Le 27 septembre: killed 18 | côté arménien, armenia | le ministère arménien de la Défense, armenia-defence-ministry | 16 morts",
			wounded100, soldiers2, civilians3,
		}, nil},
		{"any words of the sentence pick the only figure of the kind", `
[[claim]]
sentence = "le ministère arménien"
kind = "Tués"
count = "1 600"
count_max = "1 700"
qualifier = "au moins"
`, []string{
			"Le 27 septembre: killed at-least 1600-1700 | côté arménien, armenia | le ministère arménien de la Défense, armenia-defence-ministry | 16 morts",
			wounded100, soldiers2, civilians3,
		}, nil},
		{"who and claimant corrected: side and actor read again", `
[[claim]]
sentence = "plus de 100 blessés"
kind = "blessés"
who = "civils"
qualifier = ""
claimant = "ministère azerbaïdjanais de la Défense"
`, []string{
			killed16,
			"Le 27 septembre: wounded 100 | civils, civilian | ministère azerbaïdjanais de la Défense, azerbaijan-defence-ministry | plus de 100 blessés",
			soldiers2, civilians3,
		}, nil},
		{"a figure removed", `
[[claim]]
sentence = "plus de 100 blessés"
kind = "wounded"
remove = true
`, []string{killed16, soldiers2, civilians3}, nil},
		{"a figure added, claimed by the sentence's speaker, in the sentence's order", `
[[claim]]
sentence = "Terter"
kind = "déplacés"
count = "2 000"
who = "habitants de Terter"
`, []string{
			killed16, wounded100, soldiers2, civilians3,
			"Dimanche: displaced 2000 | habitants de Terter, civilian | Bakou, azerbaijan | Terter",
		}, nil},
		{"a figure added before those it comes before", `
[[claim]]
sentence = "Le 27 septembre, le ministère"
kind = "missing"
count = 5
`, []string{
			"Le 27 septembre: missing 5 | - | le ministère arménien de la Défense, armenia-defence-ministry | Le 27 septembre, le ministère",
			killed16, wounded100, soldiers2, civilians3,
		}, nil},
		{"of two figures of the kind, the words pick one", `
[[claim]]
sentence = "3 civils"
kind = "killed"
count = 4
`, []string{killed16, wounded100, soldiers2,
			"Dimanche: killed 4 | civils, civilian | Bakou, azerbaijan | 3 civils",
		}, nil},
		{"of two figures of the kind, words that pick neither", `
[[claim]]
sentence = "selon Bakou"
kind = "killed"
count = 4
`, unchanged, []string{
			`content/x.md:4: warning: [[claim]]: the sentence on line 10 gives 2 figures of kind killed, "2 soldats azerbaïdjanais" and "3 civils" (make sentence the words of the one you mean: sentence = "2 soldats azerbaïdjanais")`,
		}},
		{"words that cover two figures of the kind", `
[[claim]]
sentence = "2 soldats azerbaïdjanais et 3 civils"
kind = "killed"
count = 4
`, unchanged, []string{
			`content/x.md:4: warning: [[claim]]: the sentence on line 10 gives 2 figures of kind killed, "2 soldats azerbaïdjanais" and "3 civils" (make sentence the words of the one you mean: sentence = "2 soldats azerbaïdjanais")`,
		}},
		{"a second table of a kind adds a figure", `
[[claim]]
sentence = "16 morts"
kind = "killed"
who = "soldats arméniens"
[[claim]]
sentence = "16 morts"
kind = "killed"
count = 2
who = "civils"
`, []string{
			"Le 27 septembre: killed 16 | soldats arméniens, armenia | le ministère arménien de la Défense, armenia-defence-ministry | 16 morts",
			"Le 27 septembre: killed 2 | civils, civilian | le ministère arménien de la Défense, armenia-defence-ministry | 16 morts",
			wounded100, soldiers2, civilians3,
		}, nil},
		{"nothing of the kind to remove", `
[[claim]]
sentence = "16 morts"
kind = "missing"
remove = true
`, unchanged, []string{
			`content/x.md:4: warning: [[claim]]: the sentence on line 9 gives no figure of kind missing to remove (check kind against the figures the event's page shows, or remove the table)`,
		}},
		{"nothing of the kind to correct, and no count to add one", `
[[claim]]
sentence = "16 morts"
kind = "missing"
who = "soldats"
`, unchanged, []string{
			`content/x.md:4: warning: [[claim]]: the sentence on line 9 gives no figure of kind missing, and the table has no count to add one (add count = the figure)`,
		}},
		{"words no sentence has", `
[[claim]]
sentence = "16 tués"
kind = "killed"
count = 16
`, unchanged, []string{
			`content/x.md:4: warning: [[claim]]: no sentence has the words "16 tués" (copy a few words of the sentence as the text writes them)`,
		}},
		{"words in several sentences", `
[[claim]]
sentence = "le ministère"
kind = "killed"
count = 16
`, unchanged, []string{
			`content/x.md:4: warning: [[claim]]: the words "le ministère" stand in 2 sentences, on lines 9 and 11 (add words that only the one you mean has)`,
		}},
		{"a sentence without a date", `
[[claim]]
sentence = "capture de 20 soldats"
kind = "capturés"
count = 20
`, unchanged, []string{
			`content/x.md:4: warning: [[claim]]: the sentence on line 11 gives no date, so its figure shows nowhere (date the sentence: a [[fix]] with one of its expressions and the date, or an [[event]] with the date and the sentence as text)`,
		}},
		{"the sentence copied in an [[event]] is dated there", `
[[event]]
date = 2020-09-27
text = "Le ministère arménien a aussi annoncé la capture de 20 soldats azerbaïdjanais."
[[claim]]
sentence = "capture de 20 soldats"
kind = "capturés"
who = "soldats azerbaïdjanais"
claimant = "Erevan"
`, append(unchanged[:4:4],
			"Le ministère arménien a aussi annoncé la capture de 20 soldats azerbaïdjanais.: captured 20 | soldats azerbaïdjanais, azerbaijan | Erevan, armenia | 20 soldats azerbaïdjanais",
		), nil},
		{"words in two [[event]] texts", `
[[event]]
date = 2020-09-27
text = "Les combats ont fait 16 morts."
[[event]]
date = 2020-09-26
text = "Les combats ont fait 16 morts."
[[claim]]
sentence = "16 morts"
kind = "killed"
count = 16
`, append(unchanged[:4:4], "Les combats ont fait 16 morts.: killed 16 | - | -, - | 16 morts"), []string{
			`content/x.md:10: warning: [[claim]]: the words "16 morts" stand in the text of 2 [[event]] tables, on lines 4 and 7 (add words that only the one you mean has)`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "+++\ntitle = \"x\"\npublished = 2020-09-29\n" + strings.TrimPrefix(tt.front, "\n") + "+++\n" + body
			a, probs := content.Parse("content/x.md", []byte(src), content.Options{Language: "fr"})
			if a == nil {
				t.Fatal(probs)
			}
			x := Extract(a, DefaultLexicons())
			if got := figuresOf(x); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("figures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
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

// figuresOf writes the figures of each sentence of x once, its mentions
// sharing them: "expression: kind qualifier count | who, side | claimant,
// actor | its words", "-" for what the figure does not say; the sentence
// stands for the expression of an [[event]].
func figuresOf(x Extraction) []string {
	var out []string
	for i, m := range x.Mentions {
		if i > 0 && x.Mentions[i-1].Sentence == m.Sentence {
			continue
		}
		at := m.Expression
		if m.Manual {
			at = m.Sentence
		}
		for _, f := range m.Figures {
			count := fmt.Sprint(f.Count)
			if f.CountMax != f.Count {
				count += fmt.Sprintf("-%d", f.CountMax)
			}
			var who []string
			for _, s := range []string{f.Who, f.Side} {
				if s != "" {
					who = append(who, s)
				}
			}
			if f.Civilian {
				who = append(who, "civilian")
			}
			out = append(out, fmt.Sprintf("%s: %s %s | %s | %s, %s | %s",
				at, f.Kind, strings.TrimSpace(f.Qualifier+" "+count), orDash(strings.Join(who, ", ")), orDash(f.Claimant), orDash(f.Actor), figureText(m.Sentence, f)))
		}
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// TestClaimKinds holds content's names of the kinds and qualifiers of a
// [[claim]] to those package claims counts: content reads the editor's
// table without importing claims.
func TestClaimKinds(t *testing.T) {
	var kinds []string
	for k := claims.Killed; k.String() != ""; k++ {
		kinds = append(kinds, k.String())
	}
	if !slices.Equal(kinds, content.ClaimKinds) {
		t.Errorf("content.ClaimKinds = %v, claims counts %v", content.ClaimKinds, kinds)
	}
	want := []string{claims.AtLeast, claims.MoreThan, claims.About, claims.UpTo, claims.FewerThan}
	if !slices.Equal(want, content.ClaimQualifiers) {
		t.Errorf("content.ClaimQualifiers = %v, claims names %v", content.ClaimQualifiers, want)
	}
}
