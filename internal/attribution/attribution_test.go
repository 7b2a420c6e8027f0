package attribution

import "testing"

func TestFind(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		// Source markers.
		{"selon, before a comma", "Selon le ministère russe des Affaires étrangères , plus de 2 000 personnes ont été évacuées de la région, après que l'Azerbaïdjan a lancé le 19 septembre une opération militaire.", "le ministère russe des Affaires étrangères"},
		{"selon a name", "Selon Hajiyev, l'armée azerbaïdjanaise mène l'opération plus rapidement que prévu initialement.", "Hajiyev"},
		{"selon at the end", "A l’aube, les forces azerbaïdjanaises ont lancé une offensive dans la région pour « neutraliser les forces », selon le gouvernement de Bakou.", "le gouvernement de Bakou"},
		{"d'après", "Qui plus est, d'après le document, M.Hasanov a promis des mesures adéquates.", "le document"},
		{"d'après des sources", "D'après des sources locales, une dizaine de maisons ont brûlé pendant la nuit.", "des sources locales"},
		{"selon in the middle", "Les combats, selon des témoins joints par téléphone, ont repris à l'aube.", "des témoins joints par téléphone"},
		{"selon lesquelles is no attribution", "Au cours de la réunion, le ministre a donné des instructions selon lesquelles une destruction doit être poursuivie.", ""},
		{"lit-on dans", "«Nous appelons les parties à cesser le feu», lit-on dans une note du ministère des Affaires étrangères de Moscou.", "une note du ministère des Affaires étrangères de Moscou"},
		{"information is no speaker", "Selon les dernières informations du 20 septembre , le bureau du président de l'Azerbaïdjan a révélé que l'appel avait eu lieu.", "le bureau du président de l'Azerbaïdjan"},
		{"a toll is a source after selon", "Selon un bilan officiel encore provisoire, quinze soldats ont été tués.", "un bilan officiel encore provisoire"},
		{"a count too", "Selon le décompte des autorités locales, deux cents maisons sont détruites.", "le décompte des autorités locales"},
		{"a toll is no verb's speaker", "Le bilan fait état de quinze morts et de dizaines de blessés.", ""},
		{"English: according to", "According to local officials, 200 people were killed.", "local officials"},

		// Reporting verbs, subject first.
		{"subject with apposition", "Hikmet Hajiyev, conseiller du président azerbaïdjanais et principal porte-parole de l'opération au Haut-Karabakh, a déclaré que l'armée de l'air prévoyait de porter un coup décisif.", "Hikmet Hajiyev"},
		{"name just before the verb", "Lors d’un appel téléphonique avec le secrétaire d’Etat américain, Antony Blinken, le président azerbaïdjanais, Ilham Aliev, a affirmé que l’offensive cessera.", "Ilham Aliev"},
		{"subject and adverb", "Le ministère azerbaïdjanais de la Défense a affirmé mercredi avoir mené avec succès une opération “Revenge”.", "le ministère azerbaïdjanais de la Défense"},
		{"subject after an introductory clause", "Dans un communiqué publié mercredi, M. Aliev affirme que son armée a lancé cette opération après la mort, la veille, de civils.", "M. Aliev"},
		{"coordinated subject", "Pendant ce temps, le gouvernement de Bakou et les rebelles séparatistes ont rapporté que les combats font de nombreuses victimes.", "le gouvernement de Bakou et les rebelles séparatistes"},
		{"a de nouveau appelé", "Dans une déclaration, le ministère azerbaïdjanais de la Défense a de nouveau appelé au retrait des troupes.", "le ministère azerbaïdjanais de la Défense"},
		{"a complement between commas", "Le ministère, dans un communiqué diffusé tard dans la soirée, a démenti toute frappe sur des civils.", "le ministère"},
		{"a relative clause: the object follows the verb", "Moscou, qui dispose de troupes dans la région, a annoncé la mort de deux de ses soldats.", "Moscou"},
		{"an apposition: the object follows the verb", "Les forces arméniennes, appuyées par l'artillerie, ont annoncé la reprise de deux villages.", "les forces arméniennes"},
		{"fait savoir", "Bakou a fait savoir que les négociations ne reprendraient pas.", "Bakou"},
		{"fait état", "Le ministère arménien de la Défense fait état de violents combats au nord du front.", "le ministère arménien de la Défense"},
		{"accuse", "L'Arménie accuse l'Azerbaïdjan d'avoir violé la trêve humanitaire.", "l'Arménie"},
		{"a démenti", "Le Kremlin a démenti toute présence de ses soldats près de la frontière.", "le Kremlin"},
		{"dément after quant à lui", "Erevan, quant à lui, dément toute implication dans l'attaque.", "Erevan"},
		{"de son côté before the verb", "Bakou de son côté affirme n'avoir visé que des cibles militaires.", "Bakou"},
		{"pour sa part opens the sentence", "Pour sa part, le ministère russe des Affaires étrangères a appelé les deux camps à la retenue.", "le ministère russe des Affaires étrangères"},
		{"assure que", "Le gouvernement assure que l'aide humanitaire passera par le corridor.", "le gouvernement"},
		{"passive with par", "L'accord de cessez-le-feu a été confirmé par le ministère des Affaires étrangères.", "le ministère des Affaires étrangères"},
		{"English: subject said", "The defence ministry said the operation began on Tuesday.", "the defence ministry"},
		{"English: possessive subject", "Azerbaijan's defence ministry said the attack had been repelled.", "Azerbaijan's defence ministry"},
		{"English: has said", "The Kremlin has said it will not intervene in the conflict.", "the Kremlin"},
		{"English: also said", "The ICRC also said that aid convoys were being blocked.", "the ICRC"},
		{"English: told Reuters", "Shelling went on through the night, a local official told Reuters.", "a local official"},
		{"English: a place the subject is in", "“We have no water left,” a nurse in Stepanakert told AFP.", "a nurse in Stepanakert"},
		{"English: a concession reports nothing", "Shelling resumed on the front, although Baku had announced a halt.", ""},
		{"English: bare plural", "Three people were wounded near the border, officials said.", "officials"},
		{"English: passive with by", "The truce was confirmed by the foreign ministry in Moscow.", "the foreign ministry in Moscow"},

		// Reporting verbs, inverted.
		{"inverted after a quotation", "«Le ministre a ordonné de planifier des actions», détaille la note.", "la note"},
		{"inverted, cut at a date", "Le ministre a ordonné de préparer des frappes, indique un communiqué publié à l’issue d’une réunion ministérielle le 6 octobre.", "un communiqué"},
		{"inverted name", "C’est ce que le commandant adjoint a déclaré ArturSargsyan lors d’une conférence de presse aujourd’hui.", "ArturSargsyan"},
		{"écrit, cut at sur", "La Turquie « condamne fermement l’attaque », écrit l’agence de presse turque Anadolu sur Twitter, citant le ministère.", "l’agence de presse turque Anadolu"},
		{"inverted past an agency", "« Les tirs ont cessé vers minuit », a déclaré à l'AFP le porte-parole du ministère arménien de la Défense.", "le porte-parole du ministère arménien de la Défense"},
		{"inverted past a time and the press", "Les frappes visaient des dépôts, a indiqué mardi soir à la presse le porte-parole de la présidence.", "le porte-parole de la présidence"},
		{"inverted past a press conference", "Aucune victime civile n'est à déplorer, a précisé lors d'une conférence de presse le vice-ministre Artak Zakarian.", "le vice-ministre Artak Zakarian"},
		{"inverted past a statement", "La route est rouverte, a annoncé dans un communiqué publié lundi le ministère de l'Intérieur.", "le ministère de l'Intérieur"},
		{"inverted past Reuters to a name", "Nos positions ont été bombardées toute la nuit, a déclaré à Reuters Hikmet Hajiyev.", "Hikmet Hajiyev"},
		{"a verb's speaker before a marker's", "La Russie ne laissera pas tomber ses alliés, a confirmé Vladimir Poutine, selon une déclaration diffusée par le Kremlin.", "Vladimir Poutine"},
		{"de son côté after the verb", "« Nous ne céderons rien », a affirmé de son côté le Premier ministre arménien.", "le Premier ministre arménien"},
		{"pour sa part after an ambiguous verb", "Le cessez-le-feu tient, a assuré pour sa part Moscou.", "Moscou"},
		{"comme l'a indiqué", "Comme l'a indiqué le porte-parole du Kremlin, aucune rencontre n'est prévue.", "le porte-parole du Kremlin"},
		{"incise verb, inverted", "« Rien ne justifie ces frappes », avait lancé le ministre turc.", "le ministre turc"},
		{"s'est félicité", "« C'est un pas historique », s'est félicité samedi le ministère des Affaires étrangères.", "le ministère des Affaires étrangères"},
		{"s'est dit", "Le Kremlin s'est dit « préoccupé » par ces tirs.", "le Kremlin"},
		{"the inverted verb reports the whole sentence", "Les deux armées avaient accepté une trêve, a rappelé mardi le médiateur.", "le médiateur"},
		{"inverted past commas", "« Rien n'est réglé », a affirmé jeudi à la presse, à Bakou, le conseiller présidentiel.", "le conseiller présidentiel"},
		{"inverted past notre envoyé spécial", "« Il n'y a plus d'eau », a confié à notre envoyé spécial un médecin de l'hôpital.", "un médecin de l'hôpital"},
		{"a raconté", "« Nous avons tout perdu », a raconté à l'AFP un habitant de Martouni.", "un habitant de Martouni"},
		{"a clause before the comma", "Le cessez-le-feu, entré en vigueur à midi, n'a pas été respecté, ont dénoncé les séparatistes.", "les séparatistes"},
		{"a place the speaker is in", "Le centre a été touché, ont rapporté des témoins présents dans la ville.", "des témoins présents dans la ville"},
		{"what the speaker spoke in", "La route est fermée, a déclaré le ministre dans un communiqué.", "le ministre"},
		{"English: said, inverted", "“We have no other choice,” said Nikol Pashinyan.", "Nikol Pashinyan"},

		// Datelines.
		{"dateline, apposition", "EREVAN, 26 sept (AFP) - Le ministère arménien de la Défense, dans un communiqué, a affirmé que le front était calme.", "le ministère arménien de la Défense"},
		{"dateline, English", "YEREVAN, Sept 26 (Reuters) - Armenia's prime minister said on Monday that talks would resume.", "Armenia's prime minister"},
		{"dateline, no speaker", "EREVAN, 27 sept (AFP) - Des bombardements ont touché Stepanakert, la capitale de l'enclave.", ""},
		{"dateline, agency only", "BAKOU (AFP) - Les forces azerbaïdjanaises ont progressé, a indiqué un responsable.", "un responsable"},
		{"dateline, capitals and a dash", "EREVAN — Les troupes arméniennes, selon des témoins, se sont retirées.", "des témoins"},

		// No reporting verb, no speaker.
		{"no speaker", "Les infrastructures civiles ont été largement endommagées dans plusieurs colonies.", ""},
		{"an action's subject", "Un missile a frappé un immeuble résidentiel de Gandja dans la nuit.", ""},
		{"a fait, a toll", "Le conflit a fait plus de 6 500 morts à l'automne.", ""},
		{"ont fait, a toll", "Les affrontements ont fait des dizaines de blessés près de Latchine.", ""},
		{"assure, not saying", "Les soldats russes assurent la sécurité du corridor de Latchine.", ""},
		{"a negated verb", "Aucun pays ne reconnaît l'indépendance de la république autoproclamée.", ""},
		{"ne confirme pas", "Le ministère ne confirme pas ces informations.", ""},
		{"a second verb of another subject", "Le texte rappelle les résolutions de l'ONU et appelle au retrait des forces.", ""},
		{"a lancé, an action", "L'Azerbaïdjan a lancé une offensive contre les positions arméniennes.", ""},
		{"a noun, not a verb", "Cette annonce intervient après trois jours de combats.", ""},
		{"a participle, not a verb", "Le cessez-le-feu annoncé samedi n'a pas tenu.", ""},
		{"précise, an adjective", "Les combats ont repris à une heure précise.", ""},
		{"a-t-on appris", "Les opérations ont démarré à l'aube, a-t-on appris de source militaire.", ""},
		{"pour sa part, no one after", "« Nous ne reculerons pas », a déclaré pour sa part.", ""},

		// Pronouns: Find alone leaves them to a Finder.
		{"pronoun is not resolved", "«Chaque officier accomplit sa tâche», a-t-il déclaré.", ""},
		{"il affirme", "Il affirme aussi que les élections organisées le 9 septembre étaient une provocation.", ""},
		{"estime-t-elle", "« La situation est grave », estime-t-elle.", ""},
		{"selon lui", "Selon lui, les combats pourraient durer des semaines.", ""},
		{"ce dernier", "Ce dernier a démenti toute implication.", ""},
		{"English: he said", "He said the border would stay closed.", ""},
		{"pronoun, then a marker", "« Nous tiendrons », a-t-il déclaré, selon l'agence Interfax.", "l'agence Interfax"},

		// How a speaker is written.
		{"an article at the start in lowercase", "Les autorités locales affirment que la route est coupée.", "les autorités locales"},
		{"a name keeps its capital", "Bakou affirme que la route est ouverte.", "Bakou"},
		{"an apostrophe as written", "Les tirs ont repris, selon l’armée arménienne.", "l’armée arménienne"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Find(tt.sentence, nil); got != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.sentence, got, tt.want)
			}
		})
	}
}

