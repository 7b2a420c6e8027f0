package headline

import "testing"

func TestPick(t *testing.T) {
	for _, tt := range []struct {
		name string
		cs   []Candidate
		i    int
		want string
	}{
		{"none", nil, -1, ""},
		{"one, however bad, is shaped",
			[]Candidate{fr("Il s'agit de la pire crise depuis 2016.")},
			0, "Il s'agit de la pire crise depuis 2016"},
		{"the event over the anaphora and the comparison",
			[]Candidate{
				fr("C'est ce que le commandant adjoint a déclaré aujourd'hui."),
				coarse(dated(fr("Il s'agit de la pire crise depuis 2016."), "2016")),
				dated(fr("Le 27 septembre 2020, les forces azerbaïdjanaises ont lancé une offensive sur Stepanakert."), "27 septembre 2020"),
			},
			2, "Les forces azerbaïdjanaises ont lancé une offensive sur Stepanakert"},
		{"furniture is never picked over text",
			[]Candidate{
				en("Support independent journalism in the Caucasus: Join today"),
				role(en("The two countries fought a war over the region in the 1990s."), "background"),
			},
			1, "The two countries fought a war over the region in the 1990s"},
		{"ties go to the earliest",
			[]Candidate{
				fr("Bakou a annoncé la fin de son opération militaire."),
				fr("Bakou a annoncé la fin de son opération militaire."),
			},
			0, "Bakou a annoncé la fin de son opération militaire"},
		{"the least bad when none is good",
			[]Candidate{
				fr("Photo : AFP"),
				fr("Ils ont été évacués vers Goris."),
			},
			1, "Ils ont été évacués vers Goris"},
		{"English: the event over the stripped 'The next day'",
			[]Candidate{
				dated(en("The next day, Armenian forces withdrew from the town of Shusha."), "The next day"),
				role(dated(en("Talks are expected to resume in Moscow the next day."), "the next day"), "forecast"),
			},
			0, "Armenian forces withdrew from the town of Shusha"},
	} {
		i, got := Pick(tt.cs)
		if i != tt.i || got != tt.want {
			t.Errorf("%s: Pick = %d, %q, want %d, %q", tt.name, i, got, tt.i, tt.want)
		}
	}
}
