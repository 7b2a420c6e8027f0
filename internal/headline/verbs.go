package headline

import "bytes"

// verbCount counts the past verbs of a sentence by what they report.
type verbCount struct {
	event  int // "a lancé", "ont été tués", "lança", "shelled", "has taken"
	speech int // "a déclaré", "said"
	state  int // "était", "a été une", "was"
}

func (v verbCount) past() int { return v.event + v.speech + v.state }

// verbs counts the past verbs of the sentence: the compound past
// (auxiliary, adverbs, participle), the simple past (listed, or read by
// its ending: "lancèrent", "shelled"), and the imperfect of the auxiliaries.
func (t *text) verbs() verbCount {
	var v verbCount
	for i := 0; i < len(t.toks); i++ {
		tk := t.toks[i]
		if !tk.word() {
			continue
		}
		if tk.cls&aux != 0 {
			if j := t.participleAfter(i); j > 0 {
				if t.is(j, "été") || t.is(j, "been") {
					// "ont été tués", "has been shelled"; "a été une catastrophe" is a state.
					if k := t.participleAfter(j); k > 0 {
						j = k
					} else {
						v.state++
						i = j
						continue
					}
				}
				switch {
				case t.toks[j].cls&speech != 0:
					v.speech++
				case t.is(i, "is") || t.is(i, "are"):
					v.state++ // "The region is controlled by…": a present
				default:
					v.event++
				}
				i = j
				continue
			}
			if t.pastAux(i) {
				v.state++
			}
			continue
		}
		if tk.cls&pastVerb != 0 || t.simplePast(i) {
			if tk.cls&speech != 0 {
				v.speech++
			} else {
				v.event++
			}
		}
	}
	return v
}

// participleAfter returns the participle that follows the auxiliary at i,
// past up to three adverbs ("a également été", "n'a pas encore"), 0 if none.
func (t *text) participleAfter(i int) int {
	for j := i + 1; j < len(t.toks) && j <= i+4; j++ {
		tk := t.toks[j]
		if t.isParticiple(j) {
			return j
		}
		if !tk.word() || tk.cls&adverb == 0 {
			return 0
		}
	}
	return 0
}

// isParticiple reports whether token i is a past participle: listed ("été",
// "pris", "taken"), or by its ending ("lancé", "tués", "abattu", "ouvert",
// "shelled").
func (t *text) isParticiple(i int) bool {
	tk := t.toks[i]
	if !tk.word() || tk.flags&(isUpper|isDigit) != 0 || tk.cls&notParticiple != 0 {
		return false
	}
	if tk.cls&participle != 0 {
		return true
	}
	k := t.key(i)
	if len(k) < 3 {
		return false
	}
	if t.lang != "en" {
		for _, e := range frParticiple {
			if bytes.HasSuffix(k, e) {
				return true
			}
		}
	}
	return t.lang != "fr" && bytes.HasSuffix(k, ed)
}

var (
	// frParticiple are the endings of French past participles: "lancé",
	// "tuées", "saisi", "abattus", "ouvert", "atteint", "mort".
	frParticiple = [][]byte{
		[]byte("é"), []byte("ée"), []byte("és"), []byte("ées"), []byte("i"), []byte("is"),
		[]byte("ie"), []byte("ies"), []byte("u"), []byte("us"), []byte("ue"), []byte("ues"),
		[]byte("ert"), []byte("erts"), []byte("erte"), []byte("int"), []byte("ints"), []byte("ort"),
	}
	ed = []byte("ed")
	// frSimplePast is the ending of the simple past of the third person
	// plural: "lancèrent", "prirent", "furent".
	frSimplePast = [][]byte{[]byte("èrent"), []byte("irent"), []byte("urent")}
)

// simplePast reports whether token i is a simple past by its ending:
// "lancèrent", "shelled" (not "the disputed region", an adjective).
func (t *text) simplePast(i int) bool {
	tk := t.toks[i]
	if tk.flags&(isUpper|isDigit) != 0 || tk.cls&notParticiple != 0 {
		return false
	}
	k := t.key(i)
	if t.lang != "en" {
		for _, e := range frSimplePast {
			if bytes.HasSuffix(k, e) {
				return true
			}
		}
	}
	return t.lang != "fr" && len(k) >= 5 && bytes.HasSuffix(k, ed) &&
		(i == 0 || t.toks[i-1].cls&(determiner|possessive|aux) == 0)
}

// pastAux reports whether the auxiliary at i is a past of its own: "était",
// "avaient", "was", "had".
func (t *text) pastAux(i int) bool {
	switch string(t.key(i)) {
	case "était", "étaient", "avait", "avaient", "fut", "furent", "eut", "eurent", "was", "were", "had":
		return true
	}
	return false
}
