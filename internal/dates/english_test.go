package dates

import (
	"slices"
	"testing"
)

// englishSet is wire-style English with its expressions, all "published" on
// Wednesday 2023-09-20 unless said otherwise. Each sentence may need the one
// before it (before), for anaphora.
var englishSet = []tagCase{
	{"weekday after 'on'", "2023-09-20", nil,
		"Azerbaijan launched what it called anti-terrorist operations in Nagorno-Karabakh on Tuesday.",
		[]string{"Tuesday → 2023-09-19"}},
	{"clock time and weekday", "2023-09-20", nil,
		"The ceasefire took effect at 1 p.m. local time on Wednesday.",
		[]string{"1 p.m. → 2023-09-20 13:00", "Wednesday → 2023-09-20"}},
	{"month, day and year", "2023-09-25", nil,
		"Armenian officials said on Sept. 19, 2023 that the shelling had stopped.",
		[]string{"Sept. 19, 2023 → 2023-09-19"}},
	{"month and year", "2023-09-20", nil,
		"The blockade of the Lachin corridor began in December 2022.",
		[]string{"December 2022 → 2022-12"}},
	{"since a month", "2023-09-20", nil,
		"The region has been under blockade since December 2022.",
		[]string{"December 2022 → 2022-12 since"}},
	{"a year after 'in'", "2023-09-20", nil,
		"Ethnic Armenian forces seized control of the region in 1991.",
		[]string{"1991 → 1991"}},
	{"since a year", "2023-09-20", nil,
		"A ceasefire has held, with interruptions, since 1994.",
		[]string{"1994 → 1994 since"}},
	{"a decade", "2023-09-20", nil,
		"Around 30,000 people were killed in the 1990s.",
		[]string{"the 1990s → 199X"}},
	{"last week", "2023-09-20", nil,
		"The foreign ministers met in Brussels last week.",
		[]string{"last week → 2023-09"}},
	{"a month with its year", "2023-09-20", nil,
		"Russia deployed peacekeepers in November 2020 under a truce brokered by Moscow.",
		[]string{"November 2020 → 2020-11"}},
	{"a full date", "2023-09-20", nil,
		"The truce signed on November 10, 2020 ended six weeks of fighting.",
		[]string{"November 10, 2020 → 2020-11-10"}},
	{"yesterday", "2023-09-20", nil,
		"Yesterday, the defence ministry reported new shelling.",
		[]string{"Yesterday → 2023-09-19"}},
	{"tomorrow", "2023-09-20", nil,
		"Officials will meet again tomorrow in Yevlakh.",
		[]string{"tomorrow → 2023-09-21"}},
	{"today", "2023-09-20", nil,
		"Separatist leaders agreed today to lay down their arms.",
		[]string{"today → 2023-09-20"}},
	{"tonight", "2023-09-20", nil,
		"Explosions were heard in Stepanakert tonight.",
		[]string{"tonight → 2023-09-20 nuit"}},
	{"this morning", "2023-09-20", nil,
		"The attack began this morning, the ministry said.",
		[]string{"this morning → 2023-09-20 matin"}},
	{"a weekday night", "2023-09-20", nil,
		"Shelling continued late on Tuesday night.",
		[]string{"Tuesday night → 2023-09-19 nuit"}},
	{"last Friday", "2023-09-20", nil,
		"The president said last Friday that talks had failed.",
		[]string{"last Friday → 2023-09-15"}},
	{"next Monday", "2023-09-20", nil,
		"Talks will resume next Monday in Brussels.",
		[]string{"next Monday → 2023-09-25"}},
	{"days ago", "2023-09-20", nil,
		"Two soldiers were killed two days ago.",
		[]string{"two days ago → 2023-09-18"}},
	{"months ago", "2023-09-20", nil,
		"The region was cut off nine months ago.",
		[]string{"nine months ago → 2022-12"}},
	{"years ago", "2023-09-20", nil,
		"The war erupted three years ago.",
		[]string{"three years ago → 2020"}},
	{"a season of a year", "2023-09-20", nil,
		"Armenia and Azerbaijan fought a six-week war in the autumn of 2020.",
		[]string{"the autumn of 2020 → 2020-23"}},
	{"the day before", "2023-09-25",
		[]string{"Azerbaijan launched its offensive on Sept. 19."},
		"The day before, mines killed four police officers.",
		[]string{"The day before → 2023-09-18"}},
	{"the next day", "2023-09-25",
		[]string{"Azerbaijan launched its offensive on Sept. 19."},
		"The next day, the separatists agreed to a ceasefire.",
		[]string{"The next day → 2023-09-20"}},
	{"a 24-hour clock", "2023-09-20", nil,
		"The shelling stopped at 18:30 local time.",
		[]string{"18:30 → 2023-09-20 18:30"}},
	{"a.m. and a weekday", "2023-09-20", nil,
		"Sirens sounded at 7:15 a.m. on Wednesday.",
		[]string{"7:15 a.m. → 2023-09-20 07:15", "Wednesday → 2023-09-20"}},
	{"day-first", "2023-09-20", nil,
		"The agreement was signed on 10 November 2020.",
		[]string{"10 November 2020 → 2020-11-10"}},
	{"a day without its year", "2023-09-20", nil,
		"Elections were held on 9 September.",
		[]string{"9 September → 2023-09-09"}},
	{"a future day", "2023-09-20", nil,
		"Baku said it would hold talks with the separatists on September 21.",
		[]string{"September 21 → 2023-09-21"}},
	{"scheduled ahead", "2023-09-20", nil,
		"The summit is scheduled for October 5.",
		[]string{"October 5 → 2023-10-05"}},
	{"last year", "2023-09-20", nil,
		"Last year, Azerbaijan set up a checkpoint on the road.",
		[]string{"Last year → 2022"}},
	{"last month", "2023-09-20", nil,
		"Food prices rose sharply last month.",
		[]string{"last month → 2023-08"}},
	{"next year", "2023-09-20", nil,
		"The government plans a census next year.",
		[]string{"next year → 2024"}},
	{"this year, and a figure that is no year", "2023-09-20", nil,
		"This year, more than 100,000 people left the region.",
		[]string{"This year → 2023"}},
	{"a weekday in a relative clause", "2023-09-20", nil,
		"The fighting, which started on Monday, killed 200 people.",
		[]string{"Monday → 2023-09-18"}},
	{"an abbreviated month without a year", "2023-09-20", nil,
		"Azerbaijan's offensive, launched on Sept. 19, ended within 24 hours.",
		[]string{"Sept. 19 → 2023-09-19"}},
	{"May after 'in' is the month", "2023-09-20", nil,
		"Armenia's prime minister said in May that the enclave was part of Azerbaijan.",
		[]string{"May → 2023-05"}},
	{"a year and a future year", "2023-09-20", nil,
		"The Kremlin said on Thursday that its peacekeepers would stay until 2025.",
		[]string{"Thursday → 2023-09-14", "2025 → 2025"}},
	{"noon", "2023-09-20", nil,
		"The offensive ended at noon on Wednesday.",
		[]string{"noon → 2023-09-20 12:00 midi", "Wednesday → 2023-09-20"}},
	{"mid-month", "2023-09-20", nil,
		"Fighting in mid-September killed hundreds.",
		[]string{"mid-September → 2023-09"}},
	{"late in a month", "2023-09-30", nil,
		"Refugees began arriving in Goris in late September.",
		[]string{"late September → 2023-09"}},
	{"early in a year", "2023-09-20", nil,
		"In early 2021, the two sides exchanged prisoners.",
		[]string{"early 2021 → 2021"}},
	{"a military clock", "2023-09-20", nil,
		"The ceasefire was announced at 1300 GMT.",
		[]string{"1300 GMT → 2023-09-20 13:00"}},
	{"a possessive weekday", "2023-09-20", nil,
		"Sunday's vote was boycotted by the opposition.",
		[]string{"Sunday → 2023-09-17"}},
	{"ISO in English", "2023-09-20", nil,
		"Witnesses said the convoy would leave on 2023-09-24.",
		[]string{"2023-09-24 → 2023-09-24"}},
	{"this week", "2023-09-20", nil,
		"The UN Security Council will meet this week.",
		[]string{"this week → 2023-09"}},
	{"a year before its noun", "2023-09-20", nil,
		"The 2020 war killed more than 6,500 people.",
		[]string{"2020 → 2020"}},
	{"a count is no year", "2023-09-20", nil,
		"The 2000 soldiers left the region.",
		nil},
	{"a season after 'last'", "2023-09-20", nil,
		"The corridor was closed last winter.",
		[]string{"last winter → 2022-24"}},
}

// TestEnglish scores the English set and fails below 95%: each expected
// expression found counts, each expression found that is not expected
// counts against.
func TestEnglish(t *testing.T) {
	right, total := 0, 0
	for _, c := range englishSet {
		got := tagged(t, c, "en")
		for _, w := range c.want {
			total++
			if slices.Contains(got, w) {
				right++
			} else {
				t.Logf("%s: missed %q in %q (got %q)", c.name, w, c.in, got)
			}
		}
		for _, g := range got {
			if !slices.Contains(c.want, g) {
				total++
				t.Logf("%s: unexpected %q in %q", c.name, g, c.in)
			}
		}
	}
	if total < 40 {
		t.Fatalf("the English set holds %d expressions, want at least 40", total)
	}
	score := 100 * float64(right) / float64(total)
	t.Logf("English: %d of %d right (%.1f%%)", right, total, score)
	if score < 95 {
		t.Errorf("English score %.1f%% is below 95%%", score)
	}
}
