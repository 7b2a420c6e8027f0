package claims

import (
	"sort"
	"strings"

	"timeline/internal/fold"
)

// flag is a set of the function-word lists a word is in, one bit a list.
type flag uint64

// The function words the rules look for. A phrase the rules miss is most
// often one word missing from one of these lists, in entries below.
const (
	// fHave and fBe are the auxiliaries between a subject and its
	// participle: "ont été tués", "had been killed". After fHave alone a
	// transitive verb is active: "13 soldats ont tué" names no victims.
	fHave flag = 1 << iota
	fBe
	// fFiller may stand between a subject and its participle, besides the
	// auxiliaries: "ont également été tués", "were still listed as missing".
	fFiller
	// fDet starts a noun phrase: a kind word after it is a noun, never a
	// participle said of the figure before ("protègent les blessés").
	fDet
	// fPossessive is what a part of a group names it by: "deux de ses militaires".
	fPossessive
	// fPartitive links a number to what it counts: "de", "d'", "of".
	fPartitive
	// fMod may stand between a number and its noun: "35 autres blessés",
	// "18 Armenian troops", "a Mi-24 helicopter" (with fSide, a side's adjective).
	fMod
	// fTrail is an adjective after the noun: "170 blessés graves", "deux drones adverses".
	fTrail
	// fComplement is what "de" may add to a noun counted: "soldats de la
	// paix", "véhicules de combat d'infanterie", "prisonniers de guerre".
	fComplement
	// fCoord joins two figures of one list: "16 morts et plus de 100 blessés".
	fCoord
	// fSubset opens a part of the figure before: "16 morts, dont 3 civils".
	fSubset
	// fMarker introduces a source: "selon Bakou", "according to officials".
	fMarker
	// fClaim are the verbs whose subject claims what follows: "Bakou fait
	// état de", "a annoncé", "said", "puts its losses at".
	fClaim
	// fBreak opens a clause of its own, with its own claimant: "tandis
	// que", "while", "mais".
	fBreak
	// fPronoun stands for someone named before: never a claimant here.
	fPronoun
	// fNotSource is what "selon" may introduce that claims nothing:
	// "selon des données préliminaires".
	fNotSource
	// fUnit is what a number may count that is not people: "12 ans", "44 days".
	fUnit
	// fToll is a count of the dead that a number may follow alone: "le
	// bilan s'élève à 13", "raised the toll to 10".
	fToll
	// fTollWord may stand between a toll and its number.
	fTollWord
	// fRefer names a count the sentence gave before: "un chiffre porté
	// ensuite à plus de 3 800" counts what the figure before counted.
	fRefer
	// fNounToo are claim verbs that are nouns as often: "according to a
	// provisional count", "Armenian officials count 85 deaths".
	fNounToo
	// fChange moves a count: "le bilan est passé de 13 à 16" is 16, not a range.
	fChange
	// fFraction takes a part of what follows: "la moitié des 140 000 habitants".
	fFraction
	// fPrep may follow a number that counts people without naming them:
	// "killed 13 in Ganja".
	fPrep
	// fBetween opens a range: "entre 50 et 60", "between 50,000 and 60,000".
	fBetween
	// fRangeTo joins the ends of a range: "20 to 30", "50 à 60".
	fRangeTo
	// fOpener opens a sentence that continues the count of the one
	// before: "Parmi eux, 12 civils."
	fOpener
	// fCopula stands between an opener and the number it continues with:
	// "Parmi les morts figurent trois enfants".
	fCopula
	// fSideWord names a side: "côté arménien", "on the Armenian side".
	fSideWord
	// fAge tells an age: "âgé de 25 ans", "aged 62".
	fAge
	// fRelative opens a relative clause: "13 civils qui ont été tués".
	fRelative
	// fAdjunct opens what follows a claimant but is not part of it: "a
	// reconnu Bakou en décembre", "said Baku on Monday".
	fAdjunct
	// fAside opens an aside between commas that a subject and its verb
	// may stand around: "90 000 personnes, soit la moitié de la
	// population, ont fui".
	fAside
	// fSeveral stands before a rough plural: "plusieurs dizaines", "several hundred".
	fSeveral
	// fCurrency is a sign of money before a number: "$ 5 000".
	fCurrency
)

// role is how a kind word may stand to the number it says something of.
type role uint8

const (
	// rNoun: after the number, as what it counts: "16 morts", "13 killed", "100 refugees".
	rNoun role = 1 << iota
	// rPart: after the people counted: "13 civils ont été tués", "12 people died".
	rPart
	// rAct: before the number, as a verb of which it is the object:
	// "ont tué 16 soldats", "shot down two helicopters".
	rAct
	// rSubj: an intransitive verb, said of its subject whatever its
	// auxiliary: "ont péri", "have fled", "sont arrivés".
	rSubj
	// rNominal: a noun of what happened, followed by de/of and the
	// number: "la mort d'un soldat", "the evacuation of 2,000 civilians".
	rNominal
)

// noun is what a noun after a number counts.
type noun uint8

const (
	nNone noun = iota
	nPerson
	nEquip
)

