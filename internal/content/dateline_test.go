package content

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestDatelines reads paragraphs through Parse: a dateline leaves the
// sentence, which keeps its own words, and the article keeps the first
// dateline's place and date; a paragraph that only looks like one stays whole.
func TestDatelines(t *testing.T) {
	tests := []struct {
		name, para string
		sentence   string // the paragraph's first sentence once read
		dateline   string // the article's Dateline: "place date"; "" for none
	}{
		{"AFP in French", "EREVAN, 26 sept (AFP) - Les forces arméniennes ont repoussé une attaque dimanche.",
			"Les forces arméniennes ont repoussé une attaque dimanche.", "EREVAN 2020-09-26"},
		{"Reuters", "YEREVAN, Sept 26 (Reuters) - Armenia said on Saturday that its forces had shot down drones.",
			"Armenia said on Saturday that its forces had shot down drones.", "YEREVAN 2020-09-26"},
		{"a period in the month", "STEPANAKERT, Azerbaijan, Oct. 1 (Reuters) - Shelling hit the city.",
			"Shelling hit the city.", "STEPANAKERT, Azerbaijan 2020-10-01"},
		{"a place and an agency", "Moscou (AFP) — La Russie a appelé à un cessez-le-feu immédiat.",
			"La Russie a appelé à un cessez-le-feu immédiat.", "Moscou"},
		{"a place, its country and an agency", "BAKU, Azerbaijan (AP) — Azerbaijan's president said the operation would go on.",
			"Azerbaijan's president said the operation would go on.", "BAKU, Azerbaijan"},
		{"a place and a full date", "Stepanakert, 27 septembre 2020 – Les sirènes ont retenti à l'aube.",
			"Les sirènes ont retenti à l'aube.", "Stepanakert 2020-09-27"},
		{"a place in capitals", "EREVAN — Le gouvernement a démissionné.", "Le gouvernement a démissionné.", "EREVAN"},
		{"two places", "YEREVAN/BAKU (Reuters) - Fighting raged along the front.", "Fighting raged along the front.", "YEREVAN/BAKU"},
		{"the sentence keeps its date", "EREVAN, 26 sept (AFP) - Le 25 septembre, les combats ont repris.",
			"Le 25 septembre, les combats ont repris.", "EREVAN 2020-09-26"},
		// Not datelines.
		{"a name and an aside", "Nikol Pachinian — le premier ministre — a parlé.", "Nikol Pachinian — le premier ministre — a parlé.", ""},
		{"a name and a country", "Ilham Aliev (Azerbaïdjan) — Le président a parlé.", "Ilham Aliev (Azerbaïdjan) — Le président a parlé.", ""},
		{"a date where the place stands", "Samedi, 27 septembre – L'armée a attaqué.", "Samedi, 27 septembre – L'armée a attaqué.", ""},
		{"a list of capitals", "Moscou, Washington et Paris — les coprésidents — ont appelé au calme.",
			"Moscou, Washington et Paris — les coprésidents — ont appelé au calme.", ""},
		{"an acronym", "UE — Les ministres se sont réunis.", "UE — Les ministres se sont réunis.", ""},
		{"an agency as a source", "Selon l'AFP (AFP) - rien.", "Selon l'AFP (AFP) - rien.", ""},
		{"a hyphenated place in a sentence", "Haut-Karabakh : les combats reprennent.", "Haut-Karabakh : les combats reprennent.", ""},
	}
	for _, tt := range tests {
		src := "+++\ntitle = \"Un titre\"\npublished = 2020-10-01\n+++\n" + tt.para + "\n"
		a, _ := Parse("content/x.md", []byte(src), Options{Language: "fr"})
		if a == nil || len(a.Sentences) == 0 {
			t.Errorf("%s: no sentence", tt.name)
			continue
		}
		s := a.Sentences[0]
		if s.Text != tt.sentence || s.Col != 1+strings.Index(tt.para, tt.sentence) {
			t.Errorf("%s: first sentence %q at column %d, want %q at %d", tt.name, s.Text, s.Col, tt.sentence, 1+strings.Index(tt.para, tt.sentence))
		}
		got := ""
		if d := a.Dateline; d.Line != 0 {
			got = strings.TrimSpace(d.Place + " " + d.Date.String())
			if d.Date.IsZero() {
				got = d.Place
			}
		}
		if got != tt.dateline {
			t.Errorf("%s: dateline %q, want %q", tt.name, got, tt.dateline)
		}
	}
}

// TestDatelineAlone checks that a paragraph that is only a dateline is
// dropped, that the article keeps its first dateline, and that a dateline
// long before or after publication is reported.
func TestDatelineAlone(t *testing.T) {
	src := "+++\ntitle = \"Un titre\"\npublished = 2020-10-16\n+++\nMOSCOU (AFP) —\n\nLa Russie a appelé au calme.\n\nEREVAN, 26 sept (AFP) - Les combats ont repris.\n"
	a, probs := Parse("content/x.md", []byte(src), Options{Language: "fr"})
	var lines []string
	for _, l := range a.Lines {
		lines = append(lines, fmt.Sprintf("%d [%s] %s", l.N, l.Drop, l.Text))
	}
	want := []string{"5 [dateline] MOSCOU (AFP) —", "7 [] La Russie a appelé au calme.", "9 [] EREVAN, 26 sept (AFP) - Les combats ont repris."}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("lines %q, want %q", lines, want)
	}
	if d := a.Dateline; d.Place != "MOSCOU" || d.Line != 5 || !d.Date.IsZero() {
		t.Errorf("dateline %+v, want MOSCOU on line 5 without a date", d)
	}
	if len(a.Sentences) != 2 || a.Sentences[1].Text != "Les combats ont repris." {
		t.Errorf("sentences %+v", a.Sentences)
	}
	// The first dateline gives no date: the second is not checked.
	if len(probs) != 0 {
		t.Errorf("problems: %v", probs)
	}
	for _, tt := range []struct {
		published, want string
	}{
		{"2020-09-26", ""},
		{"2020-09-30", ""}, // written a few days before
		{"2020-10-16", "content/x.md:5: warning: the dateline says the dispatch was written on 26 September 2020 but published = 2020-10-16 (check the date in front matter)"},
		{"2020-09-24", "content/x.md:5: warning: the dateline says the dispatch was written on 26 September 2020 but published = 2020-09-24 (check the date in front matter)"},
	} {
		src := "+++\ntitle = \"Un titre\"\npublished = " + tt.published + "\n+++\nEREVAN, 26 sept 2020 (AFP) - Les combats ont repris.\n"
		_, probs := Parse("content/x.md", []byte(src), Options{Language: "fr"})
		got := ""
		if len(probs) > 0 {
			got = probs.Error()
		}
		if got != tt.want {
			t.Errorf("published %s: got %q, want %q", tt.published, got, tt.want)
		}
	}
}
