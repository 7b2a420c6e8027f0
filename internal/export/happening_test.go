package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"timeline/internal/config"
	"timeline/internal/dates"
	"timeline/internal/i18n"
	"timeline/internal/store"
	"timeline/internal/timeline"
	"timeline/templates"
)

// The articles and episodes of the timelines of TestHappenings.
var (
	lemonde = &timeline.Article{Slug: "2020-09-28-le-monde", Title: "Offensive", Outlet: "Le Monde",
		URL: "https://lemonde.fr/a", Published: time.Date(2020, 9, 28, 8, 0, 0, 0, time.UTC), Language: "fr"}
	ouest = &timeline.Article{Slug: "2020-09-28-ouest-france", Title: "Offensive (AFP)", Outlet: "Ouest-France",
		URL: "https://ouest-france.fr/a", Published: time.Date(2020, 9, 28, 9, 0, 0, 0, time.UTC), Language: "fr"}
	croix = &timeline.Article{Slug: "2020-09-29-la-croix", Title: "Offensive (AFP)", Outlet: "La Croix",
		URL: "https://la-croix.com/a", Published: time.Date(2020, 9, 29, 9, 0, 0, 0, time.UTC), Language: "fr"}
	avant  = &timeline.Episode{Episode: config.Episode{ID: "avant", Title: "Avant", End: dates.Date{Year: 2020, Month: 9, Day: 26, Precision: dates.Day}}}
	guerre = &timeline.Episode{Episode: config.Episode{ID: "guerre", Title: "La guerre", Start: dates.Date{Year: 2020, Month: 9, Day: 27, Precision: dates.Day}}}
)

// happeningSite returns a timeline of one event of date d in the episodes
// eps (the first its main one), with mentions ms and happenings hs.
func happeningSite(d dates.Date, eps []*timeline.Episode, ms []timeline.Mention, hs []timeline.Happening) *timeline.Timeline {
	ev := &timeline.Event{ID: timeline.EventID(d), Date: d, Episode: eps[0], Episodes: eps, Mentions: ms, Happenings: hs}
	for _, a := range []*timeline.Article{lemonde, ouest, croix} {
		for _, m := range ms {
			if m.Slug == a.Slug {
				ev.Articles = append(ev.Articles, a)
				break
			}
		}
	}
	ev.Title = hs[0].Title
	return &timeline.Timeline{Episodes: []*timeline.Episode{avant, guerre}, Events: []*timeline.Event{ev},
		Articles: []*timeline.Article{lemonde, ouest, croix}}
}

// happeningCase is a row of TestHappenings: a timeline, and what
// events.json and events.csv must say of it.
type happeningCase struct {
	name string
	tl   *timeline.Timeline
	want []jsonEvent         // events.json's "events"
	csv  []map[string]string // the columns checked of each row of events.csv
}