// lexeme is what the tables know of one word. A word may be several things
// at once: "blessés" is a kind said of people and the people it counts.
type lexeme struct {
	flags flag

	// Numbers: "seize" 16; "cent" multiplies what comes before it; "mille"
	// and "million" are scales; "un" and "a" count one only before what
	// they count; "dizaine" counts about ten, "dizaines" ten to 99.
	num      int64
	mul      bool
	scale    bool
	one      bool
	rough    int64
	roughMax int64 // set for a plural: its upper bound

	// What a noun counts, and what it says of them.
	noun     noun
	civilian bool
	military bool
	side     string
	noWho    bool // "autres", "others": counts without saying whose

	// What happened, to people (kp) or to equipment (ke), and how the word
	// stands to the number.
	kp, ke Kind
	roles  role
	// civOnly: a displacement verb, said of people who are not soldiers
	// ("100 000 personnes ont quitté"; "3 soldats ont quitté leur poste" is no exodus).
	civOnly bool
	// haveOnly: said of its subject only after an auxiliary ("have left").
	haveOnly bool
	// custody: said of its subject after "in" or "en": "in custody".
	custody bool

	phrases []*phrase // the phrases that start with the word, longest first
}

// phrase is a fixed phrase that says what happened: "trouvé la mort",
// "shot down", "unaccounted for".
type phrase struct {
	words []string // folded
	lex   lexeme
}

// Sides, as Figure.Side writes them.
const (
	armenia    = "armenia"
	azerbaijan = "azerbaijan"
	karabakh   = "nagorno-karabakh"
	russia     = "russia"
)

// entry is one line of the lexicon: words, in the language given ("" for
// both), with what they are. A trailing "*" adds the French endings of
// gender and number: "tué*" is "tué tués tuée tuées".
type entry struct {
	lang  string
	words string
	l     lexeme
}

