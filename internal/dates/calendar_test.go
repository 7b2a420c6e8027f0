package dates

import "testing"

// TestTagDecadeForms checks that a decade in any written form is a decade
// (EDTF 199X), never its first year, and that a decade of a life is an age.
func TestTagDecadeForms(t *testing.T) {
	runTagIn(t, "fr", []tagCase{
		{"'au début des années 1990'", "2023-09-20", nil,
			"La guerre du début des années 1990 a fait 30 000 morts.",
			[]string{"début des années 1990 → 199X"}},
		{"'fin des années 80'", "2023-09-20", nil,
			"À la fin des années 80, le conflit a éclaté.",
			[]string{"la fin des années 80 → 198X"}},
		{"'les années 90'", "2023-09-20", nil,
			"Dans les années 90, la région a été vidée.",
			[]string{"les années 90 → 199X"}},
		{"the decade in words", "2023-09-20", nil,
			"Dans les années quatre-vingt-dix, la région a été vidée.",
			[]string{"les années quatre-vingt-dix → 199X"}},
		{"'mi-2020' is a year, not a model name", "2023-09-20", nil,
			"La croissance a repris à la mi-2020.",
			[]string{"la mi-2020 → 2020"}},
	})
	runTagIn(t, "en", []tagCase{
		{"'the early 1990s'", "2023-09-20", nil,
			"The region was hit hard in the early 1990s.",
			[]string{"the early 1990s → 199X"}},
		{"'the mid-1990s'", "2023-09-20", nil,
			"In the mid-1990s, a ceasefire held.",
			[]string{"the mid-1990s → 199X"}},
		{"'in the 90s'", "2023-09-20", nil,
			"The war in the 90s killed thousands.",
			[]string{"the 90s → 199X"}},
		{"'the '90s'", "2023-09-20", nil,
			"Refugees fled in the '90s.",
			[]string{"the '90s → 199X"}},
		{"'the 1990's'", "2023-09-20", nil,
			"Refugees fled in the 1990's.",
			[]string{"the 1990's → 199X"}},
		{"'the nineties'", "2023-09-20", nil,
			"The nineties were hard for the region.",
			[]string{"The nineties → 199X"}},
		{"'the late nineties'", "2023-09-20", nil,
			"In the late nineties, talks stalled.",
			[]string{"the late nineties → 199X"}},
		{"a decade of a life is an age", "2023-09-20", nil,
			"A woman in her early thirties and a man in his 90s were wounded.",
			nil},
	})
}

// TestTagOrdinals checks English dates with an ordinal day in each order,
// and the ordinal endings copied off a page: capitals and superscripts.
func TestTagOrdinals(t *testing.T) {
	runTagIn(t, "en", []tagCase{
		{"month, ordinal, year", "2023-09-20", nil,
			"The war began on October 5th 2020.",
			[]string{"October 5th 2020 → 2020-10-05"}},
		{"in capitals", "2023-09-20", nil,
			"THE WAR BEGAN ON OCTOBER 5TH 2020.",
			[]string{"OCTOBER 5TH 2020 → 2020-10-05"}},
		{"a superscript ending", "2023-09-20", nil,
			"The war began on October 5ᵗʰ 2020.",
			[]string{"October 5ᵗʰ 2020 → 2020-10-05"}},
		{"'October the 5th, 2020'", "2023-09-20", nil,
			"The war began on October the 5th, 2020.",
			[]string{"October the 5th, 2020 → 2020-10-05"}},
		{"'the 5th of October, 2020'", "2023-09-20", nil,
			"The war began on the 5th of October, 2020.",
			[]string{"the 5th of October, 2020 → 2020-10-05"}},
		{"a weekday, an ordinal and a comma", "2023-09-20", nil,
			"The war began on Monday, October 5th, 2020.",
			[]string{"Monday, October 5th, 2020 → 2020-10-05"}},
		{"an ordinal that is no day", "2023-09-20", nil,
			"He finished 5th of 20 runners.",
			nil},
	})
	runTagIn(t, "fr", []tagCase{
		{"'1ᵉʳ' in superscript", "2023-09-20", nil,
			"Le cessez-le-feu est entré en vigueur le 1ᵉʳ janvier 2024.",
			[]string{"le 1ᵉʳ janvier 2024 → 2024-01-01"}},
	})
}

// TestTagBirthsAndAges checks that births and ages give no expression:
// they are not events.
func TestTagBirthsAndAges(t *testing.T) {
	runTagIn(t, "fr", []tagCase{
		{"'né en 1992'", "2023-09-20", nil,
			"Le soldat, né en 1992, a été tué mardi.",
			[]string{"mardi → 2023-09-19"}},
		{"'née le' a full date, and a place after it", "2023-09-20", nil,
			"La victime, née le 5 mars 1992 à Bakou, travaillait à Goris.",
			nil},
		{"a place between the birth and its year; the death is dated", "2023-09-20", nil,
			"Le soldat, né à Stepanakert en 1992 et tué en 2020, est enterré à Erevan.",
			[]string{"2020 → 2020"}},
		{"a birth clause before the news", "2023-09-20", nil,
			"Né en 1992, il a combattu en 2020.",
			[]string{"2020 → 2020"}},
		{"an age", "2023-09-20", nil,
			"Le soldat, âgé de 30 ans, a été tué mardi.",
			[]string{"mardi → 2023-09-19"}},
	})
	runTagIn(t, "en", []tagCase{
		{"'born in 1992'", "2023-09-20", nil,
			"The soldier, who was born in Shusha in 1992, was killed on Tuesday.",
			[]string{"Tuesday → 2023-09-19"}},
		{"'born on' a full date", "2023-09-20", nil,
			"Born on March 5, 1992, she moved to Yerevan in 2015.",
			[]string{"2015 → 2015"}},
		{"'30-year-old'", "2023-09-20", nil,
			"A 30-year-old soldier was killed on Tuesday.",
			[]string{"Tuesday → 2023-09-19"}},
	})
}
