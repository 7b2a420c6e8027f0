package dates

import "strings"

// tenseAt returns the tense of the statement around p: that of the nearest
// verb form or cue that tells one ("sera", "a annoncé", "prochain", "will"),
// neutral if there is none. The nearest wins so that in "il a annoncé qu'il
// se rendra à Moscou le 3 mai" the date goes with "rendra".
//
// The cue before the expression leans it: after "depuis" or "since" it is
// past, a state that began; after "à partir de", "dès", "d'ici", "from",
// "starting" it is ahead unless the verb says past.
func (m *matcher) tenseAt(p phrase) tense {
	if p.lean == past {
		return past
	}
	t := m.statedTense(p)
	if p.lean == future && (t != past || m.reportsAt(p)) {
		// "ont annoncé un couvre-feu à partir de dimanche": what a past
		// verb of saying or deciding announces is still ahead.
		return future
	}
	return t
}

// reportsAt reports whether the verb nearest p says or decides something
// that may lie ahead of it (see reports): not "ont affirmé avoir repoussé
// une attaque dès le 19 janvier".
func (m *matcher) reportsAt(p phrase) bool {
	k := m.nearestMarker(p)
	return k >= 0 && m.reports(m.markers[k].i) && !m.saysPast(m.verbOf(m.markers[k].i))
}

// statedTense is tenseAt without the lean of the cue: what the words
// around p say.
func (m *matcher) statedTense(p phrase) tense {
	m.mark()
	// Just before the expression, a deadline or a participle says it all:
	// "jusqu'au 30 juin", "d'ici le 30 juin", "annoncées mercredi",
	// "organisées, le 9 septembre", "survenus depuis".
	for k, steps := p.first-1, 0; k >= 0 && steps < 3; k, steps = k-1, steps+1 {
		t := &m.t[k]
		switch {
		case t.kind == tPunct && (t.r == ',' || isApostrophe(t)):
			continue
		case t.kind != tWord:
		case m.word(k) == wJusqu || m.word(k) == wIci || m.word(k) == wUntil:
			// "restera fermé jusqu'à dimanche": the deadline of a future
			// statement is ahead; another is the nearest such day.
			if m.markerTense(p) == future {
				return future
			}
			return nearest
		case m.lx(k).stop:
			continue
		case participle(m.s[t.s:t.e]) && !t.upper && m.lx(k).tense == neutral:
			// The participle has the tense of its auxiliary: "sera investie le
			// 15 septembre" is ahead, "a été élu le 6 mai", "publié mercredi" past.
			// "est levé samedi" is a passive present (see passive).
			for a := k - 1; a >= 0 && a >= k-3; a-- {
				if m.lx(a).tense == future {
					return future
				}
				if m.lx(a).aux && m.passive(a) {
					return m.markerTense(p)
				}
				if !adverbs[strings.ToLower(m.text(a))] && m.word(a) != wNe {
					break
				}
			}
			return past
		}
		break
	}
	return m.markerTense(p)
}

// markerTense returns the tense of the marker nearest p, neutral if none.
func (m *matcher) markerTense(p phrase) tense {
	if k := m.nearestMarker(p); k >= 0 {
		return m.markers[k].t
	}
	return neutral
}

