// Package build runs the pipeline: it loads the configuration and the
// articles, extracts their dates, assembles the timeline, renders the site
// and swaps it into the output folder only when every stage succeeded.
//
// It owns what crosses stages — timing, the summary, the input fingerprint —
// and the only writes to disk. It does not parse, tag or render itself.
package build

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/gohugoio/hashstructure"

	"timeline/assets"
	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/diag"
	"timeline/internal/render"
	"timeline/internal/timeline"
	"timeline/templates"
)

// Options say what to build and where.
type Options struct {
	Site string    // the site folder: site.toml, content/, templates/, assets/
	Out  string    // the output folder; "" for site.toml's output, relative to Site
	Now  time.Time // the build's "now": publication dates after it are refused
}

// Stage is the time one stage of the pipeline took.
type Stage struct {
	Name string
	Time time.Duration
}

// Summary is what a build did.
type Summary struct {
	Out         string // the output folder
	Articles    int
	Dropped     int // boilerplate lines dropped
	Dates       int // mentions: dated sentences
	Events      int
	Pages       int // HTML pages
	Files       int // all files written
	Bytes       int64
	Fingerprint string // hash of the whole input: configuration, front matter, bodies, templates, assets
	Stages      []Stage
	Time        time.Duration
}

// Result is everything a build produced, for the commands that need more
// than the files: check, review, serve.
type Result struct {
	Site     *config.Site
	Articles []*content.Article
	Timeline *timeline.Timeline
	Files    []render.File
}

// Run builds the site and writes it to the output folder. Problems of
// error severity leave the output folder as it was; all problems found are
// returned together, sorted by file and line.
func Run(ctx context.Context, opt Options) (*Summary, diag.List) {
	res, sum, probs := Make(ctx, opt)
	if res == nil || probs.HasErrors() {
		probs.Sort()
		return sum, probs
	}
	start := time.Now()
	out, err := outDir(opt, res.Site)
	if err == nil {
		err = Publish(ctx, out, res.Files)
	}
	if err != nil {
		probs.Merge(out, err)
		probs.Sort()
		return sum, probs
	}
	sum.Out = out
	sum.Stages = append(sum.Stages, Stage{"write", time.Since(start)})
	sum.Time += time.Since(start)
	probs.Sort()
	return sum, probs
}

// Make runs every stage but writing: it returns the files of the site in memory.
func Make(ctx context.Context, opt Options) (*Result, *Summary, diag.List) {
	sum := &Summary{}
	var probs diag.List
	began := time.Now()
	stage := func(name string, start time.Time) {
		sum.Stages = append(sum.Stages, Stage{name, time.Since(start)})
	}

	start := time.Now()
	site, list := config.Load(opt.Site)
	probs = append(probs, list...)
	if site == nil || list.HasErrors() {
		return nil, sum, probs
	}
	tfs := folder(opt.Site, render.TemplatesDir, templates.FS)
	afs := folder(opt.Site, render.AssetsDir, assets.FS)
	r, list := render.New(site, tfs, afs)
	probs = append(probs, list...)
	stage("config", start)

	start = time.Now()
	arts, list := content.Load(opt.Site, content.Options{Language: site.Language, Now: opt.Now})
	probs = append(probs, list...)
	stage("read", start)
	if err := ctx.Err(); err != nil {
		probs.Merge("", err)
		return nil, sum, probs
	}

	start = time.Now()
	exts := extractAll(arts)
	for _, x := range exts {
		probs = append(probs, x.Problems...)
		sum.Dates += len(x.Mentions)
	}
	for _, a := range arts {
		sum.Dropped += len(a.Dropped())
	}
	stage("extract", start)

	start = time.Now()
	t, list := timeline.Build(site, arts, exts)
	probs = append(probs, list...)
	stage("timeline", start)
	if probs.HasErrors() {
		return nil, sum, probs
	}

	start = time.Now()
	pages := r.Pages(t)
	files, list := renderAll(ctx, r, pages)
	probs = append(probs, list...)
	data, err := r.Data(t, pages)
	if err != nil {
		probs.Merge("", err)
	}
	files = append(files, data...)
	files = append(files, r.Assets()...)
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	stage("render", start)
	if probs.HasErrors() {
		return nil, sum, probs
	}

	fp, err := fingerprint(opt.Site, arts, tfs, afs)
	if err != nil {
		probs.Merge("", err)
	}
	sum.Fingerprint = fp
	sum.Articles = len(arts)
	sum.Events = len(t.Events)
	sum.Pages = len(pages)
	sum.Files = len(files)
	for _, f := range files {
		sum.Bytes += int64(len(f.Data))
	}
	sum.Time = time.Since(began)
	return &Result{Site: site, Articles: arts, Timeline: t, Files: files}, sum, probs
}

// folder returns the site's own folder name under site when it exists,
// else the default shipped in the binary.
func folder(site, name string, def fs.FS) fs.FS {
	dir := filepath.Join(site, name)
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		return os.DirFS(dir)
	}
	return def
}

// extractAll extracts every article's dates in parallel, bounded by GOMAXPROCS.
func extractAll(arts []*content.Article) []timeline.Extraction {
	exts := make([]timeline.Extraction, len(arts))
	parallel(len(arts), func(i int) { exts[i] = timeline.Extract(arts[i]) })
	return exts
}

// parallel calls f(0) … f(n-1) on GOMAXPROCS goroutines.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var next int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := int(next)
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

// renderAll renders the pages in parallel; a page that fails is reported
// and the others still render, so that one report lists every problem.
func renderAll(ctx context.Context, r *render.Site, pages []*render.Page) ([]render.File, diag.List) {
	files := make([]render.File, len(pages))
	errs := make([]error, len(pages))
	parallel(len(pages), func(i int) {
		if ctx.Err() != nil {
			errs[i] = ctx.Err()
			return
		}
		data, err := r.Render(pages[i])
		files[i] = render.File{Path: pages[i].Path, Data: data}
		errs[i] = err
	})
	var probs diag.List
	seen := map[string]bool{}
	for _, err := range errs {
		if err == nil {
			continue
		}
		// A broken template fails every page drawn with it: say so once.
		if msg := err.Error(); !seen[msg] {
			seen[msg] = true
			probs.Merge("", err)
		}
	}
	if probs.HasErrors() {
		return nil, probs
	}
	return files, probs
}

// fingerprint hashes the whole input: site.toml, every article, the
// templates and the assets. Two builds of the same input print the same.
func fingerprint(site string, arts []*content.Article, tfs, afs fs.FS) (string, error) {
	cfg, err := os.ReadFile(filepath.Join(site, config.FileName))
	if err != nil {
		return "", fmt.Errorf("fingerprint: %w", err)
	}
	in := struct {
		Config    string
		Articles  []uint64
		Templates map[string]string
		Assets    map[string]string
	}{Config: string(cfg), Templates: map[string]string{}, Assets: map[string]string{}}
	for _, a := range arts {
		in.Articles = append(in.Articles, a.Hash)
	}
	for _, d := range []struct {
		fsys fs.FS
		m    map[string]string
	}{{tfs, in.Templates}, {afs, in.Assets}} {
		err := fs.WalkDir(d.fsys, ".", func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			data, err := fs.ReadFile(d.fsys, p)
			d.m[p] = string(data)
			return err
		})
		if err != nil {
			return "", fmt.Errorf("fingerprint: %w", err)
		}
	}
	h, err := hashstructure.Hash(in, nil)
	if err != nil {
		return "", fmt.Errorf("fingerprint: %w", err)
	}
	return fmt.Sprintf("%016x", h), nil
}
