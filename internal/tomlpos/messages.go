package tomlpos

import "timeline/internal/diag"

// messages are the package's messages in French, for a French site's
// editor; TestMessagesFrench checks that every message the tests write
// has its translation here. The keys in a file and the lines to write
// stay as TOML wants them; "YYYY-MM-DD" reads "AAAA-MM-JJ".
var messages = diag.Catalog{"fr": {
	// explain.go: the mistakes.
	`%s: the text has a " inside it, which ends it too early (write that " as \" or put the whole text between ' quotes: %s = '%s')`:                                     `%s : le texte contient un " qui le termine trop tôt (écrivez ce " \" ou mettez tout le texte entre apostrophes : %s = '%s')`,
	`%s: the text has a " inside it, which ends it too early (write each " inside it as \": %s = "%s")`:                                                                  `%s : le texte contient un " qui le termine trop tôt (écrivez chaque " du texte \" : %s = "%s")`,
	`%s: the text has a ' inside it, which ends it too early (put the text between double quotes: %s = "%s")`:                                                            `%s : le texte contient une apostrophe qui le termine trop tôt (mettez le texte entre guillemets droits : %s = "%s")`,
	`%s: the text has no closing %s (end it with %s on the same line: %s = %s%s; a text over several lines opens and closes with %s)`:                                    `%s : le texte n’a pas de %s final (terminez-le par %s sur la même ligne : %s = %s%s ; un texte de plusieurs lignes s’ouvre et se ferme par %s)`,
	`%s: the text opened with %s on this line is never closed (close it with %s after its last line)`:                                                                    `%s : le texte ouvert par %s sur cette ligne n’est jamais fermé (fermez-le par %s après sa dernière ligne)`,
	`%s: %s is not written as a date is here (write it year first, in figures, without quotes: %s = %s)`:                                                                 `%s : %s n’est pas écrit comme une date l’est ici (écrivez-la en chiffres, l’année d’abord, sans guillemets : %s = %s)`,
	`%s: %s is not written as a date is here (write it year first, in figures, between double quotes: %s = "%s")`:                                                        `%s : %s n’est pas écrit comme une date l’est ici (écrivez-la en chiffres, l’année d’abord, entre guillemets droits : %s = "%s")`,
	`%s: %s has no month %d (a date is written year first, then the month, then the day: YYYY-MM-DD)`:                                                                    `%s : %s n’a pas de mois %d (une date s’écrit l’année, puis le mois, puis le jour : AAAA-MM-JJ)`,
	`%s: %s is not a day of the calendar: %s has %d days (check the day and the month)`:                                                                                  `%s : %s n’est pas un jour du calendrier : %s compte %d jours (vérifiez le jour et le mois)`,
	`%s: a list goes between square brackets (write: %s = [%s])`:                                                                                                         `%s : une liste s’écrit entre crochets (écrivez : %s = [%s])`,
	`%s: the items of a list are separated by commas (write: %s = [%s])`:                                                                                                 `%s : les éléments d’une liste sont séparés par des virgules (écrivez : %s = [%s])`,
	`%s: the list has no closing ] (end it with ]: %s = %s])`:                                                                                                            `%s : la liste n’a pas de ] final (terminez-la par ] : %s = %s])`,
	`%s: a key and its value are joined by =, not : (write: %s = %s)`:                                                                                                    `%s : une clé et sa valeur sont reliées par =, pas par : (écrivez : %s = %s)`,
	`%s: text goes between straight double quotes ", not between %s %s (write: %s = "%s")`:                                                                               `%s : un texte se met entre guillemets droits ", pas entre %s %s (écrivez : %s = "%s")`,
	`%s: %s is not something a text between double quotes may hold, as \ starts an escape there (write \\ for a backslash, or put the text between ' quotes: %s = '%s')`: `%s : un texte entre guillemets droits ne peut pas contenir %s, car \ y commence un échappement (écrivez \\ pour une barre oblique inverse, ou mettez le texte entre apostrophes : %s = '%s')`,
	`%s: a \ ends the line, inside a text between double quotes (remove it, or, for a text over several lines, open and close it with """)`:                              `%s : un \ finit la ligne, dans un texte entre guillemets droits (supprimez-le, ou, pour un texte de plusieurs lignes, ouvrez-le et fermez-le par """)`,
	`%s is given twice, here and on line %d (keep one of the two lines)`:                                                                                                 `%s est donné deux fois, ici et à la ligne %d (gardez une des deux lignes)`,
	`%s is given twice (keep one of the two lines)`:                                                                                                                      `%s est donné deux fois (gardez une des deux lignes)`,
	`%s: the text %s is not between quotes (write: %s = "%s"; a date is written YYYY-MM-DD, a number in figures, without quotes)`:                                        `%s : le texte %s n’est pas entre guillemets (écrivez : %s = "%s" ; une date s’écrit AAAA-MM-JJ, un nombre en chiffres, sans guillemets)`,

	// table.go: what the parser says that no rule recognises.
	`%s: %s is not a day (a day is written YYYY-MM-DD; where a month will do, write it between double quotes: "%s")`: `%s : %s n’est pas un jour (un jour s’écrit AAAA-MM-JJ ; là où un mois suffit, écrivez-le entre guillemets droits : "%s")`,
	`%s: %s is not a date (expected YYYY-MM-DD, a day that exists)`:                                                  `%s : %s n’est pas une date (attendu : AAAA-MM-JJ, un jour qui existe)`,
	`%s: %s (text goes between double quotes, dates are written YYYY-MM-DD)`:                                         `%s : %s (un texte se met entre guillemets droits, une date s’écrit AAAA-MM-JJ)`,
	`invalid TOML after %s: %s (see https://toml.io for the syntax)`:                                                 `TOML invalide après %s : %s (la syntaxe est décrite sur https://toml.io)`,
	`invalid TOML: %s (see https://toml.io for the syntax)`:                                                          `TOML invalide : %s (la syntaxe est décrite sur https://toml.io)`,

	// table.go: the values.
	`%s is missing (add a line: %s)`:                                                                    `%s manque (ajoutez une ligne : %s)`,
	`%s: expected text between double quotes, found %s (write: %s)`:                                     `%s : un texte entre guillemets droits est attendu, et c’est %s (écrivez : %s)`,
	`%s is empty (write: %s)`:                                                                           `%s est vide (écrivez : %s)`,
	`%s: expected a list of texts, found %s (write: %s)`:                                                `%s : une liste de textes est attendue, et c’est %s (écrivez : %s)`,
	`%s: expected a list of texts, found %s in it (write: %s)`:                                          `%s : une liste de textes est attendue, et elle contient %s (écrivez : %s)`,
	`%s is missing (add a line: %s = YYYY-MM-DD)`:                                                       `%s manque (ajoutez une ligne : %s = AAAA-MM-JJ)`,
	`%s: a time of day alone is not a date (write: %s = YYYY-MM-DD)`:                                    `%s : une heure seule n’est pas une date (écrivez : %s = AAAA-MM-JJ)`,
	`%s: %q is not a date (write the day year first, in figures, without quotes: %s = YYYY-MM-DD)`:      `%s : %q n’est pas une date (écrivez le jour en chiffres, l’année d’abord, sans guillemets : %s = AAAA-MM-JJ)`,
	`%s: expected a date, found %s (write: %s = YYYY-MM-DD)`:                                            `%s : une date est attendue, et c’est %s (écrivez : %s = AAAA-MM-JJ)`,
	`%s: %q is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or a decade such as 199X)`:                `%s : %q n’est pas une date (attendu : AAAA-MM-JJ, AAAA-MM, AAAA ou une décennie comme 199X)`,
	`%s: %d without quotes is a number (write a year between double quotes: %s = "%d")`:                 `%s : %d sans guillemets est un nombre (écrivez une année entre guillemets droits : %s = "%d")`,
	`%s: expected tables written [[%s]], found %s (write each as a line [[%s]] followed by its fields)`: `%s : des tables écrites [[%s]] sont attendues, et c’est %s (écrivez chacune comme une ligne [[%s]] suivie de ses champs)`,
	`unknown key %s — did you mean %s? (it is ignored)`:                                                 `clé inconnue %s — vouliez-vous dire %s ? (elle est ignorée)`,
	`unknown key %s (it is ignored; known keys: %s)`:                                                    `clé inconnue %s (elle est ignorée ; clés connues : %s)`,
}}
