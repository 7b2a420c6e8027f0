package content

import (
	"strings"
	"testing"
)

// lines makes kept lines of texts, one a line.
func lines(texts ...string) []Line {
	out := make([]Line, len(texts))
	for i, s := range texts {
		out[i] = Line{N: i + 1, Text: s}
	}
	return out
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		text []string
		want string
	}{
		{"a French report", []string{
			"Les forces arméniennes ont repoussé une attaque dans la nuit de samedi à dimanche, selon le ministère de la Défense.",
			"Deux villages de la région de Martouni ont été bombardés, a indiqué un porte-parole.",
		}, "fr"},
		{"an English report", []string{
			"Armenian forces repelled an attack on the village overnight, the defence ministry said on Sunday.",
			"Two villages in the Martuni region were shelled, a spokesman told reporters.",
		}, "en"},
		{"elided French words count", []string{"L'armée d'Azerbaïdjan s'est retirée qu'après l'aube, d'après l'agence."}, "fr"},
		{"curly apostrophes too", []string{"L’armée d’Azerbaïdjan s’est retirée qu’après l’aube, d’après l’agence."}, "fr"},
		{"English possessives are not French elisions", []string{"Azerbaijan's army said it had taken the town's heights, and that its losses were light."}, "en"},
		{"a French article quoting English stays French", []string{
			"Le président a rappelé que les négociations devaient reprendre dans les prochains jours à Bruxelles.",
			"« We are ready to sign », a-t-il dit en anglais devant les journalistes.",
			"Les deux délégations se sont ensuite retrouvées pour un dîner de travail avec le médiateur.",
		}, "fr"},
		{"an English article quoting French stays English", []string{
			"The prime minister told parliament that the talks would resume in Brussels within days.",
			"He quoted a French diplomat: « rien n'est fait ».",
			"Both delegations were then invited to a working dinner with the mediator, officials said.",
		}, "en"},
		{"a headline alone is too short", []string{"Offensive au Haut-Karabakh"}, ""},
		{"a dateline and a time are too short", []string{"YEREVAN, Sept 28 (Reuters) -", "14:38"}, ""},
		{"half in each cannot tell", []string{
			"Les combats ont repris dans la région et les civils sont partis vers le nord.",
			"Fighting resumed in the region and the civilians have left for the north.",
		}, ""},
		{"names and figures carry no function word", []string{"Stepanakert Chouchi Latchine Martakert 2020 2023 Aliev Pachinian Poutine Erdogan"}, ""},
		{"dropped lines do not count", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := lines(tt.text...)
			if tt.text == nil {
				ls = []Line{{N: 1, Text: "The army said that the attack was repelled by the units of the north and the east.", Drop: DropShare}}
			}
			if got := Detect(ls); got != tt.want {
				t.Errorf("Detect = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestParseLanguage checks the language an article is read in: the one it
// declares, else the one its text reads as, else the site's; and the
// warning when what it declares and its text disagree.
func TestParseLanguage(t *testing.T) {
	const english = "Armenia and Azerbaijan agreed on Tuesday to stop fighting, the Kremlin said.\n\nThe agreement was signed after six weeks of a war that began in September.\n"
	const french = "L'Arménie et l'Azerbaïdjan ont accepté mardi de cesser les combats, a annoncé le Kremlin.\n\nL'accord a été signé après six semaines d'une guerre qui a commencé en septembre.\n"
	tests := []struct {
		name     string
		declared string // the language line, "" for none
		site     string
		body     string
		want     string
		warning  string // the problem expected, "" for none
	}{
		{"an English article without a language is English", "", "fr", english, "en", ""},
		{"a French article without a language on an English site is French", "", "en", french, "fr", ""},
		{"a declared language that agrees", "en", "fr", english, "en", ""},
		{"a declared language that disagrees is kept, with a warning", "fr", "fr", english, "fr",
			`content/x.md:4: warning: language = "fr" but the text reads as English (write language = "en", or remove the line)`},
		{"and the other way", "en", "fr", french, "en",
			`content/x.md:4: warning: language = "en" but the text reads as French (write language = "fr", or remove the line)`},
		{"a short text takes the site's", "", "en", "Offensive au Haut-Karabakh.\n", "en", ""},
		{"a short text keeps the declared one", "en", "fr", "Lundi 3 mai.\n", "en", ""},
		{"a language the tagger does not know is not checked", "ru", "fr", english, "ru",
			`content/x.md:4:12: warning: language: dates are read in French and English only`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "+++\ntitle = \"x\"\npublished = 2020-11-10\n"
			if tt.declared != "" {
				src += "language = \"" + tt.declared + "\"\n"
			}
			src += "+++\n" + tt.body
			a, probs := Parse("content/x.md", []byte(src), Options{Language: tt.site, Now: opt.Now})
			if a == nil {
				t.Fatalf("refused: %v", probs)
			}
			if a.Language != tt.want {
				t.Errorf("Language = %q, want %q", a.Language, tt.want)
			}
			switch {
			case tt.warning == "" && len(probs) > 0:
				t.Errorf("unexpected problems: %v", probs)
			case tt.warning != "" && (len(probs) != 1 || !strings.HasPrefix(probs[0].Error(), tt.warning)):
				t.Errorf("problems: %v\nwant one starting with %s", probs, tt.warning)
			}
		})
	}
}

// BenchmarkDetect measures telling the language of a long article: it
// runs on every article a build reads.
func BenchmarkDetect(b *testing.B) {
	var texts []string
	for range 200 {
		texts = append(texts, "Les forces arméniennes ont repoussé une attaque dans la nuit, selon le ministère de la Défense, qui fait état de pertes.")
	}
	ls := lines(texts...)
	b.ResetTimer()
	for range b.N {
		Detect(ls)
	}
}
