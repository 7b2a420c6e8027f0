package serve

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestErrorPageEscapes: the page that lists a failed build's problems
// shows what the editor wrote as text, under a policy that runs no script
// but the reload script.
func TestErrorPageEscapes(t *testing.T) {
	site := copySite(t)
	bad := "+++\ntitle = \"<script>alert(1)</script>\"\nslug = \"<img src=x onerror=alert(1)>\"\npublished = 2023-09-20\n+++\n<script>alert(2)</script>\n"
	if err := os.WriteFile(filepath.Join(site, "content", "bad.md"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	base := start(t, site)
	listen(t, base).next(t) // built, and failed
	resp, err := http.Get(base + "/karabakh/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusInternalServerError {
		t.Fatalf("status %d, want the error page", resp.StatusCode)
	}
	page := string(body)
	if !strings.Contains(page, "&lt;img src=x onerror=alert(1)&gt;") {
		t.Errorf("the slug is not on the page as text:\n%s", page)
	}
	if strings.Contains(page, "<img") || strings.Contains(page, "<script>alert") {
		t.Errorf("the page holds the editor's markup:\n%s", page)
	}
	if !strings.Contains(page, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';`) {
		t.Errorf("no Content-Security-Policy:\n%s", page)
	}
}
