package content

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"timeline/internal/dates"
	"timeline/internal/fold"
)

// Reasons a line is dropped, as the review listing and the summary name them.
const (
	DropFurniture = "furniture" // navigation, buttons, widgets: "S'abonner", "Close", "scroll to top"
	DropPaywall   = "paywall"   // "Il vous reste 66.94% de cet article à lire."
	DropShare     = "share"     // "Spread the love", "Partager sur Facebook"
	DropComments  = "comments"  // "Laisser un commentaire", "0 Comments"
	DropCredit    = "credit"    // photo credits and captions: "© Sputnik . Ilya Pitalev"
	DropScript    = "script"    // a line in another script: "Заголовок открываемого материала"
	DropNoText    = "no-text"   // digits and punctuation only: "0", "|"
	DropTitle     = "title"     // the headline, repeated at the top of the body
	DropOutlet    = "outlet"    // a short line naming the outlet: "Haut-Karabakh - Sputnik Afrique"
	DropHTML      = "HTML"      // raw HTML markup
	DropByline    = "byline"    // who wrote the article and when: "Par Jean Dupont", "Màj. le 17 oct. 2020", "2 min read", "(Avec AFP)", "jrr/llp/jf"
	DropDateline  = "dateline"  // a paragraph that is only a dateline: "MOSCOU (AFP) —"
	DropAppeal    = "appeal"    // membership, donation and newsletter appeals: "Devenez membre", "Support independent journalism: Join today"
	DropCode      = "code"      // script and tracking tags the copy kept: "fbpx", "googletag.cmd.push(function() {…});"
)

// furniture are whole short lines of page furniture, in their folded form
// (see key): a line that is exactly one of them is not article text.
var furniture = map[string]string{}

func init() {
	for reason, lines := range map[string][]string{
		DropFurniture: {
			"close", "fermer", "menu", "accueil", "home", "s'abonner", "abonnez-vous", "subscribe",
			"se connecter", "connexion", "login", "log in", "sign in", "inscription", "newsletter",
			"scroll to top", "retour en haut", "back to top", "haut de page", "lire aussi", "lire la suite",
			"read more", "voir aussi", "a lire aussi", "sur le meme sujet", "related", "related articles",
			"fil d'actu", "fil d'actualite", "loader", "loading", "chargement", "chat", "source", "sources",
			"publicite", "advertisement", "annonce", "sponsored", "imprimer", "print", "envoyer", "email",
			"e-mail", "suivez-nous", "follow us", "tags", "mots-cles", "categories", "rubriques",
			"precedent", "suivant", "previous", "next", "article precedent", "article suivant",
			"previous post", "next post", "en direct", "live", "video", "videos", "podcast", "ecouter",
			"listen", "play", "direct", "accepter", "refuser", "cookies", "j'accepte", "ok", "save",
			"enregistrer", "sauvegarder", "bookmark",
		},
		DropShare: {
			"spread the love", "share", "partager", "partagez", "partager cet article", "share this",
			"share this article", "tweet", "facebook", "twitter", "linkedin", "whatsapp", "telegram",
			"copier le lien", "copy link", "facebook twitter", "facebook twitter linkedin",
		},
		DropComments: {
			"laisser un commentaire", "laissez un commentaire", "leave a reply", "leave a comment",
			"comment", "comments", "commentaire", "commentaires", "reagir", "reagissez", "reply",
			"repondre", "no comments", "aucun commentaire", "voir les commentaires",
		},
	} {
		for _, l := range lines {
			furniture[l] = reason
			maxFurniture = max(maxFurniture, len(l))
		}
	}
}

// maxFurniture is the length of the longest line of furniture.
var maxFurniture int