// entries is the lexicon, group by group. The rules name none of these
// words: a word added here is read wherever its group is.
var entries = []entry{
	// Numbers in words. "un" and "a" count one only before a noun counted
	// ("un soldat tué"), never alone ("l'un d'eux").
	{"fr", "un une", lexeme{num: 1, one: true}},
	{"en", "a an", lexeme{num: 1, one: true}},
	{"en", "one another", lexeme{num: 1}},
	{"fr", "deux", lexeme{num: 2}}, {"en", "two", lexeme{num: 2}},
	{"fr", "trois", lexeme{num: 3}}, {"en", "three", lexeme{num: 3}},
	{"fr", "quatre", lexeme{num: 4}}, {"en", "four", lexeme{num: 4}},
	{"fr", "cinq", lexeme{num: 5}}, {"en", "five", lexeme{num: 5}},
	{"", "six", lexeme{num: 6}},
	{"fr", "sept", lexeme{num: 7}}, {"en", "seven", lexeme{num: 7}},
	{"fr", "huit", lexeme{num: 8}}, {"en", "eight", lexeme{num: 8}},
	{"fr", "neuf", lexeme{num: 9}}, {"en", "nine", lexeme{num: 9}},
	{"fr", "dix", lexeme{num: 10}}, {"en", "ten", lexeme{num: 10}},
	{"fr", "onze", lexeme{num: 11}}, {"en", "eleven", lexeme{num: 11}},
	{"fr", "douze", lexeme{num: 12}}, {"en", "twelve", lexeme{num: 12}},
	{"fr", "treize", lexeme{num: 13}}, {"en", "thirteen", lexeme{num: 13}},
	{"fr", "quatorze", lexeme{num: 14}}, {"en", "fourteen", lexeme{num: 14}},
	{"fr", "quinze", lexeme{num: 15}}, {"en", "fifteen", lexeme{num: 15}},
	{"fr", "seize", lexeme{num: 16}}, {"en", "sixteen", lexeme{num: 16}},
	{"en", "seventeen", lexeme{num: 17}}, {"en", "eighteen", lexeme{num: 18}},
	{"en", "nineteen", lexeme{num: 19}},
	{"fr", "vingt vingts", lexeme{num: 20}}, {"en", "twenty", lexeme{num: 20}},
	{"fr", "trente", lexeme{num: 30}}, {"en", "thirty", lexeme{num: 30}},
	{"fr", "quarante", lexeme{num: 40}}, {"en", "forty", lexeme{num: 40}},
	{"fr", "cinquante", lexeme{num: 50}}, {"en", "fifty", lexeme{num: 50}},
	{"fr", "soixante", lexeme{num: 60}}, {"en", "sixty", lexeme{num: 60}},
	{"en", "seventy", lexeme{num: 70}}, {"en", "eighty", lexeme{num: 80}},
	{"en", "ninety", lexeme{num: 90}},
	{"fr", "cent cents", lexeme{num: 100, mul: true}}, {"en", "hundred", lexeme{num: 100, mul: true}},
	{"fr", "mille", lexeme{num: 1000, scale: true}}, {"en", "thousand", lexeme{num: 1000, scale: true}},
	{"", "million millions", lexeme{num: 1_000_000, scale: true}},
	{"fr", "milliard milliards", lexeme{num: 1_000_000_000, scale: true}},
	{"en", "billion billions", lexeme{num: 1_000_000_000, scale: true}},

	// Nouns that count roughly. The singular is about its number ("une
	// dizaine" 10, "a dozen" 12); the plural, as ACLED codes it, is its
	// number at least, and less than the next power of ten: "des
	// dizaines" 10–99, "dozens" 12–99, "des centaines" 100–999, "des
	// milliers" 1,000–9,999.
	{"fr", "dizaine", lexeme{rough: 10}}, {"fr", "dizaines", lexeme{rough: 10, roughMax: 99}},
	{"fr", "douzaine", lexeme{rough: 12}}, {"fr", "douzaines", lexeme{rough: 12, roughMax: 99}},
	{"fr", "quinzaine", lexeme{rough: 15}}, {"fr", "vingtaine", lexeme{rough: 20}},
	{"fr", "trentaine", lexeme{rough: 30}}, {"fr", "quarantaine", lexeme{rough: 40}},
	{"fr", "cinquantaine", lexeme{rough: 50}}, {"fr", "soixantaine", lexeme{rough: 60}},
	{"fr", "centaine", lexeme{rough: 100}}, {"fr", "centaines", lexeme{rough: 100, roughMax: 999}},
	{"fr", "millier", lexeme{rough: 1000}}, {"fr", "milliers", lexeme{rough: 1000, roughMax: 9999}},
	{"fr", "millions", lexeme{rough: 1_000_000, roughMax: 9_999_999}},
	{"en", "dozen", lexeme{rough: 12}}, {"en", "dozens", lexeme{rough: 12, roughMax: 99}},
	{"en", "tens", lexeme{rough: 10, roughMax: 99}}, {"en", "scores", lexeme{rough: 20, roughMax: 99}},
	{"en", "hundreds", lexeme{rough: 100, roughMax: 999}},
	{"en", "thousands", lexeme{rough: 1000, roughMax: 9999}},
	{"en", "millions", lexeme{rough: 1_000_000, roughMax: 9_999_999}},
	// "plusieurs centaines", "several hundred", "a few thousand".
	{"fr", "plusieurs quelques", lexeme{flags: fSeveral}},
	{"en", "several few", lexeme{flags: fSeveral}},

	// Killed.
	{"fr", "tué*", lexeme{kp: Killed, roles: rNoun | rPart | rAct}},
	{"fr", "tue tuent tuant tuait tuaient tuer", lexeme{kp: Killed, roles: rAct}},
	{"fr", "mort*", lexeme{kp: Killed, roles: rNoun | rPart | rSubj | rNominal}},
	{"fr", "victime*", lexeme{kp: Killed, roles: rNoun}},
	{"fr", "décès", lexeme{kp: Killed, roles: rNoun | rNominal}},
	{"fr", "martyr*", lexeme{kp: Killed, roles: rNoun}},
	{"fr", "péri périssent décédé*", lexeme{kp: Killed, roles: rPart | rSubj}},
	{"fr", "corps dépouilles", lexeme{kp: Killed, roles: rNominal}},
	// "la perte de 2 317 militaires": the dead, or equipment destroyed.
	{"fr", "perte", lexeme{kp: Killed, ke: Destroyed, roles: rNominal}},
	{"fr", "abattu*", lexeme{kp: Killed, ke: Destroyed, roles: rPart | rAct}},
	{"fr", "abattent abattre abattant", lexeme{kp: Killed, ke: Destroyed, roles: rAct}},
	{"fr", "abattage", lexeme{kp: Killed, ke: Destroyed, roles: rNominal}},
	{"fr", "neutralisé*", lexeme{kp: Killed, ke: Destroyed, roles: rPart | rAct}},
	{"fr", "détruit*", lexeme{kp: Killed, ke: Destroyed, roles: rPart | rAct}},
	{"fr", "détruisant détruire détruisent", lexeme{kp: Killed, ke: Destroyed, roles: rAct}},
	{"fr", "destruction", lexeme{kp: Killed, ke: Destroyed, roles: rNominal}},
	{"fr", "éliminé*", lexeme{kp: Killed, roles: rPart | rAct}},
	// "a perdu 16 soldats": the losses of the subject, killed.
	{"fr", "perdu", lexeme{kp: Killed, ke: Destroyed, roles: rAct}},
	{"en", "killed", lexeme{kp: Killed, roles: rNoun | rPart | rAct}},
	{"en", "kill kills", lexeme{kp: Killed, roles: rAct}},
	{"en", "killing", lexeme{kp: Killed, roles: rAct | rNominal}},
	{"en", "dead", lexeme{kp: Killed, roles: rNoun | rPart}},
	{"en", "deaths", lexeme{kp: Killed, roles: rNoun | rNominal}},
	{"en", "death", lexeme{kp: Killed, roles: rNominal}},
	{"en", "died die dies perished", lexeme{kp: Killed, roles: rPart | rSubj}},
	{"en", "fatalities victims martyrs", lexeme{kp: Killed, roles: rNoun}},
	{"en", "slain martyred", lexeme{kp: Killed, roles: rPart}},
	{"en", "lost", lexeme{kp: Killed, ke: Destroyed, roles: rAct}},
	{"en", "bodies remains", lexeme{kp: Killed, roles: rNominal}},
	{"en", "loss", lexeme{kp: Killed, ke: Destroyed, roles: rNominal}},
	{"en", "destroyed", lexeme{kp: Killed, ke: Destroyed, roles: rPart | rAct}},
	{"en", "destroy destroys destroying", lexeme{kp: Killed, ke: Destroyed, roles: rAct}},
	{"en", "destruction", lexeme{kp: Killed, ke: Destroyed, roles: rNominal}},
	{"en", "neutralized neutralised", lexeme{kp: Killed, ke: Destroyed, roles: rPart | rAct}},
	{"en", "eliminated", lexeme{kp: Killed, roles: rPart | rAct}},
	{"en", "downed", lexeme{ke: Destroyed, roles: rPart | rAct}},
	{"en", "downing", lexeme{ke: Destroyed, roles: rNominal}},

	// Wounded.
	{"fr", "blessé*", lexeme{kp: Wounded, roles: rNoun | rPart | rAct}},
	{"fr", "blessant blesser blessent", lexeme{kp: Wounded, roles: rAct}},
	{"en", "wounded injured", lexeme{kp: Wounded, roles: rNoun | rPart | rAct}},
	{"en", "wounding injuring injure injures wound", lexeme{kp: Wounded, roles: rAct}},
	{"en", "hurt", lexeme{kp: Wounded, roles: rPart}},

	// Missing.
	{"fr", "disparu*", lexeme{kp: Missing, roles: rNoun | rPart | rSubj}},
	{"en", "missing", lexeme{kp: Missing, roles: rNoun | rPart}},

	// Displaced: fled, evacuated, arrived.
	{"fr", "déplacé*", lexeme{kp: Displaced, roles: rNoun | rPart | rAct}},
	{"fr", "réfugié*", lexeme{kp: Displaced, roles: rNoun | rPart | rSubj}},
	{"fr", "évacué*", lexeme{kp: Displaced, roles: rNoun | rPart | rAct}},
	{"fr", "évacuant évacuer", lexeme{kp: Displaced, roles: rAct}},
	{"fr", "évacuation déplacement exode", lexeme{kp: Displaced, roles: rNominal}},
	{"fr", "exilé*", lexeme{kp: Displaced, roles: rNoun | rPart | rSubj}},
	{"fr", "fui fuient fuir fuyant fuit quitté* quitter arrivé* entré*", lexeme{kp: Displaced, roles: rPart | rSubj, civOnly: true}},
	{"fr", "arrivée arrivées", lexeme{kp: Displaced, roles: rNominal}},
	{"en", "displaced evacuated", lexeme{kp: Displaced, roles: rNoun | rPart | rAct}},
	{"en", "refugees evacuees", lexeme{kp: Displaced, roles: rNoun}},
	{"en", "evacuate evacuates evacuating", lexeme{kp: Displaced, roles: rAct}},
	{"en", "evacuation exodus displacement arrival", lexeme{kp: Displaced, roles: rNominal}},
	{"en", "fled flee flees fleeing arrived leave entered crossed", lexeme{kp: Displaced, roles: rPart | rSubj, civOnly: true}},
	{"en", "left", lexeme{kp: Displaced, roles: rPart | rSubj, civOnly: true, haveOnly: true}},

	// Captured.
	{"fr", "prisonnier* captif* otage*", lexeme{kp: Captured, roles: rNoun}},
	{"fr", "capturé* détenu* arrêté* enlevé*", lexeme{kp: Captured, roles: rNoun | rPart | rAct}},
	{"fr", "capturant capturer capturent", lexeme{kp: Captured, roles: rAct}},
	// "Bakou détient 80 Arméniens": held, so captured.
	{"fr", "détient détiennent détiendrait détiendraient détenait détenaient", lexeme{kp: Captured, roles: rAct}},
	{"fr", "capture", lexeme{kp: Captured, roles: rNominal}},
	{"en", "prisoners pows captives detainees hostages", lexeme{kp: Captured, roles: rNoun}},
	{"en", "captured detained arrested abducted", lexeme{kp: Captured, roles: rPart | rAct}},
	{"en", "capture captures capturing", lexeme{kp: Captured, roles: rAct | rNominal}},
	{"en", "holds holding held", lexeme{kp: Captured, roles: rAct}},
	// "remain in Azerbaijani custody", "sont toujours en détention".
	{"en", "custody captivity", lexeme{kp: Captured, roles: rPart, custody: true}},
	{"fr", "détention captivité", lexeme{kp: Captured, roles: rPart, custody: true}},

	// Released: freed, handed over, exchanged.
	{"fr", "libéré* relâché* rapatrié* échangé* restitué*", lexeme{kp: Released, roles: rPart | rAct}},
	{"fr", "remis remise remises rendu rendus récupéré*", lexeme{kp: Released, roles: rPart | rAct}},
	{"fr", "libérant libérer relâcher", lexeme{kp: Released, roles: rAct}},
	{"fr", "libération rapatriement échange", lexeme{kp: Released, roles: rNominal}},
	{"en", "released freed repatriated exchanged swapped returned recovered", lexeme{kp: Released, roles: rPart | rAct}},
	{"en", "release releases releasing freeing", lexeme{kp: Released, roles: rAct | rNominal}},
	{"en", "repatriation exchange swap", lexeme{kp: Released, roles: rNominal}},

	// People counted. Soldiers are military: no exodus is theirs.
	{"fr", "soldat* militaire* officier* conscrit* réserviste* combattant*", lexeme{noun: nPerson, military: true}},
	{"fr", "garde-frontière gardes-frontières terroriste* mercenaire*", lexeme{noun: nPerson, military: true}},
	{"fr", "personne personnes homme* volontaire* membre* policier* militant* dirigeant* responsable*", lexeme{noun: nPerson}},
	{"fr", "citoyen* ressortissant* secouriste* médecin* manifestant*", lexeme{noun: nPerson}},
	{"fr", "civil civils civile civiles habitant* enfant* femme* adolescent* bébé* villageois résident*", lexeme{noun: nPerson, civilian: true}},
	{"fr", "journaliste* ouvrier* travailleur* agriculteur* élève* étudiant*", lexeme{noun: nPerson, civilian: true}},
	{"fr", "autre autres", lexeme{noun: nPerson, noWho: true, flags: fMod}},
	{"en", "soldier soldiers serviceman servicemen servicemembers troops officers conscripts", lexeme{noun: nPerson, military: true}},
	{"en", "reservists fighters peacekeepers personnel terrorists mercenaries", lexeme{noun: nPerson, military: true}},
	{"en", "officer conscript reservist fighter peacekeeper terrorist mercenary servicemember guard guards", lexeme{noun: nPerson, military: true}},
	{"en", "volunteer member policeman militant leader official national citizen rescuer medic doctor", lexeme{noun: nPerson}},
	{"en", "resident kid teenager villager journalist worker student pupil baby babies", lexeme{noun: nPerson, civilian: true}},
	{"en", "people persons person man men volunteers members police policemen militants leaders officials", lexeme{noun: nPerson}},
	{"en", "nationals citizens rescuers medics doctors", lexeme{noun: nPerson}},
	{"en", "civilian civilians residents children child kids women woman teenagers villagers journalists", lexeme{noun: nPerson, civilian: true}},
	{"en", "workers students pupils", lexeme{noun: nPerson, civilian: true}},
	{"en", "others", lexeme{noun: nPerson, noWho: true}},

	// Sides: nouns of people ("16 Arméniens"), adjectives ("soldats
	// arméniens", "Armenian troops") and places ("du Haut-Karabakh").
	{"fr", "arménien arménienne arméniens arméniennes arménie erevan pro-arménien pro-arméniens pro-arménienne pro-arméniennes", lexeme{side: armenia}},
	{"fr", "azerbaïdjanais azerbaïdjanaise azerbaïdjanaises azéri* azerbaïdjan bakou", lexeme{side: azerbaijan}},
	{"fr", "séparatiste* karabakh haut-karabakh artsakh karabakhtsi* autoproclamée", lexeme{side: karabakh}},
	{"fr", "russe russes russie moscou", lexeme{side: russia}},
	{"en", "armenian armenians armenia yerevan", lexeme{side: armenia}},
	{"en", "azerbaijani azerbaijanis azeri azeris azerbaijan baku", lexeme{side: azerbaijan}},
	{"en", "separatist separatists karabakh nagorno-karabakh artsakh", lexeme{side: karabakh}},
	{"en", "russian russians russia moscow", lexeme{side: russia}},
	{"fr", "arméniens arméniennes azerbaïdjanais azéris russes séparatistes", lexeme{noun: nPerson}},
	{"en", "armenians azerbaijanis azeris russians separatists", lexeme{noun: nPerson}},

	// Equipment counted.
	{"fr", "char chars drone* hélicoptère* avion* aéronef* véhicule* blindé* camion* obusier*", lexeme{noun: nEquip}},
	{"fr", "canon* lance-roquette* lance-roquettes radar* système* pièce* batterie* mortier* missile*", lexeme{noun: nEquip}},
	{"en", "tank tanks drone drones uav uavs helicopter helicopters aircraft plane planes jet jets", lexeme{noun: nEquip}},
	{"en", "warplane warplanes vehicle vehicles truck trucks howitzer howitzers gun guns", lexeme{noun: nEquip}},
	{"en", "launcher launchers radar radars system systems piece pieces batteries mortars missiles", lexeme{noun: nEquip}},

	// Between a number and its noun.
	{"fr", "nouveaux nouvelles jeunes anciens anciennes simples innocents premiers derniers", lexeme{flags: fMod}},
	{"en", "other more additional new young former local innocent ethnic military enemy", lexeme{flags: fMod}},
	{"en", "armoured armored artillery air defence defense missile rocket combat infantry fighting", lexeme{flags: fMod}},
	{"en", "armenian azerbaijani azeri russian karabakh nagorno-karabakh separatist civilian", lexeme{flags: fMod}},
	// After it.
	{"fr", "arménien arménienne arméniens arméniennes azerbaïdjanais azerbaïdjanaise azerbaïdjanaises azéri* russe russes séparatiste*", lexeme{flags: fTrail}},
	{"fr", "pro-arménien pro-arméniens pro-arménienne pro-arméniennes civil civils civile civiles militaires ennemi* adverse* graves légers", lexeme{flags: fTrail}},
	{"fr", "blindé* supplémentaires innocents antiaérien antiaérienne antiaériens antiaériennes aérien aérienne aériens aériennes lourds", lexeme{flags: fTrail}},
	{"fr", "paix guerre combat infanterie défense artillerie origine souche adversaire ennemi", lexeme{flags: fComplement}},
	{"fr", "haut-karabakh karabakh artsakh arménie azerbaïdjan russie", lexeme{flags: fComplement}},
	{"en", "war karabakh nagorno-karabakh artsakh armenia azerbaijan", lexeme{flags: fComplement}},

	// Auxiliaries and what may stand with them.
	{"fr", "a ont avait avaient aurait auraient aura auront ayant", lexeme{flags: fHave}},
	{"fr", "été est sont était étaient serait seraient sera seront soient fut furent se s'", lexeme{flags: fBe}},
	{"fr", "aussi également encore toujours déjà ensuite alors bien tous toutes probablement apparemment", lexeme{flags: fFiller}},
	{"fr", "pourraient pourrait doivent devraient auraient", lexeme{flags: fFiller}},
	{"fr", "dû pu du resteraient restent reste demeurent demeuraient contraint* forcé* obligé* portés portées faits", lexeme{flags: fFiller}},
	{"en", "has have had having", lexeme{flags: fHave}},
	{"en", "been was were is are be being", lexeme{flags: fBe}},
	{"en", "also still reportedly allegedly now already later all both believed thought feared", lexeme{flags: fFiller}},
	{"en", "confirmed listed as to forced remain remained remains subsequently may might could would must", lexeme{flags: fFiller}},

	// Articles and determiners.
	{"fr", "le la les l' un une des ce cet cette ces", lexeme{flags: fDet}},
	{"fr", "son sa ses leur leurs notre nos", lexeme{flags: fDet | fPossessive}},
	{"en", "the a an this these those", lexeme{flags: fDet}},
	{"en", "its their his her our", lexeme{flags: fDet | fPossessive}},
	{"fr", "de d'", lexeme{flags: fPartitive}},
	{"en", "of", lexeme{flags: fPartitive}},

	// Lists, parts, sources and clauses.
	{"fr", "et ainsi", lexeme{flags: fCoord}},
	{"en", "and", lexeme{flags: fCoord}},
	{"fr", "dont parmi", lexeme{flags: fSubset}},
	{"en", "including among", lexeme{flags: fSubset}},
	{"fr", "selon", lexeme{flags: fMarker}},
	{"en", "according", lexeme{flags: fMarker}},
	{"fr", "tandis mais cependant", lexeme{flags: fBreak}},
	{"en", "while whereas but however", lexeme{flags: fBreak}},
	{"fr", "annonce annoncé annoncent annonçait affirme affirmé affirment affirmait déclare déclaré déclarent", lexeme{flags: fClaim}},
	{"fr", "indique indiqué indiquent précise précisé signale signalé rapporte rapporté recense recensé", lexeme{flags: fClaim}},
	{"fr", "dénombre dénombré déplore déploré identifie identifié confirme confirmé évoque évoqué parle", lexeme{flags: fClaim}},
	{"fr", "reconnaît reconnait reconnu accuse accusé estime estimé prétend prétendu revendique revendiqué", lexeme{flags: fClaim}},
	{"fr", "assure assuré porté ajoute ajouté explique expliqué souligne souligné dit", lexeme{flags: fClaim}},
	{"en", "said says say reported reports announced announces confirmed confirms counted counts", lexeme{flags: fClaim}},
	{"en", "count report claim estimate estimates", lexeme{flags: fClaim | fNounToo}},
	{"en", "recorded records identified acknowledged acknowledges claimed claims put puts", lexeme{flags: fClaim}},
	{"en", "raised raises estimated estimates told tells accused accuses speak speaks spoke listed lists", lexeme{flags: fClaim}},
	{"en", "added adds stated noted cited", lexeme{flags: fClaim}},
	{"fr", "il elle ils elles on nous je lui eux celui-ci ceux-ci celles-ci lequel laquelle lesquels lesquelles qui", lexeme{flags: fPronoun}},
	{"en", "it he she they we him her them who which", lexeme{flags: fPronoun}},
	{"fr", "données informations information images", lexeme{flags: fNotSource}},
	{"en", "data information images", lexeme{flags: fNotSource}},
	{"fr", "qui", lexeme{flags: fRelative}},
	{"en", "who that which", lexeme{flags: fRelative}},

	// What a number may count that is no one: ages, durations, distances, money.
	{"fr", "an ans année* jour* semaine* mois heure* h minute* km kilomètre* mètre* kg tonne* fois", lexeme{flags: fUnit}},
	{"fr", "dollar* euro* manat* dram* rouble* pour pourcent", lexeme{flags: fUnit}},
	{"en", "year years day days week weeks month months hour hours minute minutes km miles", lexeme{flags: fUnit}},
	{"en", "kilometres kilometers metres meters tonnes tons times dollars euros manats drams roubles rubles percent per", lexeme{flags: fUnit}},
	{"", "$ € £", lexeme{flags: fCurrency}},
	{"fr", "âgé*", lexeme{flags: fAge}},
	{"en", "aged", lexeme{flags: fAge}},

	// Tolls: "le bilan s'élève à 13", "the death toll rose to 13".
	// "Azerbaijan put its losses at 50": losses, told as a number, are the dead.
	{"fr", "bilan bilans pertes", lexeme{flags: fToll}},
	{"en", "toll tolls losses", lexeme{flags: fToll}},
	{"fr", "s' se est était élève élevait établit établissait passe passé atteint atteignait alourdi", lexeme{flags: fTollWord}},
	{"fr", "grimpé monté porté à de d' provisoire humain officiel dernier nouveau désormais", lexeme{flags: fTollWord}},
	{"en", "rose risen climbed reached stands stood stand at to is was has had now already death", lexeme{flags: fTollWord}},
	{"en", "overall total final the rising climbing", lexeme{flags: fTollWord}},
	{"fr", "passé passe grimpé monté augmenté alourdi revu", lexeme{flags: fChange}},
	{"en", "rose risen climbed increased jumped grew raised revised", lexeme{flags: fChange}},
	{"fr", "chiffre chiffres nombre", lexeme{flags: fRefer}},
	{"en", "figure figures number", lexeme{flags: fRefer}},
	{"fr", "moitié tiers quart", lexeme{flags: fFraction}},
	{"en", "half third quarter", lexeme{flags: fFraction}},

	{"fr", "à au aux en dans par pour sur près depuis lors avant après vers", lexeme{flags: fPrep}},
	{"en", "in at on near from by during since after before across over", lexeme{flags: fPrep}},
	{"fr", "entre", lexeme{flags: fBetween}},
	{"en", "between", lexeme{flags: fBetween}},
	{"fr", "à", lexeme{flags: fRangeTo}},
	{"en", "to", lexeme{flags: fRangeTo}},
	{"", "- –", lexeme{flags: fRangeTo}},

	// "Parmi eux, 12 civils.", "Among the dead were four women.", "Of those, 17,000 were children."
	{"fr", "parmi dont", lexeme{flags: fOpener}},
	{"en", "among of including", lexeme{flags: fOpener}},
	{"fr", "figurent figure comptent compte trouvent sont étaient il y", lexeme{flags: fCopula}},
	{"en", "were are was is included include", lexeme{flags: fCopula}},

	{"fr", "en dans lors pendant depuis vers sur par pour après avant hier aujourd'", lexeme{flags: fAdjunct}},
	{"fr", "lundi mardi mercredi jeudi vendredi samedi dimanche", lexeme{flags: fAdjunct}},
	{"en", "on during after before since yesterday today monday tuesday wednesday thursday friday saturday sunday", lexeme{flags: fAdjunct}},
	{"fr", "soit notamment essentiellement principalement surtout majoritairement", lexeme{flags: fAside}},
	{"en", "mostly mainly many most", lexeme{flags: fAside}},
	{"fr", "côté coté", lexeme{flags: fSideWord}},
	{"en", "side", lexeme{flags: fSideWord}},
}

