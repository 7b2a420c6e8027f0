package corpus

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// gen writes one article. Every choice comes from r, so the article
// depends only on the seed and its index.
type gen struct {
	r     *rand.Rand
	i     int       // the article's index in the corpus
	pub   time.Time // publication day
	story time.Time // the day the article mostly reports: publication or a day or two before
	lang  string
	exprs []Expr
	used  map[string]bool // filler sentences already written
}

func newGen(r *rand.Rand, i int) *gen { return &gen{r: r, i: i} }

// pick returns one of the options.
func (g *gen) pick(options ...string) string { return options[g.r.IntN(len(options))] }

func (g *gen) pickFrom(list []string) string { return list[g.r.IntN(len(list))] }

// sentence is one generated sentence with the expressions it holds.
type sentence struct {
	text  string
	exprs []Expr
}

// article writes the whole file.
func (g *gen) article() Article {
	g.pub = g.published()
	g.lang = "fr"
	if g.r.IntN(100) < 8 {
		g.lang = "en"
	}
	g.story = g.pub.AddDate(0, 0, -[]int{0, 0, 0, 1, 1, 2}[g.r.IntN(6)])
	o := g.outlet()
	title := g.title()

	var b strings.Builder
	b.Grow(5 << 10)
	g.frontMatter(&b, title, o)
	top, bottom := g.frame(title, o)
	all := g.text(b.Len(), top, bottom)
	g.body(&b, top, all, bottom)
	name := fmt.Sprintf("%s-%s-%05d.md", g.pub.Format("2006-01-02"), g.slug(title), g.i)
	return Article{Name: name, Data: []byte(b.String()), Published: g.pub, Language: g.lang, Exprs: g.exprs}
}

// frame draws the furniture lines a scraped page puts around the text:
// above it a share bar, the headline again, a section, a credit; below it
// a paywall notice, links, a widget.
func (g *gen) frame(title string, o outlet) (top, bottom []string) {
	if g.r.IntN(2) == 0 {
		top = append(top, g.furniture(furnitureTop))
	}
	if g.r.IntN(3) == 0 {
		top = append(top, title)
	}
	if g.r.IntN(3) == 0 && o.name != "" {
		section := g.pick("Monde", "International", "Europe", "Caucase")
		if g.lang == "en" {
			section = g.pick("World", "Europe", "Caucasus")
		}
		top = append(top, section+" - "+o.name)
	}
	if g.r.IntN(3) == 0 {
		top = append(top, g.furniture(credits))
	}
	if g.r.IntN(4) == 0 && g.lang == "fr" {
		bottom = append(bottom, fmt.Sprintf(g.pickFrom(paywalls), 20+g.r.IntN(70)))
	}
	for range g.r.IntN(4) {
		bottom = append(bottom, g.furniture(furnitureBottom))
	}
	if g.r.IntN(3) == 0 {
		bottom = append(bottom, g.pickFrom(widgets))
	}
	return top, bottom
}

// text draws the sentences of the text: 20 to 30 expressions, then
// sentences without a date, spread among them, to bring the file to about
// 4 KB. The file's front matter is header bytes long, and top and bottom
// are its furniture lines.
func (g *gen) text(header int, top, bottom []string) []sentence {
	want := 20 + g.r.IntN(11)
	var dated []sentence
	n := 0
	if g.r.IntN(10) < 3 {
		d := g.dateline()
		s := g.eventSentence(expr{}, false, "")
		s.text = d.Text + " " + s.text
		s.exprs = append([]Expr{d.Expr}, s.exprs...)
		dated = append(dated, s)
		n += len(s.exprs)
	}
	for n < want {
		s := g.dated(want - n)
		dated = append(dated, s)
		n += len(s.exprs)
	}
	size := header
	for _, l := range top {
		size += len(l) + 2
	}
	for _, l := range bottom {
		size += len(l) + 2
	}
	for _, s := range dated {
		size += len(s.text) + 1
	}
	target := 3700 + g.r.IntN(700)
	var fillers []sentence
	for size < target {
		s := g.filler()
		fillers = append(fillers, s)
		size += len(s.text) + 1
	}
	// Spread the fillers among the dated sentences, never before the first.
	all := make([]sentence, 0, len(dated)+len(fillers))
	for k, s := range dated {
		all = append(all, s)
		for len(fillers) > 0 && (k == len(dated)-1 || g.r.IntN(len(dated)) < len(fillers)) {
			all = append(all, fillers[0])
			fillers = fillers[1:]
		}
	}
	return all
}

