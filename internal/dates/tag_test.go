package dates

import (
	"strings"
	"testing"
	"time"
)

// tagCase is one sentence, the publication date of its article, the
// sentences before it in the article, and the expressions it must give,
// written "words → value [HH:MM] [part] [since]".
type tagCase struct {
	name   string
	pub    string
	before []string
	in     string
	want   []string
}

var partNames = [...]string{"", "matin", "midi", "après-midi", "soir", "nuit"}

// show writes an expression as the tables want it.
func show(e Expr) string {
	s := e.Text + " → " + e.Value.String()
	if e.Time != "" {
		s += " " + e.Time
	}
	if e.Part != NoPart {
		s += " " + partNames[e.Part]
	}
	if e.Since {
		s += " since"
	}
	return s
}

// tagged tags c's sentence in a document of language lang, after the
// sentences before it, and shows what it found.
func tagged(t *testing.T, c tagCase, lang string) []string {
	t.Helper()
	pub, err := time.Parse("2006-01-02", c.pub)
	if err != nil {
		t.Fatal(err)
	}
	d := NewDoc(pub, lang)
	for _, b := range c.before {
		d.Tag(b)
	}
	var got []string
	for _, e := range d.Tag(c.in) {
		got = append(got, show(e))
	}
	return got
}

func runTag(t *testing.T, cases []tagCase) {
	t.Helper()
	runTagIn(t, "fr", cases)
}

// runTagIn is runTag for the articles of language lang.
func runTagIn(t *testing.T, lang string, cases []tagCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := tagged(t, c, lang)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.in, got, c.want)
			}
		})
	}
}

// 2023-09-20 is a Wednesday; most sentences are "published" that day.