// TestFinder reads paragraphs sentence by sentence: a pronoun speaker is
// the last speaker its paragraph named. "" in a paragraph marks a break;
// a sentence whose want is "-" is passed, not asked for.
func TestFinder(t *testing.T) {
	tests := []struct {
		name string
		text []string // sentence, want, sentence, want…
	}{
		{"a-t-elle ajouté", []string{
			"Le porte-parole du ministère, Anna Naghdalyan, a dénoncé une provocation.", "Anna Naghdalyan",
			"« Les tirs ont visé des civils », a-t-elle ajouté.", "Anna Naghdalyan",
		}},
		{"the speaker named in a passed sentence", []string{
			"Le porte-parole du ministère, Anna Naghdalyan, a dénoncé une provocation.", "-",
			"Les tirs ont visé des quartiers d'habitation.", "-",
			"« Les tirs ont visé des civils le 27 septembre », a-t-elle ajouté.", "Anna Naghdalyan",
		}},
		{"the last of two speakers", []string{
			"Selon le ministère arménien, les combats ont cessé.", "-",
			"M. Aliev affirme que son armée a riposté.", "-",
			"Il affirme aussi que la trêve n'a jamais été respectée.", "M. Aliev",
		}},
		{"a chain of pronouns", []string{
			"Le président Ilham Aliev a déclaré que l'opération était terminée.", "le président Ilham Aliev",
			"« Nous avons rétabli notre souveraineté », a-t-il ajouté.", "le président Ilham Aliev",
			"Il a ensuite annoncé des élections.", "le président Ilham Aliev",
		}},
		{"a new paragraph forgets", []string{
			"Le porte-parole du Kremlin a démenti toute présence militaire.", "le porte-parole du Kremlin",
			"", "",
			"« Nous ne céderons pas », a-t-il déclaré.", "",
		}},
		{"selon lui", []string{
			"Le médiateur arménien a publié un rapport mardi.", "-",
			"Selon lui, une centaine de maisons ont été détruites.", "-",
			"Le médiateur des droits de l'homme, Gegham Stepanyan, a dénoncé des tirs.", "Gegham Stepanyan",
			"Selon lui, une centaine de maisons ont été détruites.", "Gegham Stepanyan",
		}},
		{"a marker's speaker is named too", []string{
			"Selon le ministère arménien de la Défense, deux soldats ont été tués.", "le ministère arménien de la Défense",
			"Il a ajouté que les tirs continuaient.", "le ministère arménien de la Défense",
		}},
		{"English", []string{
			"Armenia's foreign minister said talks with Baku had failed.", "-",
			"He said Azerbaijan had refused every proposal.", "Armenia's foreign minister",
		}},
		{"hailed names a speaker", []string{
			"President Ilham Aliyev hailed the agreement as a victory.", "-",
			"“This is a great day,” he said on Tuesday.", "President Ilham Aliyev",
		}},
		{"no one named before: the marker", []string{
			"« Nous tiendrons », a-t-il déclaré, selon l'agence Interfax.", "l'agence Interfax",
		}},
		{"a sentence without a speaker keeps the last", []string{
			"L'armée azerbaïdjanaise a affirmé avoir pris trois villages.", "l'armée azerbaïdjanaise",
			"Les combats se poursuivent dans le sud.", "",
			"Elle a ajouté que les pertes étaient faibles.", "l'armée azerbaïdjanaise",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f Finder
			for k := 0; k+1 < len(tt.text); k += 2 {
				s, want := tt.text[k], tt.text[k+1]
				switch {
				case s == "":
					f.Paragraph()
				case want == "-":
					f.Pass(s)
				default:
					if got := f.Find(s, nil); got != want {
						t.Errorf("sentence %d: Find(%q) = %q, want %q", k/2+1, s, got, want)
					}
				}
			}
		})
	}
}

