package render

import (
	"bytes"
	"strings"
	"testing"

	"timeline/internal/timeline"
)

// TestQuote checks how a quotation's sentence is written, its date
// expression marked; the expected bytes are those the mention template
// wrote when quotations were templates.
func TestQuote(t *testing.T) {
	for _, tt := range []struct {
		name, sentence, expr, edtf, clock string
		want                              string
	}{
		{"a day", "L’offensive du 19 septembre 2023 a duré un jour.", "19 septembre 2023", "2023-09-19", "",
			`L’offensive du <time datetime="2023-09-19">19 septembre 2023</time> a duré un jour.`},
		{"a clock time", "Le 27 septembre 2020 à 07:15, les tirs commencent.", "27 septembre 2020 à 07:15", "2020-09-27", "07:15",
			`Le <time datetime="2020-09-27T07:15">27 septembre 2020 à 07:15</time>, les tirs commencent.`},
		{"a decade: mark, no time", "Dans les années 1990, la guerre.", "années 1990", "199X", "",
			`Dans les <mark data-edtf="199X">années 1990</mark>, la guerre.`},
		{"markup and + escaped", `<b>"A&B"</b> + 'c' en mai 1994 <i>`, "mai 1994", "1994-05", "",
			`&lt;b&gt;&#34;A&amp;B&#34;&lt;/b&gt; &#43; &#39;c&#39; en <time datetime="1994-05">mai 1994</time> &lt;i&gt;`},
		{"an editor's event: no expression", "Le blocus <se durcit>.", "", "2023-09", "",
			`Le blocus &lt;se durcit&gt;.`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := timeline.Mention{Sentence: tt.sentence, Date: dateOf(tt.edtf), Time: tt.clock}
			if tt.expr != "" {
				m.Start = strings.Index(tt.sentence, tt.expr)
				m.End = m.Start + len(tt.expr)
			}
			var b bytes.Buffer
			writeQuote(&b, &m)
			if b.String() != tt.want {
				t.Errorf("wrote\n%s\nwant\n%s", b.String(), tt.want)
			}
		})
	}
}