// phrases are the fixed phrases that say what happened, by language.
var phrases = []struct {
	lang, words string
	l           lexeme
}{
	{"fr", "trouvé la mort", lexeme{kp: Killed, roles: rPart | rSubj}},
	{"fr", "perdu la vie", lexeme{kp: Killed, roles: rPart | rSubj}},
	{"fr", "tombés au combat", lexeme{kp: Killed, roles: rPart | rSubj}},
	{"fr", "coûté la vie à", lexeme{kp: Killed, roles: rAct}},
	{"fr", "mis hors de combat", lexeme{kp: Killed, ke: Destroyed, roles: rPart | rAct}},
	{"fr", "pris en otage", lexeme{kp: Captured, roles: rPart | rAct}},
	{"fr", "fait état", lexeme{flags: fClaim}},
	{"fr", "fait savoir", lexeme{flags: fClaim}},
	{"en", "lost their lives", lexeme{kp: Killed, roles: rPart | rSubj}},
	{"en", "lost his life", lexeme{kp: Killed, roles: rPart | rSubj}},
	{"en", "lost her life", lexeme{kp: Killed, roles: rPart | rSubj}},
	{"en", "claimed the lives of", lexeme{kp: Killed, roles: rAct}},
	{"en", "cost the lives of", lexeme{kp: Killed, roles: rAct}},
	{"en", "killed in action", lexeme{kp: Killed, roles: rNoun | rPart}},
	{"en", "shot dead", lexeme{kp: Killed, roles: rPart | rAct}},
	{"en", "shot down", lexeme{ke: Destroyed, roles: rPart | rAct}},
	{"en", "shoot down", lexeme{ke: Destroyed, roles: rAct}},
	{"en", "shooting down", lexeme{ke: Destroyed, roles: rAct | rNominal}},
	{"en", "brought down", lexeme{ke: Destroyed, roles: rPart | rAct}},
	{"en", "unaccounted for", lexeme{kp: Missing, roles: rNoun | rPart}},
	{"en", "taken prisoner", lexeme{kp: Captured, roles: rPart}},
	{"en", "taken captive", lexeme{kp: Captured, roles: rPart}},
	{"en", "took prisoner", lexeme{kp: Captured, roles: rAct}},
	{"en", "handed over", lexeme{kp: Released, roles: rPart | rAct}},
	{"en", "received back", lexeme{kp: Released, roles: rAct}},
	{"en", "got back", lexeme{kp: Released, roles: rAct}},
	{"en", "hand over", lexeme{kp: Released, roles: rAct}},
	{"en", "hands over", lexeme{kp: Released, roles: rAct}},
	{"en", "handing over", lexeme{kp: Released, roles: rAct}},
}

