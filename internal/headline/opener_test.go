package headline

import "testing"

func TestAnaphoric(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		// Pronoun subjects: no headline drops them.
		{"Il s'agit de la pire crise arméno-azerbaïdjanaise depuis 2016.", true},
		{"Elles ont été évacuées vers Goris.", true},
		{"On a appris mardi que les combats avaient repris.", true},
		{"C'est ce que le commandant adjoint de l'Armée de défense a déclaré aujourd'hui.", true},
		{"C’était la première attaque contre la capitale.", true},
		{"Ceci afin de prévenir un incident à la frontière.", true},
		{"Cela a provoqué la colère de Moscou.", true},
		{"Ça n'a pas empêché les bombardements.", true},
		{"Celui-ci a démenti toute implication.", true},
		{"Ces derniers ont quitté la ville dans la nuit.", true},
		{"Ce conflit a fait plus de 6 500 morts.", true},
		{"Son armée a bombardé Stepanakert.", true},
		{"Selon lui, les frappes visaient des cibles militaires.", true},
		{"It was the worst fighting since 2016.", true},
		{"They fired on the village of Martouni.", true},
		{"These talks failed to produce a ceasefire.", true},
		{"Its army shelled the town overnight.", true},
		// Days named by another day, and connectors: dropped when a clause follows.
		{"Le lendemain, l'Azerbaïdjan a repris Chouchi.", true},
		{"La veille, les forces arméniennes s'étaient retirées.", true},
		{"Le jour même, Bakou a annoncé la fin de l'opération.", true},
		{"Ce jour-là, les combats ont fait 16 morts.", true},
		{"Aujourd'hui, le corridor de Latchine reste fermé.", true},
		{"Hier soir, Bakou a annoncé un cessez-le-feu.", true},
		{"Ce matin, des tirs ont été entendus à Stepanakert.", true},
		{"Trois jours plus tard, l'armée est entrée dans Chouchi.", true},
		{"Il y a trois jours, Moscou a dénoncé une provocation.", true},
		{"Par ailleurs, Moscou a appelé à un cessez-le-feu.", true},
		{"De son côté, l'Arménie a décrété la mobilisation générale.", true},
		{"En outre, deux villages ont été bombardés.", true},
		{"Comme indiqué précédemment, l'Azerbaïdjan a lancé une offensive.", true},
		{"The next day, Armenian forces withdrew from the town.", true},
		{"The day before, Baku had warned of a response.", true},
		{"That day, the shelling killed three civilians.", true},
		{"Today, the Lachin corridor remains closed.", true},
		{"Yesterday Azerbaijan launched an offensive.", true},
		{"Earlier, the defence ministry said two drones were downed.", true},
		{"Meanwhile, Russia called for restraint.", true},
		{"However, Baku denied the claim.", true},
		{"Also on Tuesday, the ICRC evacuated the wounded.", true},
		// Openings read alone.
		{"L'Azerbaïdjan a lancé une offensive au Haut-Karabakh.", false},
		{"Le 27 septembre 2020, les forces azerbaïdjanaises ont lancé une offensive.", false},
		{"Mardi 19 septembre, l'Azerbaïdjan a lancé une opération.", false},
		{"On Tuesday, Azerbaijan launched an offensive.", false},
		{"In 2016, a four-day war killed some 200 people.", false},
		{"Il y a des victimes parmi les civils.", false},
		{"Selon le ministère, 16 soldats ont été tués.", false},
		{"Le premier ministre arménien a démissionné.", false},
		{"Les forces arméniennes se sont retirées de Latchine.", false},
		{"Armenia and Azerbaijan signed a peace deal.", false},
		{"« Nous gagnerons », a déclaré le premier ministre.", false},
	} {
		if got := Anaphoric(tt.s); got != tt.want {
			t.Errorf("Anaphoric(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
