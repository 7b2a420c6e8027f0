package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word names a word the rules look for by identity: determiners, cues,
// prepositions. Words the rules only classify (months, numbers) carry no name.
type word uint8

const (
	wNone word = iota

	// French
	wLe
	wLa
	wLes
	wL // l'
	wCe
	wCet
	wCette
	wDu
	wDes
	wDe
	wD // d'
	wAu
	wAux
	wAccentA // à
	wA       // a (avoir, or an unaccented capital À)
	wEn
	wDans
	wDepuis
	wDes2 // dès
	wVers
	wJusqu
	wPartir
	wCompter
	wIl
	wY
	wEntre
	wEt
	wOu
	wAvant
	wApres
	wPendant
	wDurant
	wFin
	wDebut
	wMi
	wCourant
	wDernier
	wProchain
	wPasse
	wMeme
	wAujourd
	wHui
	wBientot
	wPres
	wPlus
	wMoins
	wEnviron
	wPresque
	wQuelque
	wFete
	wSur
	wIci
	wJour
	wNouvel
	wVoici
	wCela
	wFait
	wLocale
	wHeure
	wUn
	wUne
	wPremier
	wIle
	wNe
	wSous

	// English
	wThe
	wOn
	wIn
	wAt
	wSince
	wFrom
	wUntil
	wBy
	wLast
	wNext
	wThis
	wAgo
	wBefore
	wAfter
	wOf
	wAnd
	wTo
	wEarly
	wLate
	wMid
	wFollowing
	wPrevious
	wSame
	wAm
	wPm
	wGMT
	wLocal
	wThat
	wAlmost
	wNearly
	wMore
	wThan
	wAbout
	wSome
	wDuring
	wEnd
	wBeginning
	wTime
	wYear
	wWithin
)

// unit is a calendar unit a duration or a relative expression counts in.
type unit uint8

const (
	noUnit unit = iota
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uYear
	uDecade
)

// tense is what a verb or a cue says of when a statement happens.
type tense int8

const (
	neutral tense = iota
	past
	future
	nearest // a deadline ("jusqu'au 30 juin"): the occurrence nearest publication
)

// lexeme is what the tables know of one word. A word may be several things
// at once: "sept" is seven and an abbreviation of septembre.
type lexeme struct {
	w       word
	month   int8  // 1–12
	abbr    bool  // a month abbreviation: needs a day number, a year or a period
	ambig   bool  // a month name that is also a common word ("mars", "May", "March")
	wday    int8  // weekday + 1 (time.Weekday), 0 if none
	num     int16 // a number word's value
	rel     int8  // relative day word ("hier" -1), with relSet
	relSet  bool  // rel holds a value (0 is "aujourd'hui")
	ana     int8  // anaphoric day word ("la veille" -1), with anaSet
	anaSet  bool  // ana holds a value
	part    Part  // a part of the day
	season  int8  // EDTF season code
	unit    unit  // a calendar unit
	tense   tense // a verb form or cue that marks the statement's tense
	aux     bool  // a present of avoir or être: past only before a participle
	stop    bool  // a function word: never a noun counted by a number
	yearCue bool  // a noun that a year may follow: "budget 2002", "saison 2020"
	en      bool  // an English word
	holiday int16 // a holiday (see holidays), 0 if none
	ord     int8  // an ordinal: 1 for "premier", -1 for "dernier"
}

// lexicon maps lowercase words, with and without accents, to what the
// tables know of them.
var lexicon = map[string]*lexeme{}

// add records l under every spelling in words (space-separated).
func add(words string, l lexeme) {
	for _, k := range strings.Fields(words) {
		e, ok := lexicon[k]
		if !ok {
			e = new(lexeme)
			lexicon[k] = e
		}
		merge(e, &l)
	}
}

