package build

import (
	"cmp"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/fold"
	"timeline/internal/timeline"
)

// realTextTargets are issue 18's floors for its real-text test set, French
// and English scored apart: date recall, precision and value accuracy, and
// speakers right. The language floor is ours: every article's language
// right, declared or not.
var realTextTargets = map[string]float64{
	"recall":    97,
	"precision": 97,
	"values":    98,
	"speakers":  95,
	"language":  100,
}

// realTextRatchet holds each figure as measured when the rules last
// improved, rounded down to a tenth of a point. TestRealText enforces the
// lower of the target and the ratchet: it passes while the rules are being
// written, and fails as soon as a figure drops below what they already
// reach. Raise to the target as the rules land (the test logs the
// figures that have risen above their ratchet); never lower.
var realTextRatchet = map[string]float64{
	"fr recall":    100,
	"fr precision": 97.7,
	"fr values":    98.4,
	"fr speakers":  95.0,
	"fr language":  100,
	"en recall":    100,
	"en precision": 100,
	"en values":    100,
	"en speakers":  95.0,
	"en language":  100,
}

// realTextSite is the real-text test set: articles written for the test in
// the manner of real pages, and gold.toml, what a correct reading of them
// gives (its header says what each key means).
const realTextSite = "testdata/realtext"

type realGold struct {
	Article []realArticle
}

// realArticle is the gold of one article: the seed gold's keys, with
// families, and its furniture, speakers and language.
type realArticle struct {
	Slug      string
	Published time.Time
	Language  string
	Required  []goldValue
	Allowed   []goldValue
	NotDates  []goldSpan `toml:"not_dates"`
	Furniture []goldSpan
	Speakers  []goldSpeaker
}

// goldSpan is a span of text nothing may come from, and its family.
type goldSpan struct{ Text, Family string }

// goldSpeaker is who speaks in the sentence that holds Sentence.
type goldSpeaker struct {
	Sentence string
	Speaker  string   // "" when no one speaks
	Alt      []string // other forms of the same speaker, also right
	Family   string
}

// realFigures are the five figures of the test, in the order they print.
var realFigures = []struct{ key, name string }{
	{"recall", "date recall"},
	{"precision", "precision"},
	{"values", "value accuracy"},
	{"speakers", "speakers right"},
	{"language", "language right"},
}

// tally counts what is right of all that is counted.
type tally struct{ right, all int }

func (t tally) percent() float64 {
	if t.all == 0 {
		return 100
	}
	return 100 * float64(t.right) / float64(t.all)
}

// realMiss is one thing the build got wrong, at its place in an article.
type realMiss struct {
	lang, figure, family string
	file                 string
	line                 int
	what                 string
}

