package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"timeline/internal/claims"
	"timeline/internal/dates"
	"timeline/internal/i18n"
	"timeline/internal/timeline"
	"timeline/templates"
)

// claimSite returns a timeline of one day, 28 September 2020, whose one
// happening has the one mention m, of article a, giving the figures of
// m.Figures.
func claimSite(a *timeline.Article, m timeline.Mention) *timeline.Timeline {
	d := dates.Date{Year: 2020, Month: 9, Day: 28, Precision: dates.Day}
	m.Slug, m.Anchor, m.Role = a.Slug, a.Slug, dates.Event
	h := timeline.Happening{ID: "2020-09-28/" + a.Slug, Anchor: "e-" + a.Slug, Title: "Bilan", TitleFrom: "text",
		Quotes: []timeline.Quote{{Mention: 0}}, Outlets: 1, Articles: 1}
	ev := &timeline.Event{ID: "2020-09-28", Date: d, Episode: guerre, Episodes: []*timeline.Episode{guerre},
		Mentions: []timeline.Mention{m}, Happenings: []timeline.Happening{h}, Articles: []*timeline.Article{a}}
	for _, f := range m.Figures {
		ev.Claims = append(ev.Claims, timeline.Claim{Figure: f, Mention: 0, Happening: 0})
	}
	return &timeline.Timeline{Episodes: []*timeline.Episode{guerre}, Events: []*timeline.Event{ev}, Articles: []*timeline.Article{a}}
}

// span returns where sub stands in s.
func span(s, sub string) (start, end int) {
	i := strings.Index(s, sub)
	return i, i + len(sub)
}

