package browser

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"timeline/internal/build"
)

var (
	enabled = flag.Bool("browser", false, "run the browser suite (needs Chromium and npm ci in internal/browser)")
	shots   = flag.String("shots", "", "folder for the screenshots (default: a new temporary folder, printed)")
)

// now is the build's "now": the clock never enters a test.
var now = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// base is the sub-path the site is served under, as site.toml's base_url
// says: the 404 page's links start with it.
const base = "/karabakh/"

// chromePath finds Chromium, or skips the test saying how to get it. In
// CI a missing Chromium fails: .ci/run installs it, and a suite that
// skipped there would pass without testing anything.
func chromePath(t testing.TB) string {
	t.Helper()
	if !*enabled {
		t.Skip("browser suite: run it with make test-browser (go test ./internal/browser -browser)")
	}
	for _, p := range []string{os.Getenv("CHROME_PATH"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	msg := "Chromium not found: install it (apt-get install chromium) or set CHROME_PATH"
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// site is a built site served on loopback.
type site struct {
	dir string // the output folder
	url string // http://127.0.0.1:port/karabakh/
}

var (
	siteOnce sync.Once
	built    *site
	siteErr  error
)

// TestMain removes the sites the suite built; the screenshots stay.
func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if built != nil {
		os.RemoveAll(filepath.Dir(built.dir))
	}
	if largeSite != nil && *largeOut == "" { // a site of -large-out is the caller's
		os.RemoveAll(filepath.Dir(largeSite.dir))
	}
	os.Exit(code)
}

// seedSite builds the repository's site once for the whole suite and serves it.
func seedSite(t *testing.T) *site {
	t.Helper()
	siteOnce.Do(func() {
		dir, err := os.MkdirTemp("", "timeline-browser-")
		if err != nil {
			siteErr = err
			return
		}
		built, siteErr = buildAndServe("../..", filepath.Join(dir, "public"))
	})
	if siteErr != nil {
		t.Fatal(siteErr)
	}
	return built
}

// buildAndServe builds the site folder into out and serves it under base
// the way a static host does: index.html for folders, 404.html with
// status 404 for what does not exist, and no redirects.
func buildAndServe(siteDir, out string) (*site, error) {
	_, probs := build.Run(context.Background(), build.Options{SiteDir: siteDir, Out: out, Now: now})
	if probs.HasErrors() {
		return nil, fmt.Errorf("build failed:\n%v", probs)
	}
	return serve(out), nil
}

// serve serves a built site under base.
func serve(out string) *site {
	mux := http.NewServeMux()
	mux.Handle(base, http.StripPrefix(strings.TrimSuffix(base, "/"), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := r.URL.Path
		if strings.HasSuffix(name, "/") {
			name += "index.html"
		}
		f, err := os.Open(filepath.Join(out, filepath.FromSlash(path.Clean(name))))
		var st os.FileInfo
		if err == nil {
			defer f.Close()
			st, err = f.Stat()
		}
		if err != nil || st.IsDir() {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			data, _ := os.ReadFile(filepath.Join(out, "404.html"))
			w.Write(data)
			return
		}
		http.ServeContent(w, r, st.Name(), st.ModTime(), f)
	})))
	srv := httptest.NewServer(mux) // 127.0.0.1, closed when the test binary exits
	return &site{dir: out, url: srv.URL + base}
}

// browser is a running Chromium with one tab, and what the tab has seen.
type browser struct {
	ctx context.Context
	mu  sync.Mutex
	// problems are console errors, exceptions, failed requests and
	// requests that left loopback, since the last call to take.
	problems []string
	requests []string // every URL requested since the last call to take
}

// newBrowser starts Chromium with the flags the suite is specified with
// and a fresh profile, and opens one tab at the given window size.
func newBrowser(t testing.TB, width, height int) *browser {
	t.Helper()
	path := chromePath(t)
	// A fresh profile, removed after Chromium has gone (not t.TempDir,
	// which fails the test when Chromium's last writes race its removal).
	profile, err := os.MkdirTemp("", "timeline-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		// Belt and braces: a name other than loopback does not resolve,
		// so nothing can leave the machine even if a page asked.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(width, height),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 5*time.Minute)
	t.Cleanup(func() {
		cancelTime()
		cancelTab()
		cancelAlloc()
		os.RemoveAll(profile)
	})
	b := &browser{ctx: ctx}
	chromedp.ListenTarget(ctx, b.listen)
	if err := chromedp.Run(ctx, network.Enable(), cdplog.Enable(), runtime.Enable(),
		chromedp.EmulateViewport(int64(width), int64(height))); err != nil {
		t.Fatalf("start Chromium (%s): %v", path, err)
	}
	return b
}

func (b *browser) listen(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.APITypeError || e.Type == runtime.APITypeAssert {
			var args []string
			for _, a := range e.Args {
				args = append(args, strings.Trim(string(a.Value), `"`)+a.Description)
			}
			b.problems = append(b.problems, "console error: "+strings.Join(args, " "))
		}
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		b.problems = append(b.problems, fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber, msg))
	case *cdplog.EventEntryAdded:
		if e.Entry.Level == cdplog.LevelError {
			b.problems = append(b.problems, fmt.Sprintf("log error (%s): %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL))
		}
	case *network.EventRequestWillBeSent:
		u := e.Request.URL
		b.requests = append(b.requests, u)
		if !local(u) {
			b.problems = append(b.problems, "request leaves loopback: "+u)
		}
	case *network.EventLoadingFailed:
		if !e.Canceled {
			b.problems = append(b.problems, fmt.Sprintf("request failed: %s (%s)", e.RequestID, e.ErrorText))
		}
	case *network.EventResponseReceived:
		if e.Response.Status >= 400 {
			b.problems = append(b.problems, fmt.Sprintf("HTTP %d for %s", int(e.Response.Status), e.Response.URL))
		}
	}
}

// local reports whether a request stays on this machine.
func local(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "file", "data", "blob", "about":
		return true
	case "http", "https", "ws":
		h := u.Hostname()
		return h == "127.0.0.1" || h == "localhost" || h == "::1"
	}
	return false
}

