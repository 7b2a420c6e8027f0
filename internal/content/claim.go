package content

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"timeline/internal/diag"
	"timeline/internal/fold"
	"timeline/internal/tomlpos"
)

// A [[claim]] table gives one sentence a figure, in the words of the
// toll the editor reads:
//
//	[[claim]]
//	sentence = "16 victimes et plus de 100 blessés"
//	kind = "tués"
//	count = 16
//	who = "soldats arméniens"
//
// This file reads the table and checks its values; which sentence its
// words pick, and what it does to that sentence's figures, is the
// extraction's to say.

// claimFields are the keys of a [[claim]] table, in the order the README
// writes them.
var claimFields = []string{"sentence", "kind", "count", "count_max", "qualifier", "who", "claimant", "remove"}

// maxCount is the largest count a [[claim]] takes: more than any toll,
// and small enough for an int of 32 bits.
const maxCount = 1_000_000_000

// readClaims returns the figures the front matter t gives sentences in
// [[claim]] tables, and reports their unknown keys and wrong values.
func readClaims(t *tomlpos.Table) []Claim {
	var out []Claim
	for _, ct := range t.Tables("claim") {
		ct.Unknown(claimFields...)
		line, _ := ct.Pos("")
		// In the order the README writes the keys, which is the order
		// of their problems.
		c := Claim{Line: line, Text: strings.TrimSpace(ct.String("sentence", true, `sentence = "a few words of the sentence that gives the figure"`))}
		if k := strings.TrimSpace(ct.String("kind", true, `kind = "killed" (or "tués")`)); k != "" {
			kind, ok := parseKind(k)
			if n := kindsIn(k); !ok && n > 1 {
				ct.Errorf("kind", "kind: %q names %d kinds (a [[claim]] gives one figure: write a table for each)", k, n)
			} else if !ok {
				english := kindNames()
				ct.Errorf("kind", "kind: %q is not a kind of figure%s (write one of %s; or in French %s)",
					k, suggest(k, append(english, frenchKinds...)), strings.Join(english, ", "), strings.Join(frenchKinds, ", "))
			}
			c.Kind = kind
		}
		c.Count = count(ct, "count")
		c.CountMax = count(ct, "count_max")
		_, hasCount := ct.Values["count"]
		switch {
		case c.CountMax > 0 && !hasCount:
			ct.Errorf("count_max", "count_max is given without count (count_max is the top of a range: for \"entre 50 et 60\", write count = 50 and count_max = 60)")
		case c.CountMax > 0 && c.CountMax < c.Count:
			ct.Errorf("count_max", "count_max: %d is less than count (%d) (count_max is the top of a range: for \"entre 50 et 60\", write count = 50 and count_max = 60)", c.CountMax, c.Count)
		case c.CountMax == 0:
			c.CountMax = c.Count
		}
		if _, ok := ct.Values["qualifier"]; ok {
			c.HasQualifier = true
			c.QualifierText = strings.TrimSpace(ct.String("qualifier", false, `qualifier = "au moins"`))
			q, ok := parseQualifier(c.QualifierText)
			if !ok {
				ct.Errorf("qualifier", "qualifier: %q is not a qualifier of a figure (write one of %s; or \"\" for none)", c.QualifierText, strings.Join(qualifierNames, ", "))
			}
			c.Qualifier = q
		}
		_, c.HasWho = ct.Values["who"]
		c.Who = strings.TrimSpace(ct.String("who", false, `who = "soldats arméniens"`))
		c.Claimant = strings.TrimSpace(ct.String("claimant", false, `claimant = "le ministère arménien de la Défense"`))
		c.Remove = remove(ct)
		out = append(out, c)
	}
	return out
}

// kindWords are the French words a [[claim]]'s kind may be written with,
// folded and in the masculine singular; a plural or a feminine is read
// too ("tuées", "blessés"). The kinds' own names are English.
var kindWords = []struct {
	word string
	kind string
}{
	{"tue", "killed"}, {"mort", "killed"},
	{"blesse", "wounded"},
	{"disparu", "missing"},
	{"deplace", "displaced"},
	{"capture", "captured"}, {"prisonnier", "captured"},
	{"libere", "released"},
	{"detruit", "destroyed"},
}

// ClaimKinds are the kinds of figure a [[claim]] may name, by their
// English names, as package claims names them (a test of package timeline,
// which reads both, holds the two lists together: content does not import
// claims, whose claimants are attribution's).
var ClaimKinds = []string{"killed", "wounded", "missing", "displaced", "captured", "released", "destroyed"}

// ClaimQualifiers are the qualifiers of a figure, as package claims names
// them ("at-least"…).
var ClaimQualifiers = []string{"at-least", "more-than", "about", "up-to", "fewer-than"}

// frenchKinds are kindWords as messages write them.
var frenchKinds = []string{"tués", "morts", "blessés", "disparus", "déplacés", "capturés", "prisonniers", "libérés", "détruits"}

// kindNames returns the names of the kinds: "killed", "wounded"…
func kindNames() []string { return ClaimKinds }

