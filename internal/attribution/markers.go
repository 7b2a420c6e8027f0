package attribution

// byMarker returns the speaker a source marker among the cues introduces: "selon le
// ministère", "d'après des sources locales", "according to officials",
// "lit-on dans une note du ministère". pronoun reports a pronoun after the
// marker, which stands for a speaker named before: "selon lui".
func byMarker(ws []word, cues []int32, skip [][2]int) (sp span, pronoun bool) {
	for _, c := range cues {
		i := int(c)
		if !ws[i].is(opener) {
			continue
		}
		var from int
		switch {
		case ws[i].f == "selon" || ws[i].f == "d'apres" || ws[i].f == "apres" && i > 0 && ws[i-1].f == "d'":
			from = i + 1
		case ws[i].f == "according" && i+1 < len(ws) && ws[i+1].f == "to":
			from = i + 2
		case ws[i].f == "lit-on" && i+1 < len(ws) && ws[i+1].f == "dans":
			from = i + 2
		default:
			continue
		}
		from += asideAt(ws, from)
		if from < len(ws) && ws[from].is(personal) && (from+1 == len(ws) || ws[from+1].punct) {
			pronoun = true // "selon lui,", "according to them."
			continue
		}
		// "Selon les dernières informations, le bureau du président a
		// révélé": information is no speaker; acceptable says so, and a
		// reporting verb may still name one.
		if sp, ok := phraseAfter(ws, from, skip); ok && acceptable(ws, sp, 0) {
			return sp, pronoun
		}
	}
	return span{}, pronoun
}