// TestKey holds two writings of one speaker to one key, and two speakers
// to two.
func TestKey(t *testing.T) {
	same := [][2]string{
		{"le ministère arménien de la Défense", "le ministère arménien de la défense"},
		{"l'armée azerbaïdjanaise", "l’Armée azerbaïdjanaise"},
		{"the ICRC", "ICRC"},
		{"les autorités séparatistes", "autorités  séparatistes"},
	}
	for _, p := range same {
		if Key(p[0]) != Key(p[1]) {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: want one key", p[0], Key(p[0]), p[1], Key(p[1]))
		}
	}
	differ := [][2]string{
		{"le ministère arménien de la Défense", "le ministère azerbaïdjanais de la Défense"},
		{"un porte-parole", "le porte-parole du Kremlin"},
	}
	for _, p := range differ {
		if Key(p[0]) == Key(p[1]) {
			t.Errorf("Key(%q) = Key(%q) = %q: want two keys", p[0], p[1], Key(p[0]))
		}
	}
}

// TestOneWriting holds a speaker written two ways in two sentences to
// one speaker.
func TestOneWriting(t *testing.T) {
	a := Find("Les tirs ont cessé, selon le ministère arménien de la Défense.", nil)
	b := Find("Le ministère arménien de la Défense a affirmé que les tirs avaient cessé.", nil)
	if a != b || a != "le ministère arménien de la Défense" {
		t.Errorf("Find gives %q and %q, want one speaker, \"le ministère arménien de la Défense\"", a, b)
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
