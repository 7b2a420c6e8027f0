package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"timeline/internal/fold"
)

func TestJudge(t *testing.T) {
	const title = "L’Azerbaïdjan lance une offensive d’envergure dans le Haut-Karabakh"
	const outlet = "Sputnik Afrique"
	tests := []struct {
		line string
		want string
	}{
		// Article text is kept, headings included.
		{"Le 20 septembre, des unités militaires azerbaïdjanaises ont attaqué des installations de défense aérienne.", ""},
		{"« Opération antiterroriste »", ""},
		{"Spirale de tensions dans le Haut-Karabakh", ""},
		{"Photographie et vidéo ont été diffusées par le ministère.", ""},
		{"La source de l'information reste inconnue.", ""},
		// Furniture.
		{"Close", DropFurniture},
		{"S'abonner", DropFurniture},
		{"scroll to top", DropFurniture},
		{"source", DropFurniture},
		{"Fil d’actu", DropFurniture},
		{"loader", DropFurniture},
		{"Social Media Auto Publish Powered By : XYZScripts.com", DropFurniture},
		{"Spread the love", DropShare},
		{"Partager sur Facebook", DropShare},
		{"Il vous reste 66.94% de cet article à lire. La suite est réservée aux abonnés.", DropPaywall},
		{"Laisser un commentaire", DropComments},
		{"Leave A Reply", DropComments},
		{"0 Comments", DropComments},
		{"Comment (0)", DropComments},
		{"Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", DropComments},
		{"Pour participer aux discussions, identifiez-vous ou créez-vous un compte", DropComments},
		{"© Sputnik . Ilya Pitalev\u00a0/\u00a0Accéder à la base multimédiaHaut-Karabakh", DropCredit},
		{"Photo : AFP", DropCredit},
		{"Photographs de drones azerbaïdjanais d’une frappe de drone sur des camions.", DropCredit},
		{"La campagne militaire aggrave la situation dans la région. (Source : Turquie) |", DropCredit},
		{"Заголовок открываемого материала", DropScript},
		{"0", DropNoText},
		{"|", DropNoText},
		{title, DropTitle},
		{title + " : les habitants fuient vers l'Arménie, selon les autorités", ""}, // longer than the title
		{"Haut-Karabakh - Sputnik Afrique", DropOutlet},
	}
	ft, fo := key(title), key(outlet)
	for _, tt := range tests {
		if got := judge(tt.line, ft, fo); got != tt.want {
			t.Errorf("judge(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestJudgeBoilerplate has a row for each family of boilerplate, in French
// and in English, and for the article sentences that mention what the
// boilerplate names (Facebook, AFP, a photo) and must stay.
func TestJudgeBoilerplate(t *testing.T) {
	const title = "Les réfugiés du Haut-Karabakh arrivent à Goris"
	const outlet = "Le Monde"
	tests := []struct {
		name, line, want string
	}{
		// Share bars: any number of platforms, in any order, with their verbs.
		{"share bar", "Facebook X WhatsApp Telegram LinkedIn E-mail Copier le lien", DropShare},
		{"share bar, long", "Facebook Twitter LinkedIn WhatsApp Telegram Messenger E-mail Copier le lien Imprimer Partager", DropShare},
		{"share bar with a label", "Partager : Facebook Twitter Bluesky", DropShare},
		{"share bar in English", "Share on Facebook Share on X Share by e-mail", DropShare},
		{"share verbs alone", "Copy link Print", DropShare},
		{"follow us", "Suivez-nous sur Telegram et Instagram", DropShare},
		{"follow us in English", "Follow us on YouTube", DropShare},
		{"a share prompt", "Cliquez ici pour partager sur les réseaux sociaux", DropShare},
		// Ad slots.
		{"ad slot", "Votre publicité ici", DropFurniture},
		{"ad slot, plural", "Advertisements", DropFurniture},
		{"ad break", "La suite après cette publicité", DropFurniture},
		{"ad break in English", "Story continues below advertisement", DropFurniture},
		{"sponsored", "Contenu sponsorisé", DropFurniture},
		// Navigation.
		{"mobile switch", "Quitter la version mobile", DropFurniture},
		{"skip link", "Aller au contenu principal", DropFurniture},
		{"skip link in English", "Skip to main content", DropFurniture},
		{"menu toggle", "Toggle navigation", DropFurniture},
		{"audio player", "Écoutez cet article", DropFurniture},
		{"audio player in English", "Listen to this article", DropFurniture},
		{"bookmark", "Enregistrer", DropFurniture},
		{"breadcrumb", "Accueil > International > Europe", DropFurniture},
		{"breadcrumb in English", "Home › World › Asia", DropFurniture},
		{"related link", "Lire aussi : Le corridor de Latchine rouvert après dix mois", DropFurniture},
		{"related link, shouted", "À LIRE AUSSI Les dates clés du conflit", DropFurniture},
		{"related link in English", "Read more: Armenia and Azerbaijan agree on border talks", DropFurniture},
		{"see also", "See also: the road to Lachin", DropFurniture},
		{"rest of the article", "Lire la suite de l'entretien", DropFurniture},
		{"related heading", "Related Coverage", DropFurniture},
		{"related heading with links", "More on this topic: Lachin corridor", DropFurniture},
		{"popular list", "Les plus partagés", DropFurniture},
		{"popular list in English", "Most viewed", DropFurniture},
		{"tags", "Mots-clés : Arménie, Azerbaïdjan, Haut-Karabakh", DropFurniture},
		{"footer", "Mentions légales", DropFurniture},
		{"footer in English", "Privacy Policy", DropFurniture},
		// Tracking junk and script.
		{"tracking pixel", "fbpx", DropCode},
		{"script", "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });", DropCode},
		{"data layer", "window.dataLayer = window.dataLayer || [];", DropCode},
		// Appeals for members, money, sign-ups.
		{"membership", "Become a member", DropAppeal},
		{"membership in French", "Devenez membre", DropAppeal},
		{"support the outlet", "Soutenez une rédaction indépendante", DropAppeal},
		{"donation", "Faites un don pour soutenir notre travail", DropAppeal},
		{"join today", "Support independent journalism from the Caucasus: Join today", DropAppeal},
		{"newsletter", "Inscrivez-vous à notre newsletter quotidienne", DropAppeal},
		{"newsletter in English", "Sign up for our daily briefing", DropAppeal},
		{"sign-up without the word newsletter", "Recevez chaque soir le meilleur de l'actualité du Caucase", DropAppeal},
		{"reader-funded", "Free to read, funded by our readers", DropAppeal},
		// Photo captions with a credit.
		{"credit with a photographer", "Photo : Karen Minasyan / AFP", DropCredit},
		{"credit alone", "Karen Minasyan / AFP", DropCredit},
		{"credit, agency first", "AFP/Karen Minasyan", DropCredit},
		{"credit via an agency", "Alain Jocard/AFP via Getty Images", DropCredit},
		{"caption ending with a copyright", "Des réfugiés à Goris, le 28 septembre 2023. © Reuters", DropCredit},
		{"caption with a bracketed credit", "Des soldats arméniens près de Stepanakert (Photo AFP)", DropCredit},
		{"bracketed credit alone", "(Photo: AFP)", DropCredit},
		{"photograph label", "Photograph: Vahram Baghdasaryan/Photolure", DropCredit},
		{"credit line", "PHOTO KAREN MINASYAN, AGENCE FRANCE-PRESSE", DropCredit},
		{"credit line in English", "Pictures by Jane Roe for Reuters", DropCredit},
		// Agencies signing off.
		{"editors' initials", "jrr/llp/jf", DropByline},
		{"an office and initials", "bur-lpt/mm", DropByline},
		{"the agency's full name", "Agence France-Presse", DropByline},
		{"agencies as a source", "Source : AFP et agences", DropByline},
		{"with an agency", "(Avec AFP)", DropByline},
		{"an agency after a dash", "—AFP", DropByline},
		{"two agencies", "Avec AFP et Reuters", DropByline},
		{"the outlet with an agency", "Le Monde avec AFP", DropByline},
		{"a wire's sign-off", "Reporting by Jane Roe in Yerevan; Editing by John Doe", DropByline},
		// Article text that names what boilerplate names stays.
		{"an agency as a source", "Selon l'AFP, 120 000 personnes ont fui.", ""},
		{"a photo on Facebook", "Une photo publiée sur Facebook montre des soldats à Latchine.", ""},
		{"a platform in English", "A video posted on Telegram showed drones over Stepanakert.", ""},
		{"two agencies as sources", "Selon AFP/Reuters, 120 000 personnes ont fui.", ""},
		{"a photo in a sentence", "Photo et vidéo ont été diffusées par le ministère.", ""},
		{"support as a noun", "Support for the ceasefire is waning in Yerevan.", ""},
		{"advertising in a sentence", "La publicité du ministère vante l'opération.", ""},
		{"a menu of options", "Le menu des négociations reste chargé, selon Moscou.", ""},
		{"a window", "He looked out of the window. The shelling had stopped.", ""},
		{"a word without vowel in a sentence", "Le PKK n'est pas concerné.", ""},
		{"photos in a sentence", "Photos published by the ministry show burned tanks.", ""},
		{"most read as words of a sentence", "Les plus lus des journaux arméniens titrent sur la défaite.", ""},
		{"related in a sentence", "Related talks are planned in Moscow next week.", ""},
		{"an organisation named Save", "Save the Children a dénoncé les bombardements.", ""},
		{"follow-up", "Follow-up talks are planned in Moscow.", ""},
		{"editors' initials in a sentence", "Les échanges et/ou les négociations reprendront.", ""},
	}
	ft, fo := key(title), key(outlet)
	for _, tt := range tests {
		if got := judge(tt.line, ft, fo); got != tt.want {
			t.Errorf("%s: judge(%q) = %q, want %q", tt.name, tt.line, got, tt.want)
		}
	}
}

// hintLines are lines around what the patterns look for: each hint must let
// through every line its pattern matches.
var hintLines = []string{
	"il vous reste 12 % de l'article a lire", "  il vous reste 66.94% de cet article",
	"la suite est reservee aux abonnes", "reserves aux abonnes", "pour lire la suite, abonnez-vous",
	"subscribe to continue reading", "this article is for subscribers", "already a subscriber? sign in",
	"deja abonne ? connectez-vous", "votre adresse de messagerie ne sera pas publiee",
	"your email address will not be published.", "les champs obligatoires sont marques *",
	"required fields are marked *", "pour commenter, connectez-vous", "pour reagir, inscrivez-vous",
	"12 commentaires", "replies (3)", "reponse", "commentaires (12)", "3 comments", "comment (0)",
	"partager sur facebook", "partagez cet article via e-mail", "share this article on x", "tweeter",
	"envoyer par mail", "powered by wordpress", "propulse par", "(c) 2023 all rights reserved",
	"tous droits reserves", "© afp", "(c) reuters", "copyright 2023", "photos: afp", "photo / afp",
	"photographs of the strike", "photographe d'agence", "credit photo : afp", "credits: reuters",
	"image : afp", "illustration: x", "legende : un soldat", "caption: troops", "getty images",
	"afp photo / karen minasyan", "reuters/aziz karimov", "acceder a la base multimedia",
	"la region. (source : turquie) |", "texte |", "texte |  ", "(photo: afp)", "(credit : x) | ",
	"", " ", "|", ")", "le 20 septembre, des unites ont attaque.",
	"lire aussi : le corridor", "a lire aussi les dates", "voir egalement", "read more: armenia", "see also - x",
	"related: x", "en savoir plus :", "sur le meme sujet : x", "more on this story: x", "recommended: x",
	"accueil > monde", "home › world", "accueil", "become a member", "devenez membre", "deviens abonne",
	"soutenez la redaction", "soutenir notre travail", "support independent journalism", "support-us",
	"faites un don", "make a donation", "donate", "je m'abonne", "abonnez-vous pour 1 €", "subscribe now",
	"support independent journalism from the caucasus: join today", "join us now!",
	"inscrivez-vous a notre newsletter", "sign up for our daily briefing", "get our alerts", "recevez nos alertes",
	"s'inscrire a l'infolettre", "additional reporting by x; editing by y", "reporting by jane roe; writing by x",
	"editing by john doe", "edited by john doe.", "googletag.cmd.push(function() { x(); });",
	"window.datalayer = window.datalayer || [];", "fbq('track', 'pageview');", "x = 1;", "photograph: x/afp",
	"(photos afp)", "(image : x)", "lire la suite de l'article", "related topics", "more on this story",
	"les plus lus", "most read", "tags: armenia", "mots-cles : x", "our standards: the trust principles.",
	"mentions legales", "privacy policy", "recevez chaque matin l'essentiel", "available for everyone, funded by readers",
	"photo vano shlamov, agence france-presse", "pictures by x", "photograph by x",
}

func TestHintsNeverHideAMatch(t *testing.T) {
	lines := append([]string(nil), hintLines...)
	files, _ := filepath.Glob("../../content/*.md")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	for _, l := range lines {
		checkHints(t, fold.String(strings.TrimSpace(l)))
		checkLong(t, l, key("L’Azerbaïdjan lance une offensive d’envergure dans le Haut-Karabakh"))
		checkLong(t, l, "")
	}
}

func FuzzHints(f *testing.F) {
	for _, l := range hintLines {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, s string) { checkHints(t, s) })
}

func checkHints(t *testing.T, f string) {
	t.Helper()
	got := allowed([]byte(f))
	for i, p := range patterns {
		if p.re.MatchString(f) && !p.hint.allows(f) {
			t.Errorf("pattern %d (%s) matches %q, which its hint rejects", i, p.reason, f)
		}
		if want := p.hint.allows(f); (got&(1<<i) != 0) != want {
			t.Errorf("allowed(%q) has pattern %d (%s) %v, its hint says %v", f, i, p.reason, !want, want)
		}
	}
}

// allows is what a hint says, one literal at a time: the reference that
// allowed, which looks for them all in one pass, must agree with.
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

func TestKey(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"0 Comments", "comments"},                                      // digits dropped, case folded
		{"  Fil d’actu  ", "fil d'actu"},                                // apostrophe folded, spaces trimmed
		{"Facebook | Twitter |\tLinkedIn", "facebook twitter linkedin"}, // separators collapse to one space
		{"- Lire aussi -", "lire aussi"},                                // hyphens and spaces trimmed at both ends
		{"'Été' à Erevan", "ete' a erevan"},                             // accents dropped, a quote trimmed at the ends only
		{"Haut-Karabakh", "haut-karabakh"},                              // a hyphen inside a word stays
		{"Заголовок 2023", "заголовок"},                                 // letters of any script stay
		{"12/09 — 18:30", ""},                                           // no letter, no key
		{"", ""},
	}
	for _, tt := range tests {
		if got := key(tt.in); got != tt.want {
			t.Errorf("key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMaxFurniture(t *testing.T) {
	if maxFurniture < len("facebook twitter linkedin") {
		t.Errorf("maxFurniture = %d, shorter than a line of furniture", maxFurniture)
	}
}
