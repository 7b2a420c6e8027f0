package build

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// payloads are the classic injections, each tried in every field an
// article gives the site.
var payloads = []string{
	`<script>alert(1)</script>`,
	`"><img src=x onerror=alert(1)>`,
	`'><svg/onload=alert(1)>`,
	`</title><script>alert(1)</script>`,
	`<iframe src="javascript:alert(1)"></iframe>`,
	`<a href="javascript:alert(1)">x</a>`,
	`[lien](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
	`&lt;script&gt;alert(1)&lt;/script&gt; &#60;script&#62;alert(1)&#60;/script&#62;`,
	`<div style="background:url(javascript:alert(1))">x</div><style>body{display:none}</style>`,
	`]]><script>alert(1)</script><![CDATA[`,
	`{{.Site}} {{template "x"}}`,
	`=HYPERLINK("http://evil.example/","x")`,
	`+cmd|' /C calc'!A0`,
	`@SUM(1+1)*cmd|' /C calc'!A0`,
	"-2+3\u00a0`",
}

// writeHostileSite writes a site whose every article field carries the payloads.
func writeHostileSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	cfg, err := os.ReadFile(filepath.Join(repoSite, "site.toml"))
	if err != nil {
		t.Fatal(err)
	}
	q := func(s string) string { b, _ := json.Marshal(s); return string(b) } // a TOML basic string
	// The site's own texts carry them too: its address, contact and
	// description, an episode's title and its Markdown description.
	all := strings.Join(payloads, " ")
	inner := strings.Trim(q(all), `"`)
	for _, r := range [][2]string{
		{`description = "Les`, `description = "` + inner + ` Les`},
		{`base_url = "https://example.org/karabakh/"`, `base_url = "https://example.org/k\"><script>alert(1)</script>'onload='alert(1)/"`},
		{`contact = "corrections@example.org"`, `contact = "javascript:alert(1)//\"><script>alert(1)</script>"`},
		{`title = "Avant 2020"`, `title = "Avant 2020 ` + inner + `"`},
		{"\"\"\"\nLe Haut-Karabakh", "\"\"\"\n" + inner + "\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\nLe Haut-Karabakh"},
	} {
		if !bytes.Contains(cfg, []byte(r[0])) {
			t.Fatalf("site.toml lacks %q", r[0])
		}
		cfg = bytes.Replace(cfg, []byte(r[0]), []byte(r[1]), 1)
	}
	if err := os.WriteFile(filepath.Join(dir, "site.toml"), cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	for i, p := range payloads {
		var body strings.Builder
		// The payload where the tagger reads a date, where attribution
		// finds a speaker, and alone on a line.
		fmt.Fprintf(&body, "%s Le 19 septembre 2023, %s a attaqué, selon %s.\n\n", p, p, p)
		fmt.Fprintf(&body, "« %s », a déclaré %s le 20 septembre 2023.\n\n%s\n", p, p, p)
		art := fmt.Sprintf("+++\ntitle = %s\nsource = %s\nurl = %s\npublished = 2023-09-21\nignore = [%s]\n[[event]]\ndate = \"2023-09\"\ntext = %s\n+++\n%s",
			q(p), q(p), q("https://example.org/a?q="+url.QueryEscape(p)+"&x='%22"), q(p), q(p), body.String())
		if err := os.WriteFile(filepath.Join(dir, "content", fmt.Sprintf("payload-%02d.md", i)), []byte(art), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestNoInjection builds a site whose article fields and site texts are
// all injections and checks every file of every output format — pages,
// events.json, events.geojson, the search index, events.csv, claims.csv,
// feed.xml, sitemap.xml and the review listing: no executable HTML, no
// inline script or style, no javascript: or data: link, valid JSON and
// XML, neutral CSV.
func TestNoInjection(t *testing.T) {
	site := writeHostileSite(t)
	out := filepath.Join(t.TempDir(), "public")
	rev := filepath.Join(t.TempDir(), "review")
	_, probs := Run(context.Background(), Options{SiteDir: site, Out: out, Now: now, Review: rev})
	if probs.HasErrors() {
		t.Fatalf("build failed:\n%v", probs)
	}
	files := readTree(t, out)
	kinds := map[string]int{}
	for p, data := range files {
		switch filepath.Ext(p) {
		case ".html":
			kinds["html"]++
			checkHTML(t, p, data, false)
		case ".json", ".geojson":
			kinds["json"]++
			if strings.HasPrefix(p, "search/") {
				kinds["search index"]++
			}
			if !json.Valid(data) {
				t.Errorf("%s: invalid JSON", p)
			}
			if bytes.Contains(bytes.ToLower(data), []byte("<script")) {
				t.Errorf("%s: holds an unescaped <script", p)
			}
		case ".xml":
			kinds[p]++
			checkXML(t, p, data)
		case ".csv":
			kinds["csv"]++
			checkCSV(t, p, data)
		}
	}
	for p, data := range readTree(t, rev) {
		if filepath.Ext(p) == ".html" {
			kinds["review"]++
			checkHTML(t, "review/"+p, data, true)
		}
	}
	for _, k := range []string{"html", "json", "search index", "feed.xml", "sitemap.xml", "csv", "review"} {
		if kinds[k] == 0 {
			t.Errorf("no %s file was checked", k)
		}
	}
	// The payloads did reach the files, as text: the test checks something.
	reached := map[string]string{
		"events.json":                  `\u003cscript\u003ealert(1)`,
		"events.csv":                   `<script>alert(1)</script>`,
		"feed.xml":                     `&lt;script&gt;alert(1)&lt;/script&gt;`,
		"index.html":                   `&lt;script&gt;alert(1)&lt;/script&gt;`,
		"episodes/contexte/index.html": `Avant 2020 &lt;script&gt;alert(1)`,
	}
	for p, want := range reached {
		if !bytes.Contains(files[p], []byte(want)) {
			t.Errorf("%s does not hold the payload as text %q: the test checks nothing there", p, want)
		}
	}
	search := false
	for p, data := range files {
		if strings.HasPrefix(p, "search/") && bytes.Contains(data, []byte(`\u003cscript\u003ealert(1)`)) {
			search = true
		}
	}
	if !search {
		t.Error("no search index file holds the payload: the test checks nothing there")
	}
}

// checkHTML checks one page. A review page (review) may hold its own
// stylesheet, an inline <style>: it is a self-contained file for editors,
// never published.
func checkHTML(t *testing.T, p string, data []byte, review bool) {
	t.Helper()
	z := html.NewTokenizer(bytes.NewReader(data))
	csp := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				t.Errorf("%s: %v", p, z.Err())
			}
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, _ := z.TagName()
		tag := string(name)
		attrs := map[string]string{}
		for more := true; more; {
			var k, v []byte
			k, v, more = z.TagAttr()
			attrs[string(k)] = string(v)
		}
		switch tag {
		case "script":
			if src := attrs["src"]; !strings.Contains(src, "assets/") {
				t.Errorf("%s: a <script> that is not one of the site's assets: %v", p, attrs)
			}
		case "iframe", "object", "embed", "style", "base", "form":
			if tag == "style" && review {
				break
			}
			if tag != "form" || strings.Contains(attrs["action"], ":") {
				t.Errorf("%s: a <%s> element: %v", p, tag, attrs)
			}
		case "meta":
			if attrs["http-equiv"] == "Content-Security-Policy" {
				csp = true
				c := attrs["content"]
				if strings.Contains(strings.ReplaceAll(c, "style-src 'unsafe-inline'", ""), "unsafe-inline") && !review ||
					strings.Contains(c, "unsafe-eval") || !strings.Contains(c, "default-src 'none'") ||
					!strings.Contains(c, "script-src 'self'") || strings.Contains(c, "*") || strings.Contains(c, "http") {
					t.Errorf("%s: weak Content-Security-Policy %q", p, c)
				}
			}
		case "a":
			if strings.HasPrefix(attrs["href"], "http") && attrs["rel"] != "noopener noreferrer" {
				t.Errorf("%s: outbound link %q without rel=\"noopener noreferrer\"", p, attrs["href"])
			}
		}
		for k, v := range attrs {
			lv := strings.ToLower(strings.TrimSpace(v))
			switch {
			case strings.HasPrefix(k, "on"):
				t.Errorf("%s: event handler attribute %s=%q", p, k, v)
			case k == "style":
				t.Errorf("%s: inline style=%q", p, v)
			case (k == "href" || k == "src" || k == "action") && (strings.HasPrefix(lv, "javascript:") || strings.HasPrefix(lv, "data:") || strings.HasPrefix(lv, "vbscript:")):
				t.Errorf("%s: %s=%q", p, k, v)
			}
		}
	}
	if !csp {
		t.Errorf("%s: no Content-Security-Policy", p)
	}
}

func checkXML(t *testing.T, p string, data []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Errorf("%s: invalid XML: %v", p, err)
			return
		}
		if se, ok := tok.(xml.StartElement); ok {
			for _, a := range se.Attr {
				// Atom's type="html" would make a feed reader run the text as markup.
				if a.Name.Local == "type" && (a.Value == "html" || a.Value == "xhtml") {
					t.Errorf("%s: <%s type=%q>: text read as markup", p, se.Name.Local, a.Value)
				}
			}
			switch strings.ToLower(se.Name.Local) {
			case "script", "iframe", "img", "svg", "a", "style":
				t.Errorf("%s: a <%s> element", p, se.Name.Local)
			}
		}
	}
}

func checkCSV(t *testing.T, p string, data []byte) {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Errorf("%s: invalid CSV: %v", p, err)
		return
	}
	for i, row := range rows {
		for _, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("%s: row %d: cell %q would run as a formula", p, i+1, cell)
			}
		}
	}
}