// qualifiers are the words before a number that bound it, folded, longest
// first within a language: "un peu moins de" before "moins de".
var qualifiers = map[string][]struct {
	words []string
	norm  string
}{}

// qualifierList lists the qualifiers, by what they mean.
var qualifierList = []struct{ lang, norm, phrases string }{
	{"fr", "at-least", "au moins|pas moins de|au minimum|au bas mot"},
	{"fr", "more-than", "plus de|plus d'|un peu plus de|un peu plus d'|bien plus de|bien plus d'|au-delà de|largement plus de"},
	{"fr", "about", "près de|près d'|environ|quelque|quelques|presque|approximativement|autour de|à peu près|pratiquement|un peu moins de|un peu moins d'|quasiment"},
	{"fr", "up-to", "jusqu'à|au maximum|au plus"},
	{"fr", "fewer-than", "moins de|moins d'"},
	{"en", "at-least", "at least|no fewer than|no less than|not less than|a minimum of"},
	{"en", "more-than", "more than|over|upwards of|in excess of|well over|just over"},
	{"en", "about", "about|around|some|nearly|almost|approximately|roughly|close to|an estimated|estimated|just under"},
	{"en", "up-to", "up to|as many as|at most"},
	{"en", "fewer-than", "fewer than|less than|under"},
}

