package build

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"timeline/internal/fold"
	"timeline/internal/timeline"
)

// goldFile is the project's copy of ../shared/gold/seeds.toml: what a
// correct build of the five seed articles shows.
const goldFile = "../dates/testdata/seeds.toml"

type gold struct {
	Article []struct {
		Slug     string
		Required []goldValue
		Allowed  []goldValue
		NotDates []string `toml:"not_dates"`
	}
	Entry []struct {
		Date    string
		Episode string
		Cites   []string
	}
}

// goldValue is an expression of a gold file and the value it resolves to.
// Family, in the real-text gold only, names the class of difficulty it
// belongs to.
type goldValue struct{ Text, Value, Family string }

// TestGold builds the repository's content and asserts every line of the
// gold file: every required expression found with its value, no value
// neither required nor allowed, nothing from a not-date, and every
// timeline entry in its episode citing its articles.
func TestGold(t *testing.T) {
	var g gold
	if _, err := toml.DecodeFile(goldFile, &g); err != nil {
		t.Fatal(err)
	}
	res, _, probs := Make(context.Background(), Options{SiteDir: repoSite, Now: now})
	if res == nil || probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	bySource := map[string][]timeline.Mention{}
	for _, ev := range res.Timeline.Events {
		for _, m := range ev.Mentions {
			bySource[m.Slug] = append(bySource[m.Slug], m)
		}
	}
	for _, a := range g.Article {
		ms, ok := bySource[a.Slug]
		if !ok {
			t.Errorf("%s: no mention at all", a.Slug)
			continue
		}
		for _, r := range a.Required {
			if !slices.ContainsFunc(ms, func(m timeline.Mention) bool { return m.Date.String() == r.Value && overlaps(m, r.Text) }) {
				t.Errorf("%s: %q should resolve to %s; mentions near it: %s", a.Slug, r.Text, r.Value, near(ms, r.Text))
			}
		}
		values := map[string]bool{}
		for _, v := range append(a.Required, a.Allowed...) {
			values[v.Value] = true
		}
		for _, m := range ms {
			if !values[m.Date.String()] {
				t.Errorf("%s: %q resolves to %s, which is neither required nor allowed (in %q)", a.Slug, m.Expression, m.Date, m.Sentence)
			}
			for _, nd := range a.NotDates {
				if overlaps(m, nd) && !slices.ContainsFunc(a.Required, func(r goldValue) bool { return overlaps(m, r.Text) }) {
					t.Errorf("%s: %q is not a date, but %q was read as %s", a.Slug, nd, m.Expression, m.Date)
				}
			}
		}
	}
	events := map[string]*timeline.Event{}
	for _, ev := range res.Timeline.Events {
		events[ev.Date.String()] = ev
	}
	for _, e := range g.Entry {
		ev, ok := events[e.Date]
		if !ok {
			if len(e.Cites) > 0 {
				t.Errorf("entry %s: no such event", e.Date)
			}
			continue
		}
		if ev.Episode.ID != e.Episode {
			t.Errorf("entry %s: in episode %s, want %s", e.Date, ev.Episode.ID, e.Episode)
		}
		for _, slug := range e.Cites {
			if !slices.ContainsFunc(ev.Articles, func(a *timeline.Article) bool { return a.Slug == slug }) {
				t.Errorf("entry %s does not cite %s", e.Date, slug)
			}
		}
	}
}

// overlaps reports whether the mention's expression overlaps an occurrence
// of text in its sentence, comparing with spaces and apostrophes folded as
// the gold file says.
func overlaps(m timeline.Mention, text string) bool {
	return overlapsAt(m.Sentence, m.Start, m.End, text)
}

// overlapsAt reports whether the byte span [start, end) of s overlaps an
// occurrence of text in s, comparing as overlaps does.
func overlapsAt(s string, start, end int, text string) bool {
	if end <= start {
		return false
	}
	x := fold.Spaces(text)
	start, end = len(fold.Spaces(s[:start])), len(fold.Spaces(s[:end]))
	s = fold.Spaces(s)
	for from := 0; ; {
		i := strings.Index(s[from:], x)
		if i < 0 {
			return false
		}
		i += from
		if i < end && i+len(x) > start {
			return true
		}
		from = i + 1
	}
}

func near(ms []timeline.Mention, text string) string {
	var out []string
	for _, m := range ms {
		if strings.Contains(fold.Spaces(m.Sentence), fold.Spaces(text)) {
			out = append(out, m.Expression+"="+m.Date.String())
		}
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, ", ")
}

