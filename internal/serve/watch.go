package serve

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/fsnotify/fsnotify"

	"timeline/internal/build"
)

// sources are the folders of the site a build reads, watched with all
// their subfolders; site.toml is watched through the site folder, since
// editors save a file by replacing it.
var sources = build.InputFolders()

// watcher collects the changes to the site's sources. It never blocks the
// file system notifications: changes pile up in a set until taken.
type watcher struct {
	site    string
	fsw     *fsnotify.Watcher
	mu      sync.Mutex
	changed map[string]bool // paths relative to the site
	signal  chan struct{}   // has a value when changed is not empty
}

func newWatcher(site string) (*watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{site: site, fsw: fsw, changed: map[string]bool{}, signal: make(chan struct{}, 1)}
	if err := fsw.Add(site); err != nil {
		fsw.Close()
		return nil, err
	}
	for _, s := range sources {
		w.addTree(filepath.Join(site, s))
	}
	go w.loop()
	return w, nil
}

// addTree watches dir and its subfolders, skipping hidden ones.
func (w *watcher) addTree(dir string) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if p != dir && ignored(d.Name()) {
			return fs.SkipDir
		}
		w.fsw.Add(p)
		return nil
	})
}

// ignored reports names the build skips too: hidden files, editor backups
// and lock files (".#x.md", "x.md~", ".x.md.swp").
func ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "#") || strings.HasSuffix(name, "~")
}

func (w *watcher) loop() {
	for {
		select {
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			w.event(ev)
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			// Events were lost (a queue overflow): rebuild to be sure.
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				w.note(lostEvents)
			}
		}
	}
}

func (w *watcher) event(ev fsnotify.Event) {
	rel, err := filepath.Rel(w.site, ev.Name)
	if err != nil || ignored(filepath.Base(rel)) {
		return
	}
	rel = filepath.ToSlash(rel)
	top, _, _ := strings.Cut(rel, "/")
	switch {
	case rel == build.ConfigFile:
	case !slices.Contains(sources, top):
		return // the output folder, the cache, anything else of the site
	case ev.Has(fsnotify.Create):
		if st, err := os.Lstat(ev.Name); err == nil && st.IsDir() {
			w.addTree(ev.Name)
		}
	case ev.Op == fsnotify.Chmod:
		return
	}
	w.note(rel)
}

// lostEvents is noted when the system dropped notifications: what changed
// is then unknown.
const lostEvents = "(events lost)"

func (w *watcher) note(rel string) {
	w.mu.Lock()
	w.changed[rel] = true
	w.mu.Unlock()
	select {
	case w.signal <- struct{}{}:
	default:
	}
}

// take returns the changes noted since the last call, sorted.
func (w *watcher) take() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := make([]string, 0, len(w.changed))
	for p := range w.changed {
		out = append(out, p)
	}
	clear(w.changed)
	sort.Strings(out)
	return out
}

func (w *watcher) close() error { return w.fsw.Close() }
