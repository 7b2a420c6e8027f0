package kinds

import (
	"slices"
	"testing"
)

// ofCase is one sentence, in the tables' own words after the reporting of
// the conflict, and the kinds it signals.
type ofCase struct {
	in   string
	want []string // in the typology's order; nil for none
}

func runOf(t *testing.T, lang string, cases []ofCase) {
	t.Helper()
	d := Default()
	for _, c := range cases {
		got := d.Of(c.in, lang)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s\n got: %q\nwant: %q", c.in, got, c.want)
		}
	}
}

// k writes a row's kinds.
func k(ids ...string) []string { return ids }

// April 2016: the four-day war.
func TestOfFourDayWar(t *testing.T) {
	runOf(t, "fr", []ofCase{
		{"Dans la nuit du 1er au 2 avril 2016, de violents affrontements ont éclaté sur la ligne de contact.", k("clash")},
		{"Les forces arméniennes ont pilonné plusieurs villages azerbaïdjanais à l'artillerie lourde.", k("strike")},
		// "soldats … tués": soldiers killed without a weapon named is fighting.
		{"Selon Bakou, douze soldats azerbaïdjanais ont été tués lors des combats.", k("clash")},
		{"Trois soldats arméniens ont été tués et quatre autres blessés près de Talish.", k("clash")},
		// "négocié" is no talks: the sentence is about the ceasefire.
		{"Un cessez-le-feu négocié à Moscou est entré en vigueur le 5 avril à midi.", k("ceasefire")},
		{"Un cessez le feu humanitaire a été proclamé pour évacuer les blessés.", k("ceasefire", "displacement")},
	})
	runOf(t, "en", []ofCase{
		{"Heavy fighting broke out along the line of contact on the night of April 1, 2016.", k("clash")},
		{"Azerbaijani forces shelled the town of Martakert throughout the night.", k("strike")},
		{"Clashes flared again on the border, leaving dozens of soldiers dead on both sides.", k("clash")},
	})
}

// September to November 2020: the 44-day war.
func TestOfWar2020(t *testing.T) {
	runOf(t, "fr", []ofCase{
		{"Le 27 septembre 2020, l'Azerbaïdjan a lancé une vaste offensive le long de la ligne de contact.", k("clash")},
		// Shelling that kills civilians: the strike, and the civilians it harmed.
		{"Stepanakert a été bombardée pendant la nuit, et deux civils ont été tués.", k("strike", "civilians")},
		{"Des tirs de roquettes ont visé le centre de Gandja, faisant plusieurs morts parmi les habitants.", k("strike", "civilians")},
		// "tirs d'artillerie" is longer than "tirs": a strike, no clash.
		{"Des tirs d'artillerie ont touché la périphérie de Martouni.", k("strike")},
		{"Un drone kamikaze a détruit un camion de munitions près de Fizouli.", k("strike")},
		{"Un drone azerbaïdjanais a été abattu au-dessus de Chouchi.", k("strike")},
		{"Erevan accuse Bakou d'avoir utilisé des armes à sous-munitions contre des zones résidentielles.", k("strike", "statement")},
		// A denial cancels what it denies, up to the end of its clause.
		{"Le ministère azerbaïdjanais de la Défense a démenti avoir bombardé la ville de Martakert.", k("statement")},
		{"Une trêve humanitaire, annoncée samedi, a été rompue quelques minutes après son entrée en vigueur.", k("ceasefire")},
		// A ceasefire violation: the fighting, and the fate of the ceasefire.
		{"Les deux camps s'accusent mutuellement d'avoir violé le cessez-le-feu.", k("clash", "ceasefire", "statement")},
		{"Le président russe a annoncé la signature d'un accord de cessez-le-feu total au Haut-Karabakh.", k("ceasefire")},
		{"Bakou affirme que ses troupes ont repris le contrôle de la ville de Choucha.", k("clash")},
		{"Human Rights Watch dénonce des exécutions sommaires de prisonniers de guerre arméniens.", k("civilians", "arrest", "statement")},
		{"Des centaines de familles se retrouvent sans abri après les bombardements.", k("strike", "displacement")},
		{"Le chef de la diplomatie russe s'est entretenu par téléphone avec son homologue arménien.", k("talks")},
		// An ordinary reporting verb is no statement.
		{"Le président Aliev a annoncé sa victoire lors d'un discours télévisé.", nil},
		{"Les ministres des Affaires étrangères ont repris les négociations à Genève sous l'égide du groupe de Minsk.", k("talks")},
		{"Les frappes azerbaïdjanaises ont détruit un pont reliant Chouchi à Latchine.", k("strike")},
	})
	runOf(t, "en", []ofCase{
		{"Two civilians were killed when a rocket hit a residential building in Ganja.", k("strike", "civilians")},
		{"A Turkish-made drone struck an air defence system near Shusha.", k("strike")},
		// "no casualties": the shelling was, its victims were not.
		{"No casualties were reported after the overnight shelling.", k("strike")},
		{"The defence ministry in Baku denied shelling Armenian villages.", k("statement")},
		{"Armenia accused Azerbaijan of violating the humanitarian ceasefire within minutes.", k("ceasefire", "statement")},
		{"A ceasefire brokered by Russia took effect at midnight on November 10, 2020.", k("ceasefire")},
		{"Officials said the strike on the fuel depot had been carried out overnight.", k("strike")},
		{"Russian peacekeepers began deploying along the Lachin corridor.", nil},
		{"Human rights groups condemned the killing of Armenian prisoners of war.", k("arrest", "statement")},
	})
}

