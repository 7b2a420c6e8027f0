package build

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fuzzSeeds are bad articles beside the repository's own: the shapes of
// cmd/timeline's table of hostile input, for the fuzzer to start from.
var fuzzSeeds = []string{
	"",
	"+++",
	"+++\n+++\n",
	"+++\ntitle = \"x\"\npublished = 2023-09-20\n",
	"+++\ntitle = \"x\npublished = 2023-09-20\n+++\nLe 19 septembre 2023.\n",
	"+++\ntitle = \"x\"\npublished = 2023-02-30\n+++\nLe 19 septembre.\n",
	"+++\ntitle = \"x\"\npublished = 2023-09-20T10:00:00+04:00\n+++\nHier soir, mardi 19 septembre.\n",
	"+++\ntitle = \"x\"\npublished = 2999-01-01\n+++\nx\n",
	"+++\ntitle = \"x\"\npublished = \"yesterday\"\n+++\nx\n",
	"+++\ntitle = \"x\"\nurl = \"javascript:alert(1)\"\npublished = 2023-09-20\n+++\nx\n",
	"+++\ntitle = \"x\"\npubished = 2023-09-20\n+++\nx\n",
	"+++\ntitle = \"x\"\nslug = \"../x\"\npublished = 2023-09-20\n+++\nx\n",
	"+++\ntitle = \"x\"\nslug = \"a\\u0000b\"\npublished = 2023-09-20\n+++\nx\n",
	"\ufeff+++\r\ntitle = \"x\"\r\npublished = 2023-09-20\r\n+++\r\nLe 19\u00a0septembre\u202f2023,\u200b \u200fBakou.\r\n",
	"+++\ntitle = \"x\"\npublished = 2023-09-20\n+++\n\xff\xfe le 19 septembre\n",
	"+++\ntitle = \"x\"\npublished = 2023-09-20\n+++\n> > > > > > - - - - * * * le 19 septembre\n",
	"+++\ntitle = \"x\"\npublished = 2023-09-20\n+++\n<script>alert(1)</script>\n<img src=x onerror=alert(1)> le 19 septembre <iframe src=x></iframe>\n<p style=\"color:red\">x</p>\n",
	"+++\ntitle = \"x\"\npublished = 2023-09-20\n+++\n[a](javascript:alert(1)) [b](data:text/html,x) &lt;script&gt;alert(1)&lt;/script&gt; le 19 septembre\n",
	"+++\ntitle = \"x\"\npublished = 2023-09-20\n[[event]]\ndate = \"199X\"\ntext = \"<script>\"\ntime = \"25:00\"\n+++\nx\n",
}

// FuzzBuildArticle builds a site of one fuzzed article: no input makes the
// build panic; it either fails with errors that name the article (and
// publishes nothing) or writes a site with an index and valid JSON.
func FuzzBuildArticle(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(repoSite, "content", "*.md"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	for _, p := range payloads {
		f.Add([]byte("+++\ntitle = \"x\"\npublished = 2023-09-20\n+++\n" + p + " le 19 septembre 2023.\n"))
	}
	cfg, err := os.ReadFile(filepath.Join(repoSite, "site.toml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		site := t.TempDir()
		if err := os.WriteFile(filepath.Join(site, "site.toml"), cfg, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Mkdir(filepath.Join(site, "content"), 0o755); err != nil {
			t.Fatal(err)
		}
		const name = "content/fuzz.md"
		if err := os.WriteFile(filepath.Join(site, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(site, "public")
		_, probs := Run(context.Background(), Options{SiteDir: site, Out: out, Now: now})
		for _, p := range probs {
			// A file that is skipped leaves no article: the build says so about content/.
			if p.File != name && !(p.File == "content" && strings.HasPrefix(p.Msg, "no article to build")) || strings.TrimSpace(p.Msg) == "" {
				t.Errorf("problem does not name the article: %v", p)
			}
			if strings.ContainsAny(p.Error(), "\n\r") {
				t.Errorf("problem is not one line: %q", p.Error())
			}
		}
		if probs.HasErrors() {
			if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("a failed build wrote %s (%v):\n%v", out, err, probs)
			}
			return
		}
		if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
			t.Fatalf("build succeeded without an index: %v\n%v", err, probs)
		}
		js, err := os.ReadFile(filepath.Join(out, "events.json"))
		if err != nil || !json.Valid(js) {
			t.Fatalf("events.json: %v, valid %v", err, json.Valid(js))
		}
	})
}