func TestTagFullAndPartialDates(t *testing.T) {
	runTag(t, []tagCase{
		{"weekday, day, month and year", "2023-09-20", nil,
			"L'Azerbaïdjan a lancé une offensive mardi 19 septembre 2023.",
			[]string{"mardi 19 septembre 2023 → 2023-09-19"}},
		{"the article is part of the expression", "2024-01-05", nil,
			"Le cessez-le-feu est entré en vigueur le 1er janvier 2024.",
			[]string{"le 1er janvier 2024 → 2024-01-01"}},
		{"day and month take the publication year", "2023-09-20", nil,
			"L'armée présente la campagne de bombardement du 19 septembre comme une opération antiterroriste.",
			[]string{"19 septembre → 2023-09-19"}},
		{"abbreviated month", "2023-09-20", nil,
			"Les tirs ont commencé le 19 sept. à l'aube.",
			[]string{"le 19 sept. → 2023-09-19"}},
		{"English order in a French article", "2023-09-20", nil,
			"Le ministère a annoncé September 19, 2023 la fin des opérations.",
			[]string{"September 19, 2023 → 2023-09-19"}},
		{"English day-first in a French article", "2023-09-20", nil,
			"Le communiqué du 19 September le confirme.",
			[]string{"19 September → 2023-09-19"}},
		{"numeric, French day first", "2022-08-04", nil,
			"Bakou, 03/08/2022 (AZERTAC) – Le ministère de la Défense a annoncé une opération.",
			[]string{"03/08/2022 → 2022-08-03"}},
		{"numeric with dots", "2020-11-12", nil,
			"Le document daté du 10.11.2020 fixe la ligne de contact.",
			[]string{"10.11.2020 → 2020-11-10"}},
		{"ISO", "2023-09-20", nil,
			"Selon le relevé 2023-09-19, les frappes ont visé douze positions.",
			[]string{"2023-09-19 → 2023-09-19"}},
		{"dateline with an abbreviated month", "2022-09-14", nil,
			"Erevan, 14 sept. 2022 — Les combats ont repris à la frontière.",
			[]string{"14 sept. 2022 → 2022-09-14"}},
		{"a sentence-initial date", "2023-09-21", nil,
			"Le 20 septembre, des unités militaires ont attaqué des installations.",
			[]string{"Le 20 septembre → 2023-09-20"}},
		{"the first day of a range takes the month of the second", "1999-07-16", nil,
			"Un stage se déroulera du 19 au 23 juillet au centre social.",
			[]string{"19 → 1999-07-19", "23 juillet → 1999-07-23"}},
		{"'les 6 et 13 avril prochains'", "2003-02-24", nil,
			"Les élections auront lieu les 6 et 13 avril prochains.",
			[]string{"les 6 → 2003-04-06", "13 avril prochains → 2003-04-13"}},
		{"two-digit year after a month", "1999-05-23", nil,
			"L'école a aménagé ses rythmes dès octobre 98.",
			[]string{"octobre 98 → 1998-10"}},
		{"two-digit year after a day and month", "2002-01-21", nil,
			"Le carambolage du 10 novembre 93 avait causé la mort de 15 personnes.",
			[]string{"10 novembre 93 → 1993-11-10"}},
		{"'dernier' is strictly before publication", "1999-05-27", nil,
			"Le Parlement a été élu le 6 mai dernier.",
			[]string{"le 6 mai dernier → 1999-05-06"}},
		{"'prochain' is strictly after publication", "2003-02-07", nil,
			"A compter du 1er septembre prochain, la gendarmerie prendra le relais.",
			[]string{"1er septembre prochain → 2003-09-01 since"}},
		{"the weekday settles the year", "1999-05-30", nil,
			"En concert mardi 1er juin au grand Kursaal.",
			[]string{"mardi 1er juin → 1999-06-01"}},
		{"a future statement does not go back a year", "1999-07-09", nil,
			"La Commission sera investie le 15 septembre.",
			[]string{"le 15 septembre → 1999-09-15"}},
		{"a past statement does not go forward a year", "2003-01-31", nil,
			"Il avait plaidé coupable le 22 octobre.",
			[]string{"le 22 octobre → 2002-10-22"}},
		{"a deadline is ahead", "2003-02-04", nil,
			"Le garage coordonne jusqu'au 28 février les semaines de la sécurité, comme prévu.",
			[]string{"28 février → 2003-02-28"}},
		{"a deadline given in the past is still ahead", "1999-05-21", nil,
			"M. Blair a donné jusqu'au 30 juin aux responsables pour débloquer ce dossier.",
			[]string{"30 juin → 1999-06-30"}},
		{"'d'ici le' is a deadline", "1999-05-21", nil,
			"Sans transfert des pouvoirs d'ici le 30 juin, l'accord serait caduc, a-t-il estimé.",
			[]string{"le 30 juin → 1999-06-30"}},
		{"a range takes the year of its end", "2023-09-20", nil,
			"La guerre a duré du 27 septembre au 10 novembre 2020.",
			[]string{"27 septembre → 2020-09-27", "10 novembre 2020 → 2020-11-10"}},
		{"an ordinal weekday of a season", "1999-05-19", nil,
			"L'opération sera renouvelée le premier dimanche du printemps.",
			[]string{"le premier dimanche du printemps → 2000-03-26"}},
		{"the last weekday of a month", "2023-09-20", nil,
			"L'heure d'hiver entrera en vigueur le dernier dimanche d'octobre.",
			[]string{"le dernier dimanche d'octobre → 2023-10-29"}},
		{"an ordinal weekday without its month is no date", "2023-09-20", nil,
			"Le club se réunit le deuxième mardi.",
			nil},
		{"a holiday", "1999-05-18", nil,
			"C'est en cette fête de Pentecôte que se déroulera la fête du village.",
			[]string{"cette fête de Pentecôte → 1999-05-23"}},
		{"Easter Monday", "2023-04-05", nil,
			"Le musée sera fermé le lundi de Pâques.",
			[]string{"le lundi de Pâques → 2023-04-10"}},
		{"'le premier mai'", "2023-05-03", nil,
			"Les syndicats ont défilé le premier mai.",
			[]string{"le premier mai → 2023-05-01"}},
	})
}