// TestRealText reads the real-text test set as a build does (content.Load,
// then timeline.Extract) and scores it against its gold, French and
// English apart: date recall (required expressions found), precision
// (resolved values neither required nor allowed, or from furniture or a
// not-date, counted per expression), value accuracy (of the required found,
// the value right), speakers right (of the listed sentences) and language
// right. It fails when a figure is under its floor (see realTextRatchet);
// with -v it prints the figures and every miss, by family.
func TestRealText(t *testing.T) {
	var g realGold
	if _, err := toml.DecodeFile(filepath.Join(realTextSite, "gold.toml"), &g); err != nil {
		t.Fatal(err)
	}
	cfg, probs := config.Load(realTextSite)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	arts, probs := content.Load(realTextSite, content.Options{Language: cfg.Language})
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	bySlug := map[string]*content.Article{}
	for _, a := range arts {
		bySlug[a.Slug] = a
	}
	scores := map[string]map[string]*tally{}
	var misses []realMiss
	for _, ga := range g.Article {
		a := bySlug[ga.Slug]
		if a == nil {
			t.Errorf("gold: no article %s in %s", ga.Slug, realTextSite)
			continue
		}
		delete(bySlug, ga.Slug)
		for _, err := range checkRealGold(ga, a) {
			t.Errorf("gold: %s: %s", ga.Slug, err)
		}
		if scores[ga.Language] == nil {
			scores[ga.Language] = map[string]*tally{}
			for _, f := range realFigures {
				scores[ga.Language][f.key] = &tally{}
			}
		}
		for _, m := range scoreRealArticle(ga, a, scores[ga.Language]) {
			m.lang, m.file = ga.Language, filepath.Join(realTextSite, a.Path)
			misses = append(misses, m)
		}
	}
	for slug := range bySlug {
		t.Errorf("gold: article %s has no gold", slug)
	}
	t.Log("\n" + realTextReport(g, scores, misses))
	for _, lang := range []string{"fr", "en"} {
		for _, f := range realFigures {
			key := lang + " " + f.key
			floor, ok := realTextRatchet[key]
			if !ok {
				t.Errorf("realTextRatchet has no %q", key)
				continue
			}
			floor = min(floor, realTextTargets[f.key])
			got := scores[lang][f.key].percent()
			if got+1e-9 < floor {
				t.Errorf("%s: %.2f %%, under its floor %.1f %% (run with -v for the misses)", key, got, floor)
			} else if r := math.Floor(got*10) / 10; r > realTextRatchet[key] && realTextRatchet[key] < realTextTargets[f.key] {
				t.Logf("%s has risen to %.1f %%: raise its ratchet (%.1f) to %.1f", key, got, realTextRatchet[key], min(r, realTextTargets[f.key]))
			}
		}
	}
}

// scoreRealArticle adds the article's figures to score and returns its
// misses, with their line but not yet their file and language.
func scoreRealArticle(ga realArticle, a *content.Article, score map[string]*tally) []realMiss {
	var misses []realMiss
	miss := func(figure, family string, line int, format string, args ...any) {
		misses = append(misses, realMiss{figure: figure, family: family, line: line, what: fmt.Sprintf(format, args...)})
	}
	lines := map[int]string{}
	for _, l := range a.Lines {
		lines[l.N] = l.Text
	}
	var ms []timeline.Mention
	for _, m := range timeline.Extract(a, nil).Mentions {
		if !m.Manual {
			ms = append(ms, m)
		}
	}
	// at reports whether m's expression overlaps text on its line: a line,
	// not a sentence, so that furniture the sentence splitter cut in two
	// (a caption and its credit) is still found.
	at := func(m timeline.Mention, text string) bool {
		from := m.Col - 1
		return overlapsAt(lines[m.Line], from, from+len(m.Expression), text)
	}

	score["language"].all++
	if a.Language == ga.Language {
		score["language"].right++
	} else {
		miss("language", "language", 1, "read as %q, written in %q", a.Language, ga.Language)
	}

	for _, r := range ga.Required {
		score["recall"].all++
		var found []timeline.Mention
		for _, m := range ms {
			if at(m, r.Text) {
				found = append(found, m)
			}
		}
		if len(found) == 0 {
			miss("recall", r.Family, lineOf(a, r.Text), "%q (%s) not found; mentions in its sentence: %s", r.Text, r.Value, near(ms, r.Text))
			continue
		}
		score["recall"].right++
		score["values"].all++
		right := slices.ContainsFunc(found, func(m timeline.Mention) bool {
			v := m.Date.String()
			return v == r.Value || slices.ContainsFunc(ga.Allowed, func(al goldValue) bool { return al.Text == r.Text && al.Value == v })
		})
		if right {
			score["values"].right++
		} else {
			var got []string
			for _, m := range found {
				got = append(got, fmt.Sprintf("%q=%s", m.Expression, m.Date))
			}
			miss("values", r.Family, found[0].Line, "%q should be %s, read %s", r.Text, r.Value, strings.Join(got, ", "))
		}
	}

	listed := slices.Concat(ga.Required, ga.Allowed)
	values := map[string]bool{}
	for _, v := range listed {
		values[v.Value] = true
	}
	for _, m := range ms {
		score["precision"].all++
		family, why := falseMention(m, ga, listed, values, at)
		if why == "" {
			score["precision"].right++
			continue
		}
		miss("precision", family, m.Line, "%q read as %s: %s", m.Expression, m.Date, why)
	}

	for _, s := range ga.Speakers {
		score["speakers"].all++
		i := slices.IndexFunc(ms, func(m timeline.Mention) bool {
			from := m.Col - 1 - m.Start // where the sentence starts on its line
			return overlapsAt(lines[m.Line], from, from+len(m.Sentence), s.Sentence)
		})
		switch {
		case i < 0:
			miss("speakers", s.Family, lineOf(a, s.Sentence), "%q…: no dated mention, so no speaker (want %q)", s.Sentence, s.Speaker)
		case sameSpeaker(ms[i].Attribution, s):
			score["speakers"].right++
		default:
			miss("speakers", s.Family, ms[i].Line, "%q…: speaker %q, want %q", s.Sentence, ms[i].Attribution, s.Speaker)
		}
	}
	return misses
}

