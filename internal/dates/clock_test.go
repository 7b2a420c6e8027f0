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
