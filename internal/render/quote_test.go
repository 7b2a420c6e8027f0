package render

import (
	"html/template"
	"strings"
	"testing"

	"timeline/internal/dates"
	"timeline/internal/timeline"
)

// quoteTemplate is how the mention template wrote a quotation before quote
// built it in Go: quote must write the same bytes.
var quoteTemplate = template.Must(template.New("q").Parse(`{{.Before}}{{if .Expr}}{{if .Datetime}}<time datetime="{{.Datetime}}">{{.Expr}}</time>{{else}}<mark data-edtf="{{.EDTF}}">{{.Expr}}</mark>{{end}}{{end}}{{.After}}`))

func TestQuote(t *testing.T) {
	for _, tt := range []struct {
		name, sentence, expr, edtf, clock string
	}{
		{"a day", "L’offensive du 19 septembre 2023 a duré un jour.", "19 septembre 2023", "2023-09-19", ""},
		{"a clock time", "Le 27 septembre 2020 à 07:15, les tirs commencent.", "27 septembre 2020 à 07:15", "2020-09-27", "07:15"},
		{"a decade: mark, no time", "Dans les années 1990, la guerre.", "années 1990", "199X", ""},
		{"markup and + escaped", `<b>"A&B"</b> + 'c' en mai 1994 <i>`, "mai 1994", "1994-05", ""},
		{"an editor's event: no expression", "Le blocus <se durcit>.", "", "2023-09", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := dates.ParseEDTF(tt.edtf)
			if err != nil {
				t.Fatal(err)
			}
			m := timeline.Mention{Sentence: tt.sentence, Date: d, Time: tt.clock}
			if tt.expr != "" {
				m.Start = strings.Index(tt.sentence, tt.expr)
				m.End = m.Start + len(tt.expr)
			}
			v := map[string]string{"Before": m.Sentence, "EDTF": d.String(), "Datetime": datetime(d, tt.clock)}
			if m.End > m.Start {
				v["Before"], v["Expr"], v["After"] = m.Sentence[:m.Start], m.Sentence[m.Start:m.End], m.Sentence[m.End:]
			}
			var want strings.Builder
			if err := quoteTemplate.Execute(&want, v); err != nil {
				t.Fatal(err)
			}
			if got := string(quote(&m)); got != want.String() {
				t.Errorf("quote =\n%s\nwant\n%s", got, want.String())
			}
		})
	}
}
