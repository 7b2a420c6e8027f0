package timeline

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/edits"
)

// fourEpisodes is the site's calendar: before the war, the war of 2020,
// the blockade, the operation of September 2023 (open).
func fourEpisodes(t *testing.T) *config.Site {
	t.Helper()
	s, probs := config.Parse(`title = "T"
[[episode]]
id = "contexte"
title = "Avant 2020"
end = 2020-09-26
[[episode]]
id = "guerre"
title = "Guerre"
start = 2020-09-27
end = 2020-11-10
[[episode]]
id = "blocus"
title = "Blocus"
start = 2020-11-11
end = 2023-09-18
[[episode]]
id = "operation"
title = "Opération"
start = 2023-09-19
`)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	return s
}

// story is an article of the tests: its outlet, url, day and text.
type story struct {
	slug, outlet, url, published, text string
}

// buildStories builds the timeline of the stories with entries.
func buildStories(t *testing.T, stories []story, entries []edits.Entry) *Timeline {
	t.Helper()
	arts, exts := readStories(t, stories)
	tl, probs := Build(fourEpisodes(t), nil, arts, exts, entries, nil)
	if probs.HasErrors() {
		t.Fatalf("build: %v", probs)
	}
	return tl
}

// readStories reads the stories as the site would (content.Parse, Extract).
func readStories(t *testing.T, stories []story) ([]*content.Article, []Extraction) {
	t.Helper()
	var arts []*content.Article
	var exts []Extraction
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, s := range stories {
		src := fmt.Sprintf("+++\ntitle = %q\nsource = %q\nurl = %q\npublished = %s\n+++\n%s\n", s.slug, s.outlet, s.url, s.published, s.text)
		a, probs := content.Parse("content/"+s.slug+".md", []byte(src), content.Options{Now: now, Language: "fr"})
		if a == nil || probs.HasErrors() {
			t.Fatalf("%s: %v", s.slug, probs)
		}
		arts = append(arts, a)
		exts = append(exts, Extract(a, nil))
	}
	return arts, exts
}

// event returns the event of id, failing the test without one.
func event(t *testing.T, tl *Timeline, id string) *Event {
	t.Helper()
	for _, ev := range tl.Events {
		if ev.ID == id {
			return ev
		}
	}
	t.Fatalf("no event %s", id)
	return nil
}