func TestTagMonthsAndYears(t *testing.T) {
	runTag(t, []tagCase{
		{"month and year after 'depuis'", "2023-09-21", nil,
			"Le conflit est devenu plus compliqué depuis décembre 2022, lorsqu'un groupe a bloqué le corridor.",
			[]string{"décembre 2022 → 2022-12 since"}},
		{"month and year after 'en'", "2023-09-20", nil,
			"Le cessez-le-feu a été signé en mai 1994 à Bichkek.",
			[]string{"mai 1994 → 1994-05"}},
		{"a year after 'en'", "2020-09-27", nil,
			"Les séparatistes ont pris le contrôle de la région en 1991, peu après l'effondrement de l'Union soviétique.",
			[]string{"1991 → 1991"}},
		{"a year after 'depuis' starts a state", "2020-09-27", nil,
			"Un accord de cessez-le-feu est en vigueur depuis 1994, mais la paix n'est pas venue.",
			[]string{"1994 → 1994 since"}},
		{"a year after 'dès'", "1999-05-23", nil,
			"Dès 2001, la municipalité engagera des travaux.",
			[]string{"2001 → 2001"}},
		{"'de … à' with years", "2002-10-31", nil,
			"Il fut directeur général du groupe de 1982 à 1987.",
			[]string{"1982 → 1982", "1987 → 1987"}},
		{"a range of years", "1999-07-07", nil,
			"La croissance a ralenti par rapport à la période 1982-1990.",
			[]string{"1982 → 1982", "1990 → 1990"}},
		{"'entre … et'", "1999-07-07", nil,
			"La population a augmenté de 10 % entre 1990 et 1999.",
			[]string{"1990 → 1990", "1999 → 1999"}},
		{"'de' before a year", "2022-08-04", nil,
			"Le cessez-le-feu a mis fin à la guerre de 2020.",
			[]string{"2020 → 2020"}},
		{"'l'année 2001'", "1999-05-23", nil,
			"Dès l'année 2001, la municipalité envisage un programme d'investissements.",
			[]string{"l'année 2001 → 2001"}},
		{"a past month takes the year before when it is ahead", "2023-09-20", nil,
			"Les combats avaient repris en novembre.",
			[]string{"novembre → 2022-11"}},
		{"a future month stays in the year", "2023-09-20", nil,
			"Le sommet aura lieu en novembre.",
			[]string{"novembre → 2023-11"}},
		{"'septembre dernier'", "2002-02-09", nil,
			"Ils étaient 72 % en septembre dernier.",
			[]string{"septembre dernier → 2001-09"}},
		{"'juin prochain'", "1999-05-23", nil,
			"Le contrat sera signé en juin prochain.",
			[]string{"juin prochain → 1999-06"}},
		{"'mai et juin derniers': the first month takes 'derniers'", "2003-02-23", nil,
			"Il a été sanctionné en mai et juin derniers.",
			[]string{"mai → 2002-05", "juin derniers → 2002-06"}},
		{"'d'ici' before a year", "2023-09-20", nil,
			"L'Azerbaïdjan veut repeupler la région d'ici 2030.",
			[]string{"2030 → 2030"}},
		{"'fin septembre 2000'", "2003-02-24", nil,
			"Depuis le début de l'Intifada, fin septembre 2000, les violences ont fait 2.994 morts.",
			[]string{"fin septembre 2000 → 2000-09"}},
		{"'début octobre'", "2002-09-14", nil,
			"Le régiment achèvera début octobre son quatrième mandat.",
			[]string{"début octobre → 2002-10"}},
		{"'mars' after a cue is the month", "1999-07-07", nil,
			"Les résultats du recensement de mars sont publiés.",
			[]string{"mars → 1999-03"}},
		{"a year after 'semestre'", "2023-09-20", nil,
			"Les exportations ont chuté au premier semestre 2023.",
			[]string{"2023 → 2023"}},
		{"a year after a noun that dates things", "2002-11-21", nil,
			"Le conseil délibérera sur le budget supplémentaire 2002.",
			[]string{"2002 → 2002"}},
	})
}

func TestTagDecadesAndSeasons(t *testing.T) {
	runTag(t, []tagCase{
		{"'les années 1990'", "2020-09-27", nil,
			"Les deux républiques ont mené une guerre sanglante dans les années 1990.",
			[]string{"les années 1990 → 199X"}},
		{"'les années 60'", "1999-07-29", nil,
			"La fonte ductile est utilisée depuis les années 60.",
			[]string{"les années 60 → 196X since"}},
		{"'début des années 60'", "1999-05-30", nil,
			"Au début des années 60, le jeune musicien rencontre James Brown.",
			[]string{"début des années 60 → 196X"}},
		{"a season and its year", "2021-03-01", nil,
			"Les négociations ont échoué à l'automne 2020.",
			[]string{"l'automne 2020 → 2020-23"}},
		{"a season without a year, ahead", "1999-05-21", nil,
			"Des législatives anticipées auront lieu à l'automne.",
			[]string{"l'automne → 1999-23"}},
		{"'au printemps 2021'", "2021-01-10", nil,
			"Le retrait est prévu au printemps 2021.",
			[]string{"printemps 2021 → 2021-21"}},
		{"'l'été dernier'", "2023-11-10", nil,
			"Les combats de l'été dernier ont fait des centaines de morts.",
			[]string{"l'été dernier → 2023-22"}},
	})
}

