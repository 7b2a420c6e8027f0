package tomlpos

import (
	"errors"
	"testing"

	"timeline/internal/diag"
)

const src = `title = "T"
[[episode]]
id = "a"
[[episode]]
id   =  "b"
title = "B"
`

func TestPos(t *testing.T) {
	for _, tt := range []struct {
		name              string
		array             string
		index             int
		key               string
		offset            int
		wantLine, wantCol int
	}{
		{"a key at the top level", "", 0, "title", 0, 1, 9},
		{"a key of the second table of an array", "episode", 1, "id", 0, 5, 9},
		{"an absent key: the table's header", "episode", 1, "end", 0, 4, 1},
		{"front matter: the lines before it counted", "", 0, "title", 1, 2, 9},
	} {
		tab := &Table{Src: src, Offset: tt.offset, Array: tt.array, Index: tt.index}
		if line, col := tab.Pos(tt.key); line != tt.wantLine || col != tt.wantCol {
			t.Errorf("%s: %s at %d:%d, want %d:%d", tt.name, tt.key, line, col, tt.wantLine, tt.wantCol)
		}
	}
}

// TestDecodeError checks that a syntax error is reported at its line in
// the file, the lines before the TOML counted.
func TestDecodeError(t *testing.T) {
	_, err := Decode("a.md", "title = \"T\"\npublished = 2023-02-30\n", 1)
	var p *diag.Problem
	if !errors.As(err, &p) || p.File != "a.md" || p.Line != 3 {
		t.Fatalf("got %v, want a problem at a.md:3", err)
	}
}

// TestDateMessages checks what an editor reads for a date TOML or the
// calendar refuses.
func TestDateMessages(t *testing.T) {
	for _, tt := range []struct {
		name, src, want string
	}{
		{"a day that does not exist", "date = 2023-02-30\n",
			`a.toml:1:8: date: 2023-02-30 is not a day of the calendar: February 2023 has 28 days (check the day and the month)`},
		{"a day between quotes, day first", "date = \"27/09/2023\"\n",
			`a.toml:1:8: date: "27/09/2023" is not written as a date is here (write it year first, in figures, without quotes: date = 2023-09-27)`},
		{"a month between quotes, in words", "date = \"septembre 2023\"\n",
			`a.toml:1:8: date: "septembre 2023" is not written as a date is here (write it year first, in figures, between double quotes: date = "2023-09")`},
		{"a day between quotes, year first: read as it is meant", "date = \"2023-09-27\"\n", ``},
		{"a month without quotes", "date = 2023-09\n",
			`a.toml:1:8: date: 2023-09 is not a day (a day is written YYYY-MM-DD; where a month will do, write it between double quotes: "2023-09")`},
		{"a year without quotes", "date = 2023\n",
			`a.toml:1:8: date: 2023 without quotes is a number (write a year between double quotes: date = "2023")`},
		{"a month that does not exist", "date = \"2023-13\"\n",
			`a.toml:1:8: date: "2023-13" is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or a decade such as 199X)`},
	} {
		var probs diag.List
		m, err := Decode("a.toml", tt.src, 0)
		if err != nil {
			probs.Merge("a.toml", err)
		} else {
			tab := &Table{File: "a.toml", Src: tt.src, Values: m, Probs: &probs}
			tab.Date("date", true)
		}
		if probs.Error() != tt.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, probs.Error(), tt.want)
		}
	}
}

// TestTimeMessages checks what an editor reads for a publication date
// written between quotes, which the front matter reads with Time.
func TestTimeMessages(t *testing.T) {
	for _, tt := range []struct {
		name, src, want string
	}{
		{"day first", "published = \"27/09/2023\"\n",
			`a.md:2:13: published: "27/09/2023" is not written as a date is here (write it year first, in figures, without quotes: published = 2023-09-27)`},
		{"in words", "published = \"mercredi 27 septembre 2023\"\n",
			`a.md:2:13: published: "mercredi 27 septembre 2023" is not written as a date is here (write it year first, in figures, without quotes: published = 2023-09-27)`},
		{"a month, where a day is needed", "published = \"septembre 2023\"\n",
			`a.md:2:13: published: "septembre 2023" is not a date (write the day year first, in figures, without quotes: published = YYYY-MM-DD)`},
		{"year first: read as it is meant", "published = \"2023-09-27\"\n", ``},
	} {
		var probs diag.List
		m, err := Decode("a.md", tt.src, 1)
		if err != nil {
			t.Fatal(err)
		}
		tab := &Table{File: "a.md", Src: tt.src, Offset: 1, Values: m, Probs: &probs}
		tab.Time("published", true)
		if probs.Error() != tt.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, probs.Error(), tt.want)
		}
	}
}