// TestHappenings checks what events.json and events.csv write of an
// event's happenings: one entry each, a copied sentence once, and the
// keys version 2 added.
func TestHappenings(t *testing.T) {
	text, probs := i18n.Load(templates.FS, "templates", "fr")
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	sept27 := dates.Date{Year: 2020, Month: 9, Day: 27, Precision: dates.Day}
	sept := dates.Date{Year: 2020, Month: 9, Precision: dates.Month}
	const (
		offensive = "Le 27 septembre, l'Azerbaïdjan a lancé une offensive."
		recalled  = "Depuis le 27 septembre, les combats n'ont pas cessé."
		forecast  = "La réunion aura lieu le 27 septembre."
	)
	// mention is a mention of the sentence s by the article of slug, its
	// anchor its slug and n.
	mention := func(slug, anchor, s string, role dates.Role, approx bool) timeline.Mention {
		return timeline.Mention{Slug: slug, Sentence: s, Expression: "27 septembre", Start: 3, End: 15,
			Anchor: anchor, Role: role, Approx: approx}
	}
	// happening is the happening of quotes, named after mention 0.
	happening := func(ms []timeline.Mention, d dates.Date, title string, quotes ...timeline.Quote) timeline.Happening {
		a := ms[quotes[0].Mention].Anchor
		return timeline.Happening{ID: timeline.EventID(d) + "/" + a, Anchor: "e-" + a, Title: title, TitleFrom: "text", Quotes: quotes}
	}
	for _, tt := range []happeningCase{
		func() (tt happeningCase) {
			tt.name = "a sentence two other articles carry is one mention, their slugs in also_in"
			ms := []timeline.Mention{
				mention(lemonde.Slug, lemonde.Slug, offensive, dates.Event, false),
				mention(ouest.Slug, ouest.Slug, offensive, dates.Event, false),
				mention(croix.Slug, croix.Slug, offensive, dates.Event, false),
			}
			h := happening(ms, sept27, "L'Azerbaïdjan a lancé une offensive", timeline.Quote{Mention: 0, Copies: []int{1, 2}})
			h.Outlets, h.Articles, h.Role = 1, 3, dates.Event
			tt.tl = happeningSite(sept27, []*timeline.Episode{guerre}, ms, []timeline.Happening{h})
			tt.want = []jsonEvent{{ID: "2020-09-27/" + lemonde.Slug, Day: "events/2020-09-27/", Date: "2020-09-27", Precision: "day",
				Episode: "guerre", Episodes: []string{"guerre"}, Title: h.Title, TitleFrom: "text", Outlets: 1, Articles: 3,
				Page: "events/2020-09-27/#e-" + lemonde.Slug, Mentions: []jsonMention{{Source: lemonde.Slug, Text: offensive,
					Expression: "27 septembre", Anchor: lemonde.Slug, Role: "event", AlsoIn: []string{ouest.Slug, croix.Slug}}}}}
			tt.csv = []map[string]string{{"event": "2020-09-27", "happening": "2020-09-27/" + lemonde.Slug, "source": lemonde.Slug,
				"outlet": "Le Monde", "also_in": ouest.Slug + " " + croix.Slug, "outlets": "1", "articles": "3"}}
			return tt
		}(),
		func() (tt happeningCase) {
			tt.name = "a sentence its own article repeats is named in no also_in"
			ms := []timeline.Mention{
				mention(lemonde.Slug, lemonde.Slug, offensive, dates.Event, false),
				mention(lemonde.Slug, lemonde.Slug+"-2", offensive, dates.Event, false),
			}
			h := happening(ms, sept27, "Offensive", timeline.Quote{Mention: 0, Copies: []int{1}})
			h.Outlets, h.Articles = 1, 1
			tt.tl = happeningSite(sept27, []*timeline.Episode{guerre}, ms, []timeline.Happening{h})
			tt.want = []jsonEvent{{ID: "2020-09-27/" + lemonde.Slug, Day: "events/2020-09-27/", Date: "2020-09-27", Precision: "day",
				Episode: "guerre", Episodes: []string{"guerre"}, Title: "Offensive", TitleFrom: "text", Outlets: 1, Articles: 1,
				Page: "events/2020-09-27/#e-" + lemonde.Slug, Mentions: []jsonMention{{Source: lemonde.Slug, Text: offensive,
					Expression: "27 septembre", Anchor: lemonde.Slug, Role: "event", AlsoIn: []string{}}}}}
			tt.csv = []map[string]string{{"source": lemonde.Slug, "also_in": ""}}
			return tt
		}(),
		func() (tt happeningCase) {
			tt.name = "each mention's role and approximate date are written, and the happening's approximate"
			ms := []timeline.Mention{
				mention(lemonde.Slug, lemonde.Slug, recalled, dates.Background, true),
				mention(ouest.Slug, ouest.Slug, forecast, dates.Forecast, true),
			}
			h := happening(ms, sept27, "Combats", timeline.Quote{Mention: 0}, timeline.Quote{Mention: 1})
			h.Articles, h.Role, h.Approximate = 2, dates.Forecast, true
			tt.tl = happeningSite(sept27, []*timeline.Episode{guerre}, ms, []timeline.Happening{h})
			tt.want = []jsonEvent{{ID: "2020-09-27/" + lemonde.Slug, Day: "events/2020-09-27/", Date: "2020-09-27", Precision: "day",
				Episode: "guerre", Episodes: []string{"guerre"}, Title: "Combats", TitleFrom: "text", Approximate: true, Articles: 2,
				Page: "events/2020-09-27/#e-" + lemonde.Slug, Mentions: []jsonMention{
					{Source: lemonde.Slug, Text: recalled, Expression: "27 septembre", Anchor: lemonde.Slug, Role: "background", Approximate: true, AlsoIn: []string{}},
					{Source: ouest.Slug, Text: forecast, Expression: "27 septembre", Anchor: ouest.Slug, Role: "forecast", Approximate: true, AlsoIn: []string{}},
				}}}
			tt.csv = []map[string]string{
				{"source": lemonde.Slug, "role": "background", "approximate": "true", "outlets": "0", "articles": "2"},
				{"source": ouest.Slug, "role": "forecast", "approximate": "true"},
			}
			return tt
		}(),
		func() (tt happeningCase) {
			tt.name = "the editor's headline and summary"
			ms := []timeline.Mention{mention(lemonde.Slug, lemonde.Slug, offensive, dates.Event, false)}
			h := happening(ms, sept27, "Début de la guerre des 44 jours", timeline.Quote{Mention: 0})
			h.TitleFrom, h.Summary, h.Outlets, h.Articles = "editor", "<p>L’offensive <em>commence</em>.</p>", 1, 1
			tt.tl = happeningSite(sept27, []*timeline.Episode{guerre}, ms, []timeline.Happening{h})
			tt.want = []jsonEvent{{ID: "2020-09-27/" + lemonde.Slug, Day: "events/2020-09-27/", Date: "2020-09-27", Precision: "day",
				Episode: "guerre", Episodes: []string{"guerre"}, Title: "Début de la guerre des 44 jours", TitleFrom: "editor",
				Summary: "<p>L’offensive <em>commence</em>.</p>", Outlets: 1, Articles: 1,
				Page: "events/2020-09-27/#e-" + lemonde.Slug, Mentions: []jsonMention{{Source: lemonde.Slug, Text: offensive,
					Expression: "27 septembre", Anchor: lemonde.Slug, Role: "event", AlsoIn: []string{}}}}}
			tt.csv = []map[string]string{{"title": "Début de la guerre des 44 jours", "title_from": "editor"}}
			return tt
		}(),
		func() (tt happeningCase) {
			tt.name = "a month over two episodes: episodes lists both in order, episode the one it overlaps most"
			ms := []timeline.Mention{mention(lemonde.Slug, lemonde.Slug, "En septembre 2020, la guerre a éclaté.", dates.Event, false)}
			h := happening(ms, sept, "La guerre a éclaté", timeline.Quote{Mention: 0})
			h.Outlets, h.Articles = 1, 1
			tt.tl = happeningSite(sept, []*timeline.Episode{avant, guerre}, ms, []timeline.Happening{h})
			tt.tl.Events[0].Episode = avant // 26 days of September before the war, 4 in it
			tt.want = []jsonEvent{{ID: "2020-09/" + lemonde.Slug, Day: "events/2020-09/", Date: "2020-09", Precision: "month",
				Episode: "avant", Episodes: []string{"avant", "guerre"}, Title: "La guerre a éclaté", TitleFrom: "text", Outlets: 1, Articles: 1,
				Page: "events/2020-09/#e-" + lemonde.Slug, Mentions: []jsonMention{{Source: lemonde.Slug, Text: ms[0].Sentence,
					Expression: "27 septembre", Anchor: lemonde.Slug, Role: "event", AlsoIn: []string{}}}}}
			tt.csv = []map[string]string{{"event": "2020-09", "episode": "avant", "episodes": "avant guerre"}}
			return tt
		}(),
		func() (tt happeningCase) {
			tt.name = "two happenings of one day are two entries, in the event's order, each with its quotes"
			ms := []timeline.Mention{
				mention(lemonde.Slug, lemonde.Slug, offensive, dates.Event, false),
				mention(ouest.Slug, ouest.Slug, forecast, dates.Forecast, false),
				mention(croix.Slug, croix.Slug, "Le 27 septembre, Bakou a accusé Erevan.", dates.Event, false),
			}
			off := happening(ms, sept27, "Offensive", timeline.Quote{Mention: 0}, timeline.Quote{Mention: 1})
			off.Outlets, off.Articles = 1, 2
			acc := happening(ms, sept27, "Accusation", timeline.Quote{Mention: 2})
			acc.Outlets, acc.Articles = 1, 1
			tt.tl = happeningSite(sept27, []*timeline.Episode{guerre}, ms, []timeline.Happening{acc, off})
			tt.want = []jsonEvent{
				{ID: "2020-09-27/" + croix.Slug, Day: "events/2020-09-27/", Date: "2020-09-27", Precision: "day",
					Episode: "guerre", Episodes: []string{"guerre"}, Title: "Accusation", TitleFrom: "text", Outlets: 1, Articles: 1,
					Page: "events/2020-09-27/#e-" + croix.Slug, Mentions: []jsonMention{{Source: croix.Slug, Text: ms[2].Sentence,
						Expression: "27 septembre", Anchor: croix.Slug, Role: "event", AlsoIn: []string{}}}},
				{ID: "2020-09-27/" + lemonde.Slug, Day: "events/2020-09-27/", Date: "2020-09-27", Precision: "day",
					Episode: "guerre", Episodes: []string{"guerre"}, Title: "Offensive", TitleFrom: "text", Outlets: 1, Articles: 2,
					Page: "events/2020-09-27/#e-" + lemonde.Slug, Mentions: []jsonMention{
						{Source: lemonde.Slug, Text: offensive, Expression: "27 septembre", Anchor: lemonde.Slug, Role: "event", AlsoIn: []string{}},
						{Source: ouest.Slug, Text: forecast, Expression: "27 septembre", Anchor: ouest.Slug, Role: "forecast", AlsoIn: []string{}},
					}},
			}
			tt.csv = []map[string]string{
				{"happening": "2020-09-27/" + croix.Slug, "source": croix.Slug, "outlet": "La Croix", "title": "Accusation"},
				{"happening": "2020-09-27/" + lemonde.Slug, "source": lemonde.Slug, "outlet": "Le Monde", "title": "Offensive"},
				{"happening": "2020-09-27/" + lemonde.Slug, "source": ouest.Slug, "outlet": "Ouest-France", "page": "events/2020-09-27/#" + ouest.Slug},
			}
			return tt
		}(),
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := files{}
			if err := Write(tt.tl, Site{Title: "Essai", Text: text}, nil, out); err != nil {
				t.Fatal(err)
			}
			var d jsonData
			if err := json.Unmarshal(out[JSONPath], &d); err != nil {
				t.Fatalf("events.json: %v", err)
			}
			if d.Version != 2 || !bytes.HasPrefix(out[JSONPath], []byte(`{"version":2,`)) {
				t.Errorf("events.json does not start with version 2: %.40s", out[JSONPath])
			}
			for i := range tt.want { // none of these names a place, an actor or a kind
				e := &tt.want[i]
				e.Places, e.Actors, e.Kinds = orEmpty(e.Places), orEmpty(e.Actors), orEmpty(e.Kinds)
				for j := range e.Mentions {
					m := &e.Mentions[j]
					m.Places, m.Actors = orEmpty(m.Places), orEmpty(m.Actors)
				}
			}
			if !reflect.DeepEqual(d.Events, tt.want) {
				t.Errorf("events.json's events:\n%+v\nwant\n%+v", d.Events, tt.want)
			}
			rows, err := csv.NewReader(bytes.NewReader(out[CSVPath])).ReadAll()
			if err != nil {
				t.Fatalf("events.csv: %v", err)
			}
			if len(rows)-1 != len(tt.csv) {
				t.Fatalf("events.csv has %d rows, want %d", len(rows)-1, len(tt.csv))
			}
			for i, want := range tt.csv {
				for col, v := range want {
					k := slices.Index(rows[0], col)
					if k < 0 {
						t.Fatalf("events.csv has no column %s", col)
					}
					if rows[i+1][k] != v {
						t.Errorf("events.csv row %d, %s = %q, want %q", i+1, col, rows[i+1][k], v)
					}
				}
			}
		})
	}
}

