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
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gohugoio/hashstructure"

	"timeline/assets"
	"timeline/internal/address"
	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/diag"
	"timeline/internal/edits"
	"timeline/internal/overlay"
	"timeline/internal/render"
	"timeline/internal/store"
	"timeline/internal/timeline"
	"timeline/templates"
)

// Options say what to build and where.
type Options struct {
	SiteDir   string    // the site folder: site.toml, content/, templates/, assets/
	Out       string    // the output folder; "" for site.toml's output, relative to Site
	Now       time.Time // the build's "now": publication dates after it are refused
	Cache     *Cache    // what earlier builds kept; nil to build from scratch
	DiskCache bool      // Run, without Cache: read the cache in the site's .timeline-cache/ and write it back
	Progress  *Progress // counters a display reads while the build runs; nil for none
	Review    string    // Run: also write the review listing to this folder (never the output folder)
	Drafts    bool      // include the articles marked draft = true (serve, build -drafts); else they are left out
	// Changed, when not nil, names the files (relative to Site, with
	// forward slashes) that changed since the last build with Cache, as a
	// watcher saw them: the other articles are taken from the cache
	// without a look at their files (serve). nil: every file is looked at.
	Changed []string

	strict bool // Check's build: what a build warns of and publishes anyway is an error
	// lean is Run's build without a review: its result is written and
	// dropped, so the extractions' mentions, which the timeline holds
	// copies of, need not stay live while the pages are drawn.
	lean bool
}

// Stage is the time one stage of the pipeline took.
type Stage struct {
	Name string
	Time time.Duration
}

// Summary is what a build did.
type Summary struct {
	Out            string // the output folder
	Review         string // the review listing's folder, when written
	Articles       int    // articles read, drafts included
	Drafts         int    // of Articles, those marked draft = true
	Unpublished    int    // drafts left out of the site: Drafts, unless Options.Drafts
	Cached         int    // articles neither read again nor extracted: unchanged since the cache was made
	Dropped        int    // boilerplate lines dropped
	Dates          int    // mentions: dated sentences
	Events         int
	Pages          int // HTML pages
	PagesWritten   int // pages whose bytes changed (all of them in a clean build)
	PagesUnchanged int // pages whose bytes are those of the previous build
	Files          int // all files of the site
	FilesWritten   int
	Bytes          int64
	Fingerprint    string // hash of the whole input: configuration, front matter, bodies, templates, assets
	Stages         []Stage
	Time           time.Duration
	Notes          []string // about the cache: what was not used and why
	Lang           string   // the site's language, which Table and Report write in
}

// Result is everything a build produced, for the commands that need more
// than the files: check, review, serve.
type Result struct {
	Site        *config.Site
	Articles    []*content.Article    // their facts: Lines and Sentences are not kept (ReviewPage reads them again)
	Extractions []timeline.Extraction // Extractions[i] is Articles[i]'s
	Timeline    *timeline.Timeline
	// Files are the site's files, sorted by path, with their bytes when
	// the build kept them (in memory: Make).
	Files []File

	outErr error           // why a build may not replace its output folder; nil when it may
	dir    string          // the site folder, where the articles' files are
	copt   content.Options // as the articles were read
}

// File returns the bytes of the site's file at path p, relative to the
// output folder with forward slashes, and false when the site has none. A
// data file kept in pieces is joined when asked for, not at each build:
// a preview seldom downloads events.json. With a cache on disk, a file
// left unchanged in the output folder has no bytes here (see Files).
func (r *Result) File(p string) ([]byte, bool) {
	i, ok := slices.BinarySearchFunc(r.Files, p, func(f File, p string) int { return strings.Compare(f.Path, p) })
	if !ok {
		return nil, false
	}
	return r.Files[i].Bytes(), true
}

