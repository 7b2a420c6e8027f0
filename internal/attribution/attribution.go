// Package attribution finds who a news sentence says is speaking: "selon le
// ministère russe des Affaires étrangères", "a déclaré Hikmet Hajiyev",
// "d'après le document", "the defence ministry said". It returns that noun
// phrase as it stands in the sentence, or "" when the sentence names no one.
//
// It reads one sentence at a time and knows nothing of dates or articles;
// pronouns ("a-t-il déclaré") are not resolved.
package attribution

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Find returns the attribution of sentence, "" when none. skip holds byte
// spans (the date expressions) an attribution never includes: "selon les
// informations du 20 septembre" is attributed to "les informations".
// The result is most often a slice of sentence, and keeps it alive.
func Find(sentence string, skip [][2]int) string {
	t := pool.Get().(*tokens)
	defer put(t)
	tokenize(t, sentence)
	ws := t.ws
	if span, ok := find(ws, skip); ok {
		return clean(sentence[ws[span[0]].start:ws[span[1]-1].end])
	}
	return ""
}

// pool holds the tokens of the sentences being read, reused: every dated
// sentence of every article is read, and a new slice of tokens for each
// was a noticeable part of what a build allocates. What Find returns is
// a slice of the sentence, never of its tokens.
var pool = sync.Pool{New: func() any { return new(tokens) }}

// put returns t to the pool, unless a very long sentence grew it: one
// 50 MB line would otherwise be kept for the rest of the build.
func put(t *tokens) {
	if cap(t.buf) > 1<<16 {
		return
	}
	pool.Put(t)
}

// clean trims the trailing punctuation of a phrase and gives its words one
// space between them. Most phrases already have it: they are returned as
// they stand, a slice of the sentence, and only the others are split and
// rejoined.
func clean(s string) string {
	s = strings.TrimRight(s, " ,;:")
	if spaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// spaced reports whether s is what strings.Fields and strings.Join would
// make of it: no space at either end, and one ASCII space, never another
// white space, between two words.
func spaced(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
					return false
				}
			} else if asciiSpace[c] {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// asciiSpace holds the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
