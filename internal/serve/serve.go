// Package serve is the editor's preview: it builds the site in memory,
// drafts included and marked, serves it on a loopback address, watches
// the site's sources, rebuilds when they change and makes the open pages
// reload by themselves, through Server-Sent Events. While the last build failed, every page is an error
// page that lists the problems, and the pages come back once they are
// fixed.
//
// It writes nothing: the site it serves lives in memory, and the reload
// script is added to the pages as they are sent, never to a built file.
// It builds with package build, which also gives it the review pages; it
// does not read or render anything itself.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"timeline/internal/build"
	"timeline/internal/diag"
)

// Options say what to serve and how.
type Options struct {
	SiteDir  string           // the site folder
	Now      func() time.Time // the build's "now"; time.Now when nil
	Debounce time.Duration    // quiet time after a change before rebuilding; 100 ms when 0
	Cache    *build.Cache     // what to start from (build.LoadCache); a new one when nil
	Log      io.Writer        // one line per build, and its problems; nothing when nil
}

// Server builds, watches and serves one site. Its zero value is not
// usable: call New.
type Server struct {
	opt   Options
	cache *build.Cache
	start int64 // identifies this run of the server in build ids

	mu    sync.RWMutex
	state *state // what is served: the last build
	n     int    // builds so far

	subMu sync.Mutex
	subs  map[chan string]bool // open pages waiting for the next build
	done  chan struct{}        // closed when the server stops
}

// state is one build as the server serves it.
type state struct {
	id    string        // the build's id: a page reloads when it changes
	base  string        // the site's path, from base_url: "/chronologie/"
	errs  diag.List     // the problems of a failed build; nil when it succeeded
	res   *build.Result // the last good build: its files and the review pages
	sum   *build.Summary
	probs diag.List // every problem of the build, warnings included
	marks drafts    // the last good build's drafts, marked on its pages
}

// New returns a server for the site; Run builds and serves it.
func New(opt Options) *Server {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Debounce == 0 {
		opt.Debounce = 100 * time.Millisecond
	}
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	c := opt.Cache
	if c == nil {
		c = build.NewCache()
	}
	return &Server{opt: opt, cache: c, start: time.Now().UnixNano(), subs: map[chan string]bool{}, done: make(chan struct{})}
}

// Run builds the site, then serves it on ln until ctx is done, rebuilding
// after each burst of changes to its sources. It returns the error that
// stopped it serving, nil when ctx ended it.
func (s *Server) Run(ctx context.Context, ln net.Listener) error {
	w, err := newWatcher(s.opt.SiteDir)
	if err != nil {
		return fmt.Errorf("watch %s: %w", s.opt.SiteDir, err)
	}
	defer w.close()
	s.Build(ctx, nil)
	root := s.root(ln.Addr())
	fmt.Fprintf(s.opt.Log, "serving %s%s · the review of the dates: %s%s · stop with Ctrl+C\n", root, s.base(), root, reviewPath)
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	go s.rebuildLoop(ctx, w)
	select {
	case err = <-served:
	case <-ctx.Done():
	}
	close(s.done) // ends the event streams, which Shutdown would wait for
	stop, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(stop)
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// rebuildLoop waits for changes, lets a burst of them settle (an editor's
// save is often several events), and rebuilds.
func (s *Server) rebuildLoop(ctx context.Context, w *watcher) {
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-w.signal:
			timer.Reset(s.opt.Debounce)
		case <-timer.C:
			if changed := w.take(); len(changed) > 0 {
				s.Build(ctx, changed)
			}
		}
	}
}

// Build builds the site, makes it what the server serves and tells the
// open pages. changed names what changed, for the log. A failed build
// keeps the last good site in memory but serves the error page; nothing
// that goes wrong in a build stops the server.
func (s *Server) Build(ctx context.Context, changed []string) {
	began := time.Now()
	res, sum, probs := s.make(ctx, changed)
	s.mu.Lock()
	s.n++
	st := &state{id: fmt.Sprintf("%x-%d", s.start, s.n), sum: sum, probs: probs}
	if old := s.state; old != nil {
		st.res, st.base, st.marks = old.res, old.base, old.marks
	}
	if res != nil && !probs.HasErrors() {
		st.res = res
		st.base = res.Site.BasePath()
		st.marks = draftsOf(res)
	} else {
		st.errs = probs.Errors()
		if len(st.errs) == 0 {
			st.errs = diag.List{diag.Errorf(s.opt.SiteDir, 0, 0, "the build stopped: %v", ctx.Err())}
		}
	}
	s.state = st
	s.mu.Unlock()
	s.log(changed, st, time.Since(began))
	s.publish(st.id)
}