// take returns and forgets the problems and requests seen so far.
func (b *browser) take() (problems, requests []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	problems, requests = b.problems, b.requests
	b.problems, b.requests = nil, nil
	return problems, requests
}

// run runs actions in the tab, failing the test on error.
func (b *browser) run(t *testing.T, what string, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(b.ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression (awaiting a promise) into res.
func (b *browser) eval(t *testing.T, expr string, res any) {
	t.Helper()
	b.run(t, "evaluate "+expr, chromedp.Evaluate(expr, res, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	}))
}

// wait polls a JavaScript condition until it holds. It asks again after
// an error, as while a click's navigation replaces the page.
func (b *browser) wait(t *testing.T, cond string) {
	t.Helper()
	var err error
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		var ok bool
		if err = chromedp.Run(b.ctx, chromedp.Evaluate(cond, &ok)); err == nil && ok {
			return
		}
	}
	t.Fatalf("waited 20 s for %s (last error: %v) at %s", cond, err, b.location(t))
}

// location returns the tab's address.
func (b *browser) location(t *testing.T) string {
	t.Helper()
	var href string
	b.eval(t, "location.href", &href)
	return href
}

// shotDir returns the screenshots folder, created and printed once.
var shotDir = sync.OnceValues(func() (string, error) {
	dir := *shots
	if dir == "" {
		d, err := os.MkdirTemp("", "timeline-screenshots-")
		if err != nil {
			return "", err
		}
		dir = d
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	fmt.Printf("browser suite: screenshots in %s\n", dir)
	return dir, nil
})

// screenshot saves the whole page as name.png in the screenshots folder.
func (b *browser) screenshot(t *testing.T, name string) {
	t.Helper()
	dir, err := shotDir()
	if err != nil {
		t.Fatal(err)
	}
	var png []byte
	b.run(t, "screenshot", chromedp.FullScreenshot(&png, 100))
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// eventsJSON is what the tests read of events.json to know the right
// answers: its events by day, as the pages list them (events.json has
// an entry per happening of a day).
type eventsJSON struct {
	Episodes []struct{ ID string }
	Sources  []struct{ Slug, Source string }
	Events   []dayJSON
}

// dayJSON is a day of events.json: the day's id, its episode, the
// headline of its first happening, the outlets of its most reported
// happening, and the mentions of all its happenings, a copy of a
// sentence (also_in) one more mention.
type dayJSON struct {
	ID, Episode, Title string
	Outlets            int
	Mentions           []mentionJSON
}

// mentionJSON is a mention of events.json; a copy's anchor is "".
type mentionJSON struct{ Source, Text, Attribution, Anchor string }

func readEvents(t *testing.T, s *site) eventsJSON {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(s.dir, "events.json"))
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Episodes []struct{ ID string }
		Sources  []struct{ Slug, Source string }
		Events   []struct {
			Day, Episode, Title string
			Outlets             int
			Mentions            []struct {
				Source, Text, Attribution, Anchor string
				AlsoIn                            []string `json:"also_in"`
			}
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatal(err)
	}
	out := eventsJSON{Episodes: d.Episodes, Sources: d.Sources}
	for _, h := range d.Events {
		id := path.Base(h.Day)
		if n := len(out.Events); n == 0 || out.Events[n-1].ID != id {
			out.Events = append(out.Events, dayJSON{ID: id, Episode: h.Episode, Title: h.Title})
		}
		day := &out.Events[len(out.Events)-1]
		day.Outlets = max(day.Outlets, h.Outlets)
		for _, m := range h.Mentions {
			day.Mentions = append(day.Mentions, mentionJSON{m.Source, m.Text, m.Attribution, m.Anchor})
			for _, slug := range m.AlsoIn {
				day.Mentions = append(day.Mentions, mentionJSON{slug, m.Text, m.Attribution, ""})
			}
		}
	}
	return out
}

// nodeModules returns the path of an npm package of package.json.
func nodeModules(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join("node_modules", rel)
	if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
		t.Fatalf("%s is missing: run npm ci in internal/browser (make test-browser does)", p)
	}
	abs, _ := filepath.Abs(p)
	return abs
}
