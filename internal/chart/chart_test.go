package chart

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"timeline/internal/config"
	"timeline/internal/dates"
	"timeline/internal/i18n"
	"timeline/internal/timeline"
)

// french are the texts of templates/i18n/fr.toml the charts use.
var french = map[string]string{
	"events_count_one": "1 événement", "events_count": "%d événements",
	"sources_count_one": "1 source", "sources_count": "%d sources",
	"chart_title":      "La chronologie en un coup d’œil",
	"chart_desc":       "Frise de %s, du plus ancien (%s) au plus récent (%s).",
	"chart_breaks":     "L’axe est interrompu là où aucun événement n’est daté : %s.",
	"chart_gap":        "de %s à %s",
	"strip_title":      "%s, jour par jour",
	"strip_desc":       "Frise de %s, du %s au %s.",
	"strip_most":       "Seuls les %d plus cités des %d événements y sont dessinés.",
	"bars_title_month": "Événements par mois : %s", "bars_title_year": "Événements par année : %s",
	"bars_desc":     "Diagramme en barres : %s, de %s à %s ; la barre la plus haute en compte %d.",
	"bars_excluded": "%s datés moins précisément n’y figurent pas",
	"bars_month":    "Mois", "bars_year": "Année",
}

// drawer draws in French, each episode in colour "c-<id>", each event
// filtered on its id.
var drawer = Drawer{
	Text:    i18n.New("fr", french),
	Colours: map[string]string{"guerre": "c-guerre"},
	Filter: func(ev *timeline.Event) FilterData {
		return FilterData{Episode: ev.Episode.ID, Outlets: "f-" + ev.ID, Sources: len(ev.Articles)}
	},
}

// episode returns an episode "guerre" from start to end (EDTF, "" when
// open) with events at the EDTF dates given, each with "*" per source
// after it: "2020-09-27**" is reported by two.
func episode(t *testing.T, start, end string, events ...string) *timeline.Episode {
	t.Helper()
	parse := func(s string) dates.Date {
		if s == "" {
			return dates.Date{}
		}
		d, err := dates.ParseEDTF(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	ep := &timeline.Episode{Episode: config.Episode{ID: "guerre", Title: "La guerre", Start: parse(start), End: parse(end)}}
	for _, e := range events {
		edtf := strings.TrimRight(e, "*")
		ev := &timeline.Event{ID: strings.ToLower(edtf), Date: parse(edtf), Episode: ep, Title: "Titre " + edtf,
			Articles: make([]*timeline.Article, max(1, len(e)-len(edtf)))}
		ep.Events = append(ep.Events, ev)
	}
	return ep
}

// monthly returns the 15th of every month of the years from to to, in EDTF.
func monthly(from, to int) []string {
	var out []string
	for y := from; y <= to; y++ {
		for m := 1; m <= 12; m++ {
			out = append(out, fmt.Sprintf("%d-%02d-15", y, m))
		}
	}
	return out
}

// mustFloat reads a coordinate of a view.
func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestTimeline checks the chart of the index on the shapes it exists for.
func TestTimeline(t *testing.T) {
	tests := []struct {
		name   string
		events []string
		ok     bool
		bars   int    // marks drawn as bars across their span
		lanes  int    // rows of marks
		desc   string // a part of the description
	}{
		{name: "nothing to draw", ok: false},
		{
			name:   "decades apart: the axis breaks and the description says where",
			events: []string{"1991-12-10", "2023-09-19"}, ok: true, lanes: 1,
			desc: "L’axe est interrompu là où aucun événement n’est daté : de janvier 1992 à août 2023.",
		},
		{
			name:   "a year is a bar across its months, a day a dot",
			events: []string{"2020", "2020-09-27"}, ok: true, bars: 1, lanes: 2,
			desc: "Frise de 2 événements, du plus ancien (2020) au plus récent (27 septembre 2020).",
		},
		{
			// Two busy years: a month is some 27 units wide, a day under 2.
			name:   "days close together are stacked so that none hides another",
			events: append(monthly(2019, 2020), "2020-09-27", "2020-09-28", "2020-09-29"), ok: true, lanes: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ep := episode(t, "", "", tt.events...)
			tl := &timeline.Timeline{Episodes: []*timeline.Episode{ep}, Events: ep.Events}
			c, ok := drawer.Timeline("", tl, ep.Events)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			bars := 0
			for _, m := range c.Marks {
				if m.Bar {
					bars++
				}
			}
			if bars != tt.bars {
				t.Errorf("%d bars, want %d", bars, tt.bars)
			}
			if lanes := (mustFloat(t, c.AxisY) - chartTop - 4) / laneHeight; lanes != float64(tt.lanes) {
				t.Errorf("marks in %g lanes, want %d", lanes, tt.lanes)
			}
			if !strings.Contains(c.Desc, tt.desc) {
				t.Errorf("Desc = %q, want it to hold %q", c.Desc, tt.desc)
			}
			if len(c.Bands) != 1 || c.Bands[0].Class != "c-guerre" || c.Bands[0].Title != "La guerre" {
				t.Errorf("Bands = %+v, want the episode's", c.Bands)
			}
		})
	}
}

// TestStrip checks an episode's strip: its span, its marks and their links.
func TestStrip(t *testing.T) {
	tests := []struct {
		name        string
		start, end  string
		events      []string
		shown       int // the first events shown
		marks, desc string
	}{
		{
			name:  "the strip runs over the episode's dates, not only its events",
			start: "2020-09-27", end: "2020-11-10", events: []string{"2020-10-06**"}, shown: 1,
			marks: "../../events/2020-10-06/index.html c-guerre {guerre f-2020-10-06 2}",
			desc:  "Frise de 1 événement, du 27 septembre 2020 au 10 novembre 2020.",
		},
		{
			name:   "an open episode runs from its first event to its last",
			events: []string{"2022-12-12", "2023-01-01"}, shown: 2,
			marks: "../../events/2022-12-12/index.html c-guerre {guerre f-2022-12-12 1} ../../events/2023-01-01/index.html c-guerre {guerre f-2023-01-01 1}",
			desc:  "Frise de 2 événements, du 12 décembre 2022 au 1er janvier 2023.",
		},
		{
			name:   "only the events shown get marks, and the description says so",
			events: []string{"2022-12-12", "2022-12-13", "2022-12-14"}, shown: 2,
			marks: "../../events/2022-12-12/index.html c-guerre {guerre f-2022-12-12 1} ../../events/2022-12-13/index.html c-guerre {guerre f-2022-12-13 1}",
			desc:  "Frise de 2 événements, du 12 décembre 2022 au 14 décembre 2022. Seuls les 2 plus cités des 3 événements y sont dessinés.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ep := episode(t, tt.start, tt.end, tt.events...)
			c, ok := drawer.Strip("../../", ep, ep.Events[:tt.shown])
			if !ok {
				t.Fatal("nothing drawn")
			}
			var marks []string
			for _, m := range c.Marks {
				f := m.Filter
				marks = append(marks, fmt.Sprintf("%s %s {%s %s %d}", m.Href, m.Class, f.Episode, f.Outlets, f.Sources))
			}
			if got := strings.Join(marks, " "); got != tt.marks {
				t.Errorf("marks = %q, want %q", got, tt.marks)
			}
			if !strings.Contains(c.Desc, tt.desc) {
				t.Errorf("Desc = %q, want it to hold %q", c.Desc, tt.desc)
			}
			if c.Title != "La guerre, jour par jour" {
				t.Errorf("Title = %q", c.Title)
			}
		})
	}
	if _, ok := drawer.Strip("../../", episode(t, "2020-09-27", "2020-11-10"), nil); ok {
		t.Error("an episode without events has a strip")
	}
}

