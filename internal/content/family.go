package content

import (
	"bytes"
	"math/bits"
	"strings"
)

// agencyNames are the news agencies that head datelines ("EREVAN (AFP)
// —"), sign dispatches ("(Avec AFP)") and credit photos ("Karen Minasyan
// / AFP"), folded. An editor adds one here when its name is left in the text.
const agencyNames = `afp france-presse reuters ap tass ria novosti anadolu aa xinhua armenpress apa
	trend azertac interfax dpa efe ansa belga ats bloomberg upi kyodo yonhap`

var agencies = wordSet(agencyNames)

// A family is a kind of furniture line made of the words of one small
// vocabulary and of nothing else, in any order and number. A share bar
// lists whatever platforms the page offers ("Facebook X WhatsApp Telegram
// LinkedIn E-mail Copier le lien"), which no list of whole lines holds;
// every one of its words is a platform's or sharing's. A line is of a
// family when each of its words is the family's and one at least is a
// core word: "le lien" alone says nothing.
type family struct {
	reason string
	core   string // the words that say what the line is
	filler string // the words that may stand beside them
}

// families are the kinds of furniture line one vocabulary makes, each with
// the lines it exists for.
var families = []family{
	// "Facebook X WhatsApp Telegram LinkedIn E-mail Copier le lien", "Partager : Facebook Twitter",
	// "Share on Facebook Share on X Share by e-mail", "Suivez-nous sur Facebook", "Click here
	// to share on social media".
	{DropShare, `facebook twitter x whatsapp telegram linkedin messenger reddit pinterest vk viber flipboard
		bluesky threads mastodon tumblr instagram youtube partager partagez share tweet tweeter copier copy`,
		`sur on via par by le la les l lien link cet cette this article page the et and ou or e-mail email
		mail sms imprimer print envoyer send suivez-nous suivez follow us nous click here cliquez ici to
		social media reseaux sociaux pour for`},
	// "Votre publicité ici", "Advertisements", "Contenu sponsorisé", "La suite après cette
	// publicité", "Story continues below advertisement".
	{DropFurniture, `publicite publicites pub advertisement advertisements advertising ad ads sponsored
		sponsorise sponsorisee sponsorises annonce annonces promoted`,
		`votre your ici here contenu content la le l suite apres cette cet article below continues
		continue story reading partenaire partner partenaires par by de du des en et and the this a un
		une lire`},
	// "Quitter la version mobile", "Aller au contenu", "Skip to main content", "Toggle navigation",
	// "Écouter cet article", "Listen to this article", "Écouter plus tard": the page's widgets.
	{DropFurniture, `contenu content menu navigation version mobile recherche rechercher search accueil
		home sommaire ecouter ecoutez listen audio`,
		`aller au a la le l du de des quitter skip to passer toggle open ouvrir fermer close exit retour
		back go the afficher show masquer hide principal main site page vers haut top cet cette this
		article plus tard later`},
	// "(Avec AFP)", "—AFP", "Avec AFP et Reuters", "Le Monde avec AFP" (the outlet's name is
	// set aside first), "Agence France-Presse", "Source : agences": the agencies the text is
	// taken from, signing off.
	{DropByline, agencyNames + ` agence agences agency agencies`,
		`avec with et and par by source sources staff redaction la le l from news presse`},
}

// familyWords holds, for each word of a family, the families that have
// it (bit k for families[k]) and those where it is a core word.
var familyWords = map[string]struct{ in, core uint8 }{}

func init() {
	if len(families) > 8 {
		panic("content: more families than bits in familyWords")
	}
	for k, fam := range families {
		for i, list := range []string{fam.core, fam.filler} {
			for _, w := range strings.Fields(list) {
				e := familyWords[w]
				e.in |= 1 << k
				if i == 0 {
					e.core |= 1 << k
				}
				familyWords[w] = e
			}
		}
	}
}

// family returns the reason of the family the judged line is of, or "".
// long says the judger's key is only the start of the line's (see
// appendKey): the line's whole key is written only when the words of its
// start are all a family's, so that a paragraph costs a map lookup or two.
func (j *judger) family(long bool) string {
	k := j.k
	if long {
		if _, all := familyOf(bytes.Trim(k, "-' ")); !all {
			return ""
		}
		j.k, _ = appendKey(j.k[:0], j.f, -1)
		k = j.k
	}
	// "Le Monde avec AFP": the outlet's own name stands beside the agency.
	if o := j.foutlet; o != "" && len(k) > len(o) && string(k[:len(o)]) == o && k[len(o)] == ' ' {
		k = k[len(o)+1:]
	}
	r, _ := familyOf(k)
	return r
}

