package build

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"timeline/internal/content"
	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/timeline"
)

// parsed returns the cache entry of an article as readArticles makes it.
func parsed(t *testing.T, path, text string) *cachedArticle {
	t.Helper()
	a, probs := content.Parse(path, []byte(text), content.Options{Language: "fr"})
	if a == nil {
		t.Fatalf("%s: %v", path, probs)
	}
	x := timeline.Extract(a)
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
	return &cachedArticle{Key: 7, Size: int64(len(text)), ModTime: 1695117420e9, Stable: true, Article: &facts,
		Dropped: len(a.Dropped()), Extraction: x, Problems: plain(probs)}
}

// TestShardRoundTrip checks that the articles a shard file is written
// from are the articles read back from it, field for field: nil slices
// and empty ones, strings that are not where the format expects them.
func TestShardRoundTrip(t *testing.T) {
	day := time.Date(2023, 9, 19, 0, 0, 0, 0, time.UTC)
	sentence := "Le 19 septembre, l'armée azerbaïdjanaise a lancé une « opération antiterroriste »."
	mention := timeline.Mention{
		Source: "offensive", Date: dates.MakeDay(2023, 9, 19), Sentence: sentence, Start: 3, End: 15, Expression: sentence[3:15],
		Attribution: "l'armée", Time: "07:15", Part: dates.Part(2), Since: true, Inferred: true, Line: 9, Col: 4, Anchor: "offensive",
	}
	with := func(f func(e *cachedArticle)) *cachedArticle {
		m := mention
		e := &cachedArticle{
			Key: 1, Size: 2, ModTime: 3, Stable: true, Dropped: 4,
			Article: &content.Article{
				Path: "content/offensive.md", Slug: "offensive", Title: "Offensive", Source: "Le Monde", URL: "https://example.com/a",
				Published: day, Language: "fr", Hash: 5,
			},
			Extraction: timeline.Extraction{Slug: "offensive", Mentions: []timeline.Mention{m}},
		}
		f(e)
		return e
	}
	for _, tt := range []struct {
		name     string
		articles map[string]*cachedArticle
	}{
		{"no article", map[string]*cachedArticle{}},
		{"an article read and extracted", map[string]*cachedArticle{
			"content/2023-09-19-offensive.md": parsed(t, "content/2023-09-19-offensive.md", `+++
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
`),
		}},
		{"an article without a date", map[string]*cachedArticle{
			"content/vide.md": parsed(t, "content/vide.md", "+++\ntitle = \"Vide\"\npublished = 2023-09-19\n+++\nAucune date ici.\n"),
		}},
		{"empty slices, not nil", map[string]*cachedArticle{"content/offensive.md": with(func(e *cachedArticle) {
			e.Article.Ignore, e.Article.Events = []string{}, []content.Manual{}
			e.Article.Lines, e.Article.Sentences = []content.Line{}, []content.Sentence{}
			e.Extraction.Mentions, e.Extraction.Problems, e.Problems = []timeline.Mention{}, diag.List{}, []diag.Problem{}
		})}},
		{"nil slices", map[string]*cachedArticle{"content/offensive.md": with(func(e *cachedArticle) {
			e.Extraction.Mentions = nil
		})}},
		{"the article's text kept", map[string]*cachedArticle{"content/offensive.md": with(func(e *cachedArticle) {
			e.Article.Lines = []content.Line{{N: 8, Text: "Spread the love", Drop: content.DropShare}, {N: 9, Text: sentence}}
			e.Article.Sentences = []content.Sentence{{Text: sentence, Line: 9, Col: 1}}
		})}},
		{"an expression that is not the sentence's bytes", map[string]*cachedArticle{"content/offensive.md": with(func(e *cachedArticle) {
			e.Extraction.Mentions[0].Expression = "19 septembre 2023"
		})}},
		{"an expression out of its sentence", map[string]*cachedArticle{"content/offensive.md": with(func(e *cachedArticle) {
			m := &e.Extraction.Mentions[0]
			m.Start, m.End = 70, 900
		})}},
		{"an empty expression at the end of its sentence", map[string]*cachedArticle{"content/offensive.md": with(func(e *cachedArticle) {
			m := &e.Extraction.Mentions[0]
			m.Start, m.End, m.Expression = len(sentence), len(sentence), ""
		})}},
		{"an empty expression that is not the sentence's bytes", map[string]*cachedArticle{"content/offensive.md": with(func(e *cachedArticle) {
			e.Extraction.Mentions[0].Expression = ""
		})}},
		{"a manual event", map[string]*cachedArticle{"content/offensive.md": with(func(e *cachedArticle) {
			e.Article.Events = []content.Manual{{Date: dates.MakeDay(2023, 9, 20), Text: "Cessez-le-feu.", Time: "13:00", Line: 7}}
			e.Extraction.Mentions = append(e.Extraction.Mentions, timeline.Mention{
				Source: "offensive", Date: dates.MakeDay(2023, 9, 20), Sentence: "Cessez-le-feu.", Time: "13:00", Manual: true, Line: 7, Anchor: "offensive",
			})
		})}},
		{"sources, anchors and slugs that differ", map[string]*cachedArticle{"content/offensive.md": with(func(e *cachedArticle) {
			e.Extraction.Slug = "autre"
			e.Extraction.Mentions = append(e.Extraction.Mentions, mention, mention)
			e.Extraction.Mentions[1].Anchor = "offensive-2"
			e.Extraction.Mentions[2].Source, e.Extraction.Mentions[2].Anchor = "ailleurs", ""
		})}},
		{"a key that is not the article's path", map[string]*cachedArticle{"content/ailleurs.md": with(func(*cachedArticle) {})}},
		{"problems", map[string]*cachedArticle{"content/offensive.md": with(func(e *cachedArticle) {
			e.Problems = []diag.Problem{*diag.Warnf("content/offensive.md", 3, 0, "title is missing; the first line of text is used (add: title = \"…\")")}
			e.Extraction.Problems = diag.List{diag.Warnf("content/offensive.md", 6, 0, "ignore: %q matches no date expression of the text", "hier"),
				diag.Errorf("content/offensive.md", 0, 0, "a problem\x00with a NUL")}
		})}},
		{"strings that are not ASCII or not UTF-8", map[string]*cachedArticle{"content/offensive.md": with(func(e *cachedArticle) {
			e.Article.Title, e.Article.Source = "Նիկոլ Փաշինյան 🇦🇲", "\xff\xfe"
			e.Extraction.Mentions[0].Attribution = "Ильхам Алиев"
		})}},
		{"two articles sharing strings", map[string]*cachedArticle{
			"content/offensive.md": with(func(*cachedArticle) {}),
			"content/offensive-2.md": with(func(e *cachedArticle) {
				e.Article.Path, e.Article.Slug, e.Extraction.Slug = "content/offensive-2.md", "offensive-2", "offensive-2"
				e.Extraction.Mentions = append(e.Extraction.Mentions, mention)
			}),
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			site := t.TempDir()
			c := NewCache()
			c.articles = tt.articles
			for i := range c.shards {
				c.shards[i] = true
			}
			if err := c.Save(site); err != nil {
				t.Fatal(err)
			}
			got := LoadCache(site)
			if len(got.notes) > 0 {
				t.Fatalf("notes: %q", got.notes)
			}
			if !reflect.DeepEqual(got.articles, tt.articles) {
				for p, want := range tt.articles {
					if g := got.articles[p]; !reflect.DeepEqual(g, want) {
						t.Errorf("%s:\ngot  %+v\n     %+v\n     %+v\nwant %+v\n     %+v\n     %+v", p, g, g.Article, g.Extraction, want, want.Article, want.Extraction)
					}
				}
				t.Errorf("got %d articles, want %d", len(got.articles), len(tt.articles))
			}
		})
	}
}