// Run builds the site and writes it to the output folder. Problems of
// error severity leave the output folder as it was; all problems found are
// returned together, sorted by file and line. With opt.DiskCache, it reads
// the cache in the site's .timeline-cache/ and writes it back, so that the
// next build redoes only what changed.
func Run(ctx context.Context, opt Options) (_ *Summary, probs diag.List) {
	defer limitHeap()()
	set := configure(opt)
	// A signal after the new site is in place interrupts nothing worth
	// saying: the site is the new one, and the build ends as it would.
	written := false
	defer func() {
		if !written {
			probs = interrupted(ctx, set.out, probs)
		}
	}()
	disk := opt.Cache == nil && opt.DiskCache
	if disk {
		opt.Cache = LoadCache(opt.SiteDir)
	}
	// A build killed while it updated the output left a journal: undo it
	// first, so that the output is a site one build wrote; one killed while
	// it removed the previous site left that copy: remove it. Then the files
	// go into a new journal as they are rendered.
	var st *staging
	out := set.out
	if set.site != nil && set.outErr == nil {
		err := recoverUpdates(out)
		if err == nil {
			err = removeStale(out, time.Now())
		}
		if err == nil {
			st, err = newStaging(out)
		}
		if err != nil {
			var probs diag.List
			probs.Merge(out, err)
			return &Summary{}, probs
		}
	}
	defer st.discard()
	opt.lean = opt.Review == ""
	res, sum, probs := produce(ctx, opt, set, st)
	save := func() {
		if !disk {
			return
		}
		if err := opt.Cache.Save(); err != nil {
			probs.Add(diag.Warnf(CacheDir, 0, 0, "%v (the next build starts from scratch)", err))
		}
	}
	if res == nil || probs.HasErrors() {
		save()
		probs.Sort()
		return sum, probs
	}
	start := time.Now()
	var err error
	if st != nil {
		err = st.commit(ctx, out, res.Files)
	} else if err = set.outErr; err == nil {
		err = fmt.Errorf("%s: the site was made but could not be put in the output folder (build again)", out)
	}
	if err != nil {
		probs.Merge(out, err)
		save()
		probs.Sort()
		return sum, probs
	}
	written = true
	if opt.Cache != nil && !opt.Cache.memory {
		opt.Cache.commit()
	}
	save()
	if opt.Review != "" {
		if err := writeReview(ctx, opt, res, probs, out); err != nil {
			probs.Merge(opt.Review, err)
		}
		sum.Review = opt.Review
	}
	sum.Out = out
	sum.Stages = append(sum.Stages, Stage{"write", time.Since(start)})
	sum.Time += time.Since(start)
	probs.Sort()
	return sum, probs
}

// heapLimit is the soft limit of the heap while Run builds. A build
// writes its files as it renders them, so it holds only a part of the
// site live (more with the cache it writes: the articles, the listings'
// rows and the search index's state), but the collector lets the heap
// grow to twice what is live (GOGC=100), and a large site then peaked
// above the target for resident memory (800 MB, issue 6). Under this
// limit the collector runs earlier instead. A lower limit sits too close
// to what a first build with its cache holds live, and the collector
// then runs over and over for little; this one leaves it room and keeps
// the peak under the target. A larger site, with more live, gets more
// collection work (at most half the CPU, the runtime's cap), not a
// failure.
const heapLimit = 700 << 20

// gcPercent is the collector's GOGC while Run builds under heapLimit:
// the limit bounds the heap, so below it the collector may wait longer
// than GOGC=100 lets it. A cold build with its cache then collects less
// often, for less CPU, and peaks no higher: the limit, not GOGC, sets
// the peak.
const gcPercent = 200

// limitHeap sets heapLimit, unless GOMEMLIMIT or the caller set a lower
// one, and with it gcPercent, unless GOGC is set; it returns what puts
// both back.
func limitHeap() (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	prev := debug.SetMemoryLimit(-1)
	if prev <= heapLimit {
		return func() {}
	}
	debug.SetMemoryLimit(heapLimit)
	gc := -2 // no change
	if os.Getenv("GOGC") == "" {
		gc = debug.SetGCPercent(gcPercent)
	}
	return func() {
		debug.SetMemoryLimit(prev)
		if gc != -2 {
			debug.SetGCPercent(gc)
		}
	}
}

