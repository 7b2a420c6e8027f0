package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// pages serves the fixture pages of package webpage on loopback, with
// the ways a fetch goes wrong.
func pages(t *testing.T) *httptest.Server {
	t.Helper()
	fixture := func(name string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			data, err := os.ReadFile(filepath.Join("../../internal/webpage/testdata", name))
			if err != nil {
				t.Error(err)
			}
			w.Header().Set("Content-Type", "text/html")
			w.Write(data)
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/world/peace-framework", fixture("plain-en.html"))
	mux.Handle("/news/ceasefire", fixture("graph-en.html"))
	mux.Handle("/2023/01/12/latchine", fixture("og-fr.html"))
	mux.HandleFunc("/short/pf", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/world/peace-framework", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "20000000") // refused on its length: nothing need be sent
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// emptySite returns a site folder with the repository's site.toml and
// no article.
func emptySite(t *testing.T) string {
	t.Helper()
	site := t.TempDir()
	cfg, err := os.ReadFile("../../site.toml")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, site, "site.toml", string(cfg))
	return site
}

// articles lists the files of the site's content/ folder.
func articles(t *testing.T, site string) []string {
	t.Helper()
	entries, _ := os.ReadDir(filepath.Join(site, "content"))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestImportAddresses imports from an httptest server: an address that
// redirects (its final address recorded), a list of addresses with a page
// twice, a 404, a page too large and a PDF; then a timeout.
func TestImportAddresses(t *testing.T) {
	srv := pages(t)
	site := emptySite(t)

	var out, errs bytes.Buffer
	if status := run([]string{"import", "-site", site, srv.URL + "/short/pf"}, &out, &errs); status != 0 {
		t.Fatalf("import of an address: status %d\n%s%s", status, out.String(), errs.String())
	}
	const first = "2025-08-08-armenia-and-azerbaijan-sign-peace-framework-in.md"
	data, err := os.ReadFile(filepath.Join(site, "content", first))
	if err != nil {
		t.Fatalf("%v\n%s%s", err, out.String(), errs.String())
	}
	if want := `url = "` + srv.URL + `/world/peace-framework"`; !strings.Contains(string(data), want) {
		t.Errorf("the final address is not recorded (%s):\n%s", want, data)
	}
	if !strings.Contains(errs.String(), "is read from a <time> of the page") {
		t.Errorf("no warning for a date from <time>:\n%s", errs.String())
	}

	tmp := t.TempDir()
	list := filepath.Join(tmp, "urls.txt")
	writeFile(t, tmp, "urls.txt", "# to import\n"+srv.URL+"/news/ceasefire\n\n"+srv.URL+"/missing\n"+srv.URL+"/huge\n"+srv.URL+"/report.pdf\n"+srv.URL+"/news/ceasefire?utm_source=rss\n"+srv.URL+"/world/peace-framework\n")
	out.Reset()
	errs.Reset()
	status := run([]string{"import", "-site", site, "-list", list}, &out, &errs)
	if status != 1 {
		t.Errorf("status %d, want 1 (some failed)", status)
	}
	for _, want := range []string{
		"[1/6] " + srv.URL + "/news/ceasefire\n",
		"wrote content/2020-10-13-ceasefire-talks-stall-as-shelling-resumes-near.md",
		`source "The Caucasus Ledger", published 2020-10-13, language en, url "https://caucasusledger.example/news/ceasefire-talks-stall/"`,
		"[2/6] " + srv.URL + "/missing\n",
		"[6/6] " + srv.URL + "/world/peace-framework\n  skipped: already imported: content/" + first + " is the article of " + srv.URL + "/world/peace-framework",
		"  skipped: already imported: content/2020-10-13-ceasefire-talks-stall-as-shelling-resumes-near.md",
		"imported 1, duplicates skipped 2, failed 3\n",
		"  failed: " + srv.URL + "/missing: 404 Not Found: the site has no page at this address",
		"  failed: " + srv.URL + "/huge: the page is larger than 10 MB",
		"  failed: " + srv.URL + "/report.pdf: the address gives application/pdf, not a web page",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("no %q in:\n%s", want, out.String())
		}
	}
	if got := articles(t, site); !slices.Equal(got, []string{"2020-10-13-ceasefire-talks-stall-as-shelling-resumes-near.md", first}) {
		t.Errorf("content/ holds %v", got)
	}

	// A list given as an argument, detected by its lines; a timeout.
	writeFile(t, tmp, "urls.txt", srv.URL+"/hang\n")
	out.Reset()
	errs.Reset()
	if status := run([]string{"import", "-site", site, "-timeout", "100ms", list}, &out, &errs); status != 1 || !strings.Contains(errs.String(), srv.URL+"/hang: no answer within 100ms") {
		t.Errorf("a page that does not answer: status %d\n%s%s", status, out.String(), errs.String())
	}
	if got := articles(t, site); len(got) != 2 {
		t.Errorf("content/ holds %v", got)
	}
}

// TestImportSavedPage imports a page saved from a browser, and the same
// text again copied from another address: imported, with a warning.
func TestImportSavedPage(t *testing.T) {
	site := emptySite(t)
	tmp := t.TempDir()
	data, err := os.ReadFile("../../internal/webpage/testdata/og-fr.html")
	if err != nil {
		t.Fatal(err)
	}
	// No .html: the bytes say it is a page.
	writeFile(t, tmp, "page", string(data))
	saved := filepath.Join(tmp, "page")
	var out, errs bytes.Buffer
	if status := run([]string{"import", "-site", site, saved}, &out, &errs); status != 0 || !strings.Contains(out.String(), "wrote content/2023-01-12-le-corridor-de-latchine-ferme-depuis-un-mois.md") {
		t.Fatalf("import of a saved page: status %d\n%s%s", status, out.String(), errs.String())
	}
	written, err := os.ReadFile(filepath.Join(site, "content/2023-01-12-le-corridor-de-latchine-ferme-depuis-un-mois.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, text, _ := strings.Cut(string(written)[3:], "+++\n")
	writeFile(t, tmp, "copied.txt", "Menu\n\n"+text+"\nPartager sur Facebook\n")
	copied := filepath.Join(tmp, "copied.txt")
	out.Reset()
	errs.Reset()
	status := run([]string{"import", "-site", site, "-published", "2023-01-13", "-source", "Agence", "-url", "https://agence.example/latchine", "-title", "Latchine, un mois", copied}, &out, &errs)
	if status != 0 || !strings.Contains(errs.String(), "warning: its text is nearly that of content/2023-01-12-le-corridor-de-latchine-ferme-depuis-un-mois.md") {
		t.Errorf("a near duplicate: status %d\n%s%s", status, out.String(), errs.String())
	}
	if got := articles(t, site); len(got) != 2 {
		t.Errorf("content/ holds %v", got)
	}
}
