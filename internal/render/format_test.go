package render

import (
	"testing"

	"timeline/internal/dates"
)

func TestDatetime(t *testing.T) {
	for _, tt := range []struct{ edtf, clock, want string }{
		{"2020-09-27", "07:15", "2020-09-27T07:15"},
		{"2020-09-27", "", "2020-09-27"},
		{"2022-12", "", "2022-12"},
		{"1991", "", "1991"},
		{"199X", "", ""},    // HTML has no decade
		{"2020-23", "", ""}, // nor season
	} {
		d, _ := dates.ParseEDTF(tt.edtf)
		if got := datetime(d, tt.clock); got != tt.want {
			t.Errorf("datetime(%s, %q) = %q, want %q", tt.edtf, tt.clock, got, tt.want)
		}
	}
}