// TestShardSameBytes checks that the same articles make the same shard
// file, whatever order the map gives them in.
func TestShardSameBytes(t *testing.T) {
	articles := map[string]*cachedArticle{}
	for i := range 40 {
		p := fmt.Sprintf("content/a-%02d.md", i)
		articles[p] = parsed(t, p, fmt.Sprintf("+++\ntitle = \"A %d\"\npublished = 2023-09-19\n+++\nLe %d septembre 2023, rien.\n", i, i%28+1))
	}
	var first []byte
	for range 5 {
		site := t.TempDir()
		c := NewCache()
		c.articles = articles
		c.shards[shardOf("content/a-00.md")] = true
		if err := c.Save(site); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(site, CacheDir, shardName(shardOf("content/a-00.md"))))
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = data
		} else if string(data) != string(first) {
			t.Fatal("the same articles made two different shard files")
		}
	}
}

// TestShardDamaged checks that a shard whose table or columns do not hold
// together is refused with a note, not read into wrong articles or a panic.
func TestShardDamaged(t *testing.T) {
	a := parsed(t, "content/a.md", "+++\ntitle = \"A\"\npublished = 2023-09-19\n+++\nLe 19 septembre 2023, le 20 septembre, rien.\n")
	for _, tt := range []struct {
		name   string
		damage func(w *shardWire)
		note   string
	}{
		{"a string after the table", func(w *shardWire) { w.Articles[0].Title = uint32(len(w.Lens)) }, "string"},
		{"a table shorter than its strings", func(w *shardWire) { w.Strings = w.Strings[:len(w.Strings)-1] }, "ends after the table"},
		{"a table longer than its strings", func(w *shardWire) { w.Strings += "x" }, "after the table's strings"},
		{"a column short of a mention", func(w *shardWire) { w.Mentions.Col = w.Mentions.Col[1:] }, "columns of"},
		{"an article with more mentions than there are", func(w *shardWire) { w.Articles[0].Mentions++ }, "mentions of"},
		{"mentions of no article", func(w *shardWire) { w.Articles[0].Mentions-- }, "of no article"},
		{"an expression out of its sentence", func(w *shardWire) { w.Mentions.End[0] = 1 << 20 }, "out of a sentence"},
		{"an expression after the table", func(w *shardWire) { w.Mentions.Expression[0] = 1 << 30 }, "string"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w, err := packShard(map[string]*cachedArticle{"content/a.md": a})
			if err != nil {
				t.Fatal(err)
			}
			tt.damage(w)
			path := filepath.Join(t.TempDir(), shardName(0))
			code, err := codeKey()
			if err != nil {
				t.Fatal(err)
			}
			if err := writeCacheFile(path, code, w); err != nil {
				t.Fatal(err)
			}
			m, note := readShard(path, code)
			if m != nil || !strings.Contains(note, "cannot be decoded") || !strings.Contains(note, tt.note) {
				t.Errorf("%d articles, note %q, want %q", len(m), note, tt.note)
			}
		})
	}
}