func TestTagRelativeWords(t *testing.T) {
	runTag(t, []tagCase{
		{"aujourd'hui", "2020-09-27", nil,
			"Le commandant adjoint l'a déclaré lors d'une conférence de presse aujourd’hui.",
			[]string{"aujourd’hui → 2020-09-27"}},
		{"hier", "1999-05-19", nil,
			"Boris Eltsine a annulé hier une rencontre avec Jose Maria Aznar.",
			[]string{"hier → 1999-05-18"}},
		{"avant-hier", "2023-09-20", nil,
			"Les frappes ont commencé avant-hier.",
			[]string{"avant-hier → 2023-09-18"}},
		{"demain", "1999-09-13", nil,
			"Les retrouvailles de l'OM avec la Ligue des champions, demain contre Sturm Graz, s'annoncent mal.",
			[]string{"demain → 1999-09-14"}},
		{"après-demain", "2023-09-20", nil,
			"Les discussions reprendront après-demain à Bruxelles.",
			[]string{"après-demain → 2023-09-22"}},
		{"ce matin", "2002-01-21", nil,
			"Le tribunal va tenter à partir de ce matin de démêler les responsabilités.",
			[]string{"ce matin → 2002-01-21 matin since"}},
		{"ce soir", "1999-05-20", nil,
			"Les Jazz recevront les Trail Blazers une seconde fois, ce soir.",
			[]string{"ce soir → 1999-05-20 soir"}},
		{"cette nuit", "2023-09-20", nil,
			"Des explosions ont été entendues cette nuit à Stepanakert.",
			[]string{"cette nuit → 2023-09-20 nuit"}},
		{"hier soir", "1999-05-21", nil,
			"Vaclav Havel a dû être hospitalisé hier soir.",
			[]string{"hier soir → 1999-05-20 soir"}},
		{"hier en début d'après-midi", "1999-05-21", nil,
			"Jean Burget a été heurté par une voiture, hier en début d'après-midi, rue de Danjoutin.",
			[]string{"hier en début d'après-midi → 1999-05-20 après-midi"}},
		{"aujourd'hui and its weekday", "1999-07-09", nil,
			"Romano Prodi devrait en faire l'annonce aujourd'hui vendredi.",
			[]string{"aujourd'hui vendredi → 1999-07-09"}},
		{"la semaine dernière: a week holds no precision of its own", "2023-09-20", nil,
			"Les tirs ont repris la semaine dernière.",
			[]string{"la semaine dernière → 2023-09"}},
		{"le mois dernier", "2023-09-20", nil,
			"Le blocus s'est durci le mois dernier.",
			[]string{"le mois dernier → 2023-08"}},
		{"l'an dernier", "1999-09-13", nil,
			"On va vivre la même saison que le Paris SG l'an dernier.",
			[]string{"l'an dernier → 1998"}},
		{"l'année prochaine", "2023-09-20", nil,
			"Les élections se tiendront l'année prochaine.",
			[]string{"l'année prochaine → 2024"}},
		{"cette année", "1999-07-29", nil,
			"Deux ruptures de nouveau cette année.",
			[]string{"cette année → 1999"}},
		{"la fin de l'année dernière", "2003-02-23", nil,
			"La toiture a été refaite à la fin de l'année dernière.",
			[]string{"la fin de l'année dernière → 2002"}},
	})
}

