package render

import (
	"io/fs"
	"regexp"
	"slices"
	"testing"

	"github.com/BurntSushi/toml"

	"timeline/templates"
)

// TestTranslations checks that every interface text exists in every
// language with the same %d and %s, and that every key a template uses
// is translated: an English site must show no French and no raw key.
func TestTranslations(t *testing.T) {
	texts := map[string]map[string]string{}
	for _, lang := range []string{"fr", "en"} {
		data, err := fs.ReadFile(templates.FS, "i18n/"+lang+".toml")
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		if _, err := toml.Decode(string(data), &m); err != nil {
			t.Fatal(err)
		}
		texts[lang] = m
	}
	verbs := regexp.MustCompile(`%[ds]`)
	for k, fr := range texts["fr"] {
		en, ok := texts["en"][k]
		if !ok {
			t.Errorf("en.toml lacks %q", k)
			continue
		}
		if a, b := verbs.FindAllString(fr, -1), verbs.FindAllString(en, -1); !slices.Equal(a, b) {
			t.Errorf("%q: fr has %v, en %v", k, a, b)
		}
	}
	for k := range texts["en"] {
		if _, ok := texts["fr"][k]; !ok {
			t.Errorf("fr.toml lacks %q", k)
		}
	}
	used := regexp.MustCompile(`\b(?:t|count) "([a-z_]+)"`)
	names, _ := fs.Glob(templates.FS, "*.html")
	for _, name := range names {
		src, _ := fs.ReadFile(templates.FS, name)
		for _, m := range used.FindAllStringSubmatch(string(src), -1) {
			if _, ok := texts["fr"][m[1]]; !ok {
				t.Errorf("%s uses %q, which fr.toml does not translate", name, m[1])
			}
		}
	}
	// Texts used from Go, by s.T and s.count.
	for _, k := range []string{"chart_title", "chart_desc", "chart_breaks", "chart_gap", "strip_title", "strip_desc", "strip_most",
		"bars_title_month", "bars_title_year", "bars_desc", "bars_excluded", "bars_month", "bars_year", "search_title",
		"all_events_lead", "multi_title", "multi_lead", "outlet_title", "outlet_lead", "events_count", "sources_count", "mentions_count",
		"index_lead", "thousands_separator"} {
		if v, ok := texts["fr"][k]; !ok || v == "" {
			t.Errorf("fr.toml lacks %q, which the charts and lists use", k)
		}
	}
}
