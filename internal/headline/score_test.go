package headline

import "testing"

// fr and en return an event-role candidate in French or English.
func fr(s string) Candidate { return Candidate{Sentence: s, Lang: "fr", Role: "event"} }
func en(s string) Candidate { return Candidate{Sentence: s, Lang: "en", Role: "event"} }

// dated returns c with its date expression at the first occurrence of expr.
func dated(c Candidate, expr string) Candidate {
	for i := 0; i+len(expr) <= len(c.Sentence); i++ {
		if c.Sentence[i:i+len(expr)] == expr {
			c.Start, c.End = i, i+len(expr)
			return c
		}
	}
	panic("no " + expr + " in " + c.Sentence)
}

func role(c Candidate, r string) Candidate { c.Role = r; return c }
func coarse(c Candidate) Candidate         { c.Coarse = true; return c }
func said(c Candidate, who string) Candidate {
	c.Speaker = who
	return c
}

func TestScoreOrder(t *testing.T) {
	for _, tt := range []struct {
		name          string
		better, worse Candidate
	}{
		{"a past event beats a pronoun subject",
			fr("Les forces azerbaïdjanaises ont lancé une offensive sur Stepanakert."),
			fr("C'est ce que le commandant adjoint de l'Armée de défense a déclaré aujourd'hui.")},
		{"a past event beats a demonstrative subject",
			fr("L'Azerbaïdjan a fermé le corridor de Latchine à la circulation."),
			fr("Ceci afin de prévenir un incident à la frontière.")},
		{"a day that starts a comparison loses for a coarse date",
			coarse(dated(fr("En 2016, une guerre de quatre jours a fait quelque 200 morts au Haut-Karabakh."), "2016")),
			coarse(dated(fr("Les combats sont les plus violents au Haut-Karabakh depuis 2016."), "2016"))},
		{"for the first time since",
			coarse(dated(en("In 2016, a four-day war killed some 200 people in Nagorno-Karabakh."), "2016")),
			coarse(dated(en("The shelling of Stepanakert was the heaviest since 2016, officials said."), "2016"))},
		{"comme en",
			coarse(dated(fr("En avril 2016, l'armée azerbaïdjanaise a repris plusieurs collines."), "avril 2016")),
			coarse(dated(fr("Les combats se sont intensifiés comme en avril 2016 dans le nord."), "avril 2016"))},
		{"an event beats background",
			fr("Les séparatistes ont abattu deux hélicoptères azerbaïdjanais près de Martakert."),
			role(fr("Les deux pays ont mené une guerre dans les années 1990 qui a fait 30 000 morts."), "background")},
		{"a short event beats a perfect forecast",
			fr("Bakou a fermé la frontière."),
			role(fr("Les ministres des Affaires étrangères doivent se rencontrer à Moscou pour relancer les négociations."), "forecast")},
		{"background, anaphoric or not, beats furniture",
			role(fr("Il s'agit de la pire crise depuis 2016."), "background"),
			fr("Support independent journalism in the Caucasus: Join today")},
		{"a stripped leading day beats a pronoun",
			fr("Le lendemain, l'Azerbaïdjan a repris la ville de Chouchi."),
			fr("Il a repris la ville de Chouchi le lendemain.")},
		{"a past verb beats a present",
			fr("L'armée azerbaïdjanaise a bombardé plusieurs villages près de Martouni."),
			fr("L'armée azerbaïdjanaise bombarde plusieurs villages près de Martouni.")},
		{"an event beats a saying",
			en("Azerbaijani forces shelled Stepanakert and several villages overnight."),
			en("The Armenian defence ministry said the situation on the front line was tense.")},
		{"a statement beats a question",
			fr("La Russie a déployé 2 000 soldats de maintien de la paix dans la région."),
			fr("Que va faire la Russie face à la reprise des combats dans la région ?")},
		{"a statement beats a quotation",
			fr("Le Premier ministre arménien a appelé la communauté internationale à réagir."),
			said(fr("« Nous sommes tous unis derrière notre armée et nous gagnerons », a posté le Premier ministre."), "le Premier ministre")},
		{"a sentence beats the same in capitals",
			fr("L'Azerbaïdjan a lancé une offensive sur toute la ligne de contact."),
			fr("L'AZERBAÏDJAN A LANCÉ UNE OFFENSIVE SUR TOUTE LA LIGNE DE CONTACT.")},
		{"a headline's length beats a paragraph",
			en("Azerbaijan launched an offensive along the line of contact in Nagorno-Karabakh."),
			en("Azerbaijan launched an offensive along the line of contact in Nagorno-Karabakh, using artillery, drones and aircraft against positions held by ethnic Armenian forces, while also shelling the towns and villages behind the front, including the regional capital, Stepanakert, where sirens sounded through the night and residents took shelter in basements as the attacks went on for hours without pause or warning.")},
		{"a whole sentence beats a fragment",
			fr("Les séparatistes arméniens ont pris le contrôle de la région en 1991."),
			fr("après que les séparatistes arméniens ont pris le contrôle de la région en 1991.")},
		{"an actor and a place beat neither",
			fr("Les forces arméniennes ont détruit quatre chars à Stepanakert."),
			fr("Quatre chars ont été détruits au cours des dernières heures.")},
	} {
		b, w := Score(tt.better), Score(tt.worse)
		if b <= w {
			t.Errorf("%s: Score(%q) = %d, not above Score(%q) = %d", tt.name, tt.better.Sentence, b, tt.worse.Sentence, w)
		}
	}
}

func TestScoreBands(t *testing.T) {
	for _, tt := range []struct {
		c        Candidate
		positive bool
	}{
		{fr("Les forces azerbaïdjanaises ont lancé une offensive."), true},
		{fr("Le lendemain, l'Azerbaïdjan a repris Chouchi."), true},
		{role(fr("Un cessez-le-feu est en vigueur depuis 1994."), "background"), true},
		{en("On Tuesday, Azerbaijan launched an offensive."), true},
		// Furniture and unusable openings.
		{en("Support independent journalism in the Caucasus: Join today"), false},
		{fr("Par Jean Dupont"), false},
		{fr("Photo : AFP"), false},
		{fr("Publié le 27/09/2020 à 10h15"), false},
		{fr("Il s'agit de la pire crise arméno-azerbaïdjanaise depuis 2016."), false},
		{fr("C'est ce que le commandant adjoint a déclaré aujourd'hui."), false},
		{en("They fired on the village of Martouni."), false},
		{fr("Hier soir a été marqué par de violents combats."), false},
		{fr("Stepanakert."), false},
	} {
		if got := Score(tt.c); got > 0 != tt.positive {
			t.Errorf("Score(%q) = %d, want > 0: %v", tt.c.Sentence, got, tt.positive)
		}
	}
}