func TestTagWeekdays(t *testing.T) {
	runTag(t, []tagCase{
		{"the same weekday as publication is the publication day", "2023-09-20", nil,
			"Dans un communiqué publié mercredi, M. Aliev affirme que son armée a lancé cette opération.",
			[]string{"mercredi → 2023-09-20"}},
		{"a past weekday is the most recent one", "2022-08-04", nil,
			"Le ministère azerbaïdjanais de la Défense a affirmé mercredi avoir mené une opération.",
			[]string{"mercredi → 2022-08-03"}},
		{"a weekday with a part of the day", "2022-08-04", nil,
			"Des positions auraient été la cible de tirs mercredi matin.",
			[]string{"mercredi matin → 2022-08-03 matin"}},
		{"a participle right before the weekday dates it, not a verb further on", "2003-02-21", nil,
			"Les écuries estiment que les modifications annoncées mercredi par la FIA vont « abêtir » la F1.",
			[]string{"mercredi → 2003-02-19"}},
		{"'ont rendez-vous' is the present of an appointment", "2002-05-11", nil,
			"Les coureurs ont rendez-vous dimanche matin à Val-et-Châtillon.",
			[]string{"dimanche matin → 2002-05-12 matin"}},
		{"a passive future: 'sera opérée'", "2023-09-20", nil,
			"La patiente sera opérée vendredi à Erevan.",
			[]string{"vendredi → 2023-09-22"}},
		{"lundi soir", "2023-09-20", nil,
			"Les bombardements ont repris lundi soir.",
			[]string{"lundi soir → 2023-09-18 soir"}},
		{"a future weekday is the next one", "2023-09-20", nil,
			"La réunion se tiendra vendredi à Bruxelles.",
			[]string{"vendredi → 2023-09-22"}},
		{"an uppercase headline in the future", "1999-05-18", nil,
			"LE VILLAGE FERA LA FÊTE DIMANCHE.",
			[]string{"DIMANCHE → 1999-05-23"}},
		{"'vendredi dernier'", "2023-09-20", nil,
			"Le Conseil de sécurité a reconduit vendredi dernier les dispositions.",
			[]string{"vendredi dernier → 2023-09-15"}},
		{"'mercredi dernier' on a Wednesday is a week ago", "1999-07-28", nil,
			"Philippe Barret a démissionné mercredi dernier de ses fonctions.",
			[]string{"mercredi dernier → 1999-07-21"}},
		{"'lundi prochain'", "2002-09-13", nil,
			"L'attaquant sera opéré lundi prochain à Strasbourg.",
			[]string{"lundi prochain → 2002-09-16"}},
		{"the night belongs to the second day", "1999-08-27", nil,
			"L'équipée sauvage de la nuit de lundi à mardi a connu son épilogue.",
			[]string{"la nuit de lundi à mardi → 1999-08-24 nuit"}},
		{"'dans la nuit du 1er au 2 avril'", "2023-04-05", nil,
			"Des drones ont frappé la ville dans la nuit du 1er au 2 avril.",
			[]string{"la nuit du 1er au 2 avril → 2023-04-02 nuit"}},
		{"a weekday named again takes the day given in full", "1999-05-26",
			[]string{"Une opération nettoyage sera menée dans la commune samedi 29 mai."},
			"Rendez-vous est fixé à tous samedi à 8 h dans la cour de l'hôtel de ville.",
			[]string{"samedi → 1999-05-29", "8 h → 1999-05-29 08:00"}},
		{"a weekday named again must agree with the tense", "2023-09-20",
			[]string{"Le Conseil de sécurité se réunira jeudi 21 septembre."},
			"Selon un décret signé jeudi, la république cessera d'exister.",
			[]string{"jeudi → 2023-09-14"}},
		{"a weekday with its day and no month", "2023-10-02", nil,
			"Mardi 26, le président a reçu les réfugiés.",
			[]string{"Mardi 26 → 2023-09-26"}},
		{"a weekday with its day, ahead", "2023-09-28", nil,
			"Le sommet se tiendra jeudi 5 à Grenade.",
			[]string{"jeudi 5 → 2023-10-05"}},
		{"a part of the day with its weekday", "2023-09-20", nil,
			"Les tirs ont repris dans la soirée de mardi.",
			[]string{"la soirée de mardi → 2023-09-19 soir"}},
		{"'ce dimanche' on a Sunday", "1999-07-18", nil,
			"Ce dimanche, l'office municipal organise un thé dansant.",
			[]string{"Ce dimanche → 1999-07-18"}},
		{"'le mercredi' alone says every Wednesday", "1999-07-24", nil,
			"La bibliothèque rouvrira uniquement le mercredi.",
			nil},
		{"'tous les jeudis' is no date", "1999-09-05", nil,
			"Les inscriptions auront lieu ensuite tous les jeudis.",
			nil},
	})
}

