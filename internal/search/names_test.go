package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"timeline/internal/timeline"
)

// namesSite is a tiny site whose sentences spell its places and actors
// in several ways, each sentence dated; the last names none of them.
var namesSite = []struct{ file, lang, text string }{
	{"2021-03-10-a.md", "fr", "Le 1er mars 2021, des tirs ont visé Latchine pendant la nuit."},
	{"2021-03-10-b.md", "en", "On 2 March 2021, shelling was reported near Lachin and in Shusha."},
	{"2021-03-10-c.md", "fr", "Le 3 mars 2021, un convoi humanitaire a traversé Berdzor."},
	{"2021-03-10-d.md", "fr", "Le 4 mars 2021, des familles ont quitté Laçın et Şuşa."},
	{"2021-03-10-e.md", "fr", "Le 5 mars 2021, le marché de Chouchi a rouvert ses portes."},
	{"2021-03-10-f.md", "fr", "Le 6 mars 2021, une manifestation a réuni des milliers de personnes à Khankendi."},
	{"2021-03-10-g.md", "fr", "Le 7 mars 2021, Stepanakert a accueilli une délégation du Haut-Karabakh."},
	{"2021-03-10-h.md", "en", "On 8 March 2021, officials in Nagorno Karabakh announced a curfew."},
	{"2021-03-10-i.md", "fr", "Le 9 mars 2021, Ilham Aliyev a prononcé un discours."},
	{"2021-03-10-j.md", "fr", "Le 10 mars 2021, le président Aliev a reçu des ambassadeurs."},
	{"2021-03-10-k.md", "fr", "Le 11 mars 2021, la neige a fermé plusieurs écoles de montagne."},
}

// writeNamesSite writes namesSite into a new folder.
func writeNamesSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("site.toml", "title = \"Essai\"\nbase_url = \"https://example.org/\"\nlanguage = \"fr\"\n\n"+
		"[[episode]]\nid = \"tout\"\ntitle = \"Tout\"\n")
	for i, a := range namesSite {
		write("content/"+a.file, fmt.Sprintf("+++\ntitle = \"Dépêche %d\"\nsource = \"Le Veilleur\"\npublished = 2021-03-12\nlanguage = %q\n+++\n%s\n", i, a.lang, a.text))
	}
	return dir
}

// indexNamesSite writes the index of namesSite, and reads it.
func indexNamesSite(t *testing.T) (*timeline.Timeline, *index) {
	t.Helper()
	tl, lang := loadTimeline(t, writeNamesSite(t))
	out := newOutput()
	if err := Write(tl, lang, nil, out); err != nil {
		t.Fatal(err)
	}
	return tl, readIndex(t, out.data())
}

// TestVariants searches every spelling of a place or an actor as site.js
// does, with the manifest's names: each finds the same documents, those
// whose mention names it, though each sentence spells it one way.
func TestVariants(t *testing.T) {
	tl, x := indexNamesSite(t)
	var m struct{ Variants []string }
	if err := json.Unmarshal(x.files[dataDir+"manifest.json"], &m); err != nil {
		t.Fatal(err)
	}
	postings := map[string][]int64{}
	for i := range x.chunks {
		for term, enc := range x.chunk(t, i).T {
			postings[term] = decodePostings(enc)
		}
	}
	// naming returns the documents of the mentions that name id.
	naming := func(id string, actor bool) []int64 {
		var ids []int64
		for _, ev := range tl.Events {
			for _, mn := range ev.Mentions {
				names := mn.Places
				if actor {
					names = mn.Actors
				}
				if slices.Contains(names, id) {
					ids = append(ids, docID(t, x, ev, &mn))
				}
			}
		}
		slices.Sort(ids)
		return ids
	}
	tests := []struct {
		name    string
		id      string
		actor   bool
		queries []string
	}{
		{"French, English, Armenian and Azerbaijani names", "lachin", false, []string{"Lachin", "Latchine", "Berdzor", "Laçın", "LATCHIN"}},
		{"a name whose letters fold away", "shusha", false, []string{"Shusha", "Chouchi", "Şuşa", "Susa", "Shushi"}},
		{"the Azerbaijani name of a town finds the Armenian one", "stepanakert", false, []string{"Stepanakert", "Khankendi", "Xankəndi"}},
		{"names of two words", "nagorno-karabakh", false, []string{"Haut-Karabakh", "Nagorno Karabakh", "nagorno-karabakh", "Artsakh", "Karabakh"}},
		{"an actor", "aliyev", true, []string{"Aliev", "Aliyev", "Ilham Aliyev", "Ilham Əliyev"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := naming(tt.id, tt.actor)
			if len(want) < 2 {
				t.Fatalf("%d documents name %s: the test needs several", len(want), tt.id)
			}
			for _, q := range tt.queries {
				if got := query(m.Variants, postings, q); !slices.Equal(got, want) {
					t.Errorf("%q finds %v, want %v", q, got, want)
				}
			}
		})
	}
	// Words that name nothing are searched as they are.
	if got, want := query(m.Variants, postings, "neige"), []int64{docID(t, x, tl.Events[len(tl.Events)-1], &tl.Events[len(tl.Events)-1].Mentions[0])}; !slices.Equal(got, want) {
		t.Errorf("neige finds %v, want %v", got, want)
	}
}

