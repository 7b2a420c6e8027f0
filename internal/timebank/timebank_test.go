package timebank

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"timeline/internal/dates"
)

// Floors of the scores on the French TimeBank calendar expressions. Raise
// them as the tagger improves: a change that lowers a score fails.
const (
	floorStrict  = 94.7
	floorRelaxed = 97.5
	floorValue   = 90.7
)

// corpus returns the folder of the French TimeBank: $FR_TIMEBANK_DIR, else
// ../shared/eval/fr-timebank beside the repository. Where it is absent the
// test skips, except in CI, where it must be there.
func corpus(t *testing.T) string {
	dir := os.Getenv("FR_TIMEBANK_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "eval", "fr-timebank")
	}
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("French TimeBank not found at %s, and CI must score it (set FR_TIMEBANK_DIR)", dir)
		}
		t.Skipf("French TimeBank not found at %s: it comes from the public ddenz/FR-TimeBank repository; set FR_TIMEBANK_DIR to a copy of it", dir)
	}
	return dir
}

// TestScore scores the tagger on the corpus and fails below a floor.
// With TIMEBANK_REPORT set it prints the whole confusion list.
func TestScore(t *testing.T) {
	r, err := Score(corpus(t))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := r.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("TIMEBANK_REPORT") != "" {
		os.Stdout.Write(out.Bytes())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if last := lines[len(lines)-1]; last != r.Summary() {
		t.Errorf("last line %q, want the summary %q", last, r.Summary())
	}
	t.Logf("strict P=%.1f R=%.1f, relaxed P=%.1f R=%.1f, value P=%.1f R=%.1f",
		r.Strict.P, r.Strict.R, r.Relaxed.P, r.Relaxed.R, r.Value.P, r.Value.R)
	t.Log(r.Summary())
	for _, f := range []struct {
		name       string
		got, floor float64
	}{{"strict", r.Strict.F1, floorStrict}, {"relaxed", r.Relaxed.F1, floorRelaxed}, {"value", r.Value.F1, floorValue}} {
		if f.got < f.floor-0.05 {
			t.Errorf("%s F1 %.1f is below its floor %.1f", f.name, f.got, f.floor)
		}
	}
}

// A document written for this test, in the shape of the corpus.
const sample = `<?xml version='1.0' encoding='UTF-8'?>
<TimeML>
<DOCID>sample-1</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="2002-09-13" /></DCT>
<TEXT>
Le club a <EVENT eid="e1">joué</EVENT> <TIMEX3 tid="t2" type="DATE" value="2002-09-11">mercredi</TIMEX3> &amp; gagné.
Il sera <EVENT eid="e2">opéré</EVENT> <TIMEX3 tid="t3" type="DATE" value="2002-09-16">lundi prochain</TIMEX3>, indisponible <TIMEX3 tid="t4" type="DURATION" value="P3M">trois mois</TIMEX3>.
</TEXT>
</TimeML>`

func TestParse(t *testing.T) {
	doc, err := Parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "sample-1" || !doc.DCT.Equal(time.Date(2002, 9, 13, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("ID %q, DCT %v", doc.ID, doc.DCT)
	}
	want := []struct{ text, typ, value string }{
		{"mercredi", "DATE", "2002-09-11"}, {"lundi prochain", "DATE", "2002-09-16"}, {"trois mois", "DURATION", "P3M"},
	}
	if len(doc.Timex) != len(want) {
		t.Fatalf("%d TIMEX3, want %d", len(doc.Timex), len(want))
	}
	for i, w := range want {
		x := doc.Timex[i]
		if x.Text(doc) != w.text || x.Type != w.typ || x.Value != w.value {
			t.Errorf("TIMEX3 %d: %q %s %s, want %q %s %s", i, x.Text(doc), x.Type, x.Value, w.text, w.typ, w.value)
		}
	}
	if !strings.Contains(doc.Text, "mercredi & gagné") {
		t.Errorf("entities not decoded: %q", doc.Text)
	}
	if doc.Timex[2].Calendar() || !doc.Timex[0].Calendar() {
		t.Errorf("Calendar: a DURATION is not calendar, a DATE with a digit is")
	}
}

func TestScoreSample(t *testing.T) {
	doc, err := Parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	r := &Report{}
	r.add(doc, Tag(doc))
	r.finish()
	// Both days found on their exact words with their values; "trois mois"
	// is a duration, left out of the score.
	if r.Summary() != "strict-f1=100.0 relaxed-f1=100.0 value-f1=100.0" {
		var b bytes.Buffer
		r.WriteTo(&b)
		t.Errorf("sample scored:\n%s", b.String())
	}
}

func TestTimeML(t *testing.T) {
	day := dates.Date{Year: 1999, Month: 5, Day: 18, Precision: dates.Day}
	for _, c := range []struct {
		e    dates.Expr
		want string
	}{
		{dates.Expr{Value: day}, "1999-05-18"},
		{dates.Expr{Value: day, Part: dates.Evening}, "1999-05-18TEV"},
		{dates.Expr{Value: day, Part: dates.Evening, Time: "21:45"}, "1999-05-18T21:45"},
		{dates.Expr{Value: dates.Date{Year: 1999, Month: dates.Autumn, Precision: dates.Season}}, "1999-FA"},
		{dates.Expr{Value: dates.Date{Year: 1960, Precision: dates.Decade}}, "196X"},
		{dates.Expr{Value: dates.Date{Year: 1998, Month: 10, Precision: dates.Month}}, "1998-10"},
	} {
		if got := TimeML(c.e); got != c.want {
			t.Errorf("TimeML(%+v) = %s, want %s", c.e, got, c.want)
		}
	}
}
