package dates

import (
	"sort"
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
	wUn
	wPremier
	wIle
	wNe
	wSous
	wCes
	wExactly // exactement, exactly
	wComme
	wInstar
	wContrairement
	wRapport
	wLors

	// English
	wThe
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
	wGMT
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
	wWithin
	wFor
	wOver
	wPast
	wAround // around, roughly, approximately
	wAs
	wLike
	wUnlike
	wCompared
	wOn
	wWith
	wStarting // starting, effective: "starting Monday"
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
	rough   int16 // a noun that counts roughly: "une vingtaine de" 20, "a dozen" 12
	anniv   bool  // a word of anniversaries: "anniversaire", "commémorent", "anniversary"
	birth   bool  // a participle of birth: "né", "born"
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
	if l.rough != 0 {
		e.rough = l.rough
	}
	e.aux = e.aux || l.aux
	e.stop = e.stop || l.stop
	e.yearCue = e.yearCue || l.yearCue
	e.en = e.en || l.en
	e.anniv = e.anniv || l.anniv
	e.birth = e.birth || l.birth
}

// named lists the words rules name, French then English.
var named = []struct {
	words string
	w     word
	en    bool
}{
	{"le", wLe, false}, {"la", wLa, false}, {"les", wLes, false}, {"l", wL, false},
	{"ce", wCe, false}, {"cet", wCet, false}, {"cette", wCette, false}, {"du", wDu, false},
	{"des", wDes, false}, {"de", wDe, false}, {"d", wD, false}, {"au", wAu, false},
	{"à", wAccentA, false}, {"a", wA, false}, {"en", wEn, false},
	{"dans", wDans, false}, {"depuis", wDepuis, false}, {"dès", wDes2, false},
	{"vers", wVers, false}, {"jusqu jusque", wJusqu, false}, {"partir", wPartir, false},
	{"compter", wCompter, false}, {"il", wIl, false}, {"y", wY, false}, {"entre", wEntre, false},
	{"et", wEt, false}, {"ou", wOu, false}, {"avant", wAvant, false}, {"après", wApres, false},
	{"pendant", wPendant, false}, {"durant", wDurant, false}, {"fin", wFin, false},
	{"début", wDebut, false}, {"mi", wMi, false}, {"courant", wCourant, false},
	{"dernier dernière derniers dernières", wDernier, false},
	{"prochain prochaine prochains prochaines", wProchain, false},
	{"passé passée passés passées", wPasse, false}, {"même", wMeme, false},
	{"aujourd", wAujourd, false}, {"hui", wHui, false}, {"bientôt", wBientot, false},
	{"près", wPres, false}, {"plus", wPlus, false}, {"moins", wMoins, false},
	{"environ", wEnviron, false}, {"presque", wPresque, false}, {"quelque quelques", wQuelque, false},
	{"fête", wFete, false}, {"sur", wSur, false}, {"ici", wIci, false}, {"jour", wJour, false},
	{"un", wUn, false}, {"premier", wPremier, false}, {"île", wIle, false},
	{"ne n", wNe, false}, {"sous", wSous, false}, {"ces", wCes, false},
	{"exactement", wExactly, false}, {"comme", wComme, false}, {"instar", wInstar, false},
	{"contrairement", wContrairement, false}, {"rapport", wRapport, false}, {"lors", wLors, false},

	{"the", wThe, true}, {"in", wIn, true}, {"at", wAt, true},
	{"since", wSince, true}, {"from", wFrom, true}, {"until till", wUntil, true}, {"by", wBy, true},
	{"last", wLast, true}, {"next", wNext, true}, {"this", wThis, true}, {"ago", wAgo, true},
	{"before", wBefore, true}, {"after", wAfter, true}, {"of", wOf, true}, {"and", wAnd, true},
	{"to", wTo, true}, {"early", wEarly, true}, {"late", wLate, true}, {"mid", wMid, true},
	{"following", wFollowing, true}, {"previous", wPrevious, true}, {"same", wSame, true},
	{"gmt utc", wGMT, true}, {"that", wThat, true}, {"almost", wAlmost, true}, {"nearly", wNearly, true},
	{"more", wMore, true}, {"than", wThan, true}, {"about", wAbout, true}, {"some", wSome, true},
	{"during", wDuring, true}, {"end", wEnd, true}, {"beginning", wBeginning, true},
	{"within", wWithin, true}, {"for", wFor, true}, {"over", wOver, true}, {"past", wPast, true},
	{"around roughly approximately", wAround, true}, {"exactly", wExactly, true},
	{"as", wAs, true}, {"like", wLike, true}, {"unlike", wUnlike, true}, {"compared", wCompared, true},
	{"on", wOn, true}, {"with", wWith, true}, {"starting effective", wStarting, true},
}

