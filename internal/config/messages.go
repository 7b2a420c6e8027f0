package config

import "timeline/internal/diag"

// messages are site.toml's problems in French, for a site whose language
// is French (see tomlpos.Table.Catalog); TestMessagesFrench checks that
// the problems of the tests have their translation here.
var messages = diag.Catalog{"fr": {
	`language: %q is not a language code (write its code in lowercase letters: fr, en, es…)`:                    `language : %q n’est pas un code de langue (écrivez son code en minuscules : fr, en, es…)`,
	`base_url: %q is not an absolute http(s) URL (write: base_url = "https://example.org/")`:                    `base_url : %q n’est pas une adresse http(s) complète (écrivez : base_url = "https://example.org/")`,
	`no episode defined (add at least one [[episode]] table with id, title, start, end)`:                        `aucun épisode (ajoutez au moins une table [[episode]] avec id, title, start, end)`,
	`id: %q cannot be used in a web address (use lowercase letters, digits and hyphens)`:                        `id : %q ne peut pas figurer dans une adresse web (employez des minuscules sans accents, des chiffres et des traits d’union)`,
	`%s: %s is not a day (write %s = YYYY-MM-DD)`:                                                               `%s : %s n’est pas un jour (écrivez %s = AAAA-MM-JJ)`,
	`end: %s is before start %s (swap them or fix the year)`:                                                    `end : %s précède start %s (échangez-les ou corrigez l’année)`,
	`id: %q is already the id of episode %d (give each episode its own id)`:                                     `id : %q est déjà l’id de l’épisode %d (donnez à chaque épisode son propre id)`,
	`episode %q has no start, but only the first episode may be open towards the past (add start = YYYY-MM-DD)`: `l’épisode %q n’a pas de début, or seul le premier épisode peut rester ouvert vers le passé (ajoutez start = AAAA-MM-JJ)`,
	`episode %q has no end, but only the last episode may be open (add end = YYYY-MM-DD)`:                       `l’épisode %q n’a pas de fin, or seul le dernier épisode peut rester ouvert (ajoutez end = AAAA-MM-JJ)`,
	`start: episode %q starts on %s but %q runs until %s: episodes overlap (start it on %s)`:                    `start : l’épisode %q commence le %s mais %q dure jusqu’au %s : les épisodes se chevauchent (faites-le commencer le %s)`,
	`start: episode %q starts on %s but %q ends on %s: the days between belong to no episode (start it on %s)`:  `start : l’épisode %q commence le %s mais %q finit le %s : les jours entre les deux n’appartiennent à aucun épisode (faites-le commencer le %s)`,
}}
