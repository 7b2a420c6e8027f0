// Package attribution finds who a news sentence says is speaking: "selon le
// ministère russe des Affaires étrangères", "a déclaré à l'AFP le
// porte-parole du ministère", "d'après des sources locales", "the defence
// ministry said", "according to officials".
//
// A speaker needs a reporting verb ("a déclaré", "affirme", "a fait
// savoir", "said", "told") or a source marker ("selon", "d'après",
// "according to"), and is the noun phrase it governs, before or after it.
// The rules come in families, each in a file named for what it
// recognises: markers.go (source markers), verbs.go (reporting verbs,
// subject first or inverted, passive), phrase.go (where a noun phrase
// starts and ends, and what may not be a speaker), dateline.go (the
// "EREVAN, 26 sept (AFP) -" a sentence may still open with); their words
// are lists in lexicon.go an editor extends. The subject of a verb that
// does not report ("Un missile a frappé"), a dateline's place, a pronoun
// fragment ("sa part", "Cette") and what informs without speaking ("les
// dernières informations") are never speakers.
//
// One speaker is written one way wherever the sentence puts it: its words
// one space apart, and a leading article in lowercase, as the middle of a
// sentence writes it: "Le ministère arménien de la Défense a affirmé" and
// "selon le ministère arménien de la Défense" both give "le ministère
// arménien de la Défense". Key gives what two writings of one speaker
// that still differ (a capital inside, an apostrophe, a leading article)
// have in common.
//
// Find reads one sentence. A Finder reads the sentences of a text in
// order, so that a pronoun speaker ("a-t-il déclaré", "Il affirme",
// "selon lui", "he said") is the last speaker its paragraph named. The
// package knows nothing of dates or articles: its caller says where the
// date expressions are and where a paragraph ends.
package attribution

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"timeline/internal/fold"
)

// Find returns the speaker of sentence, "" when it names none. skip holds
// byte spans (the date expressions) a speaker never includes: "selon les
// informations du 20 septembre" is attributed to "les informations". A
// pronoun speaker is "" here: only a Finder knows whom it stands for.
// The result is most often a slice of sentence, and keeps it alive.
func Find(sentence string, skip [][2]int) string {
	r := read(sentence, skip)
	if sp, ok := r.named(); ok {
		return normal(sentence[sp[0]:sp[1]])
	}
	return ""
}

// Finder finds the speakers of the sentences of a text read in order: a
// pronoun speaker ("», a-t-il déclaré", "Il affirme aussi", "selon
// elle") is the last speaker named in the same paragraph, and none when
// the paragraph named none before it. The zero Finder is ready to use;
// a Finder reads one text at a time.
type Finder struct {
	last   string   // the last speaker the paragraph named, "" when none
	unread []string // the paragraph's sentences after last's, not read yet (see Pass)
}

// Paragraph tells f that a new paragraph starts: a pronoun no longer
// stands for a speaker named before.
func (f *Finder) Paragraph() { f.name("") }

// Pass tells f of the next sentence of the paragraph, whose speaker the
// caller does not want (it carries no date). f reads it only when a later
// pronoun needs the speaker it may name: most sentences never are.
func (f *Finder) Pass(sentence string) {
	f.unread = append(f.unread, sentence)
}

// Find returns the speaker of sentence, the next of the paragraph, as
// the package's Find does, but a pronoun speaker is the last speaker the
// paragraph named.
func (f *Finder) Find(sentence string, skip [][2]int) string {
	r := read(sentence, skip)
	if r.pronoun && !r.verb.ok() {
		if last := f.lastNamed(); last != "" {
			return last
		}
	}
	// "», a-t-il déclaré, selon l'agence Interfax", with no one named
	// before: the marker's speaker.
	if sp, ok := r.named(); ok {
		f.name(normal(sentence[sp[0]:sp[1]]))
		return f.last
	}
	return ""
}

// name makes s the paragraph's last named speaker ("" for none): the
// sentences passed before it no longer matter.
func (f *Finder) name(s string) {
	f.last = s
	clear(f.unread)
	f.unread = f.unread[:0]
}

// lastNamed returns the last speaker the paragraph named, reading the
// sentences passed since the last one read, from the last back.
func (f *Finder) lastNamed() string {
	for k := len(f.unread) - 1; k >= 0; k-- {
		s := f.unread[k]
		r := read(s, nil)
		if r.pronoun && !r.verb.ok() {
			continue // its speaker, if any, was named before it
		}
		if sp, ok := r.named(); ok {
			// A copy: the passed sentence is a slice of its article,
			// which the speaker would keep alive.
			f.name(strings.Clone(normal(s[sp[0]:sp[1]])))
			break
		}
	}
	clear(f.unread)
	f.unread = f.unread[:0]
	return f.last
}

