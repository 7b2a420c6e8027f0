package kinds

import (
	"slices"
	"strings"
	"testing"

	"timeline/internal/diag"
)

// TestDefaults checks the embedded file: it reads without a problem, and
// each kind has an id, a name and signals in every language.
func TestDefaults(t *testing.T) {
	if _, probs := parse(defaultFile); len(probs) > 0 {
		t.Fatalf("the embedded kinds.toml has problems:\n%v", probs)
	}
	want := []string{"clash", "strike", "civilians", "mines", "ceasefire", "talks", "arrest", "protest", "displacement", "blockade", "statement"}
	var ids []string
	for _, k := range Default().Kinds() {
		ids = append(ids, k.ID)
		for _, l := range Languages {
			if k.Names[l] == "" {
				t.Errorf("kind %s has no name in %s", k.ID, l)
			}
			if len(k.Signals[l]) == 0 {
				t.Errorf("kind %s has no signal in %s", k.ID, l)
			}
		}
	}
	if !slices.Equal(ids, want) {
		t.Errorf("default kinds = %q, want %q", ids, want)
	}
	if d, probs := Load(File{}); d != Default() || len(probs) > 0 {
		t.Errorf("Load(File{}) = %p, %v; want Default() = %p and no problem", d, probs, Default())
	}
}

func TestName(t *testing.T) {
	d := Default()
	for _, tt := range []struct{ id, lang, want string }{
		{"clash", "fr", "Affrontements armés"},
		{"clash", "en", "Armed clashes"},
		{"blockade", "fr", "Blocus et accès humanitaire"},
		{"clash", "de", "Armed clashes"}, // a language with no name: English
		{"cyber", "fr", "cyber"},         // an unknown kind: its id
	} {
		if got := d.Name(tt.id, tt.lang); got != tt.want {
			t.Errorf("Name(%q, %q) = %q, want %q", tt.id, tt.lang, got, tt.want)
		}
	}
}

// TestKindsIsACopy checks that a caller changing what Kinds returns
// changes nothing of the typology.
func TestKindsIsACopy(t *testing.T) {
	d := Default()
	ks := d.Kinds()
	ks[0].Names["fr"] = "changed"
	ks[0].Signals["fr"][0] = "changed"
	if d.Name("clash", "fr") != "Affrontements armés" || d.Kinds()[0].Signals["fr"][0] == "changed" {
		t.Error("changing the result of Kinds changed the typology")
	}
}

// load loads an editor's file written src.
func load(t *testing.T, src string) (*Typology, diag.List) {
	t.Helper()
	return Load(File{Path: "content/kinds.toml", Data: []byte(src)})
}

// TestEditorFile checks what an editor's entries do to the defaults.
func TestEditorFile(t *testing.T) {
	tests := []struct {
		name, src  string
		lang, in   string
		want       []string
		ids        int    // the number of kinds after loading
		nameFr     string // the name of the first kind of want in French, when checked
		nameFrOfID string
	}{
		{
			name: "a known id adds its signals to the kind's",
			src:  "[[kind]]\nid = \"strike\"\nfr = [\"shahed*\"]\n",
			lang: "fr", in: "Des Shahed ont visé la ville.", want: k("strike"), ids: 11,
		},
		{
			name: "and keeps the default ones",
			src:  "[[kind]]\nid = \"strike\"\nfr = [\"shahed*\"]\n",
			lang: "fr", in: "Les bombardements ont repris.", want: k("strike"), ids: 11,
		},
		{
			name: "replace = true drops the default signals",
			src:  "[[kind]]\nid = \"strike\"\nreplace = true\nfr = [\"shahed*\"]\n",
			lang: "fr", in: "Les bombardements ont repris.", want: nil, ids: 11,
		},
		{
			name: "a name replaces the kind's in its language only",
			src:  "[[kind]]\nid = \"clash\"\nname_fr = \"Combats\"\n",
			lang: "fr", in: "Les combats ont repris.", want: k("clash"), ids: 11,
			nameFr: "Combats", nameFrOfID: "clash",
		},
		{
			name: "a new id adds a kind after the defaults",
			src:  "[[kind]]\nid = \"cyber\"\nname_fr = \"Cyberattaques\"\nname_en = \"Cyberattacks\"\nfr = [\"cyberattaque*\"]\nen = [\"cyberattack*\"]\n",
			lang: "fr", in: "Une cyberattaque a visé les bombardiers.", want: k("strike", "cyber"), ids: 12,
			nameFr: "Cyberattaques", nameFrOfID: "cyber",
		},
		{
			name: "a ! signal silences a word in every kind",
			src:  "[[kind]]\nid = \"strike\"\nfr = [\"!bombardement*\"]\n",
			lang: "fr", in: "Les bombardements ont repris.", want: nil, ids: 11,
		},
		{
			name: "an entry with an error is left out, the others apply",
			src:  "[[kind]]\nid = \"strike\"\nfr = [\"sha*hed\"]\n\n[[kind]]\nid = \"arrest\"\nfr = [\"rafle*\"]\n",
			lang: "fr", in: "Une rafle a eu lieu.", want: k("arrest"), ids: 11,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, probs := load(t, tt.src)
			if tt.name != "an entry with an error is left out, the others apply" && len(probs) > 0 {
				t.Fatalf("problems: %v", probs)
			}
			if got := d.Of(tt.in, tt.lang); !slices.Equal(got, tt.want) {
				t.Errorf("Of(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if n := len(d.Kinds()); n != tt.ids {
				t.Errorf("%d kinds, want %d", n, tt.ids)
			}
			if tt.nameFr != "" {
				if got := d.Name(tt.nameFrOfID, "fr"); got != tt.nameFr {
					t.Errorf("Name(%s, fr) = %q, want %q", tt.nameFrOfID, got, tt.nameFr)
				}
				if got := d.Name("clash", "en"); got != "Armed clashes" {
					t.Errorf("Name(clash, en) = %q, want the default", got)
				}
			}
			if Default().Of("Les bombardements ont repris.", "fr") == nil {
				t.Error("loading an editor's file changed the defaults")
			}
		})
	}
}