// parseKind returns the kind s names: its English name ("killed"), or a
// French word of kindWords, capitals and accents aside.
func parseKind(s string) (string, bool) {
	f := fold.String(strings.TrimSpace(s))
	if slices.Contains(ClaimKinds, f) {
		return f, true
	}
	for _, w := range kindWords {
		switch f {
		case w.word, w.word + "s", w.word + "e", w.word + "es":
			return w.kind, true
		}
	}
	return "", false
}

// kindsIn returns how many words of s name a kind: "tués et blessés" two.
func kindsIn(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '/' || r == '+' }) {
		if _, ok := parseKind(w); ok {
			n++
		}
	}
	return n
}

// qualifierWords are the words a [[claim]]'s qualifier may be written
// with, folded, and what each means; the qualifiers' own names
// ("at-least") are read too.
var qualifierWords = map[string]string{
	"au moins": "at-least", "pas moins de": "at-least", "at least": "at-least",
	"plus de": "more-than", "plus d'": "more-than", "more than": "more-than", "over": "more-than",
	"environ": "about", "pres de": "about", "pres d'": "about", "quelque": "about",
	"about": "about", "some": "about", "nearly": "about", "around": "about",
	"jusqu'a": "up-to", "up to": "up-to", "as many as": "up-to",
	"moins de": "fewer-than", "moins d'": "fewer-than", "fewer than": "fewer-than", "less than": "fewer-than",
}

// qualifierNames are the qualifiers as messages write them.
var qualifierNames = []string{"au moins", "plus de", "environ", "jusqu'à", "moins de", "at least", "more than", "about", "up to", "fewer than"}

// parseQualifier returns the qualifier s writes, claims' name for it, ""
// for none.
func parseQualifier(s string) (string, bool) {
	f := strings.Join(strings.Fields(fold.String(s)), " ")
	if f == "" {
		return "", true
	}
	if q, ok := qualifierWords[f]; ok {
		return q, true
	}
	if n := strings.ReplaceAll(f, " ", "-"); slices.Contains(ClaimQualifiers, n) {
		return n, true
	}
	return "", false
}

// groupedRe is a number written with its thousands apart: "2 000",
// "2,000", "2.000" (spaces folded).
var groupedRe = regexp.MustCompile(`^[0-9]{1,3}([ ,.][0-9]{3})+$`)

// count returns the count of key in the [[claim]] table t: a number, or
// a text of digits ("2 000"); 0 when absent or wrong, which is reported.
func count(t *tomlpos.Table, key string) int {
	v, ok := t.Values[key]
	if !ok {
		return 0
	}
	hint := fmt.Sprintf(`%s = 16, or %s = "2 000"`, key, key)
	var n int64
	switch v := v.(type) {
	case int64:
		n = v
	case string:
		s := strings.TrimSpace(fold.String(v))
		if groupedRe.MatchString(s) {
			s = strings.NewReplacer(" ", "", ",", "", ".", "").Replace(s)
		}
		var err error
		if n, err = strconv.ParseInt(s, 10, 64); errors.Is(err, strconv.ErrRange) {
			n = maxCount + 1
		} else if err != nil {
			t.Errorf(key, "%s: %q is not a number (write the figure in digits: %s)", key, v, hint)
			return 0
		}
	case float64:
		// "count = 1e3", "count = 16.0": TOML's floats that are whole.
		if v != math.Trunc(v) {
			t.Errorf(key, "%s: %v is not a whole number (write the figure in digits: %s)", key, v, hint)
			return 0
		}
		n = int64(max(min(v, maxCount+1), -1))
	default:
		t.Errorf(key, "%s: expected a number (write the figure in digits: %s)", key, hint)
		return 0
	}
	switch {
	case n < 1:
		t.Errorf(key, "%s: %v is not a figure (write 1 or more; to drop the program's figure, write remove = true)", key, v)
		return 0
	case n > maxCount:
		t.Errorf(key, "%s: %v is more than any toll (check the digits)", key, v)
		return 0
	}
	return int(n)
}

// remove returns the remove key of the [[claim]] table t, and warns when
// the table gives values it then does not read.
func remove(t *tomlpos.Table) bool {
	v, ok := t.Values["remove"]
	if !ok {
		return false
	}
	b, ok := v.(bool)
	if !ok {
		t.Errorf("remove", "remove: expected true or false (write remove = true, without quotes)")
		return false
	}
	if !b {
		return false
	}
	var unread []string
	for _, k := range []string{"count", "count_max", "qualifier", "who", "claimant"} {
		if _, ok := t.Values[k]; ok {
			unread = append(unread, k)
		}
	}
	if len(unread) > 0 {
		line, col := t.Pos("remove")
		t.Probs.Add(diag.Warnf(t.File, line, col, "remove = true drops the figure and does not read %s (to correct the figure instead, remove the line remove = true)",
			strings.Join(unread, ", ")))
	}
	return true
}

// suggest returns " — did you mean X?" for the name nearest s, "" when
// none is near. A slip of the keyboard keeps the first letter: "wonded"
// is wounded, "otages" is not tués.
func suggest(s string, names []string) string {
	near := diag.Nearest(s, names)
	if fs := fold.String(s); near == "" || fs == "" || fold.String(near)[0] != fs[0] {
		return ""
	}
	return " — did you mean " + near + "?"
}
