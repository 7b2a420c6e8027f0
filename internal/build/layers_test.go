package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSiteTemplates builds sites that give only some templates and
// texts of their own: the built-in ones give the rest.
func TestSiteTemplates(t *testing.T) {
	for _, c := range []struct {
		name  string
		files map[string]string // the site's own, besides goldenSite's
		lang  string
		want  map[string]string // a file of the site, and text it holds
		warns []string          // the warnings, in order
	}{
		{
			name:  "one text of the interface",
			files: map[string]string{"templates/i18n/fr.toml": "nav_sources = \"Nos sources\"\n"},
			want:  map[string]string{"index.html": ">Nos sources</a>", "about/index.html": ">Chronologie</a>"},
		},
		{
			name:  "one template",
			files: map[string]string{"templates/404.html": "{{define \"main\"}}<p>Perdu !</p>{{end}}\n"},
			want:  map[string]string{"404.html": "<p>Perdu !</p>", "index.html": ">Sources</a>"},
		},
		{
			name:  "a language",
			files: map[string]string{"templates/i18n/es.toml": "nav_sources = \"Fuentes\"\n", "templates/i18n/about.es.md": "Acerca de este sitio.\n"},
			lang:  "es",
			want:  map[string]string{"index.html": ">Fuentes</a>", "about/index.html": "Acerca de este sitio."},
			warns: []string{"site.toml: warning: language = \"es\": dates are written in English", "templates/i18n/es.toml: warning: "},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			site := t.TempDir()
			if err := os.CopyFS(site, os.DirFS(goldenSite)); err != nil {
				t.Fatal(err)
			}
			if c.lang != "" {
				edit(t, site, "site.toml", func(s string) string {
					return strings.Replace(s, `language = "fr"`, `language = "`+c.lang+`"`, 1)
				})
			}
			for name, src := range c.files {
				p := filepath.Join(site, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			res, _, probs := Make(context.Background(), Options{SiteDir: site, Now: now})
			if res == nil || probs.HasErrors() {
				t.Fatalf("build failed:\n%v", probs)
			}
			for name, want := range c.want {
				data, ok := res.File(name)
				if !ok || !strings.Contains(string(data), want) {
					t.Errorf("%s holds no %q", name, want)
				}
			}
			warns := probs.Warnings()
			ok := len(warns) == len(c.warns)
			for i := 0; ok && i < len(warns); i++ {
				ok = strings.HasPrefix(warns[i].Error(), c.warns[i])
			}
			if !ok {
				t.Errorf("warnings\n%v\nwant lines starting\n%s", warns, strings.Join(c.warns, "\n"))
			}
		})
	}
}