// docID returns the id of the document of mention mn of ev.
func docID(t *testing.T, x *index, ev *timeline.Event, mn *timeline.Mention) int64 {
	t.Helper()
	id, ok := x.named[ev.ID+"#"+mn.Anchor]
	if !ok {
		t.Fatalf("no document for %s#%s", ev.ID, mn.Anchor)
	}
	var n int64
	fmt.Sscan(id, &n)
	return n
}

// query answers q as site.js does, given the manifest's variants and
// every term's postings: a run of the query's words that is one of the
// names of a place or an actor (the longest, from the left) matches the
// documents that hold every word of one of its names; any other word
// matches the documents that hold it, as the start of one of their
// words (the whole word, for one shorter than four letters). A document
// must match every word or name.
func query(variants []string, postings map[string][]int64, q string) []int64 {
	groups := map[string][]int{}
	longest := 1
	for i, v := range variants {
		for _, name := range strings.Split(v, "|") {
			groups[name] = append(groups[name], i)
			longest = max(longest, len(strings.Fields(name)))
		}
	}
	word := func(w string) []int64 {
		var ids []int64
		for term, p := range postings {
			if term == w || utf8.RuneCountInString(w) >= 4 && strings.HasPrefix(term, w) {
				ids = append(ids, p...)
			}
		}
		slices.Sort(ids)
		return slices.Compact(ids)
	}
	words := Terms(q)
	var result []int64
	for i := 0; i < len(words); {
		j := min(len(words), i+longest)
		for ; j > i+1 && groups[strings.Join(words[i:j], " ")] == nil; j-- {
		}
		names := [][]string{words[i:j]}
		for _, g := range groups[strings.Join(words[i:j], " ")] {
			names = names[:0]
			for _, name := range strings.Split(variants[g], "|") {
				names = append(names, strings.Fields(name))
			}
		}
		var ids []int64
		for _, name := range names {
			in := word(name[0])
			for _, w := range name[1:] {
				in = intersect(in, word(w))
			}
			ids = append(ids, in...)
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		if i == 0 {
			result = ids
		} else {
			result = intersect(result, ids)
		}
		i = j
	}
	return result
}

func intersect(a, b []int64) []int64 {
	var out []int64
	for _, id := range a {
		if _, ok := slices.BinarySearch(b, id); ok {
			out = append(out, id)
		}
	}
	return out
}

// TestVariantsList checks the manifest's names: a place's names folded
// as a query is, each once; an actor's metonyms left to the place.
func TestVariantsList(t *testing.T) {
	tl, _ := loadTimeline(t, writeNamesSite(t))
	got := variants(tl)
	for _, tt := range []struct{ name, want string }{
		{"lachin", "latchine|lachin|lacin|berdzor|latchin"},
		{"nagorno karabakh", "haut karabakh|nagorno karabakh|nagorny karabakh|nagornyi karabakh|haut karabagh|karabakh|karabagh|artsakh|artsax|qarabag|dagliq qarabag|mountainous karabakh|republique artsakh|republic artsakh|republique haut karabakh"},
		{"xankəndi", "stepanakert|khankendi|xankəndi|khankendy|khankandi|xankendi"},
	} {
		var found []string
		for _, v := range got {
			if slices.Contains(strings.Split(v, "|"), tt.name) {
				found = append(found, v)
			}
		}
		if len(found) != 1 || found[0] != tt.want {
			t.Errorf("%q is in %q, want in %q alone", tt.name, found, tt.want)
		}
	}
	for _, v := range got {
		if slices.Contains(strings.Split(v, "|"), "bakou") {
			t.Errorf("bakou, a metonym of Azerbaijan's government, is among %q", v)
		}
	}
}

// TestPlaceNames checks the last element of a document: the names of
// the places its mention names, in the site's language.
func TestPlaceNames(t *testing.T) {
	_, x := indexNamesSite(t)
	var got []string
	for _, id := range x.ids {
		var d []any
		if err := json.Unmarshal(x.docs[id], &d); err != nil {
			t.Fatal(err)
		}
		if len(d) != 8 {
			t.Fatalf("document %s has %d elements, want 8", x.docs[id], len(d))
		}
		got = append(got, d[7].(string))
	}
	want := []string{"Latchine", "Latchine, Chouchi", "Latchine", "Latchine, Chouchi", "Chouchi", "Stepanakert", "Stepanakert, Haut-Karabakh", "Haut-Karabakh", "", "", ""}
	if !slices.Equal(got, want) {
		t.Errorf("places of the documents in date order:\n%q\nwant\n%q", got, want)
	}
	if !bytes.Contains(x.files[dataDir+"manifest.json"], []byte(`"variants":[`)) {
		t.Error("the manifest lists no names")
	}
}
