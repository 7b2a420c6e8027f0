package build

import (
	"os"
	"reflect"
	"testing"
	"time"

	"timeline/internal/content"
	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/timeline"
)

// parsed returns the record of an article as readArticles makes it.
func parsed(t testing.TB, path, text string) *record {
	t.Helper()
	a, probs := content.Parse(path, []byte(text), content.Options{Language: "fr"})
	if a == nil {
		t.Fatalf("%s: %v", path, probs)
	}
	x := timeline.Extract(a, nil)
	for k, p := range plain(x.Problems) {
		x.Problems[k] = &p
	}
	facts := *a
	facts.Lines, facts.Sentences = nil, nil
	// The cache keeps a time's instant and offset, as gob does, not the
	// name of its zone: a TOML date, in a zone named "date-local", reads
	// back in UTC. The build takes the day alone from it.
	b, err := facts.Published.MarshalBinary()
	if err == nil {
		err = facts.Published.UnmarshalBinary(b)
	}
	if err != nil {
		t.Fatal(err)
	}
	return &record{Article: &facts, Dropped: len(a.Dropped()), Extraction: x, Problems: plain(probs)}
}

// TestRecordRoundTrip checks that an article's record written as bytes
// (encodeRecord) reads back (decodeRecord) field for field: nil lists and
// empty ones, strings that are not where the format expects them.
func TestRecordRoundTrip(t *testing.T) {
	day := time.Date(2023, 9, 19, 0, 0, 0, 0, time.UTC)
	sentence := "Le 19 septembre, l'armée azerbaïdjanaise a lancé une « opération antiterroriste »."
	mention := timeline.Mention{
		Slug: "offensive", Date: dates.MakeDay(2023, 9, 19), Sentence: sentence, Start: 3, End: 15, Expression: sentence[3:15],
		Attribution: "l'armée", Time: "07:15", Part: dates.Part(2), Since: true, Inferred: true, Line: 9, Col: 4, Anchor: "offensive",
	}
	with := func(f func(e *record)) *record {
		m := mention
		e := &record{
			Dropped: 4,
			Article: &content.Article{
				Path: "content/offensive.md", Slug: "offensive", Title: "Offensive", Outlet: "Le Monde", URL: "https://example.com/a",
				Published: day, Language: "fr", Hash: 5,
			},
			Extraction: timeline.Extraction{Slug: "offensive", Mentions: []timeline.Mention{m}},
		}
		f(e)
		return e
	}
	for _, tt := range []struct {
		name string
		rec  *record
	}{
		{"empty slices, not nil", with(func(e *record) {
			e.Article.Ignore, e.Article.Events = []string{}, []content.Manual{}
			e.Article.Fixes, e.Article.Speakers = []content.Fix{}, []content.Speaker{}
			e.Article.Lines, e.Article.Sentences = []content.Line{}, []content.Sentence{}
			e.Extraction.Mentions, e.Extraction.Problems, e.Problems = []timeline.Mention{}, diag.List{}, []diag.Problem{}
		})},
		{"an article read and extracted", parsed(t, "content/2023-09-19-offensive.md", `+++
title = "Offensive au Haut-Karabakh"
source = "Le Monde"
url = "https://www.lemonde.fr/a"
published = 2023-09-19T11:57:00+02:00
ignore = ["depuis 2016", "en 1994"]

[[event]]
date = 2023-09-20
text = "Cessez-le-feu annoncé par les autorités séparatistes."
time = "13:00"
+++
Spread the love

Le 19 septembre 2023, vers 13 h, l'Azerbaïdjan a lancé une offensive ; le 20 septembre, un cessez-le-feu a été annoncé.

« Nous gagnerons », a déclaré Nikol Pachinian mardi 19 septembre.

Le conflit dure depuis 2016.
`)},
		{"an article without a date", parsed(t, "content/vide.md", "+++\ntitle = \"Vide\"\npublished = 2023-09-19\n+++\nAucune date ici.\n")},
		{"nil slices", with(func(e *record) {
			e.Extraction.Mentions = nil
		})},
		{"the article's text kept", with(func(e *record) {
			e.Article.Lines = []content.Line{{N: 8, Text: "Spread the love", Drop: content.DropShare}, {N: 9, Text: sentence}}
			e.Article.Sentences = []content.Sentence{{Text: sentence, Line: 9, Col: 1}}
		})},
		{"an expression that is not the sentence's bytes", with(func(e *record) {
			e.Extraction.Mentions[0].Expression = "19 septembre 2023"
		})},
		{"an expression out of its sentence", with(func(e *record) {
			m := &e.Extraction.Mentions[0]
			m.Start, m.End = 70, 900
		})},
		{"an empty expression at the end of its sentence", with(func(e *record) {
			m := &e.Extraction.Mentions[0]
			m.Start, m.End, m.Expression = len(sentence), len(sentence), ""
		})},
		{"an empty expression that is not the sentence's bytes", with(func(e *record) {
			e.Extraction.Mentions[0].Expression = ""
		})},
		{"a manual event", with(func(e *record) {
			e.Article.Events = []content.Manual{{Date: dates.MakeDay(2023, 9, 20), Text: "Cessez-le-feu.", Time: "13:00", Line: 7}}
			e.Extraction.Mentions = append(e.Extraction.Mentions, timeline.Mention{
				Slug: "offensive", Date: dates.MakeDay(2023, 9, 20), Sentence: "Cessez-le-feu.", Time: "13:00", Manual: true, Line: 7, Anchor: "offensive",
			})
		})},
		{"the editor's corrections", with(func(e *record) {
			e.Article.Fixes = []content.Fix{{Expression: "samedi minuit", Date: dates.MakeDay(2020, 10, 11), Line: 6}, {Expression: "mai", Sentence: "la réunion", Date: dates.Date{Year: 2020, Month: 5, Precision: dates.Month}, Line: 10}}
			e.Article.Speakers = []content.Speaker{{Sentence: "les combats", Speaker: "l'OSCE", Line: 14}, {Sentence: "signé", Line: 17}}
			e.Extraction.Mentions[0].Fixed = true
		})},
		{"sources, anchors and slugs that differ", with(func(e *record) {
			e.Extraction.Slug = "autre"
			e.Extraction.Mentions = append(e.Extraction.Mentions, mention, mention)
			e.Extraction.Mentions[1].Anchor = "offensive-2"
			e.Extraction.Mentions[2].Slug, e.Extraction.Mentions[2].Anchor = "ailleurs", ""
		})},
		{"a dateline", with(func(e *record) {
			e.Article.Dateline = content.Dateline{Place: "BAKU, Azerbaijan", Date: dates.MakeDay(2023, 9, 19), Line: 8}
		})},
		{"a key that is not the article's path", with(func(*record) {})},
		{"problems", with(func(e *record) {
			e.Problems = []diag.Problem{*diag.Warnf("content/offensive.md", 3, 0, "title is missing; the first line of text is used (add: title = \"…\")")}
			e.Extraction.Problems = diag.List{diag.Warnf("content/offensive.md", 6, 0, "ignore: %q matches no date expression of the text", "hier"),
				diag.Errorf("content/offensive.md", 0, 0, "a problem\x00with a NUL")}
		})},
		{"strings that are not ASCII or not UTF-8", with(func(e *record) {
			e.Article.Title, e.Article.Outlet = "Նիկոլ Փաշինյան 🇦🇲", "\xff\xfe"
			e.Extraction.Mentions[0].Attribution = "Ильхам Алиев"
		})},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeRecord(encodeRecord(tt.rec))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.rec) {
				t.Errorf("got  %+v\n     %+v\n     %+v\nwant %+v\n     %+v\n     %+v", got, got.Article, got.Extraction, tt.rec, tt.rec.Article, tt.rec.Extraction)
			}
		})
	}
}

