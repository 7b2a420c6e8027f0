package timeline

import (
	"strings"
	"testing"
	"time"

	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/dates"
)

func date(s string) dates.Date {
	d, err := dates.ParseEDTF(s)
	if err != nil {
		panic(err)
	}
	return d
}

func site(t *testing.T) *config.Site {
	t.Helper()
	s, probs := config.Parse(`title = "T"
[[episode]]
id = "avant"
title = "Avant"
end = 2020-09-26
[[episode]]
id = "guerre"
title = "Guerre"
start = 2020-09-27
`)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	return s
}

func article(slug string, published string) *content.Article {
	p, _ := time.Parse("2006-01-02", published)
	return &content.Article{Slug: slug, Title: strings.ToUpper(slug), Published: p, Language: "fr", Path: "content/" + slug + ".md"}
}

func TestBuild(t *testing.T) {
	arts := []*content.Article{article("b", "2020-10-06"), article("a", "2020-09-28")}
	exts := []Extraction{
		{Slug: "b", Mentions: []Mention{
			{Slug: "b", Date: date("2020-09-27"), Sentence: "Depuis le 27 septembre, on se bat."},
			{Slug: "b", Date: date("1991"), Sentence: "En 1991, l'enclave fait sécession."},
			{Slug: "b", Date: date("2020-09-27"), Sentence: "Le 27 septembre, l'offensive commence."},
		}},
		{Slug: "a", Mentions: []Mention{
			{Slug: "a", Date: date("2020-09-27"), Sentence: "Hier, l'Azerbaïdjan a lancé une offensive."},
			{Slug: "a", Date: date("2020-09"), Sentence: "En septembre 2020, la guerre reprend."},
		}},
	}
	tl, probs := Build(site(t), nil, arts, exts, nil, nil)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	var got []string
	for _, ev := range tl.Events {
		var ms []string
		for _, m := range ev.Mentions {
			ms = append(ms, m.Anchor)
		}
		got = append(got, ev.ID+"@"+ev.Episode.ID+"["+strings.Join(ms, " ")+"]")
	}
	// Sorted by date, the month before its days; an imprecise date in the
	// episode it overlaps most; mentions by publication date, anchors
	// numbered within an article.
	want := "1991@avant[b] 2020-09@avant[a] 2020-09-27@guerre[a b b-2]"
	if strings.Join(got, " ") != want {
		t.Errorf("events = %s\nwant     %s", strings.Join(got, " "), want)
	}
	ev := tl.Events[2]
	// The headline: the sentence that reports the offensive, without
	// "Hier," (the page gives the date).
	if ev.Title != "L'Azerbaïdjan a lancé une offensive" {
		t.Errorf("title = %q", ev.Title)
	}
	if len(ev.Articles) != 2 || ev.Articles[0].Slug != "a" || ev.Prev != tl.Events[1] || ev.Next != nil {
		t.Errorf("links of %s are wrong", ev.ID)
	}
	if tl.Articles[0].Slug != "a" || len(tl.Articles[1].Events) != 2 || tl.Articles[1].Mentions != 3 {
		t.Errorf("articles = %+v, %+v", tl.Articles[0], tl.Articles[1])
	}
	if len(tl.Episodes[0].Events) != 2 || len(tl.Episodes[1].Articles) != 2 {
		t.Errorf("episodes are wrong")
	}
}

func TestEventIDDependsOnlyOnTheDate(t *testing.T) {
	for edtf, want := range map[string]string{"2023-09-19": "2023-09-19", "2022-12": "2022-12", "199X": "199x", "2020-23": "2020-23"} {
		if got := EventID(date(edtf)); got != want {
			t.Errorf("EventID(%s) = %s, want %s", edtf, got, want)
		}
	}
}

