package kinds

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"timeline/internal/fold"
)

// minStem is the number of letters a word needs before a star: "bom*"
// would find "bombe" but also "bomb" in every language and "bombay"; a
// shorter stem finds more words than anyone means.
const minStem = 3

// maxParts is the number of parts "+" may join: the parts found are
// kept in a byte.
const maxParts = 8

// pairReach is how many words at most stand between two parts of a
// signal: "deux civils ont été tués", "tuant deux civils", "50 civils,
// dont 5 enfants, ont été tués" are close; "the journalists reported that
// two soldiers had been killed" gives no civilians for its journalists.
const pairReach = 5

// stem is one word of a signal, folded: the whole word, or with star the
// start of words ("bombard*").
type stem struct {
	text string
	star bool
}

// phrase is the words of a signal one after the other: "cessez-le-feu" is
// cessez, le, feu.
type phrase []stem

// signal is one signal as written in a kind's list, read.
type signal struct {
	text string // as written
	// not is true for "!words": the words signal nothing, and the signals
	// among them do not count.
	not bool
	// parts must all be found, each as one of its phrases: one part for
	// most signals, two for "civils + tués".
	parts [][]phrase
}

// parseSignal reads one signal. Its error says, in an editor's words,
// what is wrong and how to write it.
func parseSignal(s string) (signal, error) {
	sig := signal{text: s}
	body := strings.TrimSpace(s)
	if body == "" {
		return sig, fmt.Errorf("an empty signal (write a word, or remove the empty quotes)")
	}
	if rest, ok := strings.CutPrefix(body, "!"); ok {
		sig.not = true
		body = strings.TrimSpace(rest)
		if body == "" {
			return sig, fmt.Errorf(`"!" alone (write the words that signal nothing after it: "!offensive diplomatique")`)
		}
		if strings.Contains(body, "+") {
			return sig, fmt.Errorf(`%q: a "!" signal cannot have parts joined by "+" (write the words as they stand together: "!offensive diplomatique")`, s)
		}
	}
	parts := strings.Split(body, "+")
	if len(parts) > maxParts {
		return sig, fmt.Errorf("%q has %d parts joined by \"+\", more than %d (split it into several signals)", s, len(parts), maxParts)
	}
	for _, part := range parts {
		var alts []phrase
		for _, alt := range strings.Split(part, "|") {
			p, err := parsePhrase(alt)
			if err != nil {
				return sig, fmt.Errorf("%q: %w", s, err)
			}
			alts = append(alts, p)
		}
		sig.parts = append(sig.parts, alts)
	}
	return sig, nil
}

// parsePhrase reads the words of one phrase: letters and digits, with a
// space, a hyphen or an apostrophe between words and a star at the end
// of one.
func parsePhrase(s string) (phrase, error) {
	f := fold.String(strings.TrimSpace(s))
	if f == "" {
		return nil, fmt.Errorf(`an empty word beside "+" or "|" (write a word on each side: "civils + tués", "tué|blessé")`)
	}
	var p phrase
	var cur strings.Builder
	flush := func(star bool) error {
		if cur.Len() == 0 {
			if star {
				return fmt.Errorf(`a star with no word before it (a star ends a word: "bombard*")`)
			}
			return nil
		}
		if star && utf8.RuneCountInString(cur.String()) < minStem {
			return fmt.Errorf("a star after only %q finds too many words (write at least %d letters before the star)", cur.String(), minStem)
		}
		p = append(p, stem{text: cur.String(), star: star})
		cur.Reset()
		return nil
	}
	for i, r := range f {
		switch {
		case isWordRune(r):
			cur.WriteRune(r)
		case r == '*':
			if next, _ := utf8.DecodeRuneInString(f[i+1:]); isWordRune(next) {
				return nil, fmt.Errorf(`a star inside a word (a star ends a word: "bombard*" finds bombardement and bombardé)`)
			}
			if err := flush(true); err != nil {
				return nil, err
			}
		case r == ' ' || r == '-' || r == '\'':
			if err := flush(false); err != nil {
				return nil, err
			}
		case r == ',' || r == ';':
			return nil, fmt.Errorf(`%q inside a signal (write each signal between its own quotes: "bombard*", "pilonn*")`, r)
		default:
			return nil, fmt.Errorf(`%q is not a letter (a signal holds letters and digits, with spaces, hyphens or apostrophes between words and a star at the end of one)`, r)
		}
	}
	if err := flush(false); err != nil {
		return nil, err
	}
	if len(p) == 0 {
		return nil, fmt.Errorf(`no word (write a word: "combats")`)
	}
	return p, nil
}

// isWordRune reports whether r belongs to a word, as the sentences are
// split (see split).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