// TestRecordDamaged checks that bytes that are not a record, or a record
// cut short, are refused with an error, never read into a wrong article
// or a panic.
func TestRecordDamaged(t *testing.T) {
	b := encodeRecord(parsed(t, "content/a.md", "+++\ntitle = \"A\"\npublished = 2023-09-19\n+++\nLe 19 septembre 2023, le 20 septembre, rien.\n"))
	for n := range len(b) {
		if _, err := decodeRecord(b[:n]); err == nil {
			t.Errorf("a record cut at byte %d of %d is read", n, len(b))
		}
	}
	if _, err := decodeRecord(append(append([]byte(nil), b...), 0)); err == nil {
		t.Error("a record with a byte after it is read")
	}
	for i := range b {
		c := append([]byte(nil), b...)
		c[i] ^= 0xff
		decodeRecord(c) // no panic, whatever it reads
	}
}

// BenchmarkRecords measures writing and reading the records of a
// generated site of 2,000 articles: what a cold build spends saving them
// and a build with the cache spends loading them. It reports their bytes.
//
//	go test -run '^$' -bench Records ./internal/build
func BenchmarkRecords(b *testing.B) {
	site := writeCorpus(b, 2000)
	files, _ := content.Find(site)
	var recs []*record
	for _, f := range files {
		data, err := os.ReadFile(f.Abs)
		if err != nil {
			b.Fatal(err)
		}
		recs = append(recs, parsed(b, f.Path, string(data)))
	}
	var size int
	encoded := make([][]byte, len(recs))
	b.Run("save", func(b *testing.B) {
		for range b.N {
			size = 0
			for i, r := range recs {
				encoded[i] = encodeRecord(r)
				size += len(encoded[i])
			}
		}
		b.ReportMetric(float64(size)/1e6, "MB")
	})
	b.Run("load", func(b *testing.B) {
		for range b.N {
			for _, e := range encoded {
				if _, err := decodeRecord(e); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
