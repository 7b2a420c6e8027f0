package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"

	"timeline/assets"
	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/corpus"
	"timeline/internal/dates"
	"timeline/internal/timeline"
	"timeline/templates"
)

// seedSite renders the repository's site.
func seedSite(t *testing.T) (*Site, *timeline.Timeline) {
	t.Helper()
	return loadSite(t, "../..")
}

// loadSite renders the site in dir.
func loadSite(t testing.TB, dir string) (*Site, *timeline.Timeline) {
	t.Helper()
	cfg, probs := config.Load(dir)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	arts, probs := content.Load(dir, content.Options{Language: cfg.Language})
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	exts := make([]timeline.Extraction, len(arts))
	for i, a := range arts {
		exts[i] = timeline.Extract(a)
	}
	tl, _ := timeline.Build(cfg, arts, exts)
	s, probs := New(cfg, templates.FS, assets.FS)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	return s, tl
}

// benchSite renders a site of 1,000 generated articles.
func benchSite(b *testing.B) (*Site, *timeline.Timeline) {
	b.Helper()
	dir := b.TempDir()
	if err := corpus.Write(dir, 1000, 1); err != nil {
		b.Fatal(err)
	}
	return loadSite(b, dir)
}

// TestDataPieces checks that events.json and events.csv made of pieces,
// fresh or from a memo, are the bytes of the whole files written at once.
func TestDataPieces(t *testing.T) {
	s, tl := seedSite(t)
	d := jsonData{Episodes: []jsonEpisode{}, Sources: []jsonSource{}, Events: []jsonEvent{}}
	for _, ep := range tl.Episodes {
		d.Episodes = append(d.Episodes, jsonEpisode{ID: ep.ID, Title: ep.Title, Start: edtf(ep.Start), End: edtf(ep.End), Page: dir(episodePath(ep.ID))})
	}
	for _, a := range tl.Articles {
		d.Sources = append(d.Sources, jsonSource{Slug: a.Slug, Title: a.Title, Source: a.Source, URL: a.URL,
			Published: edtf(dayOf(a)), Language: a.Language, Page: dir(sourcePath(a.Slug))})
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"event", "date", "precision", "episode", "source", "outlet", "published", "url",
		"expression", "attribution", "time", "since", "text", "page"})
	for _, ev := range tl.Events {
		je := jsonEvent{ID: ev.ID, Date: ev.Date.String(), Precision: ev.Date.Precision.String(),
			Episode: ev.Episode.ID, Title: ev.Title, Page: dir(eventPath(ev.ID)), Mentions: []jsonMention{}}
		for _, m := range ev.Mentions {
			je.Mentions = append(je.Mentions, jsonMention{Source: m.Source, Text: m.Sentence, Expression: m.Expression,
				Attribution: m.Attribution, Time: m.Time, Since: m.Since, Anchor: m.Anchor})
			var a *timeline.Article
			for _, x := range tl.Articles {
				if x.Slug == m.Source {
					a = x
				}
			}
			row := []string{ev.ID, ev.Date.String(), ev.Date.Precision.String(), ev.Episode.ID, m.Source,
				a.Source, edtf(dayOf(a)), a.URL, m.Expression, m.Attribution, m.Time,
				map[bool]string{true: "true", false: "false"}[m.Since], m.Sentence, dir(eventPath(ev.ID)) + "#" + m.Anchor}
			for i := range row {
				row[i] = csvSafe(row[i])
			}
			w.Write(row)
		}
		d.Events = append(d.Events, je)
	}
	w.Flush()
	whole, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if whole, err = s.Minify("events.json", whole); err != nil {
		t.Fatal(err)
	}
	memo := NewMemo(nil)
	// The last build has the runs of the build before but none of its
	// pieces: runs kept from one build to the next make the same pieces.
	for i, m := range []*Memo{nil, memo, memo, memo} {
		memo.turn()
		if i == 3 {
			memo.old, memo.cur = map[uint64][]byte{}, map[uint64][]byte{}
		}
		var got []byte
		got, err = joined(s.eventsJSON(tl, m, runCache{memo: m}))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, whole) {
			t.Errorf("events.json from pieces differs from the whole file")
		}
		got, err = joined(s.eventsCSV(tl, m, runCache{memo: m}))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, b.Bytes()) {
			t.Errorf("events.csv from pieces differs from the whole file")
		}
	}
	// Each piece stands where Locations says, in the files just made.
	memo.turn()
	files := map[string][]byte{}
	if files["events.json"], err = joined(s.eventsJSON(tl, memo, runCache{})); err != nil {
		t.Fatal(err)
	}
	if files["events.csv"], err = joined(s.eventsCSV(tl, memo, runCache{})); err != nil {
		t.Fatal(err)
	}
	for key, l := range memo.Locations() {
		if got := files[l.File][l.Off : l.Off+l.Len]; !bytes.Equal(got, memo.cur[key]) {
			t.Errorf("the piece at %s:%d is not the piece of its key", l.File, l.Off)
		}
	}
	want := len(tl.Articles) + len(tl.Events)
	for _, ev := range tl.Events {
		want += 2 * len(runs(ev))
	}
	if len(memo.cur) != want {
		t.Errorf("the memo keeps %d pieces, want %d: one per article, and per event one and two per run of an article's mentions", len(memo.cur), want)
	}
}