// Make runs every stage but writing: it returns the files of the site in
// memory. With opt.Cache, it reads, extracts and renders again only what
// changed since the build that filled the cache.
func Make(ctx context.Context, opt Options) (*Result, *Summary, diag.List) {
	return produce(ctx, opt, configure(opt), nil)
}

// setup is what a build works out once from its options, before it reads
// an article: the site's configuration and the output folder.
type setup struct {
	site   *config.Site // nil when site.toml cannot be read
	probs  diag.List    // site.toml's problems
	out    string       // the output folder
	outErr error        // why a build may not replace out; nil when it may
}

// configure reads site.toml and works out the output folder.
func configure(opt Options) setup {
	var set setup
	set.site, set.probs = config.Load(opt.SiteDir)
	set.out, set.outErr = outDir(opt, set.site)
	return set
}

// produce is Make; with a staging folder, it writes each file to write into it as
// soon as the file is made, and returns it without Data.
func produce(ctx context.Context, opt Options, set setup, st *staging) (*Result, *Summary, diag.List) {
	sum := &Summary{}
	c := opt.Cache
	if c != nil {
		c.mu.Lock()
		defer c.mu.Unlock()
		defer func() { sum.Notes, c.notes = c.notes, nil }() // said once
		c.store.Begin()
	}
	var probs diag.List
	began := time.Now()
	stage := func(name string, start time.Time) {
		sum.Stages = append(sum.Stages, Stage{name, time.Since(start)})
	}

	start := time.Now()
	site := set.site
	probs = append(probs, set.probs...)
	if site == nil || set.probs.HasErrors() {
		probs.Sort()
		return nil, sum, probs
	}
	tfs := folder(opt.SiteDir, render.TemplatesDir, templates.FS)
	afs := folder(opt.SiteDir, render.AssetsDir, assets.FS)
	sum.Lang = site.Language
	r, list := render.New(site, tfs, afs)
	probs = append(probs, list...)
	stage("config", start)

	var keep *store.Store
	if c != nil {
		keep = c.store
	}
	lx, list := readLexicons(opt.SiteDir)
	probs = append(probs, list...)
	arts, exts, list := readArticles(ctx, opt, site, lx, keep, sum, stage)
	probs = append(probs, list...)
	if err := ctx.Err(); err != nil {
		probs.Merge("", err)
		return nil, sum, probs
	}
	sum.Articles = len(arts) // counted here, for check to say what it read even when it stops before the pages
	// The editors' headlines and summaries (content/events.toml), each
	// entry checked on its own; nil without the file. The timeline
	// matches each against the happenings of its date and reports the
	// entries that pick none or several.
	// Two files saved from one page count as one article: a warning
	// here, an error for check.
	report := diag.Warnf
	if opt.strict {
		report = diag.Errorf
	}
	probs = append(probs, content.SameURLs(arts, report)...)
	arts, exts = drafts(arts, exts, opt.Drafts, sum)
	// Check reads the drafts, but says what a build would.
	shown := sum.Articles - sum.Unpublished
	if opt.strict {
		shown = sum.Articles - sum.Drafts
	}
	if shown == 0 && !probs.HasErrors() && (st != nil || opt.strict) && publishedSite(set.out) {
		// An empty content/ (or one whose files were all skipped, or
		// whose articles are all drafts) would replace the published
		// site by an empty one. A new site, with nothing published yet,
		// builds: its pages say there is nothing yet. serve replaces
		// nothing.
		probs.Add(diag.Errorf(content.Dir, 0, 0, "no article to publish: an empty site would replace the one in %s (put the articles, files ending in .md, in %s/, or set draft = false in one; `timeline new TITLE` writes one)", set.out, content.Dir))
	}
	entries, list := readEdits(opt.SiteDir)
	probs = append(probs, list...)

	start = time.Now()
	t, list := timeline.Build(site, lx, arts, exts, entries, keep)
	probs = append(probs, list...)
	stage("timeline", start)
	if opt.lean {
		// The events hold their own copies of the mentions; the store's
		// records, when there is one, keep theirs for the next build.
		// On 10,000 articles this is about 85 MB less live while the
		// pages are drawn, which the collector no longer scans.
		for i := range exts {
			exts[i].Mentions = nil
		}
	}
	if c != nil && !c.memory && st != nil {
		// Run saves this cache: the articles are all read, and their
		// shards are written while the pages are drawn.
		keep.Prepare(records.Name)
	}
	if probs.HasErrors() {
		probs.Sort()
		return nil, sum, probs
	}

	files, list := makeSite(ctx, r, site, t, c, set, st, sum, opt.Progress, stage)
	probs = append(probs, list...)
	if probs.HasErrors() {
		probs.Sort()
		return nil, sum, probs
	}

	fp, err := fingerprint(opt.SiteDir, arts, entries, tfs, afs)
	if err != nil {
		probs.Merge("", err)
	}
	sum.Fingerprint = fp
	sum.Events = len(t.Events)
	sum.Time = time.Since(began)
	probs.Sort()
	res := &Result{Site: site, Articles: arts, Extractions: exts, Timeline: t, Files: files,
		outErr: set.outErr, dir: opt.SiteDir, copt: content.Options{Language: site.Language, Now: opt.Now, Messages: site.Language}}
	return res, sum, probs
}

