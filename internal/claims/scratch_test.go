package claims

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestScratch(t *testing.T) {
	for _, l := range strings.Split(os.Getenv("S"), "\n") {
		if l == "" {
			continue
		}
		lang := "fr"
		if strings.HasPrefix(l, "en:") {
			lang, l = "en", l[3:]
		}
		fmt.Println(l)
		for _, f := range Find(l, "", lang, "") {
			fmt.Println("   ", describe(l, "", f))
		}
	}
}
