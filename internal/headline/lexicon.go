package headline

import (
	"sort"
	"strings"

	"timeline/internal/fold"
)

// class is the set of word families (see families) a word belongs to. A word
// may be in several ("à" leads an adverbial and names a place); a word
// whose meaning depends on the language has one set for French and one
// for English ("a" is avoir in French, an article in English).
type class uint64

const (
	lead            class = 1 << iota // le, de, en, on, in: stands inside an opening adverbial
	determiner                        // le, l', les, un, the: opens the clause after a dropped adverbial
	dateWord                          // mardi, matin, jour, week: names a day, a part of it or a unit
	absolute                          // septembre, September (and years, by their shape): a date read alone
	number                            // deux, quelques, three (digits are numbers by their shape)
	deictic                           // dernier, même, next: counts from another date, unless a month or year is named
	modifier                          // début, plus, early: stands in a date ("Fin septembre,", "Early on Sunday,")
	timeAnaphor                       // hier, lendemain, today, earlier: names a day only by another one
	demonstrative                     // ce, cette, this, those: points back, unless a date word follows
	possessive                        // son, leurs, its: points back
	aux                               // a, ont, est, was, has: with a participle, a compound past
	pastVerb                          // fut, lança, took, said: a simple past
	participle                        // été, fait, pris, been: a past participle of no regular ending
	notParticiple                     // lieu, ici, plus: ends like a participle and is not one
	adverb                            // pas, déjà, également: stands between auxiliary and participle
	speech                            // déclaré, indiqué, said: a past of saying, no event in itself
	attributionWord                   // selon, according: opens an attribution
	relative                          // qui, que, dont, which: opens no clause of its own
	subordinate                       // qui, que, et, mais, which, when: a comma before it ends a clause
	since                             // depuis, comme, since, than: the date is a term of comparison
	institution                       // gouvernement, armée, ministry: an actor without a proper name
	placeNoun                         // village, frontière, border: a place without a proper name
	locative                          // à, dans, près, in, near: before a proper noun, a place
	function                          // de, la, et, the, of: never ends a cut headline
	callToAction                      // abonnez-vous, soutenez, join, subscribe: an imperative to the reader
	appeal                            // nous, today, free: what a short call to action asks for
	strongAppeal                      // journalisme, newsletter, donate: asks for it in any call to action
	platform                          // facebook, telegram: where a share button points
	credit                            // photo, crédit, ©, source: opens a credit line
	agency                            // afp, reuters: the agency of a credit
	bylineWord                        // par, by: opens a byline
	publication                       // publié, updated: opens a publication line
	meta                              // min, lecture: a reading time
)

