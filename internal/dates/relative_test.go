package dates

import "testing"

// The rows of these tables are the classes of relative dates that real
// pages got wrong (issue 18), each in French and in English where the
// form exists. 2023-09-23 is a Saturday, 2023-09-20 a Wednesday.

// TestTagLean checks that a start or a deadline looks ahead, and a state
// that began looks back.
func TestTagLean(t *testing.T) {
	runTagIn(t, "fr", []tagCase{
		{"'à partir de' a weekday in a Saturday article is the next one", "2023-09-23", nil,
			"Les évacuations commencent à partir de dimanche.",
			[]string{"dimanche → 2023-09-24 since"}},
		{"'à compter de'", "2023-09-20", nil,
			"Les inscriptions sont ouvertes à compter de lundi.",
			[]string{"lundi → 2023-09-25 since"}},
		{"'dès' in the present", "2023-09-23", nil,
			"Les bus circulent de nouveau dès lundi.",
			[]string{"lundi → 2023-09-25"}},
		{"'dès' in the past looks back", "2023-09-23", nil,
			"Les combats ont repris dès lundi.",
			[]string{"lundi → 2023-09-18"}},
		{"'d'ici' is a deadline ahead", "2023-09-23", nil,
			"Les forces se retirent d'ici vendredi.",
			[]string{"vendredi → 2023-09-29"}},
		{"'jusqu'à' in the future", "2023-09-20", nil,
			"Le corridor restera fermé jusqu'à lundi.",
			[]string{"lundi → 2023-09-25"}},
		{"'jusqu'à' in the past", "2023-09-20", nil,
			"La trêve a tenu jusqu'à lundi.",
			[]string{"lundi → 2023-09-18"}},
		{"'à partir de' after a passive present", "2023-09-23", nil,
			"Le couvre-feu est levé à partir de dimanche.",
			[]string{"dimanche → 2023-09-24 since"}},
		{"'dès' after a compound past with être", "2023-09-23", nil,
			"Les renforts sont arrivés dès lundi.",
			[]string{"lundi → 2023-09-18"}},
		{"'dès' after a compound past of an irregular participle", "2023-09-23", nil,
			"L'armée a détruit le pont dès lundi.",
			[]string{"lundi → 2023-09-18"}},
		{"'à partir de' a month", "2023-09-20", nil,
			"Les vols reprennent à partir de mars.",
			[]string{"mars → 2024-03 since"}},
		{"'depuis' never takes a day ahead the article named", "2023-09-20",
			[]string{"Le sommet de vendredi 22 septembre approche."},
			"La foule, qui attend depuis vendredi, s'impatiente.",
			[]string{"vendredi → 2023-09-15 since"}},
		{"what a past verb of saying or deciding announces is still ahead", "2020-10-03", nil,
			"Les autorités ont annoncé un couvre-feu nocturne à partir de dimanche.",
			[]string{"dimanche → 2020-10-04 since"}},
		{"a commitment", "2020-10-25", nil,
			"Les deux pays se sont engagés à respecter une trêve à partir de lundi à 08h00.",
			[]string{"lundi → 2020-10-26 since", "08h00 → 2020-10-26 08:00 since"}},
		{"what is said to have happened is past", "2022-01-21", nil,
			"Les observateurs ont affirmé avoir repoussé une attaque dès le 19 janvier.",
			[]string{"le 19 janvier → 2022-01-19"}},
		{"a verb of saying in an incise gives no tense", "2024-04-20", nil,
			"Le travail des géomètres commencera à partir de lundi, a précisé le vice-Premier ministre.",
			[]string{"lundi → 2024-04-22 since"}},
		{"'repoussé' after 'avoir' is a past, not a delay", "2023-09-21", nil,
			"L'armée a affirmé avoir repoussé une attaque près de Latchine mercredi.",
			[]string{"mercredi → 2023-09-20"}},
		{"a quotation's verb tells its dates' tense", "2020-10-03", nil,
			"« Les écoles resteront fermées au moins jusqu'à mercredi », a précisé à la presse le maire.",
			[]string{"mercredi → 2020-10-07"}},
	})
	runTagIn(t, "en", []tagCase{
		{"'from' a weekday", "2023-09-23", nil,
			"Flights resume from Sunday.",
			[]string{"Sunday → 2023-09-24"}},
		{"'starting'", "2023-09-20", nil,
			"The border reopens starting Monday.",
			[]string{"Monday → 2023-09-25 since"}},
		{"'as of', and a passive present that is no past", "2023-09-20", nil,
			"As of Monday, the border is closed.",
			[]string{"Monday → 2023-09-25 since"}},
		{"'will begin on'", "2023-09-23", nil,
			"The evacuation will begin on Sunday.",
			[]string{"Sunday → 2023-09-24"}},
		{"'until' in the future", "2023-09-20", nil,
			"The corridor will stay closed until Monday.",
			[]string{"Monday → 2023-09-25"}},
		{"'by' a deadline", "2023-09-20", nil,
			"The troops must leave by Friday.",
			[]string{"Friday → 2023-09-22"}},
		{"'from' after an irregular past", "2023-09-23", nil,
			"The army shot down drones from Monday.",
			[]string{"Monday → 2023-09-18"}},
		{"'by' in the past", "2023-09-20", nil,
			"The troops had left by Monday.",
			[]string{"Monday → 2023-09-18"}},
		{"a verb of saying closing the sentence gives no tense", "2024-05-16", nil,
			"Border guards will begin taking up new positions on Saturday, the government said on Thursday.",
			[]string{"Saturday → 2024-05-18", "Thursday → 2024-05-16"}},
		{"'will be held' is no past", "2023-09-20", nil,
			"Talks will be held on Thursday in Yevlakh, the presidency said.",
			[]string{"Thursday → 2023-09-21"}},
		{"'since' never takes a day ahead the article named", "2023-09-20",
			[]string{"The summit on Friday, September 22, is expected to be tense."},
			"Families who have waited since Friday are exhausted.",
			[]string{"Friday → 2023-09-15 since"}},
	})
}

