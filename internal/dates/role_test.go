package dates

import (
	"testing"
	"time"
)

// TestRole checks what each sentence does with its dates, written "words →
// value role".
func TestRole(t *testing.T) {
	runMarks(t, []markCase{
		// Events: the sentence reports the thing happening.
		{"a past day", "fr", "2023-09-20",
			"L'Azerbaïdjan a lancé une offensive mardi 19 septembre.",
			[]string{"mardi 19 septembre → 2023-09-19 event"}},
		{"the report of an announcement: the nearest verb decides", "fr", "2023-09-20",
			"Il a annoncé mardi qu'il se rendra à Moscou le 3 mai.",
			[]string{"mardi → 2023-09-19 event", "le 3 mai → 2024-05-03 forecast"}},
		{"what a state has lasted since, named: the agreement of a date", "fr", "2023-09-20",
			"Des soldats russes sont déployés depuis l’accord de cessez-le-feu du 10 novembre 2020.",
			[]string{"10 novembre 2020 → 2020-11-10 background"}},
		{"the same in English: since the war of a date", "en", "2020-09-28",
			"It is the worst escalation since the four-day war of April 2016.",
			[]string{"April 2016 → 2016-04 background"}},
		{"'depuis' in another clause than the named date", "fr", "2023-09-20",
			"Depuis lundi, la guerre de 2020 est dans tous les esprits.",
			[]string{"lundi → 2023-09-18 background", "2020 → 2020 event"}},
		{"the pluperfect: the past before the story's", "fr", "2020-10-06",
			"En 1991, l’enclave avait déjà proclamé son indépendance.",
			[]string{"1991 → 1991 background"}},
		{"the same, reflexive", "fr", "2020-10-06",
			"Les deux pays s’étaient affrontés en avril 2016.",
			[]string{"avril 2016 → 2016-04 background"}},
		{"the compound past reports", "fr", "2020-10-06",
			"En 1991, l’enclave a proclamé son indépendance.",
			[]string{"1991 → 1991 event"}},
		{"'depuis' elsewhere in the sentence", "fr", "2020-10-06",
			"Les combats, qui duraient depuis des semaines, ont repris le 27 septembre.",
			[]string{"le 27 septembre → 2020-09-27 event"}},
		{"'hier' in a sentence about tomorrow", "fr", "2023-09-20",
			"Arrivé hier à Bakou, le ministre rencontrera demain son homologue.",
			[]string{"hier → 2023-09-19 event", "demain → 2023-09-21 forecast"}},
		{"days counted back are news", "fr", "2023-09-20",
			"Les combats ont repris il y a trois jours.",
			[]string{"il y a trois jours → 2023-09-17 event"}},
		{"a report is no comparison", "fr", "2023-09-20",
			"Un rapport de 2016 recommandait le retrait des troupes.",
			[]string{"2016 → 2016 event"}},
		{"the day of a ceremony", "fr", "2023-09-20",
			"Les Arméniens commémorent le 24 avril le génocide de 1915.",
			[]string{"le 24 avril → 2023-04-24 event", "1915 → 1915 background"}},
		{"today, in the past tense", "fr", "2023-09-20",
			"Le président s'est exprimé aujourd'hui devant le Parlement.",
			[]string{"aujourd'hui → 2023-09-20 event"}},

		// Background: the sentence refers back to the date.
		{"'depuis près de' years", "fr", "2023-09-20",
			"Le Haut-Karabakh est disputé depuis près de 34 ans.",
			[]string{"près de 34 ans → 1989 background"}},
		{"a worst since", "fr", "2023-09-20",
			"Il s'agit de la pire crise depuis 2016.",
			[]string{"2016 → 2016 background"}},
		{"a first time since", "fr", "2023-09-20",
			"Pour la première fois depuis 2020, les deux dirigeants se sont parlé.",
			[]string{"2020 → 2020 background"}},
		{"a state since a day", "fr", "2020-10-06",
			"Depuis le 27 septembre, les combats font rage.",
			[]string{"le 27 septembre → 2020-09-27 background"}},
		{"'il y a' years", "fr", "2023-09-20",
			"La guerre a éclaté il y a trente ans.",
			[]string{"il y a trente ans → 1993 background"}},
		{"'comme en'", "fr", "2023-09-20",
			"Comme en 2016, les combats n'ont duré que quatre jours.",
			[]string{"2016 → 2016 background"}},
		{"'N ans après' an anniversary", "fr", "2023-09-20",
			"Trente ans après la proclamation d'indépendance du 2 septembre 1991, la région a capitulé.",
			[]string{"2 septembre 1991 → 1991-09-02 background"}},
		{"'anniversaire de'", "fr", "2024-05-16",
			"Erevan a célébré le 30e anniversaire du cessez-le-feu de mai 1994.",
			[]string{"mai 1994 → 1994-05 background"}},
		{"'les 30 ans de'", "fr", "2024-05-16",
			"Erevan a marqué les 30 ans du cessez-le-feu de mai 1994.",
			[]string{"mai 1994 → 1994-05 background"}},

		// Forecasts: the sentence announces the date.
		{"a future verb and 'le mois prochain'", "fr", "2023-09-20",
			"Les autorités rouvriront la route le mois prochain.",
			[]string{"le mois prochain → 2023-10 forecast"}},
		{"'doit'", "fr", "2023-09-20",
			"Le sommet doit se tenir lundi à Grenade.",
			[]string{"lundi → 2023-09-25 forecast"}},
		{"'est prévu'", "fr", "2023-09-20",
			"Le scrutin est prévu le 3 décembre.",
			[]string{"le 3 décembre → 2023-12-03 forecast"}},
		{"'prévoit de'", "fr", "2023-09-20",
			"Bakou prévoit de rouvrir le corridor en octobre.",
			[]string{"octobre → 2023-10 forecast"}},
		{"'à partir de' a date to come", "fr", "2023-09-20",
			"Le couvre-feu s'appliquera à partir du 1er octobre.",
			[]string{"1er octobre → 2023-10-01 forecast"}},
		{"today, in the future tense", "fr", "2023-09-20",
			"Les négociations reprendront aujourd'hui à Bruxelles.",
			[]string{"aujourd'hui → 2023-09-20 forecast"}},
		{"a year to come, no verb about it", "fr", "2023-09-20",
			"L'élection présidentielle de 2028 s'annonce disputée.",
			[]string{"2028 → 2028 forecast"}},
		{"an anniversary to come is the ceremony's day", "fr", "2021-08-20",
			"Le 30e anniversaire sera célébré le 2 septembre.",
			[]string{"le 2 septembre → 2021-09-02 forecast"}},

		{"a past weekday", "en", "2023-09-20",
			"Azerbaijan launched an offensive on Tuesday.",
			[]string{"Tuesday → 2023-09-19 event"}},
		{"the report of a plan: the nearest verb decides", "en", "2023-09-20",
			"He said yesterday that he will travel to Moscow on May 3.",
			[]string{"yesterday → 2023-09-19 event", "May 3 → 2024-05-03 forecast"}},
		{"'as' without a preposition compares nothing", "en", "2023-09-20",
			"As Tuesday's talks showed, the truce is fragile.",
			[]string{"Tuesday → 2023-09-19 event"}},
		{"days ago are news", "en", "2023-09-20",
			"Two soldiers were killed two days ago.",
			[]string{"two days ago → 2023-09-18 event"}},
		{"since a month", "en", "2023-09-20",
			"The region has been under blockade since December 2022.",
			[]string{"December 2022 → 2022-12 background"}},
		{"the worst since", "en", "2023-09-20",
			"It is the worst fighting since 2016.",
			[]string{"2016 → 2016 background"}},
		{"for the first time since", "en", "2023-09-20",
			"For the first time since 2020, the two leaders met.",
			[]string{"2020 → 2020 background"}},
		{"'as in'", "en", "2023-09-20",
			"As in 2020, Russia brokered the truce.",
			[]string{"2020 → 2020 background"}},
		{"years ago", "en", "2023-09-20",
			"The war broke out 30 years ago.",
			[]string{"30 years ago → 1993 background"}},
		{"'N years after' an anniversary", "en", "2023-09-20",
			"Thirty years after the 1994 ceasefire, the region fell.",
			[]string{"1994 → 1994 background"}},
		{"'is due to'", "en", "2023-09-20",
			"The parliament is due to vote on Monday.",
			[]string{"Monday → 2023-09-25 forecast"}},
		{"'will' and 'tomorrow'", "en", "2023-09-20",
			"Officials will meet again tomorrow in Yevlakh.",
			[]string{"tomorrow → 2023-09-21 forecast"}},
		{"'plans to'", "en", "2023-09-20",
			"Yerevan plans to reopen the border next month.",
			[]string{"next month → 2023-10 forecast"}},
		{"'from next Monday'", "en", "2023-09-20",
			"Schools reopen from next Monday.",
			[]string{"next Monday → 2023-09-25 forecast"}},
		{"'is scheduled'", "en", "2023-09-20",
			"The talks are scheduled for October 5.",
			[]string{"October 5 → 2023-10-05 forecast"}},
	}, func(e Expr) string {
		return e.Text + " → " + e.Value.String() + " " + e.Role.String()
	})
}

