package export

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"timeline/internal/claims"
	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/dates"
	"timeline/internal/gazetteer"
	"timeline/internal/i18n"
	"timeline/internal/kinds"
	"timeline/internal/store"
	"timeline/internal/timeline"
	"timeline/templates"
)

// The places and actors of lexiconSite, a site's own, added to the
// program's gazetteer: invented, so that the tests say what the data
// files write of them whatever the program's lists become.
const (
	testPlaces = `
[[place]]
id = "essai-ville"
name = "Ville-d'Essai"
name_en = "Testtown"
names = ["VILLE-D'ESSAI", "Testtown", "Essaïville"]
kind = "town"
lat = 39.1234567
lon = 46.7654321

[[place]]
id = "essai-pont"
name = "Pont d'Essai"
name_en = "Test Bridge"
kind = "road"
near = "essai-ville"
`
	testActors = `
[[actor]]
id = "essai-armee"
name = "armée d'Essai"
name_en = "Test Army"
names = ["forces d'Essai", "Test Army"]
side = "armenia"
`
)

// testLexicons returns the program's lexicons with testPlaces and
// testActors.
func testLexicons(t *testing.T) *timeline.Lexicons {
	t.Helper()
	g, probs := gazetteer.Load(gazetteer.File{Path: "content/places.toml", Data: []byte(testPlaces)},
		gazetteer.File{Path: "content/actors.toml", Data: []byte(testActors)})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	return &timeline.Lexicons{Gazetteer: g, Kinds: kinds.Default(), Key: timeline.LexiconsKey([]byte(testPlaces), []byte(testActors), nil)}
}

// lexiconSite returns a timeline of one day, 27 September 2020, of two
// happenings: a strike on Ville-d'Essai that the army claims, and clashes
// at the bridge (drawn at the town's point) a source of the text counts
// wounded of. lx are its lexicons, nil for none.
func lexiconSite(lx *timeline.Lexicons) *timeline.Timeline {
	sept27 := dates.Date{Year: 2020, Month: 9, Day: 27, Precision: dates.Day}
	ms := []timeline.Mention{
		{Slug: lemonde.Slug, Sentence: "Le 27 septembre, l'armée d'Essai a frappé Ville-d'Essai, a dit son porte-parole.",
			Expression: "27 septembre", Start: 3, End: 15, Anchor: lemonde.Slug, Role: dates.Event, Attribution: "son porte-parole",
			Places: []string{"essai-ville"}, Actors: []string{"essai-armee"}, Kinds: []string{"strike"}},
		{Slug: ouest.Slug, Sentence: "Le 27 septembre, 3 soldats ont été blessés au Pont d'Essai, selon l'armée d'Essai.",
			Expression: "27 septembre", Start: 3, End: 15, Anchor: ouest.Slug, Role: dates.Event, Attribution: "l'armée d'Essai",
			Places: []string{"essai-pont", "essai-ville"}, Actors: []string{"essai-armee"}, Speaker: "essai-armee", Kinds: []string{"clash"},
			Figures: []timeline.Figure{{Figure: claims.Figure{Kind: claims.Wounded, Count: 3, CountMax: 3, Who: "soldats",
				Claimant: "l'armée d'Essai", Start: 17, End: 44}, Actor: "essai-armee"}}},
	}
	strike := timeline.Happening{ID: "2020-09-27/" + lemonde.Slug, Anchor: "e-" + lemonde.Slug, Title: "Frappe sur Ville-d'Essai",
		TitleFrom: "text", Quotes: []timeline.Quote{{Mention: 0}}, Outlets: 1, Articles: 1,
		Places: []string{"essai-ville"}, Actors: []string{"essai-armee"}, Kinds: []string{"strike"}}
	clash := timeline.Happening{ID: "2020-09-27/" + ouest.Slug, Anchor: "e-" + ouest.Slug, Title: "Combats au pont",
		TitleFrom: "text", Quotes: []timeline.Quote{{Mention: 1}}, Outlets: 1, Articles: 1,
		Places: []string{"essai-pont", "essai-ville"}, Actors: []string{"essai-armee"}, Kinds: []string{"clash"}}
	tl := happeningSite(sept27, []*timeline.Episode{guerre}, ms, []timeline.Happening{strike, clash})
	ev := tl.Events[0]
	ev.Places, ev.Actors, ev.Kinds = []string{"essai-ville", "essai-pont"}, []string{"essai-armee"}, []string{"strike", "clash"}
	ev.Claims = []timeline.Claim{{Figure: ms[1].Figures[0], Mention: 1, Happening: 1}}
	tl.Lexicons = lx
	if lx != nil && lx.Gazetteer != nil {
		g := lx.Gazetteer
		tl.Places = []*timeline.Place{{Place: g.Place("essai-ville"), Events: tl.Events}, {Place: g.Place("essai-pont"), Events: tl.Events}}
		tl.Actors = []*timeline.Actor{{Actor: g.Actor("essai-armee"), Events: tl.Events}}
	}
	return tl
}