// entries lists what the tables know of the other words, group by group.
var entries = []struct {
	words string
	l     lexeme
}{
	// Number words; "a" and "an" count one in "a week ago", "an hour ago".
	{"un une one a an", lexeme{num: 1}}, {"deux two", lexeme{num: 2}}, {"trois three", lexeme{num: 3}},
	{"quatre four", lexeme{num: 4}}, {"cinq five", lexeme{num: 5}}, {"six", lexeme{num: 6}},
	{"sept seven", lexeme{num: 7}}, {"huit eight", lexeme{num: 8}}, {"neuf nine", lexeme{num: 9}},
	{"dix ten", lexeme{num: 10}}, {"onze eleven", lexeme{num: 11}}, {"douze twelve", lexeme{num: 12}},
	{"treize thirteen", lexeme{num: 13}}, {"quatorze fourteen", lexeme{num: 14}},
	{"quinze fifteen", lexeme{num: 15}}, {"seize sixteen", lexeme{num: 16}},
	{"seventeen", lexeme{num: 17}}, {"eighteen", lexeme{num: 18}}, {"nineteen", lexeme{num: 19}},
	{"vingt vingts twenty", lexeme{num: 20}}, {"trente thirty", lexeme{num: 30}},
	{"quarante forty", lexeme{num: 40}}, {"cinquante fifty", lexeme{num: 50}},
	{"soixante sixty", lexeme{num: 60}}, {"seventy", lexeme{num: 70}}, {"eighty", lexeme{num: 80}},
	{"ninety", lexeme{num: 90}}, {"cent cents hundred", lexeme{num: 100}},
	// Nouns that count roughly: "il y a une vingtaine d'années", "a dozen years ago".
	{"dizaine dizaines", lexeme{rough: 10}}, {"douzaine douzaines dozen dozens", lexeme{rough: 12}},
	{"quinzaine quinzaines", lexeme{rough: 15}}, {"vingtaine vingtaines", lexeme{rough: 20}},
	{"trentaine trentaines", lexeme{rough: 30}}, {"quarantaine quarantaines", lexeme{rough: 40}},
	{"cinquantaine cinquantaines", lexeme{rough: 50}}, {"soixantaine soixantaines", lexeme{rough: 60}},
	{"centaine centaines", lexeme{rough: 100}}, {"couple", lexeme{rough: 2}},

	// Days counted from publication.
	{"hier yesterday", lexeme{relSet: true, rel: -1}}, {"demain tomorrow", lexeme{relSet: true, rel: 1}},
	{"aujourd today", lexeme{relSet: true}}, {"tonight", lexeme{relSet: true, part: Night}},
	// "la veille", "le lendemain": a day counted from the last date the text gave.
	{"veille", lexeme{anaSet: true, ana: -1}}, {"lendemain", lexeme{anaSet: true, ana: 1}},
	{"surlendemain", lexeme{anaSet: true, ana: 2}},

	// Parts of the day.
	{"matin matinée morning", lexeme{part: Morning}}, {"midi noon", lexeme{part: Midday}},
	{"afternoon", lexeme{part: Afternoon}}, {"soir soirée evening", lexeme{part: Evening}},
	{"nuit night overnight minuit midnight", lexeme{part: Night}},

	// Seasons.
	{"printemps spring", lexeme{season: Spring}}, {"été summer", lexeme{season: Summer}},
	{"automne autumn fall", lexeme{season: Autumn}}, {"hiver winter", lexeme{season: Winter}},

	// Units.
	{"heure heures hour hours h", lexeme{unit: uHour}},
	{"jour jours journée journées day days", lexeme{unit: uDay}},
	{"semaine semaines week weeks", lexeme{unit: uWeek}}, {"weekend", lexeme{unit: uWeekend}},
	{"mois month months", lexeme{unit: uMonth}},
	{"an ans année années year years", lexeme{unit: uYear}},
	{"décennie décennies decade decades", lexeme{unit: uDecade}},

	// Ordinals: "le premier dimanche du printemps", "le dernier dimanche d'octobre".
	{"premier première first", lexeme{ord: 1}}, {"deuxième second seconde", lexeme{ord: 2}},
	{"troisième third", lexeme{ord: 3}}, {"quatrième fourth", lexeme{ord: 4}},
	{"cinquième fifth", lexeme{ord: 5}}, {"dernier dernière last", lexeme{ord: -1}},

	// Holidays.
	{"noël christmas", lexeme{holiday: hChristmas}}, {"pâques easter", lexeme{holiday: hEaster}},
	{"pentecôte pentecost", lexeme{holiday: hPentecost}}, {"ascension", lexeme{holiday: hAscension}},
	{"toussaint", lexeme{holiday: hAllSaints}}, {"assomption", lexeme{holiday: hAssumption}},

	// Future forms and prospective words: "sera", "aura lieu", "prévu", "will";
	// an appointment is ahead ("ont rendez-vous dimanche matin").
	{`sera seront serons serez aura auront fera feront ira iront pourra pourront
		devra devront faudra viendra viendront tiendra tiendront prendra prendront
		va vont doit doivent devrait devraient prévu prévue prévus prévues programmé
		programmée programmés programmées attendu attendue attendus attendues
		fixé fixée fixés fixées reporté reportée reportés reportées repoussé repoussée
		repoussés repoussées rendez prochain prochaine prochains prochaines
		prévoit prévoient envisage envisagent projette projettent apprête apprêtent`, lexeme{tense: future}},
	{"will shall scheduled upcoming due expected planned next", lexeme{tense: future, en: true}},
	// Past forms: the imperfect of the auxiliaries, and words that look back.
	{`avait avaient avions eut eurent était étaient fut furent
		hier dernier dernière derniers dernières`, lexeme{tense: past}},
	// The present of avoir and être: the compound past when a participle
	// follows ("a annoncé", "sont tombés"), the present otherwise ("ont
	// rendez-vous", "a lieu"); see findMarkers.
	{"a ai as avons avez ont est sont suis sommes êtes", lexeme{tense: past, aux: true}},
	{`was were had did said yesterday last ago compared began broke came fled fought gave held
		kept led lost made met ran sent shot stood struck took told won went wrote saw brought
		caught sought spoke drove flew fell threw withdrew`, lexeme{tense: past, en: true}},

	// Function words that end in s or x: a number before them counts nothing.
	{`mais dans sous puis lors alors très sans ils elles nous vous ses ces mes tes
		nos vos leurs plusieurs tous toutes certains certaines quelques pas jamais
		aux deux trois six dix ceux lesquels desquels auxquels avez avons jadis parfois
		désormais toujours ailleurs une cela ça voici voilà`, lexeme{stop: true}},
	{"is was has his its as us yes thus this always her their our on", lexeme{stop: true, en: true}},

	// Nouns a year may follow without a preposition: "budget 2002", "saison 2002".
	{`budget bilan exercice saison championnat mondial mondiaux jeux jo présidentielle
		législatives municipales européennes régionales élections élection édition
		promotion cuvée millésime recensement rentrée an année semestre trimestre`, lexeme{yearCue: true}},
	{"election elections census budget season class", lexeme{yearCue: true, en: true}},

	// Birth: the date after them is no event (see born).
	{"né née nés nées born", lexeme{birth: true}},

	// Words of anniversaries: the date after them, and a "de", is what they count from.
	{`anniversaire anniversaires commémoration commémorations commémorer commémore
		commémorent commémorant commémoré commémorée anniversary anniversaries
		commemoration commemorations commemorate commemorates commemorated
		commemorating`, lexeme{anniv: true}},
}