// result is what the rules found in one sentence: the byte spans of the
// speaker a reporting verb governs and of the one a source marker
// introduces, and whether a pronoun speaks.
type result struct {
	verb, marker offsets
	pronoun      bool
}

// offsets is a byte span [start, end) of a sentence, empty when a rule
// found nothing.
type offsets [2]int

// ok reports whether b holds a byte.
func (b offsets) ok() bool { return b[1] > b[0] }

// named returns the speaker the sentence names: a reporting verb's
// ("a confirmé Vladimir Poutine, selon une déclaration" is Vladimir
// Poutine's) before a source marker's.
func (r result) named() (offsets, bool) {
	if r.verb.ok() {
		return r.verb, true
	}
	return r.marker, r.marker.ok()
}

// read tokenizes sentence and runs the rules on the words after its
// dateline, if it opens with one.
func read(sentence string, skip [][2]int) result {
	if len(sentence) > math.MaxInt32 {
		return result{} // a word's offsets would not fit its int32; no sentence is so long
	}
	t := pool.Get().(*tokens)
	defer put(t)
	tokenize(t, sentence)
	ws := t.ws[dateline(t.ws, sentence):]
	// The cues: "à" folds to the auxiliary "a" and is none.
	cues := t.cues[:0]
	for i := range ws {
		if w := &ws[i]; w.cls&cue != 0 && (w.ascii || w.f != "a") || w.hyphen && inverted(w.f) {
			cues = append(cues, int32(i))
		}
	}
	t.cues = cues
	var r result
	sp, pronoun := byVerb(ws, sentence, cues, skip)
	r.verb, r.pronoun = offsetsOf(ws, sp), pronoun
	if !sp.ok() {
		sp, pronoun = byMarker(ws, cues, skip)
		r.marker, r.pronoun = offsetsOf(ws, sp), r.pronoun || pronoun
	}
	return r
}

// offsetsOf returns the bytes the words of sp cover.
func offsetsOf(ws []word, sp span) offsets {
	if !sp.ok() {
		return offsets{}
	}
	return offsets{int(ws[sp.i].start), int(ws[sp.j-1].end)}
}

// normal returns a speaker as this package writes it: cleaned (see
// clean), and a leading article or determiner in lowercase, as the
// middle of a sentence writes it: "Le ministère arménien de la Défense a
// affirmé" and "selon le ministère arménien de la Défense" both give "le
// ministère arménien de la Défense", which reads after the site's
// "selon". Any other word keeps its case: "Bakou", "Aid agencies".
// It returns s itself when it changes nothing.
func normal(s string) string {
	s = clean(s)
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	w := s // the first word, with its apostrophe: "L'", "L’"
	for i := 0; i < len(s) && i < 8; i++ {
		if s[i] == ' ' {
			w = s[:i]
			break
		}
		if s[i] == '\'' || strings.HasPrefix(s[i:], "’") {
			_, size := utf8.DecodeRuneInString(s[i:])
			w = s[:i+size]
			break
		}
	}
	if !isLeading(w) {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// isLeading reports whether the word w is an article or a determiner
// ("Le", "L’", "The", "Cette"), whatever its case and apostrophe: a
// capital there only says the sentence starts there.
// It folds w in a few bytes of the stack: such a word is short and
// ASCII, and most speakers start with one.
func isLeading(w string) bool {
	var b [8]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case strings.HasPrefix(w[i:], "’"):
			c, i = '\'', i+len("’")-1
		case c >= utf8.RuneSelf || n == len(b):
			return false
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b[n] = c
		n++
	}
	return classOf(string(b[:n]))&(article|determiner) != 0
}

// Key returns what two writings of one speaker have in common: its words
// folded (lowercase, without accents, one kind of apostrophe) and without
// a leading definite article. "le Ministère de la défense" and "Le
// ministère de la Défense" have one key, "the ICRC" and "ICRC" another.
func Key(speaker string) string {
	k := strings.Join(strings.Fields(fold.String(speaker)), " ")
	for _, a := range []string{"le ", "la ", "les ", "l'", "the "} {
		if strings.HasPrefix(k, a) {
			return k[len(a):]
		}
	}
	return k
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
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == ',' || s[len(s)-1] == ';' || s[len(s)-1] == ':') {
		s = s[:len(s)-1]
	}
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
