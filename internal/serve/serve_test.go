package serve

import (
	"bufio"
	"context"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// now is the builds' "now": the clock never enters a test.
var now = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// wait bounds every wait for the server: generous, since a test never
// fails because a machine is slow, only because something never happens.
const wait = 2 * time.Minute

const (
	article = "content/2023-09-20-offensive-d-envergure.md"
	page    = "/karabakh/sources/2023-09-20-offensive-d-envergure/"
	title   = "L’Azerbaïdjan lance une offensive d’envergure dans le Haut-Karabakh"
)

// copySite copies the repository's site.toml and articles into a new
// folder; the templates and assets are the ones in the binary.
func copySite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"site.toml", "content"} {
		src := filepath.Join("../..", name)
		err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel("../..", p)
			if d.IsDir() {
				return os.MkdirAll(filepath.Join(dir, rel), 0o755)
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// start serves site on a loopback port and returns its base URL.
func start(t *testing.T, site string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := New(Options{SiteDir: site, Now: func() time.Time { return now }, Debounce: 20 * time.Millisecond})
	stopped := make(chan error, 1)
	go func() { stopped <- s.Run(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-stopped:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(wait):
			t.Error("the server did not stop")
		}
	})
	return "http://" + ln.Addr().String()
}

// stream reads the build events the reload script listens to.
type stream struct {
	ids  chan string
	body io.Closer
}

func listen(t *testing.T, base string) *stream {
	t.Helper()
	resp, err := http.Get(base + eventsPath)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("events: Content-Type %q", ct)
	}
	s := &stream{ids: make(chan string, 16), body: resp.Body}
	t.Cleanup(func() { resp.Body.Close() })
	go func() {
		defer close(s.ids)
		sc := bufio.NewScanner(resp.Body)
		event := ""
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				event = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: ") && event == "reload":
				s.ids <- strings.TrimPrefix(line, "data: ")
			}
		}
	}()
	return s
}