// joined joins the parts of a data file.
func joined(parts [][]byte, err error) ([]byte, error) { return bytes.Join(parts, nil), err }

func dayOf(a *timeline.Article) dates.Date { return dates.DayOf(a.Published) }

// TestPlainSitemap checks that the sitemap written without xml.Marshal
// and the minifier reads byte for byte as the one written with them, and
// that an address XML must escape takes the long way.
func TestPlainSitemap(t *testing.T) {
	pages := []*Page{{Kind: "index", Path: "index.html"}, {Kind: "event", Path: "events/2020-09-27/index.html"},
		{Kind: "404", Path: "404.html"}, {Kind: "source", Path: "sources/2020-09-27-l-offensive-00001/index.html"}}
	for _, tt := range []struct {
		name, base string
		plain      bool
	}{
		{"no base URL", "", true},
		{"a base URL", "https://example.org/karabakh/", true},
		{"a base URL with a query XML escapes", "https://example.org/?a=1&b=2/", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := seedSite(t)
			cfg := *s.Config
			cfg.BaseURL = tt.base
			s.Config = &cfg
			got, ok := s.plainSitemap(pages)
			if ok != tt.plain {
				t.Fatalf("plain: %v, want %v", ok, tt.plain)
			}
			long, err := s.sitemap(pages)
			if err == nil {
				long, err = s.Minify("sitemap.xml", long)
			}
			if err != nil {
				t.Fatal(err)
			}
			if ok && !bytes.Equal(got, long) {
				t.Errorf("plain sitemap\n%s\nwant\n%s", got, long)
			}
			f, err := s.Sitemap(pages)
			if err != nil || !bytes.Equal(f.Data, long) {
				t.Errorf("Sitemap = %s, %v; want %s", f.Data, err, long)
			}
		})
	}
}

// BenchmarkDataFiles writes events.json, events.csv and the feed of 1,000
// generated articles, cold (no memo), without the search index (see
// BenchmarkSearchIndex).
func BenchmarkDataFiles(b *testing.B) {
	s, tl := benchSite(b)
	b.ResetTimer()
	size := 0
	for range b.N {
		rc := runCache{cur: map[*timeline.Event][]mentionRun{}}
		size = 0
		for _, make := range []func() ([][]byte, error){
			func() ([][]byte, error) { return s.eventsJSON(tl, nil, rc) },
			func() ([][]byte, error) { return s.eventsCSV(tl, nil, rc) },
			func() ([][]byte, error) { return s.feed(tl, nil) },
		} {
			parts, err := make()
			if err != nil {
				b.Fatal(err)
			}
			for _, p := range parts {
				size += len(p)
			}
		}
	}
	b.ReportMetric(float64(size)/1e6, "MB")
}