func TestTagAnaphora(t *testing.T) {
	runTag(t, []tagCase{
		{"la veille counts from the previous sentence's day", "2023-09-25",
			[]string{"L'offensive a été lancée le 19 septembre."},
			"La veille, des mines avaient tué quatre policiers.",
			[]string{"La veille → 2023-09-18"}},
		{"la veille counts from the same sentence's day", "2023-09-20", nil,
			"Dans un communiqué publié mercredi, M. Aliev affirme que son armée a agi après la mort, la veille, de policiers.",
			[]string{"mercredi → 2023-09-20", "la veille → 2023-09-19"}},
		{"la veille without a date is the day before publication", "2023-09-20", nil,
			"La veille, des mines avaient tué quatre policiers.",
			[]string{"La veille → 2023-09-19"}},
		{"le lendemain", "2023-09-25",
			[]string{"L'offensive a été lancée le 19 septembre."},
			"Le lendemain, les séparatistes ont accepté un cessez-le-feu.",
			[]string{"Le lendemain → 2023-09-20"}},
		{"l'avant-veille", "2023-09-25",
			[]string{"L'offensive a été lancée le 19 septembre."},
			"L'avant-veille, des mines avaient explosé.",
			[]string{"L'avant-veille → 2023-09-17"}},
		{"le lendemain matin", "2002-04-02", nil,
			"Le 24 mars, ils l'ont séquestré; la victime a fini par s'échapper le lendemain matin.",
			[]string{"Le 24 mars → 2002-03-24", "le lendemain matin → 2002-03-25 matin"}},
		{"only the previous sentence counts", "2023-09-25",
			[]string{"L'offensive a été lancée le 19 septembre.", "Les combats ont été violents."},
			"La veille, des mines avaient explosé.",
			[]string{"La veille → 2023-09-24"}},
		{"'au lendemain de' beside a day is that day", "1999-05-21", nil,
			"Une coalition semblait tenir la corde hier, au lendemain de la démission du gouvernement.",
			[]string{"hier → 1999-05-20", "lendemain → 1999-05-20"}},
		{"'au lendemain du' a date is the day after it", "2023-09-25", nil,
			"Au lendemain du 19 septembre, les séparatistes ont déposé les armes.",
			[]string{"lendemain → 2023-09-20", "19 septembre → 2023-09-19"}},
		{"'à la veille de' a holiday", "2023-12-10", nil,
			"Les négociations reprendront à la veille de Noël.",
			[]string{"la veille → 2023-12-24", "Noël → 2023-12-25"}},
		{"le même jour", "1999-07-23",
			[]string{"En mairie de Tronville, samedi 24 juillet, Boris convolera en justes noces."},
			"Le même jour, Christophe prendra pour épouse Elodie.",
			[]string{"Le même jour → 1999-07-24"}},
	})
}

func TestTagDurations(t *testing.T) {
	runTag(t, []tagCase{
		{"'depuis neuf mois' starts a state nine months ago", "2023-09-20", nil,
			"Le blocus du Haut-Karabakh dure depuis neuf mois.",
			[]string{"neuf mois → 2022-12 since"}},
		{"number words", "2023-09-20", nil,
			"L'enclave échappe depuis trente-deux ans au contrôle de Bakou.",
			[]string{"trente-deux ans → 1991 since"}},
		{"'bientôt' before the amount", "2023-09-20", nil,
			"Les accrochages se répètent depuis bientôt trois ans.",
			[]string{"bientôt trois ans → 2020 since"}},
		{"digits", "2023-09-20", nil,
			"Le corridor est fermé depuis 9 mois.",
			[]string{"9 mois → 2022-12 since"}},
		{"'il y a deux semaines' is the month that holds that week", "2023-09-20", nil,
			"Il y a deux semaines, les forces russes se sont retirées.",
			[]string{"Il y a deux semaines → 2023-09"}},
		{"a week across two months is their year", "2023-09-06", nil,
			"Les forces russes se sont retirées il y a une semaine.",
			[]string{"il y a une semaine → 2023"}},
		{"'il y a trois jours' is a day", "2023-09-20", nil,
			"Les combats ont repris il y a trois jours.",
			[]string{"il y a trois jours → 2023-09-17"}},
		{"'il y a trois ans'", "2023-09-20", nil,
			"La guerre a éclaté il y a trois ans.",
			[]string{"il y a trois ans → 2020"}},
		{"'il y a' that is not a duration", "2020-09-27", nil,
			"À la suite des bombardements, il y a des victimes.",
			nil},
		{"a duration that anchors nothing", "1999-05-20", nil,
			"Les Jazz ont joué pendant deux ans à Salt Lake City.",
			nil},
	})
}

