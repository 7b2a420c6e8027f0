package tomlpos

import (
	"regexp"
	"slices"
	"testing"

	"timeline/internal/diag"
)

// TestMessagesFrench checks that every message the tests' tables write
// in English has its French translation (the French differs), and spells
// out a few.
func TestMessagesFrench(t *testing.T) {
	for _, c := range mistakes {
		en, fr := decodeIn(t, "", c.src), decodeIn(t, "fr", c.src)
		if en == fr {
			t.Errorf("%s: no French for %s", c.name, en)
		}
	}
	for _, c := range []struct{ src, want string }{
		{"title = \"Il a dit \"non\" hier\"\n",
			`content/a.md:2:19: title : le texte contient un " qui le termine trop tôt (écrivez ce " \" ou mettez tout le texte entre apostrophes : title = 'Il a dit "non" hier')`},
		{"published = 27/09/2023\n",
			`content/a.md:2:13: published : 27/09/2023 n’est pas écrit comme une date l’est ici (écrivez-la en chiffres, l’année d’abord, sans guillemets : published = 2023-09-27)`},
		{"published = 2023-02-30\n",
			`content/a.md:2:13: published : 2023-02-30 n’est pas un jour du calendrier : février 2023 compte 28 jours (vérifiez le jour et le mois)`},
		{"ignore = \"a\", \"b\"\n",
			`content/a.md:2:10: ignore : une liste s’écrit entre crochets (écrivez : ignore = ["a", "b"])`},
	} {
		if got := decodeIn(t, "fr", c.src); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
	// The values' messages, through a table in French.
	var probs diag.List
	src := "titel = \"T\"\npublished = \"27/09/2023\"\nsource = 3\n"
	m, err := Decode("content/a.md", src, 1)
	if err != nil {
		t.Fatal(err)
	}
	tab := &Table{File: "content/a.md", Src: src, Offset: 1, Values: m, Probs: &probs, Lang: "fr"}
	tab.Unknown("title", "published", "source")
	tab.String("title", true, `title = "…"`)
	tab.Time("published", true)
	tab.String("source", false, `source = "AFP"`)
	want := `content/a.md:2:9: warning: clé inconnue titel — vouliez-vous dire title ? (elle est ignorée)
content/a.md:2:1: title manque (ajoutez une ligne : title = "…")
content/a.md:3:13: published : "27/09/2023" n’est pas écrit comme une date l’est ici (écrivez-la en chiffres, l’année d’abord, sans guillemets : published = 2023-09-27)
content/a.md:4:10: source : un texte entre guillemets droits est attendu, et c’est le nombre 3 (écrivez : source = "AFP")`
	if probs.Error() != want {
		t.Errorf("got\n%s\nwant\n%s", probs.Error(), want)
	}
}

// TestMessagesVerbs checks that each translation takes the arguments of
// its English message, in the same order.
func TestMessagesVerbs(t *testing.T) {
	verbs := regexp.MustCompile(`%[-+# 0]*[a-zA-Z]`)
	for lang, c := range messages {
		for en, tr := range c {
			if a, b := verbs.FindAllString(en, -1), verbs.FindAllString(tr, -1); !slices.Equal(a, b) {
				t.Errorf("%s: %q has %v, its translation %v", lang, en, a, b)
			}
		}
	}
}

// decodeIn returns the problem of decoding src, front matter, in lang.
func decodeIn(t *testing.T, lang, src string) string {
	t.Helper()
	_, err := DecodeIn(lang, "content/a.md", src, 1)
	if err == nil {
		t.Fatalf("%q decodes", src)
	}
	return err.Error()
}
