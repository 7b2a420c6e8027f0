package timeline

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"timeline/internal/store/keygen"
)

var update = flag.Bool("update", false, "rewrite keys_gen.go")

// TestKeys checks that keys_gen.go holds the key methods keygen writes
// for the timeline's entities as they are now: a field added to Event
// or Article and not to its key fails it, until the file is
// written again with -update.
func TestKeys(t *testing.T) {
	src, err := keygen.Source("timeline", "hashKey", Article{}, Event{})
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("keys_gen.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile("keys_gen.go")
	if err != nil || !bytes.Equal(have, src) {
		t.Fatalf("keys_gen.go is not what keygen writes for the entities as they are (a field was added, changed or tagged): rewrite it with\n\tgo test ./internal/timeline -run TestKeys -update\nand review its diff (%v)", err)
	}
}