// falseMention returns why m is a false find, and the family it falls in,
// or "" when it is right: it comes from furniture or a not-date; or it
// overlaps listed expressions without being one of their values; or it
// overlaps none and the article lists its value nowhere.
func falseMention(m timeline.Mention, ga realArticle, listed []goldValue, values map[string]bool, at func(timeline.Mention, string) bool) (family, why string) {
	for _, f := range ga.Furniture {
		if at(m, f.Text) {
			return f.Family, fmt.Sprintf("furniture %q dates nothing", f.Text)
		}
	}
	for _, nd := range ga.NotDates {
		if at(m, nd.Text) && !slices.ContainsFunc(ga.Required, func(r goldValue) bool { return at(m, r.Text) }) {
			return nd.Family, fmt.Sprintf("%q is not a date", nd.Text)
		}
	}
	var want []string
	for _, v := range listed {
		if at(m, v.Text) {
			if v.Value == m.Date.String() {
				return "", ""
			}
			if family == "" {
				family = v.Family
			}
			want = append(want, v.Value)
		}
	}
	if len(want) > 0 {
		return family, "the gold reads it " + strings.Join(want, " or ")
	}
	if !values[m.Date.String()] {
		return "unlisted", "neither required nor allowed"
	}
	return "", ""
}

// sameSpeaker reports whether got is the gold speaker, or one of its other
// forms, once both are folded by speakerKey.
func sameSpeaker(got string, s goldSpeaker) bool {
	k := speakerKey(got)
	return k == speakerKey(s.Speaker) || slices.ContainsFunc(s.Alt, func(alt string) bool { return k == speakerKey(alt) })
}

// speakerKey is the form in which two speakers compare: folded (case,
// accents, apostrophes, spaces), trimmed of punctuation, and without a
// leading article, so that "Le ministère …" and "le ministère …", or "a
// shopkeeper" and "shopkeeper", are one speaker.
func speakerKey(s string) string {
	k := strings.Trim(strings.Join(strings.Fields(fold.String(s)), " "), " ,;:.«»\"")
	for _, article := range []string{"le ", "la ", "les ", "l'", "un ", "une ", "des ", "the ", "a ", "an "} {
		if strings.HasPrefix(k, article) {
			return k[len(article):]
		}
	}
	return k
}