// TestMentionJSON checks that a mention of events.json written by hand
// reads byte for byte as json.Marshal and the minifier write it, whatever
// its texts hold.
func TestMentionJSON(t *testing.T) {
	s, _ := seedSite(t)
	for _, m := range []timeline.Mention{
		{Source: "2020-09-27-l-offensive-00001", Sentence: "Le 27 septembre 2020, l’offensive a commencé.", Expression: "27 septembre 2020",
			Attribution: "le ministère", Time: "06:15", Since: true, Anchor: "m-3"}, // plain
		{}, // empty texts
		{Sentence: `il a dit "non" <b>&</b> C:\chemin`, Expression: "\t\n\r\b\f\x00\x1f\x7f"}, // escapes
		{Sentence: "a\u2028b\u2029c \xff\xfe é\xc3", Attribution: "  espaces  "},              // separators, invalid UTF-8
		{Sentence: "1e5 -0 0.50 true null [] {} : ,", Time: "-1"},                             // what looks like JSON
	} {
		want, err := s.minJSON(jsonMention{Source: m.Source, Text: m.Sentence, Expression: m.Expression,
			Attribution: m.Attribution, Time: m.Time, Since: m.Since, Anchor: m.Anchor})
		if err != nil {
			t.Fatal(err)
		}
		if got := appendMentionJSON(nil, &m); !bytes.Equal(got, want) {
			t.Errorf("appendMentionJSON(%+v)\n= %s\nwant %s", m, got, want)
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

// TestSourceAndEventJSON checks that a source and the head of an event of
// events.json written by hand read byte for byte as json.Marshal and the
// minifier write them, whatever their texts hold.
func TestSourceAndEventJSON(t *testing.T) {
	s, tl := seedSite(t)
	odd := `il a dit "non" <b>&</b> C:\chemin` + "\t\n\x00\u2028 \xff é 1e5"
	a := *tl.Articles[0]
	a.Title, a.Source, a.URL, a.Language = odd, odd+"1", "https://example.org/?a=1&b=<2>", ""
	ev := *tl.Events[0]
	ep := *ev.Episode
	ev.Title, ep.ID = odd, "épisode & <co>"
	ev.Episode = &ep
	for _, tt := range []struct {
		name string
		got  []byte
		v    any
		cut  string
	}{
		{"a source", sourceJSON(tl.Articles[0]), jsonSource{Slug: tl.Articles[0].Slug, Title: tl.Articles[0].Title, Source: tl.Articles[0].Source,
			URL: tl.Articles[0].URL, Published: edtf(dayOf(tl.Articles[0])), Language: tl.Articles[0].Language, Page: dir(sourcePath(tl.Articles[0].Slug))}, ""},
		{"a source with odd texts", sourceJSON(&a), jsonSource{Slug: a.Slug, Title: a.Title, Source: a.Source, URL: a.URL,
			Published: edtf(dayOf(&a)), Language: a.Language, Page: dir(sourcePath(a.Slug))}, ""},
		{"an event with odd texts", eventHeadJSON(&ev), jsonEvent{ID: ev.ID, Date: ev.Date.String(), Precision: ev.Date.Precision.String(),
			Episode: ev.Episode.ID, Title: ev.Title, Page: dir(eventPath(ev.ID)), Mentions: []jsonMention{}}, "]}"},
	} {
		want, err := s.minJSON(tt.v)
		if err != nil {
			t.Fatal(err)
		}
		if want = bytes.TrimSuffix(want, []byte(tt.cut)); !bytes.Equal(tt.got, want) {
			t.Errorf("%s:\n%s\nwant\n%s", tt.name, tt.got, want)
		}
	}
}
