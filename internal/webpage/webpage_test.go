package webpage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadFixtures reads the fixture pages: each gives its facts from
// the rule its markup calls for, and its text without the furniture
// around it.
func TestReadFixtures(t *testing.T) {
	tests := []struct {
		file, address                           string
		title, outlet, url, published, language Fact
		first, last                             string   // the first words of the text's first and last paragraphs
		absent                                  []string // furniture around the text
	}{
		{
			file: "jsonld-fr.html", address: "https://www.gazette-caucase.example/international/article/2023/09/26/offensive-eclair_123.html?utm_source=x",
			title:     Fact{"Offensive éclair au Haut-Karabakh : les Arméniens fuient vers Goris", FromJSONLD},
			outlet:    Fact{"La Gazette du Caucase", FromJSONLD},
			url:       Fact{"https://www.gazette-caucase.example/international/article/2023/09/26/offensive-eclair_123.html", FromCanonical},
			published: Fact{"2023-09-26", FromJSONLD},
			language:  Fact{"fr", FromJSONLD},
			first:     "Depuis dimanche 24 septembre",
			last:      "À Erevan, le premier ministre",
			absent: []string{"cookies", "Accepter", "International", "Rechercher", "S’abonner", "Accueil",
				"Partager", "Copier le lien", "PHOTO", "Lire aussi", "Newsletter", "S’inscrire", "offert",
				"Sur le même sujet", "Premières négociations", "Commentaires", "tragédie", "Répondre",
				"Les plus lus", "retraites", "Mentions légales", "droits réservés", "Hélène Marchand"},
		},
		{
			file: "og-fr.html", address: "https://courrier-armenie.example/?p=4512",
			title:     Fact{"Le corridor de Latchine fermé depuis un mois", FromOpenGraph},
			outlet:    Fact{"Le Courrier d'Arménie", FromOpenGraph},
			url:       Fact{"https://courrier-armenie.example/2023/01/12/corridor-latchine-ferme/", FromOpenGraph},
			published: Fact{"2023-01-12", FromOpenGraph},
			language:  Fact{"fr", FromHTMLLang},
			first:     "Voilà un mois que la seule route",
			last:      "Mercredi, le ministère arménien",
			absent: []string{"Faire un don", "Diaspora", "Partager", "WhatsApp", "Similaire", "Manifestation",
				"Laisser un commentaire", "adresse e-mail", "lettre d’information", "Articles récents",
				"Paradjanov", "WordPress", "Publié le"},
		},
		{
			file: "graph-en.html", address: "https://caucasusledger.example/news/ceasefire-talks-stall/",
			title: Fact{"Ceasefire talks stall as shelling resumes near Martuni", FromJSONLD},
			// The publisher is a reference to the graph's Organization.
			outlet: Fact{"The Caucasus Ledger", FromJSONLD},
			url:    Fact{"https://caucasusledger.example/news/ceasefire-talks-stall/", FromCanonical},
			// The article's date, not the WebPage's of the next day.
			published: Fact{"2020-10-13", FromJSONLD},
			language:  Fact{"en", FromJSONLD},
			first:     "A humanitarian truce agreed in Moscow",
			last:      "Diplomats from France, Russia",
			absent: []string{"Skip to content", "Podcast", "cookies", "Got it", "By Tom Barrett", "Sign up",
				"weekly briefing", "Share this", "LinkedIn", "Tags:", "Previous post", "thoughts on",
				"big networks", "Leave a Reply", "Popular", "1994 ceasefire", "All rights reserved"},
		},
		{
			file: "plain-en.html", address: "https://southcaucasusreview.example/world/peace-framework",
			title: Fact{"Armenia and Azerbaijan sign peace framework in Washington", FromH1},
			// No JSON-LD, no OpenGraph: <title> names the outlet after the headline.
			outlet:    Fact{"South Caucasus Review", FromTitle},
			url:       Fact{"https://southcaucasusreview.example/world/peace-framework", FromAddress},
			published: Fact{"2025-08-08", FromTime},
			language:  Fact{"en", FromHTMLLang},
			first:     "The leaders of Armenia and Azerbaijan",
			last:      "Many of the more than 100,000",
			absent: []string{"This site uses cookies", "Accept all", "Business", "Log in", "Sarah Okafor",
				"Related stories", "Zangezur", "Share on", "Comments", "Finally some good news", "Terms of use"},
		},
		{
			file: "nodate.html", address: "",
			title:    Fact{"Chronologie d’un exode", FromH1},
			language: Fact{"fr", FromHTMLLang},
			first:    "En une semaine",
			last:     "Le gouvernement arménien a promis",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile("testdata/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Read(data, "", tt.address)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			for _, f := range []struct {
				name      string
				got, want Fact
			}{{"title", p.Title, tt.title}, {"outlet", p.Outlet, tt.outlet}, {"url", p.URL, tt.url}, {"published", p.Published, tt.published}, {"language", p.Language, tt.language}} {
				if f.got != f.want {
					t.Errorf("%s: %+v, want %+v", f.name, f.got, f.want)
				}
			}
			if len(p.Text) == 0 {
				t.Fatal("no text")
			}
			if !strings.HasPrefix(p.Text[0], tt.first) {
				t.Errorf("the text starts with %q, want %q", p.Text[0], tt.first)
			}
			if last := p.Text[len(p.Text)-1]; !strings.HasPrefix(last, tt.last) {
				t.Errorf("the text ends with %q, want %q", last, tt.last)
			}
			all := strings.Join(p.Text, "\n")
			for _, s := range tt.absent {
				if strings.Contains(all, s) {
					t.Errorf("the text keeps %q:\n%s", s, all)
				}
			}
		})
	}
}

