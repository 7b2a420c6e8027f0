package gazetteer

import (
	"slices"
	"strings"
	"testing"
)

const (
	placesPath = "content/places.toml"
	actorsPath = "content/actors.toml"
)

// TestLoadSite: a site's files extend the embedded ones.
func TestLoadSite(t *testing.T) {
	places := `# content/places.toml
[[place]]
id = "shusha"
names = ["Shushi-Kala"]

[[place]]
id = "mets-shen"
name = "Mets Shen"
name_en = "Mets Shen"
names = ["Metsshen"]
kind = "village"
lat = 39.7
lon = 46.8
source = "editor"

[[place]]
id = "kornidzor"
name = "Kornidzor (Syunik)"
`
	actors := `[[actor]]
id = "shahramanyan"
names = ["Samvel Chahramanyan"]

[[actor]]
id = "armenia-ombudsman"
name = "défenseur des droits de l'Arménie"
name_en = "Armenian Human Rights Defender"
names = ["Anahit Manasyan"]
side = "armenia"
role = "ombudsman"
parent = "armenia"
`
	g, probs := Load(File{placesPath, []byte(places)}, File{actorsPath, []byte(actors)})
	if len(probs) > 0 {
		t.Fatalf("problems:\n%v", probs)
	}
	if got := g.FindPlaces("Les tirs sur Shushi-Kala et Metsshen."); !slices.Equal(ids(got), []string{"shusha", "mets-shen"}) {
		t.Errorf("the site's names: %v", got)
	}
	if p := g.Place("shusha"); p == nil || p.Name != "Chouchi" || !slices.Contains(p.Names, "Şuşa") {
		t.Errorf("shusha lost its fields: %+v", p)
	}
	if p := g.Place("kornidzor"); p == nil || p.Name != "Kornidzor (Syunik)" || p.Lat == 0 {
		t.Errorf("kornidzor: name not replaced, or point lost: %+v", p)
	}
	if p := g.Place("hakari-bridge"); p == nil || p.Lat != g.Place("kornidzor").Lat {
		t.Errorf("hakari-bridge is not drawn at kornidzor's point: %+v", p)
	}
	if got := g.Speaker("Samvel Chahramanyan"); got != "shahramanyan" {
		t.Errorf("the site's actor name: %q", got)
	}
	if got := g.Speaker("le défenseur des droits arménien"); got != "armenia-ombudsman" {
		t.Errorf("the site's new role: %q", got)
	}
	if Default().Place("mets-shen") != nil {
		t.Error("a site's place leaked into the default gazetteer")
	}
}

func ids(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.ID)
	}
	return out
}