// merge adds what l says to e: a word listed in two tables keeps both.
func merge(e, l *lexeme) {
	if l.w != wNone {
		e.w = l.w
	}
	if l.month != 0 {
		e.month, e.abbr, e.ambig = l.month, l.abbr, l.ambig
	}
	if l.wday != 0 {
		e.wday = l.wday
	}
	if l.num != 0 {
		e.num = l.num
	}
	if l.relSet {
		e.rel, e.relSet = l.rel, true
	}
	if l.anaSet {
		e.ana, e.anaSet = l.ana, true
	}
	if l.part != NoPart {
		e.part = l.part
	}
	if l.season != 0 {
		e.season = l.season
	}
	if l.unit != noUnit {
		e.unit = l.unit
	}
	if l.tense != neutral {
		e.tense = l.tense
	}
	if l.holiday != 0 {
		e.holiday = l.holiday
	}
	if l.ord != 0 {
		e.ord = l.ord
	}
	e.aux = e.aux || l.aux
	e.stop = e.stop || l.stop
	e.yearCue = e.yearCue || l.yearCue
	e.en = e.en || l.en
}

func init() {
	named := []struct {
		words string
		w     word
	}{
		{"le", wLe}, {"la", wLa}, {"les", wLes}, {"l", wL}, {"ce", wCe}, {"cet", wCet},
		{"cette", wCette}, {"du", wDu}, {"des", wDes}, {"de", wDe}, {"d", wD}, {"au", wAu},
		{"aux", wAux}, {"à", wAccentA}, {"a", wA}, {"en", wEn}, {"dans", wDans},
		{"depuis", wDepuis}, {"dès", wDes2}, {"vers", wVers}, {"jusqu jusque", wJusqu},
		{"partir", wPartir}, {"compter", wCompter}, {"il", wIl}, {"y", wY}, {"entre", wEntre},
		{"et", wEt}, {"ou", wOu}, {"avant", wAvant}, {"après", wApres}, {"pendant", wPendant},
		{"durant", wDurant}, {"fin", wFin}, {"début", wDebut}, {"mi", wMi}, {"courant", wCourant},
		{"dernier dernière derniers dernières", wDernier},
		{"prochain prochaine prochains prochaines", wProchain},
		{"passé passée passés passées", wPasse}, {"même", wMeme}, {"aujourd", wAujourd},
		{"hui", wHui}, {"bientôt", wBientot}, {"près", wPres}, {"plus", wPlus},
		{"moins", wMoins}, {"environ", wEnviron}, {"presque", wPresque},
		{"quelque quelques", wQuelque}, {"fête", wFete}, {"sur", wSur}, {"ici", wIci},
		{"jour", wJour}, {"nouvel", wNouvel}, {"voici voilà", wVoici}, {"cela ça", wCela},
		{"fait", wFait}, {"locale locales", wLocale}, {"heure", wHeure}, {"un", wUn},
		{"une", wUne}, {"premier", wPremier}, {"île", wIle}, {"ne n", wNe}, {"sous", wSous},
	}
	for _, n := range named {
		add(n.words, lexeme{w: n.w, stop: true})
	}
	namedEn := []struct {
		words string
		w     word
	}{
		{"the", wThe}, {"on", wOn}, {"in", wIn}, {"at", wAt}, {"since", wSince},
		{"from", wFrom}, {"until till", wUntil}, {"by", wBy}, {"last", wLast},
		{"next", wNext}, {"this", wThis}, {"ago", wAgo}, {"before", wBefore},
		{"after", wAfter}, {"of", wOf}, {"and", wAnd}, {"to", wTo}, {"early", wEarly},
		{"late", wLate}, {"mid", wMid}, {"following", wFollowing}, {"previous", wPrevious},
		{"same", wSame}, {"am", wAm}, {"pm", wPm}, {"gmt utc", wGMT}, {"local", wLocal},
		{"that", wThat}, {"almost", wAlmost}, {"nearly", wNearly}, {"more", wMore},
		{"than", wThan}, {"about", wAbout}, {"some", wSome}, {"during", wDuring},
		{"end", wEnd}, {"beginning", wBeginning}, {"time", wTime}, {"year", wYear}, {"within", wWithin},
	}
	for _, n := range namedEn {
		add(n.words, lexeme{w: n.w, stop: true, en: true})
	}

	months := []struct{ fr, frAbbr, en, enAbbr string }{
		{"janvier", "janv", "january", "jan"},
		{"février", "fév févr", "february", "feb"},
		{"mars", "", "march", ""},
		{"avril", "avr", "april", "apr"},
		{"mai", "", "may", ""},
		{"juin", "", "june", "jun"},
		{"juillet", "juil", "july", "jul"},
		{"août", "", "august", "aug"},
		{"septembre", "sept", "september", "sep sept"},
		{"octobre", "oct", "october", "oct"},
		{"novembre", "nov", "november", "nov"},
		{"décembre", "déc", "december", "dec"},
	}
	for i, m := range months {
		n := int8(i + 1)
		add(m.fr, lexeme{month: n, ambig: m.fr == "mars"})
		add(m.frAbbr, lexeme{month: n, abbr: true})
		add(m.en, lexeme{month: n, en: true, ambig: m.en == "may" || m.en == "march"})
		add(m.enAbbr, lexeme{month: n, abbr: true, en: true})
	}

	// Weekdays, Sunday first as time.Weekday counts them.
	for i, d := range []string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"} {
		add(d, lexeme{wday: int8(i + 1)})
	}
	for i, d := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		add(d, lexeme{wday: int8(i + 1), en: true})
	}

	numbers := []struct {
		words string
		n     int16
	}{
		{"un une one a an", 1}, {"deux two", 2}, {"trois three", 3}, {"quatre four", 4},
		{"cinq five", 5}, {"six", 6}, {"sept seven", 7}, {"huit eight", 8}, {"neuf nine", 9},
		{"dix ten", 10}, {"onze eleven", 11}, {"douze twelve", 12}, {"treize thirteen", 13},
		{"quatorze fourteen", 14}, {"quinze fifteen", 15}, {"seize sixteen", 16},
		{"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
		{"vingt vingts twenty", 20}, {"trente thirty", 30}, {"quarante forty", 40},
		{"cinquante fifty", 50}, {"soixante sixty", 60}, {"seventy", 70}, {"eighty", 80},
		{"ninety", 90}, {"cent hundred", 100},
	}
	for _, n := range numbers {
		add(n.words, lexeme{num: n.n})
	}

	rel := []struct {
		words string
		d     int8
		part  Part
	}{
		{"hier yesterday", -1, NoPart}, {"demain tomorrow", 1, NoPart}, {"today", 0, NoPart},
		{"aujourd", 0, NoPart}, {"tonight", 0, Night},
	}
	for _, r := range rel {
		add(r.words, lexeme{relSet: true, rel: r.d, part: r.part})
	}
	// "la veille", "le lendemain": a day counted from the last date the text gave.
	add("veille", lexeme{anaSet: true, ana: -1})
	add("lendemain", lexeme{anaSet: true, ana: 1})
	add("surlendemain", lexeme{anaSet: true, ana: 2})

	parts := []struct {
		words string
		p     Part
	}{
		{"matin matinée morning", Morning}, {"midi noon", Midday},
		{"afternoon", Afternoon}, {"soir soirée evening", Evening},
		{"nuit night overnight minuit midnight", Night},
	}
	for _, p := range parts {
		add(p.words, lexeme{part: p.p})
	}

	seasons := []struct {
		words string
		s     int8
	}{
		{"printemps spring", Spring}, {"été summer", Summer},
		{"automne autumn fall", Autumn}, {"hiver winter", Winter},
	}
	for _, s := range seasons {
		add(s.words, lexeme{season: s.s})
	}

	units := []struct {
		words string
		u     unit
	}{
		{"heure heures hour hours h", uHour},
		{"jour jours journée journées day days", uDay},
		{"semaine semaines week weeks", uWeek}, {"weekend", uWeekend},
		{"mois month months", uMonth},
		{"an ans année années year years", uYear},
		{"décennie décennies decade decades", uDecade},
	}
	for _, u := range units {
		add(u.words, lexeme{unit: u.u})
	}

	// Future forms and prospective words: "sera", "aura lieu", "prévu", "will".
	add(`sera seront serons serez aura auront fera feront ira iront pourra pourront
		devra devront faudra viendra viendront tiendra tiendront prendra prendront
		va vont doit doivent devrait devraient prévu prévue prévus prévues programmé
		programmée programmés programmées attendu attendue attendus attendues
		fixé fixée fixés fixées reporté reportée reportés reportées repoussé repoussée
		repoussés repoussées`,
		lexeme{tense: future})
	// "ont rendez-vous dimanche matin": an appointment is ahead.
	add("rendez", lexeme{tense: future})
	add("prochain prochaine prochains prochaines", lexeme{tense: future})
	add("will shall scheduled upcoming due expected planned next", lexeme{tense: future, en: true})
	// Past forms: the auxiliaries of the compound past and the imperfect.
	add(`avait avaient avions eut eurent était étaient fut furent
		hier dernier dernière derniers dernières`, lexeme{tense: past})
	// The present of avoir and être: the compound past when a participle
	// follows ("a annoncé", "sont tombés"), the present otherwise ("ont
	// rendez-vous", "a lieu"); see findMarkers.
	add(`a ai as avons avez ont est sont suis sommes êtes`, lexeme{tense: past, aux: true})
	add(`was were had did said yesterday last ago`, lexeme{tense: past, en: true})

	// Function words that end in s or x: a number before them is not counting them.
	add(`mais dans sous puis lors alors très sans ils elles nous vous ses ces mes tes
		nos vos leurs plusieurs tous toutes certains certaines quelques pas jamais
		aux deux trois six dix ceux lesquels desquels auxquels avez avons jadis parfois
		désormais toujours ailleurs`, lexeme{stop: true})
	add(`is was has his its as us yes thus this always her their our`, lexeme{stop: true, en: true})

	// Nouns a year may follow without a preposition: "budget 2002", "saison 2002".
	add(`budget bilan exercice saison championnat mondial mondiaux jeux jo présidentielle
		législatives municipales européennes régionales élections élection édition
		promotion cuvée millésime recensement rentrée an année`, lexeme{yearCue: true})
	add(`election elections census budget season class`, lexeme{yearCue: true, en: true})

	ordinals := []struct {
		words string
		n     int8
	}{
		{"premier première first", 1}, {"deuxième second seconde", 2}, {"troisième third", 3},
		{"quatrième fourth", 4}, {"cinquième fifth", 5}, {"dernier dernière last", -1},
	}
	for _, o := range ordinals {
		add(o.words, lexeme{ord: o.n})
	}

	holidayWords := []struct {
		words string
		h     int16
	}{
		{"noël christmas", hChristmas}, {"pâques easter", hEaster},
		{"pentecôte pentecost", hPentecost}, {"ascension", hAscension},
		{"toussaint", hAllSaints}, {"assomption", hAssumption},
	}
	for _, h := range holidayWords {
		add(h.words, lexeme{holiday: h.h})
	}

	// Spellings without accents ("fevrier", "aout", capital "Eté" written "Ete"),
	// where they take no other word's place ("a" stays avoir, "des" stays des).
	folded := map[string]*lexeme{}
	for k, e := range lexicon {
		if f := fold(k); f != k {
			if _, taken := lexicon[f]; !taken {
				folded[f] = e
			}
		}
	}
	for k, e := range folded {
		lexicon[k] = e
	}
}