// lexicons holds the lexicon of each language, by folded word.
var lexicons = map[string]map[string]*lexeme{"fr": {}, "en": {}}

func init() {
	for _, e := range entries {
		for _, w := range expand(e.words) {
			for _, lang := range langs(e.lang) {
				add(lexicons[lang], w, e.l)
			}
		}
	}
	for _, p := range phrases {
		ws := foldPhrase(p.words)
		m := lexicons[p.lang]
		l := m[ws[0]]
		if l == nil {
			l = new(lexeme)
			m[ws[0]] = l
		}
		l.phrases = append(l.phrases, &phrase{words: ws, lex: p.l})
		sort.SliceStable(l.phrases, func(i, j int) bool { return len(l.phrases[i].words) > len(l.phrases[j].words) })
	}
	for _, q := range qualifierList {
		for _, p := range strings.Split(q.phrases, "|") {
			ws := foldPhrase(p)
			qualifiers[q.lang] = append(qualifiers[q.lang], struct {
				words []string
				norm  string
			}{ws, q.norm})
		}
		sort.SliceStable(qualifiers[q.lang], func(i, j int) bool {
			return len(qualifiers[q.lang][i].words) > len(qualifiers[q.lang][j].words)
		})
	}
	for lang, m := range lexicons {
		index[lang] = newFilter(m)
		q := map[string]uint8{}
		for w, l := range m {
			if l.num != 0 || l.rough != 0 {
				q[w] |= quickNumber
			}
			if l.kp != 0 || l.ke != 0 || l.flags&fToll != 0 || l.phrases != nil {
				q[w] |= quickCue
			}
		}
		quick[lang] = q
		quickIndex[lang] = newFilterOf(q)
	}
}

