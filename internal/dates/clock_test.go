package dates

import "testing"

// TestTagMidnight checks that midnight ends the day it is given with:
// the EDTF day after, at 00:00. 2023-09-23 is a Saturday.
func TestTagMidnight(t *testing.T) {
	runTagIn(t, "fr", []tagCase{
		{"'samedi minuit' is Sunday at 00:00", "2023-09-23", nil,
			"Le couvre-feu est levé samedi minuit.",
			[]string{"samedi minuit → 2023-09-24 00:00"}},
		{"'samedi à minuit', one expression", "2023-09-23", nil,
			"Le cessez-le-feu entre en vigueur samedi à minuit.",
			[]string{"samedi à minuit → 2023-09-24 00:00"}},
		{"'à minuit samedi'", "2023-09-23", nil,
			"Le cessez-le-feu entrera en vigueur à minuit samedi.",
			[]string{"minuit samedi → 2023-09-24 00:00"}},
		{"a date at midnight", "2023-09-23", nil,
			"La trêve expirera le 30 septembre à minuit.",
			[]string{"le 30 septembre à minuit → 2023-10-01 00:00"}},
		{"'demain à minuit'", "2023-09-23", nil,
			"La trêve expire demain à minuit.",
			[]string{"demain à minuit → 2023-09-25 00:00"}},
		{"'à minuit' alone ends the publication day", "2023-09-23", nil,
			"Le cessez-le-feu entrera en vigueur à minuit.",
			[]string{"minuit → 2023-09-24 00:00"}},
		{"'à minuit' alone in the past began the publication day", "2023-09-24", nil,
			"Les tirs ont cessé à minuit.",
			[]string{"minuit → 2023-09-24 00:00"}},
	})
	runTagIn(t, "en", []tagCase{
		{"'at midnight on Saturday'", "2023-09-23", nil,
			"The ceasefire takes effect at midnight on Saturday.",
			[]string{"midnight on Saturday → 2023-09-24 00:00"}},
		{"'on Saturday at midnight'", "2023-09-23", nil,
			"The truce expires on Saturday at midnight.",
			[]string{"Saturday at midnight → 2023-09-24 00:00"}},
		{"'at midnight' alone", "2023-09-23", nil,
			"The truce will expire at midnight.",
			[]string{"midnight → 2023-09-24 00:00"}},
		{"'from midnight' away from its day, in the past, began it", "2020-11-10", nil,
			"Both sides agreed on Tuesday to stop fighting from midnight.",
			[]string{"Tuesday → 2020-11-10", "midnight → 2020-11-10 00:00"}},
	})
}

// TestTagBareTime checks the day of a clock time or a part of the day with
// no day of its own: the story's when the tense agrees, else publication.
// 2023-09-20 is a Wednesday.
func TestTagBareTime(t *testing.T) {
	runTagIn(t, "fr", []tagCase{
		{"a present time after a past day is the publication day's", "2023-09-20",
			[]string{"Les combats ont commencé le 19 septembre."},
			"Le couvre-feu commence à 13:00.",
			[]string{"13:00 → 2023-09-20 13:00"}},
		{"a past time after a past day continues the story", "2023-09-20",
			[]string{"Les combats ont commencé le 19 septembre."},
			"Les tirs ont cessé à 18 heures.",
			[]string{"18 heures → 2023-09-19 18:00"}},
		{"a future time after a day ahead", "2023-09-20",
			[]string{"Le sommet aura lieu vendredi."},
			"Il s'ouvrira à 10 heures.",
			[]string{"10 heures → 2023-09-22 10:00"}},
		{"a past time after a day ahead is the publication day's", "2023-09-20",
			[]string{"Le sommet aura lieu vendredi."},
			"Les délégations sont arrivées à 10 heures.",
			[]string{"10 heures → 2023-09-20 10:00"}},
		{"the story's day a few sentences back", "2023-09-20",
			[]string{"Les tirs ont repris lundi après-midi.", "Le trafic a été détourné par sécurité."},
			"A 20 h, deux nouvelles positions ont été touchées.",
			[]string{"20 h → 2023-09-18 20:00"}},
		{"an old day a few sentences back is not the story's", "2023-09-20",
			[]string{"Le 10 décembre 1991, l'enclave a voté son indépendance.", "Le scrutin a été boycotté."},
			"Les bureaux ont fermé à 20 h.",
			[]string{"20 h → 2023-09-20 20:00"}},
		{"the time beside the day a state starts from", "2023-09-20", nil,
			"Le corridor est fermé depuis le 12 décembre à 10 heures.",
			[]string{"le 12 décembre → 2022-12-12 since", "10 heures → 2022-12-12 10:00 since"}},
		{"'dans la nuit' with no day is the publication day's", "2023-09-20", nil,
			"Des explosions ont été entendues dans la nuit.",
			[]string{"la nuit → 2023-09-20 nuit"}},
		{"'dans la soirée' with no day", "2023-09-20", nil,
			"Un accord a été trouvé dans la soirée.",
			[]string{"la soirée → 2023-09-20 soir"}},
		{"'dans la soirée' after a past day is that day's", "2023-09-20",
			[]string{"Les combats ont repris lundi."},
			"Dans la soirée, un cessez-le-feu a été annoncé.",
			[]string{"la soirée → 2023-09-18 soir"}},
		{"a part of the day with no preposition and no day dates nothing", "2023-09-20", nil,
			"La nuit est tombée sur Stepanakert.",
			nil},
	})
	runTagIn(t, "en", []tagCase{
		{"a present time after a past day", "2023-09-20",
			[]string{"Fighting began on September 19."},
			"The curfew starts at 1 p.m.",
			[]string{"1 p.m. → 2023-09-20 13:00"}},
		{"'during the night'", "2023-09-20", nil,
			"Explosions were heard during the night.",
			[]string{"the night → 2023-09-20 nuit"}},
		{"'overnight'", "2023-09-20", nil,
			"Shelling continued overnight.",
			[]string{"overnight → 2023-09-20 nuit"}},
		{"'in the evening' after a past day", "2023-09-20",
			[]string{"Fighting resumed on Monday."},
			"In the evening, a ceasefire was announced.",
			[]string{"the evening → 2023-09-18 soir"}},
	})
}
