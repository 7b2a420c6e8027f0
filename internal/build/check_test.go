package build

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"timeline/internal/diag"
)

func TestCheckClean(t *testing.T) {
	rep, probs := Check(context.Background(), CheckOptions{SiteDir: repoSite, Now: now})
	if len(probs) > 0 {
		t.Errorf("the repository's site has problems:\n%v", probs)
	}
	if rep.Links < 100 || rep.Summary.Articles != 5 {
		t.Errorf("checked %d articles, %d links", rep.Summary.Articles, rep.Links)
	}
}

// TestCheckProblems breaks a copy of the site one way per row and checks
// the line check prints: the file, the line and column, what is wrong and
// how to fix it. It is also the list of the errors an editor meets; the
// site is French, and so are the messages that have their French.
func TestCheckProblems(t *testing.T) {
	const gazette = "content/2023-09-20-offensive-d-envergure.md"
	tests := []struct {
		name   string
		file   string
		change func(string) string
		want   string // a line of the report
	}{
		{"a day that does not exist", gazette, replace("published = 2023-09-20", "published = 2023-02-30"),
			gazette + `:5:13: published : 2023-02-30 n’est pas un jour du calendrier : février 2023 compte 28 jours (vérifiez le jour et le mois)`},
		{"no publication date", gazette, replace("published = 2023-09-20\n", ""),
			gazette + `:2:1: published manque (ajoutez une ligne : published = AAAA-MM-JJ)`},
		{"a publication in the future", gazette, replace("published = 2023-09-20", "published = 2027-09-20"),
			gazette + `:5:13: published: 2027-09-20 is after today, 2026-11-22 (UTC) (check the year)`},
		{"a date the review warns of", gazette, replace("\nClose\n", "\nClose\n\nLe 28 février, la route a été coupée.\n"),
			// The site is French: the review speaks French.
			gazette + `:10:1: warning: « Le 28 février » → 2023-02-28 : le texte ne donne pas d’année, et celle que le programme a choisie la place à 7 mois de la publication (2023-09-20) (vérifiez l’année : donnez la bonne date avec [[fix]])`},
		{"a draft in quotes", gazette, replace("language = \"fr\"", "language = \"fr\"\ndraft = \"true\""),
			gazette + `:7:9: draft: "true" between quotes is text, not true or false (write draft = true, without quotes)`},
		{"a misspelt key", gazette, replace("published = ", "pubished = "),
			gazette + `:5:12: warning: clé inconnue pubished — vouliez-vous dire published ? (elle est ignorée)`},
		{"an address that is not one", gazette, replace(`url = "https://`, `url = "ftp://`),
			gazette + `:4:7: url: "ftp://lagazettefrancaise.fr/2023/09/20/lazerbaidjan-lance-une-offensive-denvergure-dans-le-haut-karabakh" is not an http or https address (write the article's address, starting with https://)`},
		{"two articles with one slug", gazette, replace("language = \"fr\"", "language = \"fr\"\nslug = \"2023-09-21-defense-aerienne-et-evacuations\""),
			`content/2023-09-21-defense-aerienne-et-evacuations.md: slug "2023-09-21-defense-aerienne-et-evacuations" is already used by ` + gazette + ` (rename this file or set slug = "…" to another value)`},
		{"a TOML syntax error", gazette, replace(`source = "La Gazette française"`, `source = La Gazette française`),
			gazette + `:3:10: source : le texte La Gazette française n’est pas entre guillemets (écrivez : source = "La Gazette française" ; une date s’écrit AAAA-MM-JJ, un nombre en chiffres, sans guillemets)`},
		{"episodes that overlap", "site.toml", replace("start = 2020-11-11", "start = 2020-11-01"),
			`site.toml:48:9: start : l’épisode "escarmouches" commence le 2020-11-01 mais "guerre-2020" dure jusqu’au 2020-11-10 : les épisodes se chevauchent (faites-le commencer le 2020-11-11)`},
		{"a gap between episodes", "site.toml", replace("start = 2020-11-11", "start = 2020-11-20"),
			`site.toml:48:9: start : l’épisode "escarmouches" commence le 2020-11-20 mais "guerre-2020" finit le 2020-11-10 : les jours entre les deux n’appartiennent à aucun épisode (faites-le commencer le 2020-11-11)`},
		{"an unknown key in site.toml", "site.toml", replace("\ntitle = \"Haut-Karabakh", "\ntitel = \"Haut-Karabakh"),
			`site.toml:3:9: warning: clé inconnue titel — vouliez-vous dire title ? (elle est ignorée)`},
		{"a template that does not parse", "templates/about.html", replace(`{{.Data.Body}}`, `{{.Data.Body}`),
			"templates/about.html:3: bad character U+007D '}' (fix the template)"},
		{"a link to no page", "templates/about.html", replace(`<h1>`, `<a href="{{.Root}}nowhere/">x</a><h1>`),
			`about/index.html: in the built page: link "../nowhere/": no such file nowhere/index.html (the link comes from a template, or from a slug or id it is made of)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := copySite(t)
			edit(t, site, tt.file, tt.change)
			_, probs := Check(context.Background(), CheckOptions{SiteDir: site, Now: now})
			lines := strings.Split(probs.Error(), "\n")
			found := false
			for _, l := range lines {
				found = found || l == tt.want
			}
			if !found {
				t.Errorf("check printed:\n%s\nwant the line:\n%s", probs.Error(), tt.want)
			}
			if _, err := os.Stat(filepath.Join(site, "public")); err == nil {
				t.Error("check wrote the site")
			}
		})
	}
}

func TestCheckExternal(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/gone" {
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	defer srv.Close()
	site := copySite(t)
	const gazette = "content/2023-09-20-offensive-d-envergure.md"
	edit(t, site, gazette, func(s string) string {
		i := strings.Index(s, "url = ")
		j := strings.Index(s[i:], "\n")
		return s[:i] + `url = "` + srv.URL + `/gone"` + s[i+j:]
	})
	// Every other outbound link leads to the test server too.
	client := &http.Client{Transport: redirect{to: srv.URL, log: &urlLog{}}}
	rep, probs := Check(context.Background(), CheckOptions{SiteDir: site, Now: now, External: true, Client: client})
	want := gazette + ": url: " + srv.URL + "/gone does not lead to a page: 404 Not Found (check the address, or give an archived copy's)"
	if probs.Error() != want {
		t.Errorf("check -external printed:\n%s\nwant:\n%s", probs.Error(), want)
	}
	if rep.External < 3 {
		t.Errorf("%d outbound links fetched, want the articles' 3", rep.External)
	}
	// The site's own pages (its feed, its pages under base_url) are not
	// published yet: not fetched.
	for _, u := range client.Transport.(redirect).asked() {
		if strings.HasPrefix(u, "https://example.org/karabakh/") {
			t.Errorf("check -external fetched the site's own %s", u)
		}
	}
	if _, probs := Check(context.Background(), CheckOptions{SiteDir: site, Now: now}); len(probs) > 0 {
		t.Errorf("check without -external fetched: %v", probs)
	}
}

// redirect sends every request to the test server, keeping its path when
// the request is for the server itself, and notes the address asked for.
type redirect struct {
	to  string
	log *urlLog
}

type urlLog struct {
	mu   sync.Mutex
	urls []string
}

func (r redirect) asked() []string {
	r.log.mu.Lock()
	defer r.log.mu.Unlock()
	return slices.Clone(r.log.urls)
}

func (r redirect) RoundTrip(req *http.Request) (*http.Response, error) {
	if r.log != nil {
		r.log.mu.Lock()
		r.log.urls = append(r.log.urls, req.URL.String())
		r.log.mu.Unlock()
	}
	if !strings.HasPrefix(req.URL.String(), r.to) {
		req = req.Clone(req.Context())
		req.URL.Scheme, req.URL.Host, req.URL.Path = "http", strings.TrimPrefix(r.to, "http://"), "/ok"
	}
	return http.DefaultTransport.RoundTrip(req)
}

// TestSameURL checks that an article saved twice from one page (the url
// written otherwise: scheme, "www.", a trailing slash, a fragment) is a
// warning for build, which counts the two as one article, and an error
// for check, each naming both files and the lines of their urls.
func TestSameURL(t *testing.T) {
	site := copySite(t)
	src, err := os.ReadFile(filepath.Join(site, "content", "2022-08-04-operation-revenge.md"))
	if err != nil {
		t.Fatal(err)
	}
	copied := strings.Replace(string(src), "https://", "http://www.", 1)
	copied = strings.Replace(copied, "\nurl = \"", "\n\nurl = \"", 1) // another line
	if copied == string(src) {
		t.Fatal("the article has no https url to change")
	}
	if err := os.WriteFile(filepath.Join(site, "content", "zz-copy.md"), []byte(copied), 0o644); err != nil {
		t.Fatal(err)
	}
	line := func(s string) int { return 1 + strings.Count(s[:strings.Index(s, "\nurl = ")+1], "\n") }
	want := fmt.Sprintf("content/zz-copy.md:%d: url: the same page as content/2022-08-04-operation-revenge.md:%d, saved twice: the two count as one article (remove one of the two files)", line(copied), line(string(src)))
	res, _, probs := Make(context.Background(), Options{SiteDir: site, Now: now})
	if res == nil || probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	if got := probs.Warnings().Error(); !strings.Contains(got, strings.Replace(want, ": url:", ": warning: url:", 1)) {
		t.Errorf("build warned\n%s\nwant\n%s", got, want)
	}
	// Every happening the two report is one article and one outlet, each
	// sentence quoted once with its copy.
	n := 0
	for _, ev := range res.Timeline.Events {
		for _, h := range ev.Happenings {
			copied := false
			for _, q := range h.Quotes {
				for _, c := range append([]int{q.Mention}, q.Copies...) {
					copied = copied || ev.Mentions[c].Slug == "zz-copy"
				}
			}
			if !copied {
				continue
			}
			n++
			if h.Articles != 1 || h.Outlets > 1 || len(h.Quotes) != h.Mentions/2 || len(h.Quotes[0].Copies) != 1 {
				t.Errorf("%s: %d articles, %d outlets, %d quotes of %d mentions, want one article and one outlet, each sentence once with its copy",
					h.ID, h.Articles, h.Outlets, len(h.Quotes), h.Mentions)
			}
		}
	}
	if n == 0 {
		t.Error("no happening reported by both files")
	}
	_, probs = Check(context.Background(), CheckOptions{SiteDir: site, Now: now})
	var errs []string
	for _, p := range probs {
		if p.Severity == diag.Error {
			errs = append(errs, p.Error())
		}
	}
	if !slices.Contains(errs, want) {
		t.Errorf("check reported errors\n%s\nwant\n%s", strings.Join(errs, "\n"), want)
	}
}

// TestCheckCounts: check says what it read — the articles, the drafts
// among them, the pages and links of the site — even when an error stops
// it before the pages (it once said "0 articles" then).
func TestCheckCounts(t *testing.T) {
	site := copySite(t)
	edit(t, site, seed, replace("language = \"fr\"", "language = \"fr\"\ndraft = true"))
	rep, probs := Check(context.Background(), CheckOptions{SiteDir: site, Now: now})
	if len(probs) > 0 {
		t.Errorf("problems: %v", probs)
	}
	if rep.Summary.Articles != 5 || rep.Summary.Drafts != 1 || rep.Summary.Pages < 50 || rep.Links < 100 {
		t.Errorf("check read %d articles (%d drafts), %d pages, %d links; want 5 (1 draft), the pages and links of the site",
			rep.Summary.Articles, rep.Summary.Drafts, rep.Summary.Pages, rep.Links)
	}
	// An error: the articles are counted all the same.
	edit(t, site, "content/2022-08-04-operation-revenge.md", replace("published = ", "published = 2023-02-30\n#"))
	rep, probs = Check(context.Background(), CheckOptions{SiteDir: site, Now: now})
	if !probs.HasErrors() || rep.Summary.Articles != 4 || rep.Summary.Drafts != 1 {
		t.Errorf("with an error, check read %d articles (%d drafts), want 4 (1 draft), and the error:\n%v", rep.Summary.Articles, rep.Summary.Drafts, probs)
	}
}