// TestBars checks the bar chart of an episode's events: its bins, its
// table and what it leaves out.
func TestBars(t *testing.T) {
	tests := []struct {
		name     string
		events   []string
		split    bool   // the episode has a page per month
		unit     string // "" when nothing is drawn
		rows     string
		excluded string
	}{
		{
			name:   "per month, empty months drawn but not listed",
			events: []string{"2022-12-12", "2022-12-13", "2023-02"},
			unit:   "Mois", rows: "décembre 2022:2 février 2023:1",
		},
		{
			name:   "a year is too wide for a month chart",
			events: []string{"2022", "2022-12-12"},
			unit:   "Mois", rows: "décembre 2022:1", excluded: "1 événement datés moins précisément n’y figurent pas",
		},
		{
			name:   "more than five years: per year, and a year counts",
			events: []string{"1991-12-10", "1994-05", "2020"},
			unit:   "Année", rows: "1991:1 1994:1 2020:1",
		},
		{
			name:   "decades and seasons are never counted",
			events: []string{"199X", "2020-23"},
		},
		{
			name:   "a split episode's table links to the months that have a page",
			events: []string{"2022-12-12", "2023-01"}, split: true,
			unit: "Mois", rows: "décembre 2022:1>2022-12/index.html janvier 2023:1",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ep := episode(t, "", "", tt.events...)
			var href func(string) string
			if tt.split {
				href = func(key string) string {
					if key == "2022-12" {
						return key + "/index.html"
					}
					return ""
				}
			}
			c, ok := drawer.Bars(ep, href)
			if ok != (tt.unit != "") {
				t.Fatalf("ok = %v, want %v", ok, tt.unit != "")
			}
			var rows []string
			for _, r := range c.Rows {
				row := fmt.Sprintf("%s:%d", r.Label, r.Count)
				if r.Href != "" {
					row += ">" + r.Href
				}
				rows = append(rows, row)
			}
			if got := strings.Join(rows, " "); got != tt.rows {
				t.Errorf("rows = %q, want %q", got, tt.rows)
			}
			if c.Unit != tt.unit || c.Excluded != tt.excluded {
				t.Errorf("Unit, Excluded = %q, %q, want %q, %q", c.Unit, c.Excluded, tt.unit, tt.excluded)
			}
			if ok && len(c.Bars) != len(c.Rows) {
				t.Errorf("%d bars for %d rows", len(c.Bars), len(c.Rows))
			}
		})
	}
}