// TestTagQuotation checks that the words of a quotation count from the day
// of the statement when the sentence gives it, and from publication when
// it does not.
func TestTagQuotation(t *testing.T) {
	runTagIn(t, "fr", []tagCase{
		{"a weekday in a quotation counts from the statement's day", "2023-09-23", nil,
			"« Nous attendons depuis vendredi », a déclaré mardi le porte-parole.",
			[]string{"vendredi → 2023-09-15 since", "mardi → 2023-09-19"}},
		{"'hier' in a quotation is the day before the statement", "2023-09-20", nil,
			"« Les tirs ont repris hier soir », a affirmé dimanche le ministère.",
			[]string{"hier soir → 2023-09-16 soir", "dimanche → 2023-09-17"}},
		{"the statement before the quotation", "2023-09-20", nil,
			"Le porte-parole a déclaré lundi : « Nous partirons demain ».",
			[]string{"lundi → 2023-09-18", "demain → 2023-09-19"}},
		{"an old statement", "2020-11-20", nil,
			"« Nous avons signé hier un accord », avait déclaré le 10 novembre 2020 Vladimir Poutine.",
			[]string{"hier → 2020-11-09", "le 10 novembre 2020 → 2020-11-10"}},
		{"no day outside the quotation: publication", "2023-09-20", nil,
			"« Les tirs ont repris hier soir », a affirmé le ministère.",
			[]string{"hier soir → 2023-09-19 soir"}},
	})
	runTagIn(t, "en", []tagCase{
		{"straight quotes", "2023-09-23", nil,
			`"We have been waiting since Friday," the spokesman said on Tuesday.`,
			[]string{"Friday → 2023-09-15 since", "Tuesday → 2023-09-19"}},
		{"curly quotes", "2023-09-20", nil,
			"“The shelling resumed yesterday,” the ministry said on Sunday.",
			[]string{"yesterday → 2023-09-16", "Sunday → 2023-09-17"}},
	})
}

