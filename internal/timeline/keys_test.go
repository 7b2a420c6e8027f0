package timeline

import (
	"flag"
	"testing"

	"timeline/internal/store/keygen"
)

var update = flag.Bool("update", false, "rewrite keys_gen.go")

// TestKeys checks that keys_gen.go holds the key methods keygen writes
// for the timeline's entities as they are now: a field added to Event,
// Happening or Article and not to its key fails it, until the file is written
// again with -update.
func TestKeys(t *testing.T) {
	keygen.Check(t, "keys_gen.go", *update, "timeline", "hashKey", Article{}, Event{}, Happening{})
}