// TestSeedAttributions checks that every dated seed sentence that names its
// speaker carries that speaker, and that the others carry none.
func TestSeedAttributions(t *testing.T) {
	res, _, probs := Make(context.Background(), Options{SiteDir: repoSite, Now: now})
	if res == nil || probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	tests := []struct {
		sentence string // the start of the sentence
		want     string
	}{
		{"Selon le ministère russe des Affaires étrangères", "le ministère russe des Affaires étrangères"},
		{"Selon les dernières informations du 20 septembre", "le bureau du président de l'Azerbaïdjan"},
		{"Le 20 septembre, des unités militaires", ""},
		{"Dans un communiqué publié mercredi, M. Aliev affirme", "M. Aliev"},
		{"Il affirme aussi que les « prétendues élections", "M. Aliev"}, // the paragraph's last named speaker
		{"L’Azerbaïdjan a lancé un avertissement brutal", ""},
		{"C’est ce que le commandant adjoint", "ArturSargsyan"},
		{"Pendant ce temps, le gouvernement de Bakou et les rebelles", "le gouvernement de Bakou et les rebelles séparatistes"},
		{"Lors d’une réunion ministérielle tenue le 6 octobre", "un communiqué du ministère"},
		{"Le ministre azerbaïdjanais de la Défense Zakir Hasanov", "un communiqué"},
		{"Le ministère azerbaïdjanais de la Défense a affirmé mercredi", "le ministère azerbaïdjanais de la Défense"}, // one speaker with "le ministère…" below
		{"Selon le représentant de l’armée", "le représentant de l’armée de la république autoproclamée"},
		{"Dans une déclaration annonçant le succès", "le ministère azerbaïdjanais de la Défense"},
		{"Depuis le 27 septembre, le Haut-Karabakh", ""},
	}
	for _, tt := range tests {
		found := false
		for _, ev := range res.Timeline.Events {
			for _, m := range ev.Mentions {
				if strings.HasPrefix(fold.Spaces(m.Sentence), fold.Spaces(tt.sentence)) {
					found = true
					if m.Attribution != tt.want {
						t.Errorf("%q…: attribution %q, want %q", tt.sentence, m.Attribution, tt.want)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q…: no mention", tt.sentence)
		}
	}
}

// placesGold is the places each seed article's dates name, read by hand
// (see its header): the gazetteer's test reads it sentence by sentence,
// this one on the built events.
const placesGold = "../gazetteer/testdata/seeds.toml"

// TestSeedPlaces builds the repository's content and checks the places of
// each event against the gold: for each article and date, the places its
// mentions of that date name; for each event, the union over its articles.
func TestSeedPlaces(t *testing.T) {
	var g struct {
		Article []struct {
			Slug  string
			Dates []struct {
				Date   string
				Places []string
			}
		}
	}
	if _, err := toml.DecodeFile(placesGold, &g); err != nil {
		t.Fatal(err)
	}
	res, _, probs := Make(context.Background(), Options{SiteDir: repoSite, Now: now})
	if res == nil || probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	type key struct{ slug, date string }
	got := map[key][]string{}
	events := map[string]*timeline.Event{}
	for _, ev := range res.Timeline.Events {
		events[ev.Date.String()] = ev
		for _, m := range ev.Mentions {
			k := key{m.Slug, ev.Date.String()}
			for _, id := range m.Places {
				if !slices.Contains(got[k], id) {
					got[k] = append(got[k], id)
				}
			}
		}
	}
	want := map[string][]string{} // by event
	right, total := 0, 0
	for _, a := range g.Article {
		for _, d := range a.Dates {
			total++
			ev := events[d.Date]
			if ev == nil {
				t.Errorf("%s %s: no such event", a.Slug, d.Date)
				continue
			}
			have := slices.Sorted(slices.Values(got[key{a.Slug, d.Date}]))
			exp := slices.Sorted(slices.Values(d.Places))
			if slices.Equal(have, exp) {
				right++
			} else {
				t.Errorf("%s %s: places %v, want %v", a.Slug, d.Date, have, exp)
			}
			for _, id := range d.Places {
				if !slices.Contains(want[d.Date], id) {
					want[d.Date] = append(want[d.Date], id)
				}
			}
		}
	}
	for date, ids := range want {
		have := slices.Sorted(slices.Values(events[date].Places))
		if exp := slices.Sorted(slices.Values(ids)); !slices.Equal(have, exp) {
			t.Errorf("event %s: places %v, want %v", date, have, exp)
		}
	}
	t.Logf("places of the seeds' article dates: %d of %d right", right, total)
}

// TestSeedSpeakerActors checks that the speakers of the seeds resolve to
// the gazetteer's actors where one matches, and to none where none does.
func TestSeedSpeakerActors(t *testing.T) {
	res, _, probs := Make(context.Background(), Options{SiteDir: repoSite, Now: now})
	if res == nil || probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	want := map[string]string{
		"le ministère azerbaïdjanais de la Défense":  "azerbaijan-defence-ministry",
		"le ministère russe des Affaires étrangères": "russia-foreign-ministry",
		"M. Aliev": "aliyev",
		"le bureau du président de l'Azerbaïdjan":                   "aliyev",
		"le gouvernement de Bakou et les rebelles séparatistes":     "azerbaijan",
		"le représentant de l’armée de la république autoproclamée": "nagorno-karabakh",
		"un communiqué du ministère":                                "",
	}
	seen := map[string]bool{}
	for _, ev := range res.Timeline.Events {
		for _, m := range ev.Mentions {
			w, ok := want[m.Attribution]
			if !ok {
				continue
			}
			seen[m.Attribution] = true
			if m.Speaker != w {
				t.Errorf("%q: actor %q, want %q", m.Attribution, m.Speaker, w)
			}
			if w != "" && !slices.Contains(ev.Actors, w) {
				t.Errorf("%q: the event %s does not name its actor %q (%v)", m.Attribution, ev.ID, w, ev.Actors)
			}
		}
	}
	for s := range want {
		if !seen[s] {
			t.Errorf("%q: no mention has this speaker", s)
		}
	}
}