// TestLoadProblems: each mistake an editor may make, where it is reported
// and what the message says.
func TestLoadProblems(t *testing.T) {
	tests := []struct {
		name           string
		places, actors string
		want           []string // "file:line: words of the message", each in a problem
	}{
		{"an unknown key, with the key meant",
			"[[place]]\nid = \"x-town\"\nnom = \"X\"\nkind = \"town\"\nlat = 40\nlon = 45\n", "",
			[]string{placesPath + ":3:7: unknown key nom — did you mean name?"}},
		{"a misspelt key",
			"[[place]]\nid = \"x-town\"\nname = \"X\"\nkidn = \"town\"\nlat = 40\nlon = 45\n", "",
			[]string{placesPath + ":4:8: unknown key kidn — did you mean kind?"}},
		{"no id",
			"[[place]]\nname = \"X\"\n", "",
			[]string{placesPath + ":1:1: the entry has no id"}},
		{"an id that is no slug",
			"[[place]]\nid = \"Mets Shen\"\n", "",
			[]string{placesPath + `:2:6: id: "Mets Shen" is not a slug`, `"mets-shen"`}},
		{"one id twice in a file",
			"[[place]]\nid = \"shusha\"\nnames = [\"A\"]\n\n[[place]]\nid = \"shusha\"\nnames = [\"B\"]\n", "",
			[]string{placesPath + `:6:6: id: "shusha" is also the id of the entry on line 2`}},
		{"a new place without coordinates",
			"[[place]]\nid = \"x-town\"\nname = \"X\"\nkind = \"town\"\n", "",
			[]string{placesPath + `:1:1: the place "x-town" has no coordinates`}},
		{"lat without lon",
			"[[place]]\nid = \"x-town\"\nname = \"X\"\nkind = \"town\"\nlat = 40.1\n", "",
			[]string{placesPath + ":5:7: lat without lon"}},
		{"a latitude out of range",
			"[[place]]\nid = \"x-town\"\nname = \"X\"\nkind = \"town\"\nlat = 140.1\nlon = 45\n", "",
			[]string{placesPath + ":5:7: lat: 140.1 is not a latitude"}},
		{"coordinates outside the map",
			"[[place]]\nid = \"x-town\"\nname = \"X\"\nkind = \"town\"\nlat = 10\nlon = 100\n", "",
			[]string{placesPath + `:5:7: lat, lon: the point 10, 100 of "x-town" is outside the map (south 30, west -10, north 60, east 80) (check the coordinates, or widen the bounds`}},
		{"coordinates swapped, against a site's map of the Caucasus",
			"[map]\nsouth = 38\nwest = 43\nnorth = 42\neast = 51\n\n[[place]]\nid = \"x-town\"\nname = \"X\"\nkind = \"town\"\nlat = 46.75\nlon = 39.81\n", "",
			[]string{placesPath + `:11:7: lat, lon: the point 46.75, 39.81 of "x-town" is outside the map (south 38, west 43, north 42, east 51); lat comes before lon: did you swap them? (write lat = 39.81, lon = 46.75)`,
				placesPath + ":1: map: ", "places lie outside these bounds", "paris"}},
		{"a map without east",
			"[map]\nsouth = 30\nwest = -10\nnorth = 60\n", "",
			[]string{placesPath + ":1: map: east is missing"}},
		{"a name shared by two places",
			"[[place]]\nid = \"berd-2\"\nname = \"Berd\"\nkind = \"village\"\nlat = 40.1\nlon = 45.1\n", "",
			[]string{placesPath + `:3:8: name: "Berd" is also a name of the place "berd"`}},
		{"a name added to a place that another has",
			"[[place]]\nid = \"shusha\"\nnames = [\"Stepanakert\"]\n", "",
			[]string{placesPath + `:3:9: names: "Stepanakert" is also a name of the place "stepanakert"`}},
		{"an unknown kind",
			"[[place]]\nid = \"x-town\"\nname = \"X\"\nkind = \"ville\"\nlat = 40\nlon = 45\n", "",
			[]string{placesPath + `:4:8: kind: "ville" is not a kind of place (write one of: country, region, capital, city, town, village, road, border-crossing)`}},
		{"near a place that does not exist",
			"[[place]]\nid = \"x-road\"\nname = \"route X\"\nkind = \"road\"\nnear = \"nowhere\"\n", "",
			[]string{placesPath + `:5:8: near: there is no place "nowhere"`}},
		{"a table of places",
			"[places]\nid = \"x\"\n", "",
			[]string{placesPath + ":1:1: unknown table places — did you mean [[place]]?"}},
		{"a syntax error",
			"[[place]]\nid = \"x\nname = \"X\"\n", "",
			[]string{placesPath + ":2:"}},
		{"an unknown side",
			"", "[[actor]]\nid = \"x-army\"\nname = \"X\"\nside = \"armenian\"\n",
			[]string{actorsPath + `:4:8: side: "armenian" is not a side (write one of: armenia, azerbaijan, nagorno-karabakh,`}},
		{"an unknown role",
			"", "[[actor]]\nid = \"x-army\"\nname = \"X\"\nside = \"armenia\"\nrole = \"navy\"\n",
			[]string{actorsPath + `:5:8: role: "navy" is not a role`}},
		{"an actor without side",
			"", "[[actor]]\nid = \"x-army\"\nname = \"X\"\n",
			[]string{actorsPath + `:1:1: the actor "x-army" has no side`}},
		{"an unknown parent",
			"", "[[actor]]\nid = \"x-army\"\nname = \"X\"\nside = \"armenia\"\nparent = \"armenia-governement\"\n",
			[]string{actorsPath + `:5:10: parent: there is no actor "armenia-governement"`}},
		{"a role another actor of the side has",
			"", "[[actor]]\nid = \"x-army\"\nname = \"X\"\nside = \"armenia\"\nrole = \"army\"\n",
			[]string{actorsPath + `:5:8: role: "armenia-army" is also the army of side armenia`}},
		{"an actor's name shared",
			"", "[[actor]]\nid = \"x-army\"\nname = \"X\"\nnames = [\"Aliyev\"]\nside = \"azerbaijan\"\n",
			[]string{actorsPath + `:4:9: names: "Aliyev" is also a name of the actor "aliyev"`}},
		{"an actor's key in French",
			"", "[[actor]]\nid = \"x-army\"\nname = \"X\"\ncamp = \"armenia\"\nside = \"armenia\"\n",
			[]string{actorsPath + ":4:8: unknown key camp — did you mean side?"}},
	}
	for _, tt := range tests {
		var pf, af File
		if tt.places != "" {
			pf = File{placesPath, []byte(tt.places)}
		}
		if tt.actors != "" {
			af = File{actorsPath, []byte(tt.actors)}
		}
		g, probs := Load(pf, af)
		if g == nil || len(g.Places) < 50 {
			t.Errorf("%s: no usable gazetteer on errors", tt.name)
		}
		if !probs.HasErrors() {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		text := probs.Error()
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the problems\n%s\nlack %q", tt.name, text, w)
			}
		}
	}
}

// TestLoadNoPanic: whatever bytes a site's file holds, Load reports and
// returns.
func TestLoadNoPanic(t *testing.T) {
	for _, src := range []string{"\x00\xff", "[[place]]\n[[place]]\n", "place = 3", "[[place]]\nid = 3\nnames = \"x\"\nlat = \"40\"\n", "[map]\nsouth = \"x\"\n", "[[actor]]\nid = \"a\"\nparent = \"a\"\nname = \"A\"\nside = \"other\"\n"} {
		g, _ := Load(File{placesPath, []byte(src)}, File{actorsPath, []byte(src)})
		if g == nil {
			t.Errorf("Load(%q) = nil", src)
		}
	}
}