func TestRoleString(t *testing.T) {
	for r, want := range map[Role]string{Event: "event", Background: "background", Forecast: "forecast", 9: "unknown"} {
		if got := r.String(); got != want {
			t.Errorf("Role(%d).String() = %q, want %q", r, got, want)
		}
	}
	if (Expr{}).Role != Event {
		t.Error("the zero Role is not Event")
	}
}

// TestDayKeys holds dayKeys to First and Last: placed against any day, a
// date is before it, after it or holds it by both alike.
func TestDayKeys(t *testing.T) {
	var values []Date
	for y := 2019; y <= 2021; y++ {
		values = append(values, Date{Year: y, Precision: Year}, Date{Year: y / 10 * 10, Precision: Decade})
		for mo := 1; mo <= 12; mo++ {
			values = append(values, Date{Year: y, Month: mo, Precision: Month}, MakeDay(y, mo, 1), MakeDay(y, mo+1, 0))
		}
		for s := Spring; s <= Winter; s++ {
			values = append(values, Date{Year: y, Month: s, Precision: Season})
		}
	}
	for day := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC); day.Year() < 2022; day = day.AddDate(0, 0, 1) {
		pub := dayKey(day.Year(), int(day.Month()), day.Day())
		for _, v := range values {
			first, last := dayKeys(v)
			if (last < pub) != v.Last().Before(day) || (first > pub) != v.First().After(day) {
				t.Fatalf("%s against %s: dayKeys %d–%d disagree with First and Last", v, day.Format("2006-01-02"), first, last)
			}
		}
	}
}