// drafts counts the drafts among arts into sum and, unless keep, leaves
// them out, with their extractions.
func drafts(arts []*content.Article, exts []timeline.Extraction, keep bool, sum *Summary) ([]*content.Article, []timeline.Extraction) {
	for _, a := range arts {
		if a.Draft {
			sum.Drafts++
		}
	}
	if keep || sum.Drafts == 0 {
		return arts, exts
	}
	sum.Unpublished = sum.Drafts
	var outA []*content.Article
	var outX []timeline.Extraction
	for i, a := range arts {
		if !a.Draft {
			outA, outX = append(outA, a), append(outX, exts[i])
		}
	}
	return outA, outX
}

// publishedSite reports whether the folder out holds a site with
// articles: one with a source page.
func publishedSite(out string) bool {
	found, _ := filepath.Glob(filepath.Join(out, filepath.FromSlash(address.Source("*"))))
	return len(found) > 0
}

// ConfigFile is the name of the site's configuration in the site folder.
const ConfigFile = config.FileName

// InputFolders returns the names of the folders of the site folder that a
// build reads, besides ConfigFile: the articles, the templates and the
// assets.
func InputFolders() []string {
	return []string{content.Dir, render.TemplatesDir, render.AssetsDir}
}

// folder returns the site's own folder name under site laid over the
// default shipped in the binary, when the site has one: a site gives the
// files it changes, the defaults the rest; else the default alone.
func folder(site, name string, def fs.FS) fs.FS {
	dir := filepath.Join(site, name)
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		return overlay.FS{os.DirFS(dir), def}
	}
	return def
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

// fingerprint hashes the whole input: site.toml, every article, the
// editors' entries, the templates and the assets. Two builds of the same
// input print the same.
func fingerprint(site string, arts []*content.Article, entries []edits.Entry, tfs, afs fs.FS) (string, error) {
	cfg, err := os.ReadFile(filepath.Join(site, config.FileName))
	if err != nil {
		return "", fmt.Errorf("fingerprint: %w", err)
	}
	in := struct {
		Config    string
		Articles  []uint64
		Edits     []edits.Entry
		Templates map[string]string
		Assets    map[string]string
	}{Config: string(cfg), Edits: entries, Templates: map[string]string{}, Assets: map[string]string{}}
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