func TestExtract(t *testing.T) {
	src := `+++
title = "x"
published = 2020-09-27
ignore = ["depuis 2016"]
[[event]]
date = "2020-09"
text = "La mobilisation générale est décrétée."
+++
Il s'agit de la pire crise depuis 2016. Un accord est en vigueur depuis 1994, selon le ministère.
Aujourd'hui vers 7 h 15, l'offensive a commencé.
`
	a, probs := content.Parse("content/x.md", []byte(src), content.Options{Language: "fr"})
	if a == nil {
		t.Fatal(probs)
	}
	x := Extract(a, nil)
	var got []string
	for _, m := range x.Mentions {
		got = append(got, m.Date.String()+"|"+m.Expression+"|"+m.Attribution+"|"+m.Time)
	}
	want := []string{
		"1994|1994|le ministère|",
		"2020-09-27|Aujourd'hui||07:15", // one mention for the day and its time
		"2020-09|||",                    // an event the editor adds has no expression
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("mentions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(x.Problems) != 0 {
		t.Errorf("problems: %v", x.Problems)
	}
}

// TestExtractSpeakers checks that a pronoun speaker is the last speaker
// its paragraph named, in a sentence with no date, and no one's after a
// blank line.
func TestExtractSpeakers(t *testing.T) {
	src := `+++
title = "x"
published = 2020-09-28
+++
Le porte-parole du ministère, Anna Naghdalyan, a dénoncé une provocation. « Les tirs ont visé Stepanakert le 27 septembre », a-t-elle ajouté.

« Nous tiendrons jusqu'au 1er octobre », a-t-il déclaré.
`
	a, probs := content.Parse("content/x.md", []byte(src), content.Options{Language: "fr"})
	if a == nil {
		t.Fatal(probs)
	}
	var got []string
	for _, m := range Extract(a, nil).Mentions {
		got = append(got, m.Expression+"|"+m.Attribution)
	}
	want := []string{"le 27 septembre|Anna Naghdalyan", "1er octobre|"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("mentions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestExtractWarnings(t *testing.T) {
	a, _ := content.Parse("content/x.md", []byte("+++\ntitle = \"x\"\npublished = 2020-09-27\nignore = [\"en 1848\"]\n+++\nRien de daté ici.\n"), content.Options{Language: "fr"})
	x := Extract(a, nil)
	var got []string
	for _, p := range x.Problems {
		got = append(got, p.Error())
	}
	want := []string{
		`content/x.md:4: warning: ignore: "en 1848" matches no date expression of the text (copy the expression exactly as the text writes it)`,
		"content/x.md:6: warning: no date found in the text: the article adds nothing to the timeline (check its text, or add an [[event]] table with date and text)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestAnchorsKept checks that Build keeps the anchors an extraction
// carries (Extract sets them) and that they are those it would give.
func TestAnchorsKept(t *testing.T) {
	ms := []Mention{
		{Slug: "b", Date: date("2020-09-27"), Sentence: "Depuis le 27 septembre, on se bat."},
		{Slug: "b", Date: date("1991"), Sentence: "En 1991, l'enclave fait sécession."},
		{Slug: "b", Date: date("2020-09-27"), Sentence: "Le 27 septembre, l'offensive commence."},
		{Slug: "b", Date: date("2020-09-27"), Sentence: "Le 27 septembre au soir, rien."},
	}
	anchor(ms)
	var got []string
	for _, m := range ms {
		got = append(got, m.Anchor)
	}
	if want := "b b b-2 b-3"; strings.Join(got, " ") != want {
		t.Errorf("anchors = %s, want %s", strings.Join(got, " "), want)
	}
	ms[3].Anchor = "kept"
	tl, _ := Build(site(t), nil, []*content.Article{article("b", "2020-10-06")}, []Extraction{{Slug: "b", Mentions: ms}}, nil, nil)
	if a := tl.Events[1].Mentions[2].Anchor; a != "kept" {
		t.Errorf("Build set anchor %q over the extraction's", a)
	}
}