// TestRebuildCopy checks that a rebuild with the pieces of the build
// before writes what a clean build writes when an article added copies a
// sentence of another: the other's quote gains also_in, its happening
// counts one more article, though the other article is unchanged.
func TestRebuildCopy(t *testing.T) {
	dir := t.TempDir()
	write := siteWriter(t, dir)
	article := func(title, outlet, published, text string) string {
		return fmt.Sprintf("+++\ntitle = %q\nsource = %q\npublished = %s\nlanguage = \"fr\"\n+++\n%s\n", title, outlet, published, text)
	}
	const combats = "Les combats ont repris dimanche 27 septembre à l'aube sur toute la ligne de contact."
	write("site.toml", "title = \"Essai\"\nbase_url = \"https://example.org/\"\nlanguage = \"fr\"\n\n"+
		"[[episode]]\nid = \"guerre\"\ntitle = \"La guerre\"\nstart = 2020-01-01\n")
	write("content/2020-09-28-veilleur.md", article("Combats", "Le Veilleur", "2020-09-28", combats))
	write("content/2020-09-29-courrier.md", article("Bombardements", "Le Courrier", "2020-09-29",
		"Stepanakert a été bombardée dimanche 27 septembre, selon les autorités locales."))
	st := store.New()
	build := func(keep *store.Store) files {
		t.Helper()
		s, tl := loadSite(t, dir)
		st.Begin()
		out := files{}
		if err := Write(tl, s, keep, out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	build(st)
	write("content/2020-09-30-depeche.md", article("Combats (AFP)", "La Dépêche", "2020-09-30", combats))
	got, want := build(st), build(nil)
	for _, p := range []string{JSONPath, CSVPath, ClaimsPath, GeoJSONPath} {
		if !bytes.Equal(got[p], want[p]) {
			t.Errorf("%s of the rebuild differs from a clean build's:\n%s\nwant\n%s", p, got[p], want[p])
		}
	}
	if !bytes.Contains(want[JSONPath], []byte(`"also_in":["2020-09-30-depeche"]`)) {
		t.Errorf("the copy is in no also_in:\n%s", want[JSONPath])
	}
}

// siteWriter returns a function that writes a file of the site in dir,
// at its path name.
func siteWriter(t *testing.T, dir string) func(name, data string) {
	return func(name, data string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
