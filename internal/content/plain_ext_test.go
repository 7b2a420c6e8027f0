package content_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"timeline/internal/content"
	"timeline/internal/corpus"
)

// TestPlainLinesAsMarkdown checks that a body plain lets through reads
// the same without the Markdown parser as with it.
func TestPlainLinesAsMarkdown(t *testing.T) {
	var bodies []string
	paths, _ := filepath.Glob("../../content/*.md")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			bodies = append(bodies, body(string(data)))
		}
	}
	for i := range 300 {
		bodies = append(bodies, body(string(corpus.New(1, i).Data)))
	}
	bodies = append(bodies,
		"Un  \ndeux\t\nTrois\u00a0\n\u00a0\n2023\n12 mai\n(Source)\n\"Dit\"\n'Elle'\n",
		"Ligne sans fin de ligne",
		"\n\n\nAprès trois lignes vides.\n  \n",
	)
	plainOnes := 0
	for _, b := range bodies {
		isPlain, got, want := content.ReadPlain(b)
		if !isPlain {
			continue
		}
		plainOnes++
		if !reflect.DeepEqual(got, want) {
			t.Errorf("body %q:\nplainLines    %q\nmarkdownLines %q", strings.TrimSpace(b)[:min(60, len(strings.TrimSpace(b)))], got, want)
		}
	}
	if plainOnes < len(bodies)/4 {
		t.Errorf("only %d of %d bodies are plain", plainOnes, len(bodies))
	}
}

// body returns what follows an article's front matter.
func body(file string) string {
	_, rest, _ := strings.Cut(file, "+++\n")
	_, rest, _ = strings.Cut(rest, "+++\n")
	return rest
}
