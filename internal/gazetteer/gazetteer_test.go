package gazetteer

import (
	"slices"
	"strings"
	"testing"
)

// TestDefault loads the embedded files: no problem, enough places, each
// with its point inside the map and its source named.
func TestDefault(t *testing.T) {
	g, probs := Load(File{}, File{})
	if len(probs) > 0 {
		t.Fatalf("the embedded files have problems:\n%v", probs)
	}
	if len(g.Places) < 90 {
		t.Errorf("%d places, want at least 90", len(g.Places))
	}
	for _, p := range g.Places {
		switch {
		case p.Near == "" && !strings.Contains(p.Source, ":"):
			t.Errorf("%s: no source for its point", p.ID)
		case p.Near != "" && p.Source != "":
			t.Errorf("%s: drawn near %s, yet names a source", p.ID, p.Near)
		case !g.Map.Contains(p.Lat, p.Lon):
			t.Errorf("%s: %v, %v outside the map", p.ID, p.Lat, p.Lon)
		}
	}
	for _, a := range g.Actors {
		if a.Parent != "" && g.Actor(a.Parent) == nil {
			t.Errorf("%s: parent %q unknown", a.ID, a.Parent)
		}
	}
	if Default() == nil || len(Default().Places) != len(g.Places) {
		t.Error("Default does not hold the embedded places")
	}
}

// TestEveryName finds every name of every place, and of every actor, in a
// sentence of its own, with its span.
func TestEveryName(t *testing.T) {
	g := Default()
	check := func(kind, id, name string, find func(string) []Match) {
		s := "Selon le rapport, " + name + " a été touché."
		want := Match{ID: id, Start: len("Selon le rapport, "), End: len("Selon le rapport, ") + len(name)}
		if got := find(s); !slices.Contains(got, want) {
			t.Errorf("%s %s: %q finds %v, want %v", kind, id, s, got, want)
		}
	}
	for _, p := range g.Places {
		for _, n := range p.names() {
			check("place", p.ID, n, g.FindPlaces)
		}
	}
	for _, a := range g.Actors {
		for _, n := range a.names() {
			check("actor", a.ID, n, g.FindActors)
		}
	}
}