// make runs one build, turning a panic in the pipeline (a bug, not an
// editor's mistake) into a problem, so that the server stays up.
func (s *Server) make(ctx context.Context, changed []string) (res *build.Result, sum *build.Summary, probs diag.List) {
	defer func() {
		if r := recover(); r != nil {
			res, sum = nil, &build.Summary{}
			probs = diag.List{diag.Errorf(s.opt.SiteDir, 0, 0, "internal error: %v (please report it; the previous site is kept)", r)}
		}
	}()
	opt := build.Options{SiteDir: s.opt.SiteDir, Now: s.opt.Now(), Cache: s.cache, Drafts: true}
	// What the watcher saw spares the build a look at every article file;
	// the first build, or one after lost notifications, looks at all.
	if changed != nil && !slices.Contains(changed, lostEvents) {
		opt.Changed = changed
	}
	return build.Make(ctx, opt)
}

func (s *Server) log(changed []string, st *state, took time.Duration) {
	w := s.opt.Log
	what := "built"
	changed = s.shown(changed)
	if len(changed) > 0 {
		list := changed
		if len(list) > 3 {
			list = append(list[:3:3], fmt.Sprintf("%d more", len(changed)-3))
		}
		what = "rebuilt after " + strings.Join(list, ", ") + " changed:"
	}
	if st.errs != nil {
		fmt.Fprintf(w, "%s failed in %s; the pages show the problems until they are fixed\n", what, took.Round(time.Millisecond))
	} else {
		sum := st.sum
		drafts := ""
		if sum.Drafts > 0 {
			drafts = fmt.Sprintf("; %s, shown and marked", build.Plural(sum.Drafts, "draft"))
		}
		fmt.Fprintf(w, "%s %d articles (%d read again%s), %d pages written, %d unchanged, in %s\n",
			what, sum.Articles, sum.Articles-sum.Cached, drafts, sum.PagesWritten, sum.PagesUnchanged, took.Round(time.Millisecond))
	}
	for _, p := range st.probs {
		fmt.Fprintln(w, "  "+p.Error())
	}
}

// shown keeps the changed paths worth naming in the log: the files that
// are there, and the sources that were removed — not the temporary files
// an editor writes and renames in one save.
func (s *Server) shown(changed []string) []string {
	var out []string
	for _, p := range changed {
		_, err := os.Lstat(filepath.Join(s.opt.SiteDir, filepath.FromSlash(p)))
		switch path.Ext(p) {
		case ".md", ".toml", ".html", ".css", ".js", ".svg":
		default:
			if err != nil {
				continue
			}
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return changed[:min(len(changed), 1)]
	}
	return out
}

// subscribe returns a channel that receives the id of each new build.
func (s *Server) subscribe() chan string {
	ch := make(chan string, 1)
	s.subMu.Lock()
	s.subs[ch] = true
	s.subMu.Unlock()
	return ch
}

func (s *Server) unsubscribe(ch chan string) {
	s.subMu.Lock()
	delete(s.subs, ch)
	s.subMu.Unlock()
}

// publish tells every open page about build id. A page that has not taken
// the previous id gets the new one instead: only the latest matters.
func (s *Server) publish(id string) {
	s.subMu.Lock()
	defer s.subMu.Unlock()
	for ch := range s.subs {
		select {
		case <-ch:
		default:
		}
		ch <- id
	}
}

// current returns what is served now.
func (s *Server) current() *state {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.state
}

// root returns the server's address for a listener's: "http://127.0.0.1:1313".
func (s *Server) root(ln net.Addr) string {
	host := ln.String()
	if a, ok := ln.(*net.TCPAddr); ok && a.IP.IsUnspecified() {
		host = fmt.Sprintf("localhost:%d", a.Port)
	}
	return "http://" + host
}

// base returns the site's path on the server: "/chronologie/"; "/" until a
// build succeeded.
func (s *Server) base() string {
	if st := s.current(); st != nil && st.base != "" {
		return st.base
	}
	return "/"
}

// The reload script's and event stream's addresses: outside any site path.
const (
	scriptPath = "/_timeline/reload.js"
	eventsPath = "/_timeline/events"
	reviewPath = "/_review/"
)