// TestEntities checks the lists of places, actors and kinds of
// events.json, in the site's language, and the ids each happening and
// mention gives of them.
func TestEntities(t *testing.T) {
	lx := testLexicons(t)
	for _, tt := range []struct {
		name   string
		lang   string
		lx     *timeline.Lexicons
		places []jsonPlace
		actors []jsonActor
		kinds  []jsonKind
	}{
		{
			name: "French: names in French, the others each once, a point rounded to 6 decimals, a road at the town's point",
			lang: "fr", lx: lx,
			places: []jsonPlace{
				{ID: "essai-ville", Name: "Ville-d'Essai", Names: []string{"Testtown", "Essaïville"}, Kind: "town",
					Lat: 39.123457, Lon: 46.765432, Near: "", Page: "places/essai-ville/"},
				{ID: "essai-pont", Name: "Pont d'Essai", Names: []string{"Test Bridge"}, Kind: "road",
					Lat: 39.123457, Lon: 46.765432, Near: "essai-ville", Page: "places/essai-pont/"},
			},
			actors: []jsonActor{{ID: "essai-armee", Name: "armée d'Essai", Names: []string{"Test Army", "forces d'Essai"}, Side: "armenia", Page: "actors/essai-armee/"}},
			kinds: []jsonKind{ // the typology's order, not the event's
				{ID: "clash", Name: "Affrontements armés", Page: "kinds/clash/"},
				{ID: "strike", Name: "Bombardements et frappes", Page: "kinds/strike/"},
			},
		},
		{
			name: "English: names in English, the French one among the others",
			lang: "en", lx: lx,
			places: []jsonPlace{
				{ID: "essai-ville", Name: "Testtown", Names: []string{"Ville-d'Essai", "Essaïville"}, Kind: "town",
					Lat: 39.123457, Lon: 46.765432, Near: "", Page: "places/essai-ville/"},
				{ID: "essai-pont", Name: "Test Bridge", Names: []string{"Pont d'Essai"}, Kind: "road",
					Lat: 39.123457, Lon: 46.765432, Near: "essai-ville", Page: "places/essai-pont/"},
			},
			actors: []jsonActor{{ID: "essai-armee", Name: "Test Army", Names: []string{"armée d'Essai", "forces d'Essai"}, Side: "armenia", Page: "actors/essai-armee/"}},
			kinds: []jsonKind{
				{ID: "clash", Name: "Armed clashes", Page: "kinds/clash/"},
				{ID: "strike", Name: "Shelling and strikes", Page: "kinds/strike/"},
			},
		},
		{
			name: "a timeline read without lexicons: no place nor actor listed, a kind named by its id, in the order of the ids",
			lang: "fr", lx: nil,
			places: []jsonPlace{}, actors: []jsonActor{},
			kinds: []jsonKind{{ID: "clash", Name: "clash", Page: "kinds/clash/"}, {ID: "strike", Name: "strike", Page: "kinds/strike/"}},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, probs := i18n.Load(templates.FS, "templates", tt.lang)
			if probs.HasErrors() {
				t.Fatal(probs)
			}
			out := files{}
			if err := Write(lexiconSite(tt.lx), Site{Title: "Essai", Text: text}, nil, out); err != nil {
				t.Fatal(err)
			}
			var d jsonData
			if err := json.Unmarshal(out[JSONPath], &d); err != nil {
				t.Fatalf("events.json: %v", err)
			}
			if !reflect.DeepEqual(d.Places, tt.places) {
				t.Errorf("places:\n%+v\nwant\n%+v", d.Places, tt.places)
			}
			if !reflect.DeepEqual(d.Actors, tt.actors) {
				t.Errorf("actors:\n%+v\nwant\n%+v", d.Actors, tt.actors)
			}
			if !reflect.DeepEqual(d.Kinds, tt.kinds) {
				t.Errorf("kinds:\n%+v\nwant\n%+v", d.Kinds, tt.kinds)
			}
			// What each entry and mention names, by id, whatever the lexicons.
			type named struct{ places, actors, kinds []string }
			var got []named
			for _, e := range d.Events {
				got = append(got, named{e.Places, e.Actors, e.Kinds})
				for _, m := range e.Mentions {
					got = append(got, named{m.Places, m.Actors, []string{m.Speaker}})
				}
			}
			want := []named{
				{[]string{"essai-ville"}, []string{"essai-armee"}, []string{"strike"}}, // the strike
				{[]string{"essai-ville"}, []string{"essai-armee"}, []string{""}},       // its mention: a speaker no actor is
				{[]string{"essai-pont", "essai-ville"}, []string{"essai-armee"}, []string{"clash"}},
				{[]string{"essai-pont", "essai-ville"}, []string{"essai-armee"}, []string{"essai-armee"}}, // the army speaks
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("places, actors, kinds (of a mention: its speaker) of each entry and mention:\n%q\nwant\n%q", got, want)
			}
		})
	}
}

