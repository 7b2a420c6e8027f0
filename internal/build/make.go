package build

import (
	"context"
	"os"
	"path/filepath"
	"time"

	"timeline/internal/config"
	"timeline/internal/diag"
	"timeline/internal/export"
	"timeline/internal/render"
	"timeline/internal/search"
	"timeline/internal/store"
	"timeline/internal/timeline"
)

// makeSite makes the site's files of t into a sink over the files of the
// build before: in memory with a cache in memory, else into the staging
// folder stg (nil for none, when the build writes nothing). The pages are
// drawn while the data files and the search index are made, beside them:
// a rebuild draws a few pages, and the search index would then keep one
// core busy alone after them. Its stages are "pages" and "data".
func makeSite(ctx context.Context, r *render.Site, site *config.Site, t *timeline.Timeline, c *Cache, set setup, stg *staging, sum *Summary, prog *Progress, stage func(string, time.Time)) ([]File, diag.List) {
	var keep *store.Store
	var prev map[string]*fileEntry
	memory := stg == nil
	if c != nil {
		keep, memory = c.store, c.memory || stg == nil
		if c.memory {
			prev = c.files
		} else if set.outErr == nil {
			start := time.Now()
			// A folder without the marker is not the one the files were
			// written into (or someone emptied it): every file is written.
			_, err := os.Stat(filepath.Join(set.out, Marker))
			if files, ok := outputFiles.Get(keep, outputKey(set.out)); ok && err == nil {
				prev = make(map[string]*fileEntry, len(files))
				for p, e := range files {
					cp := *e
					prev[p] = &cp
				}
				verify(set.out, prev)
			}
			stage("verify", start)
		}
	}
	out := newSink(ctx, memory, stg, prev)
	if stg != nil && !memory {
		out.out = set.out
		out.sums = c != nil // a build without a cache writes every file, and keeps nothing of them
	}
	defer out.close() // the files Before mapped are written by then

	data := make(chan error, 1)
	var took time.Duration
	go func() {
		start := time.Now()
		err := export.Write(t, exportSite(r), keep, out)
		if err == nil {
			err = search.Write(t, site.Language, keep, out)
		}
		took = time.Since(start)
		data <- err
	}()

	start := time.Now()
	pages, probs := r.Write(ctx, t, keep, out, func(n int) func() {
		prog.begin("render", n)
		return prog.step
	})
	stage("pages", start)
	err := <-data // before any return: it writes into stg
	sum.Stages = append(sum.Stages, Stage{"data", took})
	if probs.HasErrors() {
		return nil, probs
	}
	if err == nil {
		err = export.Sitemap(pages.Listed, exportSite(r), out)
	}
	if err != nil {
		probs.Merge("", err)
		return nil, probs
	}
	files, next := out.result()
	sum.Pages = len(pages.All)
	for _, p := range pages.All {
		if out.written[p] {
			sum.PagesWritten++
		}
	}
	sum.PagesUnchanged = sum.Pages - sum.PagesWritten
	sum.FilesWritten = len(out.written)
	sum.Files = len(files)
	for _, e := range next {
		sum.Bytes += e.Size
	}
	if c != nil {
		if c.memory {
			c.files = next
		} else if stg != nil && set.outErr == nil {
			c.pending = &pendingOutput{out: set.out, files: next, written: out.written}
		}
	}
	return files, probs
}

// pendingOutput is the files a build on disk is about to put in its
// output folder: once they are there (Run), their entries, with the
// times the file system gave them, go into the store for the next build.
type pendingOutput struct {
	out     string
	files   map[string]*fileEntry
	written map[string]bool
}

// commit records the files of the output folder a build just wrote.
func (c *Cache) commit() {
	p := c.pending
	c.pending = nil
	if p == nil {
		return
	}
	stamp(p.out, p.files, p.written)
	outputFiles.Put(c.store, outputKey(p.out), p.files)
}

// exportSite returns what the data files say of the site r renders.
func exportSite(r *render.Site) export.Site {
	return export.Site{BaseURL: r.Config.BaseURL, Title: r.Config.Title, Text: r.Text()}
}
