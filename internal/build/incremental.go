package build

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/zeebo/xxh3"

	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/diag"
	"timeline/internal/export"
	"timeline/internal/render"
	"timeline/internal/store"
	"timeline/internal/timeline"
)

// stable is how old a file must be when read for its modification time to
// tell a later change: file systems keep times at up to 2 s precision, and
// a file changed twice within that time may show the same time and size.
// A younger file is read and hashed again at the next build.
const stable = 2 * time.Second

// readArticles reads the articles and extracts their dates, in parallel.
// With a cache, an article whose file has the size and modification time
// it had is not read again, and one whose bytes hash to the same key is not
// parsed or extracted again. Articles come back in path order, their
// extractions beside them, without the ones in error.
func readArticles(ctx context.Context, opt Options, site *config.Site, sum *Summary, stage func(string, time.Time)) ([]*content.Article, []timeline.Extraction, diag.List) {
	start := time.Now()
	c := opt.Cache
	files, found, changed := findArticles(opt)
	probs := append(diag.List(nil), found...)
	copt := content.Options{Language: site.Language, Now: opt.Now}
	type slot struct {
		entry  *cachedArticle   // the article, from the cache or newly read
		parsed *content.Article // newly parsed, with its text: to extract
		probs  diag.List        // problems when there is no entry
	}
	slots := make([]slot, len(files))
	opt.Progress.begin("read", len(files))
	parallel(len(files), func(i int) {
		if ctx.Err() != nil {
			return
		}
		defer opt.Progress.step()
		f := files[i]
		var old *cachedArticle
		if c != nil {
			old = c.articles[f.Path]
		}
		if changed != nil && !changed[f.Path] && old != nil && old.Stable && !future(old.Article, opt.Now) {
			slots[i].entry = old // unchanged, the watcher says
			return
		}
		st, err := os.Lstat(f.Abs)
		if err == nil && old != nil && old.Stable && old.Size == st.Size() && old.ModTime == st.ModTime().UnixNano() && !future(old.Article, opt.Now) {
			slots[i].entry = old
			return
		}
		data, list, ok := content.ReadFile(f)
		if !ok {
			slots[i].probs = list
			return
		}
		e := &cachedArticle{}
		if err == nil {
			e.Size, e.ModTime = st.Size(), st.ModTime().UnixNano()
			e.Stable = time.Since(st.ModTime()) > stable
		}
		e.Key = articleKey(f.Path, data, site.Language)
		if old != nil && old.Key == e.Key && !future(old.Article, opt.Now) {
			e.Article, e.Dropped, e.Extraction, e.Problems = old.Article, old.Dropped, old.Extraction, old.Problems
			slots[i].entry = e
			return
		}
		a, list := content.Parse(f.Path, data, copt)
		if a == nil {
			slots[i].probs = list
			return
		}
		e.Problems = plain(list)
		e.Dropped = len(a.Dropped())
		slots[i] = slot{entry: e, parsed: a}
	})
	stage("read", start)
	if ctx.Err() != nil {
		return nil, nil, probs
	}

	start = time.Now()
	fresh := 0
	for _, s := range slots {
		if s.parsed != nil {
			fresh++
		}
	}
	opt.Progress.begin("extract", fresh)
	parallel(len(slots), func(i int) {
		s := &slots[i]
		if s.parsed == nil {
			return
		}
		defer opt.Progress.step()
		x := timeline.Extract(s.parsed)
		for k, p := range plain(x.Problems) {
			x.Problems[k] = &p
		}
		s.entry.Extraction = x
		facts := *s.parsed
		facts.Lines, facts.Sentences = nil, nil
		s.entry.Article = &facts
	})
	var arts []*content.Article
	extOf := map[*content.Article]timeline.Extraction{}
	next := map[string]*cachedArticle{}
	for i, s := range slots {
		probs = append(probs, s.probs...)
		e := s.entry
		if e == nil {
			continue
		}
		next[files[i].Path] = e
		if s.parsed == nil {
			sum.Cached++
		}
		for _, p := range e.Problems {
			p := p
			probs.Add(&p)
		}
		probs = append(probs, e.Extraction.Problems...)
		sum.Dates += len(e.Extraction.Mentions)
		sum.Dropped += e.Dropped
		arts = append(arts, e.Article)
		extOf[e.Article] = e.Extraction
	}
	if c != nil {
		c.replaceArticles(next)
		if c.memory {
			c.listing = &listing{files: files, probs: found}
		}
	}
	arts, probs = content.CheckSlugs(arts, probs)
	exts := make([]timeline.Extraction, len(arts))
	for i, a := range arts {
		exts[i] = extOf[a]
	}
	stage("extract", start)
	return arts, exts, probs
}

