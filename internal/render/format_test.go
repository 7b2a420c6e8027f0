package render

import (
	"testing"

	"timeline/internal/dates"
)

func TestFormatDate(t *testing.T) {
	tests := []struct {
		edtf, lang, want string
	}{
		{"2023-09-19", "fr", "mardi 19 septembre 2023"},
		{"2024-01-01", "fr", "lundi 1er janvier 2024"},
		{"2022-12", "fr", "décembre 2022"},
		{"2020-23", "fr", "automne 2020"},
		{"1991", "fr", "1991"},
		{"199X", "fr", "années 1990"},
		{"2023-09-19", "en", "Tuesday 19 September 2023"},
		{"2024-01-01", "en", "Monday 1 January 2024"},
		{"2022-12", "en", "December 2022"},
		{"2020-24", "en", "winter 2020"},
		{"199X", "en", "the 1990s"},
	}
	for _, tt := range tests {
		d, err := dates.ParseEDTF(tt.edtf)
		if err != nil {
			t.Fatal(err)
		}
		if got := FormatDate(d, tt.lang); got != tt.want {
			t.Errorf("FormatDate(%s, %s) = %q, want %q", tt.edtf, tt.lang, got, tt.want)
		}
	}
}

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

func TestCSVSafe(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")",
		"+1":                "'+1",
		"-2":                "'-2",
		"@SUM(A1)":          "'@SUM(A1)",
		"Le 20 septembre":   "Le 20 septembre",
		"":                  "",
	} {
		if got := csvSafe(in); got != want {
			t.Errorf("csvSafe(%q) = %q, want %q", in, got, want)
		}
	}
}
