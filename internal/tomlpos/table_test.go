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
			`a.toml:1:8: date: "2023-02-30" is not a date (expected YYYY-MM-DD, a day that exists)`},
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
