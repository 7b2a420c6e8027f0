package build

import (
	"context"
	"encoding/binary"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/zeebo/xxh3"

	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/diag"
	"timeline/internal/store"
	"timeline/internal/timeline"
)

// record is what reading one article gives a build: its facts, its
// boilerplate lines dropped, the warnings reading it gave, and its
// extraction. It depends on the article's file and the extraction
// settings alone (see articleKey).
type record struct {
	Article    *content.Article // its facts: Lines and Sentences are not kept
	Dropped    int
	Problems   []diag.Problem
	Extraction timeline.Extraction
}

// records are the articles read, by articleKey: kept on disk, so that a
// rebuild reads and extracts only the articles that changed.
var records = &store.Table[*record]{Name: "articles", Encode: encodeRecord, Decode: decodeRecord}

func encodeRecord(r *record) []byte {
	var w store.Writer
	r.Article.Encode(&w)
	w.Int(int64(r.Dropped))
	content.EncodeProblems(&w, r.Problems)
	r.Extraction.Encode(&w)
	return w.Bytes()
}

func decodeRecord(b []byte) (*record, error) {
	rd := store.NewReader(b)
	a, err := content.DecodeArticle(rd)
	if err != nil {
		return nil, err
	}
	r := &record{Article: a, Dropped: int(rd.Int()), Problems: content.DecodeProblems(rd)}
	if r.Extraction, err = timeline.DecodeExtraction(rd); err != nil {
		return nil, err
	}
	return r, rd.Done()
}

// fileStat is what a build knows of an article's file when it read it,
// so that the next build tells the file unchanged without reading it.
type fileStat struct {
	Size, ModTime int64
	// Stable is true when the file was old enough when read for a later
	// change to show in ModTime (see stable).
	Stable bool
	Key    uint64 // the articleKey of its bytes
}

// stats are the article files read, by statKey of their path.
var stats = &store.Table[fileStat]{Name: "article-files",
	Encode: func(s fileStat) []byte {
		var w store.Writer
		w.Int(s.Size)
		w.Int(s.ModTime)
		w.Bool(s.Stable)
		w.Word(s.Key)
		return w.Bytes()
	},
	Decode: func(b []byte) (fileStat, error) {
		r := store.NewReader(b)
		s := fileStat{Size: r.Int(), ModTime: r.Int(), Stable: r.Bool(), Key: r.Word()}
		return s, r.Done()
	},
}

// statKey is the key of an article file's fileStat, for the extraction
// settings lang.
func statKey(path, lang string, lex uint64) uint64 {
	return store.Texts("article file", path, lang, strconv.FormatUint(lex, 16))
}

// stable is how old a file must be when read for its modification time to
// tell a later change: file systems keep times at up to 2 s precision, and
// a file changed twice within that time may show the same time and size.
// A younger file is read and hashed again at the next build.
const stable = 2 * time.Second

// extractVersion names the extraction's output format. The cache on disk
// is also keyed by the program itself (see store.Open), so a change to
// the tagger invalidates it without anyone bumping this; bump it when the
// meaning of a kept field changes within one program.
const extractVersion = 2

