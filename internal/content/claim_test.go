package content

import (
	"reflect"
	"strings"
	"testing"

	"timeline/internal/store"
)

// claimFront returns an article whose front matter holds one [[claim]]
// table with the lines table: the table starts on line 4, its first key
// is on line 5.
func claimFront(table string) string {
	return "+++\ntitle = \"x\"\npublished = 2023-01-01\n[[claim]]\n" + table + "+++\nLe texte.\n"
}

// TestParseClaims checks what a [[claim]] table an editor writes reads as:
// the kind in English or French, a count in digits or as a text with its
// thousands apart, a qualifier in words, and the keys it writes empty.
func TestParseClaims(t *testing.T) {
	tests := []struct {
		name  string
		table string
		want  Claim
	}{
		{"every key", `sentence = "16 victimes et plus de 100 blessés"
kind = "killed"
count = 16
qualifier = "au moins"
who = "soldats arméniens"
claimant = "ministère arménien de la Défense"
`, Claim{Text: "16 victimes et plus de 100 blessés", Kind: "killed", Count: 16, CountMax: 16,
			Qualifier: "at-least", QualifierText: "au moins", HasQualifier: true,
			Who: "soldats arméniens", HasWho: true, Claimant: "ministère arménien de la Défense", Line: 4}},
		{"a kind in French, feminine plural, and a count as text", `sentence = "plus de 2 000 personnes"
kind = "Blessées"
count = "2 000"
qualifier = "Plus  de"
`, Claim{Text: "plus de 2 000 personnes", Kind: "wounded", Count: 2000, CountMax: 2000,
			Qualifier: "more-than", QualifierText: "Plus  de", HasQualifier: true, Line: 4}},
		{"thousands apart with a comma, narrow spaces, or TOML's underscore", `sentence = "x"
kind = "déplacés"
count = "100,000"
count_max = "120` + "\u202f" + `000"
`, Claim{Text: "x", Kind: "displaced", Count: 100000, CountMax: 120000, Line: 4}},
		{"a whole number TOML writes as a float", "sentence = \"x\"\nkind = \"wounded\"\ncount = 1e3\n",
			Claim{Text: "x", Kind: "wounded", Count: 1000, CountMax: 1000, Line: 4}},
		{"a range", "sentence = \"x\"\nkind = \"prisonniers\"\ncount = 50\ncount_max = 60\n",
			Claim{Text: "x", Kind: "captured", Count: 50, CountMax: 60, Line: 4}},
		{"a qualifier by its name", "sentence = \"x\"\nkind = \"missing\"\ncount = 2_000\nqualifier = \"up-to\"\n",
			Claim{Text: "x", Kind: "missing", Count: 2000, CountMax: 2000, Qualifier: "up-to", QualifierText: "up-to", HasQualifier: true, Line: 4}},
		{"an empty qualifier and who say none", "sentence = \"x\"\nkind = \"libérés\"\nqualifier = \"\"\nwho = \"\"\n",
			Claim{Text: "x", Kind: "released", HasQualifier: true, HasWho: true, Line: 4}},
		{"remove needs only the words and the kind", "sentence = \"x\"\nkind = \"détruits\"\nremove = true\n",
			Claim{Text: "x", Kind: "destroyed", Remove: true, Line: 4}},
		{"morts, singular", "sentence = \"x\"\nkind = \"mort\"\nremove = false\n",
			Claim{Text: "x", Kind: "killed", Line: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, probs := Parse("content/x.md", []byte(claimFront(tt.table)), opt)
			if a == nil || len(probs) > 0 {
				t.Fatalf("problems: %v", probs)
			}
			if len(a.Claims) != 1 || !reflect.DeepEqual(a.Claims[0], tt.want) {
				t.Errorf("claims = %+v\nwant %+v", a.Claims, tt.want)
			}
		})
	}
}

