package headline

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestShape(t *testing.T) {
	for _, tt := range []struct {
		name string
		c    Candidate
		want string
	}{
		{"a short sentence loses its final period only",
			fr("Les forces azerbaïdjanaises ont lancé une offensive."),
			"Les forces azerbaïdjanaises ont lancé une offensive"},
		{"white space collapses, a lone no-break space stays",
			fr("  L'Azerbaïdjan   a lancé\tune opération « antiterroriste »\u00a0!"),
			"L'Azerbaïdjan a lancé une opération « antiterroriste »\u00a0!"},
		{"no space before a comma or a period",
			fr("Selon le ministère russe , plus de 2 000 personnes ont été évacuées de la région ."),
			"Selon le ministère russe, plus de 2 000 personnes ont été évacuées de la région"},
		{"a leading day named by another goes",
			fr("Le lendemain, l'Azerbaïdjan a repris la ville de Chouchi."),
			"L'Azerbaïdjan a repris la ville de Chouchi"},
		{"a leading date goes",
			dated(fr("Mardi 19 septembre, l'Azerbaïdjan a lancé une opération au Haut-Karabakh."), "Mardi 19 septembre"),
			"L'Azerbaïdjan a lancé une opération au Haut-Karabakh"},
		{"a leading date and its time go",
			dated(fr("Le 27 septembre 2020 vers 7 h 15, les forces azerbaïdjanaises ont lancé une offensive."), "27 septembre 2020"),
			"Les forces azerbaïdjanaises ont lancé une offensive"},
		{"a leading date with no comma goes before a proper noun",
			dated(en("On Tuesday Azerbaijan launched an offensive in Nagorno-Karabakh."), "Tuesday"),
			"Azerbaijan launched an offensive in Nagorno-Karabakh"},
		{"a leading date that is the subject stays",
			dated(fr("Le 27 septembre 2020 a marqué le début de la guerre."), "27 septembre 2020"),
			"Le 27 septembre 2020 a marqué le début de la guerre"},
		{"a connector, then a day, go",
			fr("Par ailleurs, le 28 septembre, Moscou a appelé à un cessez-le-feu immédiat."),
			"Moscou a appelé à un cessez-le-feu immédiat"},
		{"a phrase that refers back goes up to its comma",
			fr("Comme indiqué précédemment, aujourd'hui vers 7 h 15, l'Azerbaïdjan a lancé une offensive."),
			"L'Azerbaïdjan a lancé une offensive"},
		{"English: The next day",
			en("The next day, Armenian forces withdrew from the town."),
			"Armenian forces withdrew from the town"},
		{"English: a connector with no comma",
			en("But Azerbaijan denied any attack on civilians."),
			"Azerbaijan denied any attack on civilians"},
		{"a pronoun subject stays",
			fr("Le lendemain, il a annoncé la fin de l'opération."),
			"Il a annoncé la fin de l'opération"},
		{"a trailing attribution stays when nothing is cut",
			fr("Bakou a appelé à la reprise des négociations, selon le CICR."),
			"Bakou a appelé à la reprise des négociations, selon le CICR"},
		{"a trailing attribution goes when the sentence is too long",
			said(fr("Les forces azerbaïdjanaises ont bombardé la centrale électrique de Goris et plusieurs villages de Syunik dans la nuit de dimanche à lundi, a déclaré Hikmet Hajiyev, conseiller du président azerbaïdjanais."), "Hikmet Hajiyev"),
			"Les forces azerbaïdjanaises ont bombardé la centrale électrique de Goris et plusieurs villages de Syunik dans la nuit de dimanche à lundi"},
		{"cut at a word when the attribution is not enough",
			said(fr("Les forces azerbaïdjanaises ont bombardé la centrale électrique de Goris et plusieurs villages de la région de Syunik dans la nuit de dimanche à lundi, a déclaré Hikmet Hajiyev."), "Hikmet Hajiyev"),
			"Les forces azerbaïdjanaises ont bombardé la centrale électrique de Goris et plusieurs villages de la région de Syunik dans la nuit…"},
		{"English: said Z goes when too long",
			en("Azerbaijani forces shelled Stepanakert, Martuni and several villages along the line of contact throughout the night of Sunday to Monday, the Armenian defence ministry said."),
			"Azerbaijani forces shelled Stepanakert, Martuni and several villages along the line of contact throughout the night of Sunday to Monday"},
		{"cut at a comma before a relative",
			fr("Les forces azerbaïdjanaises ont lancé une offensive sur toute la ligne de contact du Haut-Karabakh, qui a fait au moins seize morts et plus de cent blessés parmi les soldats arméniens."),
			"Les forces azerbaïdjanaises ont lancé une offensive sur toute la ligne de contact du Haut-Karabakh"},
		{"cut at a colon",
			fr("Le gouvernement d'Erevan n'a même pas tenté de cacher ses objectifs: « Nous sommes tous unis derrière notre État et notre armée et nous gagnerons », a-t-il écrit."),
			"Le gouvernement d'Erevan n'a même pas tenté de cacher ses objectifs"},
		{"the clause cut loses its attribution too",
			fr("Les deux camps ont annoncé la prise de Goris ce lundi 8 février, a indiqué le porte-parole du Kremlin, Dmitri Peskov, alors que le corridor de Latchine est bloqué depuis 1994."),
			"Les deux camps ont annoncé la prise de Goris ce lundi 8 février"},
		{"cut at the last clause boundary",
			fr("Bakou a riposté, alors que les forces arméniennes bombardaient depuis l'aube les villages de Tartar, de Barda et de Goranboy, ainsi que la ville de Gandja, deuxième ville du pays."),
			"Bakou a riposté, alors que les forces arméniennes bombardaient depuis l'aube les villages de Tartar, de Barda et de Goranboy"},
		{"a clause boundary too early is none: cut at a word",
			fr("Bakou a riposté, alors que les forces arméniennes bombardaient depuis l'aube les villages de Tartar, de Barda et de Goranboy et la ville de Gandja avec des lance-roquettes Smertch."),
			"Bakou a riposté, alors que les forces arméniennes bombardaient depuis l'aube les villages de Tartar, de Barda et de Goranboy et la ville…"},
		{"cut at a word, not before a function word",
			fr("L'Azerbaïdjan a lancé une offensive sur toute la longueur de la ligne de contact en utilisant l'artillerie et des drones d'attaque ciblant également les colonies à l'arrière."),
			"L'Azerbaïdjan a lancé une offensive sur toute la longueur de la ligne de contact en utilisant l'artillerie et des drones d'attaque ciblant…"},
		{"a question keeps its mark",
			fr("Que va faire la Russie ?"),
			"Que va faire la Russie ?"},
		{"an abbreviation keeps its period",
			en("The talks were mediated by the U.S."),
			"The talks were mediated by the U.S."},
	} {
		if got := Shape(tt.c); got != tt.want {
			t.Errorf("%s:\nShape(%q)\n got %q\nwant %q", tt.name, tt.c.Sentence, got, tt.want)
		}
	}
}

