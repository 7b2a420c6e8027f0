package review

import "timeline/internal/diag"

// words are the listing's words in languages other than English, by the
// English text the code and review.html write; TestWordsFrench checks
// that a French listing has no English left.
var words = diag.Catalog{"fr": {
	// review.html
	"%s — review": "%s — relecture",
	"Articles":    "Articles",
	"Review: the extraction, article by article": "Relecture : l’extraction, article par article",
	"%d articles, %d warnings. The articles with the most warnings come first: open one to see its text with every date found.": "%d articles, %d avertissements. Les articles qui en ont le plus viennent d’abord : ouvrez-en un pour voir son texte avec chaque date trouvée.",
	"Article":              "Article",
	"Published":            "Publié le",
	"Dates":                "Dates",
	"Warnings":             "Avertissements",
	"All articles":         "Tous les articles",
	"published %s":         "publié le %s",
	"language %s":          "langue %s",
	"original":             "original",
	"its page on the site": "sa page sur le site",
	"%d dates found, %d boilerplate lines struck through.": "%d dates trouvées, %d lignes de remplissage barrées.",
	"%d warnings":                     "%d avertissements",
	"Ignored by the editor":           "Écartées par la rédaction",
	"the %s list of the front matter": "la liste %s de l’en-tête",
	"Events added by the editor":      "Événements ajoutés par la rédaction",
	"line %d":                         "ligne %d",
	"Text":                            "Texte",
	"ignored":                         "écarté",

	// The flags of a date's mark.
	afterPublished: "après la publication",
	farYear:        "année absente du texte",
	furniture:      "habillage ?",
	fixedFlag:      "fixée par la rédaction",
	"since":        "depuis",

	// The warnings of a date, and what the lexicons read in its sentence.
	"“%s” → %s, after the article's publication (%s), in a sentence that reports it as done (check the day and the year: set the right date with [[fix]], or drop the expression with ignore)": "« %s » → %s, après la publication de l’article (%s), dans une phrase qui le rapporte comme fait (vérifiez le jour et l’année : donnez la bonne date avec [[fix]], ou écartez l’expression avec ignore)",
	"“%s” → %s: the text gives no year, and the one the program chose puts it %d months from the publication (%s) (check the year: set the right date with [[fix]])":                           "« %s » → %s : le texte ne donne pas d’année, et celle que le programme a choisie la place à %d mois de la publication (%s) (vérifiez l’année : donnez la bonne date avec [[fix]])",
	"“%s” → %s comes from a line that looks like page furniture, not article text (a date or time line, a byline, a caption, a button): if it is, drop it with ignore = [%q]":                  "« %s » → %s vient d’une ligne qui ressemble à l’habillage de la page plutôt qu’au texte de l’article (une ligne de date ou d’heure, une signature, une légende, un bouton) : si c’en est une, écartez-la avec ignore = [%q]",
	"places: %s": "lieux : %s",
	"actors: %s": "acteurs : %s",
	"kinds: %s":  "types : %s",
	"figure: %s": "chiffre : %s",
}}