// TestShardRefused checks that articles the format cannot keep are not
// saved as other articles.
func TestShardRefused(t *testing.T) {
	for _, tt := range []struct {
		name string
		e    *cachedArticle
	}{
		{"no article", &cachedArticle{}},
		{"a problem with an underlying error", &cachedArticle{Article: &content.Article{}, Problems: []diag.Problem{{Msg: "x", Err: os.ErrNotExist}}}},
		{"a nil problem", &cachedArticle{Article: &content.Article{}, Extraction: timeline.Extraction{Problems: diag.List{nil}}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := packShard(map[string]*cachedArticle{"content/a.md": tt.e}); err == nil {
				t.Error("packed")
			}
		})
	}
}

// BenchmarkShards measures writing and reading the article shards of a
// generated site of 2,000 articles: what a cold build spends saving them
// and a build with the cache spends loading them. It reports their bytes.
//
//	go test -run '^$' -bench Shards ./internal/build
func BenchmarkShards(b *testing.B) {
	site := writeCorpus(b, 2000)
	run1(b, Options{Site: site, DiskCache: true})
	articles := LoadCache(site).articles
	code, err := codeKey()
	if err != nil {
		b.Fatal(err)
	}
	shards := make([]map[string]*cachedArticle, shardCount)
	for p, a := range articles {
		i := shardOf(p)
		if shards[i] == nil {
			shards[i] = map[string]*cachedArticle{}
		}
		shards[i][p] = a
	}
	dir := b.TempDir()
	b.Run("save", func(b *testing.B) {
		for range b.N {
			for i, m := range shards {
				w, err := packShard(m)
				if err == nil {
					err = writeCacheFile(filepath.Join(dir, shardName(i)), code, w)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		}
		size := int64(0)
		for i := range shards {
			st, err := os.Stat(filepath.Join(dir, shardName(i)))
			if err != nil {
				b.Fatal(err)
			}
			size += st.Size()
		}
		b.ReportMetric(float64(size), "bytes")
	})
	b.Run("load", func(b *testing.B) {
		for range b.N {
			for i := range shards {
				if _, note := readShard(filepath.Join(dir, shardName(i)), code); note != "" {
					b.Fatal(note)
				}
			}
		}
	})
}