// TestShapeCorpus checks what every headline of the synthetic corpus is:
// at most Max characters, an uppercase first letter, no trailing comma,
// colon or period (but an abbreviation's), and, when cut, a cut at a word
// boundary.
func TestShapeCorpus(t *testing.T) {
	for _, cs := range events(t, 40) {
		for _, c := range cs {
			h := Shape(c)
			if n := utf8.RuneCountInString(h); n > Max || n == 0 {
				t.Errorf("Shape(%q) = %q: %d characters", c.Sentence, h, n)
				continue
			}
			if r, _ := utf8.DecodeRuneInString(h); unicode.IsLower(r) {
				t.Errorf("Shape(%q) = %q: a lowercase first letter", c.Sentence, h)
			}
			if strings.HasSuffix(h, ",") || strings.HasSuffix(h, ":") || strings.HasSuffix(h, ";") ||
				strings.HasSuffix(h, ".") && !abbreviation(h[:len(h)-1]) {
				t.Errorf("Shape(%q) = %q: ends with a mark", c.Sentence, h)
			}
			if cut, ok := strings.CutSuffix(h, "…"); ok {
				rest := collapse(c.Sentence)[strings.Index(collapse(c.Sentence), cut[1:])+len(cut)-1:]
				if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) {
					t.Errorf("Shape(%q) = %q: cut inside a word", c.Sentence, h)
				}
			}
		}
	}
}

