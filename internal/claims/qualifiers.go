package claims

// Qualifiers, as Figure.Qualifier writes them.
const (
	AtLeast   = "at-least"   // "au moins", "at least", "no fewer than"
	MoreThan  = "more-than"  // "plus de", "more than", "over"
	About     = "about"      // "près de", "environ", "quelque", "some", "nearly", "une dizaine"
	UpTo      = "up-to"      // "jusqu'à", "up to", "as many as"
	FewerThan = "fewer-than" // "moins de", "fewer than", "under"
)

// qualifier returns the qualifier that ends just before token i, and the
// token it starts at: "au moins 16", "plus de 100", "près d'une
// centaine", "at least 200", "some 30,000". It returns "" and i when none.
func (s *state) qualifier(i int) (string, int) {
	for _, q := range qualifiers[s.lang] {
		from := i - len(q.words)
		if from < 0 {
			continue
		}
		ok := true
		for k, w := range q.words {
			t := &s.toks[from+k]
			// "handed over 17": "over" is the verb's, no qualifier.
			if t.f != w || t.in > 0 || t.ph != nil {
				ok = false
				break
			}
		}
		if ok {
			return q.norm, from
		}
	}
	return "", i
}
