package attribution

import "testing"

func TestFind(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"selon, before a comma", "Selon le ministère russe des Affaires étrangères , plus de 2 000 personnes ont été évacuées de la région, après que l'Azerbaïdjan a lancé le 19 septembre une opération militaire.", "le ministère russe des Affaires étrangères"},
		{"selon a name", "Selon Hajiyev, l'armée azerbaïdjanaise mène l'opération plus rapidement que prévu initialement.", "Hajiyev"},
		{"selon at the end", "A l’aube, les forces azerbaïdjanaises ont lancé une offensive dans la région pour « neutraliser les forces », selon le gouvernement de Bakou.", "le gouvernement de Bakou"},
		{"d'après", "Qui plus est, d'après le document, M.Hasanov a promis des mesures adéquates.", "le document"},
		{"selon lesquelles is no attribution", "Au cours de la réunion, le ministre a donné des instructions selon lesquelles une destruction doit être poursuivie.", ""},
		{"subject with apposition", "Hikmet Hajiyev, conseiller du président azerbaïdjanais et principal porte-parole de l'opération au Haut-Karabakh, a déclaré que l'armée de l'air prévoyait de porter un coup décisif.", "Hikmet Hajiyev"},
		{"name just before the verb", "Lors d’un appel téléphonique avec le secrétaire d’Etat américain, Antony Blinken, le président azerbaïdjanais, Ilham Aliev, a affirmé que l’offensive cessera.", "Ilham Aliev"},
		{"subject and adverb", "Le ministère azerbaïdjanais de la Défense a affirmé mercredi avoir mené avec succès une opération “Revenge”.", "Le ministère azerbaïdjanais de la Défense"},
		{"subject after an introductory clause", "Dans un communiqué publié mercredi, M. Aliev affirme que son armée a lancé cette opération après la mort, la veille, de civils.", "M. Aliev"},
		{"inverted after a quotation", "«Le ministre a ordonné de planifier des actions», détaille la note.", "la note"},
		{"inverted, cut at a date", "Le ministre a ordonné de préparer des frappes, indique un communiqué publié à l’issue d’une réunion ministérielle le 6 octobre.", "un communiqué"},
		{"inverted name", "C’est ce que le commandant adjoint a déclaré ArturSargsyan lors d’une conférence de presse aujourd’hui.", "ArturSargsyan"},
		{"pronoun is not resolved", "«Chaque officier accomplit sa tâche», a-t-il déclaré.", ""},
		{"il affirme", "Il affirme aussi que les élections organisées le 9 septembre étaient une provocation.", ""},
		{"lit-on dans", "«Nous appelons les parties à cesser le feu», lit-on dans une note du ministère des Affaires étrangères de Moscou.", "une note du ministère des Affaires étrangères de Moscou"},
		{"écrit, cut at sur", "La Turquie « condamne fermement l’attaque », écrit l’agence de presse turque Anadolu sur Twitter, citant le ministère.", "l’agence de presse turque Anadolu"},
		{"coordinated subject", "Pendant ce temps, le gouvernement de Bakou et les rebelles séparatistes ont rapporté que les combats font de nombreuses victimes.", "le gouvernement de Bakou et les rebelles séparatistes"},
		{"information is no speaker", "Selon les dernières informations du 20 septembre , le bureau du président de l'Azerbaïdjan a révélé que l'appel avait eu lieu.", "le bureau du président de l'Azerbaïdjan"},
		{"a de nouveau appelé", "Dans une déclaration, le ministère azerbaïdjanais de la Défense a de nouveau appelé au retrait des troupes.", "le ministère azerbaïdjanais de la Défense"},
		{"no speaker", "Les infrastructures civiles ont été largement endommagées dans plusieurs colonies.", ""},
		{"English: subject said", "The defence ministry said the operation began on Tuesday.", "The defence ministry"},
		{"English: according to", "According to local officials, 200 people were killed.", "local officials"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Find(tt.sentence, nil); got != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestFindSkipsDates(t *testing.T) {
	s := "Selon le communiqué du 20 septembre , l'opération continue."
	// the span of "du 20 septembre"
	i := len("Selon le communiqué ")
	if got, want := Find(s, [][2]int{{i, i + len("du 20 septembre")}}), "le communiqué"; got != want {
		t.Errorf("Find = %q, want %q", got, want)
	}
}

// TestClassOf holds the filter and the table of short words to the map of
// word lists, for every listed word and every token of the benchmark's
// sentences.
func TestClassOf(t *testing.T) {
	words := []string{"", "x", "\x00", "a\x00", "lorsqu'", "reconnaissent", "informations"}
	for w := range lists {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	var tk tokens
	for _, s := range sentences(t, 20) {
		tokenize(&tk, s)
		for _, w := range tk.ws {
			words = append(words, w.f)
		}
	}
	for _, w := range words {
		if got, want := classOf(w), lists[w]; got != want {
			t.Errorf("classOf(%q) = %b, want %b", w, got, want)
		}
	}
}
