package render

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"sync"

	"timeline/internal/diag"
	"timeline/internal/store"
	"timeline/internal/timeline"
)

// Pages are the paths of the pages Write made, in order.
type Pages struct {
	All    []string
	Listed []string // those a sitemap lists: all but the page of a missing address
}

// Write makes every page of the site of t into out, and the assets. A
// page comes with its key, the hash of what it shows; one whose key out
// already holds at its path is neither computed nor drawn. st keeps the
// rows of the listings from one build to the next. count, when not nil,
// is told how many pages there are, and returns what to call once per
// page done, from any goroutine.
//
// A template that fails is reported once, with its file and line, not
// for every page drawn with it.
func (s *Site) Write(ctx context.Context, t *timeline.Timeline, st *store.Store, out store.Output, count func(n int) (step func())) (Pages, diag.List) {
	s.useRows(st)
	pages := s.plan(t, out)
	var made Pages
	paths := make([]string, len(pages))
	for i, p := range pages {
		paths[i] = p.Path
		if p.Kind != "404" { // served at any address: it has none of its own
			made.Listed = append(made.Listed, p.Path)
		}
	}
	made.All = paths
	step := func() {}
	if count != nil {
		step = count(len(pages))
	}
	errs := make([]error, len(pages))
	each(len(pages), func(i int) {
		if err := ctx.Err(); err != nil {
			errs[i] = err
			return
		}
		errs[i] = s.write(pages[i], out)
		pages[i] = nil // its view is no longer needed: let it go
		step()
	})
	var probs diag.List
	seen := map[string]bool{}
	for i, err := range errs {
		if err == nil {
			continue
		}
		// A broken template fails every page drawn with it: say so once,
		// on the first page (the message names the page: leave it out).
		if msg := strings.Replace(err.Error(), "on "+paths[i]+": ", "", 1); !seen[msg] {
			seen[msg] = true
			probs.Merge("", err)
		}
	}
	if probs.HasErrors() {
		return Pages{}, probs
	}
	for _, a := range s.assets {
		if err := out.Put(a.Path, store.Texts(a.Path, string(a.Data)), a.Data); err != nil {
			probs.Merge("", err)
			return Pages{}, probs
		}
	}
	return made, probs
}

// write draws one page into out, unless out holds it.
func (s *Site) write(p *Page, out store.Output) error {
	if p.held {
		return nil
	}
	key := p.Deps
	if key == 0 {
		// A page without deps is keyed by its view: hashing it costs
		// less than drawing it.
		key = s.pageKey(p) // 0 without keys: the page is drawn
		if key != 0 && out.Has(p.Path, key) {
			return nil
		}
	}
	return s.draw(p, func(b []byte) error {
		if out.Keeps() {
			b = bytes.Clone(b)
		}
		return out.Put(p.Path, key, b)
	})
}

// plan returns the pages of t: those with deps that out holds come
// without their data, marked held.
func (s *Site) plan(t *timeline.Timeline, out store.Output) []*Page {
	pages := s.plannedPages(t, func(path string, key uint64) bool { return out.Has(path, key) })
	for _, p := range pages {
		if p.Deps != 0 && p.load == nil && p.Data == nil {
			p.held = true
		}
	}
	return pages
}

// each calls f(0) … f(n-1) on GOMAXPROCS goroutines.
func each(n int, f func(i int)) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}