// quick holds, for each language, the words that make a sentence worth
// reading: numbers, and words that say what happened (quickNumber,
// quickCue). A sentence without both holds no figure.
var quick = map[string]map[string]uint8{}

// quickIndex tells most words that are not in quick from those that may be.
var quickIndex = map[string]*filter{}

const (
	quickNumber = 1 << iota
	quickCue
)

// langs returns the languages an entry is for.
func langs(lang string) []string {
	if lang == "" {
		return []string{"fr", "en"}
	}
	return []string{lang}
}

// expand returns the words of a list, with the French endings of the
// words that end with "*".
func expand(list string) []string {
	var out []string
	for _, w := range strings.Fields(list) {
		if base, ok := strings.CutSuffix(w, "*"); ok {
			out = append(out, base, base+"s", base+"e", base+"es")
			continue
		}
		out = append(out, w)
	}
	return out
}

// foldWord folds a word of the lexicon as the tokens are folded. "à"
// keeps its accent: it is the preposition, "a" the auxiliary.
func foldWord(w string) string {
	if w == "à" {
		return w
	}
	return fold.String(w)
}

// foldPhrase returns the folded words of a phrase of the lexicon, an
// elision apart from the word after it, as the tokens have them:
// "plus d'une" is "plus", "d'", "une".
func foldPhrase(p string) []string {
	ws := strings.Fields(strings.ReplaceAll(p, "'", "' "))
	for i, w := range ws {
		ws[i] = foldWord(w)
	}
	return ws
}

