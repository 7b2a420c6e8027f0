// Package corpus writes synthetic sites for benchmarks and large-site
// tests: a site.toml with the repository's four episodes and as many
// French (and some English) news-like articles as asked, each about 4 KB of
// raw scraped text with its front matter, page furniture, 20 to 30 date
// expressions of every kind the tagger reads, numbers that are not dates,
// places and attributions.
//
// The output depends only on the seed and the article's index: the same
// seed gives the same bytes on every machine, and article i is the same
// whatever the size of the corpus, so a test can add article n to a corpus
// of n. It never reads the clock.
//
// It is a generator of realistic input, not a gold standard: it records the
// expressions it wrote (Article.Exprs) but not the dates they resolve to.
package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"timeline/internal/content"
	"timeline/internal/slug"
)

// Article is one generated article file.
type Article struct {
	Name      string    // file name in content/: "2023-09-20-bakou-annonce-….md"
	Data      []byte    // the file: front matter, then body
	Published time.Time // the publication date of the front matter
	Language  string    // "fr" or "en"
	Exprs     []Expr    // the date expressions written into the body, in order
}

// Expr is one date expression the generator wrote.
type Expr struct {
	Kind Kind
	Text string // as it stands in the body: "le 19 septembre", "hier soir"
}

// New returns article i of the corpus of the given seed. It depends only on
// seed and i.
func New(seed uint64, i int) Article {
	g := newGen(rand.New(rand.NewPCG(seed, uint64(i)^0x9e3779b97f4a7c15)), i)
	return g.article()
}

// Write writes a site of n articles into dir: site.toml and content/*.md.
// dir is created if needed; a content/ folder that already holds files is
// refused, so that a corpus never mixes with other articles.
func Write(dir string, n int, seed uint64) error {
	if n < 0 {
		return fmt.Errorf("corpus: %d articles: the number must be 0 or more", n)
	}
	cdir := filepath.Join(dir, content.Dir)
	entries, err := os.ReadDir(cdir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("corpus: %w", err)
	case len(entries) > 0:
		return fmt.Errorf("corpus: %s is not empty (choose an empty or new folder)", cdir)
	}
	if err := os.MkdirAll(cdir, 0o755); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "site.toml"), []byte(SiteTOML), 0o644); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	// Articles are independent: write them on every core.
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				_, errs[i] = Add(dir, i, seed)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err // the first: a full disk fails them all alike
		}
	}
	return nil
}

// Add writes article i of the corpus of the given seed into dir/content and
// returns the file's path: a benchmark adds article n to a site of n
// articles this way.
func Add(dir string, i int, seed uint64) (string, error) {
	a := New(seed, i)
	p := filepath.Join(dir, content.Dir, a.Name)
	if err := os.WriteFile(p, a.Data, 0o644); err != nil {
		return "", fmt.Errorf("corpus: %w", err)
	}
	return p, nil
}

// SiteTOML is the generated site's configuration: the repository's four
// episodes, which the generated publication dates cover.
const SiteTOML = `# A synthetic site written by "timeline gen-corpus": its articles are generated.

title = "Haut-Karabakh : chronologie du conflit (corpus de test)"
description = "Un corpus synthétique d'articles pour mesurer et tester le générateur."
base_url = "https://example.org/karabakh/"
language = "fr"
output = "public"
contact = "corrections@example.org"

[[episode]]
id = "contexte"
title = "Avant 2020"
end = 2020-09-26
description = """
Le Haut-Karabakh fait sécession à la fin de l'Union soviétique ; la première \
guerre s'achève par un cessez-le-feu en mai 1994.
"""

[[episode]]
id = "guerre-2020"
title = "La guerre des 44 jours"
start = 2020-09-27
end = 2020-11-10
description = """
Du 27 septembre au 10 novembre 2020, l'Azerbaïdjan reprend une grande partie \
des territoires perdus en 1994.
"""

[[episode]]
id = "escarmouches"
title = "Escarmouches et blocus"
start = 2020-11-11
end = 2023-09-18
description = """
Après le cessez-le-feu, les accrochages se poursuivent ; à partir de décembre \
2022, le corridor de Latchine est bloqué.
"""

[[episode]]
id = "operation-2023"
title = "L'opération de septembre 2023"
start = 2023-09-19
description = """
Le 19 septembre 2023, l'Azerbaïdjan lance une opération militaire ; la \
population arménienne quitte la région.
"""
`

// span is the publication period of one episode, as the generator draws it.
type span struct {
	from, to time.Time
	weight   int // how many articles in a hundred fall in it
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// spans follow the four episodes of SiteTOML, weighted as the press covered
// them: a war of 44 days has as many articles as four years of stalemate.
var spans = []span{
	{day(2016, 1, 1), day(2020, 9, 26), 25},
	{day(2020, 9, 27), day(2020, 11, 10), 25},
	{day(2020, 11, 11), day(2023, 9, 18), 35},
	{day(2023, 9, 19), day(2023, 12, 31), 15},
}

// published draws the publication date of article i. The first four
// articles fall one in each episode, so that any corpus of four or more
// populates them all.
func (g *gen) published() time.Time {
	k := g.i
	if k >= len(spans) {
		n := g.r.IntN(100)
		for k = 0; n >= spans[k].weight; k++ {
			n -= spans[k].weight
		}
	}
	s := spans[k]
	days := int(s.to.Sub(s.from).Hours()/24) + 1
	return s.from.AddDate(0, 0, g.r.IntN(days))
}

// frontMatter writes the TOML front matter an editor would: title, source,
// url, published (a date, sometimes a datetime with its offset), language.
func (g *gen) frontMatter(b *strings.Builder, title string, o outlet) {
	b.WriteString("+++\n")
	fmt.Fprintf(b, "title = %s\n", strconv.Quote(title))
	fmt.Fprintf(b, "source = %s\n", strconv.Quote(o.name))
	if o.domain != "" {
		fmt.Fprintf(b, "url = %s\n", strconv.Quote(fmt.Sprintf("https://%s/%s/%s-%d",
			o.domain, g.pub.Format("2006/01/02"), g.slug(title), 1000000+g.r.IntN(9000000))))
	} else {
		b.WriteString("url = \"\"\n")
	}
	if g.r.IntN(4) == 0 {
		at := g.pub.Add(time.Duration(6*60+g.r.IntN(16*60)) * time.Minute)
		offset := []int{0, 2, 4}[g.r.IntN(3)]
		at = time.Date(at.Year(), at.Month(), at.Day(), at.Hour(), at.Minute(), 0, 0, time.FixedZone("", offset*3600))
		fmt.Fprintf(b, "published = %s\n", at.Format(time.RFC3339))
	} else {
		fmt.Fprintf(b, "published = %s\n", g.pub.Format("2006-01-02"))
	}
	fmt.Fprintf(b, "language = %q\n", g.lang)
	b.WriteString("+++\n")
}

// slug is the file name's part that comes from the title.
func (g *gen) slug(title string) string {
	s := slug.Make(title)
	if len(s) > 48 {
		s = strings.TrimRight(s[:48], "-")
	}
	return s
}
