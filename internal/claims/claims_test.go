package claims

import (
	"fmt"
	"strings"
	"testing"
)

// describe writes a figure as the table below wants it: kind, count (a
// range as "10-99"), qualifier, its text, whose, side, civilian, claimant,
// and "next" for a figure of the next sentence.
func describe(sentence, next string, f Figure) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %d", f.Kind, f.Count)
	if f.CountMax != f.Count {
		fmt.Fprintf(&b, "-%d", f.CountMax)
	}
	if f.Qualifier != "" {
		b.WriteString(" " + f.Qualifier)
	}
	text := sentence
	if f.Next {
		text = next
	}
	fmt.Fprintf(&b, " %q", text[f.Start:f.End])
	if f.Who != "" {
		fmt.Fprintf(&b, " who=%q", f.Who)
	}
	if f.Side != "" {
		b.WriteString(" " + f.Side)
	}
	if f.Civilian {
		b.WriteString(" civilian")
	}
	if f.Claimant != "" {
		fmt.Fprintf(&b, " by=%q", f.Claimant)
	}
	if f.Next {
		b.WriteString(" next")
	}
	return b.String()
}

// figureTests are sentences of war reporting and the figures they give,
// described as describe writes them.
var figureTests = []struct {
	name                    string
	lang, sentence, speaker string
	next                    string
	want                    []string
}{
	// French: numbers in digits, kinds, sides.
	{"victims and wounded, the side that has them", "fr",
		"Selon des données préliminaires, les forces armées arméniennes ont 16 victimes et plus de 100 blessés.", "", "",
		[]string{`killed 16 "16 victimes" who="les forces armées arméniennes" armenia`,
			`wounded 100 more-than "plus de 100 blessés" who="les forces armées arméniennes" armenia`}},
	{"a side after a list names both", "fr",
		"Offensive sur toute la ligne de contact : 16 morts et plus de 100 blessés côté arménien", "", "",
		[]string{`killed 16 "16 morts" who="côté arménien" armenia`,
			`wounded 100 more-than "plus de 100 blessés" who="côté arménien" armenia`}},
	{"a list after its verb is destroyed, a parenthesis aside", "fr",
		"Les unités de l’Armée de Défense d’Artsakh ont détruit 4 hélicoptères, près de 15 drones (dont des drones d’attaque), 10 chars et véhicules de combat d’infanterie de l’adversaire.", "", "",
		[]string{`destroyed 4 "4 hélicoptères" who="hélicoptères"`,
			`destroyed 15 about "près de 15 drones" who="drones"`,
			`destroyed 10 "10 chars" who="chars"`}},
	{"the object of tuer, an inverted source", "fr",
		"Les forces azerbaïdjanaises ont tué 16 soldats séparatistes arméniens au Haut-Karabakh,  ont indiqué des sources à Bakou.", "des sources à Bakou", "",
		[]string{`killed 16 "16 soldats séparatistes arméniens" who="soldats séparatistes arméniens" nagorno-karabakh by="des sources à Bakou"`}},
	{"two of its soldiers, and 14 others", "fr",
		"Un porte-parole de l’Armée de défense d’Artsakh affirme que deux de ses militaires ont été tués par des tirs azerbaïdjanais, et 14 autres blessés.", "un porte-parole de l’Armée de défense d’Artsakh", "",
		[]string{`killed 2 "deux de ses militaires" who="ses militaires" by="un porte-parole de l’Armée de défense d’Artsakh"`,
			`wounded 14 "14 autres blessés" by="un porte-parole de l’Armée de défense d’Artsakh"`}},
	{"tens in quotation marks, killed or wounded", "fr",
		"Outre la destruction des camions, il est affirmé que des “dizaines” de “militants illégaux” ont été tués ou blessés.", "", "",
		[]string{`killed 10-99 "des “dizaines” de “militants" who="militants"`}},
	{"many victims is no number", "fr",
		"Les combats au Haut-Karabakh faisaient «de nombreuses victimes» dans la population civile.", "", "", nil},
	{"troops deployed are no figure", "fr",
		"Un peu moins de 2 000 militaires russes sont supposés assurer la sécurité des Arméniens de ce territoire.", "", "", nil},
	{"a duration in words, thousands dead", "fr",
		"Le conflit, qui dure depuis trente-deux ans, a fait des milliers de morts.", "", "",
		[]string{`killed 1000-9999 "des milliers de morts"`}},
	{"an age", "fr",
		"Un soldat arménien âgé de 19 ans a été tué par un tir de sniper, a annoncé le ministère arménien de la Défense.", "le ministère arménien de la Défense", "",
		[]string{`killed 1 "Un soldat arménien" who="soldat arménien" armenia by="le ministère arménien de la Défense"`}},
	{"money", "fr",
		"Bakou versera 11 000 manats aux familles des 2 900 soldats tués.", "", "",
		[]string{`killed 2900 "2 900 soldats" who="soldats"`}},
	{"a percentage", "fr",
		"Plus de 60 % des blessés sont des civils.", "", "", nil},
	{"a population, half of it", "fr",
		"Les autorités estiment que la moitié des 140 000 habitants de la région ont fui.", "", "", nil},
	{"a year, a duration", "fr",
		"En 2020, la guerre a fait plus de 6 500 morts en 44 jours.", "", "",
		[]string{`killed 6500 more-than "plus de 6 500 morts"`}},
	{"peacekeepers and armoured vehicles deployed", "fr",
		"Moscou a déployé 1 960 soldats de la paix et 90 véhicules blindés dans la région, où 2 000 chars auraient été détruits.", "", "",
		[]string{`destroyed 2000 "2 000 chars" who="chars"`}},
	{"a range between, a source after", "fr",
		"Entre 50 et 60 soldats azerbaïdjanais auraient été tués, selon Erevan.", "", "",
		[]string{`killed 50-60 "Entre 50 et 60 soldats azerbaïdjanais" who="soldats azerbaïdjanais" azerbaijan by="Erevan"`}},
	{"a range with a dash", "fr",
		"Le bombardement aurait fait 50-60 blessés, selon des sources locales.", "", "",
		[]string{`wounded 50-60 "50-60 blessés" by="des sources locales"`}},
	{"a range de … à", "fr",
		"De 10 à 15 civils ont été blessés à Martouni.", "", "",
		[]string{`wounded 10-15 "10 à 15 civils" who="civils" civilian`}},
	{"a toll that moves is its last number", "fr",
		"Le bilan est passé de 13 à 16 morts, a indiqué le parquet.", "", "",
		[]string{`killed 16 "16 morts" by="le parquet"`}},
	{"ninety-seven in words", "fr",
		"Quatre-vingt-dix-sept soldats ont été portés disparus.", "", "",
		[]string{`missing 97 "Quatre-vingt-dix-sept soldats" who="soldats"`}},
	{"two hundred in words", "fr",
		"Deux cents personnes ont été évacuées vers Goris.", "", "",
		[]string{`displaced 200 "Deux cents personnes" who="personnes"`}},
	{"twenty-one with et", "fr",
		"Vingt et un prisonniers arméniens ont été libérés mardi.", "", "",
		[]string{`released 21 "Vingt et un prisonniers arméniens" who="arméniens" armenia`}},
	{"a war of the past, a million", "fr",
		"La guerre des années 1990 a fait près de 30 000 morts et un million de réfugiés.", "", "",
		[]string{`killed 30000 about "près de 30 000 morts"`, `displaced 1000000 "un million de réfugiés"`}},
	{"one and a half million", "fr",
		"Selon l'ONU, 1,5 million de personnes ont été déplacées.", "", "",
		[]string{`displaced 1500000 "1,5 million de personnes" who="personnes" by="l'ONU"`}},
	{"about a hundred", "fr",
		"Une centaine de civils ont été blessés dans le bombardement de Stepanakert.", "", "",
		[]string{`wounded 100 about "Une centaine de civils" who="civils" civilian`}},
	{"hundreds fled", "fr",
		"Des centaines de personnes ont fui les villages frontaliers.", "", "",
		[]string{`displaced 100-999 "Des centaines de personnes" who="personnes"`}},
	{"thousands of Armenians left", "fr",
		"Des milliers d'Arméniens ont quitté le Karabakh dès le premier jour.", "", "",
		[]string{`displaced 1000-9999 "Des milliers d'Arméniens" who="Arméniens" armenia`}},
	{"about ten taken prisoner", "fr",
		"Une dizaine de soldats ont été faits prisonniers.", "", "",
		[]string{`captured 10 about "Une dizaine de soldats" who="soldats"`}},
	{"more than a hundred, claimed by an inverted verb", "fr",
		"Plus d'une centaine de militaires azerbaïdjanais ont été tués, affirme Erevan.", "Erevan", "",
		[]string{`killed 100 more-than "Plus d'une centaine de militaires azerbaïdjanais" who="militaires azerbaïdjanais" azerbaijan by="Erevan"`}},
	{"up to", "fr",
		"Jusqu'à 300 combattants auraient péri dans l'offensive.", "", "",
		[]string{`killed 300 up-to "Jusqu'à 300 combattants" who="combattants"`}},
	{"fewer than", "fr",
		"Moins de 20 civils ont été évacués.", "", "",
		[]string{`displaced 20 fewer-than "Moins de 20 civils" who="civils" civilian`}},
	{"two claimants in one sentence", "fr",
		"Erevan fait état de 16 morts, tandis que Bakou affirme avoir perdu 13 soldats.", "Erevan", "",
		[]string{`killed 16 "16 morts" by="Erevan"`, `killed 13 "13 soldats" who="soldats" by="Bakou"`}},
	{"one toll, two sources, a number without its noun", "fr",
		"Le bilan s'établit à 16 morts selon Erevan et à 13 selon Bakou.", "", "",
		[]string{`killed 16 "16 morts" by="Erevan"`, `killed 13 "13" by="Bakou"`}},
	{"d'après", "fr",
		"D'après le ministère de la Santé du Haut-Karabakh, 49 civils ont été tués depuis le 27 septembre.", "", "",
		[]string{`killed 49 "49 civils" who="civils" civilian by="le ministère de la Santé du Haut-Karabakh"`}},
	{"a indiqué, with no speaker given", "fr",
		"Trois civils ont été tués à Martakert, a indiqué la police locale.", "", "",
		[]string{`killed 3 "Trois civils" who="civils" civilian by="la police locale"`}},
	{"a source closer than the speaker", "fr",
		"Le ministère russe a déclaré que, selon Bakou, 13 civils avaient été tués à Gandja.", "le ministère russe", "",
		[]string{`killed 13 "13 civils" who="civils" civilian by="Bakou"`}},
	{"the next sentence continues the count", "fr",
		"L'armée arménienne a annoncé la mort de 49 militaires.", "l'armée arménienne", "Parmi eux, trois officiers.",
		[]string{`killed 49 "49 militaires" who="militaires" by="l'armée arménienne"`,
			`killed 3 "trois officiers" who="officiers" by="l'armée arménienne" next`}},
	{"a next sentence that counts something else", "fr",
		"Le ministère a annoncé 12 blessés.", "le ministère", "Trois ont été hospitalisés à Erevan.",
		[]string{`wounded 12 "12 blessés" by="le ministère"`}},
	{"a part of the figure, and the source after both", "fr",
		"Au moins 24 personnes ont été tuées, dont un enfant, selon les autorités.", "", "",
		[]string{`killed 24 at-least "Au moins 24 personnes" who="personnes" by="les autorités"`,
			`killed 1 "un enfant" who="enfant" civilian by="les autorités"`}},

	// English.
	{"Baku says", "en",
		"Baku says 13 civilians were killed in Ganja.", "", "",
		[]string{`killed 13 "13 civilians" who="civilians" civilian by="Baku"`}},
	{"the separatists speak of", "en",
		"The separatists speak of at least 200 dead.", "", "",
		[]string{`killed 200 at-least "at least 200 dead" by="the separatists"`}},
	{"the government counts people arrived", "en",
		"The Armenian government counts more than 100,000 people arrived.", "", "",
		[]string{`displaced 100000 more-than "more than 100,000 people" who="people" by="the Armenian government"`}},
	{"on the Armenian side", "en",
		"Armenia's defence ministry said 16 servicemen were killed and more than 100 wounded on the Armenian side.", "Armenia's defence ministry", "",
		[]string{`killed 16 "16 servicemen" who="servicemen" armenia by="Armenia's defence ministry"`,
			`wounded 100 more-than "more than 100 wounded" who="servicemen" armenia by="Armenia's defence ministry"`}},
	{"tens of thousands", "en",
		"Tens of thousands of ethnic Armenians fled Nagorno-Karabakh in under a week.", "", "",
		[]string{`displaced 10000-99999 "Tens of thousands of ethnic Armenians" who="ethnic Armenians" armenia`}},
	{"dozens, claimed after", "en",
		"Dozens of Azerbaijani soldiers were killed, the Armenian defence ministry claimed.", "", "",
		[]string{`killed 12-99 "Dozens of Azerbaijani soldiers" who="Azerbaijani soldiers" azerbaijan by="the Armenian defence ministry"`}},
	{"about a dozen", "en",
		"About a dozen Armenian troops were captured near Jabrayil.", "", "",
		[]string{`captured 12 about "About a dozen Armenian troops" who="Armenian troops" armenia`}},
	{"hundreds evacuated", "en",
		"Hundreds of civilians have been evacuated from Stepanakert.", "", "",
		[]string{`displaced 100-999 "Hundreds of civilians" who="civilians" civilian`}},
	{"twenty-one", "en",
		"Twenty-one people were wounded when a rocket hit Barda.", "", "",
		[]string{`wounded 21 "Twenty-one people" who="people"`}},
	{"two thousand five hundred", "en",
		"Two thousand five hundred refugees arrived in Goris on Sunday.", "", "",
		[]string{`displaced 2500 "Two thousand five hundred refugees"`}},
	{"between, Baku said", "en",
		"Between 50 and 60 Armenian soldiers were killed, Baku said.", "", "",
		[]string{`killed 50-60 "Between 50 and 60 Armenian soldiers" who="Armenian soldiers" armenia by="Baku"`}},
	{"50 to 60", "en",
		"Officials said 50 to 60 people were injured.", "", "",
		[]string{`wounded 50-60 "50 to 60 people" who="people" by="Officials"`}},
	{"no fewer than", "en",
		"No fewer than 30 Azerbaijani servicemen died in the clashes.", "", "",
		[]string{`killed 30 at-least "No fewer than 30 Azerbaijani servicemen" who="Azerbaijani servicemen" azerbaijan`}},
	{"up to, may have", "en",
		"Up to 5,000 people may have fled.", "", "",
		[]string{`displaced 5000 up-to "Up to 5,000 people" who="people"`}},
	{"nearly, a war of 44 days", "en",
		"Nearly 3,000 Armenian troops were killed in the 44-day war.", "", "",
		[]string{`killed 3000 about "Nearly 3,000 Armenian troops" who="Armenian troops" armenia`}},
	{"over, Baku says at the end", "en",
		"Over 100 Azerbaijani civilians have been killed since September 27, Baku says.", "", "",
		[]string{`killed 100 more-than "Over 100 Azerbaijani civilians" who="Azerbaijani civilians" azerbaijan civilian by="Baku"`}},
	{"shot down", "en",
		"Armenian forces shot down two Azerbaijani helicopters and three drones.", "", "",
		[]string{`destroyed 2 "two Azerbaijani helicopters" who="Azerbaijani helicopters" azerbaijan`,
			`destroyed 3 "three drones" who="drones"`}},
	{"helicopters deployed are no figure", "en",
		"Azerbaijan deployed 4 helicopters and 20 tanks along the front after six soldiers were killed.", "", "",
		[]string{`killed 6 "six soldiers" who="soldiers"`}},
	{"a 19-year-old", "en",
		"A 19-year-old conscript was killed by sniper fire, the ministry said.", "", "",
		[]string{`killed 1 "A 19-year-old conscript" who="conscript" by="the ministry"`}},
	{"money and killed servicemen", "en",
		"Azerbaijan pays 11,000 manats to the family of each of its 2,908 killed servicemen.", "", "",
		[]string{`killed 2908 "2,908 killed"`}},
	{"a population before an exodus", "en",
		"About 120,000 ethnic Armenians lived in the region before the exodus.", "", "", nil},
	{"within hours", "en",
		"Within 24 hours, 6,650 people had arrived in Armenia.", "", "",
		[]string{`displaced 6650 "6,650 people" who="people"`}},
	{"handed over", "en",
		"Azerbaijan handed over 17 Armenian prisoners of war on Tuesday.", "", "",
		[]string{`released 17 "17 Armenian prisoners of war" who="Armenian" armenia`}},
	{"freed and released, two sides", "en",
		"Baku freed 32 Armenian detainees, and Yerevan released two Azerbaijani soldiers.", "", "",
		[]string{`released 32 "32 Armenian detainees" who="Armenian" armenia`,
			`released 2 "two Azerbaijani soldiers" who="Azerbaijani soldiers" azerbaijan`}},
	{"still missing", "en",
		"Some 4,000 people are still listed as missing from the first war.", "", "",
		[]string{`missing 4000 about "Some 4,000 people" who="people"`}},
	{"among them, in the next sentence", "en",
		"The strike killed 13 people.", "", "Among them were three children.",
		[]string{`killed 13 "13 people" who="people"`, `killed 3 "three children" who="children" civilian next`}},
	{"lost their lives", "en",
		"Around 6,500 people lost their lives in the 2020 war.", "", "",
		[]string{`killed 6500 about "Around 6,500 people" who="people"`}},
	{"claimed the lives of", "en",
		"The fighting claimed the lives of 18 Armenian servicemen.", "", "",
		[]string{`killed 18 "18 Armenian servicemen" who="Armenian servicemen" armenia`}},
	{"a toll that rose", "en",
		"The death toll from the explosion rose to 218, local authorities said.", "", "",
		[]string{`killed 218 "218" by="local authorities"`}},
	{"a toll in French, a number alone", "fr",
		"Le bilan provisoire de l'explosion s'est alourdi à 68, selon les autorités.", "", "",
		[]string{`killed 68 "68" by="les autorités"`}},
	{"around a million displaced", "en",
		"The 1994 ceasefire ended a war that displaced around 1 million people.", "", "",
		[]string{`displaced 1000000 about "around 1 million people" who="people"`}},
	{"a percentage of the wounded", "en",
		"About 40 percent of the wounded were civilians.", "", "", nil},
	{"villages retaken, fighters killed", "en",
		"Azerbaijan says it has retaken 5 villages and killed 20 Armenian fighters.", "", "",
		[]string{`killed 20 "20 Armenian fighters" who="Armenian fighters" armenia by="Azerbaijan"`}},
	{"an inverted verb, a date after its claimant", "fr",
		"Au total, 2 783 soldats azerbaïdjanais sont morts pendant la guerre, a reconnu Bakou en décembre.", "", "",
		[]string{`killed 2783 "2 783 soldats azerbaïdjanais" who="soldats azerbaïdjanais" azerbaijan by="Bakou"`}},
	{"held, of whom en speaks", "fr",
		"L'Arménie a rapatrié 5 prisonniers de guerre, et l'Azerbaïdjan en détiendrait encore une cinquantaine.", "", "",
		[]string{`released 5 "5 prisonniers de guerre"`, `captured 50 about "une cinquantaine"`}},
	{"an aside with soit", "fr",
		"Quelque 90 000 personnes, soit environ la moitié de la population du Karabakh, ont fui vers l'Arménie.", "", "",
		[]string{`displaced 90000 about "Quelque 90 000 personnes" who="personnes"`}},
	{"one killed, another wounded", "fr",
		"Un soldat a été tué et un autre blessé par un tir azerbaïdjanais.", "", "",
		[]string{`killed 1 "Un soldat" who="soldat"`, `wounded 1 "un autre blessé" who="soldat"`}},
	{"losses told as a number", "fr",
		"Les pertes arméniennes s'élèvent désormais à 2 425 militaires, selon le ministère.", "", "",
		[]string{`killed 2425 "2 425 militaires" who="militaires" by="le ministère"`}},
	{"parts of parts", "fr",
		"Au moins 200 personnes, dont 10 civils parmi lesquels 5 enfants, ont péri.", "", "",
		[]string{`killed 200 at-least "Au moins 200 personnes" who="personnes"`,
			`killed 10 "10 civils" who="civils" civilian`, `killed 5 "5 enfants" who="enfants" civilian`}},
	{"two claimants, losses put at a number", "en",
		"Armenia said 49 of its soldiers had been killed in the fighting, while Azerbaijan put its losses at 50.", "", "",
		[]string{`killed 49 "49 of its soldiers" who="its soldiers" by="Armenia"`, `killed 50 "50" by="Azerbaijan"`}},
	{"another", "en",
		"A Russian peacekeeper was killed and another wounded when their car was hit.", "", "",
		[]string{`killed 1 "A Russian peacekeeper" who="Russian peacekeeper" russia`,
			`wounded 1 "another wounded" who="Russian peacekeeper" russia`}},
	{"held by the other side", "en",
		"Yerevan says Baku holds at least 80 Armenians, while Azerbaijan acknowledges only 33.", "", "",
		[]string{`captured 80 at-least "at least 80 Armenians" who="Armenians" armenia by="Yerevan"`}},
	{"officials told a news agency, after the figure", "en",
		"The shelling of Stepanakert has killed 12 civilians since Sunday, local officials told Reuters on Tuesday.", "", "",
		[]string{`killed 12 "12 civilians" who="civilians" civilian by="local officials"`}},
	{"a further number", "en",
		"Some 20 people were killed when a Scud missile hit Ganja, and a further 50 were hurt.", "", "",
		[]string{`killed 20 about "Some 20 people" who="people"`, `wounded 50 "50"`}},
}

func TestFind(t *testing.T) {
	for _, tt := range figureTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range Find(tt.sentence, tt.next, tt.lang, tt.speaker) {
				got = append(got, describe(tt.sentence, tt.next, f))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\ngot:\n  %s\nwant:\n  %s", tt.sentence, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