// listing is what content.Find found, kept for the next build.
type listing struct {
	files []content.File
	probs diag.List
}

// findArticles lists the article files as content.Find does. With
// opt.Changed and the listing of the last build with the cache, it
// updates that listing instead of walking content/ again, and returns the
// set of article files that changed: the others need no look at the file
// system either. Anything that is not an article file (a folder, another
// kind of file, a link) makes it walk content/, and changed is then nil.
func findArticles(opt Options) (files []content.File, probs diag.List, changed map[string]bool) {
	c := opt.Cache
	var last *listing
	if c != nil {
		// Taken: a build that stops before reading every article leaves
		// no listing, and the next one walks content/.
		last, c.listing = c.listing, nil
	}
	if last == nil || opt.Changed == nil {
		files, probs = content.Find(opt.Site)
		return files, probs, nil
	}
	files = last.files
	changed = map[string]bool{}
	for _, p := range opt.Changed {
		dir, _, _ := strings.Cut(p, "/")
		if dir != content.Dir {
			continue // site.toml, a template, an asset
		}
		if !articlePath(p) {
			files, probs = content.Find(opt.Site)
			return files, probs, nil
		}
		abs := filepath.Join(opt.Site, filepath.FromSlash(p))
		st, err := os.Lstat(abs)
		there := err == nil
		if err != nil && !errors.Is(err, fs.ErrNotExist) || there && !st.Mode().IsRegular() {
			files, probs = content.Find(opt.Site)
			return files, probs, nil
		}
		changed[p] = true
		// content.Find sorts the files by path.
		i, found := slices.BinarySearchFunc(files, p, func(f content.File, p string) int { return strings.Compare(f.Path, p) })
		switch {
		case there && !found:
			files = slices.Insert(slices.Clip(files), i, content.File{Path: p, Abs: abs})
		case !there && found:
			files = slices.Delete(slices.Clone(files), i, i+1)
		}
	}
	return files, last.probs, changed
}

// articlePath reports whether p, under content/, names a file content.Find
// would list if it were a regular file: a .md file in no hidden, private
// or backup folder.
func articlePath(p string) bool {
	parts := strings.Split(p, "/")
	if len(parts) < 2 {
		return false
	}
	for _, s := range parts[1:] {
		if s == "" || strings.HasPrefix(s, ".") || strings.HasPrefix(s, "#") || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "~") {
			return false
		}
	}
	return strings.EqualFold(path.Ext(p), ".md")
}

// future reports whether an article's publication date is after now: the
// cached article is then read again, for the error to be reported.
func future(a *content.Article, now time.Time) bool {
	return !now.IsZero() && a.Day().First().After(now)
}

// replaceArticles makes next the cache's articles, marking the shards
// whose content changed.
func (c *Cache) replaceArticles(next map[string]*cachedArticle) {
	for p, e := range next {
		if c.articles[p] != e {
			c.shards[shardOf(p)] = true
		}
	}
	for p := range c.articles {
		if _, ok := next[p]; !ok {
			c.shards[shardOf(p)] = true
		}
	}
	c.articles = next
}

