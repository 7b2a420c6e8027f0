package timebank

import (
	"os"
	"testing"
)

// corpus returns the folder of the French TimeBank documents, or skips.
func corpus(t *testing.T) string {
	dir := os.Getenv("FR_TIMEBANK_DIR")
	if dir == "" {
		dir = "/work/shared/eval/fr-timebank/Data"
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("French TimeBank not found at %s (set FR_TIMEBANK_DIR to the Data folder of the public ddenz/FR-TimeBank repository)", dir)
	}
	return dir
}

func TestScore(t *testing.T) {
	r, err := Score(corpus(t))
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("TIMEBANK_REPORT") != "" {
		r.WriteTo(os.Stdout)
	}
	t.Log(r.Summary())
}