// TestParseClaimProblems lists what an editor can get wrong in a [[claim]]
// table, and the whole message that says where and how to fix it.
func TestParseClaimProblems(t *testing.T) {
	tests := []struct {
		name  string
		table string
		want  string // every problem, as printed
		fails bool   // the article is refused
	}{
		{"the words are missing", "kind = \"killed\"\ncount = 16\n",
			`content/x.md:4:1: sentence is missing (add a line: sentence = "a few words of the sentence that gives the figure")`, true},
		{"the kind is missing", "sentence = \"16 victimes\"\ncount = 16\n",
			`content/x.md:4:1: kind is missing (add a line: kind = "killed" (or "tués"))`, true},
		{"a kind of its own", "sentence = \"x\"\nkind = \"otages\"\n",
			`content/x.md:6:8: kind: "otages" is not a kind of figure (write one of killed, wounded, missing, displaced, captured, released, destroyed; or in French tués, morts, blessés, disparus, déplacés, capturés, prisonniers, libérés, détruits)`, true},
		{"a misspelt kind", "sentence = \"x\"\nkind = \"wonded\"\n",
			`content/x.md:6:8: kind: "wonded" is not a kind of figure — did you mean wounded? (write one of killed, wounded, missing, displaced, captured, released, destroyed; or in French tués, morts, blessés, disparus, déplacés, capturés, prisonniers, libérés, détruits)`, true},
		{"two kinds in one", "sentence = \"x\"\nkind = \"tués et blessés\"\n",
			`content/x.md:6:8: kind: "tués et blessés" names 2 kinds (a [[claim]] gives one figure: write a table for each)`, true},
		{"a count in words", "sentence = \"x\"\nkind = \"killed\"\ncount = \"seize\"\n",
			`content/x.md:7:9: count: "seize" is not a number (write the figure in digits: count = 16, or count = "2 000")`, true},
		{"a count of nothing", "sentence = \"x\"\nkind = \"killed\"\ncount = 0\n",
			`content/x.md:7:9: count: 0 is not a figure (write 1 or more; to drop the program's figure, write remove = true)`, true},
		{"a negative count", "sentence = \"x\"\nkind = \"killed\"\ncount = -16.0\n",
			`content/x.md:7:9: count: -16 is not a figure (write 1 or more; to drop the program's figure, write remove = true)`, true},
		{"a count too large for a number", "sentence = \"x\"\nkind = \"killed\"\ncount = \"99 999 999 999 999 999 999\"\n",
			`content/x.md:7:9: count: 99 999 999 999 999 999 999 is more than any toll (check the digits)`, true},
		{"a count with a fraction", "sentence = \"x\"\nkind = \"killed\"\ncount = 16.5\n",
			`content/x.md:7:9: count: 16.5 is not a whole number (write the figure in digits: count = 16, or count = "2 000")`, true},
		{"a count of the wrong type", "sentence = \"x\"\nkind = \"killed\"\ncount = [16]\n",
			`content/x.md:7:9: count: expected a number (write the figure in digits: count = 16, or count = "2 000")`, true},
		{"a count past any toll", "sentence = \"x\"\nkind = \"killed\"\ncount = 16000000000\n",
			`content/x.md:7:9: count: 16000000000 is more than any toll (check the digits)`, true},
		{"the top of a range under its bottom", "sentence = \"x\"\nkind = \"killed\"\ncount = 16\ncount_max = 10\n",
			`content/x.md:8:13: count_max: 10 is less than count (16) (count_max is the top of a range: for "entre 50 et 60", write count = 50 and count_max = 60)`, true},
		{"the top of a range alone", "sentence = \"x\"\nkind = \"killed\"\ncount_max = 10\n",
			`content/x.md:7:13: count_max is given without count (count_max is the top of a range: for "entre 50 et 60", write count = 50 and count_max = 60)`, true},
		{"a qualifier the site does not know", "sentence = \"x\"\nkind = \"killed\"\nqualifier = \"à peu près\"\n",
			`content/x.md:7:13: qualifier: "à peu près" is not a qualifier of a figure (write one of au moins, plus de, environ, jusqu'à, moins de, at least, more than, about, up to, fewer than; or "" for none)`, true},
		{"remove between quotes", "sentence = \"x\"\nkind = \"killed\"\nremove = \"oui\"\n",
			`content/x.md:7:10: remove: expected true or false (write remove = true, without quotes)`, true},
		{"a misspelt key", "sentence = \"x\"\nkind = \"killed\"\nqualifer = \"au moins\"\n",
			`content/x.md:7:12: warning: unknown key qualifer — did you mean qualifier? (it is ignored)`, false},
		{"the key of [[event]]", "text = \"x\"\nkind = \"killed\"\n",
			"content/x.md:5:8: warning: unknown key text (it is ignored; known keys: sentence, kind, count, count_max, qualifier, who, claimant, remove)\n" +
				`content/x.md:4:1: sentence is missing (add a line: sentence = "a few words of the sentence that gives the figure")`, true},
		{"values remove does not read", "sentence = \"x\"\nkind = \"killed\"\ncount = 3\nwho = \"civils\"\nremove = true\n",
			`content/x.md:9:10: warning: remove = true drops the figure and does not read count, who (to correct the figure instead, remove the line remove = true)`, false},
		{"claim written as a key", "claim = \"16 morts\"\n",
			`content/x.md:4:9: claim: expected tables written [[claim]], found the text "16 morts" (write each as a line [[claim]] followed by its fields)`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := claimFront(tt.table)
			if strings.HasPrefix(tt.table, "claim =") {
				src = strings.Replace(src, "[[claim]]\n", "", 1)
			}
			a, probs := Parse("content/x.md", []byte(src), opt)
			if (a == nil) != tt.fails {
				t.Errorf("refused = %v, want %v", a == nil, tt.fails)
			}
			var got []string
			for _, p := range probs {
				got = append(got, p.Error())
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

// TestClaimsWire checks that an article's [[claim]] tables read back
// from the bytes a cache keeps, nil and empty lists apart.
func TestClaimsWire(t *testing.T) {
	for _, cs := range [][]Claim{nil, {}, {
		{Text: "16 victimes", Kind: "killed", Count: 16, CountMax: 20, Qualifier: "at-least", QualifierText: "au moins",
			HasQualifier: true, Who: "soldats", HasWho: true, Claimant: "Erevan", Line: 9},
		{Text: "deux chars", Kind: "destroyed", Remove: true, Line: 15},
	}} {
		a := &Article{Path: "content/x.md", Claims: cs}
		var w store.Writer
		a.Encode(&w)
		b, err := DecodeArticle(store.NewReader(w.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b.Claims, cs) {
			t.Errorf("claims read back as %#v, want %#v", b.Claims, cs)
		}
	}
}