func init() {
	for _, n := range named {
		add(n.words, lexeme{w: n.w, stop: true, en: n.en})
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
	fr := strings.Fields("dimanche lundi mardi mercredi jeudi vendredi samedi")
	en := strings.Fields("sunday monday tuesday wednesday thursday friday saturday")
	for i := range fr {
		add(fr[i], lexeme{wday: int8(i + 1)})
		add(en[i], lexeme{wday: int8(i + 1), en: true})
	}
	for _, e := range entries {
		add(e.words, e.l)
	}

	// Spellings without accents ("fevrier", "aout", capital "Eté" written "Ete"),
	// where they take no other word's place ("a" stays avoir, "des" stays des).
	keys := make([]string, 0, len(lexicon))
	for k := range lexicon {
		keys = append(keys, k)
	}
	sort.Strings(keys) // the same spelling wins on every run
	for _, k := range keys {
		if f := fold(k); f != k {
			if _, taken := lexicon[f]; !taken {
				lexicon[f] = lexicon[k]
			}
		}
	}
	if len(lexicon) > len(table)/2 {
		panic("dates: the lexicon outgrew its table")
	}
	words := make([]string, 0, len(lexicon))
	for k := range lexicon {
		words = append(words, k)
	}
	sort.Strings(words) // the same ids on every run
	ids := map[*lexeme]lexID{}
	for _, k := range words {
		e := lexicon[k]
		id, ok := ids[e]
		if !ok {
			id = lexID(len(lexemes))
			ids[e] = id
			lexemes = append(lexemes, e)
		}
		i := shapeOf(k)
		shapes[i/64] |= 1 << (i % 64)
		h := hash(k)
		for table[h].id != 0 {
			h = (h + 1) % uint32(len(table))
		}
		table[h] = slot{k, id}
	}
	if len(lexemes) > 1<<16 {
		panic("dates: more lexemes than a lexID counts")
	}
}

// lexID is an entry of the lexicon, an index in lexemes; 0 is none. A
// token holds one rather than a pointer, so that tokens hold no pointer at
// all: the garbage collector neither scans them nor records writes to them.
type lexID uint16

// lexemes are the lexicon's entries by lexID.
var lexemes = []*lexeme{nil}

// table is the lexicon again, as an open-addressing hash table that
// lookup searches with a hash of a few instructions a byte: words are
// short, and on them a map's general-purpose hash and probing cost more
// than this table's.
var table [2048]slot

// slot is one word of table; id is 0 in an empty slot.
type slot struct {
	word string
	id   lexID
}

// hash returns the slot where the search for w starts (FNV-1a).
func hash[W string | []byte](w W) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h % uint32(len(table))
}