// TestEditorFileProblems checks the messages an editor reads: each at its
// line, saying what is wrong and what to write.
func TestEditorFileProblems(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // "line: message part", the first problem
		warn bool   // the problem is a warning
	}{
		{"unknown key, French", "[[kind]]\nid = \"strike\"\nnom = \"Frappes\"\n",
			"3: unknown key nom — did you mean name_fr?", false},
		{"unknown key, signals", "[[kind]]\nid = \"strike\"\nsignals_fr = [\"shahed*\"]\n",
			"3: unknown key signals_fr — did you mean fr?", false},
		{"unknown key, a typo", "[[kind]]\nid = \"strike\"\nnmae_en = \"Strikes\"\n",
			"3: unknown key nmae_en — did you mean name_en?", false},
		{"missing id", "[[kind]]\nname_fr = \"Frappes\"\n",
			"1: id is missing", false},
		{"an id that is not one", "[[kind]]\nid = \"Frappes aériennes\"\nname_fr = \"x\"\nname_en = \"x\"\nfr = [\"x\"]\n",
			`2: id: "Frappes aériennes" is not an id (write lowercase ascii letters, digits and hyphens, as in id = "frappes-aeriennes")`, false},
		{"a new kind without its English name", "[[kind]]\nid = \"cyber\"\nname_fr = \"Cyberattaques\"\nfr = [\"cyberattaque*\"]\n",
			"1: name_en is missing (a new kind needs its name", false},
		{"an empty name", "[[kind]]\nid = \"strike\"\nname_fr = \"\"\n",
			"3: name_fr is empty", false},
		{"duplicate id", "[[kind]]\nid = \"strike\"\nfr = [\"shahed*\"]\n\n[[kind]]\nid = \"strike\"\nfr = [\"geran*\"]\n",
			`6: id: "strike" is also the id of the kind on line 1`, false},
		{"empty signal", "[[kind]]\nid = \"strike\"\nfr = [\n  \"shahed*\",\n  \"\",\n]\n",
			"5: fr: an empty signal", false},
		{"a star in the middle", "[[kind]]\nid = \"strike\"\nfr = [\"bomb*ard\"]\n",
			`3: fr: "bomb*ard": a star inside a word`, false},
		{"a star after two letters", "[[kind]]\nid = \"strike\"\nen = [\"bo*\"]\n",
			`3: en: "bo*": a star after only "bo" finds too many words`, false},
		{"a star alone", "[[kind]]\nid = \"strike\"\nfr = [\"*\"]\n",
			`3: fr: "*": a star with no word before it`, false},
		{"a comma inside a signal", "[[kind]]\nid = \"strike\"\nfr = [\"obus, roquettes\"]\n",
			`3: fr: "obus, roquettes": ',' inside a signal (write each signal between its own quotes`, false},
		{"a part missing beside +", "[[kind]]\nid = \"civilians\"\nfr = [\"civils + \"]\n",
			`3: fr: "civils + ": an empty word beside "+" or "|"`, false},
		{"! alone", "[[kind]]\nid = \"strike\"\nfr = [\"!\"]\n",
			`3: fr: "!" alone`, false},
		{"a signal that is not text", "[[kind]]\nid = \"strike\"\nfr = \"shahed*\"\n",
			`3: fr: expected a list of texts, found the text "shahed*"`, false},
		{"replace that is not true or false", "[[kind]]\nid = \"strike\"\nreplace = \"yes\"\nfr = [\"shahed*\"]\n",
			"3: replace: expected true or false", false},
		{"a key outside any kind", "fr = [\"shahed*\"]\n[[kind]]\nid = \"strike\"\n",
			"1: fr is outside any kind (put a line [[kind]] above it)", false},
		{"[kind] for [[kind]]", "[kind]\nid = \"strike\"\n",
			"1: kind: expected tables written [[kind]]", false},
		{"invalid TOML", "[[kind]]\nid = \"strike\nfr = []\n",
			`2:6: id: the text has no closing "`, false},
		{"a signal listed twice", "[[kind]]\nid = \"strike\"\nfr = [\"Shahed\", \"shahed\"]\n",
			`3: fr: "shahed" is listed twice`, true},
		{"a new kind without signals", "[[kind]]\nid = \"cyber\"\nname_fr = \"Cyber\"\nname_en = \"Cyber\"\n",
			`2: kind "cyber" has no signal`, true},
		{"an entry that changes nothing", "[[kind]]\nid = \"strike\"\n",
			`2: kind "strike": the entry changes nothing`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, probs := load(t, tt.src)
			if len(probs) == 0 {
				t.Fatalf("no problem, want %q", tt.want)
			}
			p := probs[0]
			line, msg, _ := strings.Cut(tt.want, ": ")
			if got := strings.TrimPrefix(p.Error(), "content/kinds.toml:"); !strings.HasPrefix(got, line+":") || !strings.Contains(p.Msg, msg) {
				t.Errorf("got  %s\nwant content/kinds.toml:%s: …%s…", p.Error(), line, msg)
			}
			if (p.Severity == diag.Warning) != tt.warn {
				t.Errorf("%s: severity %v, want warning %v", p.Error(), p.Severity, tt.warn)
			}
		})
	}
}