// patterns are furniture inside longer lines. Each has a hint: literals
// that every line it matches starts with, contains or ends with. The
// regular expression runs only on lines that pass the hint, so that an
// article paragraph, which matches none, costs a few substring searches
// instead of a dozen regexp scans (run on every line of every article, they
// were a large share of a build's CPU time; see docs/performance.md).
// A pattern with a max looks only at lines of at most max bytes: what it
// knows by its first words ("Soutenez…") is a short line, never a paragraph.
var patterns = []struct {
	re     *regexp.Regexp
	reason string
	hint   hint
	max    int
}{
	// "Il vous reste 66.94% de cet article à lire. La suite est réservée aux abonnés."
	{regexp.MustCompile(`^il vous reste [\d.,\s]+ ?% de (cet|l') ?article`), DropPaywall,
		hint{prefix: []string{"il vous reste "}}, 0},
	{regexp.MustCompile(`(reserve|reservee)s? aux abonnes|pour lire la suite|subscribe to (read|continue)|this article is for subscribers|already a subscriber|deja abonne`), DropPaywall,
		hint{contains: []string{" aux abonnes", "pour lire la suite", "subscribe to ", "this article is for subscribers", "already a subscriber", "deja abonne"}}, 0},
	{regexp.MustCompile(`^(?:votre adresse (e-?mail|de messagerie) ne sera pas publiee|your email address will not be published|les champs obligatoires sont (indiques|marques)|required fields are marked)`), DropComments,
		hint{prefix: []string{"votre adresse ", "your email address will not be published", "les champs obligatoires sont ", "required fields are marked"}}, 0},
	{regexp.MustCompile(`^pour (participer aux discussions|commenter|reagir)[, ]+(identifiez|connectez|inscrivez)`), DropComments,
		hint{prefix: []string{"pour "}}, 0},
	{regexp.MustCompile(`^(?:\d*\s*(comments?|commentaires?|reponses?|replies)\s*\(?\d*\)?|(comment|commentaire)s?\s*\(\d+\))$`), DropComments,
		hint{contains: []string{"comment", "reponse", "replies"}}, 0},
	// "Partager sur Facebook", "Share on X"
	{regexp.MustCompile(`^(partager|partagez|share|tweeter|envoyer)( cet article| this( article)?)?( (sur|on|via|par) [\w .-]{1,30})?$`), DropShare,
		hint{prefix: []string{"partage", "share", "tweeter", "envoyer"}}, 0},
	{regexp.MustCompile(`powered by|propulse par|all rights reserved|tous droits reserves`), DropFurniture,
		hint{contains: []string{"powered by", "propulse par", "all rights reserved", "tous droits reserves"}}, 0},
	// "© Sputnik . Ilya Pitalev / Accéder à la base multimédia", "Photograph: Karen Minasyan/AFP"
	// "Photographs de drones azerbaïdjanais d'une frappe…": a caption, left in English by a translator.
	{regexp.MustCompile(`^(©|\(c\) |copyright\b|photos? ?(:|/|©|-)|photograph ?:|photographs? (de|d'|du|des|of)\b|credits?( photo)? ?:|(image|illustration|legende|caption) ?:)|acceder a la base multimedia|getty images|afp photo|reuters/`), DropCredit,
		hint{prefix: []string{"©", "(c) ", "copyright", "photo", "credit", "image", "illustration", "legende", "caption"},
			contains: []string{"acceder a la base multimedia", "getty images", "afp photo", "reuters/"}}, 0},
	// "PHOTO VANO SHLAMOV, AGENCE FRANCE-PRESSE", "Photo d'illustration": a credit line, which ends no sentence.
	{regexp.MustCompile(`^(photos?|photographs?|pictures?) [^.!?]*$`), DropCredit,
		hint{prefix: []string{"photo", "picture"}}, 150},
	// "… dans la région du Haut-Karabakh. (Source : Turquie) |", "Des réfugiés à Goris (Photo AFP)": a caption under a photo.
	{regexp.MustCompile(`\|\s*$|\((source|credits?)\s*:[^)]*\)\s*\|?\s*$|\((photos?|images?)\b[^)]*\)\s*\|?\s*$`), DropCredit,
		hint{last: "|)"}, 0},
	// "Lire aussi : Le corridor de Latchine fermé", "Lire la suite de l'article", "Read more:
	// Armenia and Azerbaijan…", "More on this story", "Related Topics": links to other articles.
	{regexp.MustCompile(`^(?:(a )?(lire|voir) (aussi|egalement|la suite)\b|(read more|read also|also read|see also|related( topics| articles| stories| coverage)?|more on this( story| topic)?|recommended( for you)?|more stories|you may also like|en savoir plus|sur le meme sujet)\s*([:>|–—-].*)?$)`), DropFurniture,
		hint{prefix: []string{"a lire", "a voir", "lire ", "voir ", "read ", "also read", "see also", "related", "more on this", "recommended", "more stories", "you may also like", "en savoir plus", "sur le meme sujet"}}, 0},
	// "Les plus lus", "Most read", "Tags: Armenia, Azerbaijan": lists of the site's articles and topics.
	{regexp.MustCompile(`^(?:(les )?(articles )?(les )?plus (lus|partages|commentes|populaires)$|most (read|popular|shared|viewed)$|(tags|mots-cles|themes|topics)\s*:)`), DropFurniture,
		hint{prefix: []string{"les plus ", "les articles ", "articles ", "plus ", "most ", "tags", "mots-cles", "themes", "topics"}}, 200},
	// "Our Standards: The Thomson Reuters Trust Principles.", "Mentions légales", "Privacy policy": the site's footer.
	{regexp.MustCompile(`^(our standards|terms of (use|service)|privacy policy|cookie policy|politique de (confidentialite|cookies)|mentions legales|conditions generales)\b`), DropFurniture,
		hint{prefix: []string{"our standards", "terms of ", "privacy policy", "cookie policy", "politique de ", "mentions legales", "conditions generales"}}, 150},
	// "Accueil > Monde > Europe", "Home › World": the breadcrumb above a headline.
	{regexp.MustCompile(`^(accueil|home)\s*[>›»/|·•]`), DropFurniture,
		hint{prefix: []string{"accueil", "home"}}, 0},
	// "Devenez membre", "Become a member", "Soutenez la rédaction", "Faites un don", "Support
	// independent journalism from the Caucasus: Join today", "Available for everyone, funded by
	// readers", "Recevez chaque matin l'essentiel": the outlet asks for money or an address.
	{regexp.MustCompile(`^(?:(become|devenez|deviens) (a |an |un |une )?(member|membre|supporter|subscriber|abonnee?|donat(eur|rice)|patron|soutien)|soutenez\b|(soutenir|support)[ -](nous|us|our|notre|la redaction|l'information|independent|independant|le journalisme|un journalisme|journalism|quality|this)|(faites|faire|make) (un don|a donation|a gift)|(donate|donnez|je donne|je m'abonne|je soutiens|abonnez-vous|subscribe now|subscribe today|recevez|receive)\b)`), DropAppeal,
		hint{prefix: []string{"become ", "devenez ", "deviens ", "soutenez", "soutenir", "support", "faites ", "faire ", "make ", "donate", "donnez", "je ", "abonnez-vous", "subscribe ", "recevez", "receive"}}, 250},
	{regexp.MustCompile(`join (us )?(today|now)[.!]*$|funded by (our )?readers|finance par (ses|nos) lecteurs`), DropAppeal,
		hint{contains: []string{"join today", "join now", "join us today", "join us now", "funded by ", "finance par "}}, 250},
	// "Inscrivez-vous à notre newsletter", "Sign up for our daily briefing", "Recevez nos alertes".
	{regexp.MustCompile(`^(inscrivez-vous|abonnez-vous|sign up|subscribe|recevez|receive|get|s'inscrire|inscription)\b.{0,60}\b(newsletters?|lettre d'information|infolettre|alertes?|alerts?|briefing)\b`), DropAppeal,
		hint{prefix: []string{"inscrivez-vous", "abonnez-vous", "sign up", "subscribe", "recevez", "receive", "get", "s'inscrire", "inscription"}}, 200},
	// "Reporting by Jane Roe in Yerevan; Editing by John Doe": a wire's sign-off.
	{regexp.MustCompile(`^(?:(additional )?(reporting|writing) by .{2,120}; ?(additional reporting|writing|editing) by|(editing|edited) by [^.;]{2,60}\.?$)`), DropByline,
		hint{prefix: []string{"additional ", "reporting by", "writing by", "editing by", "edited by"}}, 300},
	// "googletag.cmd.push(function() { … });", "window.dataLayer = window.dataLayer || [];": script
	// the copy kept, which ends its statement with a semicolon.
	{regexp.MustCompile(`(function ?\(|window\.[a-z]|document\.[a-z]|googletag|datalayer|adsbygoogle|fbq\(|\}\)).*;\s*$`), DropCode,
		hint{last: ";"}, 0},
}

