package datefmt

import (
	"testing"
	"time"

	"timeline/internal/dates"
)

// TestDate checks every precision in both languages, and the forms that
// differ between them.
func TestDate(t *testing.T) {
	tests := []struct {
		edtf, lang, want string
	}{
		{"2023-09-19", "fr", "mardi 19 septembre 2023"},
		{"2024-01-01", "fr", "lundi 1er janvier 2024"}, // French writes the first "1er"
		{"2022-12", "fr", "décembre 2022"},
		{"2020-23", "fr", "automne 2020"},
		{"1991", "fr", "1991"},
		{"199X", "fr", "années 1990"},
		{"2023-09-19", "en", "Tuesday 19 September 2023"},
		{"2024-01-01", "en", "Monday 1 January 2024"},
		{"2022-12", "en", "December 2022"},
		{"2020-24", "en", "winter 2020"},
		{"199X", "en", "the 1990s"},
		{"2023-09-19", "hy", "Tuesday 19 September 2023"}, // an unknown language is written in English
	}
	for _, tt := range tests {
		d, err := dates.ParseEDTF(tt.edtf)
		if err != nil {
			t.Fatal(err)
		}
		if got := Date(d, tt.lang); got != tt.want {
			t.Errorf("Date(%s, %s) = %q, want %q", tt.edtf, tt.lang, got, tt.want)
		}
	}
}

// TestShort checks that only a day loses something: its weekday.
func TestShort(t *testing.T) {
	tests := []struct {
		edtf, lang, want string
	}{
		{"2023-09-19", "fr", "19 septembre 2023"},
		{"2023-09-01", "fr", "1er septembre 2023"},
		{"2023-09-01", "en", "1 September 2023"},
		{"2022-12", "fr", "décembre 2022"}, // a month is already short
		{"199X", "en", "the 1990s"},
		{"2023-09-19", "", "19 September 2023"}, // no language: English
	}
	for _, tt := range tests {
		d, err := dates.ParseEDTF(tt.edtf)
		if err != nil {
			t.Fatal(err)
		}
		if got := Short(d, tt.lang); got != tt.want {
			t.Errorf("Short(%s, %s) = %q, want %q", tt.edtf, tt.lang, got, tt.want)
		}
	}
	// A publication time is written as its day, whatever the hour.
	if got := Time(time.Date(2023, 9, 20, 23, 59, 0, 0, time.UTC), "fr"); got != "20 septembre 2023" {
		t.Errorf("Time = %q, want 20 septembre 2023", got)
	}
}

// TestMonthAbbr checks the chart labels' month names.
func TestMonthAbbr(t *testing.T) {
	tests := []struct {
		m          int
		lang, want string
	}{
		{9, "fr", "sept."},
		{5, "fr", "mai"}, // short enough already
		{9, "en", "Sep"},
		{12, "de", "Dec"}, // an unknown language is written in English
	}
	for _, tt := range tests {
		if got := MonthAbbr(tt.m, tt.lang); got != tt.want {
			t.Errorf("MonthAbbr(%d, %s) = %q, want %q", tt.m, tt.lang, got, tt.want)
		}
	}
}