// articleKey hashes what an article's reading and extraction depend on:
// its path, its bytes (front matter and body) and the extraction settings:
// the site's language and the lexicons' key (timeline.Lexicons). XXH3, as
// content.Parse hashes an article's text, and for the same reason.
func articleKey(path string, data []byte, lang string, lex uint64) uint64 {
	h := xxh3.New()
	var b []byte
	for _, s := range []string{path, lang} {
		b = binary.LittleEndian.AppendUint64(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.LittleEndian.AppendUint64(b, extractVersion)
	b = binary.LittleEndian.AppendUint64(b, lex)
	h.Write(b)
	h.Write(data)
	return h.Sum64()
}

// readArticles reads the articles and extracts their dates, in parallel.
// An article whose file has the size and modification time it had is not
// read again, and one whose bytes hash to a key the store holds is not
// parsed or extracted again. Articles come back in path order, their
// extractions beside them, without the ones in error.
func readArticles(ctx context.Context, opt Options, site *config.Site, lx *timeline.Lexicons, st *store.Store, sum *Summary, stage func(string, time.Time)) ([]*content.Article, []timeline.Extraction, diag.List) {
	start := time.Now()
	files, found, changed := findArticles(opt)
	probs := append(diag.List(nil), found...)
	rd := articleReader{st: st, opt: content.Options{Language: site.Language, Now: opt.Now, Messages: site.Language}, lex: lx, changed: changed}
	slots := make([]slot, len(files))
	opt.Progress.begin("read", len(files))
	parallel(len(files), func(i int) {
		if ctx.Err() != nil {
			return
		}
		defer opt.Progress.step()
		slots[i] = rd.read(files[i])
	})
	stage("read", start)
	if ctx.Err() != nil {
		return nil, nil, probs
	}

	start = time.Now()
	extractParsed(slots, lx, st, opt.Progress)
	arts, exts, probs := collect(slots, probs, sum)
	if c := opt.Cache; c != nil && c.memory {
		c.listing = &listing{files: files, probs: found}
	}
	stage("extract", start)
	return arts, exts, probs
}

// slot is one article file as readArticles works on it.
type slot struct {
	rec    *record          // the article, from the store or newly read
	parsed *content.Article // newly parsed, with its text: to extract
	key    uint64
	probs  diag.List // problems when there is no record
}

// articleReader reads article files for readArticles, from the store when
// it can.
type articleReader struct {
	st      *store.Store
	opt     content.Options // the site's language (an extraction setting) and the build's "now"
	lex     *timeline.Lexicons
	changed map[string]bool // the files the watcher says changed, or nil
}

// read returns the slot of the article file f: the record the store holds,
// when the watcher or the file's size and modification time say the file
// is unchanged, or when its bytes hash to a key the store holds; else the
// article newly parsed, or the problems reading it gave.
func (rd articleReader) read(f content.File) slot {
	sk := statKey(f.Path, rd.opt.Language, rd.lex.Key)
	old, known := stats.Get(rd.st, sk)
	if rd.changed != nil && !rd.changed[f.Path] && known && old.Stable {
		if r, ok := rd.kept(old.Key); ok {
			return slot{rec: r} // unchanged, the watcher says
		}
	}
	fi, err := os.Lstat(f.Abs)
	if err == nil && known && old.Stable && old.Size == fi.Size() && old.ModTime == fi.ModTime().UnixNano() {
		if r, ok := rd.kept(old.Key); ok {
			return slot{rec: r}
		}
	}
	data, list, ok := content.ReadFile(f)
	if !ok {
		return slot{probs: list}
	}
	key := articleKey(f.Path, data, rd.opt.Language, rd.lex.Key)
	if err == nil {
		stats.Put(rd.st, sk, fileStat{Size: fi.Size(), ModTime: fi.ModTime().UnixNano(), Stable: time.Since(fi.ModTime()) > stable, Key: key})
	}
	if r, ok := rd.kept(key); ok {
		return slot{rec: r}
	}
	a, list := content.Parse(f.Path, data, rd.opt)
	if a == nil {
		return slot{probs: list}
	}
	return slot{rec: &record{Problems: plain(list), Dropped: len(a.Dropped())}, parsed: a, key: key}
}

// kept returns the record the store holds under key, unless its article is
// now in the future (content.AfterToday): it is then read again, for the
// error to be reported.
func (rd articleReader) kept(key uint64) (*record, bool) {
	r, ok := records.Get(rd.st, key)
	if ok && !content.AfterToday(r.Article.Day(), rd.opt.Now) {
		return r, true
	}
	return nil, false
}

// extractParsed extracts the dates of the articles newly parsed, in parallel,
// and puts their records in the store, with the article's facts but not
// its text.
func extractParsed(slots []slot, lx *timeline.Lexicons, st *store.Store, progress *Progress) {
	fresh := 0
	for _, s := range slots {
		if s.parsed != nil {
			fresh++
		}
	}
	progress.begin("extract", fresh)
	parallel(len(slots), func(i int) {
		s := &slots[i]
		if s.parsed == nil {
			return
		}
		defer progress.step()
		x := timeline.Extract(s.parsed, lx)
		for k, p := range plain(x.Problems) {
			x.Problems[k] = &p
		}
		x.Key = s.key
		s.rec.Extraction = x
		facts := *s.parsed
		facts.Lines, facts.Sentences = nil, nil
		s.rec.Article = &facts
		records.Put(st, s.key, s.rec)
	})
}

// collect returns the articles of slots, in path order without the ones
// in error or whose slug another has taken (see content.CheckSlugs), and
// their extractions beside them; it adds to probs the problems reading and
// extracting them gave, and counts them into sum.
func collect(slots []slot, probs diag.List, sum *Summary) ([]*content.Article, []timeline.Extraction, diag.List) {
	var arts []*content.Article
	extOf := map[*content.Article]timeline.Extraction{}
	for _, s := range slots {
		probs = append(probs, s.probs...)
		r := s.rec
		if r == nil {
			continue
		}
		if s.parsed == nil {
			sum.Cached++
		}
		for _, p := range r.Problems {
			probs.Add(&p)
		}
		probs = append(probs, r.Extraction.Problems...)
		sum.Dates += len(r.Extraction.Mentions)
		sum.Dropped += r.Dropped
		arts = append(arts, r.Article)
		extOf[r.Article] = r.Extraction
	}
	arts, probs = content.CheckSlugs(arts, probs)
	exts := make([]timeline.Extraction, len(arts))
	for i, a := range arts {
		exts[i] = extOf[a]
	}
	return arts, exts, probs
}

// plain returns copies of problems without their underlying errors, which
// the cache does not keep.
func plain(probs diag.List) []diag.Problem {
	out := make([]diag.Problem, len(probs))
	for i, p := range probs {
		out[i] = *p
		out[i].Err = nil
	}
	return out
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
		files, probs = content.Find(opt.SiteDir)
		return files, probs, nil
	}
	files = last.files
	changed = map[string]bool{}
	for _, p := range opt.Changed {
		dir, _, _ := strings.Cut(p, "/")
		if dir != content.Dir || content.IsDataFile(p) {
			continue // site.toml, a template, an asset; a data file, read at every build (readDataFile)
		}
		if !articlePath(p) {
			files, probs = content.Find(opt.SiteDir)
			return files, probs, nil
		}
		abs := filepath.Join(opt.SiteDir, filepath.FromSlash(p))
		st, err := os.Lstat(abs)
		there := err == nil
		if err != nil && !errors.Is(err, fs.ErrNotExist) || there && !st.Mode().IsRegular() {
			files, probs = content.Find(opt.SiteDir)
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