// next waits for the next reload event and returns the build's id.
func (s *stream) next(t *testing.T) string {
	t.Helper()
	select {
	case id, ok := <-s.ids:
		if !ok {
			t.Fatal("the event stream ended")
		}
		return id
	case <-time.After(wait):
		t.Fatal("no reload event")
	}
	return ""
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// until waits for builds until the page at url answers with status and
// a body holding want: an editor's save may take more than one build.
func until(t *testing.T, s *stream, url string, status int, want string) string {
	t.Helper()
	for {
		s.next(t)
		code, body := get(t, url)
		if code == status && strings.Contains(body, want) {
			return body
		}
	}
}

// save replaces a file the way editors do: a new file renamed over it.
func save(t *testing.T, site, name string, f func(string) string) {
	t.Helper()
	p := filepath.Join(site, name)
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(filepath.Dir(p), ".save.tmp")
	if err := os.WriteFile(tmp, []byte(f(string(data))), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, p); err != nil {
		t.Fatal(err)
	}
}

// TestServe drives the editor's loop over loopback: a page, an edit, the
// reload event, the page changed; a broken front matter, the error page
// with the file and line; the fix, the site back.
func TestServe(t *testing.T) {
	site := copySite(t)
	base := start(t, site)
	events := listen(t, base)
	first := events.next(t)

	code, body := get(t, base+page)
	if code != http.StatusOK || !strings.Contains(body, title) {
		t.Fatalf("GET %s: %d, title missing", page, code)
	}
	if !strings.Contains(body, `<script src="/_timeline/reload.js" data-build="`+first+`" defer></script></head>`) {
		t.Error("the page was served without the reload script in its head")
	}
	if code, js := get(t, base+scriptPath); code != http.StatusOK || !strings.Contains(js, "EventSource") {
		t.Errorf("GET %s: %d", scriptPath, code)
	}

	// An edit: the open page is told, and shows it.
	save(t, site, article, func(s string) string {
		return strings.Replace(s, `title = "L’Azerbaïdjan lance`, `title = "Bakou lance`, 1)
	})
	body = until(t, events, base+page, http.StatusOK, "Bakou lance une offensive")
	if strings.Contains(body, title) {
		t.Error("the page still shows the old title")
	}

	// A broken front matter: every page is the error page, with the line.
	save(t, site, article, func(s string) string {
		return strings.Replace(s, "published = 2023-09-20", "published = 2023-02-30", 1)
	})
	// The site is French: so are the page and the message.
	want := article + ":5:13: published : "
	body = until(t, events, base+page, http.StatusInternalServerError, want)
	if !strings.Contains(body, "2023-02-30 n’est pas un jour du calendrier") {
		t.Error("the error page does not say what is wrong")
	}
	if !strings.Contains(body, "<h1>La construction a échoué</h1>") {
		t.Error("the error page does not speak the site's language")
	}
	if !strings.Contains(body, "data-build=") {
		t.Error("the error page has no reload script: it would not come back by itself")
	}
	if code, other := get(t, base+"/karabakh/"); code != http.StatusInternalServerError || !strings.Contains(other, want) {
		t.Errorf("the index during a failed build: %d", code)
	}

	// The fix: the site comes back.
	save(t, site, article, func(s string) string {
		return strings.Replace(s, "published = 2023-02-30", "published = 2023-09-20", 1)
	})
	until(t, events, base+page, http.StatusOK, "Bakou lance une offensive")

	if _, err := os.Stat(filepath.Join(site, "public")); err == nil {
		t.Error("serve wrote public/")
	}
}

// TestServePaths checks what requests can reach: the site's files under
// its path and nothing else, whatever the path says.
func TestServePaths(t *testing.T) {
	site := copySite(t)
	if err := os.WriteFile(filepath.Join(site, "secret.txt"), []byte("SECRET"), 0o644); err != nil {
		t.Fatal(err)
	}
	base := start(t, site)
	listen(t, base).next(t) // built
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	tests := []struct {
		path     string
		status   int
		location string // for a redirect
		want     string // in the body
	}{
		{"/", http.StatusFound, "/karabakh/", ""},
		{"/karabakh/", http.StatusOK, "", "<!doctype html>"},
		{"/karabakh/index.html", http.StatusOK, "", "<!doctype html>"},
		{"/karabakh/events/2023-09-19", http.StatusMovedPermanently, "/karabakh/events/2023-09-19/", ""},
		{"/karabakh/events.json", http.StatusOK, "", `"events"`},
		{"/karabakh/no-such-page/", http.StatusNotFound, "", "<!doctype html>"},
		{"/karabakh/../secret.txt", http.StatusNotFound, "", ""},
		{"/karabakh/..%2f..%2fsecret.txt", http.StatusNotFound, "", ""},
		{"/karabakh/%2e%2e/%2e%2e/site.toml", http.StatusNotFound, "", ""},
		{"/karabakh/....//secret.txt", http.StatusNotFound, "", ""},
		{"/secret.txt", http.StatusNotFound, "", ""},
		{"/_review/", http.StatusOK, "", "2023-09-20-offensive-d-envergure.html"},
		{"/_review/2023-09-20-offensive-d-envergure.html", http.StatusOK, "", "<mark"},
		{"/_review/../secret.txt", http.StatusNotFound, "", ""},
		// Encoded, double-encoded, backslashed, mixed: none leaves the site.
		{"/karabakh/%2e%2e%2f%2e%2e%2fsecret.txt", http.StatusNotFound, "", ""},
		{"/karabakh/%2E%2E/%2E%2E/secret.txt", http.StatusNotFound, "", ""},
		{"/karabakh/.%2e/.%2e/secret.txt", http.StatusNotFound, "", ""},
		{"/karabakh/%252e%252e/%252e%252e/secret.txt", http.StatusNotFound, "", ""},
		{"/karabakh/%252e%252e%252f%252e%252e%252fsite.toml", http.StatusNotFound, "", ""},
		{"/karabakh/..%5c..%5csecret.txt", http.StatusNotFound, "", ""},
		{`/karabakh/..\..\secret.txt`, http.StatusNotFound, "", ""},
		{"/karabakh/..;/..;/secret.txt", http.StatusNotFound, "", ""},
		{"/karabakh/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt", http.StatusNotFound, "", ""},
		{"/karabakh//../../secret.txt", http.StatusNotFound, "", ""},
		{"/_review/%2e%2e/%2e%2e/secret.txt", http.StatusNotFound, "", ""},
		{"/_review/..%2f..%2fsite.toml", http.StatusNotFound, "", ""},
	}
	for _, tt := range tests {
		req, err := http.NewRequest("GET", base, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.URL.Opaque = tt.path // sent as written, not cleaned by the client
		resp, err := noRedirect.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s: %d, want %d", tt.path, resp.StatusCode, tt.status)
		}
		if loc := resp.Header.Get("Location"); loc != tt.location {
			t.Errorf("GET %s: Location %q, want %q", tt.path, loc, tt.location)
		}
		if !strings.Contains(string(body), tt.want) {
			t.Errorf("GET %s: body lacks %q", tt.path, tt.want)
		}
		for _, secret := range []string{"SECRET", "[[episode]]"} {
			if strings.Contains(string(body), secret) {
				t.Errorf("GET %s: served a file outside the site", tt.path)
			}
		}
	}
}

// TestServeEdits goes through edits an editor makes, each followed by the
// page that shows it: the server follows them all and never stops.
func TestServeEdits(t *testing.T) {
	site := copySite(t)
	base := start(t, site)
	events := listen(t, base)
	events.next(t)
	data, err := os.ReadFile(filepath.Join(site, article))
	if err != nil {
		t.Fatal(err)
	}
	added := strings.Replace(string(data), `title = "L’Azerbaïdjan lance`, `title = "Un autre article lance`, 1)
	write := func(name, text string) func() {
		return func() {
			p := filepath.Join(site, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p+".tmp~", []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(p+".tmp~", p); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, step := range []struct {
		name   string
		do     func()
		path   string
		status int
		want   string
	}{
		{"site.toml broken", func() { save(t, site, "site.toml", replace(`title = "Haut-Karabakh`, `title = Haut-Karabakh`)) },
			"/karabakh/", http.StatusInternalServerError, "site.toml:3:"},
		{"site.toml fixed", func() { save(t, site, "site.toml", replace(`title = Haut-Karabakh`, `title = "Haut-Karabakh`)) },
			"/karabakh/", http.StatusOK, "Haut-Karabakh"},
		{"the editors' events.toml with an entry without match", write("content/events.toml", "[[event]]\ndate = \"2023-09-19\"\nheadline = \"h\"\n"),
			"/karabakh/", http.StatusInternalServerError, "content/events.toml:1:1: match is missing"},
		{"events.toml fixed", write("content/events.toml", "[[event]]\ndate = \"2023-09-19\"\nmatch = \"avertissement brutal\"\nheadline = \"Le titre de la rédaction\"\n"),
			"/karabakh/events/2023-09-19/", http.StatusOK, "Le titre de la rédaction"},
		{"an article added in a new folder", write("content/2024/autre.md", added),
			"/karabakh/sources/autre/", http.StatusOK, "Un autre article lance"},
		{"that article removed", func() { os.RemoveAll(filepath.Join(site, "content/2024")) },
			"/karabakh/sources/autre/", http.StatusNotFound, "<!doctype html>"},
		{"the content folder removed", func() { os.Rename(filepath.Join(site, "content"), filepath.Join(site, "gone")) },
			"/karabakh/", http.StatusInternalServerError, "no content folder"},
		{"the content folder back", func() { os.Rename(filepath.Join(site, "gone"), filepath.Join(site, "content")) },
			"/karabakh/", http.StatusOK, "Haut-Karabakh"},
	} {
		step.do()
		until(t, events, base+step.path, step.status, step.want)
	}
}

func replace(old, new string) func(string) string {
	return func(s string) string { return strings.Replace(s, old, new, 1) }
}

// TestServeDrafts: the preview shows a draft, which a build leaves out,
// and marks it: a banner on its source page, "brouillon" after each link
// to it (its quotations on an event's page, the list of sources) through
// a stylesheet whose selectors match the links the pages hold. Once
// published, the marks are gone.
func TestServeDrafts(t *testing.T) {
	site := copySite(t)
	save(t, site, article, replace("language = \"fr\"", "language = \"fr\"\ndraft = true"))
	base := start(t, site)
	events := listen(t, base)
	events.next(t)
	const slug = "2023-09-20-offensive-d-envergure"
	sheet := `<link rel="stylesheet" href="` + draftsPath + `">`
	banner := `<p class="timeline-draft" role="note">Brouillon : cet article n’est pas publié.`

	code, body := get(t, base+page)
	if code != http.StatusOK || !strings.Contains(body, title) {
		t.Fatalf("GET %s: %d: the draft is not shown", page, code)
	}
	if !strings.Contains(body, sheet) || !strings.Contains(body, "<body>"+banner) {
		t.Errorf("the draft's source page has no banner or no stylesheet:\n%s", body[:min(len(body), 2000)])
	}
	code, css := get(t, base+draftsPath)
	link := `a[href$="/` + slug + `/index.html"]`
	if code != http.StatusOK || !strings.Contains(css, link+"::after") || !strings.Contains(css, `.mention:has(`+link+`)`) || !strings.Contains(css, `" · brouillon"`) {
		t.Errorf("GET %s: %d\n%s", draftsPath, code, css)
	}
	// The event's page quotes the draft through a link the stylesheet
	// marks; another article's page is not marked as a draft.
	_, event := get(t, base+"/karabakh/events/2023-09-19/")
	if !strings.Contains(event, sheet) || !strings.Contains(event, `/`+slug+`/index.html"`) || strings.Contains(event, banner) {
		t.Error("the event's page does not quote the draft through a marked link, or carries the banner")
	}
	_, other := get(t, base+"/karabakh/sources/2022-08-04-operation-revenge/")
	if strings.Contains(other, banner) {
		t.Error("a published article's page carries the banner")
	}

	// Published: no mark left.
	save(t, site, article, replace("\ndraft = true", ""))
	// An editor's save may take more than one build: until the banner
	// goes, or no build comes (next fails).
	body = until(t, events, base+page, http.StatusOK, title)
	for strings.Contains(body, banner) {
		body = until(t, events, base+page, http.StatusOK, title)
	}
	if strings.Contains(body, sheet) {
		t.Error("the published article's page still links the drafts' stylesheet")
	}
	if _, css := get(t, base+draftsPath); css != "" {
		t.Errorf("the stylesheet still marks drafts:\n%s", css)
	}
}
