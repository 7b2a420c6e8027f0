package main

import (
	"errors"
	"go/build"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestReadmeImports checks the README's drawing of which package imports
// which against the imports of the code: each package drawn with exactly
// the project's packages it imports, only packages below it, and every
// package of the module drawn.
func TestReadmeImports(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	drawn, order := readmeImports(t, string(readme))
	code := moduleImports(t, "../..")
	for _, p := range slices.Sorted(maps.Keys(code)) {
		want, ok := drawn[p]
		if !ok {
			t.Errorf("%s is not in the README's drawing", p)
			continue
		}
		if got := code[p]; !slices.Equal(got, want) {
			t.Errorf("%s imports %v; the README draws %v", p, got, want)
		}
	}
	for p := range drawn {
		if _, ok := code[p]; !ok {
			t.Errorf("the README draws %s, which is no package of the module", p)
		}
	}
	for p, imports := range drawn {
		for _, q := range imports {
			if order[q] <= order[p] {
				t.Errorf("the README draws %s above %s, which it imports", q, p)
			}
		}
	}
}

// readmeImports reads the drawing: the block whose lines are
// "package ─► import import…", ended by "package, package…: none". It
// returns each package's imports, sorted, and its line in the block.
func readmeImports(t *testing.T, readme string) (map[string][]string, map[string]int) {
	t.Helper()
	_, block, ok := strings.Cut(readme, "```\ncmd/timeline ─►")
	if !ok {
		t.Fatal("no drawing of the imports in the README (a block starting with cmd/timeline ─►)")
	}
	block, _, _ = strings.Cut("cmd/timeline ─►"+block, "```")
	drawn, order := map[string][]string{}, map[string]int{}
	for i, line := range strings.Split(strings.TrimSpace(block), "\n") {
		if p, imports, ok := strings.Cut(line, "─►"); ok {
			p = strings.TrimSpace(p)
			drawn[p], order[p] = slices.Sorted(slices.Values(strings.Fields(imports))), i
			continue
		}
		list, ok := strings.CutSuffix(line, ": none")
		if !ok {
			t.Fatalf("line %q of the drawing is neither \"p ─► imports\" nor \"p, q: none\"", line)
		}
		for _, p := range strings.Split(list, ", ") {
			drawn[p], order[p] = nil, i
		}
	}
	return drawn, order
}

// moduleImports returns each package of the module under root, named as
// the README names it ("build", "cmd/timeline"), with the module's
// packages its non-test files import, sorted.
func moduleImports(t *testing.T, root string) map[string][]string {
	t.Helper()
	const module = "timeline/"
	name := func(path string) string {
		return strings.TrimPrefix(strings.TrimPrefix(path, module), "internal/")
	}
	out := map[string][]string{}
	err := filepath.WalkDir(root, func(dir string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if dir != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		pkg, err := build.ImportDir(dir, 0)
		var none *build.NoGoError
		if errors.As(err, &none) {
			return nil
		}
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, dir)
		var imports []string
		for _, p := range pkg.Imports {
			if strings.HasPrefix(p, module) {
				imports = append(imports, name(p))
			}
		}
		slices.Sort(imports)
		out[name(module+filepath.ToSlash(rel))] = imports
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestReadmeCommands: the README's table of commands names every command
// the program has, and no other.
func TestReadmeCommands(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(readme), "| command | what it does |")
	if !ok {
		t.Fatal("no table of commands in the README")
	}
	table, _, _ = strings.Cut(table, "\n\n")
	var drawn []string
	for _, line := range strings.Split(table, "\n") {
		first, _, _ := strings.Cut(strings.TrimPrefix(line, "| "), " |")
		for _, cell := range strings.Split(first, ", ") {
			if name, ok := strings.CutPrefix(cell, "`"); ok {
				name, _, _ = strings.Cut(strings.TrimSuffix(name, "`"), " ")
				drawn = append(drawn, name)
			}
		}
	}
	var have []string
	for _, c := range commands {
		if c.name != "help" {
			have = append(have, c.name)
		}
	}
	slices.Sort(drawn)
	slices.Sort(have)
	if !slices.Equal(drawn, have) {
		t.Errorf("the README's table lists %v; the program has %v", drawn, have)
	}
}