// nearestMarker returns the index in m.markers of the marker nearest p,
// -1 if none; markers must be found. A quotation's verbs tell the tense of
// its own dates only, and the verbs outside it of the others ("« Les
// écoles resteront fermées jusqu'à mercredi », a précisé le maire"). A
// verb of saying set off by a comma after the date reports the statement
// and does not tell its tense: "will begin on Saturday, the government
// said", "commencera lundi, a précisé le ministre".
func (m *matcher) nearestMarker(p phrase) int {
	q := m.inside(p)
	best, bestD := -1, len(m.t)+1
	for k, mk := range m.markers {
		if m.quotes && m.t[mk.i].quoted != q {
			continue
		}
		var d int
		switch {
		case mk.i < p.first:
			d = p.first - mk.i
		case mk.i >= p.end:
			d = mk.i - p.end + 1
			if d < bestD && m.reportedAfter(p.end, mk.i) {
				continue
			}
		default:
			continue // "prochain" in "lundi prochain" is the phrase's own
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// reportedAfter reports whether the marker at i, after a date that ends
// at end, is a verb of saying set off from it by a comma, in an incise:
// right after the comma in French (", a précisé le ministre", ", ont
// indiqué les autorités"), or closing the sentence after its subject in
// English (", the government said on Thursday."). "Dans la soirée, un
// cessez-le-feu a été annoncé" reports no statement: its verb is its own.
func (m *matcher) reportedAfter(end, i int) bool {
	c := -1
	for k := end; k < i; k++ {
		if m.punct(k, ',') {
			c = k
		}
	}
	if c < 0 {
		return false
	}
	if m.lx(i).aux {
		// French: the verb first, its subject after; not a verb whose
		// subject stands before the comma ("Ararat Mirzoyan, a affirmé
		// avoir repoussé")
		return i == c+1 && m.reports(i) && !m.saysPast(m.verbOf(i))
	}
	for k := i + 1; k <= i+4; k++ {
		if t := m.tok(k); t == nil || t.kind == tPunct && (t.r == '.' || t.r == ',') {
			return m.reports(i) // English: "the government said on Thursday."
		}
	}
	return false
}

// perfective reports whether the verb of p is a compound past, which
// tells one event: "a capitulé le mercredi", "avaient capitulé". The
// imperfect tells a habit: "se réunissaient le mercredi".
func (m *matcher) perfective(p phrase) bool {
	if m.tenseAt(p) != past {
		return false
	}
	for k := p.first - 1; k >= 0 && k >= p.first-3; k-- {
		t := &m.t[k]
		if t.kind == tWord && !m.lx(k).stop {
			if participle(strings.ToLower(m.text(k))) && !t.upper {
				return true // "capitulé le mercredi"
			}
			break
		}
	}
	k := m.nearestMarker(p)
	return k >= 0 && m.participleAfter(m.markers[k].i+1)
}

// mark finds the markers of the sentence, once.
func (m *matcher) mark() {
	if m.markDone {
		return
	}
	if m.markers == nil {
		// Room for the markers of most sentences, once a document
		// rather than growing it from nothing.
		m.markers = make([]marker, 0, 16)
	}
	m.markers = m.findMarkers(m.markers[:0])
	m.markDone = true
}

// findMarkers lists the tokens of the sentence that tell a tense.
func (m *matcher) findMarkers(out []marker) []marker {
	for i := range m.t {
		t := &m.t[i]
		if t.kind != tWord {
			continue
		}
		if t.lex() != nil {
			switch {
			case t.lex().w == wA && (t.upper || m.word(i-1) == wY):
				continue // "A 20 h" (à), "il y a des victimes" (present)
			case t.lex().aux:
				if m.participleAfter(i+1) && !m.passive(i) {
					out = append(out, marker{i, past})
				}
				continue
			case t.lex().tense != neutral:
				if t.lex().tense == past && t.lex().en && copulas[strings.ToLower(m.text(i-1))] {
					continue // "will be held", "is made": a passive, not a past
				}
				if t.lex().tense == future && strings.EqualFold(m.text(i-1), "avoir") {
					continue // "affirmé avoir repoussé une attaque": a past, not "repoussé au 5 mai"
				}
				out = append(out, marker{i, t.lex().tense})
				continue
			}
			if t.lex().stop {
				continue
			}
		}
		if t.upper {
			continue // "Ankara", "Sahara": names, not verbs
		}
		if m.word(i+1) == wTo && intent[m.s[t.s:t.e]] {
			out = append(out, marker{i, future}) // "plans to", "intends to"
			continue
		}
		if tn := verbTense(m.s[t.s:t.e]); tn != neutral {
			if tn == past && copulas[strings.ToLower(m.text(i-1))] {
				continue // "is closed", "will stay closed": a state, not a past
			}
			out = append(out, marker{i, tn})
		}
	}
	return out
}

// verbTense guesses the tense of a lowercase word from its ending: the French
// simple future ("lancera", "reprendront", "finirons"), the French imperfect
// ("affirmait", "tenaient") and the English past ("attacked"). The
// conditional ("arrêterait") reports and dates nothing.
func verbTense(w string) tense {
	t := tenseOfEnding(w)
	if t != neutral && (notFuture[w] || notPast[w]) {
		return neutral
	}
	return t
}

// tenseOfEnding is verbTense without its exceptions: most words end in none
// of its endings, which the last byte tells before any suffix is compared.
func tenseOfEnding(w string) tense {
	if len(w) < 5 || strings.IndexByte("atszid", w[len(w)-1]) < 0 {
		return neutral
	}
	switch {
	case endsWith(w, 5, "era", "ira", "dra", "ura", "rra"),
		endsWith(w, 6, "ront", "erons", "irons", "erez", "irez", "erai", "irai"):
		return future
	case endsWith(w, 5, "rait", "raient"):
		// "arrêterait", "pourrait", "prendrait": the conditional; but the
		// imperfect of a verb in -rer: "déclarait", "durait", "expirait".
		if endsWith(w, 6, "arait", "araient", "orait", "oraient", "érait", "éraient", "urait", "uraient") &&
			!endsWith(w, 6, "aurait", "auraient") || imperfectR[w] {
			return past
		}
		return neutral
	case endsWith(w, 5, "ait", "aient", "ed"):
		return past
	}
	return neutral
}

// endsWith reports whether w, of min bytes at least, ends with one of ends.
func endsWith(w string, min int, ends ...string) bool {
	if len(w) < min {
		return false
	}
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// passive reports whether the present of être at i, before a participle,
// is a passive or a state, not a compound past: "le couvre-feu est levé",
// "les inscriptions sont ouvertes". Être makes the compound past of a
// reflexive verb ("s'est rendu", "se sont retirés") and of a short list of
// verbs of movement and change ("est arrivé", "sont morts"); with any other
// verb it says the present.
func (m *matcher) passive(i int) bool {
	if !anyFold(m.text(i), "est", "sont", "suis", "sommes", "êtes") {
		return false // "a levé", "ont ouvert"
	}
	if r := m.tok(i - 1); r != nil && isApostrophe(r) && anyFold(m.text(i-2), "s", "m", "t") {
		return false // "s'est rendu"
	}
	if anyFold(m.text(i-1), "se", "me", "te") {
		return false // "se sont retirés"
	}
	for k := i + 1; k < i+4 && k < len(m.t); k++ {
		w := m.text(k)
		if m.t[k].upper {
			w = strings.ToLower(w)
		}
		if adverbs[w] {
			continue
		}
		w = strings.TrimSuffix(w, "s")
		if w != "mort" && w != "né" {
			w = strings.TrimSuffix(w, "e")
		}
		return !movement[w]
	}
	return false
}

// movement holds the participles that take être in the compound past
// (masculine singular; "arrivées" is looked up as "arrivé").
var movement = wordSet(`allé arrivé venu revenu devenu parvenu intervenu survenu entré rentré sorti
	parti reparti resté retourné monté remonté descendu redescendu tombé retombé né mort décédé
	passé repassé apparu disparu`)

// participleAfter reports whether a past participle follows an auxiliary at
// k, perhaps after a negation or an adverb: "a annoncé", "n'a pas été",
// "ont déjà tiré", but not "ont rendez-vous", "a lieu", "ont 16 victimes".
func (m *matcher) participleAfter(k int) bool {
	for n := 0; n < 3; n, k = n+1, k+1 {
		t := m.tok(k)
		if t == nil || t.kind != tWord {
			return false
		}
		w := strings.ToLower(m.s[t.s:t.e])
		if adverbs[w] {
			continue
		}
		return participle(w) || m.lx(k).tense == future // "est prévu"
	}
	return false
}

// participle reports whether w has the shape of a French past participle:
// "annoncé", "lancées", "survenus", "élu", "pris", "fait".
func participle(w string) bool {
	if notParticiple[w] {
		return false
	}
	if irregularParticiples[w] {
		return true
	}
	for _, end := range []string{"é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies"} {
		if strings.HasSuffix(w, end) && len(w) >= len(end)+2 {
			switch {
			case end[0] == 'u' && (strings.HasSuffix(w, "eu"+end[1:]) || strings.HasSuffix(w, "ou"+end[1:]) || strings.HasSuffix(w, "au"+end[1:])):
				return false // "lieu", "bijou", "bateau"
			case end[0] == 'i' && len(w) < 5:
				return false // "ici", "lui", "qui", "pays"
			}
			return true
		}
	}
	return false
}

var (
	adverbs              = wordSet(`pas plus jamais déjà encore bien aussi toujours rien guère point ensuite alors également notamment finalement enfin longtemps souvent été`)
	irregularParticiples = wordSet(`fait faits faite faites dit dite dits dites écrit écrite écrits écrites mort morte morts
		mis mise mises pris prise prises été eu pu dû vu lu élu ouvert ouverte ouverts ouvertes rouvert rouverte
		offert offerte couvert couverte souffert découvert découverte détruit détruite détruits détruites
		construit construite construits construites conduit conduite conduits réduit réduite réduits
		introduit traduit inscrit inscrite décrit décrite atteint atteinte atteints craint peint éteint
		rejoint rejointe contraint contrainte contraints restreint joint`)
	notParticiple = wordSet(`lieu lui qui ici aussi ainsi parmi depuis puis hui mardi lundi mercredi jeudi vendredi samedi midi minuit armée année journée soirée matinée entrée arrivée rentrée durée idée musée lycée vallée pensée allée fusée assemblée traversée comité côté société sécurité liberté université député marché café été moitié santé cité volonté quantité majorité autorité unité communauté identité activité réalité priorité beauté qualité vérité difficulté propriété variété clé pied nez menu revenu tissu individu début statut salut but début`)
)

// intent holds the English words that announce what follows "to": "plans
// to", "intends to". Alone they may be nouns, and "plan" and "planning" are
// French nouns too ("sur le plan militaire"), so they are not future forms
// in the lexicon.
var intent = wordSet(`plan plans planning intend intends aim aims hope hopes going`)

// imperfectR holds imperfects in -rait that read as conditionals: the
// verbs in -irer, -trer, -vrer.
var imperfectR = wordSet(`expirait expiraient tirait tiraient retirait retiraient attirait
	entrait entraient rentrait rentraient montrait montraient rencontrait rencontraient
	ouvrait ouvraient couvrait couvraient livrait livraient`)

// copulas hold the English verbs after which a word in -ed is a passive
// or an adjective, not a past: "the border is closed", "will remain sealed".
var copulas = wordSet(`is are am be being stay stays remain remains become becomes get gets`)

// notFuture and notPast hold the words whose endings mislead verbTense.
var (
	notFuture = wordSet(`sierra affront environs lira tiara extra ultra contra mantra cobra
		zebra opera camera chimera era`)
	notPast = wordSet(`souhait parfait imparfait forfait bienfait méfait hundred indeed
		need speed breed embed proceed exceed succeed seed feed bleed`)
)

func wordSet(list string) map[string]bool {
	s := map[string]bool{}
	for _, w := range strings.Fields(list) {
		s[w] = true
	}
	return s
}
