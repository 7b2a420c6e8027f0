package browser

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// lighthouseReport is what the suite reads of a Lighthouse report.
type lighthouseReport struct {
	Categories map[string]struct{ Score *float64 }
	Audits     map[string]struct {
		Score        *float64
		NumericValue float64
		DisplayValue string
		Title        string
	}
}

// TestLighthouse runs Lighthouse (npm, pinned in package.json) with
// Debian's Chromium on the index and an event page, as a phone on a slow
// network, the way it ships. Accessibility, best practices and SEO must
// score 100 and nothing may shift as the page loads; the performance score
// depends on the machine's speed, so it is printed, not asserted.
func TestLighthouse(t *testing.T) {
	chrome := chromePath(t)
	s := seedSite(t)
	cli := nodeModules(t, "lighthouse/cli/index.js")
	for _, p := range []string{"index.html", "events/2023-09-19/index.html"} {
		profile := t.TempDir()
		cmd := exec.Command("node", cli, s.url+p, "--output=json", "--output-path=stdout", "--quiet",
			"--only-categories=performance,accessibility,best-practices,seo",
			"--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir="+profile)
		cmd.Env = append(os.Environ(), "CHROME_PATH="+chrome)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("lighthouse %s: %v\n%s", p, err, errb.String())
		}
		var r lighthouseReport
		if err := json.Unmarshal(out.Bytes(), &r); err != nil {
			t.Fatalf("lighthouse %s: %v", p, err)
		}
		var scores []string
		for _, c := range []string{"performance", "accessibility", "best-practices", "seo"} {
			sc := r.Categories[c].Score
			if sc == nil {
				t.Errorf("%s: no %s score", p, c)
				continue
			}
			scores = append(scores, fmt.Sprintf("%s %.0f", c, *sc*100))
			if c != "performance" && *sc < 1 {
				t.Errorf("%s: %s scores %.0f, want 100", p, c, *sc*100)
			}
		}
		if cls := r.Audits["cumulative-layout-shift"].NumericValue; cls != 0 {
			t.Errorf("%s: layout shift %.3f, want none", p, cls)
		}
		fmt.Printf("lighthouse %s: %s; LCP %s, CLS %s, TBT %s\n", p, strings.Join(scores, ", "),
			r.Audits["largest-contentful-paint"].DisplayValue, r.Audits["cumulative-layout-shift"].DisplayValue,
			r.Audits["total-blocking-time"].DisplayValue)
	}
}
