package content

import (
	"unicode"
	"unicode/utf8"
)

// The language of an article's text, read from its function words: an
// English article saved without language = "en" was read as French, every
// "Tuesday" and "last week" of it missed.
//
// Two languages need no statistical model: French and English share few
// short words, and every sentence holds several of them ("le", "des",
// "est", "qui" against "the", "of", "was", "that"). Words both languages
// use ("a", "on", "an", "as", "plus", "son") count for neither.

// Detect returns the language of the kept lines of lines, "fr" or "en",
// and "" when the text is too short or too mixed to tell: fewer than
// minWords function words, or fewer than ratio times as many of one
// language as of the other.
func Detect(lines []Line) string {
	var n [2]int
	for _, l := range lines {
		if l.Drop != "" {
			continue
		}
		countWords(l.Text, &n)
		if n[0]+n[1] >= enough {
			break
		}
	}
	fr, en := n[0], n[1]
	switch {
	case fr >= minWords && fr >= ratio*en:
		return "fr"
	case en >= minWords && en >= ratio*fr:
		return "en"
	}
	return ""
}

const (
	// minWords is the fewest function words a language needs: a sentence
	// or two of either holds that many, a dateline or a caption does not.
	minWords = 6
	// ratio is how many times more function words the winner needs than
	// the other language: a French article that quotes a sentence in
	// English stays French; one half in each is told neither.
	ratio = 4
	// enough is where counting stops: a few paragraphs tell, and a long
	// article costs no more than they do.
	enough = 120
)

// functionWords maps each function word, lowercase, to its language: 1
// French, 2 English.
var functionWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range []string{
		"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux",
		"et", "ou", "mais", "est", "sont", "été", "ont", "avait", "était", "sera",
		"qui", "que", "qu'", "dont", "où", "dans", "pour", "par", "avec", "sur",
		"sans", "entre", "vers", "selon", "depuis", "après", "avant", "cette",
		"ce", "ces", "il", "elle", "ils", "elles", "nous", "vous", "leur", "leurs",
		"se", "s'", "sa", "ses", "ne", "n'", "pas", "à", "y", "aussi", "lors",
	} {
		m[w] = 1
	}
	for _, w := range []string{
		"the", "of", "and", "to", "is", "was", "were", "are", "be", "been",
		"has", "have", "had", "that", "which", "who", "with", "for", "from",
		"by", "at", "it", "its", "this", "these", "those", "they", "their",
		"he", "she", "his", "her", "but", "not", "will", "would", "said",
		"in", "into", "after", "before", "since", "during", "than", "also", "about",
	} {
		m[w] = 2
	}
	return m
}()

// countWords adds to n the French (n[0]) and English (n[1]) function
// words of s. A word is a run of letters; an elided article or pronoun
// ("l'armée", "qu'il") counts with its apostrophe.
func countWords(s string, n *[2]int) {
	var buf [16]byte
	for i := 0; i < len(s); {
		w, r, next := buf[:0], rune(0), i
		long := false
		// ASCII letters are lowered a byte at a time; other runes decoded.
		for next < len(s) {
			size := 1
			if c := s[next]; c < utf8.RuneSelf {
				r = rune(c | 0x20) // lowercase for letters; checked below
				if r < 'a' || r > 'z' {
					r = rune(c)
					break
				}
			} else {
				r, size = utf8.DecodeRuneInString(s[next:])
				if !unicode.IsLetter(r) {
					break
				}
				r = unicode.ToLower(r)
			}
			next += size
			if len(w)+utf8.UTFMax > len(buf) {
				long = true // no function word is this long
				continue
			}
			w = utf8.AppendRune(w, r)
		}
		if next == i { // not a letter: the next rune
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		i = next
		if long {
			continue
		}
		if i < len(s) && (r == '\'' || r == '’') {
			// "l'", "qu’": an elided word keeps its apostrophe, as listed.
			if lang := functionWords[string(append(w, '\''))]; lang != 0 {
				n[lang-1]++
				continue
			}
		}
		if lang := functionWords[string(w)]; lang != 0 {
			n[lang-1]++
		}
	}
}