// TestFindPlaces is the table of the forms a name takes in a sentence.
func TestFindPlaces(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // "id:text", in order
	}{
		// French elision and prepositions, with either apostrophe.
		{"Les tirs venaient d'Erevan.", []string{"yerevan:Erevan"}},
		{"Les tirs venaient d’Erevan.", []string{"yerevan:Erevan"}},
		{"Le drapeau de l'Artsakh flotte.", []string{"nagorno-karabakh:Artsakh"}},
		{"Il est arrivé à Bakou hier.", []string{"baku:Bakou"}},
		{"On dit qu'Agdam est en ruines.", []string{"agdam:Agdam"}},
		{"On dit qu’Agdam est en ruines.", []string{"agdam:Agdam"}},
		{"au Haut-Karabakh et en Arménie", []string{"nagorno-karabakh:Haut-Karabakh", "armenia:Arménie"}},
		// English possessive.
		{"Azerbaijan's army advanced.", []string{"azerbaijan:Azerbaijan"}},
		{"Azerbaijan’s army advanced.", []string{"azerbaijan:Azerbaijan"}},
		// Hyphen, space and dash variants of one name.
		{"Le Haut Karabakh est enclavé.", []string{"nagorno-karabakh:Haut Karabakh"}},
		{"Le Haut–Karabakh est enclavé.", []string{"nagorno-karabakh:Haut–Karabakh"}},
		{"Nagorny Karabakh, Nagorny-Karabakh", []string{"nagorno-karabakh:Nagorny Karabakh", "nagorno-karabakh:Nagorny-Karabakh"}},
		{"NAGORNO-KARABAKH: ceasefire", []string{"nagorno-karabakh:NAGORNO-KARABAKH"}},
		// Azerbaijani letters, written or not.
		{"Şuşa, Shusha, Chouchi et Choucha", []string{"shusha:Şuşa", "shusha:Shusha", "shusha:Chouchi", "shusha:Choucha"}},
		{"Xankəndi est l'ancienne Stepanakert.", []string{"stepanakert:Xankəndi", "stepanakert:Stepanakert"}},
		{"Kəlbəcər, Kalbajar, Karvachar", []string{"kalbajar:Kəlbəcər", "kalbajar:Kalbajar", "kalbajar:Karvachar"}},
		{"Gəncə a été frappée", []string{"ganja:Gəncə"}},
		{"de Laçın à Berdzor", []string{"lachin:Laçın", "lachin:Berdzor"}},
		{"à Ağdərə", []string{"martakert:Ağdərə"}},
		{"Djebraïl, Jabrayil et Cəbrayıl", []string{"jabrayil:Djebraïl", "jabrayil:Jabrayil", "jabrayil:Cəbrayıl"}},
		{"in Talış and Daşaltı", []string{"talysh:Talış", "karintak:Daşaltı"}},
		// The longest name that starts at a word: the corridor, not the town.
		{"Le corridor de Latchine est fermé.", []string{"lachin-corridor:corridor de Latchine"}},
		{"The Lachin corridor was blocked.", []string{"lachin-corridor:Lachin corridor"}},
		{"près du pont de Hakari", []string{"hakari-bridge:pont de Hakari"}},
		{"la ville de Nakhitchevan et le Nakhitchevan", []string{"nakhchivan-city:ville de Nakhitchevan", "nakhchivan:Nakhitchevan"}},
		// A place inside an actor's name names the actor.
		{"le groupe de Minsk s'est réuni à Minsk", []string{"minsk:Minsk"}},
		{"l'Armée de défense d'Artsakh a riposté", nil},
		// A comma between the words is no name: "Haut, Karabakh" is Karabakh.
		{"les forces du Haut, Karabakh", []string{"nagorno-karabakh:Karabakh"}},
		// A sentence with no place.
		{"Les combats ont repris dans la nuit.", nil},
		{"", nil},
	}
	g := Default()
	for _, tt := range tests {
		var got []string
		for _, m := range g.FindPlaces(tt.sentence) {
			got = append(got, m.ID+":"+tt.sentence[m.Start:m.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("FindPlaces(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestNotFound: names inside other words, common words, a name's case.
func TestNotFound(t *testing.T) {
	for _, s := range []string{
		"Le bataillon Agdamski a été dissous.",   // a name inside a word
		"Le village de Berdzorik est vide.",      // "Berdzor" inside a longer word
		"Les Parisiens ont manifesté.",           // "Paris" inside a word
		"les Azerbaïdjanais et les Arméniens",    // demonyms, not the countries
		"Ils ont mangé un steak tartare.",        // no capital: no place
		"la sauce tartar et le berd",             // the names, in lowercase
		"Grenade lancée contre un poste.",        // a common word capitalised at the start
		"Tartar sauce is served.",                // in English too
		"Un accord a été signé.",                 // "Un" is no "UN", nor a place
		"Goristan, Kapanov et Bakouev",           // names as the start of other words
		"Haut-Karabakhi fighters",                // an adjective made on the name
		"les forces du Haut, Karabakh plus tard", // a comma between the words of a name
	} {
		for _, m := range Default().FindPlaces(s) {
			if !(strings.HasSuffix(s, "plus tard") && m.ID == "nagorno-karabakh" && s[m.Start:m.End] == "Karabakh") {
				t.Errorf("FindPlaces(%q) finds %s in %q", s, m.ID, s[m.Start:m.End])
			}
		}
	}
	for _, m := range Default().FindActors("Un accord a été signé par un responsable.") {
		t.Errorf("FindActors finds %s in %q", m.ID, "Un accord…")
	}
}

// TestFindActors is the table of actors in sentences: names, never metonyms.
func TestFindActors(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"Le ministère azerbaïdjanais de la Défense a affirmé mercredi…", []string{"azerbaijan-defence-ministry"}},
		{"le ministère de la défense azerbaïdjanais a diffusé des images", []string{"azerbaijan-defence-ministry"}},
		{"Azerbaijan's Defence Ministry said; the ICRC and the UN", []string{"azerbaijan-defence-ministry", "icrc", "un"}},
		{"Nikol Pashinyan et Ilham Aliyev à Bruxelles", []string{"pashinyan", "aliyev"}},
		{"Bakou affirme avoir détruit des positions.", nil}, // a metonym: Speaker's, not FindActors'
		{"l’Armée de défense d’Artsakh a riposté", []string{"artsakh-defence-army"}},
		{"le porte-parole du Kremlin Dmitri Peskov", []string{"kremlin", "peskov"}},
	}
	g := Default()
	for _, tt := range tests {
		var got []string
		for _, m := range g.FindActors(tt.sentence) {
			got = append(got, m.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("FindActors(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestDeterministic: the same sentence gives the same matches, and the
// matches are in order and do not overlap.
func TestDeterministic(t *testing.T) {
	g := Default()
	s := "À Stepanakert, Şuşa et Agdam, puis au Haut-Karabakh et le long du corridor de Latchine, d'Erevan à Bakou."
	first := g.FindPlaces(s)
	for range 20 {
		if got := g.FindPlaces(s); !slices.Equal(got, first) {
			t.Fatalf("FindPlaces changed: %v, then %v", first, got)
		}
	}
	for i := 1; i < len(first); i++ {
		if first[i].Start < first[i-1].End {
			t.Errorf("%v overlaps %v", first[i], first[i-1])
		}
	}
}

// TestNames gives search every name, folded, to its place or actor.
func TestNames(t *testing.T) {
	names := Default().Names()
	has := func(text, id string, actor bool) bool {
		return slices.Contains(names, Name{Text: text, ID: id, Actor: actor})
	}
	for _, tt := range []struct {
		text, id string
		actor    bool
	}{
		{"chouchi", "shusha", false},
		{"susa", "shusha", false},
		{"xankendi", "stepanakert", false},
		{"haut karabakh", "nagorno-karabakh", false},
		{"haut karabakh", "nagorno-karabakh", true}, // the authorities' metonym
		{"bakou", "baku", false},
		{"bakou", "azerbaijan", true},
		{"cicr", "icrc", true},
	} {
		if !has(tt.text, tt.id, tt.actor) {
			t.Errorf("Names() lacks %q → %s (actor %v)", tt.text, tt.id, tt.actor)
		}
	}
	if !slices.IsSortedFunc(names, func(a, b Name) int { return strings.Compare(a.Text, b.Text) }) {
		t.Error("Names() is not sorted")
	}
}

// TestFold: the form search and the index compare.
func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Haut-Karabakh":     "haut karabakh",
		"Haut–Karabakh":     "haut karabakh",
		"Xankəndi":          "xankendi",
		"ŞUŞA":              "susa",
		"Cəbrayıl":          "cebrayil",
		"d’Erevan":          "d erevan",
		"  Ağdam  ":         "agdam",
		"Nagornyï-Karabakh": "nagornyi karabakh",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNameIn checks which name a site in each language shows, and the
// other names a page lists beside it.
func TestNameIn(t *testing.T) {
	p := &Place{Name: "Chouchi", NameEn: "Shusha", Names: []string{"Şuşa", "shusha", "Choucha", "CHOUCHI"}}
	for _, tt := range []struct{ lang, name, others string }{
		{"fr", "Chouchi", "Shusha, Şuşa, Choucha"},
		{"en", "Shusha", "Chouchi, Şuşa, Choucha"},
		{"es", "Shusha", "Chouchi, Şuşa, Choucha"}, // a site in another language reads English
	} {
		name := p.NameIn(tt.lang)
		if others := strings.Join(p.OtherNames(name), ", "); name != tt.name || others != tt.others {
			t.Errorf("%s: %q, others %q; want %q, %q", tt.lang, name, others, tt.name, tt.others)
		}
	}
	if got := (&Place{NameEn: "Kornidzor"}).NameIn("fr"); got != "Kornidzor" {
		t.Errorf("a place with an English name only, on a French site: %q", got)
	}
}