// hint is a cheap test that every line a pattern matches passes.
type hint struct {
	prefix   []string // the line starts with one of these
	contains []string // or contains one of these
	last     string   // or its last character but regexp spaces (\s) is one of these
}

// literal is one of the hints' strings, with the bit of every pattern
// whose hint holds it.
type literal struct {
	s    string
	mask uint32
}

// The hints, arranged so that allowed reads a line once, whatever their
// number: literals are the contains strings, found in one pass over a line
// instead of one strings.Contains per literal (twenty scans of every
// paragraph). trigrams has a bit for the first three bytes of each; only
// where a line has one of those does allowed compare the literals that
// start with them, literals[byTrigram[t]:byTrigram[t+1]] for trigram t.
// prefixes are the prefix strings by their first byte, and lasts the
// patterns whose hint allows a line's last byte.
var (
	literals  []literal
	trigrams  [1 << 14 / 64]uint64
	byTrigram [1<<14 + 1]uint16
	prefixes  [256][]literal
	lasts     [256]uint32
)

// trigram returns the bit in trigrams of three bytes. Three bytes that are
// no literal's may share it: that only costs a comparison.
func trigram(a, b, c byte) uint {
	return (uint(a)<<10 ^ uint(b)<<5 ^ uint(c)) % (1 << 14)
}

