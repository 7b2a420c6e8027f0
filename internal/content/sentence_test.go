package content

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "Le ministre a parlé. Il a promis des mesures.",
			[]string{"Le ministre a parlé.", "Il a promis des mesures."}},
		{"title before a name", "Dans un communiqué, M. Aliev affirme que l'armée a lancé l'opération.",
			[]string{"Dans un communiqué, M. Aliev affirme que l'armée a lancé l'opération."}},
		{"title glued to the name", "D'après le document, M.Hasanov a promis des mesures. Plus tôt, l'ambassadeur a parlé.",
			[]string{"D'après le document, M.Hasanov a promis des mesures.", "Plus tôt, l'ambassadeur a parlé."}},
		{"an initial", "Le secrétaire d'État A. Blinken a appelé Bakou.",
			[]string{"Le secrétaire d'État A. Blinken a appelé Bakou."}},
		{"a decimal number", "Il vous reste 66.94% de cet article à lire. La suite est réservée aux abonnés.",
			[]string{"Il vous reste 66.94% de cet article à lire.", "La suite est réservée aux abonnés."}},
		{"a month abbreviation before a year", "Erevan, 14 sept. 2022 — Les combats ont repris.",
			[]string{"Erevan, 14 sept. 2022 — Les combats ont repris."}},
		{"a month abbreviation at a sentence's end", "Les combats ont commencé le 19 sept. Le lendemain, tout était fini.",
			[]string{"Les combats ont commencé le 19 sept.", "Le lendemain, tout était fini."}},
		{"etc. before a capital", "Des chars, des drones, etc. Les pertes sont lourdes.",
			[]string{"Des chars, des drones, etc.", "Les pertes sont lourdes."}},
		{"a quotation of two sentences stays with its speaker", "« Nous sommes unis. Nous gagnerons », a posté le premier ministre. Il a été applaudi.",
			[]string{"« Nous sommes unis. Nous gagnerons », a posté le premier ministre.", "Il a été applaudi."}},
		{"a closing quote ends the sentence", "« L'action militaire doit cesser. » C'est ce qu'écrit Charles Michel.",
			[]string{"« L'action militaire doit cesser. »", "C'est ce qu'écrit Charles Michel."}},
		{"no space: no boundary", "Bakou.Le", []string{"Bakou.Le"}},
		{"lowercase after a period: no boundary", "quelque 30 000 morts sur le terrain. après que les séparatistes ont pris le contrôle.",
			[]string{"quelque 30 000 morts sur le terrain. après que les séparatistes ont pris le contrôle."}},
		{"NBSP after the period", "Il est parti.\u00a0Elle est restée.", []string{"Il est parti.", "Elle est restée."}},
		{"question and exclamation", "Qui a tiré ? Personne ne le sait ! Le silence règne.",
			[]string{"Qui a tiré ?", "Personne ne le sait !", "Le silence règne."}},
		{"ellipsis in brackets", "Nous sommes unis (…) et nous gagnerons.", []string{"Nous sommes unis (…) et nous gagnerons."}},
		{"a sentence starting with a digit", "La guerre a duré. 44 jours de combats ont suivi.",
			[]string{"La guerre a duré.", "44 jours de combats ont suivi."}},
		{"English", "The ministry said on Tuesday that Mr. Smith left. He did not return.",
			[]string{"The ministry said on Tuesday that Mr. Smith left.", "He did not return."}},
		{"a number after a suspension mark goes on", "Elle était veuve depuis... 1950. Elle laisse un fils.",
			[]string{"Elle était veuve depuis... 1950.", "Elle laisse un fils."}},
		{"empty", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range Split(tt.text) {
				got = append(got, tt.text[sp[0]:sp[1]])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestExtractLines(t *testing.T) {
	tests := []struct {
		name, body string
		first      int      // line of the body's first line in the file; 0 for 1
		want       []string // "N: text", dropped lines as "N: [reason] text"
	}{
		{"markup removed", "Un *texte* avec [un lien](https://x.fr) et `code`.\n", 0, []string{"1: Un texte avec un lien et code."}},
		{"one line a paragraph", "Première.\nSeconde.\n\nTroisième.\n", 0, []string{"1: Première.", "2: Seconde.", "4: Troisième."}},
		{"entities unescaped", "Fin &lt;script&gt; &amp; suite.\n", 0, []string{"1: Fin <script> & suite."}},
		{"autolink kept as text", "Voir <https://example.org/a> ici.\n", 0, []string{"1: Voir https://example.org/a ici."}},
		{"indented text is text", "    Un texte indenté.\n", 0, []string{"1: Un texte indenté."}},
		{"HTML block dropped", "Avant.\n\n<div>bloc</div>\n\nAprès.\n", 0, []string{"1: Avant.", "3: [HTML] <div>bloc</div>", "5: Après."}},
		{"hard break", "Un  \ndeux\\\ntrois\n", 0, []string{"1: Un", "2: deux", "3: trois"}},
		{"list and quote", "- un\n- deux\n\n> cité\n", 0, []string{"1: un", "2: deux", "4: cité"}},
		{"first line of the body", "Texte.\n", 10, []string{"10: Texte."}},
	}
	for _, tt := range tests {
		first := max(tt.first, 1)
		var got []string
		for _, l := range extractLines(tt.body, first) {
			if l.Drop != "" {
				got = append(got, fmt.Sprintf("%d: [%s] %s", l.N, l.Drop, l.Text))
			} else {
				got = append(got, fmt.Sprintf("%d: %s", l.N, l.Text))
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
