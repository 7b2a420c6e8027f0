package timeline

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"timeline/internal/fold"
)

// The words a sentence is compared by, to tell whether two sentences of
// one date report the same happening (happening.go): what it names — the
// places, the actors, the action — without the words every sentence has.

// Word is one word a sentence names, as happenings compare them: the
// hash of its stem, with the low bit set when the text writes it with a
// capital inside the sentence (a place, an actor: "Stepanakert",
// "l'Azerbaïdjan"), which weighs more.
type Word uint32

// stem returns w without its proper-noun bit.
func (w Word) stem() uint32 { return uint32(w) >> 1 }

// proper reports whether w is a name.
func (w Word) proper() bool { return w&1 != 0 }

// stemLen is the longest stem, once a plural's s or x is dropped:
// "bombardé", "bombardements" and "bombarder" share "bomba";
// "arménien" and "Arménie" share "armen"; "russe" and "russes" "russe".
const stemLen = 5

// minWord is the shortest word that counts: shorter ones are nearly all
// articles, pronouns and prepositions ("les", "des", "the", "has").
const minWord = 4

// Signature returns the words of sentence, sorted and without
// repetition, leaving out the date expression at [start, end), numbers
// and the words every report has (stopWords). Its second result is the
// hash of the sentence's letters and digits, folded, which two copies of
// one sentence share (syndication, an article saved twice) even when their
// spaces, quotes or case differ.
func Signature(sentence string, start, end int) ([]Word, uint64) {
	var scratch [64]Word // the words, before the sentence's own slice is made
	words := scratch[:0]
	var norm [64]byte                      // scratch for one word
	norm64 := uint64(14695981039346656037) // FNV-1a, the same in every build: extractions are kept on disk
	first := true                          // the sentence's first word: its capital says nothing
	for i := 0; i < len(sentence); {
		r, size := runeAt(sentence, i)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		// A word: letters and digits, with inner hyphens ("Haut-Karabakh").
		j := i
		digits := false
		for j < len(sentence) {
			r, size := runeAt(sentence, j)
			switch {
			case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
			case r < utf8.RuneSelf && '0' <= r && r <= '9':
				digits = true
			case r >= utf8.RuneSelf && unicode.IsLetter(r):
			case r >= utf8.RuneSelf && unicode.IsDigit(r):
				digits = true
			case r == '-' && j+size < len(sentence) && j > i:
			default:
				goto done
			}
			j += size
		}
	done:
		raw := sentence[i:j]
		folded := fold.Append(norm[:0], raw)
		for _, c := range folded {
			norm64 ^= uint64(c)
			norm64 *= 1099511628211
		}
		norm64 ^= ' ' // words apart: "Haut Karabakh" is not "HautKarabakh"
		norm64 *= 1099511628211
		upper := unicode.IsUpper(r)
		if !(i < end && j > start) && !digits && len(folded) >= minWord && !stopWords[string(folded)] {
			s := folded
			if c := s[len(s)-1]; c == 's' || c == 'x' {
				s = s[:len(s)-1]
			}
			if len(s) > stemLen {
				s = s[:stemLen]
			}
			w := Word(hashStem(s) << 1)
			if upper && !first {
				w |= 1
			}
			words = append(words, w)
		}
		first = false
		i = j
	}
	if len(words) == 0 {
		return nil, norm64
	}
	slices.Sort(words)
	k := 1
	for _, w := range words[1:] {
		switch {
		case w.stem() != words[k-1].stem():
			words[k] = w
			k++
		case w.proper():
			words[k-1] = w // "Arménie" and "arménien": one word, a name
		}
	}
	return slices.Clone(words[:k]), norm64
}

// runeAt decodes the rune at i of s, ASCII without the decoder.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// hashStem is FNV-1a of the stem on 31 bits: a word's hash is the same
// in every build, as the happenings it makes must be.
func hashStem(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h & 0x7fffffff
}

// stopWords are the folded words of four letters or more that say
// nothing of what happened: grammar words, reporting verbs (who says it
// is not what happened), the words of dates and times (the date is
// shared by definition), in French and English.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		// French grammar
		"avec", "sans", "sous", "dans", "pour", "par", "leur", "leurs", "elle", "elles", "nous", "vous",
		"cette", "cettes", "celui", "celle", "ceux", "celles", "sont", "etait", "etaient", "avait", "avaient",
		"sera", "seront", "serait", "aurait", "auraient", "ete", "etre", "avoir", "fait", "faire", "selon",
		"apres", "avant", "depuis", "entre", "contre", "plus", "moins", "tout", "tous", "toute", "toutes",
		"comme", "mais", "donc", "aussi", "alors", "encore", "deja", "meme", "memes", "autre", "autres",
		"dont", "quand", "lors", "vers", "chez", "ainsi", "tres", "bien", "peut", "doit", "devrait",
		"lequel", "laquelle", "lesquels", "auquel", "duquel", "quelque", "quelques", "chaque", "notamment",
		"part", "cote", "egalement", "toujours", "jamais", "rien", "personne", "afin", "ceci", "cela",
		"parmi", "pendant", "durant", "jusqu", "jusque", "lorsque", "puis", "dela", "deux", "trois",
		"quatre", "cinq", "sept", "huit", "neuf", "onze", "douze", "vingt", "trente", "cent", "cents",
		"mille", "premier", "premiere", "dernier", "derniere", "derniers", "dernieres", "prochain",
		"prochaine", "nouveau", "nouvelle", "nouveaux", "nouvelles", "ont", "avons", "avez", "suis",
		"sommes", "etes", "etait", "quelle", "quelles", "quels", "quel", "leurs", "votre", "notre",
		// French reporting
		"declare", "declaree", "declares", "declaration", "annonce", "annoncee", "annonces", "affirme",
		"affirmee", "indique", "indiquee", "precise", "assure", "ajoute", "explique", "souligne",
		"estime", "communique", "porte-parole", "dire", "dit", "selon",
		// French time
		"janvier", "fevrier", "mars", "avril", "juin", "juillet", "aout", "septembre", "octobre",
		"novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		"aujourd'hui", "aujourd", "hier", "demain", "veille", "lendemain", "matin", "soir", "soiree",
		"nuit", "journee", "heure", "heures", "semaine", "semaines", "mois", "annee", "annees", "jour",
		"jours", "debut", "moment",
		// English grammar
		"with", "without", "from", "into", "onto", "that", "this", "these", "those", "there", "their",
		"they", "them", "have", "been", "were", "will", "would", "could", "should", "after", "before",
		"since", "between", "against", "more", "less", "also", "other", "others", "which", "while",
		"when", "where", "about", "over", "under", "than", "then", "very", "such", "some", "only",
		"first", "last", "next", "said", "says", "told", "according", "stated", "added", "announced",
		"statement", "spokesman", "spokeswoman", "spokesperson",
		// English time
		"january", "february", "march", "april", "june", "july", "august", "september", "october",
		"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "today", "yesterday", "tomorrow", "morning", "evening", "night", "week", "weeks",
		"month", "months", "year", "years",
	} {
		m[w] = true
	}
	return m
}()
