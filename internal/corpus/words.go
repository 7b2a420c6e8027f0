package corpus

// The words the articles are made of. Names are spelled as the French press
// spells them, with the variants it uses ("Stepanakert" and "Khankendi",
// "Chouchi" and "Şuşa").

// outlet is a source: its name in front matter and the host of its urls.
type outlet struct {
	name, domain string
	lang         string
}

var outlets = []outlet{
	{"Le Monde", "www.lemonde.fr", "fr"},
	{"Le Figaro", "www.lefigaro.fr", "fr"},
	{"Libération", "www.liberation.fr", "fr"},
	{"France 24", "www.france24.com", "fr"},
	{"RFI", "www.rfi.fr", "fr"},
	{"La Croix", "www.la-croix.com", "fr"},
	{"Courrier international", "www.courrierinternational.com", "fr"},
	{"Ouest-France", "www.ouest-france.fr", "fr"},
	{"TV5Monde", "information.tv5monde.com", "fr"},
	{"Sputnik Afrique", "fr.sputniknews.africa", "fr"},
	{"La Gazette française", "lagazettefrancaise.fr", "fr"},
	{"Le Courrier d'Erevan", "www.courrierderevan.com", "fr"},
	{"Nouvelles d'Arménie", "www.armenews.com", "fr"},
	{"", "", "fr"}, // a page whose outlet the editor could not tell
	{"Reuters", "www.reuters.com", "en"},
	{"Eurasianet", "eurasianet.org", "en"},
	{"OC Media", "oc-media.org", "en"},
	{"CivilNet", "www.civilnet.am", "en"},
	{"JAMnews", "jam-news.net", "en"},
	{"Al Jazeera", "www.aljazeera.com", "en"},
}

// towns of the region, with the variants the press uses.
var towns = []string{
	"Stepanakert", "Khankendi", "Stepanakert (Khankendi)", "Chouchi", "Şuşa", "Chouchi (Şuşa)",
	"Latchine", "Lachin", "Agdam", "Martouni", "Askeran", "Hadrout", "Füzuli", "Djebraïl",
	"Kelbajar", "Martakert", "Goris", "Kapan", "Jermuk", "Sotk", "Vardenis", "Tartar", "Barda",
	"Gandja", "Kornidzor",
}

var capitals = []string{"Bakou", "Erevan", "Moscou", "Ankara", "Tbilissi", "Bruxelles", "Washington", "Paris"}

var capitalsEN = []string{"Baku", "Yerevan", "Moscow", "Ankara", "Tbilisi", "Brussels", "Washington"}

// plural and singular subjects, so that verbs agree.
var pluralFR = []string{
	"les forces azerbaïdjanaises", "les forces arméniennes", "les séparatistes arméniens",
	"des unités de l'Armée de défense du Haut-Karabakh", "les soldats de la force de maintien de la paix russe",
	"les autorités séparatistes", "des habitants de {town}", "les garde-frontières arméniens",
	"les troupes azerbaïdjanaises", "des observateurs de l'Union européenne", "les deux camps",
	"des milliers de réfugiés",
}

var singularFR = []string{
	"le ministère azerbaïdjanais de la Défense", "le ministère arménien de la Défense",
	"le Premier ministre arménien, Nikol Pachinian,", "le président azerbaïdjanais, Ilham Aliev,",
	"le Comité international de la Croix-Rouge", "l'armée azerbaïdjanaise", "Bakou", "Erevan",
	"Moscou", "le Kremlin", "le médiateur des droits de l'homme du Haut-Karabakh",
	"le groupe de Minsk de l'OSCE", "le Conseil de sécurité de l'ONU", "la diplomatie française",
	"le chef de la diplomatie arménienne, Ararat Mirzoyan,", "Ruben Vardanyan",
}

// attributions close a sentence with its source, as attribution finds them.
var attributionsFR = []string{
	", selon le ministère arménien de la Défense", ", selon le ministère azerbaïdjanais de la Défense",
	", a déclaré Hikmet Hajiyev", ", a déclaré Nikol Pachinian", ", a affirmé Ilham Aliev",
	", d'après l'agence Anadolu", ", selon l'agence APA", ", selon le CICR",
	", a indiqué le porte-parole du Kremlin, Dmitri Peskov", ", affirme le médiateur Gegham Stepanyan",
	", selon des sources locales", ", a rapporté l'agence Armenpress", ", selon les autorités séparatistes",
	", a précisé le ministère russe de la Défense", ", d'après un communiqué de la présidence",
}

