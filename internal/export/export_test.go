package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"timeline/internal/address"
	"timeline/internal/corpus"
	"timeline/internal/dates"
	"timeline/internal/i18n"
	"timeline/internal/store"
	"timeline/internal/timeline"
	"timeline/internal/timeline/timelinetest"
	"timeline/templates"
)

// The events.json schema (docs/events-json.md), as json.Marshal writes
// it: what the pieces must add up to.
type (
	jsonData struct {
		Version  int           `json:"version"`
		Episodes []jsonEpisode `json:"episodes"`
		Places   []jsonPlace   `json:"places"`
		Actors   []jsonActor   `json:"actors"`
		Kinds    []jsonKind    `json:"kinds"`
		Sources  []jsonSource  `json:"sources"`
		Events   []jsonEvent   `json:"events"`
		Claims   []jsonClaim   `json:"claims"`
	}
	jsonSource struct {
		Slug      string `json:"slug"`
		Title     string `json:"title"`
		Source    string `json:"source"`
		URL       string `json:"url"`
		Published string `json:"published"`
		Language  string `json:"language"`
		Page      string `json:"page"`
	}
	// jsonEvent is a happening: an entry of "events".
	jsonEvent struct {
		ID          string        `json:"id"`
		Day         string        `json:"day"`
		Date        string        `json:"date"`
		Precision   string        `json:"precision"`
		Episode     string        `json:"episode"`
		Episodes    []string      `json:"episodes"`
		Title       string        `json:"title"`
		TitleFrom   string        `json:"title_from"`
		Summary     string        `json:"summary"`
		Approximate bool          `json:"approximate"`
		Outlets     int           `json:"outlets"`
		Articles    int           `json:"articles"`
		Page        string        `json:"page"`
		Places      []string      `json:"places"`
		Actors      []string      `json:"actors"`
		Kinds       []string      `json:"kinds"`
		Mentions    []jsonMention `json:"mentions"`
	}
	jsonMention struct {
		Source      string   `json:"source"`
		Text        string   `json:"text"`
		Expression  string   `json:"expression"`
		Attribution string   `json:"attribution"`
		Time        string   `json:"time"`
		Since       bool     `json:"since"`
		Anchor      string   `json:"anchor"`
		Role        string   `json:"role"`
		Approximate bool     `json:"approximate"`
		AlsoIn      []string `json:"also_in"`
		Places      []string `json:"places"`
		Actors      []string `json:"actors"`
		Speaker     string   `json:"speaker"`
	}
	jsonClaim struct {
		Event         string `json:"event"`
		Source        string `json:"source"`
		Kind          string `json:"kind"`
		Count         int    `json:"count"`
		CountMax      int    `json:"count_max"`
		Qualifier     string `json:"qualifier"`
		Who           string `json:"who"`
		Side          string `json:"side"`
		Civilian      bool   `json:"civilian"`
		Claimant      string `json:"claimant"`
		ClaimantFrom  string `json:"claimant_from"`
		ClaimantActor string `json:"claimant_actor"`
		Figure        string `json:"figure"`
		Text          string `json:"text"`
		Anchor        string `json:"anchor"`
	}
)

// files is a store.Output that keeps the files, joined.
type files map[string][]byte

func (f files) Has(string, uint64) bool { return false }

func (f files) Keeps() bool { return true }

func (f files) Before(string) ([]byte, uint64) { return nil, 0 }

func (f files) Put(path string, _ uint64, parts ...[]byte) error {
	f[path] = bytes.Join(parts, nil)
	return nil
}