// TestTagOneWeekday checks that "le mercredi" after a compound past names
// one day, and every Wednesday otherwise. 2023-09-21 is a Thursday.
func TestTagOneWeekday(t *testing.T) {
	runTagIn(t, "fr", []tagCase{
		{"'le mercredi' after a compound past, before 'après quatre jours'", "2023-09-21", nil,
			"Les séparatistes ont capitulé le mercredi, après quatre jours de combats.",
			[]string{"le mercredi → 2023-09-20"}},
		{"a weekday before 'après quatre jours'", "2023-09-21", nil,
			"Les combats ont cessé mercredi après quatre jours d'offensive.",
			[]string{"mercredi → 2023-09-20"}},
		{"the pluperfect tells one day too", "2023-09-21", nil,
			"Les troupes étaient arrivées le mercredi, après quatre jours de marche.",
			[]string{"le mercredi → 2023-09-20"}},
		{"the imperfect tells a habit", "2023-09-21", nil,
			"Les délégués se réunissaient le mercredi.",
			nil},
		{"the present tells a habit", "2023-09-21", nil,
			"Le marché a lieu le mercredi.",
			nil},
	})
	runTagIn(t, "en", []tagCase{
		{"a weekday before 'after four days'", "2023-09-21", nil,
			"The separatists surrendered on Wednesday after four days of fighting.",
			[]string{"Wednesday → 2023-09-20"}},
	})
}

// TestTagNowadays checks that "aujourd'hui" and "today" meaning nowadays,
// against the past, are no date, and that the day still is one.
func TestTagNowadays(t *testing.T) {
	runTagIn(t, "fr", []tagCase{
		{"in apposition, against an imperfect", "2023-09-20", nil,
			"Chouchi, qui était arménienne, aujourd'hui aux mains de Bakou, est vide.",
			nil},
		{"in apposition before a participle", "2023-09-20", nil,
			"Chouchi, arménienne pendant trente ans, aujourd'hui contrôlée par Bakou, est vide.",
			nil},
		{"a present state against an imperfect", "2023-09-20", nil,
			"Stepanakert, qui comptait 50 000 habitants, est aujourd'hui vide.",
			nil},
		{"'autrefois … aujourd'hui'", "2023-09-20", nil,
			"Autrefois peuplée d'Arméniens, la ville est aujourd'hui déserte.",
			nil},
		{"'aujourd'hui encore'", "2023-09-20", nil,
			"Aujourd'hui encore, les réfugiés attendent.",
			nil},
		{"'encore aujourd'hui'", "2023-09-20", nil,
			"Les réfugiés attendent encore aujourd'hui.",
			nil},
		{"a compound past beside the imperfect is the day", "2023-09-20", nil,
			"Stepanakert, qui comptait 50 000 habitants, a été bombardée aujourd'hui.",
			[]string{"aujourd'hui → 2023-09-20"}},
		{"after a comma, before a time of the day, the day", "2023-09-20", nil,
			"Les combats ont repris, aujourd'hui à l'aube, près de Martouni.",
			[]string{"aujourd'hui → 2023-09-20"}},
		{"'jusqu'à aujourd'hui' ends a span on the publication day", "2023-09-20", nil,
			"Le corridor est resté fermé jusqu'à aujourd'hui.",
			[]string{"aujourd'hui → 2023-09-20"}},
	})
	runTagIn(t, "en", []tagCase{
		{"in apposition before a participle", "2023-09-20", nil,
			"Shusha, once Armenian, today controlled by Baku, lies empty.",
			nil},
		{"a present state against 'once'", "2023-09-20", nil,
			"The city, once home to 50,000 Armenians, is today empty.",
			nil},
		{"'still today'", "2023-09-20", nil,
			"Refugees are still today waiting at the border.",
			nil},
		{"'once again' is no contrast", "2023-09-20", nil,
			"Once again, shelling hit Stepanakert today.",
			[]string{"today → 2023-09-20"}},
		{"a past verb beside 'today'", "2023-09-20", nil,
			"The minister said today, in Baku, that talks would resume.",
			[]string{"today → 2023-09-20"}},
	})
}
