package content

import "testing"

func TestJudge(t *testing.T) {
	const title = "L’Azerbaïdjan lance une offensive d’envergure dans le Haut-Karabakh"
	const outlet = "Sputnik Afrique"
	tests := []struct {
		line string
		want string
	}{
		// Article text is kept, headings included.
		{"Le 20 septembre, des unités militaires azerbaïdjanaises ont attaqué des installations de défense aérienne.", ""},
		{"« Opération antiterroriste »", ""},
		{"Spirale de tensions dans le Haut-Karabakh", ""},
		{"Photographie et vidéo ont été diffusées par le ministère.", ""},
		{"La source de l'information reste inconnue.", ""},
		// Furniture.
		{"Close", DropFurniture},
		{"S'abonner", DropFurniture},
		{"scroll to top", DropFurniture},
		{"source", DropFurniture},
		{"Fil d’actu", DropFurniture},
		{"loader", DropFurniture},
		{"Social Media Auto Publish Powered By : XYZScripts.com", DropFurniture},
		{"Spread the love", DropShare},
		{"Partager sur Facebook", DropShare},
		{"Il vous reste 66.94% de cet article à lire. La suite est réservée aux abonnés.", DropPaywall},
		{"Laisser un commentaire", DropComments},
		{"Leave A Reply", DropComments},
		{"0 Comments", DropComments},
		{"Comment (0)", DropComments},
		{"Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", DropComments},
		{"Pour participer aux discussions, identifiez-vous ou créez-vous un compte", DropComments},
		{"© Sputnik . Ilya Pitalev\u00a0/\u00a0Accéder à la base multimédiaHaut-Karabakh", DropCredit},
		{"Photo : AFP", DropCredit},
		{"Photographs de drones azerbaïdjanais d’une frappe de drone sur des camions.", DropCredit},
		{"La campagne militaire aggrave la situation dans la région. (Source : Turquie) |", DropCredit},
		{"Заголовок открываемого материала", DropScript},
		{"0", DropNoText},
		{"|", DropNoText},
		{title, DropTitle},
		{"Haut-Karabakh - Sputnik Afrique", DropOutlet},
	}
	ft, fo := key(title), key(outlet)
	for _, tt := range tests {
		if got := judge(tt.line, ft, fo); got != tt.want {
			t.Errorf("judge(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
