package attribution

import "strings"

// class is a set of the word lists a folded word is in, one bit a list.
type class uint32

// The word lists, folded. They are the lexicon of the rules: a reporting
// verb or a source marker the rules miss is one word added to its list.
const (
	// Reporting verbs: the present ("affirme"), and the participle after
	// an auxiliary ("a déclaré").
	presentForm class = 1 << iota
	participle
	englishForm
	auxiliary // "a déclaré", "ont indiqué"
	// incise are verbs that report only inverted after a quotation or a
	// comma: "», a lancé le ministre", never "a lancé une offensive".
	incise
	// ambiguous are reporting verbs with another sense; they report when
	// "que" or an infinitive follows ("assure que", "a reconnu avoir"), or
	// inverted: "assure la sécurité" names no speaker.
	ambiguous
	// opener introduces the speaker: "selon", "d'après", "according to", "lit-on dans".
	opener
	// notSpeaker is what "selon" may introduce, or a verb have as subject,
	// that does not speak: "selon les dernières informations".
	notSpeaker
	// figure are the counts that are a source after a marker ("selon des
	// bilans partiels") but no verb's speaker ("le bilan fait état de").
	figure
	// reflexive are the verbs that report after "se": "s'est félicité",
	// "s'est dit préoccupé", "se dit prêt".
	reflexive
	// self is the pronoun of a reflexive verb: "s'est félicité".
	self
	// medium are what a speaker speaks in: "a déclaré le ministre dans un
	// communiqué" ends the speaker before "dans".
	medium
	adverb
	pronoun
	// personal are the pronouns that stand for a speaker named before: "il
	// affirme", "selon lui", "he said".
	personal
	article
	// determiner are the demonstratives and possessives: "cette annonce"
	// is a noun, and "cette" alone no speaker.
	determiner
	// negative determiners name no one: "aucun pays ne reconnaît".
	negative
	preposition
	// complement are the prepositions of what may stand between an
	// inverted verb and its subject: "a déclaré à l'AFP", "dans un
	// communiqué", "lors d'une conférence de presse".
	complement
	// outlet are the agencies and networks a speaker talks to: "a déclaré
	// à l'agence Reuters le ministre" ends its complement after "Reuters".
	outlet
	connector
	// englishAux stand between an English subject and its verb: "has said".
	englishAux
	// relative open a relative clause: "Moscou, qui dispose de troupes, a annoncé".
	relative
	// month are the names of months, whole or cut, that a dateline writes.
	month
	// bare are the nouns that speak without an article: "officials said".
	bare
	// be are the auxiliaries of a passive: "a été annoncé par", "was confirmed by".
	be
	// asideFirst and asideLast are the first and last words of asides: a
	// word that is none opens or ends none.
	asideFirst
	asideLast
	// stop ends a noun phrase: relative and subordinate words, and the
	// words that open what the speaker said or where.
	stop
)