func init() {
	if len(patterns) > 32 {
		panic("content: more patterns than bits in allowed's mask")
	}
	for k, p := range patterns {
		for _, c := range p.hint.contains {
			if len(c) < 3 {
				panic("content: a hint's contains literal is shorter than three bytes: " + c)
			}
			literals = append(literals, literal{c, 1 << k})
			t := trigram(c[0], c[1], c[2])
			trigrams[t/64] |= 1 << (t % 64)
		}
		for _, pre := range p.hint.prefix {
			prefixes[pre[0]] = append(prefixes[pre[0]], literal{pre, 1 << k})
		}
		for i := 0; i < len(p.hint.last); i++ {
			lasts[p.hint.last[i]] |= 1 << k
		}
	}
	tri := func(l literal) uint { return trigram(l.s[0], l.s[1], l.s[2]) }
	slices.SortStableFunc(literals, func(a, b literal) int { return int(tri(a)) - int(tri(b)) })
	for _, l := range literals {
		byTrigram[tri(l)+1]++
	}
	for t := 1; t < len(byTrigram); t++ {
		byTrigram[t] += byTrigram[t-1]
	}
}

// allowed returns the set of patterns (bit k for patterns[k]) whose hint
// lets the line f (folded) through.
func allowed(f []byte) uint32 {
	var m uint32
	for i := 0; i+2 < len(f); i++ {
		t := trigram(f[i], f[i+1], f[i+2])
		if trigrams[t/64]&(1<<(t%64)) == 0 {
			continue
		}
		for _, l := range literals[byTrigram[t]:byTrigram[t+1]] {
			if m&l.mask != l.mask && len(f)-i >= len(l.s) && string(f[i:i+len(l.s)]) == l.s {
				m |= l.mask
			}
		}
	}
	if len(f) > 0 {
		for _, pre := range prefixes[f[0]] {
			if m&pre.mask != pre.mask && len(f) >= len(pre.s) && string(f[:len(pre.s)]) == pre.s {
				m |= pre.mask
			}
		}
	}
	if t := bytes.TrimRight(f, "\t\n\f\r "); len(t) > 0 {
		m |= lasts[t[len(t)-1]]
	}
	return m
}

// Clean marks the lines that are not article text, giving the reason.
// title and outlet are the article's headline and outlet name, which a
// scraped page repeats around the text.
func Clean(lines []Line, title, outlet string) []Line {
	j := judgers.Get().(*judger)
	defer judgers.Put(j)
	j.ftitle, j.foutlet, j.doc = key(title), key(outlet), nil
	for i := range lines {
		l := &lines[i]
		if l.Drop != "" {
			continue
		}
		l.Drop = j.judge(l.Text)
	}
	return lines
}

// judgers keep their scratch space from one article to the next (Clean
// runs on several at once).
var judgers = sync.Pool{New: func() any { return new(judger) }}

// judge returns why a line is not article text, or "". ftitle and foutlet
// are the keys of the article's headline and outlet.
func judge(text, ftitle, foutlet string) string {
	j := judger{ftitle: ftitle, foutlet: foutlet}
	return j.judge(text)
}

// judger judges the lines of one article, folding each into the same
// scratch space: a line's folded form and key are looked at, never kept.
type judger struct {
	ftitle, foutlet string
	f, k            []byte     // scratch: the folded line, its key
	w               []byte     // scratch: a word of a byline, folded
	doc             *dates.Doc // finds the dates of byline lines; nil until one needs it
}

