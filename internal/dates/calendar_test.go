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
