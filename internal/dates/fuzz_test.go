package dates

import (
	"reflect"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzTag checks what must hold for any input, in French (even days) and
// English (odd): no panic, every span inside the sentence with its text, every value valid and printable as EDTF that
// parses back, and the same output for the same input.
func FuzzTag(f *testing.F) {
	for _, cases := range [][]tagCase{englishSet} {
		for _, c := range cases {
			f.Add(c.in, int64(0))
		}
	}
	for _, s := range []string{
		"mardi 19 septembre 2023", "Erevan, 14 sept. 2022 —", "Bakou, 03/08/2022 (AZERTAC) –",
		"10.11.2020", "2023-09-19", "les années 1990", "l'automne 2020", "aujourd’hui vers 7 h 15",
		"dans la nuit de lundi à mardi", "dans la nuit du 1er au 2 avril", "depuis trente-deux ans",
		"il y a deux semaines", "à 13 heures, heure locale", "18h30", "2\u00a0000 civils", "66.94%",
		"D-30", "résolution 2231", "61 ans", "LE VILLAGE FERA LA FÊTE DIMANCHE", "du 19 au 23 juillet",
		"les 6 et 13 avril prochains", "31 février", "le 0 mai", "99:99", "24 h 60", "l'", "d'ici",
		"1er", "à partir du", "il y a", "the", "années", "9999-99-99", "31/12/9999", "Noël 2100",
	} {
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, s string, days int64) {
		pub := time.Date(2023, 9, 20, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%40000))
		lang := "fr"
		if days%2 != 0 {
			lang = "en"
		}
		a := NewDoc(pub, lang).Tag(s)
		b := NewDoc(pub, lang).Tag(s)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("%q: two runs differ:\n%v\n%v", s, a, b)
		}
		prev := 0
		for _, e := range a {
			if e.Start < prev || e.Start >= e.End || e.End > len(s) {
				t.Fatalf("%q: span [%d,%d) out of order or outside the sentence", s, e.Start, e.End)
			}
			prev = e.End
			if e.Text != s[e.Start:e.End] {
				t.Fatalf("%q: Text %q is not sentence[%d:%d]", s, e.Text, e.Start, e.End)
			}
			if utf8.ValidString(s) && !utf8.ValidString(e.Text) {
				t.Fatalf("%q: span [%d,%d) cuts a character", s, e.Start, e.End)
			}
			if !e.Value.Valid() {
				t.Fatalf("%q: %q has an invalid value %+v", s, e.Text, e.Value)
			}
			back, err := ParseEDTF(e.Value.String())
			if err != nil || back != e.Value {
				t.Fatalf("%q: %q = %s does not parse back (%v, %+v)", s, e.Text, e.Value, err, back)
			}
		}
	})
}
