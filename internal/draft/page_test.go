package draft

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"timeline/internal/content"
	"timeline/internal/webpage"
)

// readPage reads a fixture page of package webpage, as if read from address.
func readPage(t *testing.T, file, address string) *webpage.Page {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("../webpage/testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	p, err := webpage.Read(data, "", address)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// readBack reads an article written into site as the build will.
func readBack(t *testing.T, site, path string) (*content.Article, string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(site, path))
	if err != nil {
		t.Fatal(err)
	}
	a, list := content.Parse(path, data, content.Options{Language: "fr", Now: now})
	if a == nil || list.HasErrors() {
		t.Fatalf("%s does not read: %v", path, list)
	}
	return a, string(data)
}

// TestImportPage imports the fixture pages: the front matter from the
// page's facts, the text without the page's furniture.
func TestImportPage(t *testing.T) {
	tests := []struct {
		file, address string
		facts         Facts // what the editor gives
		path          string
		front         string // the front matter written
		first, last   string // the text's first and last lines
		absent        []string
	}{
		{
			file: "jsonld-fr.html", address: "https://www.gazette-caucase.example/international/article/2023/09/26/offensive-eclair_123.html?xtor=RSS-1",
			path: "content/2023-09-26-offensive-eclair-au-haut-karabakh-les-armeniens.md",
			front: `title = "Offensive éclair au Haut-Karabakh : les Arméniens fuient vers Goris"
source = "La Gazette du Caucase"
url = "https://www.gazette-caucase.example/international/article/2023/09/26/offensive-eclair_123.html"
published = 2023-09-26
language = "fr"
`,
			first:  "Depuis dimanche 24 septembre, la route",
			last:   "À Erevan, le premier ministre",
			absent: []string{"Lire aussi", "Newsletter", "S’inscrire", "offert", "Commentaires", "Partager", "cookies", "Les plus lus"},
		},
		{
			file: "og-fr.html", address: "https://courrier-armenie.example/?p=4512",
			path: "content/2023-01-12-le-corridor-de-latchine-ferme-depuis-un-mois.md",
			front: `title = "Le corridor de Latchine fermé depuis un mois"
source = "Le Courrier d'Arménie"
url = "https://courrier-armenie.example/2023/01/12/corridor-latchine-ferme/"
published = 2023-01-12
language = "fr"
`,
			first: "Voilà un mois que la seule route",
			last:  "Mercredi, le ministère arménien",
			// "À lire aussi : …" stands among the paragraphs, without a
			// class: content's furniture rules take it out.
			absent: []string{"lire aussi", "Partager", "Similaire", "commentaire", "lettre d’information"},
		},
		{
			file: "graph-en.html", address: "https://caucasusledger.example/news/ceasefire-talks-stall/",
			path: "content/2020-10-13-ceasefire-talks-stall-as-shelling-resumes-near.md",
			front: `title = "Ceasefire talks stall as shelling resumes near Martuni"
source = "The Caucasus Ledger"
url = "https://caucasusledger.example/news/ceasefire-talks-stall/"
published = 2020-10-13
language = "en"
`,
			first:  "A humanitarian truce agreed in Moscow",
			last:   "Diplomats from France, Russia",
			absent: []string{"Read more", "Sign up", "Share", "Leave a Reply", "thoughts on"},
		},
		{
			// The editor's flags win over the page's facts.
			file: "plain-en.html", address: "https://southcaucasusreview.example/world/peace-framework",
			facts: Facts{Title: "Peace framework initialled", Source: "SCR", Published: "2025-08-09", Language: "fr", URL: "https://scr.example/a"},
			path:  "content/2025-08-09-peace-framework-initialled.md",
			front: `title = "Peace framework initialled"
source = "SCR"
url = "https://scr.example/a"
published = 2025-08-09
language = "fr"
`,
			first:  "The leaders of Armenia and Azerbaijan",
			last:   "Many of the more than 100,000",
			absent: []string{"Related stories", "Share on", "Comments", "cookies"},
		},
		{
			// No date in the page: the editor gives it.
			file: "nodate.html", address: "page.html", facts: Facts{Published: "2023-10-02", Source: "Blog"},
			path: "content/2023-10-02-chronologie-d-un-exode.md",
			front: `title = "Chronologie d’un exode"
source = "Blog"
url = ""
published = 2023-10-02
language = "fr"
`,
			first: "En une semaine",
			last:  "Le gouvernement arménien a promis",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			site := newSite(t)
			r, probs := ImportPage(site, readPage(t, tt.file, tt.address), tt.facts, now, nil)
			if probs.HasErrors() {
				t.Fatalf("ImportPage: %v", probs)
			}
			if r.Path != tt.path {
				t.Errorf("path %s, want %s", r.Path, tt.path)
			}
			a, text := readBack(t, site, r.Path)
			if !strings.HasPrefix(text, "+++\n"+tt.front+"+++\n") {
				t.Errorf("front matter:\n%s\nwant\n%s", text, tt.front)
			}
			var kept []string
			for _, l := range a.Lines {
				if l.Text != "" {
					kept = append(kept, l.Text)
					if l.Drop != "" {
						t.Errorf("the build drops line %d (%s): %q", l.N, l.Drop, l.Text)
					}
				}
			}
			if !strings.HasPrefix(kept[0], tt.first) || !strings.HasPrefix(kept[len(kept)-1], tt.last) {
				t.Errorf("the text runs from %q to %q, want %q to %q", kept[0], kept[len(kept)-1], tt.first, tt.last)
			}
			for _, s := range tt.absent {
				if strings.Contains(strings.ToLower(text), strings.ToLower(s)) {
					t.Errorf("the text keeps %q:\n%s", s, text)
				}
			}
		})
	}
}

