package kinds

// kinds returns the kinds the matches of s give, as a set of bits by the
// kinds' places in the typology: the matches inside longer ones are
// dropped, then those a negation or a denial cancels (negation.go); a
// signal of several parts counts when all of them remain, close together.
func (x *index) kinds(s *scratch) uint64 {
	ms := s.matches
	x.dropContained(ms)
	for i := range ms {
		ms[i].cancelled = !ms[i].dropped && x.sigs[ms[i].sig].kind >= 0 && x.cancelled(s, ms[i])
	}
	var set uint64
	for i, m := range ms {
		if m.dropped || m.cancelled || m.part != 0 {
			continue
		}
		ref := x.sigs[m.sig]
		if ref.kind < 0 {
			continue
		}
		if ref.parts == 1 || x.allParts(ms, i) {
			set |= 1 << ref.kind
		}
	}
	return set
}

// dropContained drops every match inside a longer one: "tirs
// d'artillerie" is a strike, and its "tirs" no clash; and every match
// inside a "!" one, of the same length too: "!offensive diplomatique"
// leaves "offensive" nothing to signal, "!bombardement*" silences
// "bombard*".
func (x *index) dropContained(ms []match) {
	for i := range ms {
		m := ms[i]
		for _, o := range ms {
			if o.start > m.start || m.stop > o.stop {
				continue
			}
			longer := o.stop-o.start > m.stop-m.start
			if longer || x.sigs[o.sig].kind < 0 && x.sigs[m.sig].kind >= 0 {
				ms[i].dropped = true
				break
			}
		}
	}
}

// allParts reports whether every other part of the signal of ms[i], a
// first part, is found within pairReach words of it.
func (x *index) allParts(ms []match, i int) bool {
	first := ms[i]
	for p := uint8(1); p < x.sigs[first.sig].parts; p++ {
		found := false
		for _, m := range ms {
			if !m.dropped && !m.cancelled && m.sig == first.sig && m.part == p && gap(first, m) <= pairReach {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// gap returns the number of words between a and b.
func gap(a, b match) int {
	switch {
	case a.stop <= b.start:
		return int(b.start - a.stop)
	case b.stop <= a.start:
		return int(a.start - b.stop)
	}
	return 0
}
