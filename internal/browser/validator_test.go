package browser

import (
	"os"
	"os/exec"
	"testing"
)

// TestHTMLValidator runs the Nu HTML checker (npm vnu-jar, pinned in
// package.json) on every page of the seed site: no error.
func TestHTMLValidator(t *testing.T) {
	if !*enabled {
		t.Skip("browser suite: run it with make test-browser (go test ./internal/browser -browser)")
	}
	java, err := exec.LookPath("java")
	if err != nil {
		msg := "java not found: install it (apt-get install default-jre-headless) to run the Nu HTML checker"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	s := seedSite(t)
	jar := nodeModules(t, "vnu-jar/build/dist/vnu.jar")
	out, err := exec.Command(java, "-jar", jar, "--skip-non-html", "--errors-only", s.dir).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("the Nu HTML checker reports errors (%v):\n%s", err, out)
	}
}