func TestTagTimes(t *testing.T) {
	runTag(t, []tagCase{
		{"a time on the day of its sentence", "2020-09-27", nil,
			"Comme indiqué précédemment, aujourd’hui vers 7 h 15, l’Azerbaïdjan a lancé une offensive.",
			[]string{"aujourd’hui → 2020-09-27", "7 h 15 → 2020-09-27 07:15"}},
		{"'heure locale'", "2023-09-20", nil,
			"Le cessez-le-feu est entré en vigueur à 13 heures, heure locale.",
			[]string{"13 heures → 2023-09-20 13:00"}},
		{"glued hours and minutes", "2023-09-20", nil,
			"Les sirènes ont retenti à 18h30 à Stepanakert.",
			[]string{"18h30 → 2023-09-20 18:30"}},
		{"a time on the weekday before it", "1999-05-20", nil,
			"Un homme a été transporté à l'hôpital mardi vers 21 h 45.",
			[]string{"mardi → 1999-05-18", "21 h 45 → 1999-05-18 21:45"}},
		{"a time on the weekday after it", "2003-02-22", nil,
			"Vers 0 h 40, jeudi, deux voitures se suivaient sur la RD 184.",
			[]string{"0 h 40 → 2003-02-20 00:40", "jeudi → 2003-02-20"}},
		{"a time on the day of the previous sentence", "2023-09-21",
			[]string{"Les combats ont commencé le 19 septembre."},
			"Les tirs ont cessé à 18 heures.",
			[]string{"18 heures → 2023-09-19 18:00"}},
		{"a day that starts a state is no moment to put a time on", "2023-09-20",
			[]string{"Le corridor est bloqué depuis le 12 décembre 2022."},
			"Plus de 6 500 personnes ont fui, a indiqué le gouvernement à 10 h.",
			[]string{"10 h → 2023-09-20 10:00"}},
		{"'à partir de 18 heures' starts a state", "2022-08-04", nil,
			"La ligne de contact est désormais relativement calme à partir de 18 heures, heure locale.",
			[]string{"18 heures → 2022-08-04 18:00 since"}},
		{"'vers midi'", "1999-05-29", nil,
			"Hier, vers midi, une femme est tombée du 4e étage.",
			[]string{"Hier → 1999-05-28", "midi → 1999-05-28 12:00 midi"}},
		{"a range of times", "1999-08-07", nil,
			"La distribution aura lieu mardi 10 août, en mairie de 10 h à 12 h.",
			[]string{"mardi 10 août → 1999-08-10", "10 h → 1999-08-10 10:00", "12 h → 1999-08-10 12:00"}},
		{"a part of the day the context gives", "2003-02-04", nil,
			"Une panne a plongé hier soir l'Algérie dans le noir; le courant devait être rétabli au cours de la nuit.",
			[]string{"hier soir → 2003-02-03 soir", "la nuit → 2003-02-03 nuit"}},
	})
}

func TestTagSince(t *testing.T) {
	runTag(t, []tagCase{
		{"'depuis le 27 septembre'", "2020-10-06", nil,
			"Depuis le 27 septembre, le Haut-Karabakh est le théâtre de nouveaux affrontements.",
			[]string{"le 27 septembre → 2020-09-27 since"}},
		{"'à partir du 30 août'", "1999-07-09", nil,
			"Chacun des candidats aura été auditionné à partir du 30 août.",
			[]string{"30 août → 1999-08-30 since"}},
		{"'depuis mardi'", "1999-05-21", nil,
			"Le président souffre depuis mardi d'une affection virale.",
			[]string{"mardi → 1999-05-18 since"}},
		{"'dès' is not 'depuis'", "2002-05-07", nil,
			"Le chef de l'Etat a nommé dès hier Jean-Pierre Raffarin.",
			[]string{"hier → 2002-05-06"}},
	})
}