// 2021 to 2023: the border clashes and the Lachin corridor.
func TestOfBorderAndCorridor(t *testing.T) {
	runOf(t, "fr", []ofCase{
		{"La frontière a été le théâtre de heurts sporadiques en novembre 2021.", k("clash")},
		{"Les combats de septembre 2022 ont fait près de 300 morts des deux côtés.", k("clash")},
		{"Les gardes-frontières ont essuyé des tirs venant des positions arméniennes, selon Bakou.", k("clash")},
		{"Des tireurs d'élite ont tué un soldat arménien dans la région de Tavouch.", k("clash")},
		// Self-styled ecologists on the road: a protest and a blockade.
		{"Depuis le 12 décembre, de prétendus écologistes azerbaïdjanais bloquent la route du corridor de Latchine.", k("protest", "blockade")},
		{"Le convoi du Comité international de la Croix-Rouge n'a pas pu franchir le point de contrôle de Hakari.", k("blockade")},
		{"La population du Haut-Karabakh souffre de graves pénuries de nourriture et de médicaments.", k("blockade")},
		{"Les autorités azerbaïdjanaises ont de nouveau coupé l'approvisionnement en gaz de la région.", k("blockade")},
		{"Les habitants de Stepanakert manquent de pain et de carburant depuis le début du blocus.", k("blockade")},
		{"Vagif Khachatryan a été interpellé par les gardes-frontières azerbaïdjanais au pont de Hakari.", k("arrest")},
		{"Le Parlement européen a adopté une résolution sur le sort des prisonniers arméniens détenus à Bakou.", k("arrest")},
		{"Pachinian et Aliev se sont entretenus à Bruxelles en présence de Charles Michel.", k("talks")},
		{"Une frappe de drone a tué trois militaires azerbaïdjanais.", k("strike")},
		{"Le ministère a dénoncé une provocation et promis une riposte.", k("statement")},
		{"Un berger a été blessé après avoir sauté sur une mine près de la frontière.", k("mines")},
		{"Des mines antipersonnel ont été découvertes dans les territoires rendus à l'Azerbaïdjan.", k("mines")},
		{"Les opérations de déminage ont repris autour d'Aghdam.", k("mines")},
		// A mine that is dug is no mine that explodes.
		{"Les exploitations minières illégales dans certaines mines sont au cœur du différend.", nil},
		{"La police a interpellé des dizaines de manifestants qui bloquaient les rues d'Erevan.", k("arrest", "protest")},
		{"Des milliers de manifestants se sont rassemblés devant le Parlement à Erevan.", k("protest")},
		{"Le Conseil de sécurité de l'ONU s'est réuni en urgence à la demande de la France.", k("talks")},
		{"Erevan a mis en garde contre un nettoyage ethnique imminent.", k("statement")},
		{"Les deux armées s'étaient déjà affrontées près de Tartar au printemps 2016.", k("clash")},
		// "chef de la diplomatie" is a minister's title, no diplomacy.
		{"Le chef de la diplomatie arménienne a répondu aux questions des journalistes.", nil},
		{"Un premier accord a été signé en avril 2024 sur la délimitation de la frontière.", k("ceasefire", "talks")},
	})
	runOf(t, "en", []ofCase{
		{"Azerbaijani troops attacked Armenian positions in the Gegharkunik province overnight.", k("clash")},
		{"Armenian servicemen were wounded by sniper fire near Jermuk.", k("clash")},
		{"Since December 2022, self-styled environmental activists have blocked the only road linking Karabakh to Armenia.", k("protest", "blockade")},
		// "denied access" is the blockade, not a denial that cancels it.
		{"The Red Cross said its convoy had been denied access to Stepanakert.", k("blockade")},
		{"Severe shortages of food, fuel and medicine have been reported in Stepanakert.", k("blockade")},
		{"A humanitarian convoy carrying flour and medicine was stopped at the checkpoint.", k("blockade")},
		{"A landmine explosion killed two Azerbaijani civilians in the Kalbajar district.", k("civilians", "mines")},
		{"The leaders of Armenia and Azerbaijan met in Brussels for talks on a peace treaty.", k("talks")},
		{"Baku warned Yerevan of a decisive response to any provocation.", k("statement")},
		{"The Armenian foreign ministry lodged a protest with the Azerbaijani side.", k("statement")},
		{"Thousands of protesters gathered in Yerevan to demand the prime minister's resignation.", k("protest")},
		// A strike of workers is a protest, no strike of missiles.
		{"Workers at the copper mine went on strike over unpaid wages.", k("protest")},
		// The parts of "journalist* + killed" stand too far apart: the
		// journalists report, the soldiers were killed.
		{"Journalists at the scene reported that two soldiers had been killed.", k("clash")},
	})
}

