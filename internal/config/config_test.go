package config

import (
	"os"
	"strings"
	"testing"

	"timeline/internal/dates"
)

const episodes = `title = "T"
[[episode]]
id = "a"
title = "A"
end = 2020-09-26
[[episode]]
id = "b"
title = "B"
start = 2020-09-27
end = 2020-11-10
[[episode]]
id = "c"
title = "C"
start = 2020-11-11
`

func TestParse(t *testing.T) {
	s, probs := Parse(episodes)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	if s.Language != "fr" || s.Output != "public" || len(s.Episodes) != 3 {
		t.Errorf("site = %+v", s)
	}
	for _, tt := range []struct {
		date, episode string
	}{
		{"1991", "a"}, {"199X", "a"}, {"2020-09-26", "a"}, {"2020-09-27", "b"},
		{"2020-09", "a"}, // an imprecise date belongs where its first day falls
		{"2020-11-10", "b"}, {"2020-11-11", "c"}, {"2023", "c"},
	} {
		d, _ := dates.ParseEDTF(tt.date)
		if e, _ := s.Episode(d); e.ID != tt.episode {
			t.Errorf("Episode(%s) = %q, want %q", tt.date, e.ID, tt.episode)
		}
	}
}

// problemCases are site.toml's problems, each with the start of its
// first message.
var problemCases = []struct {
	name, src, want string
}{
	{"overlap", strings.Replace(episodes, "start = 2020-11-11", "start = 2020-11-01", 1),
		`site.toml:14:9: start: episode "c" starts on 2020-11-01 but "b" runs until 2020-11-10: episodes overlap (start it on 2020-11-11)`},
	{"gap", strings.Replace(episodes, "start = 2020-11-11", "start = 2020-12-01", 1),
		`site.toml:14:9: start: episode "c" starts on 2020-12-01 but "b" ends on 2020-11-10: the days between belong to no episode (start it on 2020-11-11)`},
	{"end before start", strings.Replace(episodes, "end = 2020-11-10", "end = 2020-09-01", 1),
		"site.toml:10:7: end: 2020-09-01 is before start 2020-09-27"},
	{"an episode left open in the middle", strings.Replace(episodes, "end = 2020-11-10\n", "", 1),
		`site.toml:7:6: episode "b" has no end`},
	{"same id twice", strings.Replace(episodes, `id = "c"`, `id = "b"`, 1),
		`site.toml:12:6: id: "b" is already the id of episode 2`},
	{"unknown key", "titel = \"T\"\n" + episodes, "site.toml:1:9: warning: unknown key titel — did you mean title?"},
	{"invalid TOML", "title = \n", "site.toml:1:"},
	{"bad id", strings.Replace(episodes, `id = "c"`, `id = "C d"`, 1), `site.toml:12:6: id: "C d" cannot be used in a web address`},
	{"no episode", "title = \"T\"\n", "site.toml:1:1: no episode defined"},
	{"a date day first", strings.Replace(episodes, "start = 2020-11-11", "start = 11/11/2020", 1),
		"site.toml:14:9: start: 11/11/2020 is not written as a date is here (write it year first, in figures, without quotes: start = 2020-11-11)"},
	{"a date between quotes, in words", strings.Replace(episodes, "start = 2020-11-11", `start = "11 novembre 2020"`, 1),
		`site.toml:14:9: start: "11 novembre 2020" is not written as a date is here (write it year first, in figures, without quotes: start = 2020-11-11)`},
	{"a \" in a title", strings.Replace(episodes, `title = "C"`, `title = "L'opération "antiterroriste""`, 1),
		`site.toml:13:23: title: the text has a " inside it, which ends it too early (write each " inside it as \": title = "L'opération \"antiterroriste\"")`},
	{"a language's name, not its code", "language = \"Español\"\n" + episodes,
		`site.toml:1:12: language: "Español" is not a language code (write its code in lowercase letters: fr, en, es…)`},
}

func TestParseProblems(t *testing.T) {
	for _, tt := range problemCases {
		t.Run(tt.name, func(t *testing.T) {
			_, probs := Parse(tt.src)
			if len(probs) == 0 || !strings.HasPrefix(probs[0].Error(), tt.want) {
				t.Errorf("got %v\nwant a first problem starting with %q", probs, tt.want)
			}
		})
	}
}

// TestLanguageAndLead checks that site.toml may name any language (the
// templates say whether the interface has its texts) and give the
// index's lead.
func TestLanguageAndLead(t *testing.T) {
	s, probs := Parse("language = \"es\"\nlead = \"Los hechos del conflicto.\"\n" + episodes)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	if s.Language != "es" || s.Lead != "Los hechos del conflicto." {
		t.Errorf("language %q, lead %q", s.Language, s.Lead)
	}
}

// TestMessagesFrench checks that the problems of a French site.toml are
// written in French: each of problemCases, once the site is French.
func TestMessagesFrench(t *testing.T) {
	for _, tt := range problemCases {
		if strings.Contains(tt.src, "language") {
			continue
		}
		_, en := Parse(tt.src)
		_, fr := Parse(tt.src + "language = \"fr\"\n")
		if len(en) == 0 || len(fr) == 0 {
			t.Fatalf("%s: no problem", tt.name)
		}
		if en[0].Msg == fr[0].Msg {
			t.Errorf("%s: no French for %s", tt.name, en[0].Msg)
		}
	}
	_, probs := Parse("language = \"fr\"\n" + strings.Replace(episodes, "start = 2020-11-11", "start = 2020-11-01", 1))
	want := `site.toml:15:9: start : l’épisode "c" commence le 2020-11-01 mais "b" dure jusqu’au 2020-11-10 : les épisodes se chevauchent (faites-le commencer le 2020-11-11)`
	if len(probs) != 1 || probs[0].Error() != want {
		t.Errorf("got %v, want %s", probs, want)
	}
}

func TestLoadMissing(t *testing.T) {
	_, probs := Load(t.TempDir())
	if len(probs) != 1 || !strings.Contains(probs[0].Error(), "no site.toml") {
		t.Errorf("probs = %v", probs)
	}
}

func TestSiteToml(t *testing.T) {
	// The site's own configuration must load cleanly.
	src, err := os.ReadFile("../../site.toml")
	if err != nil {
		t.Fatal(err)
	}
	s, probs := Parse(string(src))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	var ids []string
	for _, e := range s.Episodes {
		ids = append(ids, e.ID)
	}
	if got := strings.Join(ids, " "); got != "contexte guerre-2020 escarmouches operation-2023" {
		t.Errorf("episodes = %s", got)
	}
}