// TestImportPageRefuses: nothing is written for a page without a date,
// nor for one whose page is already an article's.
func TestImportPageRefuses(t *testing.T) {
	site := newSite(t)
	if r, probs := ImportPage(site, readPage(t, "nodate.html", "https://blog.example/exode"), Facts{}, now, nil); r != nil || !has(probs, "https://blog.example/exode: the page gives no publication date (add -published YYYY-MM-DD)") {
		t.Errorf("a page without a date: %v", probs)
	}
	if _, probs := ImportPage(site, readPage(t, "jsonld-fr.html", ""), Facts{Published: "2027-01-01"}, now, nil); !has(probs, "is after today") {
		t.Errorf("a date in the future: %v", probs)
	}
	if entries, _ := os.ReadDir(filepath.Join(site, content.Dir)); len(entries) > 0 {
		t.Errorf("a file was written: %s", entries[0].Name())
	}
}

// TestImportPageWarns: facts read from weak rules are pointed out.
func TestImportPageWarns(t *testing.T) {
	site := newSite(t)
	_, probs := ImportPage(site, readPage(t, "plain-en.html", "https://southcaucasusreview.example/a"), Facts{}, now, nil)
	if !has(probs, "warning: published 2025-08-08 is read from a <time> of the page") {
		t.Errorf("a date from <time>: %v", probs)
	}
	_, probs = ImportPage(site, readPage(t, "nodate.html", ""), Facts{Published: "2023-10-02"}, now, nil)
	if !has(probs, "warning: the page does not name its outlet") || !has(probs, "warning: the page does not give its address") {
		t.Errorf("no outlet: %v", probs)
	}
}

// TestImportPageDuplicate refuses a page already imported, under its
// address written another way, and warns of a text already imported from
// another address.
func TestImportPageDuplicate(t *testing.T) {
	site := newSite(t)
	existing := `+++
title = "Une autre copie"
source = "La Gazette du Caucase"
url = "HTTPS://Gazette-Caucase.example/international/article/2023/09/26/offensive-eclair_123.html/?utm_source=twitter&utm_medium=social#comments"
published = 2023-09-26
+++
Un texte.
`
	writeFile(t, site, "content/2023-09-26-copie.md", existing)
	seen, err := NewIndex(site)
	if err != nil {
		t.Fatal(err)
	}
	r, probs := ImportPage(site, readPage(t, "jsonld-fr.html", "https://www.gazette-caucase.example/x"), Facts{}, now, seen)
	if r != nil || !has(probs, "already imported: content/2023-09-26-copie.md is the article of https://www.gazette-caucase.example/international/article/2023/09/26/offensive-eclair_123.html") {
		t.Errorf("a page already imported: %v", probs)
	}
	if !errors.Is(probs[0], ErrDuplicate) {
		t.Errorf("the problem does not wrap ErrDuplicate: %#v", probs[0])
	}

	// The same text, copied by hand from another outlet's page with a
	// line of its own: imported, with a warning naming the first.
	graph := readPage(t, "graph-en.html", "https://caucasusledger.example/news/ceasefire-talks-stall/")
	writeFile(t, site, "content/2020-10-14-wire.md", "+++\ntitle = \"Truce in trouble\"\nsource = \"Wire\"\nurl = \"https://wire.example/truce\"\npublished = 2020-10-14\n+++\n"+
		strings.Join(graph.Text, "\n\n")+"\n\nThis story was updated at 09:00 with the Red Cross statement.\n")
	seen, _ = NewIndex(site)
	r, probs = ImportPage(site, graph, Facts{}, now, seen)
	if r == nil || !has(probs, "warning: its text is nearly that of content/2020-10-14-wire.md (") {
		t.Errorf("a text already imported: %v", probs)
	}

	// Within one run: the article just written is in the index.
	if r, probs := ImportPage(site, graph, Facts{Title: "Again"}, now, seen); r != nil || !has(probs, "already imported: content/2020-10-13-ceasefire-talks-stall") {
		t.Errorf("the same page twice in one run: %v", probs)
	}
	// Text imports too: the url the editor gives.
	if r, probs := Import(site, []byte(scraped), Facts{Published: "2023-09-20", URL: "https://wire.example/truce/"}, now, seen); r != nil || !has(probs, "already imported: content/2020-10-14-wire.md") {
		t.Errorf("a text with an url already imported: %v", probs)
	}
}

// TestEscape writes paragraphs with Markdown's characters as text that
// reads back the same.
func TestEscape(t *testing.T) {
	paras := []string{
		"Le bilan *provisoire* fait état de 5 morts [source : AFP] & <b>deux</b> blessés_graves.",
		"# 1 : le premier point du plan de paix.",
		"1. Le cessez-le-feu.",
		"2023. Une année de blocus.",
		"- Erevan dément.",
		"> Une citation, C:\\dossier, `code` et ~ tilde.",
		"+ plus, = égal, | barre.",
	}
	body := pageBody(paras, "", "")
	a, list := content.Parse("content/x.md", append([]byte("+++\ntitle = \"T\"\npublished = 2023-09-20\n+++\n"), body...), content.Options{Language: "fr"})
	if a == nil {
		t.Fatal(list)
	}
	var got []string
	for _, l := range a.Lines {
		if l.Text != "" {
			got = append(got, l.Text)
		}
	}
	if strings.Join(got, "\n") != strings.Join(paras, "\n") {
		t.Errorf("read back:\n%s\nwant\n%s\nwritten:\n%s", strings.Join(got, "\n"), strings.Join(paras, "\n"), body)
	}
}