// TestTagNeverADate lists what looks like a date or a number and is not.
func TestTagNeverADate(t *testing.T) {
	runTag(t, []tagCase{
		{"a count", "2020-09-27", nil, "Les forces armées arméniennes ont 16 victimes et plus de 100 blessés.", nil},
		{"thousands with a no-break space", "2023-09-21", nil, "Les forces russes ont évacué plus de 2\u00a0000 civils.", nil},
		{"thousands with a narrow no-break space", "2023-09-21", nil, "Les forces russes ont évacué plus de 2\u202f000 civils.", nil},
		{"thousands with a space", "2020-09-27", nil, "La guerre a fait quelque 30 000 morts sur le terrain.", nil},
		{"thousands with a dot", "2003-02-24", nil, "Les violences ont fait 2.994 morts.", nil},
		{"a share", "2023-09-20", nil, "Il vous reste 66.94% de cet article à lire.", nil},
		{"a share with a comma", "1999-06-08", nil, "La coalition a obtenu 41,67 % des suffrages.", nil},
		{"a decimal duration", "1999-05-17", nil, "Il devance son coéquipier de 30,4 secondes.", nil},
		{"a howitzer", "2022-08-04", nil, "Une frappe a visé des camions remorquant des obusiers D-30.", nil},
		{"a radar", "2023-09-20", nil, "Le bombardement d'une station de radar « P-18 » a été filmé.", nil},
		{"a fighter", "2020-10-06", nil, "La Turquie emploie ses F-16 dans le Haut-Karabakh.", nil},
		{"a missile system", "2023-09-20", nil, "L'Arménie a déployé des S-300 près de la frontière.", nil},
		{"a resolution", "2023-09-20", nil, "La résolution 2231 du Conseil de sécurité reste en vigueur.", nil},
		{"an age", "2023-09-20", nil, "Le soldat, âgé de 61 ans, a été tué.", nil},
		{"a bare four-digit number", "2023-09-20", nil, "La commune compte 1994 habitants.", nil},
		{"a phone number", "1999-07-16", nil, "Renseignements au tél 03.83.96.46.12.", nil},
		{"a floor", "1999-05-29", nil, "Une femme est tombée du 4e étage.", nil},
		{"a regiment", "1999-07-29", nil, "La canalisation a cédé boulevard du 26e-RI.", nil},
		{"a score", "1999-05-20", nil, "Les Jazz se sont imposés 93 à 83 avec 25 points.", nil},
		{"a score in brackets", "1999-09-13", nil, "L'OM a été très faible à Montpellier (1-3).", nil},
		{"the planet", "2023-09-20", nil, "La sonde s'est posée sur Mars.", nil},
		{"seven, not September", "2023-09-20", nil, "Les combats ont duré sept jours.", nil},
		{"'été' the participle", "2023-09-20", nil, "Le village a été bombardé.", nil},
		{"a named event", "1999-05-19", nil, "Trente-cinq volontaires ont participé au printemps de l'environnement.", nil},
		{"Good Friday Agreement", "1999-05-21", nil, "Sans transfert des pouvoirs, l'accord du Vendredi Saint serait caduc.", nil},
		{"hours counted", "1999-05-29", nil, "L'Alliance a opéré 790 sorties ces dernières 24 heures.", nil},
		{"around the clock", "2023-09-20", nil, "Les secours travaillent 24h/24 et 7j/7.", nil},
		{"a delay", "2023-09-20", nil, "Une réponse est attendue sous 12 h.", nil},
		{"a weekday and a count", "2023-09-20", nil, "Mardi, 3 soldats ont été tués.", []string{"Mardi → 2023-09-19"}},
		{"page furniture", "2023-09-20", nil, "0 Comments", nil},
		{"a street named after a date", "2023-09-20", nil, "Le rassemblement a eu lieu place du 8-Mai-1945.", nil},
		{"a first name", "2023-09-20", nil, "La chanteuse Avril Lavigne a annulé son concert.", nil},
		{"a road", "2003-02-22", nil, "Les deux voitures se suivaient sur la RD 184.", nil},
		{"a unit", "1999-05-19", nil, "Environ 6 m3 de saletés ont été ramassés.", nil},
		{"'English may'", "2023-09-20", nil, "Officials said the talks may resume.", nil},
	})
}