// add merges l into the lexeme of word w in m: a word listed in two
// groups is both.
func add(m map[string]*lexeme, w string, l lexeme) {
	w = foldWord(w)
	e := m[w]
	if e == nil {
		e = new(lexeme)
		m[w] = e
	}
	e.flags |= l.flags
	if l.num != 0 {
		e.num, e.mul, e.scale, e.one = l.num, l.mul, l.scale, l.one
	}
	if l.rough != 0 {
		e.rough, e.roughMax = l.rough, l.roughMax
	}
	if l.noun != nNone {
		e.noun = l.noun
	}
	e.civilian = e.civilian || l.civilian
	e.military = e.military || l.military
	e.noWho = e.noWho || l.noWho
	if l.side != "" {
		e.side = l.side
	}
	if l.kp != 0 {
		e.kp = l.kp
	}
	if l.ke != 0 {
		e.ke = l.ke
	}
	e.roles |= l.roles
	e.civOnly = e.civOnly || l.civOnly
	e.haveOnly = e.haveOnly || l.haveOnly
	e.custody = e.custody || l.custody
}

// index holds, for each language, what tells most words that are in no
// list from those that may be, without hashing them.
var index = map[string]*filter{}

// filter holds, for each byte, a bit n for each length n of a listed word
// that starts with it, and one for each that ends with it.
type filter struct{ first, last [256]uint64 }

func newFilter(m map[string]*lexeme) *filter {
	f := new(filter)
	for w := range m {
		n := min(len(w), 63)
		f.first[w[0]] |= 1 << n
		f.last[w[len(w)-1]] |= 1 << n
	}
	return f
}

func newFilterOf(m map[string]uint8) *filter {
	f := new(filter)
	for w := range m {
		n := min(len(w), 63)
		f.first[w[0]] |= 1 << n
		f.last[w[len(w)-1]] |= 1 << n
	}
	return f
}

// mayBe reports whether w may be a word of the lexicon.
func (f *filter) mayBe(w string) bool {
	n := min(len(w), 63)
	return n > 0 && f.first[w[0]]&f.last[w[len(w)-1]]&(1<<n) != 0
}