// Holidays the tagger dates.
const (
	hChristmas = iota + 1
	hEaster
	hPentecost
	hAscension
	hAllSaints
	hAssumption
)

// fold returns s without French accents.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(foldRune(r))
	}
	return b.String()
}

// foldRune returns r without its accent, as a string since "œ" is two letters.
func foldRune(r rune) string {
	switch r {
	case 'à', 'â', 'ä', 'á':
		return "a"
	case 'é', 'è', 'ê', 'ë':
		return "e"
	case 'î', 'ï', 'í':
		return "i"
	case 'ô', 'ö', 'ó':
		return "o"
	case 'ù', 'û', 'ü', 'ú':
		return "u"
	case 'ç':
		return "c"
	case 'œ':
		return "oe"
	case 'æ':
		return "ae"
	}
	return string(r)
}

// lookup returns what the tables know of the word s (any case, accents or
// not), using buf as scratch space so that the lookup does not allocate.
func lookup(s string, buf []byte) (*lexeme, []byte) {
	buf = buf[:0]
	ascii := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(s[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += size
	}
	if e, ok := lexicon[string(buf)]; ok {
		return e, buf
	}
	if ascii {
		return nil, buf
	}
	n := len(buf)
	for i := 0; i < n; {
		r, size := utf8.DecodeRune(buf[i:])
		if r < utf8.RuneSelf {
			buf = append(buf, byte(r))
		} else {
			buf = append(buf, foldRune(r)...)
		}
		i += size
	}
	return lexicon[string(buf[n:])], buf
}
