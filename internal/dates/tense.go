package dates

import "strings"

// tenseAt returns the tense of the statement around p: that of the nearest
// verb form or cue that tells one ("sera", "a annoncé", "prochain", "will"),
// neutral if there is none. The nearest wins so that in "il a annoncé qu'il
// se rendra à Moscou le 3 mai" the date goes with "rendra".
func (m *matcher) tenseAt(p phrase) tense {
	if !m.markDone {
		m.markers = m.findMarkers(m.markers[:0])
		m.markDone = true
	}
	best, bestD := neutral, len(m.t)+1
	for _, mk := range m.markers {
		var d int
		switch {
		case mk.i < p.first:
			d = p.first - mk.i
		case mk.i >= p.end:
			d = mk.i - p.end + 1
		default:
			continue // "prochain" in "lundi prochain" is the phrase's own
		}
		if d < bestD {
			best, bestD = mk.t, d
		}
	}
	return best
}

// findMarkers lists the tokens of the sentence that tell a tense.
func (m *matcher) findMarkers(out []marker) []marker {
	for i := range m.t {
		t := &m.t[i]
		if t.kind != tWord {
			continue
		}
		if t.lex != nil {
			switch {
			case t.lex.w == wA && (t.upper || m.word(i-1) == wY):
				continue // "A 20 h" (à), "il y a des victimes" (present)
			case t.lex.tense != neutral:
				out = append(out, marker{i, t.lex.tense})
				continue
			}
			if t.lex.stop {
				continue
			}
		}
		if t.upper {
			continue // "Ankara", "Sahara": names, not verbs
		}
		if tn := verbTense(m.s[t.s:t.e]); tn != neutral {
			out = append(out, marker{i, tn})
		}
	}
	return out
}

// verbTense guesses the tense of a lowercase word from its ending: the French
// simple future ("lancera", "reprendront", "finirons"), the French imperfect
// ("affirmait", "tenaient") and the English past ("attacked").
func verbTense(w string) tense {
	n := len(w)
	switch {
	case n >= 5 && (strings.HasSuffix(w, "era") || strings.HasSuffix(w, "ira") ||
		strings.HasSuffix(w, "dra") || strings.HasSuffix(w, "ura") || strings.HasSuffix(w, "rra")):
		if notFuture[w] {
			return neutral
		}
		return future
	case n >= 6 && strings.HasSuffix(w, "ront"):
		if notFuture[w] {
			return neutral
		}
		return future
	case n >= 6 && (strings.HasSuffix(w, "erons") || strings.HasSuffix(w, "irons") ||
		strings.HasSuffix(w, "erez") || strings.HasSuffix(w, "irez") ||
		strings.HasSuffix(w, "erai") || strings.HasSuffix(w, "irai")):
		if notFuture[w] {
			return neutral
		}
		return future
	case n >= 5 && (strings.HasSuffix(w, "rait") || strings.HasSuffix(w, "raient")):
		return neutral // the conditional reports; it dates nothing
	case n >= 5 && (strings.HasSuffix(w, "ait") || strings.HasSuffix(w, "aient")):
		if notPast[w] {
			return neutral
		}
		return past
	case n >= 5 && strings.HasSuffix(w, "ed"):
		if notPast[w] {
			return neutral
		}
		return past
	}
	return neutral
}

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