// body writes the text after the front matter: the furniture lines top
// and bottom around the sentences, in paragraphs of one to four, and notes
// the expressions written.
func (g *gen) body(b *strings.Builder, top []string, all []sentence, bottom []string) {
	for _, l := range top {
		b.WriteString(l)
		b.WriteString("\n\n")
	}
	para := 0
	limit := 1 + g.r.IntN(4)
	for k, s := range all {
		g.exprs = append(g.exprs, s.exprs...)
		b.WriteString(s.text)
		para++
		if k == len(all)-1 {
			b.WriteString("\n")
			break
		}
		if para < limit {
			b.WriteByte(' ')
			continue
		}
		// Scraped pages put one paragraph on a line, with or without a
		// blank line between; some carry a furniture line between two.
		b.WriteString(g.pick("\n\n", "\n\n", "\n"))
		if g.r.IntN(12) == 0 {
			b.WriteString(g.furniture(furnitureMiddle))
			b.WriteString("\n\n")
		}
		para, limit = 0, 1+g.r.IntN(4)
	}
	for _, l := range bottom {
		b.WriteString("\n")
		b.WriteString(l)
		b.WriteString("\n")
	}
}

func (g *gen) outlet() outlet {
	for {
		o := outlets[g.r.IntN(len(outlets))]
		if o.lang == g.lang {
			return o
		}
	}
}

// furniture returns a furniture line; English pages have their own.
func (g *gen) furniture(list []string) string {
	if g.lang == "en" {
		return g.pickFrom(furnitureEN)
	}
	return g.pickFrom(list)
}

