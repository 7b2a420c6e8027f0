package gazetteer

import "strings"

// Speaker returns the id of the actor a speaker names, as attribution
// writes the speaker ("le ministère azerbaïdjanais de la Défense", "Ilham
// Aliev", "Bakou", "the ICRC"), "" when it names none. Where it names
// several, the most specific wins, the one with the most parents above it
// ("le porte-parole du Kremlin Dmitri Peskov" is Peskov, not the Kremlin),
// then the first.
//
// Besides the actors' names and metonyms, it reads the rule of nationality:
// a side named by an adjective or a place ("azerbaïdjanais", "de
// l'Azerbaïdjan", "Azerbaijan's") with a role ("ministère de la Défense",
// "Defence Ministry", "président", "armée") is that side's actor of the
// role; a side named without a known role is the side's government ("un
// responsable arménien").
func (g *Gazetteer) Speaker(speaker string) string {
	best, bestAt := -1, 0
	consider := func(n, at int) {
		if best < 0 || g.depth[n] > g.depth[best] || g.depth[n] == g.depth[best] && at < bestAt {
			best, bestAt = n, at
		}
	}
	for _, m := range g.actorIndex.find(nil, speaker, g.actorID, true) {
		consider(g.actorByID[m.ID], m.Start)
	}
	if n, at := g.nationality(speaker); n >= 0 {
		consider(n, at)
	}
	if best < 0 {
		return ""
	}
	return g.Actors[best].ID
}

// nationality applies the rule of nationality to speaker: it returns the
// actor and the offset of its role's words, or -1 when the speaker names no
// side or several.
func (g *Gazetteer) nationality(speaker string) (int, int) {
	marks := g.markers.find(nil, speaker, g.actorID, true)
	if len(marks) == 0 {
		return -1, 0
	}
	side := g.Actors[g.actorByID[marks[0].ID]].Side
	for _, m := range marks[1:] {
		if g.Actors[g.actorByID[m.ID]].Side != side {
			return -1, 0 // "l'ambassadeur arménien à Moscou" names one; "Bakou et Erevan" two
		}
	}
	gov, ok := g.byRole[side+" government"]
	if !ok {
		gov = -1
	}
	words, at := contentWords(speaker, marks)
	role, k := findRole(words)
	if role == "" {
		return gov, marks[0].Start
	}
	if n, ok := g.byRole[side+" "+role]; ok {
		return n, at[k]
	}
	// "le parlement iranien": a role the side has no actor for is the side's.
	return gov, at[k]
}

// functionWords are left out of the words a role is looked for in, so that
// "ministère de la Défense de l'Azerbaïdjan", with its country taken out,
// is the role's "ministère défense".
var functionWords = map[string]bool{
	"le": true, "la": true, "les": true, "l": true, "de": true, "du": true, "des": true, "d": true,
	"au": true, "aux": true, "un": true, "une": true, "the": true, "of": true, "s": true, "a": true, "an": true,
}

// contentWords returns the folded words of s that are neither a marker of
// a side nor a function word, with their offsets in s.
func contentWords(s string, marks []Match) ([]string, []int) {
	var words []string
	var at []int
	var buf [maxWord + 4]byte
	for i := 0; ; {
		ws, we, _ := nextWord(s, i)
		if ws < 0 {
			break
		}
		i = we
		inMark := false
		for _, m := range marks {
			inMark = inMark || m.Start <= ws && we <= m.End
		}
		w, ok := foldWord(buf[:], s[ws:we])
		if inMark || !ok || functionWords[string(w)] {
			continue
		}
		words = append(words, string(w))
		at = append(at, ws)
	}
	return words, at
}

// roles are the phrases that name a role, as content words: the head nouns
// of the rule of nationality, French and English.
var roles = func() map[string][]rolePhrase {
	phrases := map[string][]string{
		"defence-ministry": {"ministère de la Défense", "ministère de la Défense nationale", "Defence Ministry", "Defense Ministry", "Ministry of Defence", "Ministry of Defense", "MoD"},
		"defence-minister": {"ministre de la Défense", "Defence Minister", "Defense Minister", "Minister of Defence", "Minister of Defense"},
		"foreign-ministry": {"ministère des Affaires étrangères", "diplomatie", "Foreign Ministry", "Ministry of Foreign Affairs", "Foreign Affairs Ministry", "MFA", "département d'État", "State Department"},
		"foreign-minister": {"ministre des Affaires étrangères", "chef de la diplomatie", "Foreign Minister", "Minister of Foreign Affairs", "secrétaire d'État", "Secretary of State"},
		"army":             {"armée", "forces armées", "forces", "army", "armed forces", "military", "militaires", "troupes", "troops", "soldats", "soldat", "soldiers", "soldier", "état-major", "General Staff", "unités", "units"},
		"government":       {"gouvernement", "autorités", "government", "authorities", "exécutif", "pouvoir", "dirigeants", "leadership", "officials", "responsables", "responsable", "official"},
		"president":        {"président", "présidente", "présidence", "chef de l'État", "head of state", "president", "presidency"},
		"prime-minister":   {"premier ministre", "Prime Minister", "chef du gouvernement"},
		"parliament":       {"parlement", "parliament", "Assemblée nationale", "National Assembly", "députés", "lawmakers"},
		"peacekeepers":     {"forces de maintien de la paix", "soldats de la paix", "casques bleus", "contingent de maintien de la paix", "maintien de la paix", "peacekeepers", "peacekeeping forces", "peacekeeping contingent", "peacekeeping"},
		"ombudsman":        {"médiateur", "défenseur des droits", "défenseur des droits de l'homme", "ombudsman", "Human Rights Defender"},
	}
	out := map[string][]rolePhrase{}
	for _, role := range Roles {
		for _, p := range phrases[role] {
			var words []string
			for _, w := range strings.Fields(Fold(p)) {
				if !functionWords[w] {
					words = append(words, w)
				}
			}
			out[words[0]] = append(out[words[0]], rolePhrase{words: words, role: role})
		}
	}
	return out
}()

type rolePhrase struct {
	words []string
	role  string
}

// findRole returns the role of the longest phrase of roles in words, the
// first of the longest, and the index of its first word; "" when none.
func findRole(words []string) (string, int) {
	best, bestLen, bestAt := "", 0, 0
	for i, w := range words {
		for _, p := range roles[w] {
			if len(p.words) <= bestLen || i+len(p.words) > len(words) {
				continue
			}
			match := true
			for k, pw := range p.words {
				match = match && words[i+k] == pw
			}
			if match {
				best, bestLen, bestAt = p.role, len(p.words), i
			}
		}
	}
	return best, bestAt
}