// checkRealGold returns the mistakes of an article's gold: a publication
// date that is not the article's, or a text that does not stand in the
// article as often as the gold says (a required expression or a speaker's
// sentence exactly once, the others at least once).
func checkRealGold(ga realArticle, a *content.Article) []string {
	var errs []string
	if !ga.Published.Equal(time.Date(a.Published.Year(), a.Published.Month(), a.Published.Day(), 0, 0, 0, 0, time.UTC)) {
		errs = append(errs, fmt.Sprintf("published %s, but the article says %s", ga.Published.Format(time.DateOnly), a.Published.Format(time.DateOnly)))
	}
	if ga.Language != "fr" && ga.Language != "en" {
		errs = append(errs, fmt.Sprintf("language %q (write fr or en)", ga.Language))
	}
	count := func(text string) int {
		n := 0
		for _, l := range a.Lines {
			n += strings.Count(fold.Spaces(l.Text), fold.Spaces(text))
		}
		return n
	}
	check := func(what, text string, once bool) {
		switch n := count(text); {
		case n == 0:
			errs = append(errs, fmt.Sprintf("%s %q is not in the article", what, text))
		case once && n > 1:
			errs = append(errs, fmt.Sprintf("%s %q stands %d times in the article (give more of its words)", what, text, n))
		}
	}
	for _, r := range ga.Required {
		check("required", r.Text, true)
	}
	for _, v := range ga.Allowed {
		check("allowed", v.Text, false)
	}
	for _, s := range slices.Concat(ga.NotDates, ga.Furniture) {
		check("span", s.Text, false)
	}
	for _, s := range ga.Speakers {
		check("speaker's sentence", s.Sentence, true)
	}
	return errs
}

// lineOf returns the line of the article file where text stands, 0 when
// it does not.
func lineOf(a *content.Article, text string) int {
	for _, l := range a.Lines {
		if strings.Contains(fold.Spaces(l.Text), fold.Spaces(text)) {
			return l.N
		}
	}
	return 0
}

// realTextReport is what TestRealText prints: the figures of each language
// against their floors, what the gold covers, and every miss by family.
func realTextReport(g realGold, scores map[string]map[string]*tally, misses []realMiss) string {
	var b strings.Builder
	langs := []string{"fr", "en"}
	n := map[string]int{}
	families := map[string]int{}
	for _, ga := range g.Article {
		n[ga.Language]++
		for _, v := range slices.Concat(ga.Required, ga.Allowed) {
			families[v.Family]++
		}
		for _, s := range slices.Concat(ga.NotDates, ga.Furniture) {
			families[s.Family]++
		}
		for _, s := range ga.Speakers {
			families["speaker "+s.Family]++
		}
	}
	fmt.Fprintf(&b, "real text: %d articles in French, %d in English\n\n", n["fr"], n["en"])
	fmt.Fprintf(&b, "%-16s %7s", "", "target")
	for _, lang := range langs {
		fmt.Fprintf(&b, " | %-2s %21s %6s", lang, "", "floor")
	}
	b.WriteString("\n")
	for _, f := range realFigures {
		fmt.Fprintf(&b, "%-16s %6.1f%%", f.name, realTextTargets[f.key])
		for _, lang := range langs {
			t := scores[lang][f.key]
			if t == nil {
				t = &tally{}
			}
			floor := min(realTextRatchet[lang+" "+f.key], realTextTargets[f.key])
			fmt.Fprintf(&b, " | %6.1f%% %-16s %6.1f", t.percent(), fmt.Sprintf("(%d/%d)", t.right, t.all), floor)
		}
		b.WriteString("\n")
	}
	keys := make([]string, 0, len(families))
	for k := range families {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b.WriteString("\ngold entries by family:")
	for _, k := range keys {
		fmt.Fprintf(&b, " %s %d;", k, families[k])
	}
	b.WriteString("\n")
	slices.SortFunc(misses, func(x, y realMiss) int {
		return cmp.Or(cmp.Compare(x.family, y.family), cmp.Compare(x.figure, y.figure),
			cmp.Compare(x.lang, y.lang), cmp.Compare(x.file, y.file), cmp.Compare(x.line, y.line))
	})
	fmt.Fprintf(&b, "\n%d misses, by family:\n", len(misses))
	for i, m := range misses {
		if i == 0 || m.family != misses[i-1].family {
			fmt.Fprintf(&b, "[%s]\n", m.family)
		}
		fmt.Fprintf(&b, "  %s:%d: %s %s: %s\n", m.file, m.line, m.lang, m.figure, m.what)
	}
	return b.String()
}