// TestHappenings checks how the mentions of one date become happenings:
// distinct happenings of one day apart, the reports of one happening
// together, copies counted once.
func TestHappenings(t *testing.T) {
	for _, tt := range []struct {
		name    string
		stories []story
		day     string
		want    []string // per happening, the slugs of its quotes, then "copies:" and the slugs of copies, outlets and articles
	}{
		{"two happenings of one day, in two outlets, stay apart", []story{
			{"erevan", "Le Monde", "https://lemonde.fr/a", "2023-09-26",
				"Lundi 25 septembre, le Premier ministre arménien a accusé Moscou à Erevan d’avoir abandonné les Arméniens du Karabakh."},
			{"depot", "RFI", "https://rfi.fr/b", "2023-09-26",
				"Lundi 25 septembre au soir, un dépôt de carburant a explosé près de Stepanakert, faisant des dizaines de morts parmi les réfugiés."},
		}, "2023-09-25", []string{"depot outlets=1 articles=1", "erevan outlets=1 articles=1"}},
		{"one happening reported by three outlets, in their own words, is one", []story{
			{"a", "Le Monde", "https://lemonde.fr/x", "2023-09-26",
				"Lundi 25 septembre, l’explosion d’un dépôt de carburant près de Stepanakert a fait au moins vingt morts."},
			{"b", "RFI", "https://rfi.fr/y", "2023-09-26",
				"Un dépôt de carburant a explosé lundi 25 septembre à proximité de Stepanakert, où se pressaient des réfugiés."},
			{"c", "Reuters", "https://reuters.com/z", "2023-09-26",
				"Près de Stepanakert, l’explosion lundi 25 septembre d’un dépôt d’essence a tué des dizaines de personnes."},
		}, "2023-09-25", []string{"a b c outlets=3 articles=3"}},
		{"a syndicated sentence counts once: one outlet, its copy listed", []story{
			{"afp", "Le Figaro", "https://lefigaro.fr/1", "2023-09-26",
				"Un dépôt de carburant a explosé lundi 25 septembre près de Stepanakert, a annoncé l’AFP."},
			{"reprise", "Ouest-France", "https://ouest-france.fr/2", "2023-09-27",
				"Un dépôt de carburant a explosé lundi 25 septembre près de Stepanakert,  a annoncé l’AFP."},
		}, "2023-09-25", []string{"afp copies: reprise outlets=1 articles=2"}},
		{"a wire sentence edited a little is a copy too", []story{
			{"afp", "Le Figaro", "https://lefigaro.fr/1", "2023-09-26",
				"Un dépôt de carburant a explosé lundi 25 septembre près de Stepanakert, a annoncé l’AFP."},
			{"reprise", "Ouest-France", "https://ouest-france.fr/2", "2023-09-27",
				"Selon l’AFP, un dépôt de carburant a explosé lundi 25 septembre près de Stepanakert."},
		}, "2023-09-25", []string{"afp copies: reprise outlets=1 articles=2"}},
		{"one page saved twice counts as one article", []story{
			{"une", "", "https://example.org/page", "2023-09-26",
				"Un dépôt de carburant a explosé lundi 25 septembre près de Stepanakert."},
			{"deux", "", "http://www.example.org/page/", "2023-09-26",
				"Un dépôt de carburant a explosé lundi 25 septembre près de Stepanakert."},
		}, "2023-09-25", []string{"deux copies: une outlets=1 articles=1"}},
		{"an article's next sentence of the day goes on telling its happening", []story{
			{"a", "Le Monde", "https://lemonde.fr/x", "2023-09-26",
				"Lundi 25 septembre, un dépôt de carburant a explosé près de Stepanakert. C’est ce qu’a confirmé lundi 25 septembre le porte-parole des séparatistes."},
		}, "2023-09-25", []string{"a a outlets=1 articles=1"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ev := event(t, buildStories(t, tt.stories, nil), tt.day)
			var got []string
			for _, h := range ev.Happenings {
				var b strings.Builder
				var copies []string
				for i, q := range h.Quotes {
					if i > 0 {
						b.WriteString(" ")
					}
					b.WriteString(ev.Mentions[q.Mention].Slug)
					for _, c := range q.Copies {
						copies = append(copies, ev.Mentions[c].Slug)
					}
				}
				if copies != nil {
					b.WriteString(" copies: " + strings.Join(copies, " "))
				}
				fmt.Fprintf(&b, " outlets=%d articles=%d", h.Outlets, h.Articles)
				got = append(got, b.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("happenings of %s:\n%s\nwant\n%s", tt.day, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestHappeningIDStable checks that an article that reports another
// happening of the day changes neither the id nor the anchor of the
// happenings already there.
func TestHappeningIDStable(t *testing.T) {
	depot := story{"depot", "RFI", "https://rfi.fr/b", "2023-09-26",
		"Lundi 25 septembre au soir, un dépôt de carburant a explosé près de Stepanakert, faisant des dizaines de morts."}
	erevan := story{"erevan", "Le Monde", "https://lemonde.fr/a", "2023-09-24",
		"Lundi 25 septembre, le Premier ministre arménien accusera Moscou à Erevan d’avoir abandonné les Arméniens du Karabakh."}
	before := event(t, buildStories(t, []story{depot}, nil), "2023-09-25").Happenings[0]
	after := event(t, buildStories(t, []story{erevan, depot}, nil), "2023-09-25")
	for _, h := range after.Happenings {
		if h.Quotes[0].Mention >= 0 && after.Mentions[h.Quotes[0].Mention].Slug == "depot" {
			if h.ID != before.ID || h.Anchor != before.Anchor {
				t.Errorf("the happening was %s (#%s), is %s (#%s) once an earlier article reports another", before.ID, before.Anchor, h.ID, h.Anchor)
			}
			return
		}
	}
	t.Errorf("the happening of the depot is gone: %+v", after.Happenings)
}

// TestRoles checks what the mentions say of their dates, and how a
// happening and its outlets count them: an announcement or a reference
// back is no outlet reporting the thing happening.
func TestRoles(t *testing.T) {
	tl := buildStories(t, []story{
		{"route", "Le Monde", "https://lemonde.fr/r", "2023-01-10",
			"Les autorités rouvriront la route de Latchine le mois prochain, selon Bakou."},
		{"enclave", "RFI", "https://rfi.fr/e", "2024-06-01",
			"L’enclave échappait depuis près de 34 ans au contrôle de Bakou."},
	}, nil)
	feb := event(t, tl, "2023-02")
	if h := feb.Happenings[0]; h.Role.String() != "forecast" || h.Outlets != 0 || feb.Mentions[0].Role.String() != "forecast" {
		t.Errorf("2023-02: role %s (mention %s), %d outlets; want a forecast no outlet reports happening", h.Role, feb.Mentions[0].Role, h.Outlets)
	}
	for _, ev := range tl.Events {
		if ev.Mentions[0].Slug != "enclave" {
			continue
		}
		if m := ev.Mentions[0]; !m.Approx || m.Role.String() != "background" || !ev.Happenings[0].Approximate {
			t.Errorf("%s from %q: approximate %v, role %s, happening approximate %v; want an approximate background date",
				ev.ID, m.Expression, m.Approx, m.Role, ev.Happenings[0].Approximate)
		}
	}
}

// TestEpisodesByOverlap checks that a coarse date is filed in the
// episode it overlaps most and listed in every one it overlaps.
func TestEpisodesByOverlap(t *testing.T) {
	tl := buildStories(t, []story{
		{"a", "Le Monde", "https://lemonde.fr/1", "2024-03-01",
			"En 2020, la guerre a chassé des milliers d’habitants. À l’automne 2020, les combats ont redoublé. En septembre 2023, l’enclave a été reprise."},
	}, nil)
	for _, tt := range []struct{ id, main, all string }{
		{"2020", "contexte", "contexte guerre blocus"},
		{"2020-23", "guerre", "contexte guerre blocus"}, // autumn starts on 22 September
		{"2023-09", "blocus", "blocus operation"},
	} {
		ev := event(t, tl, tt.id)
		var all []string
		for _, ep := range ev.Episodes {
			all = append(all, ep.ID)
			listed := false
			for _, e := range ep.Events {
				listed = listed || e == ev
			}
			if !listed {
				t.Errorf("%s overlaps %s but is not listed in it", tt.id, ep.ID)
			}
		}
		if ev.Episode.ID != tt.main || strings.Join(all, " ") != tt.all {
			t.Errorf("%s: filed in %s, overlaps %s; want %s, overlaps %s", tt.id, ev.Episode.ID, strings.Join(all, " "), tt.main, tt.all)
		}
	}
}

// TestEdits checks that an editor's entry gives its happening a headline
// and a summary, and that one that picks none or several is an error at
// its line.
func TestEdits(t *testing.T) {
	stories := []story{
		{"erevan", "Le Monde", "https://lemonde.fr/a", "2023-09-26",
			"Lundi 25 septembre, le Premier ministre arménien a accusé Moscou à Erevan d’avoir abandonné les Arméniens du Karabakh."},
		{"depot", "RFI", "https://rfi.fr/b", "2023-09-26",
			"Lundi 25 septembre au soir, un dépôt de carburant a explosé près de Stepanakert, faisant des dizaines de morts."},
	}
	parse := func(src string) []edits.Entry {
		es, probs := edits.Parse("content/events.toml", []byte(src))
		if len(probs) > 0 {
			t.Fatal(probs)
		}
		return es
	}
	good := parse("[[event]]\ndate = \"2023-09-25\"\nmatch = \"dépôt carburant\"\nheadline = \"Explosion d’un dépôt près de Stepanakert\"\nsummary = \"Des **réfugiés** parmi les morts.\"\n")
	ev := event(t, buildStories(t, stories, good), "2023-09-25")
	found := false
	for _, h := range ev.Happenings {
		if h.TitleFrom == "editor" {
			found = true
			if h.Title != "Explosion d’un dépôt près de Stepanakert" || !strings.Contains(h.Summary, "<strong>réfugiés</strong>") ||
				ev.Mentions[h.Quotes[0].Mention].Slug != "depot" {
				t.Errorf("the editor's happening: %q, %q, first quote %s", h.Title, h.Summary, ev.Mentions[h.Quotes[0].Mention].Slug)
			}
		} else if h.Summary != "" || h.TitleFrom != "text" {
			t.Errorf("another happening took the entry: %+v", h)
		}
	}
	if !found {
		t.Error("no happening has the editor's headline")
	}
	for _, tt := range []struct{ src, want string }{
		{"\n[[event]]\ndate = \"2023-09-25\"\nmatch = \"Bakou\"\nheadline = \"X\"\n", `content/events.toml:2: match: no event of 2023-09-25 has a sentence with the words "Bakou"`},
		{"[[event]]\ndate = \"2023-09-25\"\nmatch = \"lundi\"\nheadline = \"X\"\n", `content/events.toml:1: match: 2 events of 2023-09-25 have a sentence with the words "lundi" (add words that only one of them has:`},
		{"[[event]]\ndate = \"2023-09-24\"\nmatch = \"dépôt\"\nheadline = \"X\"\n", `content/events.toml:1: no event on 2023-09-24: no article gives that date`},
	} {
		arts, exts := readStories(t, stories)
		_, probs := Build(fourEpisodes(t), nil, arts, exts, parse(tt.src), nil)
		if !strings.HasPrefix(probs.Error(), tt.want) {
			t.Errorf("problems\n%s\nwant one starting\n%s", probs.Error(), tt.want)
		}
	}
}