// known returns the lexicon's entry for the lowercase word w, 0 if none.
func known[W string | []byte](w W) lexID {
	if !mayKnow(w) {
		return 0
	}
	for h := hash(w); ; h = (h + 1) % uint32(len(table)) {
		s := &table[h]
		if s.id == 0 || s.word == string(w) {
			return s.id
		}
	}
}

// shapes holds a bit for the shape (see shapeOf) of every word of the
// lexicon. Most words of a text are not in it, and a word whose shape has
// no bit is not: the test is a few instructions where a map lookup hashes
// the word (it was a sixth of the tagger's time).
var shapes [1 << 15 / 64]uint64

// shapeOf returns the shape of a lowercase word: its length and the last
// five bits of its first and last bytes. Two words of one shape may differ.
func shapeOf[W string | []byte](w W) uint {
	if len(w) == 0 {
		return 0
	}
	return uint(len(w)&31)<<10 | uint(w[0]&31)<<5 | uint(w[len(w)-1]&31)
}

// mayKnow reports whether the lowercase word w may be in the lexicon:
// false means it is not.
func mayKnow[W string | []byte](w W) bool {
	i := shapeOf(w)
	return shapes[i/64]&(1<<(i%64)) != 0
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

// toLower is unicode.ToLower with the letters of Latin-1, most of the
// accented letters of French, looked up without a search of the case tables.
func toLower(r rune) rune {
	switch {
	case 0xDF <= r && r <= 0xFF: // "ß" to "ÿ": lowercase already (and "÷")
		return r
	case 0xC0 <= r && r <= 0xDE && r != 0xD7: // "À" to "Þ" but "×"
		return r + 0x20
	}
	return unicode.ToLower(r)
}

// lowerASCII reports whether s is lowercase ASCII.
func lowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// lookup returns what the tables know of the word s (any case, accents or
// not), using buf as scratch space so that the lookup does not allocate.
func lookup(s string, buf []byte) (lexID, []byte) {
	buf = buf[:0]
	if lowerASCII(s) {
		return known(s), buf // most words: nothing to lowercase or fold
	}
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
		buf = utf8.AppendRune(buf, toLower(r))
		i += size
	}
	if id := known(buf); id != 0 {
		return id, buf
	}
	if ascii {
		return 0, buf
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
	return known(buf[n:]), buf
}