// lists maps each word of a list to the lists it is in: a token is looked
// up once, not once a list a rule asks about.
var lists = func() map[string]class {
	m := map[string]class{}
	for c, words := range map[class]string{
		presentForm: `declare declarent affirme affirment indique indiquent annonce annoncent
			informe informent detaille detaillent ajoute ajoutent ecrit ecrivent precise precisent
			souligne soulignent estime estiment explique expliquent assure assurent confirme confirment
			rapporte rapportent revele revelent dit disent signale signalent avertit avertissent
			denonce denoncent dement dementent reconnait reconnaissent martele martelent
			declarait affirmait indiquait annoncait ajoutait precisait expliquait appelle appellent
			accuse accusent nie nient insiste insistent poursuit poursuivent lance lancent
			rappelle rappellent previent fait font raconte racontent confie confient temoigne
			temoignent salue saluent`,
		participle: `declare affirme indique annonce informe detaille ajoute ecrit precise
			souligne estime explique assure confirme rapporte revele dit signale averti denonce
			dementi reconnu martele fait appele accuse nie insiste poursuivi lance rappele
			previent prevenu poste tweete raconte confie temoigne salue commente resume ironise
			tranche reagi`,
		englishForm: `said says told announced stated reported added claimed confirmed denied
			accused warned insisted wrote tweeted posted hailed recounted stressed noted recalled
			explained acknowledged argued declared`,
		auxiliary: `a ont avait avaient aurait`,
		be:        `ete been was were is are`,
		incise: `lance lancent poursuit poursuivent poursuivi insiste insistent commente resume
			ironise tranche reagi`,
		reflexive: `felicite felicitent felicitee felicites dit disent dite dits declare declarent
			declaree declares inquiete inquietent inquietee rejouit rejouissent rejoui rejouie
			indigne indignent indignee alarme alarment alarmee montre montree montres`,
		self: `se s'`,
		medium: `communique communiques declaration declarations entretien interview message note
			texte video tweet publication lettre discours statement post`,
		ambiguous: `assure assurent reconnait reconnaissent reconnu precise precisent rappelle
			rappellent rappele previent prevenu`,
		opener: `selon d'apres apres according lit-on`,
		adverb: `ensuite aussi egalement deja encore toutefois pourtant mercredi mardi lundi jeudi
			vendredi samedi dimanche hier enfin notamment soir matin ainsi also again later earlier
			previously then further`,
		pronoun: `il elle ils elles on nous vous je j' tu ce c' cela ceci qui lequel laquelle lesquels
			lesquelles lui eux celui-ci celle-ci ceux-ci celles-ci he she they it we i you this that`,
		personal:    `il elle ils elles lui eux he she they him her them`,
		article:     `le la les l' un une des du de d' the a an`,
		determiner:  `ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes his her its their`,
		preposition: `a au aux de du des d' dans en sur sous par pour avec lors apres avant depuis vers chez entre contre in on at by for with from of to`,
		complement:  `a au aux dans devant lors sur pendant aupres durant en via to`,
		connector:   `et ou mais donc or car alors cependant ainsi puis si comme quand lorsque lorsqu' and but so if as when while although though whereas unless because`,
		englishAux:  `has have had did does do would will could may might`,
		relative:    `qui que qu' dont lequel laquelle lesquels lesquelles ou which who whom whose`,
		notSpeaker:  `information informations donnee donnees images`,
		figure:      `chiffre chiffres bilan bilans estimation estimations decompte count tally toll`,
		negative:    `aucun aucune nul nulle personne no none`,
		outlet: `afp reuters ap tass ria interfax anadolu armenpress apa trend azertac bbc cnn rfi
			x twitter facebook telegram instagram youtube`,
		month: `janvier janv jan fevrier fevr fev feb mars mar avril avr apr mai may juin jun june
			juillet juil jul july aout aug august septembre sept sep september octobre oct october
			novembre nov november decembre dec december january february march`,
		bare: `officials witnesses residents sources diplomats analysts observers authorities police
			rescuers medics doctors rebels separatists troops officers experts activists survivors
			journalists reporters`,
		stop: `qui que qu' dont ou lors pour portant publie publiee diffuse diffusee sur selon apres
			avant depuis citant lorsque lorsqu' afin parce mais et car qui that which who when after before
			on a ont est sont avait avaient aurait devant aupres pendant durant via en au aux courant
			although though whereas unless because tandis puisque quoique`,
	} {
		for _, w := range strings.Fields(words) {
			m[w] |= c
		}
	}
	for _, a := range asides {
		m[a[0]] |= asideFirst
		m[a[len(a)-1]] |= asideLast
	}
	return m
}()

// set returns the folded words of list as a set.
func set(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// asides are the phrases a speaker's phrase leaves out, folded: "le
// ministre a déclaré pour sa part", "de son côté, Bakou affirme".
var asides = func() [][]string {
	var out [][]string
	for _, a := range strings.Split(`pour sa part|pour son compte|pour leur part|de son cote|de leur cote|
		quant a lui|quant a elle|quant a eux|quant a elles|a son tour|a leur tour|lui aussi|elle aussi|
		eux aussi|for its part|for his part|for her part|for their part|in turn|in his turn|in her turn`, "|") {
		out = append(out, strings.Fields(a))
	}
	return out
}()

// mayBeListed reports whether f has the length, first byte and last byte
// of a word in lists: two thirds of the tokens are in none, and most of
// those are told so without hashing them.
func mayBeListed(f string) bool {
	n := len(f)
	return n > 0 && n < 32 && firstBytes[f[0]]&lastBytes[f[n-1]]&(1<<n) != 0
}

// firstBytes and lastBytes hold, for each byte, a bit n for each length n
// of a listed word that starts with it, that ends with it.
var firstBytes, lastBytes = func() (first, last [256]uint32) {
	for w := range lists {
		if len(w) >= 32 {
			panic("attribution: listed word " + w + " is too long for mayBeListed")
		}
		first[w[0]] |= 1 << len(w)
		last[w[len(w)-1]] |= 1 << len(w)
	}
	return first, last
}()

// titles are the abbreviations that keep their period: "M. Aliev".
var titles = set(`m mm mme mlle dr pr mr mrs ms st gen col lt`)