// dated returns a sentence with one expression, or two when the budget
// allows: a clock time after a day, or a clause recalling the past.
func (g *gen) dated(budget int) sentence {
	e := g.expression(g.drawKind())
	switch e.Kind {
	case MonthYear, Year, Decade, Season:
		return g.historySentence(e)
	case Duration:
		if strings.HasPrefix(e.Text, "depuis") {
			return g.historySentence(e)
		}
	}
	// "hier soir vers 7 h 15" would contradict itself: a clock time
	// follows a day without a part of the day.
	clock := budget > 1 && g.r.IntN(4) == 0 && !partOfDay(e.Text) &&
		(e.Kind == RelDay || e.Kind == Weekday || e.Kind == DayMonth || e.Kind == FullDate)
	if e.future {
		return g.futureSentence(e)
	}
	var tail string
	var more []Expr
	if budget > 1+btoi(clock) && g.r.IntN(6) == 0 {
		h := g.expression([]Kind{Year, MonthYear, Duration}[g.r.IntN(3)])
		if strings.HasPrefix(h.Text, "depuis") || strings.HasPrefix(h.Text, "since") {
			tail, more = g.tail(h.Text), []Expr{h.Expr}
		}
	}
	s := g.eventSentence(e, clock, tail)
	s.exprs = append(s.exprs, more...)
	return s
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// eventSentence reports what happened on a day, with tail, a clause, at its
// end. A zero e writes it without a date (after a dateline).
func (g *gen) eventSentence(e expr, clock bool, tail string) sentence {
	s := sentence{}
	when := e.Text
	if e.Text != "" {
		s.exprs = append(s.exprs, e.Expr)
	}
	if clock {
		c := g.expression(Clock)
		when += " " + c.Text
		s.exprs = append(s.exprs, c.Expr)
	}
	if g.lang == "en" {
		subj, pred := g.pickFrom(subjectsEN), g.pickFrom(predicatesEN)
		switch {
		case when == "":
			s.text = fmt.Sprintf("%s %s%s.", subj, pred, g.attribution()+tail)
		case e.Kind == ISO || g.r.IntN(2) == 0:
			s.text = fmt.Sprintf("%s %s %s%s.", subj, pred, when, g.attribution()+tail)
		default:
			s.text = fmt.Sprintf("%s, %s %s%s.", when, subj, pred, g.attribution()+tail)
		}
		s.text = g.finish(s.text)
		return s
	}
	plural := g.r.IntN(2) == 0
	subj := g.subject(plural)
	pred := g.predicate(predicatesFR, plural)
	switch {
	case when == "":
		s.text = fmt.Sprintf("%s %s%s.", subj, pred, g.attribution()+tail)
	case e.Kind == Anaphor || (e.Kind != ISO && g.r.IntN(5) < 2):
		s.text = fmt.Sprintf("%s, %s %s%s.", when, subj, pred, g.attribution()+tail)
	default:
		s.text = fmt.Sprintf("%s %s %s%s.", subj, pred, when, g.attribution()+tail)
	}
	s.text = g.finish(s.text)
	return s
}

// futureSentence announces what is to come: "demain", "le 1er janvier 2024".
func (g *gen) futureSentence(e expr) sentence {
	var text string
	if g.lang == "en" {
		text = fmt.Sprintf("%s %s %s.", g.pickFrom(subjectsEN), g.pickFrom(futureEN), e.Text)
	} else {
		plural := g.r.IntN(2) == 0
		text = fmt.Sprintf("%s %s %s%s.", g.subject(plural), g.predicate(futureFR, plural), e.Text, g.attribution())
	}
	return sentence{text: g.finish(text), exprs: []Expr{e.Expr}}
}

// historySentence recalls the conflict's past ("en mai 1994") or how long
// a situation has lasted ("depuis neuf mois").
func (g *gen) historySentence(e expr) sentence {
	var text string
	since := strings.HasPrefix(e.Text, "depuis") || strings.HasPrefix(e.Text, "since")
	frames := map[bool][]string{false: pastFR, true: sinceFR}[since]
	if g.lang == "en" {
		frames = map[bool][]string{false: pastEN, true: sinceEN}[since]
	}
	text = strings.Replace(g.pickFrom(frames), "{D}", e.Text, 1)
	return sentence{text: g.finish(text), exprs: []Expr{e.Expr}}
}

// tail is a clause that recalls how long a situation has lasted.
func (g *gen) tail(when string) string {
	if g.lang == "en" {
		return ", a situation unchanged " + when
	}
	return g.pick(", alors que le corridor de Latchine est bloqué ", ", une première ", ", alors que les négociations sont au point mort ",
		", dans une région sous tension ") + when
}

// filler is a sentence without a date, often with a number that is not one.
func (g *gen) filler() sentence {
	if g.lang == "en" {
		return sentence{text: g.finish(g.fresh(fillersEN))}
	}
	if g.r.IntN(3) == 0 {
		plural := g.r.IntN(2) == 0
		return sentence{text: g.finish(fmt.Sprintf("%s %s%s.", g.subject(plural), g.predicate(predicatesFR, plural), g.attribution()))}
	}
	return sentence{text: g.finish(g.fresh(fillersFR))}
}

// fresh picks a sentence the article has not used yet, while there is one.
func (g *gen) fresh(list []string) string {
	for range 8 {
		s := g.pickFrom(list)
		if !g.used[s] {
			if g.used == nil {
				g.used = map[string]bool{}
			}
			g.used[s] = true
			return s
		}
	}
	return g.pickFrom(list)
}

func (g *gen) subject(plural bool) string {
	if plural {
		return g.pickFrom(pluralFR)
	}
	return g.pickFrom(singularFR)
}

// predicate picks a verb phrase in its singular or plural form.
func (g *gen) predicate(list []string, plural bool) string {
	sing, plur, _ := strings.Cut(g.pickFrom(list), "|")
	if plural {
		return plur
	}
	return sing
}

func (g *gen) attribution() string {
	if g.r.IntN(3) > 0 {
		return ""
	}
	if g.lang == "en" {
		return g.pickFrom(attributionsEN)
	}
	return g.pickFrom(attributionsFR)
}

// partOfDay reports whether an expression names a part of the day.
func partOfDay(s string) bool {
	for _, p := range []string{"matin", "soir", "midi", "nuit", "journée", "matinée", "morning", "night", "afternoon", "evening"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// elision writes "de" as French does before a vowel: "d'Agdam", "d'un".
var elision = regexp.MustCompile(`(^|[ (])([Dd])e ([AEIOUÉaeiouéh])`)

// finish fills the slots of a sentence, fixes its punctuation and
// capitalizes it.
func (g *gen) finish(s string) string {
	s = g.fill(s)
	s = strings.ReplaceAll(s, ",,", ",")
	s = strings.ReplaceAll(s, ", ,", ",")
	s = strings.ReplaceAll(s, ",.", ".")
	s = strings.ReplaceAll(s, "..", ".")
	if g.lang == "fr" {
		s = elision.ReplaceAllString(s, "$1$2'$3")
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// fill replaces each {slot} of s by a word drawn for it.
func (g *gen) fill(s string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		b.WriteString(g.fill(g.slot(s[i+1 : i+j])))
		s = s[i+j+1:]
	}
}

func (g *gen) slot(name string) string {
	switch name {
	case "town":
		return g.pickFrom(towns)
	case "capital":
		if g.lang == "en" {
			return g.pickFrom(capitalsEN)
		}
		return g.pickFrom(capitals)
	case "population":
		return g.pick("plus de 120\u00a0000 habitants", "près de 50\u00a0000 personnes", "quelque 3\u00a0000 familles")
	case "target":
		return g.pickFrom(targetsFR)
	case "count":
		if g.lang == "en" {
			return g.pickFrom(distractorsEN)
		}
		return g.pickFrom(victimsFR)
	case "weapon":
		if g.lang == "en" {
			return g.pickFrom(weaponsEN)
		}
		return g.pickFrom(weaponsFR)
	case "person":
		return g.pickFrom(persons)
	case "quote":
		return g.pickFrom(quotesFR)
	}
	return name
}

// title writes a headline.
func (g *gen) title() string {
	if g.lang == "en" {
		return g.finish(g.pick("Azerbaijan", "Armenia", "Baku", "Yerevan", "Russia") + " " + g.pickFrom(headlinesEN))
	}
	t := g.pick("Bakou", "Erevan", "L'Azerbaïdjan", "L'Arménie", "Moscou", "L'ONU", "Le CICR", "Nikol Pachinian", "Ilham Aliev") +
		" " + g.pickFrom(headlinesFR)
	switch g.r.IntN(4) {
	case 0:
		t = g.pick("Haut-Karabakh", "Caucase", "Arménie-Azerbaïdjan", "Karabakh") + " : " + t
	case 1:
		t += " : " + g.pickFrom(victimsFR)
	}
	return g.finish(t)
}

var headlinesFR = []string{
	"annonce la prise de {town}", "accuse {capital} de violer le cessez-le-feu",
	"dénonce des bombardements sur {town}", "ferme le corridor de Latchine",
	"évacue des civils de {town}", "appelle à la reprise des négociations",
	"lance une offensive près de {town}", "affirme avoir détruit des positions arméniennes",
	"réclame une mission d'observation à {town}", "s'inquiète du sort des civils de {town}",
	"rejette les accusations de {capital}", "promet de rouvrir la route de Latchine",
}

var headlinesEN = []string{
	"says it captured {town}", "accuses {capital} of breaking the ceasefire", "reports shelling of {town}",
	"calls for talks to resume", "evacuates civilians from {town}", "closes the Lachin corridor",
}

var persons = []string{
	"Nikol Pachinian", "Ilham Aliev", "Hikmet Hajiyev", "Sergueï Lavrov", "Charles Michel", "Antony Blinken",
	"Arayik Haroutiounian", "Samvel Chahramanian", "Anna Naghdalyan", "Zakir Hasanov", "Recep Tayyip Erdoğan",
	"Emmanuel Macron", "Josep Borrell", "Ararat Mirzoyan", "Jeyhun Bayramov", "Artur Sargsyan",
}

var quotesFR = []string{
	"Nous ne céderons pas un mètre de notre terre", "L'action militaire doit cesser, d'urgence",
	"La population civile est prise pour cible", "Nous appelons les parties à cesser immédiatement le feu",
	"Le Karabakh, c'est l'Azerbaïdjan", "Il n'y a plus de pain ni de carburant à {town}",
	"Nous sommes tous unis derrière notre armée", "Un retour immédiat aux négociations est la seule voie",
	"Les forces de maintien de la paix n'ont pas rempli leur mission",
}

// predicatesFR are verb phrases in the compound past, "singular|plural".
var predicatesFR = []string{
	"a bombardé {target}|ont bombardé {target}",
	"a lancé une offensive contre {target}|ont lancé une offensive contre {target}",
	"a annoncé la prise de {town}|ont annoncé la prise de {town}",
	"a évacué plus de 2\u00a0000 civils de {town}|ont évacué des centaines de civils de {town}",
	"a signé un accord de cessez-le-feu|ont signé un accord de cessez-le-feu",
	"a fermé le corridor de Latchine|ont fermé le corridor de Latchine",
	"a rejeté les accusations de {capital}|ont rejeté les accusations de {capital}",
	"a appelé à la reprise des négociations|ont appelé à la reprise des négociations",
	"a accusé {capital} de violer le cessez-le-feu|ont accusé {capital} de violer le cessez-le-feu",
	"a fait état de {count}|ont fait état de {count}",
	"a détruit {weapon}|ont détruit {weapon}",
	"a ouvert le feu sur {target}|ont ouvert le feu sur {target}",
	"a rencontré des représentants arméniens à {town}|ont rencontré des représentants arméniens à {town}",
	"a quitté {town}|ont quitté {town} en direction de Goris",
	"a déployé des troupes le long de la ligne de contact|ont déployé des troupes le long de la ligne de contact",
	"a reçu un convoi humanitaire à {town}|ont reçu un convoi humanitaire à {town}",
	"a dénoncé une « provocation » près de {town}|ont dénoncé une « provocation » près de {town}",
	"a pris le contrôle des hauteurs autour de {town}|ont pris le contrôle des hauteurs autour de {town}",
	"a installé un poste de contrôle sur la route de Latchine|ont installé un poste de contrôle sur la route de Latchine",
	"a publié un communiqué sur la situation à {town}|ont publié des images des frappes sur {town}",
	"a abattu un drone au-dessus de {town}|ont abattu {weapon}",
	"a affirmé avoir repoussé une attaque près de {town}|ont affirmé avoir repoussé une attaque près de {town}",
	"a fait savoir que {count} avaient été touchés|ont recensé {count}",
	"a demandé une réunion d'urgence du Conseil de sécurité|ont demandé une réunion d'urgence du Conseil de sécurité",
}

// futureFR are verb phrases in the future, "singular|plural".
var futureFR = []string{
	"doit se rendre à {capital}|doivent se rendre à {capital}",
	"tiendra une réunion à {capital}|tiendront une réunion à {capital}",
	"rouvrira la route de Latchine|rouvriront la route de Latchine",
	"présentera un plan de paix|présenteront un plan de paix",
	"cessera d'exister|cesseront d'exister",
	"sera reçu à {capital}|seront reçus à {capital}",
}

// pastFR recall a moment of the conflict's past; {D} is the expression:
// "en mai 1994", "dans les années 1990", "il y a deux ans".
var pastFR = []string{
	"Le conflit a fait {count} {D}.",
	"{D}, les Arméniens du Haut-Karabakh avaient proclamé leur indépendance.",
	"{D}, les deux pays s'étaient déjà affrontés près de {town}.",
	"{D}, {person} avait promis de « rétablir l'intégrité territoriale » du pays.",
	"La ville de {town} avait été détruite {D}.",
	"Comme {D}, les affrontements ont fait {count}.",
	"« {quote} », avait lancé {person} {D}.",
	"Un premier accord avait été signé à {capital} {D}.",
}

// sinceFR say how long a situation has lasted: "depuis 2016", "depuis neuf mois".
var sinceFR = []string{
	"Le corridor de Latchine, seule route vers l'Arménie, est bloqué {D}.",
	"Un cessez-le-feu est en vigueur {D}, mais aucun traité de paix n'a été signé.",
	"La région échappe au contrôle de Bakou {D}.",
	"Les négociations du groupe de Minsk piétinent {D}.",
	"Les habitants de {town} manquent de nourriture et de médicaments {D}.",
	"Le conflit a fait {count} {D}.",
	"Des soldats russes sont déployés à {town} {D}.",
}

// fillersFR are sentences without a date.
var fillersFR = []string{
	"Le bilan fait état de {count}, selon un décompte provisoire.",
	"Parmi les victimes figure {count}.",
	"La situation humanitaire reste très préoccupante à {town}, où vivent {population}.",
	"« {quote} », a déclaré {person}.",
	"« {quote} », a écrit {person} sur X.",
	"Les images diffusées montrent {weapon} touchés par les frappes.",
	"Aucun pays ne reconnaît les autorités séparatistes du Haut-Karabakh, pas même Erevan.",
	"Le texte rappelle la résolution 2231 et appelle au respect du droit international.",
	"Les forces russes de maintien de la paix, environ 2\u00a0000 soldats, sont déployées le long de la route M-12.",
	"Selon {person}, la route reliant {town} à Goris reste coupée.",
	"La Turquie a réaffirmé son plein soutien à Bakou.",
	"La France a appelé les parties à la retenue.",
	"Le ministère a diffusé une vidéo montrant {weapon} près de {town}, à 15 km de la frontière.",
	"L'enclave, peuplée majoritairement d'Arméniens, compte {population}.",
	"Les deux anciennes républiques soviétiques du Caucase se disputent la région.",
	"Des témoins décrivent des files de voitures sur la route de {town}.",
}

var subjectsEN = []string{
	"Azerbaijani forces", "Armenian troops", "Russian peacekeepers", "ethnic Armenian authorities",
	"Azerbaijan's defence ministry", "the Armenian government", "residents of {town}", "the ICRC",
	"Armenia's prime minister, Nikol Pashinyan,", "EU monitors", "the Kremlin", "separatist officials",
}

var predicatesEN = []string{
	"shelled positions near {town}", "launched an offensive towards {town}", "reported {count}",
	"evacuated civilians from {town}", "closed the road to {town}", "signed a ceasefire agreement",
	"accused {capital} of violating the truce", "shot down a drone over {town}", "called for talks to resume",
	"destroyed {weapon}", "set up a checkpoint on the Lachin road", "denied reports of fighting near {town}",
	"received a humanitarian convoy in {town}", "took control of the heights around {town}",
}

var futureEN = []string{"will meet in {capital}", "are expected to reopen the Lachin corridor", "will travel to {capital}"}

var pastEN = []string{
	"The conflict killed {count} {D}.", "{D}, ethnic Armenians declared independence from Baku.",
	"{D}, the two countries fought near {town}.", "A first agreement was signed in {capital} {D}.",
}

var sinceEN = []string{
	"The Lachin corridor has been blocked {D}.", "A ceasefire has held {D}, but no peace treaty was signed.",
	"Talks mediated by the OSCE Minsk Group have stalled {D}.",
}

var fillersEN = []string{
	"The death toll stands at {count}, according to a provisional count.",
	"No country recognises the breakaway authorities, not even Yerevan.",
	"Turkey reaffirmed its full support for Baku.", "France called on both sides to show restraint.",
	"Witnesses described long lines of cars on the road to {town}.",
	"The humanitarian situation in {town} remains dire.",
	"The enclave is home to some 120,000 ethnic Armenians.",
	"Footage released by the ministry showed {weapon} near {town}.",
	"Among the dead was a 61-year-old man, his relatives said.",
	"The statement cited resolution 2231 and called for international law to be respected.",
	"About 2,000 Russian peacekeepers are deployed along the M-12 road.",
	"Both former Soviet republics claim the mountainous region.",
	"Aid agencies said food and fuel were running short in {town}.",
	"The United States and the European Union urged an immediate ceasefire.",
}
