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
