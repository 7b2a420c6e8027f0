package kinds

// cue is what a word does to the signals after it.
type cue uint8

const (
	noCue cue = iota
	// negation cancels a signal among the next negationReach words:
	// "aucun affrontement n'a été signalé", "no shelling was reported",
	// "n'ont pas été bombardés"; a threat, a fear or a condition too,
	// for what has not happened: "menace de bombarder", "if fighting
	// resumes", "pour éviter de nouveaux affrontements".
	negation
	// denial cancels a signal up to the end of its clause (denialReach
	// words at most): "Bakou a démenti avoir bombardé des villages",
	// "the ministry denied that its forces had shelled Martuni". ACLED
	// codes what a party claims happened, never what it denies; the denial
	// itself is a statement, which the typology's lists give.
	denial
	// turn ends the reach of a cue as a comma does: "aucun soldat n'a été
	// blessé, mais les bombardements ont repris".
	turn
)

const (
	// negationReach: "pas de victimes civiles" is cancelled; "pas moins de
	// trente obus", four words on, is not.
	negationReach = 3
	// denialReach: a denial covers its clause, "a démenti les informations
	// selon lesquelles ses forces auraient bombardé", not the sentence.
	denialReach = 8
)

// cues are the cue words by language, folded. A word missing here cancels
// nothing; a word wrongly here costs a kind, never gives one.
var cues = map[string]map[string]cue{
	"fr": words(map[cue][]string{
		negation: {
			"aucun", "aucune", "sans", "pas", "ni", "jamais", "nul", "nulle",
			// what has not happened: a threat, a fear, a condition, a purpose
			"si", "menace", "menacent", "menacant", "menacait", "menacaient",
			"risque", "risques", "crainte", "craintes", "craint", "craignent",
			"eviter", "empecher", "prevenir",
		},
		denial: {
			"dement", "dementent", "dementi", "dementis", "dementait", "dementaient",
			"dementant", "nie", "nient", "niait", "niaient", "niant",
		},
		turn: {"mais", "cependant", "toutefois", "tandis", "alors"},
	}),
	"en": words(map[cue][]string{
		negation: {
			"no", "not", "never", "without", "nor", "neither", "none",
			"didn", "doesn", "don", "wasn", "weren", "hasn", "haven", "hadn", "isn", "aren",
			"if", "whether", "threatened", "threatens", "threaten", "threat", "threats",
			"risk", "risks", "fear", "fears", "feared", "avoid", "prevent", "avert",
		},
		denial: {"deny", "denies", "denied", "denying", "denial", "denials"},
		turn:   {"but", "however", "while", "whereas", "although"},
	}),
}

func words(m map[cue][]string) map[string]cue {
	out := map[string]cue{}
	for c, ws := range m {
		for _, w := range ws {
			out[w] = c
		}
	}
	return out
}

// cancelled reports whether a cue before m, in its clause and within
// reach, cancels it. A cue inside a phrase found in the sentence is part
// of that phrase, not a cue: the "sans" of "sans-abri", the "denied" of
// "denied access".
func (x *index) cancelled(s *scratch, m match) bool {
	for j, d := int(m.start)-1, 1; j >= 0 && d <= denialReach; j, d = j-1, d+1 {
		if s.words[j+1].clause {
			return false
		}
		tk := s.words[j]
		c := x.cues[string(s.buf[tk.start:tk.end])]
		if c == noCue || inPhrase(s.matches, j) {
			continue
		}
		switch {
		case c == turn:
			return false
		case c == denial, c == negation && d <= negationReach:
			return true
		}
	}
	return false
}

// inPhrase reports whether word w is inside a match of several words.
func inPhrase(ms []match, w int) bool {
	for _, m := range ms {
		if !m.dropped && m.stop-m.start > 1 && int(m.start) <= w && w < int(m.stop) {
			return true
		}
	}
	return false
}