// minJSON marshals v and minifies it, as events.json's episodes are
// written.
func minJSON(t testing.TB, v any) []byte {
	t.Helper()
	data, err := minified("application/json", marshal(t, v))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// marshal returns json.Marshal(v): what events.json and events.geojson
// are, byte for byte. Not minified: the minifier writes a count of
// 100000 as 1e5, which a reader of integers refuses; on json.Marshal's
// output it changes nothing else.
func marshal(t testing.TB, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func dir(p string) string { return address.Dir(p) }

// seedSite returns the timeline of the repository's site.
func seedSite(t *testing.T) (Site, *timeline.Timeline) {
	t.Helper()
	return loadSite(t, "../..")
}

// loadSite returns the timeline of the site in dir.
func loadSite(t testing.TB, dir string) (Site, *timeline.Timeline) {
	t.Helper()
	cfg, tl := timelinetest.Load(t, dir)
	text, probs := i18n.Load(templates.FS, "templates", cfg.Language)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	return Site{BaseURL: cfg.BaseURL, Title: cfg.Title, Text: text}, tl
}

// benchSite returns the timeline of a site of 1,000 generated articles.
func benchSite(b *testing.B) (Site, *timeline.Timeline) {
	b.Helper()
	dir := b.TempDir()
	if err := corpus.Write(dir, 1000, 1); err != nil {
		b.Fatal(err)
	}
	return loadSite(b, dir)
}

// wanted is what the data files of a timeline must be, made here from
// the timeline without the package's pieces: events.json's data (to
// marshal), events.csv and claims.csv as encoding/csv writes them,
// events.geojson's data.
type wanted struct {
	json   jsonData
	csv    []byte
	claims []byte
	geo    geoCollection
}

// The events.geojson layout, as json.Marshal writes it.
type (
	geoCollection struct {
		Type     string       `json:"type"`
		Features []geoFeature `json:"features"`
	}
	geoFeature struct {
		Type       string       `json:"type"`
		Geometry   geoPoint     `json:"geometry"`
		Properties geoHappening `json:"properties"`
	}
	geoPoint struct {
		Type        string     `json:"type"`
		Coordinates [2]float64 `json:"coordinates"`
	}
	geoHappening struct {
		Event     string   `json:"event"`
		Date      string   `json:"date"`
		Headline  string   `json:"headline"`
		Page      string   `json:"page"`
		Outlets   int      `json:"outlets"`
		Place     string   `json:"place"`
		PlaceName string   `json:"place_name"`
		PlaceKind string   `json:"place_kind"`
		Near      string   `json:"near"`
		Kinds     []string `json:"kinds"`
	}
)

// orEmpty returns ss, or [] for nil: what json.Marshal writes [] of.
func orEmpty(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

// wantData returns what the data files of tl must be in a site of
// language lang (see wanted).
func wantData(t *testing.T, tl *timeline.Timeline, lang string) wanted {
	t.Helper()
	d := jsonData{Version: 2, Episodes: []jsonEpisode{}, Places: []jsonPlace{}, Actors: []jsonActor{}, Kinds: []jsonKind{},
		Sources: []jsonSource{}, Events: []jsonEvent{}, Claims: []jsonClaim{}}
	geo := geoCollection{Type: "FeatureCollection", Features: []geoFeature{}}
	for _, ep := range tl.Episodes {
		d.Episodes = append(d.Episodes, jsonEpisode{ID: ep.ID, Title: ep.Title, Start: edtf(ep.Start), End: edtf(ep.End), Page: dir(address.Episode(ep.ID))})
	}
	for _, p := range tl.Places {
		lat, lon, _ := point(p.Lat, p.Lon)
		name := p.NameIn(lang)
		d.Places = append(d.Places, jsonPlace{ID: p.ID, Name: name, Names: p.OtherNames(name),
			Kind: p.Kind, Lat: lat, Lon: lon, Near: p.Near, Page: "places/" + p.ID + "/"})
	}
	for _, a := range tl.Actors {
		name := a.NameIn(lang)
		d.Actors = append(d.Actors, jsonActor{ID: a.ID, Name: name, Names: a.OtherNames(name),
			Side: a.Side, Page: "actors/" + a.ID + "/"})
	}
	for _, id := range eventKinds(tl) {
		d.Kinds = append(d.Kinds, jsonKind{ID: id, Name: kindName(tl, id, lang), Page: "kinds/" + id + "/"})
	}
	for _, a := range tl.Articles {
		d.Sources = append(d.Sources, jsonSource{Slug: a.Slug, Title: a.Title, Source: a.Outlet, URL: a.URL,
			Published: edtf(dayOf(a)), Language: a.Language, Page: dir(address.Source(a.Slug))})
	}
	var b, cb bytes.Buffer
	w, cw := csv.NewWriter(&b), csv.NewWriter(&cb)
	w.Write([]string{"event", "date", "precision", "episode", "source", "outlet", "published", "url",
		"expression", "attribution", "time", "since", "text", "page",
		"happening", "title", "title_from", "role", "approximate", "outlets", "articles", "episodes", "also_in"})
	cw.Write([]string{"event", "happening", "date", "kind", "count", "count_max", "qualifier",
		"who", "side", "civilian", "claimant", "claimant_from", "claimant_actor",
		"outlet", "article", "page", "figure", "text"})
	article := map[string]*timeline.Article{}
	for _, a := range tl.Articles {
		article[a.Slug] = a
	}
	write := func(w *csv.Writer, row []string) {
		for i := range row {
			row[i] = csvSafe(row[i])
		}
		w.Write(row)
	}
	for _, ev := range tl.Events {
		eps := []string{}
		for _, ep := range ev.Episodes {
			eps = append(eps, ep.ID)
		}
		day := dir(address.Event(ev.ID))
		for _, h := range ev.Happenings {
			je := jsonEvent{ID: h.ID, Day: day, Date: ev.Date.String(), Precision: ev.Date.Precision.String(),
				Episode: ev.Episode.ID, Episodes: eps, Title: h.Title, TitleFrom: h.TitleFrom, Summary: h.Summary,
				Approximate: h.Approximate, Outlets: h.Outlets, Articles: h.Articles,
				Page: day + "#" + h.Anchor, Places: orEmpty(h.Places), Actors: orEmpty(h.Actors), Kinds: orEmpty(h.Kinds),
				Mentions: []jsonMention{}}
			for _, q := range h.Quotes {
				m := ev.Mentions[q.Mention]
				also := []string{}
				for _, c := range q.Copies {
					if s := ev.Mentions[c].Slug; s != m.Slug && !slices.Contains(also, s) {
						also = append(also, s)
					}
				}
				je.Mentions = append(je.Mentions, jsonMention{Source: m.Slug, Text: m.Sentence, Expression: m.Expression,
					Attribution: m.Attribution, Time: m.Time, Since: m.Since, Anchor: m.Anchor,
					Role: m.Role.String(), Approximate: m.Approx, AlsoIn: also,
					Places: orEmpty(m.Places), Actors: orEmpty(m.Actors), Speaker: m.Speaker})
				a := article[m.Slug]
				write(w, []string{ev.ID, ev.Date.String(), ev.Date.Precision.String(), ev.Episode.ID, m.Slug,
					a.Outlet, edtf(dayOf(a)), a.URL, m.Expression, m.Attribution, m.Time,
					fmt.Sprint(m.Since), m.Sentence, day + "#" + m.Anchor,
					h.ID, h.Title, h.TitleFrom, m.Role.String(), fmt.Sprint(m.Approx),
					fmt.Sprint(h.Outlets), fmt.Sprint(h.Articles), strings.Join(eps, " "), strings.Join(also, " ")})
			}
			d.Events = append(d.Events, je)
			for _, id := range h.Places {
				p := tl.Lexicons.Gazetteer.Place(id)
				lat, lon, _ := point(p.Lat, p.Lon)
				geo.Features = append(geo.Features, geoFeature{Type: "Feature", Geometry: geoPoint{Type: "Point", Coordinates: [2]float64{lon, lat}},
					Properties: geoHappening{Event: h.ID, Date: ev.Date.String(), Headline: h.Title, Page: day + "#" + h.Anchor,
						Outlets: h.Outlets, Place: id, PlaceName: p.NameIn(lang), PlaceKind: p.Kind, Near: p.Near, Kinds: orEmpty(h.Kinds)}})
			}
		}
		for _, c := range ev.Claims {
			m := ev.Mentions[c.Mention]
			a := article[m.Slug]
			who, from := c.Claimant, "text"
			switch {
			case who == "":
				who, from = a.Outlet, "outlet"
			case who == m.Attribution:
				from = "speaker"
			}
			fig := ""
			if !c.Next {
				fig = m.Sentence[c.Start:c.End]
			}
			hid := ev.Happenings[c.Happening].ID
			d.Claims = append(d.Claims, jsonClaim{Event: hid, Source: m.Slug, Kind: c.Kind.String(),
				Count: c.Count, CountMax: c.CountMax, Qualifier: c.Qualifier, Who: c.Who, Side: c.Side, Civilian: c.Civilian,
				Claimant: who, ClaimantFrom: from, ClaimantActor: c.Actor, Figure: fig, Text: m.Sentence, Anchor: m.Anchor})
			write(cw, []string{ev.ID, hid, ev.Date.String(), c.Kind.String(), fmt.Sprint(c.Count), fmt.Sprint(c.CountMax),
				c.Qualifier, c.Who, c.Side, fmt.Sprint(c.Civilian), who, from, c.Actor, a.Outlet, m.Slug,
				day + "#" + m.Anchor, fig, m.Sentence})
		}
	}
	w.Flush()
	cw.Flush()
	return wanted{json: d, csv: b.Bytes(), claims: cb.Bytes(), geo: geo}
}

// TestDataPieces checks that events.json, events.csv, claims.csv and
// events.geojson made of pieces, fresh or from a memo, are the bytes of
// the whole files written at once: of the repository's site, and of a
// generated one whose outlets copy one another's sentences.
func TestDataPieces(t *testing.T) {
	for _, site := range []struct {
		name string
		load func(t *testing.T) (Site, *timeline.Timeline)
	}{
		{"seed", seedSite},
		{"corpus", func(t *testing.T) (Site, *timeline.Timeline) {
			dir := t.TempDir()
			if err := corpus.Write(dir, 300, 1); err != nil {
				t.Fatal(err)
			}
			return loadSite(t, dir)
		}},
	} {
		t.Run(site.name, func(t *testing.T) {
			s, tl := site.load(t)
			want := wantData(t, tl, s.Text.Lang())
			if len(want.json.Places) == 0 || len(want.json.Claims) == 0 || len(want.geo.Features) == 0 {
				t.Fatalf("the site has %d places, %d claims, %d features: the test checks little",
					len(want.json.Places), len(want.json.Claims), len(want.geo.Features))
			}
			whole := map[string][]byte{JSONPath: marshal(t, want.json), CSVPath: want.csv, ClaimsPath: want.claims,
				GeoJSONPath: marshal(t, want.geo)}
			// No store, then a store across builds: the third build takes
			// every piece from it.
			st := store.New()
			for i, keep := range []*store.Store{nil, st, st} {
				st.Begin()
				got := files{}
				if err := Write(tl, s, keep, got); err != nil {
					t.Fatal(err)
				}
				for _, p := range []string{JSONPath, CSVPath, ClaimsPath, GeoJSONPath} {
					if !bytes.Equal(got[p], whole[p]) {
						t.Errorf("build %d: %s from pieces differs from the whole file:\n%.2000s\nwant\n%.2000s", i, p, got[p], whole[p])
					}
				}
			}
		})
	}
}

func dayOf(a *timeline.Article) dates.Date { return dates.DayOf(a.Published) }

// TestPlainSitemap checks that the sitemap written without xml.Marshal
// and the minifier reads byte for byte as the one written with them, and
// that an address XML must escape takes the long way.
func TestPlainSitemap(t *testing.T) {
	pages := []string{"index.html", "events/2020-09-27/index.html", "sources/2020-09-27-l-offensive-00001/index.html"}
	for _, tt := range []struct {
		name, base string
		plain      bool
	}{
		{"no base URL", "", true},
		{"a base URL", "https://example.org/karabakh/", true},
		{"a base URL with a query XML escapes", "https://example.org/?a=1&b=2/", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := plainSitemap(pages, tt.base)
			if ok != tt.plain {
				t.Fatalf("plain: %v, want %v", ok, tt.plain)
			}
			long, err := sitemap(pages, tt.base)
			if err != nil {
				t.Fatal(err)
			}
			if ok && !bytes.Equal(got, long) {
				t.Errorf("plain sitemap\n%s\nwant\n%s", got, long)
			}
			out := files{}
			if err := Sitemap(pages, Site{BaseURL: tt.base}, out); err != nil || !bytes.Equal(out[SitemapPath], long) {
				t.Errorf("Sitemap = %s, %v; want %s", out[SitemapPath], err, long)
			}
		})
	}
}

// BenchmarkDataFiles writes events.json, events.csv, claims.csv,
// events.geojson and the feed of 1,000 generated articles, cold (no
// memo), without the search index (see BenchmarkSearchIndex); MB is
// their size, JSON-MB events.json's.
func BenchmarkDataFiles(b *testing.B) {
	s, tl := benchSite(b)
	b.ResetTimer()
	size, jsonSize := 0, 0
	for range b.N {
		out := files{}
		if err := Write(tl, s, nil, out); err != nil {
			b.Fatal(err)
		}
		size = 0
		for _, p := range []string{JSONPath, CSVPath, ClaimsPath, GeoJSONPath, FeedPath} {
			size += len(out[p])
		}
		jsonSize = len(out[JSONPath])
	}
	b.ReportMetric(float64(size)/1e6, "MB")
	b.ReportMetric(float64(jsonSize)/1e6, "JSON-MB")
}

// TestMentionJSON checks that a mention of events.json written by hand
// reads byte for byte as json.Marshal and the minifier write it, whatever
// its texts hold.
func TestMentionJSON(t *testing.T) {
	for _, tt := range []struct {
		m    timeline.Mention
		also []string
	}{
		{timeline.Mention{Slug: "2020-09-27-l-offensive-00001", Sentence: "Le 27 septembre 2020, l’offensive a commencé.", Expression: "27 septembre 2020",
			Attribution: "le ministère", Time: "06:15", Since: true, Anchor: "m-3"}, nil}, // plain
		{timeline.Mention{}, nil}, // empty texts
		{timeline.Mention{Sentence: `il a dit "non" <b>&</b> C:\chemin`, Expression: "\t\n\r\b\f\x00\x1f\x7f"}, nil}, // escapes
		{timeline.Mention{Sentence: "a\u2028b\u2029c \xff\xfe é\xc3", Attribution: "  espaces  "}, nil},              // separators, invalid UTF-8
		{timeline.Mention{Sentence: "1e5 -0 0.50 true null [] {} : ,", Time: "-1"}, nil},                             // what looks like JSON
		{timeline.Mention{Slug: "a", Role: dates.Forecast, Approx: true}, []string{"b", "c<d>"}},                     // a role, approximate, copies
		{timeline.Mention{Slug: "a", Role: dates.Background}, []string{"b"}},                                         // a copy
		{timeline.Mention{Slug: "a", Places: []string{"stepanakert", "shusha"}, Actors: []string{"armenia-government", "azerbaijan-defence-ministry"},
			Speaker: "azerbaijan-defence-ministry", Attribution: "le ministère azerbaïdjanais de la Défense"}, nil}, // places, actors, a speaker
		{timeline.Mention{Places: []string{`a"b<c>`}, Speaker: "x y"}, nil}, // ids as a site's files may write them
	} {
		m := tt.m
		also := tt.also
		if also == nil {
			also = []string{}
		}
		want := minJSON(t, jsonMention{Source: m.Slug, Text: m.Sentence, Expression: m.Expression,
			Attribution: m.Attribution, Time: m.Time, Since: m.Since, Anchor: m.Anchor,
			Role: m.Role.String(), Approximate: m.Approx, AlsoIn: also,
			Places: orEmpty(m.Places), Actors: orEmpty(m.Actors), Speaker: m.Speaker})
		if got := appendMentionJSON(nil, &m, tt.also); !bytes.Equal(got, want) {
			t.Errorf("appendMentionJSON(%+v, %q)\n= %s\nwant %s", m, tt.also, got, want)
		}
	}
}

// TestCSVRow checks that a row of events.csv written by hand reads byte
// for byte as encoding/csv writes its cells made safe.
func TestCSVRow(t *testing.T) {
	for _, row := range [][]string{
		{"2020-09-27", "day", "", "guerre-2020"},                  // plain, an empty cell
		{"Erevan, le 27", `il a dit "non"`, `"`, `""`, "a,b"},     // commas and quotes: quoted, doubled
		{"deux\nlignes", "retour\r", "\r\n", "fin\n"},             // line breaks: quoted, kept
		{" espace", "\u00a0insécable", "\tpas de tab", "fin "},    // a leading space (a tab is made safe first)
		{`\.`, `\.x`, `.`, `\`},                                   // PostgreSQL's end of data
		{"=SOMME(A1)", "+33", "-1", "@x", "\rx", "'ok", "=a,\"b"}, // formulas made safe
		{"\xff\xfe", "é", "\u2028"},                               // invalid UTF-8, accents, separators
	} {
		var want bytes.Buffer
		w := csv.NewWriter(&want)
		safe := make([]string, len(row))
		for i, c := range row {
			safe[i] = csvSafe(c)
		}
		w.Write(safe)
		w.Flush()
		if got := appendCSVRow(nil, row); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("appendCSVRow(%q)\n= %q\nwant %q", row, got, want.Bytes())
		}
	}
}

// TestSourceAndEventJSON checks that a source and the happenings of an
// event of events.json written by hand read byte for byte as json.Marshal
// and the minifier write them, whatever their texts hold.
func TestSourceAndEventJSON(t *testing.T) {
	_, tl := seedSite(t)
	odd := `il a dit "non" <b>&</b> C:\chemin` + "\t\n\x00\u2028 \xff é 1e5"
	a := *tl.Articles[0]
	a.Title, a.Outlet, a.URL, a.Language = odd, odd+"1", "https://example.org/?a=1&b=<2>", ""
	ev := *tl.Events[0]
	ep := *ev.Episode
	ep.ID = "épisode & <co>"
	ev.Episode, ev.Episodes = &ep, []*timeline.Episode{&ep, tl.Episodes[0]}
	ev.Happenings = slices.Clone(ev.Happenings)
	ev.Happenings[0].Title, ev.Happenings[0].TitleFrom, ev.Happenings[0].Summary = odd, "editor", "<p>"+odd+"</p>"
	oddTL := &timeline.Timeline{Episodes: tl.Episodes, Articles: tl.Articles, Events: []*timeline.Event{&ev}, Lexicons: tl.Lexicons}
	want := wantData(t, oddTL, "fr").json
	event, _ := appendEventJSON(nil, &ev, nil)
	for _, tt := range []struct {
		name string
		got  []byte
		v    any
	}{
		{"a source", sourceJSON(tl.Articles[0]), jsonSource{Slug: tl.Articles[0].Slug, Title: tl.Articles[0].Title, Source: tl.Articles[0].Outlet,
			URL: tl.Articles[0].URL, Published: edtf(dayOf(tl.Articles[0])), Language: tl.Articles[0].Language, Page: dir(address.Source(tl.Articles[0].Slug))}},
		{"a source with odd texts", sourceJSON(&a), jsonSource{Slug: a.Slug, Title: a.Title, Source: a.Outlet, URL: a.URL,
			Published: edtf(dayOf(&a)), Language: a.Language, Page: dir(address.Source(a.Slug))}},
		{"an event with odd texts", append(append([]byte("["), event...), ']'), want.Events},
	} {
		if want := minJSON(t, tt.v); !bytes.Equal(tt.got, want) {
			t.Errorf("%s:\n%s\nwant\n%s", tt.name, tt.got, want)
		}
	}
}

func TestCSVSafe(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")",
		"+1":                "'+1",
		"-2":                "'-2",
		"@SUM(A1)":          "'@SUM(A1)",
		"Le 20 septembre":   "Le 20 septembre",
		"":                  "",
	} {
		if got := csvSafe(in); got != want {
			t.Errorf("csvSafe(%q) = %q, want %q", in, got, want)
		}
	}
}