// TestClaims checks the claims of events.json and the rows of
// claims.csv: one per figure, who claims it and where that comes from,
// and the cells a spreadsheet would run made safe.
func TestClaims(t *testing.T) {
	text, probs := i18n.Load(templates.FS, "templates", "fr")
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	noOutlet := &timeline.Article{Slug: "2020-09-28-sans-titre", Title: "Sans titre",
		Published: time.Date(2020, 9, 28, 10, 0, 0, 0, time.UTC), Language: "fr"}
	fig := func(k claims.Kind, n, max int, claimant, actor string) timeline.Figure {
		return timeline.Figure{Figure: claims.Figure{Kind: k, Count: n, CountMax: max, Claimant: claimant}, Actor: actor}
	}
	const (
		page  = "events/2020-09-28/#"
		toll  = "Selon Bakou, 13 civils ont été tués à Gandja, a affirmé le ministère."
		count = "Le bilan s'élève à au moins 50 à 60 morts." // and the next: "Parmi eux, 12 civils."
	)
	for _, tt := range []struct {
		name string
		a    *timeline.Article
		m    timeline.Mention
		want []jsonClaim
		csv  [][]string // the rows of claims.csv after its header
	}{
		{
			name: "a source the sentence names beside the figure: from the text, its actor, the figure's words",
			a:    lemonde,
			m: timeline.Mention{Sentence: toll, Attribution: "le ministère", Figures: []timeline.Figure{func() timeline.Figure {
				f := fig(claims.Killed, 13, 13, "Bakou", "azerbaijan-government")
				f.Who, f.Civilian = "civils", true
				f.Start, f.End = span(toll, "13 civils ont été tués")
				return f
			}()}},
			want: []jsonClaim{{Event: "2020-09-28/" + lemonde.Slug, Source: lemonde.Slug, Kind: "killed", Count: 13, CountMax: 13,
				Who: "civils", Civilian: true, Claimant: "Bakou", ClaimantFrom: "text", ClaimantActor: "azerbaijan-government",
				Figure: "13 civils ont été tués", Text: toll, Anchor: lemonde.Slug}},
			csv: [][]string{{"2020-09-28", "2020-09-28/" + lemonde.Slug, "2020-09-28", "killed", "13", "13", "", "civils", "", "true",
				"Bakou", "text", "azerbaijan-government", "Le Monde", lemonde.Slug, page + lemonde.Slug, "13 civils ont été tués", toll}},
		},
		{
			name: "the sentence's speaker claims it: from the speaker",
			a:    lemonde,
			m: timeline.Mention{Sentence: toll, Attribution: "le ministère", Speaker: "azerbaijan-defence-ministry",
				Figures: []timeline.Figure{fig(claims.Killed, 13, 13, "le ministère", "azerbaijan-defence-ministry")}},
			want: []jsonClaim{{Event: "2020-09-28/" + lemonde.Slug, Source: lemonde.Slug, Kind: "killed", Count: 13, CountMax: 13,
				Claimant: "le ministère", ClaimantFrom: "speaker", ClaimantActor: "azerbaijan-defence-ministry",
				Figure: "", Text: toll, Anchor: lemonde.Slug}},
			csv: [][]string{{"2020-09-28", "2020-09-28/" + lemonde.Slug, "2020-09-28", "killed", "13", "13", "", "", "", "false",
				"le ministère", "speaker", "azerbaijan-defence-ministry", "Le Monde", lemonde.Slug, page + lemonde.Slug, "", toll}},
		},
		{
			name: "no one claims it: the outlet's; a range, its qualifier; a count the next sentence continues has no words here",
			a:    ouest,
			m: timeline.Mention{Sentence: count, Figures: []timeline.Figure{
				func() timeline.Figure {
					f := fig(claims.Killed, 50, 60, "", "")
					f.Qualifier, f.QualifierText = claims.AtLeast, "au moins"
					f.Start, f.End = span(count, "au moins 50 à 60 morts")
					return f
				}(),
				func() timeline.Figure {
					f := fig(claims.Killed, 12, 12, "", "")
					f.Who, f.Civilian, f.Next, f.Start, f.End = "civils", true, true, 10, 19 // in the next sentence
					return f
				}(),
			}},
			want: []jsonClaim{
				{Event: "2020-09-28/" + ouest.Slug, Source: ouest.Slug, Kind: "killed", Count: 50, CountMax: 60, Qualifier: "at-least",
					Claimant: "Ouest-France", ClaimantFrom: "outlet", Figure: "au moins 50 à 60 morts", Text: count, Anchor: ouest.Slug},
				{Event: "2020-09-28/" + ouest.Slug, Source: ouest.Slug, Kind: "killed", Count: 12, CountMax: 12, Who: "civils", Civilian: true,
					Claimant: "Ouest-France", ClaimantFrom: "outlet", Figure: "", Text: count, Anchor: ouest.Slug},
			},
			csv: [][]string{
				{"2020-09-28", "2020-09-28/" + ouest.Slug, "2020-09-28", "killed", "50", "60", "at-least", "", "", "false",
					"Ouest-France", "outlet", "", "Ouest-France", ouest.Slug, page + ouest.Slug, "au moins 50 à 60 morts", count},
				{"2020-09-28", "2020-09-28/" + ouest.Slug, "2020-09-28", "killed", "12", "12", "", "civils", "", "true",
					"Ouest-France", "outlet", "", "Ouest-France", ouest.Slug, page + ouest.Slug, "", count},
			},
		},
		{
			name: "no one claims it and the article names no outlet: no claimant, from the outlet; a count_max below the count is the count",
			a:    noOutlet,
			m:    timeline.Mention{Sentence: "Trois soldats ont été capturés le 28 septembre.", Figures: []timeline.Figure{fig(claims.Captured, 3, 0, "", "")}},
			want: []jsonClaim{{Event: "2020-09-28/" + noOutlet.Slug, Source: noOutlet.Slug, Kind: "captured", Count: 3, CountMax: 3,
				ClaimantFrom: "outlet", Text: "Trois soldats ont été capturés le 28 septembre.", Anchor: noOutlet.Slug}},
			csv: [][]string{{"2020-09-28", "2020-09-28/" + noOutlet.Slug, "2020-09-28", "captured", "3", "3", "", "", "", "false",
				"", "outlet", "", "", noOutlet.Slug, page + noOutlet.Slug, "", "Trois soldats ont été capturés le 28 septembre."}},
		},
		{
			name: "cells a spreadsheet would run as formulas: written as they are in events.json, a ' before them in claims.csv",
			a:    croix,
			m: timeline.Mention{Sentence: "=HYPERLINK(\"http://x\") 4 morts", Attribution: "-le porte-parole", Figures: []timeline.Figure{func() timeline.Figure {
				f := fig(claims.Killed, 4, 4, "@SUM(A1)", "")
				f.Who, f.Side = "+civils", "-1"
				return f
			}()}},
			want: []jsonClaim{{Event: "2020-09-28/" + croix.Slug, Source: croix.Slug, Kind: "killed", Count: 4, CountMax: 4,
				Who: "+civils", Side: "-1", Claimant: "@SUM(A1)", ClaimantFrom: "text", Text: "=HYPERLINK(\"http://x\") 4 morts", Anchor: croix.Slug}},
			csv: [][]string{{"2020-09-28", "2020-09-28/" + croix.Slug, "2020-09-28", "killed", "4", "4", "", "'+civils", "'-1", "false",
				"'@SUM(A1)", "text", "", "La Croix", croix.Slug, page + croix.Slug, "", "'=HYPERLINK(\"http://x\") 4 morts"}},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := files{}
			if err := Write(claimSite(tt.a, tt.m), Site{Title: "Essai", Text: text}, nil, out); err != nil {
				t.Fatal(err)
			}
			var d jsonData
			if err := json.Unmarshal(out[JSONPath], &d); err != nil {
				t.Fatalf("events.json: %v", err)
			}
			if !reflect.DeepEqual(d.Claims, tt.want) {
				t.Errorf("claims:\n%+v\nwant\n%+v", d.Claims, tt.want)
			}
			rows, err := csv.NewReader(bytes.NewReader(out[ClaimsPath])).ReadAll()
			if err != nil {
				t.Fatalf("claims.csv: %v", err)
			}
			if len(rows) == 0 || !slices.Equal(rows[0], claimsHeader) {
				t.Fatalf("claims.csv's header: %q", rows)
			}
			if !reflect.DeepEqual(rows[1:], tt.csv) {
				t.Errorf("claims.csv:\n%q\nwant\n%q", rows[1:], tt.csv)
			}
		})
	}
}

// TestClaimsNoFigure checks that a timeline without figures has an empty
// list of claims and a claims.csv of its header alone.
func TestClaimsNoFigure(t *testing.T) {
	text, _ := i18n.Load(templates.FS, "templates", "fr")
	out := files{}
	tl := claimSite(lemonde, timeline.Mention{Sentence: "Rien ne s'est passé le 28 septembre."})
	if err := Write(tl, Site{Title: "Essai", Text: text}, nil, out); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(out[JSONPath], []byte(`],"claims":[]}`)) {
		t.Errorf("events.json does not end with an empty list of claims: %s", out[JSONPath])
	}
	if want := "event,happening,date,kind,count,count_max,qualifier,who,side,civilian,claimant,claimant_from,claimant_actor,outlet,article,page,figure,text\n"; string(out[ClaimsPath]) != want {
		t.Errorf("claims.csv = %q, want its header alone %q", out[ClaimsPath], want)
	}
}