// families are the word families, French then English within each group.
// Words are written in lowercase with their accents; the same word
// without accents is looked up too, where it is not another word
// ("apres" is après, "a" stays avoir).
var families = []struct {
	fr, en string // space-separated
	c      class
}{
	// Determiners and prepositions: "Le 27 septembre 2020, les forces…",
	// "Dans la nuit de samedi à dimanche, …", "On Tuesday, Azerbaijan…".
	{"le la les l' un une des du au aux", "the a an", lead | determiner | function},
	{"de d' à en dans dès vers sur par pour avant après entre jusqu' depuis lors", "in on at of by from during before after between until around about", lead | function},
	{"et ou avec sans", "and or with to for", function},

	// Date words and their modifiers, the stuff of opening dates:
	// "Mardi 19 septembre vers 7 h 15,", "Early on Sunday morning,".
	{`lundi mardi mercredi jeudi vendredi samedi dimanche matin matinée midi après-midi soir
		soirée nuit aube aurore journée jour jours semaine semaines week-end mois an ans année
		années heure heures h printemps été automne hiver décennie minuit`,
		`monday tuesday wednesday thursday friday saturday sunday morning noon afternoon evening
		night dawn daybreak day days week weeks weekend month months year years hour hours
		spring summer autumn fall winter decade midnight gmt utc`, dateWord},
	{"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"january february march april may june july august september october november december", dateWord | absolute},
	// "Ce jour-là,", "ce mois-ci": the demonstrative's particle is part of the word.
	{"jour-là soir-là matin-là nuit-là semaine-là année-là mois-ci semaine-ci", "", dateWord | deictic},
	{"dernier dernière derniers dernières prochain prochaine passé passée même suivant suivante précédent précédente",
		"last next past same following previous ago", deictic},
	{"début fin mi courant plus petit", "early late mid end beginning", modifier},
	{"un une deux trois quatre cinq six sept huit neuf dix quelques plusieurs",
		"one two three four five six seven eight nine ten few several", number},

	// Temporal anaphors and deictics: a day named only by another one.
	// "Le lendemain, l'Azerbaïdjan a repris Chouchi." "Hier, Bakou a
	// annoncé…" "Earlier, the ministry said…" "Then Azerbaijan launched…"
	{`lendemain surlendemain veille avant-veille aujourd'hui hier avant-hier demain après-demain
		tard tôt auparavant ensuite puis entre-temps désormais maintenant`,
		`today yesterday tomorrow tonight earlier later meanwhile meantime afterwards afterward
		then now today's yesterday's tonight's`, timeAnaphor},

	// Pronouns that point back: "Ce dernier a…", "Son armée a bombardé…",
	// "These talks failed…". (Subject pronouns are openers, below.)
	{"ce cet cette ces", "this that these those", demonstrative},
	{"son sa ses leur leurs", "its his her their", possessive},

	// The compound past and the simple past: "a lancé", "ont été tués",
	// "lança", "has been", "took". Regular forms are read by their endings
	// (see isParticiple and simplePast).
	{"a ont avait avaient est sont était étaient eut eurent fut furent a-t-il a-t-elle ont-ils ont-elles",
		"has have had was were is are", aux},
	{`fut furent eut eurent fit firent prit prirent mit mirent vint vinrent dit lança lancèrent
		annonça déclara attaqua tua frappa signa entra quitta proclama`,
		`did said told took began fell shot struck broke came went made gave won lost
		left led met held sent fled fought saw became brought built ran withdrew drove flew sold
		spent stood threw wrote chose rose hit`, pastVerb},
	{"été eu fait dit pris mis mort morts morte mortes né née détruit détruits ouvert ouverts atteint atteints conquis",
		`been done taken begun fallen shot struck broken come gone made given won lost left led met
		held sent fled fought seen become brought built run withdrawn driven flown sold chosen written
		beaten stolen spoken risen shown thrown drawn grown known hit`, participle},
	// Words that end like a participle or a simple past and are none:
	// "a lieu", "est ici"; "est prévu" and "is expected" are ahead, not past;
	// "the disputed region", "armed forces" are adjectives.
	{`lieu peu feu jeu plus tous sous ici lui qui parmi mais pis puis depuis jamais aussi ainsi déjà
		prévu prévue prévus prévues attendu attendue attendus attendues situé située situés connu connue`,
		`need speed seed feed bed red shed breed proceed exceed succeed indeed hundred united based
		armed disputed alleged related detailed limited advanced unprecedented expected scheduled
		planned supposed concerned`, notParticiple},
	{"pas ne n' déjà également aussi notamment ainsi bien toutefois même y en plus jamais encore ensuite finalement officiellement",
		"also already not never just officially reportedly finally", adverb},
	{`déclaré indiqué affirmé précisé ajouté souligné dit expliqué estimé assuré rappelé répété écrit
		confié raconté jugé martelé insisté noté cité rapporté déclare indique affirme précise ajoute
		souligne explique estime assure écrit rapporte déclara lit-on ajoute-t-il ajoute-t-elle
		précise-t-il précise-t-elle indique-t-il indique-t-elle affirme-t-il affirme-t-elle
		déclare-t-il déclare-t-elle souligne-t-il explique-t-il estime-t-il`,
		"said told added stated noted explained claimed wrote argued insisted stressed reported says adds writes", speech},
	{"selon", "according", attributionWord}, // and "d'après", two words: see (*text).attribution

	// Words after which a comma ends a clause: "…, qui a fait 30 000 morts".
	{`qui que qu' dont où lorsque lorsqu' quand alors tandis mais et car puisque puisqu' afin
		bien ainsi notamment selon après avant pendant malgré sans`,
		"which who whom whose where when while as and but because since although though after before amid despite following including", subordinate},
	// Comparisons and counting from the date: "la pire crise depuis 2016",
	// "for the first time since 2016", "comme en 2016", "than in 2016".
	{"depuis comme qu' que", "since than like unlike", since},

	// Actors and places without a proper name.
	{`gouvernement ministère ministre président présidente armée forces troupes soldats militaires
		séparatistes rebelles autorités parlement conseil police diplomatie porte-parole délégation
		dirigeants chef commandant`,
		`government ministry minister president army military forces troops soldiers separatists
		rebels authorities parliament council police officials spokesman spokeswoman delegation
		leaders commander`, institution},
	{"village villages ville villes région capitale frontière ligne front corridor localité district province territoire enclave",
		"village villages city town region capital border frontline front corridor district province territory enclave", placeNoun},
	{"à au aux en dans vers près sur", "in at near into across outside inside towards toward", locative},

	// Furniture: calls to action, credits, bylines, publication lines.
	// "Support independent journalism in the Caucasus: Join today",
	// "Abonnez-vous à notre newsletter", "Suivez-nous sur Telegram".
	{`abonnez-vous soutenez soutenez-nous rejoignez rejoignez-nous inscrivez-vous suivez suivez-nous
		partagez cliquez lisez découvrez téléchargez faites contactez-nous écoutez regardez devenez aidez-nous aidez`,
		`join subscribe support donate follow share click read watch listen download register sign become help`, callToAction},
	{"nous notre nos ici gratuit gratuitement maintenant article", "us our here now today free this article story", appeal},
	{`journalisme journalistes indépendant newsletter lettre abonnement don dons abonnez-vous
		soutenez-nous rejoignez-nous inscrivez-vous suivez-nous contactez-nous membre adhérent adhésion`,
		"journalism journalists independent newsletter donate donation membership patreon subscription member reporting", strongAppeal},
	{"facebook twitter x telegram whatsapp linkedin instagram youtube e-mail email", "", platform},
	{"photo photos crédit crédits source sources image illustration légende copyright ©", "credit credits caption", credit},
	{"afp reuters ap getty sputnik anadolu tass ria epa", "", agency},
	{"par", "by", bylineWord},
	{"publié publiée mis mise modifié", "published updated posted", publication},
	{"min minutes lecture temps", "min read", meta},
}

// kind is what the opening of a sentence does to it as a headline.
type kind uint8

const (
	plain     kind = iota // "L'Azerbaïdjan a lancé…": nothing to drop
	date                  // "Le 27 septembre 2020, les forces…": a date, which the page shows
	temporal              // "Le lendemain, …": a day named by another, which the page shows
	connector             // "Par ailleurs, …": ties the sentence to the one before
	subject               // "Il a déclaré…": a subject that points back; nothing can replace it
	neutral               // "Il y a des victimes…": looks like one of the above and is not
)

// anaphoric reports whether an opening of kind k leans on the sentence before.
func (k kind) anaphoric() bool { return k == temporal || k == connector || k == subject }

// openers are the phrases that open a sentence leaning on the one before,
// matched word by word ("#" is any number, "@" any date word). Dates and
// single temporal words ("Hier,", "Le lendemain matin,") are read as
// adverbials (see adverbial), not listed here; where a phrase and an
// adverbial both match, the longer is what opens the sentence. lang is
// "fr", "en", or "" for both.
var openers = []struct {
	text string
	kind kind
	lang string
}{
	// Subject pronouns: "Il s'agit de la pire crise depuis 2016", "C'est ce
	// que le commandant adjoint … a déclaré", "They fired on the village".
	{"il", subject, ""}, {"elle", subject, ""}, {"ils", subject, ""}, {"elles", subject, ""},
	{"on", subject, "fr"}, {"ceci", subject, ""}, {"cela", subject, ""}, {"ça", subject, ""},
	{"c'", subject, ""}, {"celui-ci", subject, ""}, {"celle-ci", subject, ""},
	{"ceux-ci", subject, ""}, {"celles-ci", subject, ""}, {"celui-là", subject, ""},
	{"ce dernier", subject, ""}, {"cette dernière", subject, ""}, {"ces derniers", subject, ""},
	{"ces dernières", subject, ""}, {"lui", subject, ""}, {"eux", subject, ""}, {"nous", subject, ""},
	{"je", subject, ""}, {"j'", subject, ""}, {"vous", subject, ""},
	{"it", subject, "en"}, {"he", subject, "en"}, {"she", subject, "en"}, {"they", subject, "en"},
	{"we", subject, "en"}, {"it's", subject, "en"}, {"the latter", subject, "en"}, {"the former", subject, "en"},
	// Attributed to a pronoun: "Selon lui, les frappes visaient…".
	{"selon lui", subject, ""}, {"selon elle", subject, ""}, {"selon eux", subject, ""}, {"selon elles", subject, ""},
	{"d'après lui", subject, ""}, {"d'après elle", subject, ""}, {"d'après eux", subject, ""},
	{"pour lui", subject, ""}, {"pour elle", subject, ""}, {"quant à lui", subject, ""}, {"quant à elle", subject, ""},
	{"according to him", subject, ""}, {"according to her", subject, ""}, {"according to them", subject, ""},

	// Impersonal: "Il y a des victimes parmi les civils" is read alone;
	// "Il y a trois jours, …" is a date counted from publication.
	{"il y a", neutral, ""}, {"il y a # @", temporal, ""}, {"alors que", neutral, ""},
	{"tandis que", neutral, ""}, {"il faut", neutral, ""},

	// Temporal phrases of words that are not date words: "Peu après, …",
	// "Depuis, les combats…", "Shortly after, …".
	{"peu après", temporal, ""}, {"peu avant", temporal, ""}, {"juste après", temporal, ""},
	{"aussitôt après", temporal, ""}, {"depuis lors", temporal, ""}, {"depuis ,", temporal, ""},
	{"à ce moment-là", temporal, ""}, {"à cette date", temporal, ""}, {"à cette époque", temporal, ""},
	{"jusqu' ici", temporal, ""}, {"jusqu'à présent", temporal, ""}, {"à présent", temporal, ""},
	{"dans la foulée", temporal, ""}, {"par la suite", temporal, ""}, {"au même moment", temporal, ""},
	{"shortly after", temporal, ""}, {"shortly afterwards", temporal, ""}, {"soon after", temporal, ""},
	{"shortly before", temporal, ""}, {"moments later", temporal, ""}, {"at the time", temporal, ""},
	{"at that time", temporal, ""}, {"by then", temporal, ""}, {"so far", temporal, ""},
	{"in the meantime", temporal, ""}, {"since then", temporal, ""},
	// "The day before, Baku had warned…": read as a date, it would be "the day".
	{"the day before", temporal, ""}, {"the day after", temporal, ""},
	{"the night before", temporal, ""}, {"the week before", temporal, ""},

	// Connectors: "Par ailleurs, Moscou a appelé…", "De son côté, l'Arménie…",
	// "However, Baku said…", "Also on Tuesday, …".
	{"par ailleurs", connector, ""}, {"de son côté", connector, ""}, {"de leur côté", connector, ""},
	{"de notre côté", connector, ""}, {"pour sa part", connector, ""}, {"pour leur part", connector, ""},
	{"en outre", connector, ""}, {"de plus", connector, ""}, {"d'autre part", connector, ""},
	{"en revanche", connector, ""}, {"cependant", connector, ""}, {"toutefois", connector, ""},
	{"pourtant", connector, ""}, {"néanmoins", connector, ""}, {"ainsi", connector, ""},
	{"or", connector, ""}, {"mais", connector, ""}, {"et", connector, ""}, {"donc", connector, ""},
	{"aussi", connector, ""}, {"enfin", connector, ""}, {"en effet", connector, ""},
	{"de fait", connector, ""}, {"en fait", connector, ""}, {"parallèlement", connector, ""},
	{"en parallèle", connector, ""}, {"pendant ce temps", connector, ""},
	{"dans le même temps", connector, ""}, {"d'ailleurs", connector, ""}, {"du reste", connector, ""},
	{"par conséquent", connector, ""}, {"dès lors", connector, ""}, {"certes", connector, ""},
	{"however", connector, ""}, {"also", connector, ""}, {"in addition", connector, ""},
	{"additionally", connector, ""}, {"moreover", connector, ""}, {"furthermore", connector, ""},
	{"but", connector, ""}, {"and", connector, ""}, {"still", connector, ""},
	{"nevertheless", connector, ""}, {"nonetheless", connector, ""}, {"separately", connector, ""},
	{"besides", connector, ""}, {"indeed", connector, ""}, {"in fact", connector, ""},
	{"as a result", connector, ""}, {"thus", connector, ""}, {"so", connector, ""},
	{"yet", connector, ""}, {"instead", connector, ""}, {"likewise", connector, ""},
	{"similarly", connector, ""}, {"in turn", connector, ""}, {"for its part", connector, ""},
	{"for their part", connector, ""}, {"on the other hand", connector, ""},
	{"at the same time", connector, ""},
	// Back to what the text said before: "Comme indiqué précédemment,
	// aujourd'hui vers 7 h 15, l'Azerbaïdjan a lancé…", "As reported earlier, …".
	{"comme indiqué", connector, ""}, {"comme annoncé", connector, ""}, {"comme rapporté", connector, ""},
	{"comme signalé", connector, ""}, {"comme mentionné", connector, ""}, {"comme précisé", connector, ""},
	{"comme déjà indiqué", connector, ""}, {"comme prévu", connector, ""},
	{"as reported", connector, ""}, {"as previously reported", connector, ""},
	{"as mentioned", connector, ""}, {"as noted", connector, ""}, {"as expected", connector, ""},
}

// markers are phrases that make a line furniture wherever they stand in a
// short one: "Lire aussi : …", "Read more", "Publicité".
var markers = []string{
	"lire aussi", "lire la suite", "voir aussi", "cliquez ici", "en savoir plus", "newsletter",
	"publicité", "tous droits réservés", "photo d'illustration",
	"read more", "click here", "learn more", "sign up", "advertisement", "sponsored",
	"all rights reserved", "join today", "subscribe now",
}

// entry is what the lexicon knows of one word: an id for phrase matching,
// and its families in French and in English.
type entry struct {
	id     uint16
	fr, en class
}

// lexicon maps a word, lowercase, to its entry.
var lexicon = map[string]*entry{}

// phrase is one opener or marker as a sequence of word ids; anyNumber and
// anyDate stand for "#" and "@".
type phrase struct {
	ids  []uint16
	kind kind
	lang string
}

const (
	anyNumber = 1<<16 - 1
	anyDate   = 1<<16 - 2
)

var (
	// openersByFirst holds the openers by the id of their first word,
	// longest first, so that the first to match is the longest.
	openersByFirst [][]phrase
	// markersByFirst holds the markers by the id of their first word.
	markersByFirst [][]phrase
)

// wordID returns the id of w, adding it to the lexicon if it is new.
func wordID(w string) *entry {
	e, ok := lexicon[w]
	if !ok {
		e = &entry{id: uint16(len(lexicon) + 1)}
		lexicon[w] = e
	}
	return e
}

func init() {
	for _, g := range families {
		for _, w := range strings.Fields(g.fr) {
			wordID(w).fr |= g.c
		}
		for _, w := range strings.Fields(g.en) {
			wordID(w).en |= g.c
		}
	}
	var ops, mks []phrase
	for _, o := range openers {
		p := compile(o.text)
		p.kind, p.lang = o.kind, o.lang
		ops = append(ops, p)
	}
	for _, m := range markers {
		mks = append(mks, compile(m))
	}
	for _, p := range append(ops, mks...) {
		if p.ids[0] >= anyDate {
			panic("headline: a phrase opens with a wildcard")
		}
	}
	// Indexed by id, now that every word of the phrases has one.
	openersByFirst = make([][]phrase, len(lexicon)+1)
	markersByFirst = make([][]phrase, len(lexicon)+1)
	for _, p := range ops {
		openersByFirst[p.ids[0]] = append(openersByFirst[p.ids[0]], p)
	}
	for _, p := range mks {
		markersByFirst[p.ids[0]] = append(markersByFirst[p.ids[0]], p)
	}
	for _, ps := range openersByFirst {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].ids) > len(ps[j].ids) })
	}
	// Spellings without accents, where they take no other word's place,
	// and but for words whose last vowel is "é": "note" is no "noté",
	// "tue" no "tué".
	keys := make([]string, 0, len(lexicon))
	for k := range lexicon {
		keys = append(keys, k)
	}
	sort.Strings(keys) // the same spelling wins on every run
	for _, k := range keys {
		if strings.HasSuffix(strings.TrimRight(k, "es"), "é") {
			continue
		}
		if f := fold.String(k); f != k {
			if _, taken := lexicon[f]; !taken {
				lexicon[f] = lexicon[k]
			}
		}
	}
	if len(lexicon) >= anyDate {
		panic("headline: more words than phrase ids")
	}
}

// matches reports whether the phrase p stands in t at token i.
func (t *text) matches(p phrase, i int) bool {
	if i+len(p.ids) > len(t.toks) {
		return false
	}
	for k, id := range p.ids {
		switch tk := t.toks[i+k]; id {
		case anyNumber:
			if tk.cls&number == 0 {
				return false
			}
		case anyDate:
			if tk.cls&dateWord == 0 {
				return false
			}
		default:
			if tk.id != id {
				return false
			}
		}
	}
	return true
}

// compile reads a phrase of the tables into word ids, tokenizing it as a
// sentence is, so that "d'après" is the two words a sentence gives.
func compile(s string) phrase {
	var t text
	t.read(s, "")
	var p phrase
	for i := range t.toks {
		switch w := string(t.key(i)); w {
		case "#":
			p.ids = append(p.ids, anyNumber)
		case "@":
			p.ids = append(p.ids, anyDate)
		default:
			p.ids = append(p.ids, wordID(w).id)
		}
	}
	return p
}
