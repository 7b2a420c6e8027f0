package attribution

import "strings"

// class is a set of the word lists a folded word is in, one bit a list.
type class uint16

// The word lists, folded.
const (
	// Reporting verbs: the present ("affirme"), and the participle after
	// an auxiliary ("a déclaré").
	presentForm class = 1 << iota
	participle
	englishForm
	auxiliary // "a déclaré", "ont indiqué"
	// opener introduces the speaker: "selon", "d'après", "according to", "lit-on dans".
	opener
	// notSpeaker is what "selon" may introduce that does not speak.
	notSpeaker
	adverb
	pronoun
	article
	preposition
	connector
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
			declarait affirmait indiquait annoncait ajoutait precisait expliquait appelle appellent`,
		participle: `declare affirme indique annonce informe detaille ajoute ecrit precise
			souligne estime explique assure confirme rapporte revele dit signale averti denonce
			dementi reconnu martele fait appele`,
		englishForm: `said says told announced stated reported added claimed confirmed`,
		auxiliary:   `a ont avait avaient aurait`,
		opener:      `selon d'apres apres according lit-on`,
		notSpeaker:  `information informations donnee donnees chiffre chiffres bilan bilans estimation estimations images`,
		adverb:      `ensuite aussi egalement deja encore toutefois pourtant mercredi mardi lundi jeudi vendredi samedi dimanche hier enfin notamment`,
		pronoun:     `il elle ils elles on nous vous je j' tu ce c' cela ceci qui lequel laquelle lesquels lesquelles he she they it we i you this that`,
		article:     `le la les l' un une des du de d' the a an`,
		preposition: `a au aux de du des d' dans en sur sous par pour avec lors apres avant depuis vers chez entre contre in on at by for with from of to`,
		connector:   `et ou mais donc or car alors cependant ainsi puis si comme quand lorsque lorsqu' and but so if as when while`,
		stop: `qui que qu' dont ou lors pour portant publie publiee diffuse diffusee sur selon apres avant depuis citant
			lorsque lorsqu' afin parce mais et car qui that which who when after before on in
			a ont est sont avait avaient aurait`,
	} {
		for _, w := range strings.Fields(words) {
			m[w] |= c
		}
	}
	return m
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
var titles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`m mm mme mlle dr pr mr mrs ms st gen col lt`) {
		m[w] = true
	}
	return m
}()