// familyOf returns the reason of the family of key k, or ""; all says
// whether each word of k is a word of one family at least.
func familyOf(k []byte) (reason string, all bool) {
	in, core := uint8(1<<len(families)-1), uint8(0)
	for len(k) > 0 {
		var w []byte
		w, k = cutWord(k)
		if len(w) == 0 {
			continue
		}
		e := familyWords[string(w)]
		in &= e.in
		if in == 0 {
			return "", false
		}
		core |= e.core
	}
	if m := in & core; m != 0 {
		return families[bits.TrailingZeros8(m)].reason, true
	}
	return "", true
}

// cutWord returns the first word of key k and the rest: a key's words are
// apart by spaces, and an elided article from its word by an apostrophe
// ("l'accueil").
func cutWord(k []byte) (w, rest []byte) {
	if i := bytes.IndexAny(k, " '"); i >= 0 {
		return k[:i], k[i+1:]
	}
	return k, nil
}

// shape returns why f, a folded line, is furniture by its shape alone:
// a caption with a copyright sign, editors' initials, a tracking tag.
func shape(f []byte) string {
	t := bytes.TrimSpace(f)
	// "Des réfugiés à Goris, le 28 septembre 2023. © Reuters": a caption
	// ends with its credit. A paragraph is longer, and never signed so.
	if len(t) <= 300 {
		// The second byte of "©" (C2 A9), which IndexByte finds fast.
		for i := 0; ; i++ {
			k := bytes.IndexByte(t[i:], 0xA9)
			if k < 0 {
				break
			}
			i += k
			if i > 0 && t[i-1] == 0xC2 && len(t)-i <= 80 {
				return DropCredit
			}
		}
	}
	// "Karen Minasyan / AFP", "AFP/Karen Minasyan", "Stringer/Reuters via Getty Images".
	if len(t) <= 300 && slashCredit(t) {
		return DropCredit
	}
	if len(t) > 40 {
		return ""
	}
	// "jrr/llp/jf", "bur-ah/gmo": the initials of the wire's editors, its last line.
	if initials(t) {
		return DropByline
	}
	// "fbpx", "nbsp": a word of no language, left by a tracking pixel or an entity.
	if len(t) >= 3 && len(t) <= 12 && !bytes.ContainsAny(t, "aeiouy") && asciiWord(t) {
		return DropCode
	}
	return ""
}

// initials reports whether t is editors' initials apart by slashes:
// "jrr/llp/jf", "bur-ah/cf" (an office, then a name).
func initials(t []byte) bool {
	parts := 0
	for p := range bytes.SplitSeq(t, []byte{'/'}) {
		p = bytes.TrimSpace(p)
		office, name, hyphen := bytes.Cut(p, []byte{'-'})
		if hyphen && (!asciiWord(office) || len(office) > 5) {
			return false
		}
		if hyphen {
			p = name
		}
		if len(p) < 2 || len(p) > 5 || !asciiWord(p) {
			return false
		}
		parts++
	}
	return parts >= 2
}

// asciiWord reports whether b is ASCII letters only.
func asciiWord(b []byte) bool {
	for _, c := range b {
		if !asciiLetter(rune(c)) {
			return false
		}
	}
	return len(b) > 0
}

// slashCredit reports whether t ends with a photo's credit: an agency and
// a photographer apart by a slash, in either order. A sentence that names
// two agencies so ("selon l'AFP/Reuters, 120 000 personnes…") goes on with
// punctuation after them.
func slashCredit(t []byte) bool {
	for i := bytes.IndexByte(t, '/'); i >= 0; {
		before := bytes.TrimRight(t[:i], " ")
		before = before[bytes.LastIndexAny(before, " (")+1:]
		after := bytes.TrimLeft(t[i+1:], " ")
		if agencies[string(before)] && len(after) <= 40 && !bytes.ContainsAny(after, "/.,;:!?") {
			return true
		}
		word, rest, _ := bytes.Cut(after, []byte{' '})
		word = bytes.TrimRight(word, ")")
		rest = bytes.TrimRight(rest, ") ")
		if agencies[string(word)] && (len(rest) == 0 || string(rest) == "via getty images") {
			return true
		}
		k := bytes.IndexByte(t[i+1:], '/')
		if k < 0 {
			break
		}
		i += k + 1
	}
	return false
}