// TestRescue checks the headline drawn from the part of an anaphoric
// sentence that reads alone, and the sentences that have none.
func TestRescue(t *testing.T) {
	for _, tt := range []struct {
		sentence, expr, lang, want string
	}{
		{"Cette décision marque une nouvelle phase dans le conflit de longue date entre l’Azerbaïdjan et l’Arménie, qui est devenu plus compliqué depuis décembre 2022.",
			"décembre 2022", "fr", "Le conflit de longue date entre l’Azerbaïdjan et l’Arménie, qui est devenu plus compliqué depuis décembre 2022"},
		{"This marks a new phase in the blockade of the Lachin corridor, which began in December 2022.",
			"December 2022", "en", "The blockade of the Lachin corridor, which began in December 2022"},
		{"Il l’a répété à Erevan, où il s’est rendu le 3 mai.", "le 3 mai", "fr", ""}, // no noun phrase after a preposition
		{"Ils ont confirmé que les combats avaient repris le 3 mai.", "le 3 mai", "fr", "Les combats avaient repris le 3 mai"},
		{"He said that the road had been closed on 12 December.", "on 12 December", "en", "The road had been closed on 12 December"},
		{"Ils ont repris les combats le 3 mai.", "le 3 mai", "fr", ""}, // nothing in it reads alone
		{"Il s’agit de la pire crise arméno-azerbaïdjanaise depuis 2016.", "2016", "fr", "La pire crise arméno-azerbaïdjanaise depuis 2016"},
		{"It was the worst escalation since the four-day war of April 2016.", "April 2016", "en", "The worst escalation since the four-day war of April 2016"},
		{"These people have lived under blockade since December 2022, when the only road to Armenia was closed.", "December 2022", "en", "The only road to Armenia was closed"},
		{"Ils vivent sous blocus depuis décembre 2022, lorsque la route de Latchine a été coupée.", "décembre 2022", "fr", "La route de Latchine a été coupée"},
		{"Ceci afin de prévenir un incident impliquant les soldats russes depuis l’accord de cessez-le-feu du 10 novembre 2020.", "10 novembre 2020", "fr", "L’accord de cessez-le-feu du 10 novembre 2020"},
	} {
		start := strings.Index(tt.sentence, tt.expr)
		got, ok := Rescue(Candidate{Sentence: tt.sentence, Start: start, End: start + len(tt.expr), Lang: tt.lang, Role: "background", Coarse: true})
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Rescue(%q) = %q, %v; want %q", tt.sentence, got, ok, tt.want)
		}
	}
}

// TestCollapsed checks that a sentence collapsed says needs nothing is
// one collapseAll leaves as it is, and the others.
func TestCollapsed(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a , b", "a . b", "a\tb", "a\u00a0b", "a\u202fb", "a\u2009b",
		"Le 27 septembre, l’Azerbaïdjan a lancé une offensive.", "« Non »,\u00a0dit-il", "x\u3000y", "é è", "a\nb", "\x85", "a\xffb"} {
		if collapsed(s) && collapseAll(s) != s {
			t.Errorf("collapsed(%q) but collapseAll gives %q", s, collapseAll(s))
		}
	}
}

// TestTrailing checks that a date that only counts from the article's day
// leaves the end of a headline, with the preposition it governs, and that
// a date written out, an announcement's date, or one that leaves too
// little stays.
func TestTrailing(t *testing.T) {
	for _, tt := range []struct{ sentence, expr, role, want string }{
		{"Les soldats russes ont lancé une offensive vers Vardenis hier.", "hier", "event", "Les soldats russes ont lancé une offensive vers Vardenis"},
		{"Russian peacekeepers launched an offensive towards Vardenis yesterday.", "yesterday", "event", "Russian peacekeepers launched an offensive towards Vardenis"},
		{"Un convoi humanitaire est arrivé à Tartar dans la nuit de dimanche.", "dans la nuit de dimanche", "event", "Un convoi humanitaire est arrivé à Tartar"},
		{"Les garde-frontières ont accusé Tbilissi de violer le cessez-le-feu mercredi en début de matinée.", "mercredi en début de matinée", "", "Les garde-frontières ont accusé Tbilissi de violer le cessez-le-feu"},
		{"Des soldats ont été déployés près de Kapan dès lundi.", "lundi", "event", "Des soldats ont été déployés près de Kapan"},
		{"Les combats ont repris à Martouni le 16 septembre.", "le 16 septembre", "event", "Les combats ont repris à Martouni le 16 septembre"},
		{"Les soldats se déploieront le long du corridor dès mercredi.", "mercredi", "forecast", "Les soldats se déploieront le long du corridor dès mercredi"},
		{"Il a plu hier.", "hier", "event", "Il a plu hier"},
	} {
		start := strings.Index(tt.sentence, tt.expr)
		c := Candidate{Sentence: tt.sentence, Start: start, End: start + len(tt.expr), Lang: "fr", Role: tt.role}
		if got := Shape(c); got != tt.want {
			t.Errorf("Shape(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
		if _, from, to := ScoreFrom(c); Finish(tt.sentence[from:to]) != tt.want {
			t.Errorf("Finish of ScoreFrom's span of %q = %q, want %q", tt.sentence, Finish(tt.sentence[from:to]), tt.want)
		}
	}
}