var attributionsEN = []string{
	", the Armenian defence ministry said", ", Azerbaijan's defence ministry said",
	", according to Hikmet Hajiyev", ", Nikol Pashinyan told reporters", ", the ICRC said",
	", according to local officials", ", a Kremlin spokesman said", ", Ilham Aliyev said",
}

// targets are what is struck, taken, evacuated.
var targetsFR = []string{
	"des positions arméniennes près de {town}", "la route de {town}", "des postes de commandement",
	"des stations radar", "des dépôts de munitions", "le centre de {town}", "les faubourgs de {town}",
	"des villages autour de {town}", "un pont sur la route de Latchine", "des installations de défense aérienne",
	"la centrale électrique de {town}", "des véhicules blindés", "des systèmes antiaériens",
}

// victimsFR and weaponsFR are numbers that are never dates: counts of
// people, measures, models of arms.
var victimsFR = []string{
	"16 victimes", "plus de 100 blessés", "plus de 2\u00a0000 civils", "un homme de 61 ans",
	"près de 30\u202f000 morts", "32 soldats", "plus de 120\u00a0000 habitants", "une femme de 47 ans",
	"plus de 100\u00a0000 réfugiés", "les 2\u00a0000 soldats russes", "14 blessés", "près de 40 % de la population",
}

var weaponsFR = []string{
	"des obusiers D-30", "4 hélicoptères", "une station radar P-18", "des drones Bayraktar TB2",
	"12 chars", "un convoi de 19 camions", "des missiles Iskander", "un Su-25", "3 ambulances",
	"deux lance-roquettes BM-21", "15 drones",
}

var distractorsEN = []string{
	"16 casualties", "more than 100 wounded", "over 2,000 civilians displaced", "32 soldiers killed",
	"some 30,000 dead", "14 wounded", "more than 100,000 refugees",
}

var weaponsEN = []string{
	"D-30 howitzers", "four helicopters", "Bayraktar TB2 drones", "12 tanks", "a P-18 radar station",
	"Iskander missiles", "a Su-25 jet",
}

// Page furniture, as scraped pages hold it. Each line is one the cleaner
// should set aside.
var (
	furnitureTop = []string{
		"Partager sur Facebook", "Partager sur X", "Partager", "S'abonner", "Menu", "Accueil",
		"Spread the love", "Se connecter", "Newsletter", "Fermer", "Close", "Facebook Twitter LinkedIn",
	}
	furnitureMiddle = []string{
		"Lire aussi", "Publicité", "Lire la suite", "À lire aussi", "Sur le même sujet", "Advertisement",
	}
	furnitureBottom = []string{
		"Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
		"0 Comments", "Comment (0)", "Leave A Reply", "scroll to top", "Fil d'actu", "Réagir", "Source",
		"Pour participer aux discussions, identifiez-vous ou créez-vous un compte",
		"Social Media Auto Publish Powered By : XYZScripts.com", "Tous droits réservés",
	}
	paywalls = []string{
		"Il vous reste %d%% de cet article à lire. La suite est réservée aux abonnés.",
		"Il vous reste %d %% de cet article à lire.",
		"Cet article est réservé aux abonnés. Déjà abonné ? Se connecter",
	}
	credits = []string{
		"© AFP / Karen Minasyan", "© Sputnik . Ilya Pitalev / Accéder à la base multimédia",
		"Photo : Reuters/Aziz Karimov", "© Tofik Babayev / AFP", "Crédit photo : Armenpress",
		"Photographs de drones azerbaïdjanais d'une frappe sur des positions arméniennes.",
		"Des réfugiés arrivent à Goris. (Source : AFP) |",
	}
	widgets = []string{
		"Заголовок открываемого материала", "Читайте также", "Подписаться на рассылку",
		"Կարդալ նաև", "Բաժանորդագրվել",
	}
	furnitureEN = []string{
		"Share this article", "Leave a comment", "Read more", "Subscribe", "Advertisement",
		"Related articles", "Already a subscriber? Sign in", "© Reuters/Stringer", "Back to top",
	}
)
