package claims

import (
	"fmt"
	"strings"

	"timeline/internal/attribution"
	"timeline/internal/content"
	"timeline/internal/fold"
)

// goldFigure is one figure of a gold file (testdata/articles.toml,
// testdata/seeds.toml), as a reader judged it.
type goldFigure struct {
	Text      string
	Kind      string
	Count     int
	CountMax  int `toml:"count_max"`
	Qualifier string
	Claimant  string
	Side      string
	Civilian  bool
}

// found is a figure of an article, its span made relative to the text.
type found struct {
	Figure
	sentence string // the sentence (or next sentence) it stands in
}

// score is what a comparison of found figures with the gold counts.
type score struct {
	gold, found, right, claimant, side, civilian int
	misses                                       []string
}

func (s *score) add(o score) {
	s.gold += o.gold
	s.found += o.found
	s.right += o.right
	s.claimant += o.claimant
	s.side += o.side
	s.civilian += o.civilian
	s.misses = append(s.misses, o.misses...)
}

func (s score) recall() float64    { return ratio(s.right, s.gold) }
func (s score) precision() float64 { return ratio(s.right, s.found) }
func (s score) claimants() float64 { return ratio(s.claimant, s.right) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// compare matches the figures found in text with the gold: a gold figure
// is found when a figure overlaps where its words stand, with its kind,
// count, upper bound and qualifier; the claimant, side and civilian of
// the figures found right are counted apart.
func compare(name, text string, gold []goldFigure, figs []found) score {
	sc := score{gold: len(gold), found: len(figs)}
	used := make([]bool, len(figs))
	for _, g := range gold {
		spans := fold.Find(text, g.Text) // spaces, apostrophes, capitals and accents aside
		if len(spans) == 0 {
			sc.misses = append(sc.misses, fmt.Sprintf("%s: gold text %q is not in the article", name, g.Text))
			continue
		}
		max := g.CountMax
		if max == 0 {
			max = g.Count
		}
		hit, near := -1, -1
		for i, f := range figs {
			if used[i] || !overlaps(spans, f.Start, f.End) {
				continue
			}
			near = i
			if f.Kind.String() == g.Kind && f.Count == g.Count && f.CountMax == max && f.Qualifier == g.Qualifier {
				hit = i
				break
			}
		}
		if hit < 0 {
			if near >= 0 {
				f := figs[near]
				sc.misses = append(sc.misses, fmt.Sprintf("%s: %q: found %s %d..%d %q, want %s %d..%d %q", name, g.Text,
					f.Kind, f.Count, f.CountMax, f.Qualifier, g.Kind, g.Count, max, g.Qualifier))
			} else {
				sc.misses = append(sc.misses, fmt.Sprintf("%s: %q (%s %d): not found", name, g.Text, g.Kind, g.Count))
			}
			continue
		}
		used[hit] = true
		sc.right++
		f := figs[hit]
		if sameClaimant(f.Claimant, g.Claimant) {
			sc.claimant++
		} else {
			sc.misses = append(sc.misses, fmt.Sprintf("%s: %q: claimant %q, want %q", name, g.Text, f.Claimant, g.Claimant))
		}
		if f.Side == g.Side {
			sc.side++
		} else {
			sc.misses = append(sc.misses, fmt.Sprintf("%s: %q: side %q (who %q), want %q", name, g.Text, f.Side, f.Who, g.Side))
		}
		if f.Civilian == g.Civilian {
			sc.civilian++
		} else {
			sc.misses = append(sc.misses, fmt.Sprintf("%s: %q: civilian %v (who %q), want %v", name, g.Text, f.Civilian, f.Who, g.Civilian))
		}
	}
	for i, f := range figs {
		if !used[i] {
			sc.misses = append(sc.misses, fmt.Sprintf("%s: %q (%s %d) is no figure of the gold", name, text[f.Start:f.End], f.Kind, f.Count))
		}
	}
	return sc
}

// sameClaimant reports whether two writings name one claimant: their
// keys (attribution.Key) are equal, or one holds the other ("Gegham
// Stepanyan" and "the region's human rights ombudsman, Gegham Stepanyan").
func sameClaimant(got, want string) bool {
	g, w := attribution.Key(got), attribution.Key(want)
	if g == "" || w == "" {
		return g == w
	}
	return g == w || strings.Contains(g, w) || strings.Contains(w, g)
}

func overlaps(spans [][2]int, start, end int) bool {
	for _, sp := range spans {
		if start < sp[1] && sp[0] < end {
			return true
		}
	}
	return false
}

// sentenceAt returns the byte offset in text of a sentence of a line:
// lineStart holds the offset of each line by number.
func sentenceAt(lineStart map[int]int, s content.Sentence) int {
	return lineStart[s.Line] + s.Col - 1
}

// lineStarts returns the byte offset of each line of text, by number from 1.
func lineStarts(text string) map[int]int {
	m := map[int]int{1: 0}
	n := 1
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			n++
			m[n] = i + 1
		}
	}
	return m
}
