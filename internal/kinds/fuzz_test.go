package kinds

import (
	"slices"
	"testing"
)

// FuzzOf checks that any text gives kinds of the typology, in its order,
// each once, and the same kinds on a second reading.
func FuzzOf(f *testing.F) {
	for _, s := range []string{
		"Stepanakert a été bombardée, et deux civils ont été tués.",
		"No clashes were reported.",
		"« cessez — le-feu »", "\xff\xfe", "Cafe\u0301", "",
		"aucun aucun aucun pas de de de combats",
	} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	d := Default()
	var order []string
	for _, k := range d.Kinds() {
		order = append(order, k.ID)
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		got := d.Of(s, lang)
		last := -1
		for _, id := range got {
			i := slices.Index(order, id)
			if i <= last {
				t.Fatalf("Of(%q) = %q: not in the typology's order, or twice", s, got)
			}
			last = i
		}
		if again := d.Of(s, lang); !slices.Equal(again, got) {
			t.Fatalf("Of(%q) = %q, then %q", s, got, again)
		}
	})
}

// FuzzLoad checks that any file loads without a panic, and that every
// problem names the file.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("[[kind]]\nid = \"strike\"\nfr = [\"shahed*\"]\n"))
	f.Add([]byte("[[kind]]\nid = \"x\"\nname_fr = \"x\"\nname_en = \"x\"\nfr = [\"a + b|c*\", \"!**\", \"a*b\"]\n"))
	f.Add([]byte("[kind]\nid = 3\n"))
	f.Add(defaults)
	f.Fuzz(func(t *testing.T, data []byte) {
		d, probs := Load(File{Path: "content/kinds.toml", Data: data})
		if d == nil {
			t.Fatal("Load returned no typology")
		}
		for _, p := range probs {
			if p.File != "content/kinds.toml" {
				t.Fatalf("problem without the file: %v", p)
			}
		}
		d.Of("Les combats ont repris près de Stepanakert.", "fr")
	})
}