// TestRebuildLexicons checks that a rebuild after the site's places file
// changed a point and a name, and nothing else, writes what a clean build
// writes: the events' keys count their articles' files, not the lexicons
// the sentences were read with.
func TestRebuildLexicons(t *testing.T) {
	dir := t.TempDir()
	write := siteWriter(t, dir)
	write("site.toml", "title = \"Essai\"\nlanguage = \"fr\"\n\n[[episode]]\nid = \"guerre\"\ntitle = \"La guerre\"\nstart = 2020-01-01\n")
	write("content/2020-09-28-veilleur.md", "+++\ntitle = \"Frappes\"\nsource = \"Le Veilleur\"\npublished = 2020-09-28\nlanguage = \"fr\"\n+++\n"+
		"Ville-d'Essai a été bombardée dimanche 27 septembre, faisant 3 morts, selon l'armée d'Essai.\n")
	build := func(places string, keep *store.Store) files {
		t.Helper()
		cfg, probs := config.Load(dir)
		if probs.HasErrors() {
			t.Fatal(probs)
		}
		arts, probs := content.Load(dir, content.Options{Language: cfg.Language})
		if probs.HasErrors() {
			t.Fatal(probs)
		}
		g, probs := gazetteer.Load(gazetteer.File{Path: "content/places.toml", Data: []byte(places)},
			gazetteer.File{Path: "content/actors.toml", Data: []byte(testActors)})
		if len(probs) > 0 {
			t.Fatal(probs)
		}
		lx := &timeline.Lexicons{Gazetteer: g, Kinds: kinds.Default(), Key: timeline.LexiconsKey([]byte(places), []byte(testActors), nil)}
		exts := make([]timeline.Extraction, len(arts))
		for i, a := range arts {
			exts[i] = timeline.Extract(a, lx)
			// As the build keys an extraction: by the article's bytes and
			// the lexicons it was read with.
			h := store.NewHash()
			h.Word(a.Hash)
			h.Word(lx.Key)
			exts[i].Key = h.Sum()
		}
		tl, _ := timeline.Build(cfg, lx, arts, exts, nil, nil)
		text, _ := i18n.Load(templates.FS, "templates", "fr")
		if keep != nil {
			keep.Begin()
		}
		out := files{}
		if err := Write(tl, Site{Title: cfg.Title, Text: text}, keep, out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	st := store.New()
	before := build(testPlaces, st)
	if !bytes.Contains(before[GeoJSONPath], []byte(`"place":"essai-ville"`)) {
		t.Fatalf("the place is in no feature: the test checks nothing\n%s", before[GeoJSONPath])
	}
	moved := strings.Replace(strings.Replace(testPlaces, "lat = 39.1234567", "lat = 39.5", 1), `name = "Ville-d'Essai"`, `name = "Ville-d'Essai-la-Neuve"`, 1)
	moved = strings.Replace(moved, `names = [`, `names = ["Ville-d'Essai", `, 1) // the text's name still finds it
	got, want := build(moved, st), build(moved, nil)
	for _, p := range []string{JSONPath, ClaimsPath, GeoJSONPath} {
		if !bytes.Equal(got[p], want[p]) {
			t.Errorf("%s of the rebuild differs from a clean build's:\n%s\nwant\n%s", p, got[p], want[p])
		}
	}
	if !bytes.Contains(want[GeoJSONPath], []byte(`39.5]`)) {
		t.Errorf("the point moved is not in events.geojson:\n%s", want[GeoJSONPath])
	}
}