// judge returns why a line is not article text, or "".
func (j *judger) judge(text string) string {
	letters, latin, ascii := 0, 0, 0
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// Most of a French line: no table to search, no branch.
			ascii += int(asciiLetters[c])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	// ASCII letters are letters of the Latin script.
	letters += ascii
	latin += ascii
	if letters == 0 {
		// "17/10/2020 14:38": a date alone is the page's, not the article's.
		if j.k = j.k[:0]; j.byline(text) {
			return DropByline
		}
		return DropNoText
	}
	// A line mostly in Cyrillic, Armenian, Arabic… is a widget of the page's
	// template, not the French or English article.
	if latin*2 < letters {
		return DropScript
	}
	// Fold once: folding goes rune by rune and the spaces TrimSpace drops
	// are separators to key, so the key of f is the key of text.
	j.f = appendFold(j.f[:0], strings.TrimSpace(text))
	var long bool
	j.k, long = appendKey(j.k[:0], j.f, max(maxFurniture, len(j.ftitle)))
	f, k := j.f, j.k
	// A long key is neither empty, nor furniture, nor the title, nor a
	// banner: only the patterns are left to look at.
	if !long {
		if len(k) == 0 {
			return DropNoText
		}
		if r, ok := furniture[string(k)]; ok {
			return r
		}
		if j.ftitle != "" && string(k) == j.ftitle {
			return DropTitle
		}
	}
	if m := allowed(f); m != 0 {
		for i, p := range patterns {
			if m&(1<<i) != 0 && (p.max == 0 || len(f) <= p.max) && p.re.Match(f) {
				return p.reason
			}
		}
	}
	if r := j.family(long); r != "" {
		return r
	}
	if r := shape(f); r != "" {
		return r
	}
	if j.byline(text) {
		return DropByline
	}
	// "Haut-Karabakh - Sputnik Afrique": a breadcrumb or banner naming the
	// outlet, short and without a sentence's end. A key's words are apart
	// by one space each, and it neither starts nor ends with one.
	if !long && j.foutlet != "" && bytes.Contains(k, []byte(j.foutlet)) && bytes.Count(k, []byte{' '}) < 8 && !endsSentence(text) {
		return DropOutlet
	}
	return ""
}

// appendFold appends fold.String(s) to dst, without making a string of it.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return fold.Append(dst, s)
		}
	}
	// All ASCII: fold.String only lowercases it (a tab stays a tab).
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// key is the folded form a furniture line is compared in: lowercase, no
// accents, digits and punctuation dropped (keeping apostrophes and hyphens
// inside words), spaces collapsed. "0 Comments" → "comments".
func key(s string) string { return keyFolded(fold.String(s)) }

// keyFolded is key of a string already folded.
func keyFolded(f string) string {
	k, _ := appendKey(nil, []byte(f), -1)
	return string(k)
}

// appendKey appends the key of f, already folded, to dst. A key is never
// longer than f (a space it writes stands for at least one byte of f), so
// it is written in place after one growth, without append's checks.
//
// A paragraph's key is of use only to tell it is none of the short lines
// judge compares keys with: with limit >= 0, appendKey stops as soon as
// the key is sure to be longer than limit bytes and to have more than
// eight words, and reports that it is long: dst then holds the key's
// first words (nine at least), not trimmed.
func appendKey(dst []byte, f []byte, limit int) (key []byte, long bool) {
	n := len(dst)
	dst = slices.Grow(dst, len(f))[:n+len(f)]
	w := n
	space := false
	// Trimming the key stops at a letter: what stands from the first letter
	// written to the end of the last is in the key, and so is each run of
	// key bytes with a letter in it, one word each.
	first, last := -1, 0
	words, inWord := 0, false
	for i := 0; i < len(f); {
		c := f[i]
		size := 1
		if c < utf8.RuneSelf {
			if !isKeyByte[c] {
				space = true
				i++
				continue
			}
		} else {
			var r rune
			r, size = utf8.DecodeRune(f[i:])
			if !unicode.IsLetter(r) {
				space = true
				i += size
				continue
			}
		}
		if space && w > n {
			if limit >= 0 && words > 8 && last-first > limit {
				return dst[:w], true
			}
			dst[w] = ' '
			w++
			inWord = false
		}
		space = false
		if size == 1 {
			dst[w] = c
		} else {
			copy(dst[w:], f[i:i+size])
		}
		w += size
		i += size
		if c != '\'' && c != '-' { // a letter
			if first < 0 {
				first = w - size
			}
			last = w
			if !inWord {
				words++
				inWord = true
			}
		}
	}
	k := bytes.Trim(dst[n:w], "-' ")
	return append(dst[:n], k...), false
}

// asciiLetters has 1 for the ASCII letters, 0 for the other ASCII bytes.
var asciiLetters = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if asciiLetter(rune(c)) {
			t[c] = 1
		}
	}
	return t
}()

// isKeyByte tells the ASCII bytes a key keeps: letters, apostrophes, hyphens.
var isKeyByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = asciiLetter(rune(c)) || c == '\'' || c == '-'
	}
	return t
}()

// asciiLetter reports whether r is an ASCII letter, which unicode.IsLetter
// and the Latin script both hold.
func asciiLetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \u00a0»”\")")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}
