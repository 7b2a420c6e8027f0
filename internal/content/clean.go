package content

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

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
			"listen", "play", "direct", "accepter", "refuser", "cookies", "j'accepte", "ok",
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
		}
	}
}

// patterns are furniture inside longer lines. Each has a hint: literals
// that every line it matches starts with, contains or ends with. The
// regular expression runs only on lines that pass the hint, so that an
// article paragraph, which matches none, costs a few substring searches
// instead of nine regexp scans (they were a quarter of a 10,000-article
// build's CPU time; see docs/performance.md).
var patterns = []struct {
	re     *regexp.Regexp
	reason string
	hint   hint
}{
	// "Il vous reste 66.94% de cet article à lire. La suite est réservée aux abonnés."
	{regexp.MustCompile(`^il vous reste [\d.,\s]+ ?% de (cet|l') ?article`), DropPaywall,
		hint{prefix: []string{"il vous reste "}}},
	{regexp.MustCompile(`(reserve|reservee)s? aux abonnes|pour lire la suite|subscribe to (read|continue)|this article is for subscribers|already a subscriber|deja abonne`), DropPaywall,
		hint{contains: []string{" aux abonnes", "pour lire la suite", "subscribe to ", "this article is for subscribers", "already a subscriber", "deja abonne"}}},
	{regexp.MustCompile(`^votre adresse (e-?mail|de messagerie) ne sera pas publiee|^your email address will not be published|^les champs obligatoires sont (indiques|marques)|^required fields are marked`), DropComments,
		hint{prefix: []string{"votre adresse ", "your email address will not be published", "les champs obligatoires sont ", "required fields are marked"}}},
	{regexp.MustCompile(`^pour (participer aux discussions|commenter|reagir)[, ]+(identifiez|connectez|inscrivez)`), DropComments,
		hint{prefix: []string{"pour "}}},
	{regexp.MustCompile(`^\d*\s*(comments?|commentaires?|reponses?|replies)\s*\(?\d*\)?$|^(comment|commentaire)s?\s*\(\d+\)$`), DropComments,
		hint{contains: []string{"comment", "reponse", "replies"}}},
	// "Partager sur Facebook", "Share on X"
	{regexp.MustCompile(`^(partager|partagez|share|tweeter|envoyer)( cet article| this( article)?)?( (sur|on|via|par) [\w .-]{1,30})?$`), DropShare,
		hint{prefix: []string{"partage", "share", "tweeter", "envoyer"}}},
	{regexp.MustCompile(`powered by|propulse par|all rights reserved|tous droits reserves`), DropFurniture,
		hint{contains: []string{"powered by", "propulse par", "all rights reserved", "tous droits reserves"}}},
	// "© Sputnik . Ilya Pitalev / Accéder à la base multimédia"
	// "Photographs de drones azerbaïdjanais d'une frappe…": a caption, left in English by a translator.
	{regexp.MustCompile(`^(©|\(c\) |copyright\b|photos? ?(:|/|©|-)|photographs? (de|d'|du|des|of)\b|credits?( photo)? ?:|(image|illustration|legende|caption) ?:)|acceder a la base multimedia|getty images|afp photo|reuters/`), DropCredit,
		hint{prefix: []string{"©", "(c) ", "copyright", "photo", "credit", "image", "illustration", "legende", "caption"},
			contains: []string{"acceder a la base multimedia", "getty images", "afp photo", "reuters/"}}},
	// "… dans la région du Haut-Karabakh. (Source : Turquie) |": a caption under a photo.
	{regexp.MustCompile(`\|\s*$|\((source|photo|credit)\s*:[^)]*\)\s*\|?\s*$`), DropCredit,
		hint{last: "|)"}},
}

// hint is a cheap test that every line a pattern matches passes.
type hint struct {
	prefix   []string // the line starts with one of these
	contains []string // or contains one of these
	last     string   // or its last character but regexp spaces (\s) is one of these
}

// allows reports whether a line f (folded) passes the hint.
func (h hint) allows(f string) bool {
	for _, p := range h.prefix {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	for _, c := range h.contains {
		if strings.Contains(f, c) {
			return true
		}
	}
	if t := strings.TrimRight(f, "\t\n\f\r "); h.last != "" && t != "" {
		return strings.IndexByte(h.last, t[len(t)-1]) >= 0
	}
	return false
}

// Clean marks the lines that are not article text, giving the reason.
// title and outlet are the article's headline and outlet name, which a
// scraped page repeats around the text.
func Clean(lines []Line, title, outlet string) []Line {
	ftitle := key(title)
	foutlet := key(outlet)
	for i := range lines {
		l := &lines[i]
		if l.Drop != "" {
			continue
		}
		l.Drop = judge(l.Text, ftitle, foutlet)
	}
	return lines
}

// judge returns why a line is not article text, or "".
func judge(text, ftitle, foutlet string) string {
	letters, latin := 0, 0
	for _, r := range text {
		switch {
		case asciiLetter(r): // most of a French line: no table to search
			letters++
			latin++
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	if letters == 0 {
		return DropNoText
	}
	// A line mostly in Cyrillic, Armenian, Arabic… is a widget of the page's
	// template, not the French or English article.
	if latin*2 < letters {
		return DropScript
	}
	// Fold once: folding goes rune by rune and the spaces TrimSpace drops
	// are separators to key, so the key of f is the key of text.
	f := fold.String(strings.TrimSpace(text))
	k := keyFolded(f)
	if k == "" {
		return DropNoText
	}
	if r, ok := furniture[k]; ok {
		return r
	}
	if ftitle != "" && k == ftitle {
		return DropTitle
	}
	for _, p := range patterns {
		if p.hint.allows(f) && p.re.MatchString(f) {
			return p.reason
		}
	}
	// "Haut-Karabakh - Sputnik Afrique": a breadcrumb or banner naming the
	// outlet, short and without a sentence's end.
	if foutlet != "" && strings.Contains(k, foutlet) && len(strings.Fields(k)) <= 8 && !endsSentence(text) {
		return DropOutlet
	}
	return ""
}

// key is the folded form a furniture line is compared in: lowercase, no
// accents, digits and punctuation dropped (keeping apostrophes and hyphens
// inside words), spaces collapsed. "0 Comments" → "comments".
func key(s string) string { return keyFolded(fold.String(s)) }

// keyFolded is key of a string already folded.
func keyFolded(f string) string {
	var b strings.Builder
	b.Grow(len(f))
	space := false
	for _, r := range f {
		switch {
		case asciiLetter(r) || r == '\'' || r == '-' || r >= utf8.RuneSelf && unicode.IsLetter(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if r < utf8.RuneSelf {
				b.WriteByte(byte(r))
			} else {
				b.WriteRune(r)
			}
		default:
			space = true
		}
	}
	return strings.Trim(b.String(), "-' ")
}

// asciiLetter reports whether r is an ASCII letter, which unicode.IsLetter
// and the Latin script both hold.
func asciiLetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \u00a0»”\")")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}