// renderSite renders the pages and the data files. With a cache, a page
// whose deps are unchanged is not computed, one without deps whose data
// hash is unchanged is not rendered, and a file whose bytes are unchanged
// is not written: it comes back without Data when the cache is on disk.
// With a staging folder, each file to write is written into it as soon
// as it is made, and comes back without Data too. Its stages are "plan"
// (which pages there are and which a rebuild reuses), "pages" and
// "data" (the data files and the search index).
func renderSite(ctx context.Context, r *render.Site, t *timeline.Timeline, c *Cache, st *staging, sum *Summary, prog *Progress, stage func(string, time.Time)) ([]render.File, map[string]*cachedFile, diag.List) {
	start := time.Now()
	prev := map[string]*cachedFile{}
	if c != nil {
		prev = c.files
	}
	have := func(f *cachedFile) bool { return f != nil && (!c.memory || f.Data != nil || f.Parts != nil) }

	// The data files are made while the pages are planned and drawn: a
	// rebuild draws a few pages, and the data files, the search index
	// most, would then keep one core busy alone after them.
	data := make(chan dataFiles, 1)
	go func() {
		start := time.Now()
		d := makeData(ctx, r, t, c, st, prev)
		d.took = time.Since(start)
		data <- d
	}()

	reused := make(map[string]bool, len(prev))
	var pages []*render.Page
	if c == nil {
		pages = r.Pages(t)
	} else {
		pages = r.PagesReusing(t, func(path string, deps uint64) bool {
			ok := have(prev[path]) && prev[path].Deps == deps
			reused[path] = ok
			return ok
		})
	}
	stage("plan", start)

	// The sitemap lists the pages, which are drawn meanwhile: it reads a
	// copy of their paths.
	sitemap := make(chan error, 1)
	listed := make([]string, 0, len(pages))
	for _, p := range pages {
		if p.Kind != "404" { // served at any address: it has none of its own
			listed = append(listed, p.Path)
		}
	}
	smOut := &dataOutput{ctx: ctx, c: c, st: st, prev: prev}
	go func() { sitemap <- export.Sitemap(listed, exportSite(r), smOut) }()

	start = time.Now()
	prog.begin("render", len(pages))
	files := make([]render.File, len(pages))
	entries := make([]*cachedFile, len(pages))
	written := make([]bool, len(pages))
	errs := make([]error, len(pages))
	parallel(len(pages), func(i int) {
		if ctx.Err() != nil {
			errs[i] = ctx.Err()
			return
		}
		defer prog.step()
		defer func() {
			if errs[i] == nil {
				errs[i] = st.put(&files[i])
			}
		}()
		p := pages[i]
		old := prev[p.Path]
		if reused[p.Path] {
			files[i], entries[i] = render.File{Path: p.Path, Data: old.Data}, old
			return
		}
		var key uint64
		// A page with deps whose deps changed has most likely changed:
		// hashing its data (reflection over every field) would cost
		// about what rendering it does, for nothing.
		if c != nil && p.Deps == 0 {
			key, _ = r.Key(p) // 0 on failure: the page is rendered
			if key != 0 && have(old) && old.Key == key {
				e := *old
				e.Deps = p.Deps
				files[i], entries[i] = render.File{Path: p.Path, Data: old.Data}, &e
				return
			}
		}
		if st != nil && (c == nil || !c.memory) {
			// Written as soon as drawn, its bytes kept by no one: no copy
			// of them out of the buffer they were drawn into.
			errs[i] = r.RenderTo(p, func(data []byte) error {
				files[i], entries[i], written[i] = c.compare(p.Path, data, old)
				return st.put(&files[i])
			})
		} else {
			var data []byte
			data, errs[i] = r.Render(p)
			if errs[i] == nil {
				files[i], entries[i], written[i] = c.compare(p.Path, data, old)
			}
		}
		p.Data = nil // the view is no longer needed: let it go
		if errs[i] == nil {
			entries[i].Deps, entries[i].Key = p.Deps, key
		}
	})
	stage("pages", start)
	d := <-data // before any return: it writes into st
	sum.Stages = append(sum.Stages, Stage{"data", d.took})
	var probs diag.List
	seen := map[string]bool{}
	for i, err := range errs {
		if err == nil {
			continue
		}
		// A broken template fails every page drawn with it: say so once,
		// on the first page (the message names the page: leave it out).
		if msg := strings.Replace(err.Error(), "on "+pages[i].Path+": ", "", 1); !seen[msg] {
			seen[msg] = true
			probs.Merge("", err)
		}
	}
	if probs.HasErrors() {
		return nil, nil, probs
	}
	sum.Pages = len(pages)
	for _, w := range written {
		if w {
			sum.PagesWritten++
		}
	}
	sum.PagesUnchanged = sum.Pages - sum.PagesWritten
	if d.err != nil {
		probs.Merge("", d.err)
		return nil, nil, probs
	}
	files, entries, written = append(files, d.files...), append(entries, d.entries...), append(written, d.written...)
	if err := <-sitemap; err != nil {
		probs.Merge("", err)
		return nil, nil, probs
	}
	files, entries, written = append(files, smOut.d.files...), append(entries, smOut.d.entries...), append(written, smOut.d.written...)
	next := make(map[string]*cachedFile, len(files))
	for i, f := range files {
		next[f.Path] = entries[i]
		if written[i] {
			sum.FilesWritten++
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, next, probs
}

// dataFiles are the data files and assets of a build, with their cache
// entries (see makeData).
type dataFiles struct {
	files   []render.File
	entries []*cachedFile
	written []bool
	took    time.Duration
	err     error
}

// makeData makes the data files (events.json, events.csv, the feed,
// robots.txt, the search index; not the sitemap, which needs the pages)
// and the assets, as renderSite does the pages.
func makeData(ctx context.Context, r *render.Site, t *timeline.Timeline, c *Cache, st *staging, prev map[string]*cachedFile) dataFiles {
	out := &dataOutput{ctx: ctx, c: c, st: st, prev: prev}
	var memo *render.Memo
	var keep *store.Store
	if c != nil {
		memo, keep = c.memo, c.store
	}
	err := export.Write(t, exportSite(r), keep, out)
	if err == nil {
		err = r.DataReusing(t, memo, func(f render.File) error {
			if f.Data == nil && f.Parts == nil { // a file of the search index the previous output holds (see render.SearchState)
				return out.keep(f.Path)
			}
			return out.Put(f.Path, 0, f.Data)
		})
	}
	for _, f := range r.Assets() {
		if err != nil {
			break
		}
		err = out.Put(f.Path, 0, f.Data)
	}
	out.d.err = err
	return out.d
}

// exportSite returns what the data files say of the site r renders.
func exportSite(r *render.Site) export.Site {
	return export.Site{BaseURL: r.Config.BaseURL, Title: r.Config.Title, Text: r.Text()}
}

// dataOutput is the store.Output the data files are made into: it keeps
// a file the build before made from the same key, and compares the bytes
// of the others with the build before's, as renderSite does a page's.
type dataOutput struct {
	ctx  context.Context
	c    *Cache
	st   *staging
	prev map[string]*cachedFile
	mu   sync.Mutex
	d    dataFiles
}

// Has reports whether the build before made the file at path from key,
// and the output still holds it; it is then kept.
func (o *dataOutput) Has(path string, key uint64) bool {
	old := o.prev[path]
	if key == 0 || old == nil || old.Key != key || (o.c != nil && o.c.memory && old.Data == nil && old.Parts == nil) {
		return false
	}
	return o.keep(path) == nil
}

// keep keeps the file of the build before at path.
func (o *dataOutput) keep(path string) error {
	old := o.prev[path]
	if old == nil {
		return fmt.Errorf("%s: not in the previous output, and made without bytes", path)
	}
	cp := *old
	f := render.File{Path: path}
	if o.c != nil && o.c.memory {
		f.Data, f.Parts = old.Data, old.Parts
	}
	return o.add(f, &cp, false)
}

// Put adds the file at path, made from key.
func (o *dataOutput) Put(path string, key uint64, parts ...[]byte) error {
	if err := o.ctx.Err(); err != nil {
		return err
	}
	var f render.File
	var e *cachedFile
	var w bool
	if len(parts) == 1 {
		f, e, w = o.c.compare(path, parts[0], o.prev[path])
	} else {
		// Kept and written piece by piece, never joined: most pieces are
		// the store's, many the previous build's.
		f, e, w = o.c.compareParts(path, parts, o.prev[path])
	}
	e.Key = key
	return o.add(f, e, w)
}

func (o *dataOutput) add(f render.File, e *cachedFile, written bool) error {
	if err := o.st.put(&f); err != nil {
		return err
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	o.d.files, o.d.entries, o.d.written = append(o.d.files, f), append(o.d.entries, e), append(o.d.written, written)
	return nil
}

// compareParts is compare for a file in parts, which stay apart: on disk
// they are hashed, in memory compared with the previous build's, most of
// them the same pieces of the memo.
func (c *Cache) compareParts(path string, parts [][]byte, old *cachedFile) (render.File, *cachedFile, bool) {
	f := render.File{Path: path, Parts: parts}
	if c == nil {
		return f, &cachedFile{Size: int64(f.Size())}, true
	}
	if c.memory {
		if old != nil && old.Parts != nil && sameParts(old.Parts, parts) {
			e := *old
			return render.File{Path: path, Parts: old.Parts}, &e, false
		}
		return f, &cachedFile{Size: int64(f.Size()), Parts: parts}, true
	}
	h := xxh3.New()
	for _, p := range parts {
		h.Write(p)
	}
	e := &cachedFile{Size: int64(f.Size()), Sum: h.Sum128().Bytes()}
	if old != nil && old.Sum == e.Sum && old.Size == e.Size {
		cp := *old
		return render.File{Path: path}, &cp, false
	}
	return f, e, true
}

// sameParts reports whether a and b hold the same bytes cut at the same
// places. A piece the memo kept is the very slice it was, and is not
// compared byte by byte.
func sameParts(a, b [][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		if len(a[i]) > 0 && &a[i][0] == &b[i][0] {
			continue
		}
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

// compare returns the file to write for data at path, its cache entry,
// and whether its bytes differ from old's. Unchanged bytes on disk come
// back as a file without Data: the previous output folder holds them.
func (c *Cache) compare(path string, data []byte, old *cachedFile) (render.File, *cachedFile, bool) {
	if c == nil {
		return render.File{Path: path, Data: data}, &cachedFile{Size: int64(len(data))}, true
	}
	if c.memory {
		if old != nil && bytes.Equal(old.Data, data) {
			e := *old
			return render.File{Path: path, Data: old.Data}, &e, false
		}
		return render.File{Path: path, Data: data}, &cachedFile{Size: int64(len(data)), Data: data}, true
	}
	sum := xxh3.Hash128(data).Bytes()
	if old != nil && old.Sum == sum && old.Size == int64(len(data)) {
		e := *old
		return render.File{Path: path}, &e, false
	}
	return render.File{Path: path, Data: data}, &cachedFile{Sum: sum, Size: int64(len(data))}, true
}

// commitFiles records the files of res, now written to out, as the
// cache's files: the new ones with the time the file system gave them.
func (c *Cache) commitFiles(out string, res *Result, st *staging) {
	c.mu.Lock()
	defer c.mu.Unlock()
	abs := cacheOut(out)
	var fresh []string
	for _, f := range res.Files {
		if f.Data != nil || f.Parts != nil || (st != nil && st.written[f.Path]) {
			fresh = append(fresh, f.Path)
		}
	}
	parallel(len(fresh), func(i int) {
		e := res.files[fresh[i]]
		if st, err := os.Lstat(filepath.Join(abs, filepath.FromSlash(fresh[i]))); err == nil {
			e.ModTime = st.ModTime().UnixNano()
		} else {
			e.Size = -1 // never matches: rendered again next time
		}
	})
	c.files, c.out, c.pagesNew = res.files, abs, true
	c.index, c.indexNew = res.index, res.index != nil
}
