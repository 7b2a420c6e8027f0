package headline

import "testing"

func TestFurniture(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		// Calls to action.
		{"Support independent journalism in the Caucasus: Join today", true},
		{"Soutenez le journalisme indépendant : faites un don", true},
		{"Abonnez-vous à notre newsletter", true},
		{"Inscrivez-vous pour recevoir nos articles", true},
		{"Suivez-nous sur Telegram", true},
		{"Subscribe to our newsletter for weekly updates.", true},
		{"Donate now", true},
		{"Share on Facebook", true},
		{"Follow us on Twitter", true},
		// Markers.
		{"Lire aussi : Bakou annonce la fin de son opération", true},
		{"À lire aussi", true},
		{"Read more: Azerbaijan launches offensive", true},
		{"Publicité", true},
		{"Advertisement", true},
		// Credits and bylines.
		{"Photo : AFP", true},
		{"Crédit photo : Karen Minasyan", true},
		{"© Reuters", true},
		{"Des soldats arméniens près de Martouni. Karen Minasyan / AFP", true},
		{"Par Jean Dupont", true},
		{"Par Jean Dupont, envoyé spécial à Stepanakert", true},
		{"By Joshua Kucera and Ani Mejlumyan", true},
		// Dates, times, publication lines.
		{"Publié le 27/09/2020 à 10h15", true},
		{"Mis à jour le 28 septembre 2020", true},
		{"Updated: September 27, 2020 10:15 GMT", true},
		{"Mardi 19 septembre 2023", true},
		{"27/09/2020 10:15", true},
		{"5 min read", true},
		{"|", true},
		// Article text.
		{"L'Azerbaïdjan a lancé une offensive au Haut-Karabakh.", false},
		{"Support for the ceasefire grew among the parties on Tuesday.", false},
		{"Par ailleurs, Moscou a appelé à un cessez-le-feu.", false},
		{"By Tuesday, the troops had withdrawn from the town.", false},
		{"Updated figures show 16 soldiers were killed.", false},
		{"Le ministère a mis à jour son bilan mardi soir.", false},
		{"L'UE appelle à soutenir le journalisme indépendant en Arménie, a déclaré le porte-parole.", false},
		{"La photo montre des soldats arméniens près de Martouni.", false},
		{"Source de tensions, le corridor de Latchine est bloqué depuis décembre.", false},
		{"Join talks were held in Moscow on Tuesday.", false},
	} {
		if got := Furniture(tt.s); got != tt.want {
			t.Errorf("Furniture(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