// TestReadCharset reads a windows-1252 page as its server or its own
// <meta> says, and a UTF-8 page whose server says nothing.
func TestReadCharset(t *testing.T) {
	data, err := os.ReadFile("testdata/og-fr.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, ctype := range []string{"", "text/html", "text/html; charset=windows-1252"} {
		p, err := Read(data, ctype, "")
		if err != nil {
			t.Fatalf("%q: %v", ctype, err)
		}
		if want := "Voilà un mois que la seule route reliant le Haut-Karabakh à l’Arménie est coupée."; !strings.HasPrefix(p.Text[0], want) {
			t.Errorf("%q: %q, want it to start with %q", ctype, p.Text[0], want)
		}
	}
}

// TestReadNoText refuses a page with no article in it.
func TestReadNoText(t *testing.T) {
	for _, page := range []string{"", "<html><body><nav><a href=/>Accueil</a></nav></body></html>", "\x00\x01\x02"} {
		if p, err := Read([]byte(page), "", ""); err == nil {
			t.Errorf("Read(%q) = %+v, want an error", page, p)
		}
	}
}

// TestParagraphs checks how blocks become paragraphs.
func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string
	}{
		{"a paragraph a block", "<p>Un.</p><p>Deux.</p>", []string{"Un.", "Deux."}},
		{"inline markup joins its words", "<p>Le <em>19</em> <a href=x>septembre</a>,\n  à <b>Stepanakert</b>.</p>", []string{"Le 19 septembre, à Stepanakert."}},
		{"a line break ends a paragraph", "<p>MOSCOU (AFP)<br>Le Kremlin a parlé.</p>", []string{"MOSCOU (AFP)", "Le Kremlin a parlé."}},
		{"a heading and a list", "<h2>Le bilan</h2><ul><li>un</li><li>deux</li></ul>", []string{"Le bilan", "un", "deux"}},
		{"captions and buttons are no text", "<figure><img src=a.jpg><figcaption>Photo AFP</figcaption></figure><p>Texte.</p><button>Partager</button>", []string{"Texte."}},
		{"a non-breaking space is a space", "<p>«\u00a0Non\u00a0»</p>", []string{"« Non »"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := paragraphs(parseHTML(t, tt.html))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%q, want %q", got, tt.want)
			}
		})
	}
}

// TestFurniture checks the class and id names that mark furniture.
func TestFurniture(t *testing.T) {
	tests := []struct {
		tag  string
		want bool
	}{
		{`<div class="newsletter-box">`, true},
		{`<aside class="read-also">`, true},
		{`<p class="article__paywall-end">`, true},
		{`<div class="sharedaddy sd-sharing-enabled">`, true},
		{`<section id="comments">`, true},
		{`<div class="jp-relatedposts">`, true},
		{`<div class="bloc-lire-aussi">`, true},
		{`<div class="article__content">`, false},
		{`<div class="commentary">`, false},     // an opinion piece, not comments
		{`<div class="shared-history">`, false}, // a word that starts like "share"
		{`<article class="related">`, false},    // an article is never furniture
	}
	for _, tt := range tests {
		n := firstElement(parseHTML(t, tt.tag+"x"))
		if got := furniture(n); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.tag, got, tt.want)
		}
	}
}

// FuzzRead reads any bytes without a panic: pages come from anywhere.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		f.Add(data[:len(data)/2])
	}
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@graph":[{"@type":["NewsArticle",1],"publisher":[{"@id":"#a"}],"headline":{"@value":2}}]}]}</script>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		Read(data, "", "https://outlet.example/a")
	})
}

func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile("testdata/jsonld-fr.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(data, "", "https://www.gazette-caucase.example/a"); err != nil {
			b.Fatal(err)
		}
	}
}