// September 2023: the offensive and the exodus.
func TestOfOffensive2023(t *testing.T) {
	runOf(t, "fr", []ofCase{
		// Quotes do not break a phrase.
		{"Le 19 septembre 2023, Bakou a lancé une opération « antiterroriste » au Haut-Karabakh.", k("clash")},
		{"Une explosion dans un dépôt de carburant près de Stepanakert a fait plus de 200 morts.", k("mines")},
		{"Plus de 100 000 Arméniens ont quitté le Haut-Karabakh en une semaine, un exode massif.", k("displacement")},
		{"Des milliers d'habitants ont fui vers l'Arménie avant l'arrivée des forces azerbaïdjanaises.", k("displacement")},
		{"Ruben Vardanyan a été interpellé alors qu'il tentait de rejoindre l'Arménie.", k("arrest")},
		// A threat is a statement; what it threatens has not happened.
		{"Bakou a menacé de bombarder les installations militaires si les séparatistes refusaient de se rendre.", k("statement")},
		{"Les séparatistes arméniens ont accepté de déposer les armes dans le cadre d'un accord conclu avec Bakou.", k("ceasefire")},
		{"L'Union européenne a condamné l'offensive et appelé à un retour immédiat aux négociations.", k("clash", "talks", "statement")},
		{"Les évacuations de civils se poursuivent vers Goris.", k("displacement")},
		{"Le gouvernement arménien prévoit d'accueillir les réfugiés dans des centres d'hébergement provisoires.", k("displacement")},
		{"Les soldats de la paix russes ont escorté un convoi humanitaire jusqu'à Stepanakert.", k("blockade")},
		{"Selon l'ONU, une centaine de milliers de réfugiés sont arrivés en Arménie.", k("displacement")},
		{"Le cessez-le-feu, conclu sous la médiation de Moscou, est globalement respecté.", k("ceasefire", "talks")},
	})
	runOf(t, "en", []ofCase{
		{"More than 100,000 people fled Nagorno-Karabakh within a week, according to the UN refugee agency.", k("displacement")},
		{"Azerbaijan detained the former head of the Karabakh government as he tried to cross into Armenia.", k("arrest")},
		{"Karabakh's separatist forces agreed to lay down their arms under a Russian-brokered deal.", k("ceasefire")},
		{"The blast at the fuel depot killed at least 170 people.", k("mines")},
	})
}

// Sentences that signal nothing: no kind, however near their words come.
func TestOfNone(t *testing.T) {
	runOf(t, "fr", []ofCase{
		// A negation cancels the signal it governs.
		{"Aucun affrontement n'a été signalé dans la nuit, selon le ministère de la Défense.", nil},
		{"Pas de combats signalés ce matin sur la ligne de front.", nil},
		{"Il n'y a pas eu de victimes civiles, selon les autorités locales.", nil},
		{"Aucun civil n'a été blessé lors de l'incident.", nil},
		{"Le Premier ministre arménien a déclaré que la situation restait tendue.", nil},
		{"Le président a promulgué une nouvelle loi sur l'éducation.", nil},
		{"Le journal a publié un entretien avec l'écrivain.", nil},
		// "!offensive diplomatique": the offensive is of words.
		{"Bakou mène une offensive diplomatique auprès des capitales européennes.", nil},
		{"Moscou et Ankara ont discuté de la création d'un centre de surveillance conjoint.", nil},
		{"", nil},
	})
	runOf(t, "en", []ofCase{
		{"The ministry said the situation on the border remained calm.", nil},
		{"The government announced a new tax on imported cars.", nil},
		// A fear is not an offensive.
		{"Yerevan fears a new offensive in the south of the country.", nil},
		{"Russia and Turkey agreed to set up a joint monitoring centre.", nil},
		{"No clashes have been reported along the border this week.", nil},
	})
}

// A negation reaches three words, and no further than its clause.
func TestOfNegationReach(t *testing.T) {
	runOf(t, "fr", []ofCase{
		// "pas moins de trente obus": four words on, the shells fell.
		{"Pas moins de trente obus sont tombés sur la ville.", k("strike")},
		// "mais" ends the negation's clause.
		{"Aucun soldat n'a été blessé, mais les bombardements ont repris.", k("strike")},
		{"Les bombardements n'ont pas cessé depuis dimanche matin.", k("strike")},
	})
	runOf(t, "en", []ofCase{
		{"No clashes have been reported since the truce came into force.", k("ceasefire")},
		// The denial covers its own clause, not the next.
		{"Baku denied the reports, and Armenian officials said shelling continued overnight.", k("strike", "statement")},
	})
}

// A sentence in a language the typology has no signals for gives none.
func TestOfOtherLanguage(t *testing.T) {
	if got := Default().Of("Des combats ont éclaté.", "de"); got != nil {
		t.Errorf("Of(…, de) = %q, want nil", got)
	}
	// The French lists do not read English: "tirs" is no word there.
	if got := Default().Of("Heavy fighting broke out.", "fr"); got != nil {
		t.Errorf("Of(English sentence, fr) = %q, want nil", got)
	}
}
